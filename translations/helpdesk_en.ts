<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SharedPartnerText</name>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="19" />
        <source>failing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="21" />
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="22" />
        <source>in sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="28" />
        <source>Shared by %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="29" />
        <source>Shared with %1 · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::AccountSession</name>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="83" />
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="86" />
        <source>That code is wrong, expired or already used. Enter the code the app shows now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="95" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="205" />
        <source>Cannot open the local cache %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="325" />
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::AdminClient</name>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="78" />
        <location filename="../client/core/AdminClient.cpp" line="174" />
        <location filename="../client/core/AdminClient.cpp" line="345" />
        <source>Settings are changed on the server; it is not reachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="146" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="247" />
        <location filename="../client/core/AdminClient.cpp" line="391" />
        <location filename="../client/core/AdminClient.cpp" line="433" />
        <source>The server is not reachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="257" />
        <source>Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="287" />
        <location filename="../client/core/AdminClient.cpp" line="329" />
        <source>%1 is no agent of this desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="405" />
        <source>%1 fetched, %2 new tickets, %3 follow-ups, %4 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="440" />
        <source>The message is queued again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::AgentWorkspace</name>
    <message>
        <location filename="../client/core/AgentWorkspace.cpp" line="49" />
        <source>New view "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AgentWorkspace.cpp" line="58" />
        <source>Change of view "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AgentWorkspace.cpp" line="65" />
        <source>Deletion of view "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentPreview</name>
    <message>
        <location filename="../client/ui/AttachmentPreview.cpp" line="102" />
        <source>Preview of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/AttachmentPreview.cpp" line="118" />
        <source>This PDF cannot be shown: it is damaged or protected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/AttachmentPreview.cpp" line="124" />
        <source>This image cannot be shown.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentTransfer</name>
    <message>
        <location filename="../client/core/AttachmentTransfer.cpp" line="82" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::AwayDialog</name>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="20" />
        <location filename="../client/ui/AwayDialog.cpp" line="46" />
        <source>I am away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="21" />
        <source>While you are away, customers' follow-ups on your tickets go to the colleague you choose, or to the ticket's group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="25" />
        <source>Back on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="37" />
        <source>(the ticket's group)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="44" />
        <source>Follow-ups go to</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::AwayStatus</name>
    <message>
        <location filename="../client/core/AwayStatus.cpp" line="79" />
        <source>Marked away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/AwayStatus.cpp" line="79" />
        <source>Marked back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="295" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::CommandPalette</name>
    <message>
        <location filename="../client/ui/CommandPalette.cpp" line="43" />
        <source>Command palette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/CommandPalette.cpp" line="46" />
        <source>Type an action, a view or a ticket number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::CustomerSidebar</name>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="113" />
        <source>Show the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="113" />
        <source>Hide the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="142" />
        <source>organization %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="143" />
        <source>of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="158" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="159" />
        <source>integration %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="161" />
        <source>Ids in integrations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="165" />
        <source>No other tickets of this customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="166" />
        <source>Other tickets of this customer (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="172" />
        <source>Other tickets of the organization (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="173" />
        <source>Other tickets of %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="186" />
        <source>%1, updated %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardClient</name>
    <message>
        <location filename="../client/core/DashboardClient.cpp" line="18" />
        <source>Dashboards are computed by the server; it is not reachable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="128" />
        <source>Helpdesk dashboards</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="131" />
        <source>Last %n day(s)</source>
        <translation><numerusform>Last %n day</numerusform><numerusform>Last %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="134" />
        <source>All groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="137" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="141" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="143" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="149" />
        <source>Open tickets by group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="150" />
        <source>New and closed per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="151" />
        <source>SLA breaches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="152" />
        <source>Open tickets per agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="153" />
        <source>Age of the open tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="154" />
        <source>Customer ratings by agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="205" />
        <source>Export the panels as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="241" />
        <source>–</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="243" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="244" />
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="246" />
        <source>&lt;h3&gt;Response and resolution&lt;/h3&gt;&lt;p&gt;First response: median %1, 90% within %2 (SLA %3)&lt;/p&gt;&lt;p&gt;Resolution: median %4, 90% within %5 (SLA %6)&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="266" />
        <source>%1★ %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="268" />
        <source>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n rating(s), average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation><numerusform>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n rating, average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform><numerusform>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n ratings, average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="278" />
        <source>average of 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="286" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="288" />
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="319" />
        <location filename="../client/ui/DashboardWindow.cpp" line="323" />
        <location filename="../client/ui/DashboardWindow.cpp" line="325" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="321" />
        <source>breached</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::DeskNotifier</name>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="30" />
        <source>New ticket #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="36" />
        <source>Customer reply on #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="44" />
        <source>#%1 was assigned to you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="47" />
        <source>SLA warning on #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="54" />
        <source>%1 mentioned you on #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="55" />
        <source>%1 mentioned you</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::InboxDelegate</name>
    <message>
        <location filename="../client/ui/InboxDelegate.cpp" line="132" />
        <source>sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/InboxDelegate.cpp" line="217" />
        <source>(sending…)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::IntegrationClient</name>
    <message>
        <location filename="../client/core/IntegrationClient.cpp" line="19" />
        <source>Integrations are arranged on the server; it is not reachable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::IntegrationsPane</name>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="86" />
        <source>Ticket created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="87" />
        <source>Ticket changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="88" />
        <source>Public reply of an agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="89" />
        <source>Internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="90" />
        <source>Message of the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="782" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="782" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="136" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="520" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="378" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <source>Allowed networks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <source>Log kept (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="106" />
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="112" />
        <source>Integration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="115" />
        <source>Active (off: no webhook is sent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="119" />
        <source>e.g. 10.1.0.0/16, 192.0.2.7 (empty: any)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="133" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="134" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="138" />
        <source>Its API calls may come from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="139" />
        <source>Keep its log (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="206" />
        <source>Deliveries of the selected webhook or channel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="244" />
        <source>New lookup secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="245" />
        <source>Give %1 a new lookup secret? From now on only the new one signs the desk's lookups: the system needs it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="298" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="310" />
        <source>Saved. Copy the lookup secret now: it is not shown again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="369" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="377" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="489" />
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="489" />
        <source>Dead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Receiver down until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="364" />
        <source>Webhook of the selected integration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="367" />
        <source>https://system.example/hooks/helpdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="383" />
        <source>Secret (shown only now; the receiver checks signatures with it):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="389" />
        <source>Add webhook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="390" />
        <source>Save webhook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="391" />
        <source>Send a test event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="126" />
        <source>https://system.example/helpdesk/lookup (empty: never asked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="128" />
        <source>Lookup secret (shown only now; the system checks the lookups' signatures with it):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="132" />
        <source>New lookup secret…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="140" />
        <source>Ask for its fields' values at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="151" />
        <source>Webhooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="152" />
        <source>Channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Last status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="159" />
        <source>Last error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="159" />
        <source>Next attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="164" />
        <source>Test event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="166" />
        <source>Reply through the channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="171" />
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="173" />
        <source>delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="175" />
        <source>given up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="180" />
        <source>Send again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Time (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="187" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="187" />
        <source>Payload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="190" />
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="190" />
        <source>received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="192" />
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="200" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="210" />
        <source>Log of the selected integration (every call, either way):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="409" />
        <source>Sending a test event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="255" />
        <source>Sending again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="297" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="461" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="597" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="461" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="597" />
        <source>Saved. Copy the secret now: it is not shown again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="476" />
        <source>Test event queued; see its delivery below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="314" />
        <source>Queued to be sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="333" />
        <source>Not done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="334" />
        <source>Not done (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="496" />
        <source>Omnidesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="496" />
        <source>Helpdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="503" />
        <source>Channel of the selected integration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="508" />
        <source>https://system.example/hooks/replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="514" />
        <source>Helpdesk (this desk's webhook body)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="515" />
        <source>Omnidesk (as Omnidesk posts to a custom channel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="516" />
        <source>Active (off: its calls are refused and replies wait)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="521" />
        <source>Replies go to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="522" />
        <source>Its tickets open in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="523" />
        <source>Replies are sent as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="527" />
        <source>Secret (shown only now; the system checks the replies' signatures with it):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="533" />
        <source>Add channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="534" />
        <source>Save channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="536" />
        <source>Delete channel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="556" />
        <source>Give the channel %1 a new secret? From now on only the new one signs the replies sent through it: the system needs it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="566" />
        <source>Delete channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="567" />
        <source>Delete the channel %1? Replies still waiting to be sent through it are dropped; its tickets stay, as ordinary tickets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="834" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="853" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="863" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="879" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="392" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="535" />
        <source>New secret…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="393" />
        <source>Delete webhook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="415" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="555" />
        <source>New secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="426" />
        <source>Delete webhook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="468" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="604" />
        <source>Deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="416" />
        <source>Give the webhook at %1 a new secret? From now on only the new one signs its deliveries: the receiver needs it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="427" />
        <source>Delete the webhook at %1? What still waits to be sent to it is dropped; its log stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="91" />
        <source>Rating given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="92" />
        <source>Rating changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="93" />
        <source>Ticket rated as a whole</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="25" />
        <source>Sign in to Helpdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="39" />
        <source>agent@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="45" />
        <source>6-digit code or a recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="46" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="52" />
        <source>Sign in without encryption anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="60" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="61" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="62" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="67" />
        <source>Forgot your password?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="79" />
        <source>Helpdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="85" />
        <source>Sign in to your desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="95" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="126" />
        <source>If %1 has an account on this server, a link to choose a new password is on its way there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="176" />
        <source>This connection is not encrypted: confirm below that you want to use it anyway, or use an https:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="216" />
        <source>%1 is reached over plain http: your password and every ticket you open, internal notes included, can be read and changed by anyone on the network in between. Use an https:// address if the server has one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="252" />
        <source>Your role signs in with two factors: set up an authenticator app to sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="260" />
        <source>Enter the server's address, your e-mail and your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="166" />
        <location filename="../client/ui/LoginDialog.cpp" line="265" />
        <source>The server's address starts with https:// (or http://).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="269" />
        <source>This connection is not encrypted: confirm below that you want to sign in anyway, or use an https:// address.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::MailTemplateClient</name>
    <message>
        <location filename="../client/core/MailTemplateClient.cpp" line="17" />
        <source>Mail templates are changed on the server; it is not reachable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::MailTemplateEditor</name>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="33" />
        <source>Mail templates of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="33" />
        <source>Mail templates of the whole desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="56" />
        <source>Preview shows the mail as the server writes it, with sample values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="60" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="73" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="61" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="62" />
        <source>Reset to default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="63" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="66" />
        <source>Mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="68" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="69" />
        <source>Texts from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="70" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="218" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="71" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="219" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="72" />
        <source>Placeholders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="126" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="130" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="131" />
        <source>Not saved (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="179" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="185" />
        <source>Resetting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="200" />
        <source>this group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="200" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="201" />
        <source>the whole desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="202" />
        <source>the default text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="217" />
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="225" />
        <source>The template has a mistake; it cannot be saved like this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="228" />
        <source>Subject: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::MainWindow</name>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="58" />
        <location filename="../client/ui/MainWindow.cpp" line="941" />
        <source>Helpdesk — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="65" />
        <source>Search number, title, customer, text (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="191" />
        <source>First sync: %1 tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="196" />
        <source>Not saved — %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="199" />
        <source>Attachment not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="201" />
        <source>A message from the server could not be read (skipped): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="205" />
        <source>&amp;Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="206" />
        <source>Work &amp;offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="211" />
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="216" />
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="216" />
        <source>%n change(s) not yet sent will be lost. Sign out anyway?</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="222" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="223" />
        <source>&amp;Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="226" />
        <source>&amp;Save search as a view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="227" />
        <source>&amp;Dashboards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="233" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="234" />
        <source>&amp;Server settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="240" />
        <source>&amp;Two-factor sign-in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="247" />
        <source>My &amp;signature…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="258" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="271" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="271" />
        <source>The new language is used from the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="300" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="352" />
        <location filename="../client/ui/MainWindow.cpp" line="406" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="423" />
        <source>Save search as a view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="424" />
        <source>Type a search first; the view shows its tickets.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="484" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Set state of %n ticket</numerusform><numerusform>Set state of %n tickets</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="483" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>Assign %n ticket to</numerusform><numerusform>Assign %n tickets to</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="507" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="485" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>Move %n ticket to group</numerusform><numerusform>Move %n tickets to group</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="224" />
        <source>&amp;New ticket…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="279" />
        <source>New view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="281" />
        <source>Edit view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="283" />
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="286" />
        <source>%1 (copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="292" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="293" />
        <source>Delete view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="293" />
        <source>Delete the view "%1"?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="301" />
        <source>&amp;Keyboard shortcuts (F1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="327" />
        <location filename="../client/ui/MainWindow.cpp" line="329" />
        <source>Next ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="328" />
        <location filename="../client/ui/MainWindow.cpp" line="330" />
        <source>Previous ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="331" />
        <source>Open the ticket (focus its pane)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="341" />
        <location filename="../client/ui/MainWindow.cpp" line="342" />
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="343" />
        <location filename="../client/ui/MainWindow.cpp" line="344" />
        <source>Internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="345" />
        <location filename="../client/ui/MainWindow.cpp" line="346" />
        <source>Assign the selected tickets to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="347" />
        <location filename="../client/ui/MainWindow.cpp" line="348" />
        <source>Close the selected tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="349" />
        <location filename="../client/ui/MainWindow.cpp" line="350" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="351" />
        <location filename="../client/ui/MainWindow.cpp" line="844" />
        <source>Command palette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="401" />
        <source>Send (in the composer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="486" />
        <source>Add or remove tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="487" />
        <source>Merge into one ticket…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="488" />
        <source>Apply macro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="503" />
        <source>Me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="548" />
        <source>(no macros)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="563" />
        <source>Tags of %n ticket(s)</source>
        <translation><numerusform>Tags of %n ticket</numerusform><numerusform>Tags of %n tickets</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="566" />
        <source>tags to add, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="569" />
        <source>tags to remove, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="571" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="572" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="597" />
        <source>Merge %n ticket(s)</source>
        <translation><numerusform>Merge %n ticket</numerusform><numerusform>Merge %n tickets</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="606" />
        <source>The other tickets' messages move into the one you keep; they are closed as merged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="607" />
        <source>Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="609" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="635" />
        <source>Sort the tickets by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="642" />
        <source>Newest or largest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="649" />
        <source>Sort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="657" />
        <source>Assign to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="672" />
        <source>Assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="673" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="674" />
        <source>Tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="675" />
        <source>Merge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="676" />
        <source>Macro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="683" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="685" />
        <source>&amp;Two lines per ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="686" />
        <source>&amp;Compact list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="696" />
        <source>Reading pane on the &amp;right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="697" />
        <source>Reading pane &amp;below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="706" />
        <location filename="../client/ui/MainWindow.cpp" line="850" />
        <source>Command &amp;palette…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="859" />
        <source>Go to view: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="872" />
        <source>Go to ticket #%1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="897" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n change waiting to be sent</numerusform><numerusform>%n changes waiting to be sent</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="904" />
        <source>● Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="906" />
        <source>● Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="910" />
        <source>● Offline — working from the local copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="922" />
        <source>I am back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="940" />
        <source>(%1) Helpdesk — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="952" />
        <location filename="../client/ui/MainWindow.cpp" line="961" />
        <source>I am &amp;away…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="961" />
        <source>I am &amp;back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="966" />
        <source>&amp;Notifications…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="971" />
        <source>&amp;Appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="973" />
        <source>Like the &amp;system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="974" />
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="975" />
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="1001" />
        <source>Away until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="1002" />
        <source>Away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="1004" />
        <source> — follow-ups to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::NewTicketDialog</name>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="36" />
        <source>New ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="45" />
        <location filename="../client/ui/NewTicketDialog.cpp" line="85" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="46" />
        <source>Phone call in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="47" />
        <source>Phone call out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="65" />
        <source>Name or e-mail of the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="74" />
        <source>New customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="81" />
        <source>customer@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="84" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="104" />
        <source>(default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="117" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="118" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="119" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="120" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="121" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="123" />
        <location filename="../client/ui/NewTicketDialog.cpp" line="183" />
        <location filename="../client/ui/NewTicketDialog.cpp" line="187" />
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="178" />
        <source>Your e-mail to the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="179" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="182" />
        <source>What the caller asked for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="186" />
        <source>What you told the customer on the phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="198" />
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="211" />
        <source>Customer: %1 &lt;%2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="240" />
        <source>A new customer needs a name and an e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="242" />
        <source>Choose a customer from the list, type their e-mail address, or make a new customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="244" />
        <source>A new ticket needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="246" />
        <source>Choose a group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="248" />
        <source>Write the e-mail to the customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="249" />
        <source>Note what was said on the phone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::NotificationPreferences</name>
    <message>
        <location filename="../client/core/NotificationPreferences.cpp" line="40" />
        <location filename="../client/core/NotificationPreferences.cpp" line="58" />
        <source>Notification preferences are kept on the server; it is not reachable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::NotificationPreferencesDialog</name>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="17" />
        <source>Notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="19" />
        <source>A new ticket in my groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="20" />
        <source>A customer replies on my ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="21" />
        <source>A ticket is assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="22" />
        <source>A colleague mentions me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="23" />
        <source>An SLA deadline of my ticket comes near</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="27" />
        <source>&lt;b&gt;Desktop&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="28" />
        <source>&lt;b&gt;E-mail&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="46" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="67" />
        <source>Reading your preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="91" />
        <source>Saving…</source>
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
    <name>helpdesk::client::PartnerDesksPane</name>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Our role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Ended by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="53" />
        <source>Last error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="53" />
        <source>Waiting requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="57" />
        <source>we share our tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="57" />
        <source>the partner shares with us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="60" />
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="62" />
        <source>accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="64" />
        <source>declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="66" />
        <source>ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="69" />
        <source>the sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="69" />
        <source>the receiver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="75" />
        <source>Invite a partner desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="78" />
        <source>https://partner.example/sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="81" />
        <source>Full delegation (the partner may answer our customers and solve tickets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="83" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="98" />
        <source>Sync tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="84" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="99" />
        <source>Sync custom fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="85" />
        <source>Invite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="88" />
        <source>Partner's sharing URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="89" />
        <source>Our name (as the partner sees it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="96" />
        <source>Selected agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="97" />
        <source>Full delegation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="102" />
        <source>Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="104" />
        <source>Decline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="106" />
        <source>End sharing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="108" />
        <source>Save changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="110" />
        <source>Status map…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="116" />
        <source>Group for shared tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Duration (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="129" />
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="129" />
        <source>received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="131" />
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="139" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="152" />
        <source>Sync log of the selected agreement:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="168" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="403" />
        <source>Choose the group that gets the shared tickets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="171" />
        <source>Accepting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="175" />
        <source>Declining…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="192" />
        <source>Our sharing URL (give it to a partner; set by the public address of Outgoing mail): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="202" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="209" />
        <source>Not done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="240" />
        <source>(choose a group)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="253" />
        <source>full delegation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="253" />
        <source>partial delegation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="255" />
        <source>tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="257" />
        <source>custom fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="262" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="338" />
        <source>Enter the partner's sharing URL and our name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="341" />
        <source>Inviting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="354" />
        <source>End sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="355" />
        <source>End the agreement with %1? Shared tickets stop being synced, and sharing again takes a new invitation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="366" />
        <source>Ending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="408" />
        <source>Saving…</source>
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
        <location filename="../client/ui/SettingsWindow.cpp" line="37" />
        <source>Helpdesk settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="40" />
        <location filename="../client/ui/SettingsWindow.cpp" line="61" />
        <location filename="../client/ui/SettingsWindow.cpp" line="66" />
        <location filename="../client/ui/SettingsWindow.cpp" line="70" />
        <location filename="../client/ui/SettingsWindow.cpp" line="73" />
        <location filename="../client/ui/SettingsWindow.cpp" line="84" />
        <location filename="../client/ui/SettingsWindow.cpp" line="89" />
        <location filename="../client/ui/SettingsWindow.cpp" line="95" />
        <location filename="../client/ui/SettingsWindow.cpp" line="105" />
        <location filename="../client/ui/SettingsWindow.cpp" line="112" />
        <location filename="../client/ui/SettingsWindow.cpp" line="116" />
        <location filename="../client/ui/SettingsWindow.cpp" line="167" />
        <location filename="../client/ui/SettingsWindow.cpp" line="170" />
        <location filename="../client/ui/SettingsWindow.cpp" line="173" />
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="41" />
        <location filename="../client/ui/SettingsWindow.cpp" line="63" />
        <location filename="../client/ui/SettingsWindow.cpp" line="68" />
        <location filename="../client/ui/SettingsWindow.cpp" line="70" />
        <location filename="../client/ui/SettingsWindow.cpp" line="81" />
        <location filename="../client/ui/SettingsWindow.cpp" line="87" />
        <location filename="../client/ui/SettingsWindow.cpp" line="93" />
        <location filename="../client/ui/SettingsWindow.cpp" line="103" />
        <location filename="../client/ui/SettingsWindow.cpp" line="110" />
        <location filename="../client/ui/SettingsWindow.cpp" line="114" />
        <location filename="../client/ui/SettingsWindow.cpp" line="176" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="42" />
        <source>E-mail addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="43" />
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="59" />
        <source>Agents (e-mail: read or full, one per line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="62" />
        <location filename="../client/ui/SettingsWindow.cpp" line="75" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="64" />
        <location filename="../client/ui/SettingsWindow.cpp" line="69" />
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="67" />
        <location filename="../client/ui/SettingsWindow.cpp" line="98" />
        <location filename="../client/ui/SettingsWindow.cpp" line="109" />
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="72" />
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="74" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="77" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="83" />
        <source>Keyword (after ::)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="86" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="90" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="92" />
        <source>Holidays (YYYY-MM-DD, …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="99" />
        <source>First response (business minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="100" />
        <source>Update (business minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="101" />
        <source>Solution (business minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="102" />
        <source>Warn before (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="106" />
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="117" />
        <source>Protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="118" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="119" />
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="120" />
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="121" />
        <location filename="../client/ui/SettingsWindow.cpp" line="150" />
        <source>Check the certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="122" />
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="123" />
        <source>Password (empty: unchanged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="124" />
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="125" />
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="126" />
        <source>Poll every (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="127" />
        <source>Unknown senders open tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="128" />
        <source>Attach the original .eml</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="135" />
        <source>POP3: delete processed mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="136" />
        <source>IMAP: folder for processed mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="137" />
        <source>IMAP: folder for failed mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="138" />
        <source>Disable after failed connections (0: never)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="140" />
        <source>System address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="141" />
        <source>System name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="142" />
        <source>No-reply address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="143" />
        <source>Public address of the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="144" />
        <source>Ticket tag in subjects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="145" />
        <source>Automatic replies per recipient and hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="146" />
        <source>Largest accepted message (bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="147" />
        <source>SMTP server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="148" />
        <source>SMTP port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="149" />
        <source>SMTP security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="151" />
        <source>SMTP user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="152" />
        <source>SMTP password (empty: unchanged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="153" />
        <source>SMTP timeout (seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="165" />
        <source>Tag (type a new name and save to rename; an existing name merges)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="167" />
        <source>Acts as (an agent's e-mail; empty: you)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="172" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="174" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="175" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="182" />
        <location filename="../client/ui/SettingsWindow.cpp" line="213" />
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="214" />
        <source>States</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="183" />
        <location filename="../client/ui/SettingsWindow.cpp" line="215" />
        <source>Priorities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="184" />
        <location filename="../client/ui/SettingsWindow.cpp" line="216" />
        <source>Ticket types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="217" />
        <source>Custom fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="218" />
        <source>Text modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="96" />
        <location filename="../client/ui/SettingsWindow.cpp" line="219" />
        <source>Business hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="45" />
        <source>Mail to customers asks for a rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="46" />
        <source>Words before a reply's rating link (empty: the default in the customer's language)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="48" />
        <source>Offered on the requester portal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="49" />
        <source>Description for customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="51" />
        <source>Language of mail to unknown senders (empty: the desk's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="53" />
        <source>Acknowledge a request only once an agent takes it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="54" />
        <source>The acknowledgement links to the requester portal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <source>…only for requesters of these domains (empty: everyone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="56" />
        <source>Web form on (a contact form sites embed; no account needed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="57" />
        <source>Sites that may embed the web form (https://…, comma separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <source>Web form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="76" />
        <source>Options (comma separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="78" />
        <source>Customers fill it in (new requests on the portal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="80" />
        <source>Owned by integration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="85" />
        <source>Folder (groups modules in the composer; empty: none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="91" />
        <source>Weekly hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="97" />
        <source>Applies to (nothing chosen: all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="107" />
        <source>When (all must hold)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="108" />
        <source>Then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="113" />
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="129" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="130" />
        <source>State of new tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="131" />
        <source>Priority of new tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="132" />
        <source>State when the customer replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="133" />
        <source>Priority when the customer replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="134" />
        <source>Changes recorded as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="156" />
        <source>Offer customers the requester portal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="157" />
        <source>Sign in with the user header of a trusted reverse proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="158" />
        <source>User header (e.g. X-Remote-User)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="159" />
        <source>Trusted proxy addresses (empty: the server's --trusted-proxy list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="161" />
        <source>Kerberos realm to mail domain (REALM=domain, …); a name with an address signs in by e-mail, a bare name by the part before @</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="170" />
        <source>Members see each other's tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="185" />
        <location filename="../client/ui/SettingsWindow.cpp" line="229" />
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="187" />
        <source>State is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="188" />
        <source>Group is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="189" />
        <source>Priority is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="190" />
        <source>Type is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="191" />
        <source>Has all tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="192" />
        <source>Has none of the tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="193" />
        <source>Title contains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="194" />
        <source>Sender's address contains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="195" />
        <source>SLA breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="196" />
        <source>Unchanged for (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="197" />
        <source>Pending time passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="199" />
        <source>Set state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="200" />
        <source>Set priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="201" />
        <source>Move to group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="202" />
        <source>Assign to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="203" />
        <source>Set type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="204" />
        <source>Add tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="205" />
        <source>Remove tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="206" />
        <source>Add an internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="207" />
        <source>Send an e-mail to (customer, owner or an address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="209" />
        <source>E-mail subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="210" />
        <source>E-mail text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="211" />
        <source>Notify the agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="220" />
        <source>SLAs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="221" />
        <source>Triggers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="222" />
        <source>Macros</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="223" />
        <source>Mailboxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="224" />
        <source>Outgoing mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="225" />
        <source>Web pages and sign-on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="226" />
        <source>Partner desks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="227" />
        <source>Integrations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="228" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="230" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="231" />
        <source>API tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="232" />
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="257" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="257" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="257" />
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="258" />
        <source>Quarantined messages (interpreting them stopped the server):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="260" />
        <source>Retry message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="261" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="262" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="264" />
        <source>Poll now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="269" />
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="270" />
        <source>Send a test mail…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="271" />
        <source>Send an invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="272" />
        <source>Mail templates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="273" />
        <source>Signature…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="324" />
        <source>Polling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="339" />
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="345" />
        <source>Send a test mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="345" />
        <source>To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="347" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="366" />
        <source>OK: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="366" />
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="413" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="416" />
        <source>New token (copy it now, it is not shown again): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="430" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="467" />
        <source>Remove from all tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="467" />
        <source>Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="488" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="488" />
        <source>Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Acts as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Last used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="514" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="514" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="554" />
        <location filename="../client/ui/SettingsWindow.cpp" line="584" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="688" />
        <source>Queueing the message again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="799" />
        <source>Choose the tag to rename in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="803" />
        <source>Renaming…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="810" />
        <source>A token cannot be changed: revoke it and create a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="813" />
        <source>Creating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="818" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="825" />
        <source>Removing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="828" />
        <source>Revoking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="837" />
        <source>Save the group first, then edit its mail templates.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::SharingClient</name>
    <message>
        <location filename="../client/core/SharingClient.cpp" line="19" />
        <source>Sharing is arranged on the server; it is not reachable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::SignatureClient</name>
    <message>
        <location filename="../client/core/SignatureClient.cpp" line="32" />
        <source>Signatures are kept on the server; it is not reachable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::SignatureDialog</name>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="19" />
        <source>Signature of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="24" />
        <source>Placeholders: {agent_name}, {group_name}, {customer_name}, {ticket_number}, {ticket_title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="28" />
        <source>The group's signature only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="29" />
        <source>The agent's signature only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="30" />
        <source>Both: the agent's, then the group's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="34" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="40" />
        <source>Signature of replies by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="42" />
        <source>Replies carry (for every agent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="62" />
        <location filename="../client/ui/SignatureDialog.cpp" line="64" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="74" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::StatusMapDialog</name>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="30" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="32" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="34" />
        <source>Waiting (reminder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="36" />
        <source>Waiting to close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="38" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="39" />
        <source>Merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="81" />
        <source>Status map for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="82" />
        <location filename="../client/ui/StatusMapDialog.cpp" line="90" />
        <source>Our state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="82" />
        <source>Word we send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="90" />
        <source>Partner's word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="98" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="102" />
        <source>Save status map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="107" />
        <source>What we send the partner for a ticket in each of our states:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="109" />
        <source>Which state each of the partner's words puts a ticket in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="129" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="157" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="179" />
        <source>What we send for “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="181" />
        <source>What “%1” means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="184" />
        <source>Not saved. %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="186" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::TicketActions</name>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="67" />
        <source>Reply to #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="84" />
        <source>Note on #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="97" />
        <source>Phone call on #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="111" />
        <location filename="../client/core/TicketActions.cpp" line="182" />
        <source>Change %1 of #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="124" />
        <source>Tags of #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="200" />
        <source>Merge #%1 into #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="215" />
        <source>Link #%1 to #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="232" />
        <source>Split an article of #%1 into a new ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="246" />
        <source>Add %1 to the watchers of #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="247" />
        <source>Watch #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="261" />
        <source>Remove %1 from the watchers of #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="262" />
        <source>Stop watching #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="274" />
        <source>Macro "%1" on #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="301" />
        <source>New customer %1 &lt;%2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="330" />
        <source>New ticket for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="361" />
        <source>The history is shown when the server is reachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="383" />
        <source>system</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::TicketContext</name>
    <message>
        <location filename="../client/core/TicketContext.cpp" line="49" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/core/TicketContext.cpp" line="49" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="472" />
        <source>A change of yours waits to be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="474" />
        <source>Not opened yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="476" />
        <source>Changed since you last looked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="514" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="515" />
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="516" />
        <source>%1 d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="517" />
        <source>%1 late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="517" />
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="526" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="528" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="530" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="532" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="534" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="536" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="538" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="540" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="542" />
        <source>SLA due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="544" />
        <source>Shared</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::TicketSharingBar</name>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="30" />
        <source>Share with…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="32" />
        <source>Stop sharing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="111" />
        <source>Share with partner desks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="128" />
        <source>(no partner desk to share with: an admin invites partners in the settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="143" />
        <source>Stop sharing with</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::TicketView</name>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="69" />
        <source>e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="71" />
        <source>phone call (in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="73" />
        <source>phone call (out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="75" />
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="76" />
        <source>web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="84" />
        <source>through the channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="120" />
        <source>delivered to the channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="120" />
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="123" />
        <source>not delivered to the channel: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="123" />
        <source>not sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="124" />
        <source>no reason given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="126" />
        <source>queued for the channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="126" />
        <source>queued for sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="128" />
        <source>retrying (attempts so far: %1), the last failed with %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="130" />
        <source>sending (attempts so far: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="145" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="146" />
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="147" />
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="155" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="156" />
        <location filename="../client/ui/TicketView.cpp" line="1207" />
        <source>integration %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="205" />
        <source>tags, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="206" />
        <source>&amp;Take</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="207" />
        <source>Become the owner (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="214" />
        <source>State / priority / type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="219" />
        <source>Group / owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="220" />
        <source>Macros</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="232" />
        <source>(no macros defined)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="234" />
        <source>Merge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="235" />
        <source>Link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="241" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="244" />
        <source>Watchers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="252" />
        <source>Remote images in this ticket are blocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="253" />
        <source>Show remote images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="266" />
        <location filename="../client/ui/TicketView.cpp" line="664" />
        <source>Reply by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="267" />
        <source>Reply to all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="268" />
        <source>Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="269" />
        <source>Internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="270" />
        <source>Phone call (in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="271" />
        <source>Phone call (out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="276" />
        <location filename="../client/ui/TicketView.cpp" line="1018" />
        <source>Time spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="280" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="281" />
        <source>Minutes worked on this reply (accounted on the ticket)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="303" />
        <source>%1: %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="306" />
        <location filename="../client/ui/TicketView.cpp" line="603" />
        <source>Time accounted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="313" />
        <source>Double-click removes an attachment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="330" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="331" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="336" />
        <location filename="../client/ui/TicketView.cpp" line="1082" />
        <source>the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="342" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="343" />
        <source>Cc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="364" />
        <source>Bold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="367" />
        <source>Italic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="368" />
        <source>Bulleted list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="370" />
        <source>Attach…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="373" />
        <location filename="../client/ui/TicketView.cpp" line="1275" />
        <location filename="../client/ui/TicketView.cpp" line="1282" />
        <source>Attach files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="393" />
        <source>Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="394" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="576" />
        <source>Customer's rating of a reply: %1 %2 of 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="577" />
        <source>Customer's rating: %1 %2 of 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="590" />
        <source>This ticket is no longer visible to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="609" />
        <source>(no type)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="610" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="619" />
        <source>%1 due %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="623" />
        <source>First response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="624" />
        <source>Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="625" />
        <source>Solution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="637" />
        <source>Came by custom channel %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="639" />
        <source>Came by the channel “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="641" />
        <source>Came by the channel “%1” of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="644" />
        <source>Ids in integrations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="652" />
        <source>ids: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="653" />
        <source>Customer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="664" />
        <source>Reply to the channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="671" />
        <source>The reply goes to the outside system of custom channel %1, not by e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="672" />
        <source>The reply goes to the channel “%1”, not by e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="729" />
        <source>internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="731" />
        <source>waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="736" />
        <source>unverified sender: not confirmed by the desk's mail server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="849" />
        <source>Show quoted text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="859" />
        <source>Hide quoted text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="929" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="929" />
        <source>%1 could not be fetched from the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="959" />
        <source>Split into new ticket…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="963" />
        <source>Only an article the server has can be split off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="988" />
        <source>Split into new ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="997" />
        <source>The article moves to a new ticket of the same customer; the rest stays here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="998" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="999" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1001" />
        <source>Split</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1017" />
        <source>Time spent (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1026" />
        <source>This group counts time: enter the minutes spent first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1042" />
        <source>Save attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1069" />
        <source>forward to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1074" />
        <source>---- Forwarded message from %1 (%2) ----</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1091" />
        <location filename="../client/ui/TicketView.cpp" line="1094" />
        <source>Merge ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1091" />
        <source>Merge this ticket into ticket number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1095" />
        <location filename="../client/ui/TicketView.cpp" line="1114" />
        <source>Ticket %1 is not among the tickets you can see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1104" />
        <location filename="../client/ui/TicketView.cpp" line="1108" />
        <location filename="../client/ui/TicketView.cpp" line="1113" />
        <source>Link ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1104" />
        <source>Link this ticket to ticket number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1107" />
        <source>related</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1107" />
        <source>parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1107" />
        <source>duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1108" />
        <source>Kind of link:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1212" />
        <source>Filled by %1: only it changes this field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1214" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1214" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1219" />
        <source>(not filled yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1220" />
        <source>%1 (from %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1231" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1276" />
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1283" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1335" />
        <source>Forward of #%1 to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::TwoFactorDialog</name>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="33" />
        <source>Two-factor sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="34" />
        <source>Asking the server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="54" />
        <source>Turn on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="56" />
        <source>Scan the QR code with an authenticator app (or type the key into it), then enter the 6-digit code it shows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="62" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="63" />
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="64" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="71" />
        <source>Two-factor sign-in is on. Keep these recovery codes somewhere safe: each signs you in once if you lose your phone. They are not shown again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="90" />
        <source>Turn off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="92" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="93" />
        <source>Code or recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="115" />
        <source>Two-factor sign-in is off: your password alone signs you in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="141" />
        <source>Your role signs in with two factors: set up an authenticator app to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="142" />
        <source>Two-factor sign-in is off. Turn it on to ask for a code from your phone after the password.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/TwoFactorDialog.cpp" line="147" />
        <source>Two-factor sign-in is on; %n recovery code(s) left.</source>
        <translation><numerusform>Two-factor sign-in is on; %n recovery code left.</numerusform><numerusform>Two-factor sign-in is on; %n recovery codes left.</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="150" />
        <source>Your role requires it: it cannot be turned off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="170" />
        <source>Two-factor sign-in is on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="173" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::UnreadTray</name>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="20" />
        <source>Open Helpdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="32" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../client/ui/UnreadTray.cpp" line="62" />
        <source>Helpdesk — %n unread ticket(s)</source>
        <translation><numerusform>Helpdesk — %n unread ticket</numerusform><numerusform>Helpdesk — %n unread tickets</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="62" />
        <source>Helpdesk — nothing unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="71" />
        <source>I am back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="71" />
        <source>I am away…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::ViewEditorDialog</name>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="75" />
        <source>Edit view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="75" />
        <source>New view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="79" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="81" />
        <source>Only me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="83" />
        <source>Shared with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="86" />
        <source>Who sees it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="88" />
        <source>Tickets matching every condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="89" />
        <source>Tickets matching any condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="91" />
        <source>Shows:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="100" />
        <source>Conditions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="101" />
        <source>Add condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="155" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="156" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="152" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="154" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="162" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="161" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <source>SLA due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="119" />
        <source>Descending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="120" />
        <source>Ascending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="125" />
        <source>Sort by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="126" />
        <source>Columns (none: the inbox's own):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="153" />
        <source>State type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="157" />
        <source>Customer (ids)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="158" />
        <source>Organization (ids)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="159" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="160" />
        <source>SLA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="163" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="164" />
        <source>Shared with a partner desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="165" />
        <source>Text search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="174" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="209" />
        <source>has any of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="210" />
        <source>has all of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="211" />
        <source>has none of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="213" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="226" />
        <source>is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="214" />
        <source>is not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="215" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="230" />
        <source>is one of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="216" />
        <source>contains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="217" />
        <source>is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="219" />
        <source>is breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="220" />
        <source>is due within (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="222" />
        <source>in the last (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="223" />
        <source>before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="224" />
        <source>on or after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="228" />
        <source>matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="231" />
        <source>is none of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="244" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="245" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="270" />
        <source>Me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="270" />
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="273" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="274" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="275" />
        <source>Pending reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="276" />
        <source>Pending close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="277" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="278" />
        <source>Merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="281" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="282" />
        <source>Phone call in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="283" />
        <source>Phone call out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="284" />
        <source>Web</source>
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
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="36" />
        <source>My views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="36" />
        <source>Shared with %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::WatchersBar</name>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="27" />
        <source>Add watcher…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="41" />
        <source>(every agent watches it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="81" />
        <source>No one watches this ticket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="91" />
        <source>%1 gets this ticket's customer follow-ups. Click to remove.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="98" />
        <source>Stop watching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="98" />
        <source>Watch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="99" />
        <source>Stop getting this ticket's customer follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="100" />
        <source>Get this ticket's customer follow-ups, as its owner does</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>helpdesk::client::WebFormEditor</name>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="24" />
        <source>Copy the HTML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="26" />
        <source>Make a new address when saving (the current one stops working)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="82" />
        <source>Contact form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="82" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="87" />
        <source>The form's address is made when the group is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="88" />
        <source>Address: %1</source>
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
        <location filename="../client/ui/SettingsEditors.cpp" line="57" />
        <source>Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="57" />
        <source>Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="57" />
        <source>Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="61" />
        <source>closed (e.g. 08:00-12:00, 13:00-17:00)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="90" />
        <source>%1: "%2" is not a range such as 08:00-12:00</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>