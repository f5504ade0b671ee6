<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>helpdesk::client::AccountSession</name>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="81" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation>Diese Anwendung ist für Agenten; Kunden nutzen E-Mail oder die Webseite.</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="121" />
        <source>Cannot open the local cache %1: %2</source>
        <translation>Der lokale Zwischenspeicher %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="211" />
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AdminClient</name>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="37" />
        <location filename="../client/core/AdminClient.cpp" line="111" />
        <location filename="../client/core/AdminClient.cpp" line="240" />
        <source>Settings are changed on the server; it is not reachable.</source>
        <translation>Einstellungen ändert der Server; er ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="84" />
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="146" />
        <location filename="../client/core/AdminClient.cpp" line="284" />
        <location filename="../client/core/AdminClient.cpp" line="324" />
        <source>The server is not reachable.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="156" />
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="184" />
        <location filename="../client/core/AdminClient.cpp" line="224" />
        <source>%1 is no agent of this desk</source>
        <translation>%1 ist kein Agent dieses Helpdesks</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="297" />
        <source>%1 fetched, %2 new tickets, %3 follow-ups, %4 failed</source>
        <translation>%1 abgeholt, %2 neue Tickets, %3 Folgenachrichten, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="330" />
        <source>The message is queued again.</source>
        <translation>Die Nachricht ist erneut eingereiht.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentTransfer</name>
    <message>
        <location filename="../client/core/AttachmentTransfer.cpp" line="72" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="148" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation>Der Zwischenspeicher stammt von einem neueren Client (Schema %1, dieser kennt %2).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardClient</name>
    <message>
        <location filename="../client/core/DashboardClient.cpp" line="17" />
        <source>Dashboards are computed by the server; it is not reachable.</source>
        <translation>Dashboards berechnet der Server; er ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="89" />
        <source>Helpdesk dashboards</source>
        <translation>Helpdesk-Dashboards</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="92" />
        <source>Last %n day(s)</source>
        <translation><numerusform>Letzter %n Tag</numerusform><numerusform>Letzte %n Tage</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="95" />
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="98" />
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="102" />
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="104" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="110" />
        <source>Open tickets by group</source>
        <translation>Offene Tickets nach Gruppe</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="111" />
        <source>New and closed per day</source>
        <translation>Neu und geschlossen pro Tag</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="112" />
        <source>SLA breaches</source>
        <translation>SLA-Verletzungen</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="113" />
        <source>Open tickets per agent</source>
        <translation>Offene Tickets pro Agent</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="114" />
        <source>Age of the open tickets</source>
        <translation>Alter der offenen Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="158" />
        <source>Export the panels as CSV</source>
        <translation>Panels als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="188" />
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="190" />
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="191" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="193" />
        <source>&lt;h3&gt;Response and resolution&lt;/h3&gt;&lt;p&gt;First response: median %1, 90% within %2 (SLA %3)&lt;/p&gt;&lt;p&gt;Resolution: median %4, 90% within %5 (SLA %6)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reaktion und Lösung&lt;/h3&gt;&lt;p&gt;Erste Antwort: Median %1, 90% innerhalb %2 (SLA %3)&lt;/p&gt;&lt;p&gt;Lösung: Median %4, 90% innerhalb %5 (SLA %6)&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="210" />
        <source>%1★ %2</source>
        <translation>%1★ %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="211" />
        <source>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n rating(s), average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation><numerusform>&lt;h3&gt;Kundenbewertungen&lt;/h3&gt;&lt;p&gt;%n Bewertung, durchschnittlich %1 von 5&lt;/p&gt;&lt;p&gt;%2% zufrieden (4 oder 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform><numerusform>&lt;h3&gt;Kundenbewertungen&lt;/h3&gt;&lt;p&gt;%n Bewertungen, durchschnittlich %1 von 5&lt;/p&gt;&lt;p&gt;%2% zufrieden (4 oder 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="224" />
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="226" />
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="256" />
        <location filename="../client/ui/DashboardWindow.cpp" line="260" />
        <location filename="../client/ui/DashboardWindow.cpp" line="262" />
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="258" />
        <source>breached</source>
        <translation>verletzt</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DeskNotifier</name>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="15" />
        <source>New ticket #%1</source>
        <translation>Neues Ticket #%1</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="20" />
        <source>Customer reply on #%1</source>
        <translation>Kundenantwort zu #%1</translation>
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
        <location filename="../client/ui/MainWindow.cpp" line="36" />
        <source>Helpdesk — %1</source>
        <translation>Helpdesk — %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="42" />
        <source>Search number, title, customer, text (Ctrl+F)</source>
        <translation>Nummer, Titel, Kunde, Text suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="118" />
        <source>First sync: %1 tickets</source>
        <translation>Erste Synchronisierung: %1 Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="122" />
        <source>Not saved — %1: %2</source>
        <translation>Nicht gespeichert — %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="125" />
        <source>Attachment not saved: %1</source>
        <translation>Anhang nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="128" />
        <source>A message from the server could not be read (skipped): %1</source>
        <translation>Eine Nachricht des Servers war nicht lesbar (übersprungen): %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="141" />
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="142" />
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="146" />
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="150" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="151" />
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="152" />
        <source>&amp;New ticket by e-mail…</source>
        <translation>&amp;Neues Ticket per E-Mail…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="153" />
        <source>&amp;Save search as a view…</source>
        <translation>Suche als Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="154" />
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="160" />
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="161" />
        <source>&amp;Server settings…</source>
        <translation>&amp;Servereinstellungen…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="169" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="181" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="181" />
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="192" />
        <source>Remove this view</source>
        <translation>Diese Ansicht entfernen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="195" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="196" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="230" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="231" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nächstes / vorheriges Ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;antworten&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;interne Notiz&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;senden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ticket übernehmen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ticket schließen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;diese Liste&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="246" />
        <location filename="../client/ui/MainWindow.cpp" line="271" />
        <source>New ticket by e-mail</source>
        <translation>Neues Ticket per E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="248" />
        <source>customer@example.com</source>
        <translation>kunde@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="256" />
        <source>Customer e-mail</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="257" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="258" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="260" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="271" />
        <source>A new ticket needs the customer's e-mail, a subject and a text.</source>
        <translation>Ein neues Ticket braucht die E-Mail des Kunden, einen Betreff und einen Text.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="281" />
        <location filename="../client/ui/MainWindow.cpp" line="285" />
        <source>Save search as a view</source>
        <translation>Suche als Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="281" />
        <source>Type a search first; the view shows its tickets.</source>
        <translation>Geben Sie zuerst eine Suche ein; die Ansicht zeigt deren Tickets.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="285" />
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="327" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Status von %n Ticket setzen</numerusform><numerusform>Status von %n Tickets setzen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="333" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>%n Ticket zuweisen an</numerusform><numerusform>%n Tickets zuweisen an</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="334" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="343" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>%n Ticket in Gruppe verschieben</numerusform><numerusform>%n Tickets in Gruppe verschieben</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="363" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n Änderung wartet auf das Senden</numerusform><numerusform>%n Änderungen warten auf das Senden</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="369" />
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="370" />
        <source>● Connecting…</source>
        <translation>● Verbinde…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="373" />
        <source>● Offline — working from the local copy</source>
        <translation>● Offline — Arbeit mit der lokalen Kopie</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ObjectEditor</name>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="120" />
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="158" />
        <source>either</source>
        <translation>egal</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="159" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="160" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="162" />
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/Outbox.cpp" line="101" />
        <source>the stored change is unreadable: %1</source>
        <translation>die gespeicherte Änderung ist unlesbar: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::PresenceTracker</name>
    <message>
        <location filename="../client/core/PresenceTracker.cpp" line="48" />
        <source>%1 is writing a reply.</source>
        <translation>%1 schreibt gerade eine Antwort.</translation>
    </message>
    <message>
        <location filename="../client/core/PresenceTracker.cpp" line="49" />
        <source>%1 is viewing this ticket.</source>
        <translation>%1 sieht sich dieses Ticket an.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ServerConnection</name>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="61" />
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="89" />
        <source>the connection to the server was lost</source>
        <translation>die Verbindung zum Server ist unterbrochen</translation>
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
        <translation>Helpdesk-Einstellungen</translation>
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
        <translation>Name</translation>
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
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="32" />
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="33" />
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="33" />
        <source>Acknowledgement subject</source>
        <translation>Betreff der Eingangsbestätigung</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="34" />
        <source>Acknowledgement text</source>
        <translation>Text der Eingangsbestätigung</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="35" />
        <source>Agents (e-mail: read or full, one per line)</source>
        <translation>Agenten (E-Mail: read oder full, einer pro Zeile)</translation>
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
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="38" />
        <location filename="../client/ui/SettingsWindow.cpp" line="50" />
        <location filename="../client/ui/SettingsWindow.cpp" line="56" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="41" />
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="42" />
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Options (JSON)</source>
        <translation>Optionen (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="44" />
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="45" />
        <source>Keyword (after ::)</source>
        <translation>Kürzel (nach ::)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="46" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="47" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Weekly hours (JSON)</source>
        <translation>Wochenzeiten (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="48" />
        <source>Holidays (YYYY-MM-DD, …)</source>
        <translation>Feiertage (JJJJ-MM-TT, …)</translation>
    </message>
    <message>
        <source>Calendar id</source>
        <translation>Kalender-ID</translation>
    </message>
    <message>
        <source>Applies to (JSON)</source>
        <translation>Gilt für (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="50" />
        <source>First response (business minutes)</source>
        <translation>Erste Antwort (Geschäftsminuten)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="51" />
        <source>Update (business minutes)</source>
        <translation>Aktualisierung (Geschäftsminuten)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="52" />
        <source>Solution (business minutes)</source>
        <translation>Lösung (Geschäftsminuten)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="53" />
        <source>Warn before (minutes)</source>
        <translation>Warnen vorher (Minuten)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="54" />
        <source>On</source>
        <translation>Bei</translation>
    </message>
    <message>
        <source>Conditions (JSON)</source>
        <translation>Bedingungen (JSON)</translation>
    </message>
    <message>
        <source>Actions (JSON)</source>
        <translation>Aktionen (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="59" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="59" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="60" />
        <location filename="../client/ui/SettingsWindow.cpp" line="81" />
        <source>Check the certificate</source>
        <translation>Zertifikat prüfen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="60" />
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="61" />
        <source>Password (empty: unchanged)</source>
        <translation>Passwort (leer: unverändert)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="61" />
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="62" />
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="62" />
        <source>Poll every (minutes)</source>
        <translation>Abrufen alle (Minuten)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="63" />
        <source>Unknown senders open tickets</source>
        <translation>Unbekannte Absender eröffnen Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="64" />
        <source>Attach the original .eml</source>
        <translation>Original-.eml anhängen</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="70" />
        <source>POP3: delete processed mail</source>
        <translation>POP3: verarbeitete Mails löschen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="71" />
        <source>IMAP: folder for processed mail</source>
        <translation>IMAP: Ordner für verarbeitete Mails</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="72" />
        <source>IMAP: folder for failed mail</source>
        <translation>IMAP: Ordner für fehlerhafte Mails</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="73" />
        <source>Disable after failed connections (0: never)</source>
        <translation>Abschalten nach Verbindungsfehlern (0: nie)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="74" />
        <source>System address</source>
        <translation>Systemadresse</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="74" />
        <source>System name</source>
        <translation>Systemname</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="75" />
        <source>No-reply address</source>
        <translation>No-Reply-Adresse</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="75" />
        <source>Public address of the server</source>
        <translation>Öffentliche Adresse des Servers</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="76" />
        <source>Ticket tag in subjects</source>
        <translation>Ticket-Kennung im Betreff</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="77" />
        <source>Automatic replies per recipient and hour</source>
        <translation>Automatische Antworten pro Empfänger und Stunde</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="78" />
        <source>Largest accepted message (bytes)</source>
        <translation>Größte angenommene Nachricht (Bytes)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="79" />
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="79" />
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="80" />
        <source>SMTP security</source>
        <translation>SMTP-Sicherheit</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="81" />
        <source>SMTP user name</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="82" />
        <source>SMTP password (empty: unchanged)</source>
        <translation>SMTP-Passwort (leer: unverändert)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="83" />
        <source>SMTP timeout (seconds)</source>
        <translation>SMTP-Zeitlimit (Sekunden)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="84" />
        <source>Tag (type a new name and save to rename; an existing name merges)</source>
        <translation>Schlagwort (neuen Namen eingeben und speichern; ein vorhandener Name führt zusammen)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="86" />
        <source>Acts as (an agent's e-mail; empty: you)</source>
        <translation>Handelt als (E-Mail eines Agenten; leer: Sie)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="90" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="91" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="91" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="97" />
        <location filename="../client/ui/SettingsWindow.cpp" line="127" />
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="127" />
        <source>States</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="98" />
        <location filename="../client/ui/SettingsWindow.cpp" line="128" />
        <source>Priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="99" />
        <location filename="../client/ui/SettingsWindow.cpp" line="128" />
        <source>Ticket types</source>
        <translation>Ticket-Typen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="129" />
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="129" />
        <source>Text modules</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="49" />
        <location filename="../client/ui/SettingsWindow.cpp" line="130" />
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="44" />
        <source>Options (comma separated)</source>
        <translation>Optionen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="47" />
        <source>Weekly hours</source>
        <translation>Wochenzeiten</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="49" />
        <source>Applies to (nothing chosen: all)</source>
        <translation>Gilt für (nichts gewählt: alle)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <source>When (all must hold)</source>
        <translation>Wenn (alles muss zutreffen)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="57" />
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="64" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="65" />
        <source>State of new tickets</source>
        <translation>Status neuer Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="66" />
        <source>Priority of new tickets</source>
        <translation>Priorität neuer Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="67" />
        <source>State when the customer replies</source>
        <translation>Status bei Antwort des Kunden</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="68" />
        <source>Priority when the customer replies</source>
        <translation>Priorität bei Antwort des Kunden</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="69" />
        <source>Changes recorded as</source>
        <translation>Änderungen erfasst als</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="89" />
        <source>Members see each other's tickets</source>
        <translation>Mitglieder sehen die Tickets der anderen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="100" />
        <location filename="../client/ui/SettingsWindow.cpp" line="133" />
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="102" />
        <source>State is</source>
        <translation>Status ist</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="102" />
        <source>Group is</source>
        <translation>Gruppe ist</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="103" />
        <source>Priority is</source>
        <translation>Priorität ist</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="104" />
        <source>Type is</source>
        <translation>Typ ist</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="105" />
        <source>Has all tags</source>
        <translation>Hat alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="106" />
        <source>Has none of the tags</source>
        <translation>Hat keines der Schlagwörter</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="107" />
        <source>Title contains</source>
        <translation>Titel enthält</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="108" />
        <source>Sender's address contains</source>
        <translation>Absenderadresse enthält</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="109" />
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="110" />
        <source>Unchanged for (minutes)</source>
        <translation>Unverändert seit (Minuten)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="111" />
        <source>Pending time passed</source>
        <translation>Wartezeit abgelaufen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="113" />
        <source>Set state</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="114" />
        <source>Set priority</source>
        <translation>Priorität setzen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="115" />
        <source>Move to group</source>
        <translation>In Gruppe verschieben</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="116" />
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="117" />
        <source>Set type</source>
        <translation>Typ setzen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="118" />
        <source>Add tags</source>
        <translation>Schlagwörter hinzufügen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="119" />
        <source>Remove tags</source>
        <translation>Schlagwörter entfernen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="120" />
        <source>Add an internal note</source>
        <translation>Interne Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="121" />
        <source>Send an e-mail to (customer, owner or an address)</source>
        <translation>E-Mail senden an (customer, owner oder eine Adresse)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="122" />
        <source>E-mail subject</source>
        <translation>Betreff der E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="123" />
        <source>E-mail text</source>
        <translation>Text der E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="124" />
        <source>Notify the agents</source>
        <translation>Agenten benachrichtigen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="130" />
        <source>SLAs</source>
        <translation>SLAs</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="131" />
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="131" />
        <source>Macros</source>
        <translation>Makros</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="132" />
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="132" />
        <source>Outgoing mail</source>
        <translation>Ausgehende Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="133" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="134" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="135" />
        <source>API tokens</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="135" />
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="165" />
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="165" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="165" />
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="166" />
        <source>Quarantined messages (interpreting them stopped the server):</source>
        <translation>Zurückgestellte Nachrichten (ihre Verarbeitung hat den Server angehalten):</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="174" />
        <source>Retry message</source>
        <translation>Nachricht erneut verarbeiten</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="175" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="176" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="178" />
        <source>Poll now</source>
        <translation>Jetzt abrufen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="183" />
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="184" />
        <source>Send a test mail…</source>
        <translation>Testmail senden…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="185" />
        <source>Send an invitation</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="221" />
        <source>Polling…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="236" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="242" />
        <source>Send a test mail</source>
        <translation>Testmail senden</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="242" />
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="244" />
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="253" />
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="253" />
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="291" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="294" />
        <source>New token (copy it now, it is not shown again): %1</source>
        <translation>Neues Token (jetzt kopieren, es wird nicht wieder angezeigt): %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="307" />
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="333" />
        <source>Remove from all tickets</source>
        <translation>Von allen Tickets entfernen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="333" />
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="350" />
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="350" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="354" />
        <source>Acts as</source>
        <translation>Handelt als</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="354" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="354" />
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="354" />
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="373" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="373" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="412" />
        <location filename="../client/ui/SettingsWindow.cpp" line="442" />
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="539" />
        <source>Queueing the message again…</source>
        <translation>Nachricht wird erneut eingereiht…</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="646" />
        <source>Choose the tag to rename in the list.</source>
        <translation>Wählen Sie das umzubenennende Schlagwort in der Liste.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="650" />
        <source>Renaming…</source>
        <translation>Wird umbenannt…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="657" />
        <source>A token cannot be changed: revoke it and create a new one.</source>
        <translation>Ein Token lässt sich nicht ändern: widerrufen Sie es und erstellen Sie ein neues.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="660" />
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="664" />
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="671" />
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="674" />
        <source>Revoking…</source>
        <translation>Wird widerrufen…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketActions</name>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="54" />
        <source>Reply to #%1</source>
        <translation>Antwort auf #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="66" />
        <source>Note on #%1</source>
        <translation>Notiz zu #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="77" />
        <source>Phone call on #%1</source>
        <translation>Anruf zu #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="90" />
        <location filename="../client/core/TicketActions.cpp" line="128" />
        <source>Change %1 of #%2</source>
        <translation>%1 von #%2 ändern</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="103" />
        <source>Tags of #%1</source>
        <translation>Schlagwörter von #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="146" />
        <source>Merge #%1 into #%2</source>
        <translation>#%1 in #%2 zusammenführen</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="161" />
        <source>Link #%1 to #%2</source>
        <translation>#%1 mit #%2 verknüpfen</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="174" />
        <source>Macro "%1" on #%2</source>
        <translation>Makro „%1“ auf #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="192" />
        <source>New ticket for %1: %2</source>
        <translation>Neues Ticket für %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="199" />
        <source>The history is shown when the server is reachable.</source>
        <translation>Der Verlauf wird angezeigt, wenn der Server erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="219" />
        <source>system</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="277" />
        <source>A change of yours waits to be sent.</source>
        <translation>Eine Ihrer Änderungen wartet auf das Senden.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="279" />
        <source>Not opened yet.</source>
        <translation>Noch nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="281" />
        <source>Changed since you last looked.</source>
        <translation>Geändert seit Ihrem letzten Blick.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="296" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="297" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="298" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="299" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="300" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="301" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="302" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="303" />
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="304" />
        <source>SLA due</source>
        <translation>SLA fällig</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketView</name>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="53" />
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="55" />
        <source>phone call (in)</source>
        <translation>Anruf (eingehend)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="57" />
        <source>phone call (out)</source>
        <translation>Anruf (ausgehend)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="59" />
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="60" />
        <source>web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="93" />
        <source>tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="94" />
        <source>&amp;Take</source>
        <translation>Über&amp;nehmen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="95" />
        <source>Become the owner (Ctrl+T)</source>
        <translation>Zuständig werden (Strg+T)</translation>
    </message>
    <message>
        <source>State / priority</source>
        <translation>Status / Priorität</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="102" />
        <source>State / priority / type</source>
        <translation>Status / Priorität / Typ</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="107" />
        <source>Group / owner</source>
        <translation>Gruppe / Zuständig</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="108" />
        <source>Macros</source>
        <translation>Makros</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="120" />
        <source>(no macros defined)</source>
        <translation>(keine Makros angelegt)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="122" />
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="123" />
        <source>Link…</source>
        <translation>Verknüpfen…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="129" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="137" />
        <source>Remote images in this ticket are blocked.</source>
        <translation>Externe Bilder in diesem Ticket sind blockiert.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="138" />
        <source>Show remote images</source>
        <translation>Externe Bilder anzeigen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="147" />
        <source>Reply by e-mail</source>
        <translation>Antwort per E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="148" />
        <source>Reply to all</source>
        <translation>Allen antworten</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="149" />
        <source>Forward</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="150" />
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="151" />
        <source>Phone call (in)</source>
        <translation>Anruf (eingehend)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="152" />
        <source>Phone call (out)</source>
        <translation>Anruf (ausgehend)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="158" />
        <source>Double-click removes an attachment.</source>
        <translation>Doppelklick entfernt einen Anhang.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="175" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation>Hier schreiben; Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="176" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="181" />
        <location filename="../client/ui/TicketView.cpp" line="476" />
        <source>the customer</source>
        <translation>der Kunde</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="187" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="188" />
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="204" />
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="207" />
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="208" />
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="209" />
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="212" />
        <location filename="../client/ui/TicketView.cpp" line="633" />
        <location filename="../client/ui/TicketView.cpp" line="639" />
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="229" />
        <source>Thread</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="230" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="364" />
        <source>This ticket is no longer visible to you.</source>
        <translation>Dieses Ticket ist für Sie nicht mehr sichtbar.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="372" />
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="373" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="382" />
        <source>%1 due %2</source>
        <translation>%1 fällig %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="385" />
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="386" />
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="387" />
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="413" />
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="415" />
        <source>waiting to be sent</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="442" />
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="465" />
        <source>forward to…</source>
        <translation>weiterleiten an…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="470" />
        <source>---- Forwarded message from %1 (%2) ----</source>
        <translation>---- Weitergeleitete Nachricht von %1 (%2) ----</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="485" />
        <location filename="../client/ui/TicketView.cpp" line="487" />
        <source>Merge ticket</source>
        <translation>Ticket zusammenführen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="485" />
        <source>Merge this ticket into ticket number:</source>
        <translation>Dieses Ticket zusammenführen mit Ticketnummer:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="487" />
        <location filename="../client/ui/TicketView.cpp" line="504" />
        <source>Ticket %1 is not among the tickets you can see.</source>
        <translation>Ticket %1 gehört nicht zu den Tickets, die Sie sehen.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="495" />
        <location filename="../client/ui/TicketView.cpp" line="499" />
        <location filename="../client/ui/TicketView.cpp" line="504" />
        <source>Link ticket</source>
        <translation>Ticket verknüpfen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="495" />
        <source>Link this ticket to ticket number:</source>
        <translation>Dieses Ticket verknüpfen mit Ticketnummer:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="498" />
        <source>related</source>
        <translation>verwandt</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="498" />
        <source>parent</source>
        <translation>übergeordnet</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="498" />
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="499" />
        <source>Kind of link:</source>
        <translation>Art der Verknüpfung:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="592" />
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="633" />
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation>%1 ist größer als die Grenze von %2 MB.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="639" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="686" />
        <source>Forward of #%1 to %2</source>
        <translation>Weiterleitung von #%1 an %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ViewListModel</name>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="17" />
        <source>My open tickets</source>
        <translation>Meine offenen Tickets</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="18" />
        <source>Unassigned in my groups</source>
        <translation>Nicht zugewiesen in meinen Gruppen</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="22" />
        <source>Pending</source>
        <translation>Warten</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="23" />
        <source>Recently closed</source>
        <translation>Kürzlich geschlossen</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="24" />
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WeeklyHoursEditor</name>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="60" />
        <source>closed (e.g. 08:00-12:00, 13:00-17:00)</source>
        <translation>geschlossen (z. B. 08:00-12:00, 13:00-17:00)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="89" />
        <source>%1: "%2" is not a range such as 08:00-12:00</source>
        <translation>%1: „%2“ ist kein Zeitraum wie 08:00-12:00</translation>
    </message>
</context>
</TS>