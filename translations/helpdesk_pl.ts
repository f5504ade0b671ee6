<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="125" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation>Pamięć podręczną zapisał nowszy klient (schemat %1, ten zna %2).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::HelpdeskAccess</name>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="76" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation>Ta aplikacja jest dla konsultantów; klienci korzystają z e-maila lub strony WWW.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="113" />
        <source>Cannot open the local cache %1: %2</source>
        <translation>Nie można otworzyć lokalnej pamięci podręcznej %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="162" />
        <source>New ticket #%1</source>
        <translation>Nowe zgłoszenie #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="167" />
        <source>Customer reply on #%1</source>
        <translation>Odpowiedź klienta w #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="221" />
        <source>%1 on %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="276" />
        <source>Reply to #%1</source>
        <translation>Odpowiedź w #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="288" />
        <source>Note on #%1</source>
        <translation>Notatka w #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="299" />
        <source>Phone call on #%1</source>
        <translation>Rozmowa w #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="312" />
        <source>Change %1 of #%2</source>
        <translation>Zmiana %1 w #%2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="325" />
        <source>Tags of #%1</source>
        <translation>Tagi w #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="359" />
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="16" />
        <source>Sign in to Helpdesk</source>
        <translation>Logowanie do Helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="19" />
        <source>agent@example.com</source>
        <translation>agent@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="27" />
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="28" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="29" />
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="31" />
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="56" />
        <source>Enter the server's address, your e-mail and your password.</source>
        <translation>Podaj adres serwera, swój e-mail i hasło.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MainWindow</name>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="27" />
        <source>Helpdesk — %1</source>
        <translation>Helpdesk — %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="33" />
        <source>Search number, title, customer, text (Ctrl+F)</source>
        <translation>Szukaj: numer, tytuł, klient, treść (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="108" />
        <source>First sync: %1 tickets</source>
        <translation>Pierwsza synchronizacja: %1 zgłoszeń</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="112" />
        <source>Not saved — %1: %2</source>
        <translation>Nie zapisano — %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="115" />
        <source>Attachment not saved: %1</source>
        <translation>Nie zapisano załącznika: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="126" />
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="127" />
        <source>Work &amp;offline</source>
        <translation>Pracuj &amp;offline</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="131" />
        <source>Sign &amp;out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="135" />
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="136" />
        <source>&amp;Help</source>
        <translation>&amp;Pomoc</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="137" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="171" />
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="172" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;następne / poprzednie zgłoszenie&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;odpowiedz&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;notatka wewnętrzna&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;wyślij&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;przejmij zgłoszenie&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zamknij zgłoszenie&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;szukaj&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ta lista&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="220" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Ustaw stan %n zgłoszenia</numerusform><numerusform>Ustaw stan %n zgłoszeń</numerusform><numerusform>Ustaw stan %n zgłoszeń</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="226" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>Przypisz %n zgłoszenie do</numerusform><numerusform>Przypisz %n zgłoszenia do</numerusform><numerusform>Przypisz %n zgłoszeń do</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="227" />
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="236" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>Przenieś %n zgłoszenie do grupy</numerusform><numerusform>Przenieś %n zgłoszenia do grupy</numerusform><numerusform>Przenieś %n zgłoszeń do grupy</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="256" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n zmiana czeka na wysłanie</numerusform><numerusform>%n zmiany czekają na wysłanie</numerusform><numerusform>%n zmian czeka na wysłanie</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="262" />
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="263" />
        <source>● Connecting…</source>
        <translation>● Łączenie…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="266" />
        <source>● Offline — working from the local copy</source>
        <translation>● Offline — praca na kopii lokalnej</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/Outbox.cpp" line="82" />
        <source>the stored change is unreadable: %1</source>
        <translation>zapisanej zmiany nie można odczytać: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ServerConnection</name>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="62" />
        <source>signed out</source>
        <translation>wylogowano</translation>
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="90" />
        <source>the connection to the server was lost</source>
        <translation>utracono połączenie z serwerem</translation>
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="131" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="220" />
        <source>A change of yours waits to be sent.</source>
        <translation>Twoja zmiana czeka na wysłanie.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="234" />
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="235" />
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="236" />
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="237" />
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="238" />
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="239" />
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="240" />
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="241" />
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketView</name>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="37" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="39" />
        <source>phone call (in)</source>
        <translation>rozmowa (przychodząca)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="41" />
        <source>phone call (out)</source>
        <translation>rozmowa (wychodząca)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="43" />
        <source>note</source>
        <translation>notatka</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="44" />
        <source>web</source>
        <translation>WWW</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="62" />
        <source>tags, separated by commas</source>
        <translation>tagi oddzielone przecinkami</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="63" />
        <source>&amp;Take</source>
        <translation>&amp;Przejmij</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="64" />
        <source>Become the owner (Ctrl+T)</source>
        <translation>Zostań właścicielem (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="70" />
        <source>State / priority</source>
        <translation>Stan / priorytet</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="75" />
        <source>Group / owner</source>
        <translation>Grupa / właściciel</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="76" />
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="78" />
        <source>Remote images in this ticket are blocked.</source>
        <translation>Zdalne obrazy w tym zgłoszeniu są zablokowane.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="79" />
        <source>Show remote images</source>
        <translation>Pokaż zdalne obrazy</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="88" />
        <source>Reply by e-mail</source>
        <translation>Odpowiedź e-mailem</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="89" />
        <source>Internal note</source>
        <translation>Notatka wewnętrzna</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="90" />
        <source>Phone call (in)</source>
        <translation>Rozmowa (przychodząca)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="91" />
        <source>Phone call (out)</source>
        <translation>Rozmowa (wychodząca)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="95" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation>Pisz tutaj; Ctrl+Enter wysyła.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="96" />
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="191" />
        <source>This ticket is no longer visible to you.</source>
        <translation>To zgłoszenie nie jest już dla Ciebie widoczne.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="199" />
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="227" />
        <source>internal</source>
        <translation>wewnętrzna</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="229" />
        <source>waiting to be sent</source>
        <translation>czeka na wysłanie</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="256" />
        <source>Save attachment</source>
        <translation>Zapisz załącznik</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ViewListModel</name>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="16" />
        <source>My open tickets</source>
        <translation>Moje otwarte zgłoszenia</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="17" />
        <source>Unassigned in my groups</source>
        <translation>Nieprzypisane w moich grupach</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="21" />
        <source>Pending</source>
        <translation>Oczekujące</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="22" />
        <source>Recently closed</source>
        <translation>Ostatnio zamknięte</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="23" />
        <source>All tickets</source>
        <translation>Wszystkie zgłoszenia</translation>
    </message>
</context>
</TS>