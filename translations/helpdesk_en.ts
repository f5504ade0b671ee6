<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>helpdesk::client::AccountSession</name>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="81" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="121" />
        <source>Cannot open the local cache %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="211" />
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::AdminClient</name>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="37" />
        <location filename="../client/core/AdminClient.cpp" line="111" />
        <location filename="../client/core/AdminClient.cpp" line="240" />
        <source>Settings are changed on the server; it is not reachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="84" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="146" />
        <location filename="../client/core/AdminClient.cpp" line="284" />
        <location filename="../client/core/AdminClient.cpp" line="324" />
        <source>The server is not reachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="156" />
        <source>Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="184" />
        <location filename="../client/core/AdminClient.cpp" line="224" />
        <source>%1 is no agent of this desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="297" />
        <source>%1 fetched, %2 new tickets, %3 follow-ups, %4 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="330" />
        <source>The message is queued again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentTransfer</name>
    <message>
        <location filename="../client/core/AttachmentTransfer.cpp" line="72" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="148" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardClient</name>
    <message>
        <location filename="../client/core/DashboardClient.cpp" line="17" />
        <source>Dashboards are computed by the server; it is not reachable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="89" />
        <source>Helpdesk dashboards</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="92" />
        <source>Last %n day(s)</source>
        <translation><numerusform>Last %n day</numerusform><numerusform>Last %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="95" />
        <source>All groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="98" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="102" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="104" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="110" />
        <source>Open tickets by group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="111" />
        <source>New and closed per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="112" />
        <source>SLA breaches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="113" />
        <source>Open tickets per agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="114" />
        <source>Age of the open tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="158" />
        <source>Export the panels as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="188" />
        <source>–</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="190" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="191" />
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="193" />
        <source>&lt;h3&gt;Response and resolution&lt;/h3&gt;&lt;p&gt;First response: median %1, 90% within %2 (SLA %3)&lt;/p&gt;&lt;p&gt;Resolution: median %4, 90% within %5 (SLA %6)&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="210" />
        <source>%1★ %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="211" />
        <source>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n rating(s), average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation><numerusform>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n rating, average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform><numerusform>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n ratings, average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="224" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="226" />
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="256" />
        <location filename="../client/ui/DashboardWindow.cpp" line="260" />
        <location filename="../client/ui/DashboardWindow.cpp" line="262" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="258" />
        <source>breached</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::DeskNotifier</name>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="15" />
        <source>New ticket #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="20" />
        <source>Customer reply on #%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="16" />
        <source>Sign in to Helpdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="19" />
        <source>agent@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="27" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="28" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="29" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="31" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="56" />
        <source>Enter the server's address, your e-mail and your password.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::MainWindow</name>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="36" />
        <source>Helpdesk — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="42" />
        <source>Search number, title, customer, text (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="118" />
        <source>First sync: %1 tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="122" />
        <source>Not saved — %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="125" />
        <source>Attachment not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="128" />
        <source>A message from the server could not be read (skipped): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="141" />
        <source>&amp;Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="142" />
        <source>Work &amp;offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="146" />
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="150" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="151" />
        <source>&amp;Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="152" />
        <source>&amp;New ticket by e-mail…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="153" />
        <source>&amp;Save search as a view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="154" />
        <source>&amp;Dashboards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="160" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="161" />
        <source>&amp;Server settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="169" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="181" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="181" />
        <source>The new language is used from the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="192" />
        <source>Remove this view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="195" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="196" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="230" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="231" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="246" />
        <location filename="../client/ui/MainWindow.cpp" line="271" />
        <source>New ticket by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="248" />
        <source>customer@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="256" />
        <source>Customer e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="257" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="258" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="260" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="271" />
        <source>A new ticket needs the customer's e-mail, a subject and a text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="281" />
        <location filename="../client/ui/MainWindow.cpp" line="285" />
        <source>Save search as a view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="281" />
        <source>Type a search first; the view shows its tickets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="285" />
        <source>Name of the view:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="327" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Set state of %n ticket</numerusform><numerusform>Set state of %n tickets</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="333" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>Assign %n ticket to</numerusform><numerusform>Assign %n tickets to</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="334" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="343" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>Move %n ticket to group</numerusform><numerusform>Move %n tickets to group</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="363" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n change waiting to be sent</numerusform><numerusform>%n changes waiting to be sent</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="369" />
        <source>● Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="370" />
        <source>● Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="373" />
        <source>● Offline — working from the local copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::ObjectEditor</name>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="120" />
        <source>(not used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="158" />
        <source>either</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="159" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="160" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="162" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/Outbox.cpp" line="101" />
        <source>the stored change is unreadable: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::PresenceTracker</name>
    <message>
        <location filename="../client/core/PresenceTracker.cpp" line="48" />
        <source>%1 is writing a reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/PresenceTracker.cpp" line="49" />
        <source>%1 is viewing this ticket.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::ServerConnection</name>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="61" />
        <source>signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="89" />
        <source>the connection to the server was lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="130" />
        <source>offline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::SettingsWindow</name>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="30" />
        <source>Helpdesk settings</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="32" />
        <source>E-mail addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="33" />
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="33" />
        <source>Acknowledgement subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="34" />
        <source>Acknowledgement text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="35" />
        <source>Agents (e-mail: read or full, one per line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="36" />
        <location filename="../client/ui/SettingsWindow.cpp" line="43" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="37" />
        <location filename="../client/ui/SettingsWindow.cpp" line="39" />
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="38" />
        <location filename="../client/ui/SettingsWindow.cpp" line="50" />
        <location filename="../client/ui/SettingsWindow.cpp" line="56" />
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="41" />
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="42" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="44" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="45" />
        <source>Keyword (after ::)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="46" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="47" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="48" />
        <source>Holidays (YYYY-MM-DD, …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="50" />
        <source>First response (business minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="51" />
        <source>Update (business minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="52" />
        <source>Solution (business minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="53" />
        <source>Warn before (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="54" />
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <source>Protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="59" />
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="59" />
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="60" />
        <location filename="../client/ui/SettingsWindow.cpp" line="81" />
        <source>Check the certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="60" />
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="61" />
        <source>Password (empty: unchanged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="61" />
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="62" />
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="62" />
        <source>Poll every (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="63" />
        <source>Unknown senders open tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="64" />
        <source>Attach the original .eml</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="70" />
        <source>POP3: delete processed mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="71" />
        <source>IMAP: folder for processed mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="72" />
        <source>IMAP: folder for failed mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="73" />
        <source>Disable after failed connections (0: never)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="74" />
        <source>System address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="74" />
        <source>System name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="75" />
        <source>No-reply address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="75" />
        <source>Public address of the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="76" />
        <source>Ticket tag in subjects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="77" />
        <source>Automatic replies per recipient and hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="78" />
        <source>Largest accepted message (bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="79" />
        <source>SMTP server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="79" />
        <source>SMTP port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="80" />
        <source>SMTP security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="81" />
        <source>SMTP user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="82" />
        <source>SMTP password (empty: unchanged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="83" />
        <source>SMTP timeout (seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="84" />
        <source>Tag (type a new name and save to rename; an existing name merges)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="86" />
        <source>Acts as (an agent's e-mail; empty: you)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="90" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="91" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="91" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="97" />
        <location filename="../client/ui/SettingsWindow.cpp" line="127" />
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="127" />
        <source>States</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="98" />
        <location filename="../client/ui/SettingsWindow.cpp" line="128" />
        <source>Priorities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="99" />
        <location filename="../client/ui/SettingsWindow.cpp" line="128" />
        <source>Ticket types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="129" />
        <source>Custom fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="129" />
        <source>Text modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="49" />
        <location filename="../client/ui/SettingsWindow.cpp" line="130" />
        <source>Business hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="44" />
        <source>Options (comma separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="47" />
        <source>Weekly hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="49" />
        <source>Applies to (nothing chosen: all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <source>When (all must hold)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <source>Then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="57" />
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="64" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="65" />
        <source>State of new tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="66" />
        <source>Priority of new tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="67" />
        <source>State when the customer replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="68" />
        <source>Priority when the customer replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="69" />
        <source>Changes recorded as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="89" />
        <source>Members see each other's tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="100" />
        <location filename="../client/ui/SettingsWindow.cpp" line="133" />
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="102" />
        <source>State is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="102" />
        <source>Group is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="103" />
        <source>Priority is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="104" />
        <source>Type is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="105" />
        <source>Has all tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="106" />
        <source>Has none of the tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="107" />
        <source>Title contains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="108" />
        <source>Sender's address contains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="109" />
        <source>SLA breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="110" />
        <source>Unchanged for (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="111" />
        <source>Pending time passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="113" />
        <source>Set state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="114" />
        <source>Set priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="115" />
        <source>Move to group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="116" />
        <source>Assign to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="117" />
        <source>Set type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="118" />
        <source>Add tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="119" />
        <source>Remove tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="120" />
        <source>Add an internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="121" />
        <source>Send an e-mail to (customer, owner or an address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="122" />
        <source>E-mail subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="123" />
        <source>E-mail text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="124" />
        <source>Notify the agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="130" />
        <source>SLAs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="131" />
        <source>Triggers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="131" />
        <source>Macros</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="132" />
        <source>Mailboxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="132" />
        <source>Outgoing mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="133" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="134" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="135" />
        <source>API tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="135" />
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="165" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="165" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="165" />
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="166" />
        <source>Quarantined messages (interpreting them stopped the server):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="174" />
        <source>Retry message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="175" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="176" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="178" />
        <source>Poll now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="183" />
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="184" />
        <source>Send a test mail…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="185" />
        <source>Send an invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="221" />
        <source>Polling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="236" />
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="242" />
        <source>Send a test mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="242" />
        <source>To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="244" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="253" />
        <source>OK: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="253" />
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="291" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="294" />
        <source>New token (copy it now, it is not shown again): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="307" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="333" />
        <source>Remove from all tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="333" />
        <source>Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="350" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="350" />
        <source>Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="354" />
        <source>Acts as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="354" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="354" />
        <source>Last used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="354" />
        <source>Revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="357" />
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="373" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="373" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="412" />
        <location filename="../client/ui/SettingsWindow.cpp" line="442" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="539" />
        <source>Queueing the message again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="646" />
        <source>Choose the tag to rename in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="650" />
        <source>Renaming…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="657" />
        <source>A token cannot be changed: revoke it and create a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="660" />
        <source>Creating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="664" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="671" />
        <source>Removing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="674" />
        <source>Revoking…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::TicketActions</name>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="54" />
        <source>Reply to #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="66" />
        <source>Note on #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="77" />
        <source>Phone call on #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="90" />
        <location filename="../client/core/TicketActions.cpp" line="128" />
        <source>Change %1 of #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="103" />
        <source>Tags of #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="146" />
        <source>Merge #%1 into #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="161" />
        <source>Link #%1 to #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="174" />
        <source>Macro "%1" on #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="192" />
        <source>New ticket for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="199" />
        <source>The history is shown when the server is reachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="219" />
        <source>system</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="277" />
        <source>A change of yours waits to be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="279" />
        <source>Not opened yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="281" />
        <source>Changed since you last looked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="296" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="297" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="298" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="299" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="300" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="301" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="302" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="303" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="304" />
        <source>SLA due</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::TicketView</name>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="53" />
        <source>e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="55" />
        <source>phone call (in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="57" />
        <source>phone call (out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="59" />
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="60" />
        <source>web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="93" />
        <source>tags, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="94" />
        <source>&amp;Take</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="95" />
        <source>Become the owner (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="102" />
        <source>State / priority / type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="107" />
        <source>Group / owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="108" />
        <source>Macros</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="120" />
        <source>(no macros defined)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="122" />
        <source>Merge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="123" />
        <source>Link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="129" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="137" />
        <source>Remote images in this ticket are blocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="138" />
        <source>Show remote images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="147" />
        <source>Reply by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="148" />
        <source>Reply to all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="149" />
        <source>Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="150" />
        <source>Internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="151" />
        <source>Phone call (in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="152" />
        <source>Phone call (out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="158" />
        <source>Double-click removes an attachment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="175" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="176" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="181" />
        <location filename="../client/ui/TicketView.cpp" line="476" />
        <source>the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="187" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="188" />
        <source>Cc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="204" />
        <source>Bold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="207" />
        <source>Italic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="208" />
        <source>Bulleted list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="209" />
        <source>Attach…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="212" />
        <location filename="../client/ui/TicketView.cpp" line="633" />
        <location filename="../client/ui/TicketView.cpp" line="639" />
        <source>Attach files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="226" />
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="229" />
        <source>Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="230" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="364" />
        <source>This ticket is no longer visible to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="372" />
        <source>(no type)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="373" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="382" />
        <source>%1 due %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="385" />
        <source>First response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="386" />
        <source>Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="387" />
        <source>Solution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="413" />
        <source>internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="415" />
        <source>waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="442" />
        <source>Save attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="465" />
        <source>forward to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="470" />
        <source>---- Forwarded message from %1 (%2) ----</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="485" />
        <location filename="../client/ui/TicketView.cpp" line="487" />
        <source>Merge ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="485" />
        <source>Merge this ticket into ticket number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="487" />
        <location filename="../client/ui/TicketView.cpp" line="504" />
        <source>Ticket %1 is not among the tickets you can see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="495" />
        <location filename="../client/ui/TicketView.cpp" line="499" />
        <location filename="../client/ui/TicketView.cpp" line="504" />
        <source>Link ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="495" />
        <source>Link this ticket to ticket number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="498" />
        <source>related</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="498" />
        <source>parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="498" />
        <source>duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="499" />
        <source>Kind of link:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="592" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="633" />
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="639" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="686" />
        <source>Forward of #%1 to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::ViewListModel</name>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="17" />
        <source>My open tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="18" />
        <source>Unassigned in my groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="22" />
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="23" />
        <source>Recently closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="24" />
        <source>All tickets</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::WeeklyHoursEditor</name>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Tuesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Thursday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="60" />
        <source>closed (e.g. 08:00-12:00, 13:00-17:00)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="89" />
        <source>%1: "%2" is not a range such as 08:00-12:00</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>