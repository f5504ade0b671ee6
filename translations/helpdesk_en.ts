<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="145" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="87" />
        <source>Helpdesk dashboards</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="90" />
        <source>Last %n day(s)</source>
        <translation><numerusform>Last %n day</numerusform><numerusform>Last %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="93" />
        <source>All groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="96" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="100" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="102" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="108" />
        <source>Open tickets by group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="109" />
        <source>New and closed per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="110" />
        <source>SLA breaches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="111" />
        <source>Open tickets per agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="112" />
        <source>Age of the open tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="156" />
        <source>Export the panels as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="186" />
        <source>–</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="188" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="189" />
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="191" />
        <source>&lt;h3&gt;Response and resolution&lt;/h3&gt;&lt;p&gt;First response: median %1, 90% within %2 (SLA %3)&lt;/p&gt;&lt;p&gt;Resolution: median %4, 90% within %5 (SLA %6)&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="208" />
        <source>%1★ %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="209" />
        <source>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n rating(s), average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation><numerusform>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n rating, average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform><numerusform>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n ratings, average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="222" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="224" />
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="254" />
        <location filename="../client/ui/DashboardWindow.cpp" line="258" />
        <location filename="../client/ui/DashboardWindow.cpp" line="260" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="256" />
        <source>breached</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::HelpdeskAccess</name>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="109" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="146" />
        <source>Cannot open the local cache %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="211" />
        <source>New ticket #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="216" />
        <source>Customer reply on #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="271" />
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="403" />
        <source>Reply to #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="415" />
        <source>Note on #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="426" />
        <source>Phone call on #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="370" />
        <location filename="../client/core/HelpdeskAccess.cpp" line="439" />
        <source>Change %1 of #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="452" />
        <source>Tags of #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="476" />
        <source>%1 is writing a reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="477" />
        <source>%1 is viewing this ticket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="505" />
        <location filename="../client/core/HelpdeskAccess.cpp" line="618" />
        <location filename="../client/core/HelpdeskAccess.cpp" line="716" />
        <source>Settings are changed on the server; it is not reachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="662" />
        <location filename="../client/core/HelpdeskAccess.cpp" line="702" />
        <location filename="../client/core/HelpdeskAccess.cpp" line="751" />
        <source>The server is not reachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="761" />
        <source>Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="600" />
        <location filename="../client/core/HelpdeskAccess.cpp" line="792" />
        <source>%1 is no agent of this desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="551" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="675" />
        <source>%1 fetched, %2 new tickets, %3 follow-ups, %4 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="708" />
        <source>The message is queued again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="826" />
        <source>Dashboards are computed by the server; it is not reachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="929" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="960" />
        <source>Macro "%1" on #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="972" />
        <source>Merge #%1 into #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="986" />
        <source>Link #%1 to #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="1002" />
        <source>New ticket for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="1008" />
        <source>The history is shown when the server is reachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="1028" />
        <source>system</source>
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
        <location filename="../client/ui/MainWindow.cpp" line="138" />
        <source>&amp;Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="139" />
        <source>Work &amp;offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="143" />
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="147" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="148" />
        <source>&amp;Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="149" />
        <source>&amp;New ticket by e-mail…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="150" />
        <source>&amp;Save search as a view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="151" />
        <source>&amp;Dashboards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="157" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="158" />
        <source>&amp;Server settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="166" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="178" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="178" />
        <source>The new language is used from the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="189" />
        <source>Remove this view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="192" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="193" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="227" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="228" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="243" />
        <location filename="../client/ui/MainWindow.cpp" line="268" />
        <source>New ticket by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="245" />
        <source>customer@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="253" />
        <source>Customer e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="254" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="255" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="257" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="268" />
        <source>A new ticket needs the customer's e-mail, a subject and a text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="278" />
        <location filename="../client/ui/MainWindow.cpp" line="282" />
        <source>Save search as a view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="278" />
        <source>Type a search first; the view shows its tickets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="282" />
        <source>Name of the view:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="324" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Set state of %n ticket</numerusform><numerusform>Set state of %n tickets</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="330" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>Assign %n ticket to</numerusform><numerusform>Assign %n tickets to</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="331" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="340" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>Move %n ticket to group</numerusform><numerusform>Move %n tickets to group</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="360" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n change waiting to be sent</numerusform><numerusform>%n changes waiting to be sent</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="366" />
        <source>● Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="367" />
        <source>● Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="370" />
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
        <location filename="../client/core/Outbox.cpp" line="99" />
        <source>the stored change is unreadable: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::ServerConnection</name>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="62" />
        <source>signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="90" />
        <source>the connection to the server was lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="131" />
        <source>offline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::SettingsWindow</name>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="28" />
        <source>Helpdesk settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="30" />
        <location filename="../client/ui/SettingsWindow.cpp" line="34" />
        <location filename="../client/ui/SettingsWindow.cpp" line="36" />
        <location filename="../client/ui/SettingsWindow.cpp" line="38" />
        <location filename="../client/ui/SettingsWindow.cpp" line="39" />
        <location filename="../client/ui/SettingsWindow.cpp" line="43" />
        <location filename="../client/ui/SettingsWindow.cpp" line="45" />
        <location filename="../client/ui/SettingsWindow.cpp" line="47" />
        <location filename="../client/ui/SettingsWindow.cpp" line="52" />
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <location filename="../client/ui/SettingsWindow.cpp" line="56" />
        <location filename="../client/ui/SettingsWindow.cpp" line="83" />
        <location filename="../client/ui/SettingsWindow.cpp" line="86" />
        <location filename="../client/ui/SettingsWindow.cpp" line="88" />
        <location filename="../client/ui/SettingsWindow.cpp" line="352" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="30" />
        <location filename="../client/ui/SettingsWindow.cpp" line="35" />
        <location filename="../client/ui/SettingsWindow.cpp" line="36" />
        <location filename="../client/ui/SettingsWindow.cpp" line="38" />
        <location filename="../client/ui/SettingsWindow.cpp" line="42" />
        <location filename="../client/ui/SettingsWindow.cpp" line="44" />
        <location filename="../client/ui/SettingsWindow.cpp" line="46" />
        <location filename="../client/ui/SettingsWindow.cpp" line="51" />
        <location filename="../client/ui/SettingsWindow.cpp" line="54" />
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <location filename="../client/ui/SettingsWindow.cpp" line="90" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="30" />
        <source>E-mail addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="31" />
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="31" />
        <source>Acknowledgement subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="32" />
        <source>Acknowledgement text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="33" />
        <source>Agents (e-mail: read or full, one per line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="34" />
        <location filename="../client/ui/SettingsWindow.cpp" line="41" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="35" />
        <location filename="../client/ui/SettingsWindow.cpp" line="37" />
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="36" />
        <location filename="../client/ui/SettingsWindow.cpp" line="48" />
        <location filename="../client/ui/SettingsWindow.cpp" line="54" />
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="39" />
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="40" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="42" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="43" />
        <source>Keyword (after ::)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="44" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="45" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="46" />
        <source>Holidays (YYYY-MM-DD, …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="48" />
        <source>First response (business minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="49" />
        <source>Update (business minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="50" />
        <source>Solution (business minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="51" />
        <source>Warn before (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="52" />
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="56" />
        <source>Protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="56" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="57" />
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="57" />
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <location filename="../client/ui/SettingsWindow.cpp" line="79" />
        <source>Check the certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="59" />
        <source>Password (empty: unchanged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="59" />
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="60" />
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="60" />
        <source>Poll every (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="61" />
        <source>Unknown senders open tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="62" />
        <source>Attach the original .eml</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="68" />
        <source>POP3: delete processed mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="69" />
        <source>IMAP: folder for processed mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="70" />
        <source>IMAP: folder for failed mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="71" />
        <source>Disable after failed connections (0: never)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="72" />
        <source>System address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="72" />
        <source>System name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="73" />
        <source>No-reply address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="73" />
        <source>Public address of the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="74" />
        <source>Ticket tag in subjects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="75" />
        <source>Automatic replies per recipient and hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="76" />
        <source>Largest accepted message (bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="77" />
        <source>SMTP server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="77" />
        <source>SMTP port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="78" />
        <source>SMTP security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="79" />
        <source>SMTP user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="80" />
        <source>SMTP password (empty: unchanged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="81" />
        <source>SMTP timeout (seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="82" />
        <source>Tag (type a new name and save to rename; an existing name merges)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="84" />
        <source>Acts as (an agent's e-mail; empty: you)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="88" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="89" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="89" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="95" />
        <location filename="../client/ui/SettingsWindow.cpp" line="125" />
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="125" />
        <source>States</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="96" />
        <location filename="../client/ui/SettingsWindow.cpp" line="126" />
        <source>Priorities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="97" />
        <location filename="../client/ui/SettingsWindow.cpp" line="126" />
        <source>Ticket types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="127" />
        <source>Custom fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="127" />
        <source>Text modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="47" />
        <location filename="../client/ui/SettingsWindow.cpp" line="128" />
        <source>Business hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="42" />
        <source>Options (comma separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="45" />
        <source>Weekly hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="47" />
        <source>Applies to (nothing chosen: all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="53" />
        <source>When (all must hold)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="53" />
        <source>Then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="62" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="63" />
        <source>State of new tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="64" />
        <source>Priority of new tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="65" />
        <source>State when the customer replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="66" />
        <source>Priority when the customer replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="67" />
        <source>Changes recorded as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="87" />
        <source>Members see each other's tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="98" />
        <location filename="../client/ui/SettingsWindow.cpp" line="131" />
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="100" />
        <source>State is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="100" />
        <source>Group is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="101" />
        <source>Priority is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="102" />
        <source>Type is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="103" />
        <source>Has all tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="104" />
        <source>Has none of the tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="105" />
        <source>Title contains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="106" />
        <source>Sender's address contains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="107" />
        <source>SLA breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="108" />
        <source>Unchanged for (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="109" />
        <source>Pending time passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="111" />
        <source>Set state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="112" />
        <source>Set priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="113" />
        <source>Move to group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="114" />
        <source>Assign to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="115" />
        <source>Set type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="116" />
        <source>Add tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="117" />
        <source>Remove tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="118" />
        <source>Add an internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="119" />
        <source>Send an e-mail to (customer, owner or an address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="120" />
        <source>E-mail subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="121" />
        <source>E-mail text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="122" />
        <source>Notify the agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="128" />
        <source>SLAs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="129" />
        <source>Triggers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="129" />
        <source>Macros</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="130" />
        <source>Mailboxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="130" />
        <source>Outgoing mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="131" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="132" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="133" />
        <source>API tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="133" />
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="163" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="163" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="163" />
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="164" />
        <source>Quarantined messages (interpreting them stopped the server):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="172" />
        <source>Retry message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="173" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="174" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="176" />
        <source>Poll now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="181" />
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="182" />
        <source>Send a test mail…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="183" />
        <source>Send an invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="219" />
        <source>Polling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="234" />
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="240" />
        <source>Send a test mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="240" />
        <source>To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="242" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="251" />
        <source>OK: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="251" />
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="289" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="292" />
        <source>New token (copy it now, it is not shown again): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="305" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="331" />
        <source>Remove from all tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="331" />
        <source>Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="348" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="348" />
        <source>Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="352" />
        <source>Acts as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="352" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="352" />
        <source>Last used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="352" />
        <source>Revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="355" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="355" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="355" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="355" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="355" />
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="371" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="371" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="410" />
        <location filename="../client/ui/SettingsWindow.cpp" line="440" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="537" />
        <source>Queueing the message again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="644" />
        <source>Choose the tag to rename in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="648" />
        <source>Renaming…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="655" />
        <source>A token cannot be changed: revoke it and create a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="658" />
        <source>Creating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="662" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="669" />
        <source>Removing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="672" />
        <source>Revoking…</source>
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
        <location filename="../client/ui/TicketView.cpp" line="85" />
        <source>tags, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="86" />
        <source>&amp;Take</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="87" />
        <source>Become the owner (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="94" />
        <source>State / priority / type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="99" />
        <source>Group / owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="100" />
        <source>Macros</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="112" />
        <source>(no macros defined)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="114" />
        <source>Merge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="115" />
        <source>Link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="121" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="129" />
        <source>Remote images in this ticket are blocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="130" />
        <source>Show remote images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="139" />
        <source>Reply by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="140" />
        <source>Reply to all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="141" />
        <source>Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="142" />
        <source>Internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="143" />
        <source>Phone call (in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="144" />
        <source>Phone call (out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="150" />
        <source>Double-click removes an attachment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="167" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="168" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="173" />
        <location filename="../client/ui/TicketView.cpp" line="472" />
        <source>the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="179" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="180" />
        <source>Cc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="196" />
        <source>Bold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="199" />
        <source>Italic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="200" />
        <source>Bulleted list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="201" />
        <source>Attach…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="204" />
        <location filename="../client/ui/TicketView.cpp" line="642" />
        <location filename="../client/ui/TicketView.cpp" line="648" />
        <source>Attach files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="218" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="218" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="218" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="218" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="218" />
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="221" />
        <source>Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="222" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="356" />
        <source>This ticket is no longer visible to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="364" />
        <source>(no type)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="365" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="378" />
        <source>%1 due %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="381" />
        <source>First response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="382" />
        <source>Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="383" />
        <source>Solution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="409" />
        <source>internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="411" />
        <source>waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="438" />
        <source>Save attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="461" />
        <source>forward to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="466" />
        <source>---- Forwarded message from %1 (%2) ----</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="481" />
        <location filename="../client/ui/TicketView.cpp" line="483" />
        <source>Merge ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="481" />
        <source>Merge this ticket into ticket number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="483" />
        <location filename="../client/ui/TicketView.cpp" line="500" />
        <source>Ticket %1 is not among the tickets you can see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="491" />
        <location filename="../client/ui/TicketView.cpp" line="495" />
        <location filename="../client/ui/TicketView.cpp" line="500" />
        <source>Link ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="491" />
        <source>Link this ticket to ticket number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="494" />
        <source>related</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="494" />
        <source>parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="494" />
        <source>duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="495" />
        <source>Kind of link:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="592" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="642" />
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="648" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="695" />
        <source>Forward of #%1 to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::ViewListModel</name>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="19" />
        <source>My open tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="20" />
        <source>Unassigned in my groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="24" />
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="25" />
        <source>Recently closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="26" />
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