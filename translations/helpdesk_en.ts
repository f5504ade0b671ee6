<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="138" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::HelpdeskAccess</name>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="102" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="139" />
        <source>Cannot open the local cache %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="204" />
        <source>New ticket #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="209" />
        <source>Customer reply on #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="263" />
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="326" />
        <source>Reply to #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="338" />
        <source>Note on #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="349" />
        <source>Phone call on #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="362" />
        <source>Change %1 of #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="375" />
        <source>Tags of #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="399" />
        <source>%1 is writing a reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="400" />
        <source>%1 is viewing this ticket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="484" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="511" />
        <source>Merge #%1 into #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="525" />
        <source>Link #%1 to #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="541" />
        <source>New ticket for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="547" />
        <source>The history is shown when the server is reachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="567" />
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
        <location filename="../client/ui/MainWindow.cpp" line="34" />
        <source>Helpdesk — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="40" />
        <source>Search number, title, customer, text (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="115" />
        <source>First sync: %1 tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="119" />
        <source>Not saved — %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="122" />
        <source>Attachment not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="133" />
        <source>&amp;Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="134" />
        <source>Work &amp;offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="138" />
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="142" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="143" />
        <source>&amp;Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="144" />
        <source>&amp;New ticket by e-mail…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="145" />
        <source>&amp;Save search as a view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="146" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="147" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="159" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="159" />
        <source>The new language is used from the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="170" />
        <source>Remove this view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="173" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="174" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="208" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="209" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="224" />
        <location filename="../client/ui/MainWindow.cpp" line="249" />
        <source>New ticket by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="226" />
        <source>customer@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="234" />
        <source>Customer e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="235" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="236" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="238" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="249" />
        <source>A new ticket needs the customer's e-mail, a subject and a text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="259" />
        <location filename="../client/ui/MainWindow.cpp" line="263" />
        <source>Save search as a view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="259" />
        <source>Type a search first; the view shows its tickets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="263" />
        <source>Name of the view:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="305" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Set state of %n ticket</numerusform><numerusform>Set state of %n tickets</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="311" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>Assign %n ticket to</numerusform><numerusform>Assign %n tickets to</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="312" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="321" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>Move %n ticket to group</numerusform><numerusform>Move %n tickets to group</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="341" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n change waiting to be sent</numerusform><numerusform>%n changes waiting to be sent</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="347" />
        <source>● Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="348" />
        <source>● Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="351" />
        <source>● Offline — working from the local copy</source>
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
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="254" />
        <source>A change of yours waits to be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="268" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="269" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="270" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="271" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="272" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="273" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="274" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="275" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::TicketView</name>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="47" />
        <source>e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="49" />
        <source>phone call (in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="51" />
        <source>phone call (out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="53" />
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="54" />
        <source>web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="77" />
        <source>tags, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="78" />
        <source>&amp;Take</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="79" />
        <source>Become the owner (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="86" />
        <source>State / priority / type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="91" />
        <source>Group / owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="92" />
        <source>Merge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="93" />
        <source>Link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="98" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="102" />
        <source>Remote images in this ticket are blocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="103" />
        <source>Show remote images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="112" />
        <source>Reply by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="113" />
        <source>Reply to all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="114" />
        <source>Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="115" />
        <source>Internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="116" />
        <source>Phone call (in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="117" />
        <source>Phone call (out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="123" />
        <source>Double-click removes an attachment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="132" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="133" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="138" />
        <location filename="../client/ui/TicketView.cpp" line="413" />
        <source>the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="144" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="145" />
        <source>Cc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="161" />
        <source>Bold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="164" />
        <source>Italic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="165" />
        <source>Bulleted list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="166" />
        <source>Attach…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="169" />
        <location filename="../client/ui/TicketView.cpp" line="449" />
        <location filename="../client/ui/TicketView.cpp" line="455" />
        <source>Attach files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="183" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="183" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="183" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="183" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="183" />
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="186" />
        <source>Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="187" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="313" />
        <source>This ticket is no longer visible to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="321" />
        <source>(no type)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="322" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="350" />
        <source>internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="352" />
        <source>waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="379" />
        <source>Save attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="402" />
        <source>forward to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="407" />
        <source>---- Forwarded message from %1 (%2) ----</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="422" />
        <location filename="../client/ui/TicketView.cpp" line="424" />
        <source>Merge ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="422" />
        <source>Merge this ticket into ticket number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="424" />
        <location filename="../client/ui/TicketView.cpp" line="441" />
        <source>Ticket %1 is not among the tickets you can see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="432" />
        <location filename="../client/ui/TicketView.cpp" line="436" />
        <location filename="../client/ui/TicketView.cpp" line="441" />
        <source>Link ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="432" />
        <source>Link this ticket to ticket number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="435" />
        <source>related</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="435" />
        <source>parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="435" />
        <source>duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="436" />
        <source>Kind of link:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="449" />
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="455" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="502" />
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
</TS>