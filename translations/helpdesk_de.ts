<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="125" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation>Der Zwischenspeicher stammt von einem neueren Client (Schema %1, dieser kennt %2).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::HelpdeskAccess</name>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="76" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation>Diese Anwendung ist für Agenten; Kunden nutzen E-Mail oder die Webseite.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="113" />
        <source>Cannot open the local cache %1: %2</source>
        <translation>Der lokale Zwischenspeicher %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="162" />
        <source>New ticket #%1</source>
        <translation>Neues Ticket #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="167" />
        <source>Customer reply on #%1</source>
        <translation>Kundenantwort zu #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="221" />
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="276" />
        <source>Reply to #%1</source>
        <translation>Antwort auf #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="288" />
        <source>Note on #%1</source>
        <translation>Notiz zu #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="299" />
        <source>Phone call on #%1</source>
        <translation>Anruf zu #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="312" />
        <source>Change %1 of #%2</source>
        <translation>%1 von #%2 ändern</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="325" />
        <source>Tags of #%1</source>
        <translation>Schlagwörter von #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="359" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="16" />
        <source>Sign in to Helpdesk</source>
        <translation>Bei Helpdesk anmelden</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="19" />
        <source>agent@example.com</source>
        <translation>agent@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="27" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="28" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="29" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="31" />
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="56" />
        <source>Enter the server's address, your e-mail and your password.</source>
        <translation>Geben Sie die Serveradresse, Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
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
        <translation>Nummer, Titel, Kunde, Text suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="108" />
        <source>First sync: %1 tickets</source>
        <translation>Erste Synchronisierung: %1 Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="112" />
        <source>Not saved — %1: %2</source>
        <translation>Nicht gespeichert — %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="115" />
        <source>Attachment not saved: %1</source>
        <translation>Anhang nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="126" />
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="127" />
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="131" />
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="135" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="136" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="137" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="171" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="172" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nächstes / vorheriges Ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;antworten&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;interne Notiz&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;senden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ticket übernehmen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ticket schließen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;diese Liste&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="220" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Status von %n Ticket setzen</numerusform><numerusform>Status von %n Tickets setzen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="226" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>%n Ticket zuweisen an</numerusform><numerusform>%n Tickets zuweisen an</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="227" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="236" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>%n Ticket in Gruppe verschieben</numerusform><numerusform>%n Tickets in Gruppe verschieben</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="256" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n Änderung wartet auf das Senden</numerusform><numerusform>%n Änderungen warten auf das Senden</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="262" />
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="263" />
        <source>● Connecting…</source>
        <translation>● Verbinde…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="266" />
        <source>● Offline — working from the local copy</source>
        <translation>● Offline — Arbeit mit der lokalen Kopie</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/Outbox.cpp" line="82" />
        <source>the stored change is unreadable: %1</source>
        <translation>die gespeicherte Änderung ist unlesbar: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ServerConnection</name>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="62" />
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="90" />
        <source>the connection to the server was lost</source>
        <translation>die Verbindung zum Server ist unterbrochen</translation>
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
        <translation>Eine Ihrer Änderungen wartet auf das Senden.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="234" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="235" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="236" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="237" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="238" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="239" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="240" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="241" />
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketView</name>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="37" />
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="39" />
        <source>phone call (in)</source>
        <translation>Anruf (eingehend)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="41" />
        <source>phone call (out)</source>
        <translation>Anruf (ausgehend)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="43" />
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="44" />
        <source>web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="62" />
        <source>tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="63" />
        <source>&amp;Take</source>
        <translation>Über&amp;nehmen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="64" />
        <source>Become the owner (Ctrl+T)</source>
        <translation>Zuständig werden (Strg+T)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="70" />
        <source>State / priority</source>
        <translation>Status / Priorität</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="75" />
        <source>Group / owner</source>
        <translation>Gruppe / Zuständig</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="76" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="78" />
        <source>Remote images in this ticket are blocked.</source>
        <translation>Externe Bilder in diesem Ticket sind blockiert.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="79" />
        <source>Show remote images</source>
        <translation>Externe Bilder anzeigen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="88" />
        <source>Reply by e-mail</source>
        <translation>Antwort per E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="89" />
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="90" />
        <source>Phone call (in)</source>
        <translation>Anruf (eingehend)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="91" />
        <source>Phone call (out)</source>
        <translation>Anruf (ausgehend)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="95" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation>Hier schreiben; Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="96" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="191" />
        <source>This ticket is no longer visible to you.</source>
        <translation>Dieses Ticket ist für Sie nicht mehr sichtbar.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="199" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="227" />
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="229" />
        <source>waiting to be sent</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="256" />
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ViewListModel</name>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="16" />
        <source>My open tickets</source>
        <translation>Meine offenen Tickets</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="17" />
        <source>Unassigned in my groups</source>
        <translation>Nicht zugewiesen in meinen Gruppen</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="21" />
        <source>Pending</source>
        <translation>Warten</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="22" />
        <source>Recently closed</source>
        <translation>Kürzlich geschlossen</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="23" />
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
</context>
</TS>