<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>helpdesk::client::AccountSession</name>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="81" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation>Ta aplikacja jest dla konsultantów; klienci korzystają z e-maila lub strony WWW.</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="121" />
        <source>Cannot open the local cache %1: %2</source>
        <translation>Nie można otworzyć lokalnej pamięci podręcznej %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="211" />
        <source>%1 on %2</source>
        <translation>%1 na %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AdminClient</name>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="37" />
        <location filename="../client/core/AdminClient.cpp" line="111" />
        <location filename="../client/core/AdminClient.cpp" line="240" />
        <source>Settings are changed on the server; it is not reachable.</source>
        <translation>Ustawienia zmienia serwer; jest nieosiągalny.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="84" />
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="146" />
        <location filename="../client/core/AdminClient.cpp" line="284" />
        <location filename="../client/core/AdminClient.cpp" line="324" />
        <source>The server is not reachable.</source>
        <translation>Serwer jest nieosiągalny.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="156" />
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="184" />
        <location filename="../client/core/AdminClient.cpp" line="224" />
        <source>%1 is no agent of this desk</source>
        <translation>%1 nie jest konsultantem tego helpdesku</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="297" />
        <source>%1 fetched, %2 new tickets, %3 follow-ups, %4 failed</source>
        <translation>pobrano %1, nowe zgłoszenia: %2, odpowiedzi: %3, błędy: %4</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="330" />
        <source>The message is queued again.</source>
        <translation>Wiadomość ponownie czeka w kolejce.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentTransfer</name>
    <message>
        <location filename="../client/core/AttachmentTransfer.cpp" line="72" />
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="148" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation>Pamięć podręczną zapisał nowszy klient (schemat %1, ten zna %2).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardClient</name>
    <message>
        <location filename="../client/core/DashboardClient.cpp" line="17" />
        <source>Dashboards are computed by the server; it is not reachable.</source>
        <translation>Pulpity liczy serwer; jest nieosiągalny.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="89" />
        <source>Helpdesk dashboards</source>
        <translation>Pulpity Helpdesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="92" />
        <source>Last %n day(s)</source>
        <translation><numerusform>Ostatni %n dzień</numerusform><numerusform>Ostatnie %n dni</numerusform><numerusform>Ostatnie %n dni</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="95" />
        <source>All groups</source>
        <translation>Wszystkie grupy</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="98" />
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="102" />
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="104" />
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="110" />
        <source>Open tickets by group</source>
        <translation>Otwarte zgłoszenia według grup</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="111" />
        <source>New and closed per day</source>
        <translation>Nowe i zamknięte dziennie</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="112" />
        <source>SLA breaches</source>
        <translation>Naruszenia SLA</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="113" />
        <source>Open tickets per agent</source>
        <translation>Otwarte zgłoszenia na konsultanta</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="114" />
        <source>Age of the open tickets</source>
        <translation>Wiek otwartych zgłoszeń</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="158" />
        <source>Export the panels as CSV</source>
        <translation>Eksportuj panele do CSV</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="188" />
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="190" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="191" />
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="193" />
        <source>&lt;h3&gt;Response and resolution&lt;/h3&gt;&lt;p&gt;First response: median %1, 90% within %2 (SLA %3)&lt;/p&gt;&lt;p&gt;Resolution: median %4, 90% within %5 (SLA %6)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Odpowiedź i rozwiązanie&lt;/h3&gt;&lt;p&gt;Pierwsza odpowiedź: mediana %1, 90% w %2 (SLA %3)&lt;/p&gt;&lt;p&gt;Rozwiązanie: mediana %4, 90% w %5 (SLA %6)&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="210" />
        <source>%1★ %2</source>
        <translation>%1★ %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="211" />
        <source>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n rating(s), average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation><numerusform>&lt;h3&gt;Oceny klientów&lt;/h3&gt;&lt;p&gt;%n ocena, średnio %1 na 5&lt;/p&gt;&lt;p&gt;%2% zadowolonych (4 lub 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform><numerusform>&lt;h3&gt;Oceny klientów&lt;/h3&gt;&lt;p&gt;%n oceny, średnio %1 na 5&lt;/p&gt;&lt;p&gt;%2% zadowolonych (4 lub 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform><numerusform>&lt;h3&gt;Oceny klientów&lt;/h3&gt;&lt;p&gt;%n ocen, średnio %1 na 5&lt;/p&gt;&lt;p&gt;%2% zadowolonych (4 lub 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="224" />
        <source>new</source>
        <translation>nowe</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="226" />
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="256" />
        <location filename="../client/ui/DashboardWindow.cpp" line="260" />
        <location filename="../client/ui/DashboardWindow.cpp" line="262" />
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="258" />
        <source>breached</source>
        <translation>naruszone</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DeskNotifier</name>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="15" />
        <source>New ticket #%1</source>
        <translation>Nowe zgłoszenie #%1</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="20" />
        <source>Customer reply on #%1</source>
        <translation>Odpowiedź klienta w #%1</translation>
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
        <location filename="../client/ui/MainWindow.cpp" line="36" />
        <source>Helpdesk — %1</source>
        <translation>Helpdesk — %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="42" />
        <source>Search number, title, customer, text (Ctrl+F)</source>
        <translation>Szukaj: numer, tytuł, klient, treść (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="118" />
        <source>First sync: %1 tickets</source>
        <translation>Pierwsza synchronizacja: %1 zgłoszeń</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="122" />
        <source>Not saved — %1: %2</source>
        <translation>Nie zapisano — %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="125" />
        <source>Attachment not saved: %1</source>
        <translation>Nie zapisano załącznika: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="128" />
        <source>A message from the server could not be read (skipped): %1</source>
        <translation>Nie udało się odczytać wiadomości z serwera (pominięto): %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="141" />
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="142" />
        <source>Work &amp;offline</source>
        <translation>Pracuj &amp;offline</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="146" />
        <source>Sign &amp;out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="150" />
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="151" />
        <source>&amp;Tickets</source>
        <translation>&amp;Zgłoszenia</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="152" />
        <source>&amp;New ticket by e-mail…</source>
        <translation>&amp;Nowe zgłoszenie e-mailem…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="153" />
        <source>&amp;Save search as a view…</source>
        <translation>&amp;Zapisz wyszukiwanie jako widok…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="154" />
        <source>&amp;Dashboards</source>
        <translation>&amp;Pulpity</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="160" />
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="161" />
        <source>&amp;Server settings…</source>
        <translation>Ustawienia &amp;serwera…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="169" />
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="181" />
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="181" />
        <source>The new language is used from the next start.</source>
        <translation>Nowy język będzie użyty po ponownym uruchomieniu.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="192" />
        <source>Remove this view</source>
        <translation>Usuń ten widok</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="195" />
        <source>&amp;Help</source>
        <translation>&amp;Pomoc</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="196" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="230" />
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="231" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;następne / poprzednie zgłoszenie&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;odpowiedz&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;notatka wewnętrzna&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;wyślij&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;przejmij zgłoszenie&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zamknij zgłoszenie&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;szukaj&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ta lista&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="246" />
        <location filename="../client/ui/MainWindow.cpp" line="271" />
        <source>New ticket by e-mail</source>
        <translation>Nowe zgłoszenie e-mailem</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="248" />
        <source>customer@example.com</source>
        <translation>klient@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="256" />
        <source>Customer e-mail</source>
        <translation>E-mail klienta</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="257" />
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="258" />
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="260" />
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="271" />
        <source>A new ticket needs the customer's e-mail, a subject and a text.</source>
        <translation>Nowe zgłoszenie wymaga e-maila klienta, tematu i treści.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="281" />
        <location filename="../client/ui/MainWindow.cpp" line="285" />
        <source>Save search as a view</source>
        <translation>Zapisz wyszukiwanie jako widok</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="281" />
        <source>Type a search first; the view shows its tickets.</source>
        <translation>Najpierw wpisz wyszukiwanie; widok pokaże jego zgłoszenia.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="285" />
        <source>Name of the view:</source>
        <translation>Nazwa widoku:</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="327" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Ustaw stan %n zgłoszenia</numerusform><numerusform>Ustaw stan %n zgłoszeń</numerusform><numerusform>Ustaw stan %n zgłoszeń</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="333" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>Przypisz %n zgłoszenie do</numerusform><numerusform>Przypisz %n zgłoszenia do</numerusform><numerusform>Przypisz %n zgłoszeń do</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="334" />
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="343" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>Przenieś %n zgłoszenie do grupy</numerusform><numerusform>Przenieś %n zgłoszenia do grupy</numerusform><numerusform>Przenieś %n zgłoszeń do grupy</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="363" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n zmiana czeka na wysłanie</numerusform><numerusform>%n zmiany czekają na wysłanie</numerusform><numerusform>%n zmian czeka na wysłanie</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="369" />
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="370" />
        <source>● Connecting…</source>
        <translation>● Łączenie…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="373" />
        <source>● Offline — working from the local copy</source>
        <translation>● Offline — praca na kopii lokalnej</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ObjectEditor</name>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="120" />
        <source>(not used)</source>
        <translation>(nieużywane)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="158" />
        <source>either</source>
        <translation>obojętnie</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="159" />
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="160" />
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="162" />
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/Outbox.cpp" line="101" />
        <source>the stored change is unreadable: %1</source>
        <translation>zapisanej zmiany nie można odczytać: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::PresenceTracker</name>
    <message>
        <location filename="../client/core/PresenceTracker.cpp" line="48" />
        <source>%1 is writing a reply.</source>
        <translation>%1 pisze odpowiedź.</translation>
    </message>
    <message>
        <location filename="../client/core/PresenceTracker.cpp" line="49" />
        <source>%1 is viewing this ticket.</source>
        <translation>%1 przegląda to zgłoszenie.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ServerConnection</name>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="61" />
        <source>signed out</source>
        <translation>wylogowano</translation>
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="89" />
        <source>the connection to the server was lost</source>
        <translation>utracono połączenie z serwerem</translation>
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="130" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SettingsWindow</name>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="30" />
        <source>Helpdesk settings</source>
        <translation>Ustawienia Helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="32" />
        <location filename="../client/ui/SettingsWindow.cpp" line="36" />
        <location filename="../client/ui/SettingsWindow.cpp" line="38" />
        <location filename="../client/ui/SettingsWindow.cpp" line="40" />
        <location filename="../client/ui/SettingsWindow.cpp" line="41" />
        <location filename="../client/ui/SettingsWindow.cpp" line="45" />
        <location filename="../client/ui/SettingsWindow.cpp" line="47" />
        <location filename="../client/ui/SettingsWindow.cpp" line="49" />
        <location filename="../client/ui/SettingsWindow.cpp" line="54" />
        <location filename="../client/ui/SettingsWindow.cpp" line="57" />
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <location filename="../client/ui/SettingsWindow.cpp" line="85" />
        <location filename="../client/ui/SettingsWindow.cpp" line="88" />
        <location filename="../client/ui/SettingsWindow.cpp" line="90" />
        <location filename="../client/ui/SettingsWindow.cpp" line="354" />
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="32" />
        <location filename="../client/ui/SettingsWindow.cpp" line="37" />
        <location filename="../client/ui/SettingsWindow.cpp" line="38" />
        <location filename="../client/ui/SettingsWindow.cpp" line="40" />
        <location filename="../client/ui/SettingsWindow.cpp" line="44" />
        <location filename="../client/ui/SettingsWindow.cpp" line="46" />
        <location filename="../client/ui/SettingsWindow.cpp" line="48" />
        <location filename="../client/ui/SettingsWindow.cpp" line="53" />
        <location filename="../client/ui/SettingsWindow.cpp" line="56" />
        <location filename="../client/ui/SettingsWindow.cpp" line="57" />
        <location filename="../client/ui/SettingsWindow.cpp" line="92" />
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="32" />
        <source>E-mail addresses</source>
        <translation>Adresy e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="33" />
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="33" />
        <source>Acknowledgement subject</source>
        <translation>Temat potwierdzenia</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="34" />
        <source>Acknowledgement text</source>
        <translation>Treść potwierdzenia</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="35" />
        <source>Agents (e-mail: read or full, one per line)</source>
        <translation>Konsultanci (e-mail: read lub full, jeden w wierszu)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="36" />
        <location filename="../client/ui/SettingsWindow.cpp" line="43" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="37" />
        <location filename="../client/ui/SettingsWindow.cpp" line="39" />
        <source>Default</source>
        <translation>Domyślne</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="38" />
        <location filename="../client/ui/SettingsWindow.cpp" line="50" />
        <location filename="../client/ui/SettingsWindow.cpp" line="56" />
        <source>Rank</source>
        <translation>Kolejność</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="41" />
        <source>For</source>
        <translation>Dla</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="42" />
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Options (JSON)</source>
        <translation>Opcje (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="44" />
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="45" />
        <source>Keyword (after ::)</source>
        <translation>Słowo kluczowe (po ::)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="46" />
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="47" />
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Weekly hours (JSON)</source>
        <translation>Godziny tygodniowe (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="48" />
        <source>Holidays (YYYY-MM-DD, …)</source>
        <translation>Święta (RRRR-MM-DD, …)</translation>
    </message>
    <message>
        <source>Calendar id</source>
        <translation>Id kalendarza</translation>
    </message>
    <message>
        <source>Applies to (JSON)</source>
        <translation>Dotyczy (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="50" />
        <source>First response (business minutes)</source>
        <translation>Pierwsza odpowiedź (minuty robocze)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="51" />
        <source>Update (business minutes)</source>
        <translation>Aktualizacja (minuty robocze)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="52" />
        <source>Solution (business minutes)</source>
        <translation>Rozwiązanie (minuty robocze)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="53" />
        <source>Warn before (minutes)</source>
        <translation>Ostrzegaj przed (minuty)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="54" />
        <source>On</source>
        <translation>Przy</translation>
    </message>
    <message>
        <source>Conditions (JSON)</source>
        <translation>Warunki (JSON)</translation>
    </message>
    <message>
        <source>Actions (JSON)</source>
        <translation>Akcje (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <source>Protocol</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="59" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="59" />
        <source>Security</source>
        <translation>Zabezpieczenia</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="60" />
        <location filename="../client/ui/SettingsWindow.cpp" line="81" />
        <source>Check the certificate</source>
        <translation>Sprawdzaj certyfikat</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="60" />
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="61" />
        <source>Password (empty: unchanged)</source>
        <translation>Hasło (puste: bez zmian)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="61" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="62" />
        <source>Enabled</source>
        <translation>Włączona</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="62" />
        <source>Poll every (minutes)</source>
        <translation>Sprawdzaj co (minuty)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="63" />
        <source>Unknown senders open tickets</source>
        <translation>Nieznani nadawcy otwierają zgłoszenia</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="64" />
        <source>Attach the original .eml</source>
        <translation>Dołącz oryginalny .eml</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Id grupy</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="70" />
        <source>POP3: delete processed mail</source>
        <translation>POP3: usuwaj przetworzone wiadomości</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="71" />
        <source>IMAP: folder for processed mail</source>
        <translation>IMAP: folder na przetworzone wiadomości</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="72" />
        <source>IMAP: folder for failed mail</source>
        <translation>IMAP: folder na błędne wiadomości</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="73" />
        <source>Disable after failed connections (0: never)</source>
        <translation>Wyłącz po nieudanych połączeniach (0: nigdy)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="74" />
        <source>System address</source>
        <translation>Adres systemowy</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="74" />
        <source>System name</source>
        <translation>Nazwa systemu</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="75" />
        <source>No-reply address</source>
        <translation>Adres bez odpowiedzi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="75" />
        <source>Public address of the server</source>
        <translation>Publiczny adres serwera</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="76" />
        <source>Ticket tag in subjects</source>
        <translation>Znacznik zgłoszenia w temacie</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="77" />
        <source>Automatic replies per recipient and hour</source>
        <translation>Automatyczne odpowiedzi na odbiorcę i godzinę</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="78" />
        <source>Largest accepted message (bytes)</source>
        <translation>Największa przyjmowana wiadomość (bajty)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="79" />
        <source>SMTP server</source>
        <translation>Serwer SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="79" />
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="80" />
        <source>SMTP security</source>
        <translation>Zabezpieczenia SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="81" />
        <source>SMTP user name</source>
        <translation>Użytkownik SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="82" />
        <source>SMTP password (empty: unchanged)</source>
        <translation>Hasło SMTP (puste: bez zmian)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="83" />
        <source>SMTP timeout (seconds)</source>
        <translation>Limit czasu SMTP (sekundy)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="84" />
        <source>Tag (type a new name and save to rename; an existing name merges)</source>
        <translation>Tag (wpisz nową nazwę i zapisz; istniejąca nazwa scala)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="86" />
        <source>Acts as (an agent's e-mail; empty: you)</source>
        <translation>Działa jako (e-mail agenta; puste: ty)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="90" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="91" />
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="91" />
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="97" />
        <location filename="../client/ui/SettingsWindow.cpp" line="127" />
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="127" />
        <source>States</source>
        <translation>Stany</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="98" />
        <location filename="../client/ui/SettingsWindow.cpp" line="128" />
        <source>Priorities</source>
        <translation>Priorytety</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="99" />
        <location filename="../client/ui/SettingsWindow.cpp" line="128" />
        <source>Ticket types</source>
        <translation>Typy zgłoszeń</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="129" />
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="129" />
        <source>Text modules</source>
        <translation>Szablony tekstu</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="49" />
        <location filename="../client/ui/SettingsWindow.cpp" line="130" />
        <source>Business hours</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="44" />
        <source>Options (comma separated)</source>
        <translation>Opcje (oddzielone przecinkami)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="47" />
        <source>Weekly hours</source>
        <translation>Godziny w tygodniu</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="49" />
        <source>Applies to (nothing chosen: all)</source>
        <translation>Dotyczy (nic nie wybrano: wszystkich)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <source>When (all must hold)</source>
        <translation>Gdy (wszystko musi być spełnione)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <source>Then</source>
        <translation>Wtedy</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="57" />
        <source>Actions</source>
        <translation>Akcje</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="64" />
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="65" />
        <source>State of new tickets</source>
        <translation>Stan nowych zgłoszeń</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="66" />
        <source>Priority of new tickets</source>
        <translation>Priorytet nowych zgłoszeń</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="67" />
        <source>State when the customer replies</source>
        <translation>Stan, gdy klient odpowiada</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="68" />
        <source>Priority when the customer replies</source>
        <translation>Priorytet, gdy klient odpowiada</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="69" />
        <source>Changes recorded as</source>
        <translation>Zmiany zapisywane jako</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="89" />
        <source>Members see each other's tickets</source>
        <translation>Członkowie widzą nawzajem swoje zgłoszenia</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="100" />
        <location filename="../client/ui/SettingsWindow.cpp" line="133" />
        <source>Organizations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="102" />
        <source>State is</source>
        <translation>Stan to</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="102" />
        <source>Group is</source>
        <translation>Grupa to</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="103" />
        <source>Priority is</source>
        <translation>Priorytet to</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="104" />
        <source>Type is</source>
        <translation>Typ to</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="105" />
        <source>Has all tags</source>
        <translation>Ma wszystkie tagi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="106" />
        <source>Has none of the tags</source>
        <translation>Nie ma żadnego z tagów</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="107" />
        <source>Title contains</source>
        <translation>Tytuł zawiera</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="108" />
        <source>Sender's address contains</source>
        <translation>Adres nadawcy zawiera</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="109" />
        <source>SLA breached</source>
        <translation>SLA przekroczone</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="110" />
        <source>Unchanged for (minutes)</source>
        <translation>Bez zmian od (minut)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="111" />
        <source>Pending time passed</source>
        <translation>Czas oczekiwania minął</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="113" />
        <source>Set state</source>
        <translation>Ustaw stan</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="114" />
        <source>Set priority</source>
        <translation>Ustaw priorytet</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="115" />
        <source>Move to group</source>
        <translation>Przenieś do grupy</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="116" />
        <source>Assign to</source>
        <translation>Przypisz do</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="117" />
        <source>Set type</source>
        <translation>Ustaw typ</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="118" />
        <source>Add tags</source>
        <translation>Dodaj tagi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="119" />
        <source>Remove tags</source>
        <translation>Usuń tagi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="120" />
        <source>Add an internal note</source>
        <translation>Dodaj notatkę wewnętrzną</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="121" />
        <source>Send an e-mail to (customer, owner or an address)</source>
        <translation>Wyślij e-mail do (customer, owner lub adres)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="122" />
        <source>E-mail subject</source>
        <translation>Temat e-maila</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="123" />
        <source>E-mail text</source>
        <translation>Treść e-maila</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="124" />
        <source>Notify the agents</source>
        <translation>Powiadom agentów</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="130" />
        <source>SLAs</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="131" />
        <source>Triggers</source>
        <translation>Wyzwalacze</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="131" />
        <source>Macros</source>
        <translation>Makra</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="132" />
        <source>Mailboxes</source>
        <translation>Skrzynki pocztowe</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="132" />
        <source>Outgoing mail</source>
        <translation>Poczta wychodząca</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="133" />
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="134" />
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="135" />
        <source>API tokens</source>
        <translation>Tokeny API</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="135" />
        <source>Audit log</source>
        <translation>Dziennik zmian</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="165" />
        <source>Received</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="165" />
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="165" />
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="166" />
        <source>Quarantined messages (interpreting them stopped the server):</source>
        <translation>Wiadomości w kwarantannie (ich przetwarzanie zatrzymało serwer):</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="174" />
        <source>Retry message</source>
        <translation>Ponów wiadomość</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="175" />
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="176" />
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="178" />
        <source>Poll now</source>
        <translation>Pobierz teraz</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="183" />
        <source>Test connection</source>
        <translation>Testuj połączenie</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="184" />
        <source>Send a test mail…</source>
        <translation>Wyślij wiadomość testową…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="185" />
        <source>Send an invitation</source>
        <translation>Wyślij zaproszenie</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="221" />
        <source>Polling…</source>
        <translation>Pobieranie…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="236" />
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="242" />
        <source>Send a test mail</source>
        <translation>Wyślij wiadomość testową</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="242" />
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="244" />
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="253" />
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="253" />
        <source>Failed: %1</source>
        <translation>Niepowodzenie: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="291" />
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="294" />
        <source>New token (copy it now, it is not shown again): %1</source>
        <translation>Nowy token (skopiuj go teraz, nie zostanie pokazany ponownie): %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="307" />
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="333" />
        <source>Remove from all tickets</source>
        <translation>Usuń ze wszystkich zgłoszeń</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="333" />
        <source>Revoke</source>
        <translation>Odwołaj</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="350" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="350" />
        <source>Tickets</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="354" />
        <source>Acts as</source>
        <translation>Działa jako</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="354" />
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="354" />
        <source>Last used</source>
        <translation>Ostatnio użyty</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="354" />
        <source>Revoked</source>
        <translation>Odwołany</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="373" />
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="373" />
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="412" />
        <location filename="../client/ui/SettingsWindow.cpp" line="442" />
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="539" />
        <source>Queueing the message again…</source>
        <translation>Ponowne kolejkowanie wiadomości…</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>nieprawidłowy JSON: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="646" />
        <source>Choose the tag to rename in the list.</source>
        <translation>Wybierz z listy tag do zmiany nazwy.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="650" />
        <source>Renaming…</source>
        <translation>Zmiana nazwy…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="657" />
        <source>A token cannot be changed: revoke it and create a new one.</source>
        <translation>Tokenu nie można zmienić: odwołaj go i utwórz nowy.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="660" />
        <source>Creating…</source>
        <translation>Tworzenie…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="664" />
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="671" />
        <source>Removing…</source>
        <translation>Usuwanie…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="674" />
        <source>Revoking…</source>
        <translation>Odwoływanie…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketActions</name>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="54" />
        <source>Reply to #%1</source>
        <translation>Odpowiedź w #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="66" />
        <source>Note on #%1</source>
        <translation>Notatka w #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="77" />
        <source>Phone call on #%1</source>
        <translation>Rozmowa w #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="90" />
        <location filename="../client/core/TicketActions.cpp" line="128" />
        <source>Change %1 of #%2</source>
        <translation>Zmiana %1 w #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="103" />
        <source>Tags of #%1</source>
        <translation>Tagi w #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="146" />
        <source>Merge #%1 into #%2</source>
        <translation>Scal #%1 z #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="161" />
        <source>Link #%1 to #%2</source>
        <translation>Powiąż #%1 z #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="174" />
        <source>Macro "%1" on #%2</source>
        <translation>Makro „%1” w #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="192" />
        <source>New ticket for %1: %2</source>
        <translation>Nowe zgłoszenie dla %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="199" />
        <source>The history is shown when the server is reachable.</source>
        <translation>Historia jest widoczna, gdy serwer jest osiągalny.</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="219" />
        <source>system</source>
        <translation>system</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="277" />
        <source>A change of yours waits to be sent.</source>
        <translation>Twoja zmiana czeka na wysłanie.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="279" />
        <source>Not opened yet.</source>
        <translation>Jeszcze nieotwarte.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="281" />
        <source>Changed since you last looked.</source>
        <translation>Zmienione od ostatniego podglądu.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="296" />
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="297" />
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="298" />
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="299" />
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="300" />
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="301" />
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="302" />
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="303" />
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="304" />
        <source>SLA due</source>
        <translation>Termin SLA</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketView</name>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="53" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="55" />
        <source>phone call (in)</source>
        <translation>rozmowa (przychodząca)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="57" />
        <source>phone call (out)</source>
        <translation>rozmowa (wychodząca)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="59" />
        <source>note</source>
        <translation>notatka</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="60" />
        <source>web</source>
        <translation>WWW</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="93" />
        <source>tags, separated by commas</source>
        <translation>tagi oddzielone przecinkami</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="94" />
        <source>&amp;Take</source>
        <translation>&amp;Przejmij</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="95" />
        <source>Become the owner (Ctrl+T)</source>
        <translation>Zostań właścicielem (Ctrl+T)</translation>
    </message>
    <message>
        <source>State / priority</source>
        <translation>Stan / priorytet</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="102" />
        <source>State / priority / type</source>
        <translation>Stan / priorytet / typ</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="107" />
        <source>Group / owner</source>
        <translation>Grupa / właściciel</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="108" />
        <source>Macros</source>
        <translation>Makra</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="120" />
        <source>(no macros defined)</source>
        <translation>(brak makr)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="122" />
        <source>Merge…</source>
        <translation>Scal…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="123" />
        <source>Link…</source>
        <translation>Powiąż…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="129" />
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="137" />
        <source>Remote images in this ticket are blocked.</source>
        <translation>Zdalne obrazy w tym zgłoszeniu są zablokowane.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="138" />
        <source>Show remote images</source>
        <translation>Pokaż zdalne obrazy</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="147" />
        <source>Reply by e-mail</source>
        <translation>Odpowiedź e-mailem</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="148" />
        <source>Reply to all</source>
        <translation>Odpowiedz wszystkim</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="149" />
        <source>Forward</source>
        <translation>Przekaż dalej</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="150" />
        <source>Internal note</source>
        <translation>Notatka wewnętrzna</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="151" />
        <source>Phone call (in)</source>
        <translation>Rozmowa (przychodząca)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="152" />
        <source>Phone call (out)</source>
        <translation>Rozmowa (wychodząca)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="158" />
        <source>Double-click removes an attachment.</source>
        <translation>Podwójne kliknięcie usuwa załącznik.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="175" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation>Pisz tutaj; Ctrl+Enter wysyła.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="176" />
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="181" />
        <location filename="../client/ui/TicketView.cpp" line="476" />
        <source>the customer</source>
        <translation>klient</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="187" />
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="188" />
        <source>Cc</source>
        <translation>DW</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="204" />
        <source>Bold</source>
        <translation>Pogrubienie</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="207" />
        <source>Italic</source>
        <translation>Kursywa</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="208" />
        <source>Bulleted list</source>
        <translation>Lista punktowana</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="209" />
        <source>Attach…</source>
        <translation>Dołącz…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="212" />
        <location filename="../client/ui/TicketView.cpp" line="633" />
        <location filename="../client/ui/TicketView.cpp" line="639" />
        <source>Attach files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="229" />
        <source>Thread</source>
        <translation>Wątek</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="230" />
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="364" />
        <source>This ticket is no longer visible to you.</source>
        <translation>To zgłoszenie nie jest już dla Ciebie widoczne.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="372" />
        <source>(no type)</source>
        <translation>(bez typu)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="373" />
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="382" />
        <source>%1 due %2</source>
        <translation>%1 do %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="385" />
        <source>First response</source>
        <translation>Pierwsza odpowiedź</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="386" />
        <source>Update</source>
        <translation>Aktualizacja</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="387" />
        <source>Solution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="413" />
        <source>internal</source>
        <translation>wewnętrzna</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="415" />
        <source>waiting to be sent</source>
        <translation>czeka na wysłanie</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="442" />
        <source>Save attachment</source>
        <translation>Zapisz załącznik</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="465" />
        <source>forward to…</source>
        <translation>przekaż do…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="470" />
        <source>---- Forwarded message from %1 (%2) ----</source>
        <translation>---- Przekazana wiadomość od %1 (%2) ----</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="485" />
        <location filename="../client/ui/TicketView.cpp" line="487" />
        <source>Merge ticket</source>
        <translation>Scal zgłoszenie</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="485" />
        <source>Merge this ticket into ticket number:</source>
        <translation>Scal to zgłoszenie ze zgłoszeniem nr:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="487" />
        <location filename="../client/ui/TicketView.cpp" line="504" />
        <source>Ticket %1 is not among the tickets you can see.</source>
        <translation>Zgłoszenia %1 nie ma wśród widocznych dla Ciebie.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="495" />
        <location filename="../client/ui/TicketView.cpp" line="499" />
        <location filename="../client/ui/TicketView.cpp" line="504" />
        <source>Link ticket</source>
        <translation>Powiąż zgłoszenie</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="495" />
        <source>Link this ticket to ticket number:</source>
        <translation>Powiąż to zgłoszenie ze zgłoszeniem nr:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="498" />
        <source>related</source>
        <translation>powiązane</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="498" />
        <source>parent</source>
        <translation>nadrzędne</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="498" />
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="499" />
        <source>Kind of link:</source>
        <translation>Rodzaj powiązania:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="592" />
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="633" />
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation>%1 przekracza limit %2 MB.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="639" />
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="686" />
        <source>Forward of #%1 to %2</source>
        <translation>Przekazanie #%1 do %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ViewListModel</name>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="17" />
        <source>My open tickets</source>
        <translation>Moje otwarte zgłoszenia</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="18" />
        <source>Unassigned in my groups</source>
        <translation>Nieprzypisane w moich grupach</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="22" />
        <source>Pending</source>
        <translation>Oczekujące</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="23" />
        <source>Recently closed</source>
        <translation>Ostatnio zamknięte</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="24" />
        <source>All tickets</source>
        <translation>Wszystkie zgłoszenia</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WeeklyHoursEditor</name>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Monday</source>
        <translation>Poniedziałek</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Tuesday</source>
        <translation>Wtorek</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Wednesday</source>
        <translation>Środa</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Thursday</source>
        <translation>Czwartek</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Friday</source>
        <translation>Piątek</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Saturday</source>
        <translation>Sobota</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Sunday</source>
        <translation>Niedziela</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="60" />
        <source>closed (e.g. 08:00-12:00, 13:00-17:00)</source>
        <translation>zamknięte (np. 08:00-12:00, 13:00-17:00)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="89" />
        <source>%1: "%2" is not a range such as 08:00-12:00</source>
        <translation>%1: „%2” nie jest przedziałem w rodzaju 08:00-12:00</translation>
    </message>
</context>
</TS>