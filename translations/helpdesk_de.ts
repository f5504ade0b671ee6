<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>SharedPartnerText</name>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="19" />
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="21" />
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="22" />
        <source>in sync</source>
        <translation>abgeglichen</translation>
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="28" />
        <source>Shared by %1 · %2</source>
        <translation>Geteilt von %1 · %2</translation>
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="29" />
        <source>Shared with %1 · %2</source>
        <translation>Geteilt mit %1 · %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AccountSession</name>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="83" />
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App oder einen Ihrer Wiederherstellungscodes ein.</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="86" />
        <source>That code is wrong, expired or already used. Enter the code the app shows now.</source>
        <translation>Dieser Code ist falsch, abgelaufen oder schon benutzt. Geben Sie den Code ein, den die App jetzt zeigt.</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="95" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation>Diese Anwendung ist für Agenten; Kunden nutzen E-Mail oder die Webseite.</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="205" />
        <source>Cannot open the local cache %1: %2</source>
        <translation>Der lokale Zwischenspeicher %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="325" />
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AdminClient</name>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="78" />
        <location filename="../client/core/AdminClient.cpp" line="174" />
        <location filename="../client/core/AdminClient.cpp" line="345" />
        <source>Settings are changed on the server; it is not reachable.</source>
        <translation>Einstellungen ändert der Server; er ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="146" />
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="247" />
        <location filename="../client/core/AdminClient.cpp" line="391" />
        <location filename="../client/core/AdminClient.cpp" line="433" />
        <source>The server is not reachable.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="257" />
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="287" />
        <location filename="../client/core/AdminClient.cpp" line="329" />
        <source>%1 is no agent of this desk</source>
        <translation>%1 ist kein Agent dieses Helpdesks</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="405" />
        <source>%1 fetched, %2 new tickets, %3 follow-ups, %4 failed</source>
        <translation>%1 abgeholt, %2 neue Tickets, %3 Folgenachrichten, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="440" />
        <source>The message is queued again.</source>
        <translation>Die Nachricht ist erneut eingereiht.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AgentWorkspace</name>
    <message>
        <location filename="../client/core/AgentWorkspace.cpp" line="49" />
        <source>New view "%1"</source>
        <translation>Neue Ansicht „%1“</translation>
    </message>
    <message>
        <location filename="../client/core/AgentWorkspace.cpp" line="58" />
        <source>Change of view "%1"</source>
        <translation>Änderung der Ansicht „%1“</translation>
    </message>
    <message>
        <location filename="../client/core/AgentWorkspace.cpp" line="65" />
        <source>Deletion of view "%1"</source>
        <translation>Löschen der Ansicht „%1“</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentPreview</name>
    <message>
        <location filename="../client/ui/AttachmentPreview.cpp" line="102" />
        <source>Preview of %1</source>
        <translation>Vorschau von %1</translation>
    </message>
    <message>
        <location filename="../client/ui/AttachmentPreview.cpp" line="118" />
        <source>This PDF cannot be shown: it is damaged or protected.</source>
        <translation>Dieses PDF kann nicht angezeigt werden: Es ist beschädigt oder geschützt.</translation>
    </message>
    <message>
        <location filename="../client/ui/AttachmentPreview.cpp" line="124" />
        <source>This image cannot be shown.</source>
        <translation>Dieses Bild kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentTransfer</name>
    <message>
        <location filename="../client/core/AttachmentTransfer.cpp" line="82" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AwayDialog</name>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="20" />
        <location filename="../client/ui/AwayDialog.cpp" line="46" />
        <source>I am away</source>
        <translation>Ich bin abwesend</translation>
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="21" />
        <source>While you are away, customers' follow-ups on your tickets go to the colleague you choose, or to the ticket's group.</source>
        <translation>Während Sie abwesend sind, gehen Folgenachrichten von Kunden zu Ihren Tickets an den Kollegen Ihrer Wahl oder an die Gruppe des Tickets.</translation>
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="25" />
        <source>Back on</source>
        <translation>Zurück am</translation>
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="37" />
        <source>(the ticket's group)</source>
        <translation>(die Gruppe des Tickets)</translation>
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="44" />
        <source>Follow-ups go to</source>
        <translation>Folgenachrichten an</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AwayStatus</name>
    <message>
        <location filename="../client/core/AwayStatus.cpp" line="79" />
        <source>Marked away</source>
        <translation>Abwesenheit eingetragen</translation>
    </message>
    <message>
        <location filename="../client/core/AwayStatus.cpp" line="79" />
        <source>Marked back</source>
        <translation>Rückkehr eingetragen</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="295" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation>Der Zwischenspeicher stammt von einem neueren Client (Schema %1, dieser kennt %2).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CommandPalette</name>
    <message>
        <location filename="../client/ui/CommandPalette.cpp" line="43" />
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location filename="../client/ui/CommandPalette.cpp" line="46" />
        <source>Type an action, a view or a ticket number</source>
        <translation>Aktion, Ansicht oder Ticketnummer eingeben</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CustomerSidebar</name>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="113" />
        <source>Show the customer</source>
        <translation>Kunden anzeigen</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="113" />
        <source>Hide the customer</source>
        <translation>Kunden ausblenden</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="142" />
        <source>organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="143" />
        <source>of %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="158" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="159" />
        <source>integration %1</source>
        <translation>Integration %1</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="161" />
        <source>Ids in integrations: %1</source>
        <translation>Kennungen in Integrationen: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="165" />
        <source>No other tickets of this customer</source>
        <translation>Keine weiteren Tickets dieses Kunden</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="166" />
        <source>Other tickets of this customer (%1)</source>
        <translation>Weitere Tickets dieses Kunden (%1)</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="172" />
        <source>Other tickets of the organization (%1)</source>
        <translation>Weitere Tickets der Organisation (%1)</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="173" />
        <source>Other tickets of %1 (%2)</source>
        <translation>Weitere Tickets von %1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="186" />
        <source>%1, updated %2</source>
        <translation>%1, aktualisiert %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardClient</name>
    <message>
        <location filename="../client/core/DashboardClient.cpp" line="18" />
        <source>Dashboards are computed by the server; it is not reachable.</source>
        <translation>Dashboards berechnet der Server; er ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="128" />
        <source>Helpdesk dashboards</source>
        <translation>Helpdesk-Dashboards</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="131" />
        <source>Last %n day(s)</source>
        <translation><numerusform>Letzter %n Tag</numerusform><numerusform>Letzte %n Tage</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="134" />
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="137" />
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="141" />
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="143" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="149" />
        <source>Open tickets by group</source>
        <translation>Offene Tickets nach Gruppe</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="150" />
        <source>New and closed per day</source>
        <translation>Neu und geschlossen pro Tag</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="151" />
        <source>SLA breaches</source>
        <translation>SLA-Verletzungen</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="152" />
        <source>Open tickets per agent</source>
        <translation>Offene Tickets pro Agent</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="153" />
        <source>Age of the open tickets</source>
        <translation>Alter der offenen Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="154" />
        <source>Customer ratings by agent</source>
        <translation>Kundenbewertungen nach Agent</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="205" />
        <source>Export the panels as CSV</source>
        <translation>Panels als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="241" />
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="243" />
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="244" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="246" />
        <source>&lt;h3&gt;Response and resolution&lt;/h3&gt;&lt;p&gt;First response: median %1, 90% within %2 (SLA %3)&lt;/p&gt;&lt;p&gt;Resolution: median %4, 90% within %5 (SLA %6)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reaktion und Lösung&lt;/h3&gt;&lt;p&gt;Erste Antwort: Median %1, 90% innerhalb %2 (SLA %3)&lt;/p&gt;&lt;p&gt;Lösung: Median %4, 90% innerhalb %5 (SLA %6)&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="266" />
        <source>%1★ %2</source>
        <translation>%1★ %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="268" />
        <source>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n rating(s), average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation><numerusform>&lt;h3&gt;Kundenbewertungen&lt;/h3&gt;&lt;p&gt;%n Bewertung, durchschnittlich %1 von 5&lt;/p&gt;&lt;p&gt;%2% zufrieden (4 oder 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform><numerusform>&lt;h3&gt;Kundenbewertungen&lt;/h3&gt;&lt;p&gt;%n Bewertungen, durchschnittlich %1 von 5&lt;/p&gt;&lt;p&gt;%2% zufrieden (4 oder 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="278" />
        <source>average of 5</source>
        <translation>Durchschnitt von 5</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="286" />
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="288" />
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="319" />
        <location filename="../client/ui/DashboardWindow.cpp" line="323" />
        <location filename="../client/ui/DashboardWindow.cpp" line="325" />
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="321" />
        <source>breached</source>
        <translation>verletzt</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DeskNotifier</name>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="30" />
        <source>New ticket #%1</source>
        <translation>Neues Ticket #%1</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="36" />
        <source>Customer reply on #%1</source>
        <translation>Kundenantwort zu #%1</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="44" />
        <source>#%1 was assigned to you</source>
        <translation>#%1 wurde Ihnen zugewiesen</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="47" />
        <source>SLA warning on #%1</source>
        <translation>SLA-Warnung zu #%1</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="54" />
        <source>%1 mentioned you on #%2</source>
        <translation>%1 hat Sie in #%2 erwähnt</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="55" />
        <source>%1 mentioned you</source>
        <translation>%1 hat Sie erwähnt</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::InboxDelegate</name>
    <message>
        <location filename="../client/ui/InboxDelegate.cpp" line="132" />
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <location filename="../client/ui/InboxDelegate.cpp" line="217" />
        <source>(sending…)</source>
        <translation>(wird gesendet…)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::IntegrationClient</name>
    <message>
        <location filename="../client/core/IntegrationClient.cpp" line="19" />
        <source>Integrations are arranged on the server; it is not reachable.</source>
        <translation>Integrationen werden auf dem Server eingerichtet; er ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::IntegrationsPane</name>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="86" />
        <source>Ticket created</source>
        <translation>Ticket erstellt</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="87" />
        <source>Ticket changed</source>
        <translation>Ticket geändert</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="88" />
        <source>Public reply of an agent</source>
        <translation>Öffentliche Antwort eines Agenten</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="89" />
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="90" />
        <source>Message of the customer</source>
        <translation>Nachricht des Kunden</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="782" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="782" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="136" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="520" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="378" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <source>Allowed networks</source>
        <translation>Erlaubte Netze</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <source>Log kept (days)</source>
        <translation>Protokoll aufbewahrt (Tage)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="106" />
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="112" />
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="115" />
        <source>Active (off: no webhook is sent)</source>
        <translation>Aktiv (aus: kein Webhook wird gesendet)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="119" />
        <source>e.g. 10.1.0.0/16, 192.0.2.7 (empty: any)</source>
        <translation>z. B. 10.1.0.0/16, 192.0.2.7 (leer: beliebig)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="133" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="134" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="138" />
        <source>Its API calls may come from</source>
        <translation>Ihre API-Aufrufe dürfen kommen von</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="139" />
        <source>Keep its log (days)</source>
        <translation>Protokoll aufbewahren (Tage)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="206" />
        <source>Deliveries of the selected webhook or channel:</source>
        <translation>Zustellungen des gewählten Webhooks oder Kanals:</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="244" />
        <source>New lookup secret</source>
        <translation>Neues Abfragegeheimnis</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="245" />
        <source>Give %1 a new lookup secret? From now on only the new one signs the desk's lookups: the system needs it.</source>
        <translation>%1 ein neues Abfragegeheimnis geben? Ab jetzt signiert nur noch das neue die Abfragen des Helpdesks: Das System braucht es.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="298" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="310" />
        <source>Saved. Copy the lookup secret now: it is not shown again.</source>
        <translation>Gespeichert. Kopieren Sie das Abfragegeheimnis jetzt: Es wird nicht wieder angezeigt.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="369" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="377" />
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="489" />
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="489" />
        <source>Dead</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Receiver down until</source>
        <translation>Empfänger gestört bis</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="364" />
        <source>Webhook of the selected integration</source>
        <translation>Webhook der gewählten Integration</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="367" />
        <source>https://system.example/hooks/helpdesk</source>
        <translation>https://system.example/hooks/helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="383" />
        <source>Secret (shown only now; the receiver checks signatures with it):</source>
        <translation>Geheimnis (nur jetzt angezeigt; der Empfänger prüft damit die Signaturen):</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="389" />
        <source>Add webhook</source>
        <translation>Webhook hinzufügen</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="390" />
        <source>Save webhook</source>
        <translation>Webhook speichern</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="391" />
        <source>Send a test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="126" />
        <source>https://system.example/helpdesk/lookup (empty: never asked)</source>
        <translation>https://system.example/helpdesk/lookup (leer: nie gefragt)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="128" />
        <source>Lookup secret (shown only now; the system checks the lookups' signatures with it):</source>
        <translation>Abfragegeheimnis (nur jetzt angezeigt; das System prüft damit die Signaturen der Abfragen):</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="132" />
        <source>New lookup secret…</source>
        <translation>Neues Abfragegeheimnis…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="140" />
        <source>Ask for its fields' values at</source>
        <translation>Werte seiner Felder abfragen bei</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="151" />
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="152" />
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Last status</source>
        <translation>Letzter Status</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="159" />
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="159" />
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="164" />
        <source>Test event</source>
        <translation>Testereignis</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="166" />
        <source>Reply through the channel</source>
        <translation>Antwort über den Kanal</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="171" />
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="173" />
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="175" />
        <source>given up</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="180" />
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Time (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="187" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="187" />
        <source>Payload</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="190" />
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="190" />
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="192" />
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="200" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Deliveries of the selected webhook:</source>
        <translation>Zustellungen des gewählten Webhooks:</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="210" />
        <source>Log of the selected integration (every call, either way):</source>
        <translation>Protokoll der gewählten Integration (jeder Aufruf, in beide Richtungen):</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="409" />
        <source>Sending a test event…</source>
        <translation>Testereignis wird gesendet…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="255" />
        <source>Sending again…</source>
        <translation>Wird erneut gesendet…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="297" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="461" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="597" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="461" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="597" />
        <source>Saved. Copy the secret now: it is not shown again.</source>
        <translation>Gespeichert. Kopieren Sie das Geheimnis jetzt: Es wird nicht wieder angezeigt.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="476" />
        <source>Test event queued; see its delivery below.</source>
        <translation>Testereignis eingereiht; seine Zustellung steht unten.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="314" />
        <source>Queued to be sent again.</source>
        <translation>Zum erneuten Senden eingereiht.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="333" />
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="334" />
        <source>Not done (%1): %2</source>
        <translation>Nicht ausgeführt (%1): %2</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="496" />
        <source>Omnidesk</source>
        <translation>Omnidesk</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="496" />
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="503" />
        <source>Channel of the selected integration</source>
        <translation>Kanal der gewählten Integration</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="508" />
        <source>https://system.example/hooks/replies</source>
        <translation>https://system.example/hooks/replies</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="514" />
        <source>Helpdesk (this desk's webhook body)</source>
        <translation>Helpdesk (der Webhook-Inhalt dieses Helpdesks)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="515" />
        <source>Omnidesk (as Omnidesk posts to a custom channel)</source>
        <translation>Omnidesk (wie Omnidesk an einen eigenen Kanal sendet)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="516" />
        <source>Active (off: its calls are refused and replies wait)</source>
        <translation>Aktiv (aus: seine Aufrufe werden abgewiesen und Antworten warten)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="521" />
        <source>Replies go to</source>
        <translation>Antworten gehen an</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="522" />
        <source>Its tickets open in</source>
        <translation>Seine Tickets öffnen in</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="523" />
        <source>Replies are sent as</source>
        <translation>Antworten werden gesendet als</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="527" />
        <source>Secret (shown only now; the system checks the replies' signatures with it):</source>
        <translation>Geheimnis (nur jetzt angezeigt; das System prüft damit die Signaturen der Antworten):</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="533" />
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="534" />
        <source>Save channel</source>
        <translation>Kanal speichern</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="536" />
        <source>Delete channel…</source>
        <translation>Kanal löschen…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="556" />
        <source>Give the channel %1 a new secret? From now on only the new one signs the replies sent through it: the system needs it.</source>
        <translation>Dem Kanal %1 ein neues Geheimnis geben? Ab jetzt signiert nur noch das neue die über ihn gesendeten Antworten: Das System braucht es.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="566" />
        <source>Delete channel</source>
        <translation>Kanal löschen</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="567" />
        <source>Delete the channel %1? Replies still waiting to be sent through it are dropped; its tickets stay, as ordinary tickets.</source>
        <translation>Den Kanal %1 löschen? Antworten, die noch auf das Senden über ihn warten, entfallen; seine Tickets bleiben als gewöhnliche Tickets.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="834" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="853" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="863" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="879" />
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="392" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="535" />
        <source>New secret…</source>
        <translation>Neues Geheimnis…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="393" />
        <source>Delete webhook…</source>
        <translation>Webhook löschen…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="415" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="555" />
        <source>New secret</source>
        <translation>Neues Geheimnis</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="426" />
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="468" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="604" />
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="416" />
        <source>Give the webhook at %1 a new secret? From now on only the new one signs its deliveries: the receiver needs it.</source>
        <translation>Dem Webhook an %1 ein neues Geheimnis geben? Ab jetzt signiert nur noch das neue seine Zustellungen: Der Empfänger braucht es.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="427" />
        <source>Delete the webhook at %1? What still waits to be sent to it is dropped; its log stays.</source>
        <translation>Den Webhook an %1 löschen? Was noch auf das Senden an ihn wartet, entfällt; sein Protokoll bleibt.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="91" />
        <source>Rating given</source>
        <translation>Bewertung abgegeben</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="92" />
        <source>Rating changed</source>
        <translation>Bewertung geändert</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="93" />
        <source>Ticket rated as a whole</source>
        <translation>Ticket als Ganzes bewertet</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="25" />
        <source>Sign in to Helpdesk</source>
        <translation>Bei Helpdesk anmelden</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="39" />
        <source>agent@example.com</source>
        <translation>agent@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="45" />
        <source>6-digit code or a recovery code</source>
        <translation>6-stelliger Code oder ein Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="46" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="52" />
        <source>Sign in without encryption anyway</source>
        <translation>Trotzdem ohne Verschlüsselung anmelden</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="60" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="61" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="62" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="67" />
        <source>Forgot your password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="79" />
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="85" />
        <source>Sign in to your desk</source>
        <translation>Bei Ihrem Helpdesk anmelden</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="95" />
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="126" />
        <source>If %1 has an account on this server, a link to choose a new password is on its way there.</source>
        <translation>Wenn %1 ein Konto auf diesem Server hat, ist ein Link zum Festlegen eines neuen Passworts dorthin unterwegs.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="176" />
        <source>This connection is not encrypted: confirm below that you want to use it anyway, or use an https:// address.</source>
        <translation>Diese Verbindung ist nicht verschlüsselt: Bestätigen Sie unten, dass Sie sie trotzdem verwenden möchten, oder verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="216" />
        <source>%1 is reached over plain http: your password and every ticket you open, internal notes included, can be read and changed by anyone on the network in between. Use an https:// address if the server has one.</source>
        <translation>%1 wird über unverschlüsseltes http erreicht: Ihr Passwort und jedes Ticket, das Sie öffnen, interne Notizen eingeschlossen, kann jeder im Netz dazwischen lesen und verändern. Verwenden Sie eine https://-Adresse, wenn der Server eine hat.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="252" />
        <source>Your role signs in with two factors: set up an authenticator app to sign in.</source>
        <translation>Ihre Rolle meldet sich mit zwei Faktoren an: Richten Sie eine Authenticator-App ein, um sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="260" />
        <source>Enter the server's address, your e-mail and your password.</source>
        <translation>Geben Sie die Serveradresse, Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="166" />
        <location filename="../client/ui/LoginDialog.cpp" line="265" />
        <source>The server's address starts with https:// (or http://).</source>
        <translation>Die Adresse des Servers beginnt mit https:// (oder http://).</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="269" />
        <source>This connection is not encrypted: confirm below that you want to sign in anyway, or use an https:// address.</source>
        <translation>Diese Verbindung ist nicht verschlüsselt: Bestätigen Sie unten, dass Sie sich trotzdem anmelden möchten, oder verwenden Sie eine https://-Adresse.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MailTemplateClient</name>
    <message>
        <location filename="../client/core/MailTemplateClient.cpp" line="17" />
        <source>Mail templates are changed on the server; it is not reachable.</source>
        <translation>Mailvorlagen werden auf dem Server geändert; er ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MailTemplateEditor</name>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="33" />
        <source>Mail templates of %1</source>
        <translation>Mailvorlagen von %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="33" />
        <source>Mail templates of the whole desk</source>
        <translation>Mailvorlagen des ganzen Helpdesks</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="56" />
        <source>Preview shows the mail as the server writes it, with sample values.</source>
        <translation>Die Vorschau zeigt die Mail so, wie der Server sie schreibt, mit Beispielwerten.</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="60" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="73" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="61" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="62" />
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="63" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="66" />
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="68" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="69" />
        <source>Texts from</source>
        <translation>Herkunft der Texte</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="70" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="218" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="71" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="219" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="72" />
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="126" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="130" />
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="131" />
        <source>Not saved (%1): %2</source>
        <translation>Nicht gespeichert (%1): %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="179" />
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="185" />
        <source>Resetting…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="200" />
        <source>this group</source>
        <translation>diese Gruppe</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="200" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="201" />
        <source>the whole desk</source>
        <translation>der ganze Helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="202" />
        <source>the default text</source>
        <translation>der Standardtext</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="217" />
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="225" />
        <source>The template has a mistake; it cannot be saved like this.</source>
        <translation>Die Vorlage enthält einen Fehler; so kann sie nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="228" />
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MainWindow</name>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="58" />
        <location filename="../client/ui/MainWindow.cpp" line="941" />
        <source>Helpdesk — %1</source>
        <translation>Helpdesk — %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="65" />
        <source>Search number, title, customer, text (Ctrl+F)</source>
        <translation>Nummer, Titel, Kunde, Text suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="191" />
        <source>First sync: %1 tickets</source>
        <translation>Erste Synchronisierung: %1 Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="196" />
        <source>Not saved — %1: %2</source>
        <translation>Nicht gespeichert — %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="199" />
        <source>Attachment not saved: %1</source>
        <translation>Anhang nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="201" />
        <source>A message from the server could not be read (skipped): %1</source>
        <translation>Eine Nachricht des Servers war nicht lesbar (übersprungen): %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="205" />
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="206" />
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="211" />
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="216" />
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="216" />
        <source>%n change(s) not yet sent will be lost. Sign out anyway?</source>
        <translation><numerusform>%n noch nicht gesendete Änderung geht verloren. Trotzdem abmelden?</numerusform><numerusform>%n noch nicht gesendete Änderungen gehen verloren. Trotzdem abmelden?</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="222" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="223" />
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>&amp;New ticket by e-mail…</source>
        <translation>&amp;Neues Ticket per E-Mail…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="226" />
        <source>&amp;Save search as a view…</source>
        <translation>Suche als Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="227" />
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="233" />
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="234" />
        <source>&amp;Server settings…</source>
        <translation>&amp;Servereinstellungen…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="240" />
        <source>&amp;Two-factor sign-in…</source>
        <translation>&amp;Zwei-Faktor-Anmeldung…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="247" />
        <source>My &amp;signature…</source>
        <translation>Meine &amp;Signatur…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="258" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="271" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="271" />
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Remove this view</source>
        <translation>Diese Ansicht entfernen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="300" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="352" />
        <location filename="../client/ui/MainWindow.cpp" line="406" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nächstes / vorheriges Ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;antworten&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;interne Notiz&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;senden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ticket übernehmen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ticket schließen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;diese Liste&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>New ticket by e-mail</source>
        <translation>Neues Ticket per E-Mail</translation>
    </message>
    <message>
        <source>customer@example.com</source>
        <translation>kunde@example.com</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>A new ticket needs the customer's e-mail, a subject and a text.</source>
        <translation>Ein neues Ticket braucht die E-Mail des Kunden, einen Betreff und einen Text.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="423" />
        <source>Save search as a view</source>
        <translation>Suche als Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="424" />
        <source>Type a search first; the view shows its tickets.</source>
        <translation>Geben Sie zuerst eine Suche ein; die Ansicht zeigt deren Tickets.</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="484" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Status von %n Ticket setzen</numerusform><numerusform>Status von %n Tickets setzen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="483" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>%n Ticket zuweisen an</numerusform><numerusform>%n Tickets zuweisen an</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="507" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="485" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>%n Ticket in Gruppe verschieben</numerusform><numerusform>%n Tickets in Gruppe verschieben</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="224" />
        <source>&amp;New ticket…</source>
        <translation>&amp;Neues Ticket…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="279" />
        <source>New view…</source>
        <translation>Neue Ansicht…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="281" />
        <source>Edit view…</source>
        <translation>Ansicht bearbeiten…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="283" />
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="286" />
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="292" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="293" />
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="293" />
        <source>Delete the view "%1"?</source>
        <translation>Die Ansicht „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="301" />
        <source>&amp;Keyboard shortcuts (F1)</source>
        <translation>&amp;Tastenkürzel (F1)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="327" />
        <location filename="../client/ui/MainWindow.cpp" line="329" />
        <source>Next ticket</source>
        <translation>Nächstes Ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="328" />
        <location filename="../client/ui/MainWindow.cpp" line="330" />
        <source>Previous ticket</source>
        <translation>Vorheriges Ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="331" />
        <source>Open the ticket (focus its pane)</source>
        <translation>Ticket öffnen (in seinen Bereich wechseln)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="341" />
        <location filename="../client/ui/MainWindow.cpp" line="342" />
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="343" />
        <location filename="../client/ui/MainWindow.cpp" line="344" />
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="345" />
        <location filename="../client/ui/MainWindow.cpp" line="346" />
        <source>Assign the selected tickets to me</source>
        <translation>Ausgewählte Tickets mir zuweisen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="347" />
        <location filename="../client/ui/MainWindow.cpp" line="348" />
        <source>Close the selected tickets</source>
        <translation>Ausgewählte Tickets schließen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="349" />
        <location filename="../client/ui/MainWindow.cpp" line="350" />
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="351" />
        <location filename="../client/ui/MainWindow.cpp" line="844" />
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="401" />
        <source>Send (in the composer)</source>
        <translation>Senden (im Editor)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="486" />
        <source>Add or remove tags…</source>
        <translation>Schlagwörter hinzufügen oder entfernen…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="487" />
        <source>Merge into one ticket…</source>
        <translation>Zu einem Ticket zusammenführen…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="488" />
        <source>Apply macro</source>
        <translation>Makro anwenden</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="503" />
        <source>Me</source>
        <translation>Mich</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="548" />
        <source>(no macros)</source>
        <translation>(keine Makros)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="563" />
        <source>Tags of %n ticket(s)</source>
        <translation><numerusform>Schlagwörter von %n Ticket</numerusform><numerusform>Schlagwörter von %n Tickets</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="566" />
        <source>tags to add, separated by commas</source>
        <translation>hinzuzufügende Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="569" />
        <source>tags to remove, separated by commas</source>
        <translation>zu entfernende Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="571" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="572" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="597" />
        <source>Merge %n ticket(s)</source>
        <translation><numerusform>%n Ticket zusammenführen</numerusform><numerusform>%n Tickets zusammenführen</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="606" />
        <source>The other tickets' messages move into the one you keep; they are closed as merged.</source>
        <translation>Die Nachrichten der anderen Tickets wandern in das behaltene Ticket; diese werden als zusammengeführt geschlossen.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="607" />
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="609" />
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="635" />
        <source>Sort the tickets by</source>
        <translation>Tickets sortieren nach</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="642" />
        <source>Newest or largest first</source>
        <translation>Neueste oder größte zuerst</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="649" />
        <source>Sort:</source>
        <translation>Sortieren:</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="657" />
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="672" />
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="673" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="674" />
        <source>Tags…</source>
        <translation>Schlagwörter…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="675" />
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="676" />
        <source>Macro</source>
        <translation>Makro</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="683" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="685" />
        <source>&amp;Two lines per ticket</source>
        <translation>&amp;Zwei Zeilen pro Ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="686" />
        <source>&amp;Compact list</source>
        <translation>&amp;Kompakte Liste</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="696" />
        <source>Reading pane on the &amp;right</source>
        <translation>Lesebereich &amp;rechts</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="697" />
        <source>Reading pane &amp;below</source>
        <translation>Lesebereich &amp;unten</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="706" />
        <location filename="../client/ui/MainWindow.cpp" line="850" />
        <source>Command &amp;palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="859" />
        <source>Go to view: %1</source>
        <translation>Zur Ansicht wechseln: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="872" />
        <source>Go to ticket #%1</source>
        <translation>Zu Ticket #%1 wechseln</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="897" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n Änderung wartet auf das Senden</numerusform><numerusform>%n Änderungen warten auf das Senden</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="904" />
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="906" />
        <source>● Connecting…</source>
        <translation>● Verbinde…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="910" />
        <source>● Offline — working from the local copy</source>
        <translation>● Offline — Arbeit mit der lokalen Kopie</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="922" />
        <source>I am back</source>
        <translation>Ich bin zurück</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="940" />
        <source>(%1) Helpdesk — %2</source>
        <translation>(%1) Helpdesk — %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="952" />
        <location filename="../client/ui/MainWindow.cpp" line="961" />
        <source>I am &amp;away…</source>
        <translation>Ich bin ab&amp;wesend…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="961" />
        <source>I am &amp;back</source>
        <translation>Ich bin &amp;zurück</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="966" />
        <source>&amp;Notifications…</source>
        <translation>&amp;Benachrichtigungen…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="971" />
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="973" />
        <source>Like the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="974" />
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="975" />
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="1001" />
        <source>Away until %1</source>
        <translation>Abwesend bis %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="1002" />
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="1004" />
        <source> — follow-ups to %1</source>
        <translation> — Folgenachrichten an %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::NewTicketDialog</name>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="36" />
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="45" />
        <location filename="../client/ui/NewTicketDialog.cpp" line="85" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="46" />
        <source>Phone call in</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="47" />
        <source>Phone call out</source>
        <translation>Ausgehender Anruf</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="65" />
        <source>Name or e-mail of the customer</source>
        <translation>Name oder E-Mail des Kunden</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="74" />
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="81" />
        <source>customer@example.com</source>
        <translation>kunde@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="84" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="104" />
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="117" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="118" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="119" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="120" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="121" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="123" />
        <location filename="../client/ui/NewTicketDialog.cpp" line="183" />
        <location filename="../client/ui/NewTicketDialog.cpp" line="187" />
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="178" />
        <source>Your e-mail to the customer</source>
        <translation>Ihre E-Mail an den Kunden</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="179" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="182" />
        <source>What the caller asked for</source>
        <translation>Anliegen des Anrufers</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="186" />
        <source>What you told the customer on the phone</source>
        <translation>Was Sie dem Kunden am Telefon gesagt haben</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="198" />
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="211" />
        <source>Customer: %1 &lt;%2&gt;</source>
        <translation>Kunde: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="240" />
        <source>A new customer needs a name and an e-mail address.</source>
        <translation>Ein neuer Kunde braucht einen Namen und eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="242" />
        <source>Choose a customer from the list, type their e-mail address, or make a new customer.</source>
        <translation>Wählen Sie einen Kunden aus der Liste, geben Sie seine E-Mail-Adresse ein oder legen Sie einen neuen Kunden an.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="244" />
        <source>A new ticket needs a title.</source>
        <translation>Ein neues Ticket braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="246" />
        <source>Choose a group.</source>
        <translation>Wählen Sie eine Gruppe.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="248" />
        <source>Write the e-mail to the customer.</source>
        <translation>Schreiben Sie die E-Mail an den Kunden.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="249" />
        <source>Note what was said on the phone.</source>
        <translation>Notieren Sie, was am Telefon gesagt wurde.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::NotificationPreferences</name>
    <message>
        <location filename="../client/core/NotificationPreferences.cpp" line="40" />
        <location filename="../client/core/NotificationPreferences.cpp" line="58" />
        <source>Notification preferences are kept on the server; it is not reachable.</source>
        <translation>Benachrichtigungseinstellungen liegen auf dem Server; er ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::NotificationPreferencesDialog</name>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="17" />
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="19" />
        <source>A new ticket in my groups</source>
        <translation>Ein neues Ticket in meinen Gruppen</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="20" />
        <source>A customer replies on my ticket</source>
        <translation>Ein Kunde antwortet auf mein Ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="21" />
        <source>A ticket is assigned to me</source>
        <translation>Mir wird ein Ticket zugewiesen</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="22" />
        <source>A colleague mentions me</source>
        <translation>Ein Kollege erwähnt mich</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="23" />
        <source>An SLA deadline of my ticket comes near</source>
        <translation>Eine SLA-Frist meines Tickets rückt näher</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="27" />
        <source>&lt;b&gt;Desktop&lt;/b&gt;</source>
        <translation>&lt;b&gt;Desktop&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="28" />
        <source>&lt;b&gt;E-mail&lt;/b&gt;</source>
        <translation>&lt;b&gt;E-Mail&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="46" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="67" />
        <source>Reading your preferences…</source>
        <translation>Ihre Einstellungen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="91" />
        <source>Saving…</source>
        <translation>Speichere…</translation>
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
    <name>helpdesk::client::PartnerDesksPane</name>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Our role</source>
        <translation>Unsere Rolle</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Ended by</source>
        <translation>Beendet von</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="53" />
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="53" />
        <source>Waiting requests</source>
        <translation>Wartende Anfragen</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="57" />
        <source>we share our tickets</source>
        <translation>wir teilen unsere Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="57" />
        <source>the partner shares with us</source>
        <translation>der Partner teilt mit uns</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="60" />
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="62" />
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="64" />
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="66" />
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="69" />
        <source>the sender</source>
        <translation>der Absender</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="69" />
        <source>the receiver</source>
        <translation>der Empfänger</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="75" />
        <source>Invite a partner desk</source>
        <translation>Partner-Helpdesk einladen</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="78" />
        <source>https://partner.example/sharing</source>
        <translation>https://partner.example/sharing</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="81" />
        <source>Full delegation (the partner may answer our customers and solve tickets)</source>
        <translation>Volle Delegation (der Partner darf unseren Kunden antworten und Tickets lösen)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="83" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="98" />
        <source>Sync tags</source>
        <translation>Schlagwörter abgleichen</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="84" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="99" />
        <source>Sync custom fields</source>
        <translation>Benutzerdefinierte Felder abgleichen</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="85" />
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="88" />
        <source>Partner's sharing URL</source>
        <translation>Teilen-URL des Partners</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="89" />
        <source>Our name (as the partner sees it)</source>
        <translation>Unser Name (wie der Partner ihn sieht)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="96" />
        <source>Selected agreement</source>
        <translation>Ausgewählte Vereinbarung</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="97" />
        <source>Full delegation</source>
        <translation>Volle Delegation</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="102" />
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="104" />
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="106" />
        <source>End sharing…</source>
        <translation>Teilen beenden…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="108" />
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="110" />
        <source>Status map…</source>
        <translation>Statuszuordnung…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="116" />
        <source>Group for shared tickets</source>
        <translation>Gruppe für geteilte Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="129" />
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="129" />
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="131" />
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="139" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="152" />
        <source>Sync log of the selected agreement:</source>
        <translation>Abgleichprotokoll der ausgewählten Vereinbarung:</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="168" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="403" />
        <source>Choose the group that gets the shared tickets.</source>
        <translation>Wählen Sie die Gruppe, die die geteilten Tickets erhält.</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="171" />
        <source>Accepting…</source>
        <translation>Wird angenommen…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="175" />
        <source>Declining…</source>
        <translation>Wird abgelehnt…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="192" />
        <source>Our sharing URL (give it to a partner; set by the public address of Outgoing mail): %1</source>
        <translation>Unsere Teilen-URL (für Partner; folgt der öffentlichen Adresse unter Ausgehende E-Mail): %1</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="202" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="209" />
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="240" />
        <source>(choose a group)</source>
        <translation>(Gruppe wählen)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="253" />
        <source>full delegation</source>
        <translation>volle Delegation</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="253" />
        <source>partial delegation</source>
        <translation>teilweise Delegation</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="255" />
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="257" />
        <source>custom fields</source>
        <translation>benutzerdefinierte Felder</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="262" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="338" />
        <source>Enter the partner's sharing URL and our name.</source>
        <translation>Geben Sie die Teilen-URL des Partners und unseren Namen ein.</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="341" />
        <source>Inviting…</source>
        <translation>Wird eingeladen…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="354" />
        <source>End sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="355" />
        <source>End the agreement with %1? Shared tickets stop being synced, and sharing again takes a new invitation.</source>
        <translation>Die Vereinbarung mit %1 beenden? Geteilte Tickets werden nicht mehr abgeglichen, und erneutes Teilen braucht eine neue Einladung.</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="366" />
        <source>Ending…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="408" />
        <source>Saving…</source>
        <translation>Speichere…</translation>
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
    <name>helpdesk::client::SettingsWindow</name>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="37" />
        <source>Helpdesk settings</source>
        <translation>Helpdesk-Einstellungen</translation>
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
        <translation>Name</translation>
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
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="42" />
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="43" />
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Acknowledgement subject</source>
        <translation>Betreff der Eingangsbestätigung</translation>
    </message>
    <message>
        <source>Acknowledgement text</source>
        <translation>Text der Eingangsbestätigung</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="59" />
        <source>Agents (e-mail: read or full, one per line)</source>
        <translation>Agenten (E-Mail: read oder full, einer pro Zeile)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="62" />
        <location filename="../client/ui/SettingsWindow.cpp" line="75" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="64" />
        <location filename="../client/ui/SettingsWindow.cpp" line="69" />
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="67" />
        <location filename="../client/ui/SettingsWindow.cpp" line="98" />
        <location filename="../client/ui/SettingsWindow.cpp" line="109" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="72" />
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="74" />
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Options (JSON)</source>
        <translation>Optionen (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="77" />
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="83" />
        <source>Keyword (after ::)</source>
        <translation>Kürzel (nach ::)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="86" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="90" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Weekly hours (JSON)</source>
        <translation>Wochenzeiten (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="92" />
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
        <location filename="../client/ui/SettingsWindow.cpp" line="99" />
        <source>First response (business minutes)</source>
        <translation>Erste Antwort (Geschäftsminuten)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="100" />
        <source>Update (business minutes)</source>
        <translation>Aktualisierung (Geschäftsminuten)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="101" />
        <source>Solution (business minutes)</source>
        <translation>Lösung (Geschäftsminuten)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="102" />
        <source>Warn before (minutes)</source>
        <translation>Warnen vorher (Minuten)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="106" />
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
        <location filename="../client/ui/SettingsWindow.cpp" line="117" />
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="118" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="119" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="120" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="121" />
        <location filename="../client/ui/SettingsWindow.cpp" line="150" />
        <source>Check the certificate</source>
        <translation>Zertifikat prüfen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="122" />
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="123" />
        <source>Password (empty: unchanged)</source>
        <translation>Passwort (leer: unverändert)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="124" />
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="125" />
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="126" />
        <source>Poll every (minutes)</source>
        <translation>Abrufen alle (Minuten)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="127" />
        <source>Unknown senders open tickets</source>
        <translation>Unbekannte Absender eröffnen Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="128" />
        <source>Attach the original .eml</source>
        <translation>Original-.eml anhängen</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="135" />
        <source>POP3: delete processed mail</source>
        <translation>POP3: verarbeitete Mails löschen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="136" />
        <source>IMAP: folder for processed mail</source>
        <translation>IMAP: Ordner für verarbeitete Mails</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="137" />
        <source>IMAP: folder for failed mail</source>
        <translation>IMAP: Ordner für fehlerhafte Mails</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="138" />
        <source>Disable after failed connections (0: never)</source>
        <translation>Abschalten nach Verbindungsfehlern (0: nie)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="140" />
        <source>System address</source>
        <translation>Systemadresse</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="141" />
        <source>System name</source>
        <translation>Systemname</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="142" />
        <source>No-reply address</source>
        <translation>No-Reply-Adresse</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="143" />
        <source>Public address of the server</source>
        <translation>Öffentliche Adresse des Servers</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="144" />
        <source>Ticket tag in subjects</source>
        <translation>Ticket-Kennung im Betreff</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="145" />
        <source>Automatic replies per recipient and hour</source>
        <translation>Automatische Antworten pro Empfänger und Stunde</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="146" />
        <source>Largest accepted message (bytes)</source>
        <translation>Größte angenommene Nachricht (Bytes)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="147" />
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="148" />
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="149" />
        <source>SMTP security</source>
        <translation>SMTP-Sicherheit</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="151" />
        <source>SMTP user name</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="152" />
        <source>SMTP password (empty: unchanged)</source>
        <translation>SMTP-Passwort (leer: unverändert)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="153" />
        <source>SMTP timeout (seconds)</source>
        <translation>SMTP-Zeitlimit (Sekunden)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="165" />
        <source>Tag (type a new name and save to rename; an existing name merges)</source>
        <translation>Schlagwort (neuen Namen eingeben und speichern; ein vorhandener Name führt zusammen)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="167" />
        <source>Acts as (an agent's e-mail; empty: you)</source>
        <translation>Handelt als (E-Mail eines Agenten; leer: Sie)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="172" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="174" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="175" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="182" />
        <location filename="../client/ui/SettingsWindow.cpp" line="213" />
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="214" />
        <source>States</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="183" />
        <location filename="../client/ui/SettingsWindow.cpp" line="215" />
        <source>Priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="184" />
        <location filename="../client/ui/SettingsWindow.cpp" line="216" />
        <source>Ticket types</source>
        <translation>Ticket-Typen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="217" />
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="218" />
        <source>Text modules</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="96" />
        <location filename="../client/ui/SettingsWindow.cpp" line="219" />
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="45" />
        <source>Mail to customers asks for a rating</source>
        <translation>E-Mails an Kunden bitten um eine Bewertung</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="46" />
        <source>Words before a reply's rating link (empty: the default in the customer's language)</source>
        <translation>Text vor dem Bewertungslink einer Antwort (leer: der Standardtext in der Sprache des Kunden)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="48" />
        <source>Offered on the requester portal</source>
        <translation>Im Anfrageportal angeboten</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="49" />
        <source>Description for customers</source>
        <translation>Beschreibung für Kunden</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="51" />
        <source>Language of mail to unknown senders (empty: the desk's)</source>
        <translation>Sprache der Mails an unbekannte Absender (leer: die des Helpdesks)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="53" />
        <source>Acknowledge a request only once an agent takes it</source>
        <translation>Eingang erst bestätigen, wenn ein Agent die Anfrage übernimmt</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="54" />
        <source>The acknowledgement links to the requester portal</source>
        <translation>Die Eingangsbestätigung verlinkt auf das Anfrageportal</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <source>…only for requesters of these domains (empty: everyone)</source>
        <translation>…nur für Anfragende aus diesen Domains (leer: alle)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="56" />
        <source>Web form on (a contact form sites embed; no account needed)</source>
        <translation>Webformular an (ein Kontaktformular für Websites; kein Konto nötig)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="57" />
        <source>Sites that may embed the web form (https://…, comma separated)</source>
        <translation>Websites, die das Webformular einbetten dürfen (https://…, durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="76" />
        <source>Options (comma separated)</source>
        <translation>Optionen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="78" />
        <source>Customers fill it in (new requests on the portal)</source>
        <translation>Kunden füllen es aus (neue Anfragen im Portal)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="80" />
        <source>Owned by integration</source>
        <translation>Gehört der Integration</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="85" />
        <source>Folder (groups modules in the composer; empty: none)</source>
        <translation>Ordner (gruppiert Bausteine im Editor; leer: keiner)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="91" />
        <source>Weekly hours</source>
        <translation>Wochenzeiten</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="97" />
        <source>Applies to (nothing chosen: all)</source>
        <translation>Gilt für (nichts gewählt: alle)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="107" />
        <source>When (all must hold)</source>
        <translation>Wenn (alles muss zutreffen)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="108" />
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="113" />
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="129" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="130" />
        <source>State of new tickets</source>
        <translation>Status neuer Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="131" />
        <source>Priority of new tickets</source>
        <translation>Priorität neuer Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="132" />
        <source>State when the customer replies</source>
        <translation>Status bei Antwort des Kunden</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="133" />
        <source>Priority when the customer replies</source>
        <translation>Priorität bei Antwort des Kunden</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="134" />
        <source>Changes recorded as</source>
        <translation>Änderungen erfasst als</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="156" />
        <source>Offer customers the requester portal</source>
        <translation>Kunden das Anfrageportal anbieten</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="157" />
        <source>Sign in with the user header of a trusted reverse proxy</source>
        <translation>Anmeldung über den Benutzer-Header eines vertrauenswürdigen Reverse-Proxys</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="158" />
        <source>User header (e.g. X-Remote-User)</source>
        <translation>Benutzer-Header (z. B. X-Remote-User)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="159" />
        <source>Trusted proxy addresses (empty: the server's --trusted-proxy list)</source>
        <translation>Adressen vertrauenswürdiger Proxys (leer: die Liste --trusted-proxy des Servers)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="161" />
        <source>Kerberos realm to mail domain (REALM=domain, …); a name with an address signs in by e-mail, a bare name by the part before @</source>
        <translation>Kerberos-Realm zu Mail-Domain (REALM=domain, …); ein Name mit Adresse meldet sich per E-Mail an, ein bloßer Name über den Teil vor @</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="170" />
        <source>Members see each other's tickets</source>
        <translation>Mitglieder sehen die Tickets der anderen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="185" />
        <location filename="../client/ui/SettingsWindow.cpp" line="229" />
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="187" />
        <source>State is</source>
        <translation>Status ist</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="188" />
        <source>Group is</source>
        <translation>Gruppe ist</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="189" />
        <source>Priority is</source>
        <translation>Priorität ist</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="190" />
        <source>Type is</source>
        <translation>Typ ist</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="191" />
        <source>Has all tags</source>
        <translation>Hat alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="192" />
        <source>Has none of the tags</source>
        <translation>Hat keines der Schlagwörter</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="193" />
        <source>Title contains</source>
        <translation>Titel enthält</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="194" />
        <source>Sender's address contains</source>
        <translation>Absenderadresse enthält</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="195" />
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="196" />
        <source>Unchanged for (minutes)</source>
        <translation>Unverändert seit (Minuten)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="197" />
        <source>Pending time passed</source>
        <translation>Wartezeit abgelaufen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="199" />
        <source>Set state</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="200" />
        <source>Set priority</source>
        <translation>Priorität setzen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="201" />
        <source>Move to group</source>
        <translation>In Gruppe verschieben</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="202" />
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="203" />
        <source>Set type</source>
        <translation>Typ setzen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="204" />
        <source>Add tags</source>
        <translation>Schlagwörter hinzufügen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="205" />
        <source>Remove tags</source>
        <translation>Schlagwörter entfernen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="206" />
        <source>Add an internal note</source>
        <translation>Interne Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="207" />
        <source>Send an e-mail to (customer, owner or an address)</source>
        <translation>E-Mail senden an (customer, owner oder eine Adresse)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="209" />
        <source>E-mail subject</source>
        <translation>Betreff der E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="210" />
        <source>E-mail text</source>
        <translation>Text der E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="211" />
        <source>Notify the agents</source>
        <translation>Agenten benachrichtigen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="220" />
        <source>SLAs</source>
        <translation>SLAs</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="221" />
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="222" />
        <source>Macros</source>
        <translation>Makros</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="223" />
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="224" />
        <source>Outgoing mail</source>
        <translation>Ausgehende Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="225" />
        <source>Web pages and sign-on</source>
        <translation>Webseiten und Anmeldung</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="226" />
        <source>Partner desks</source>
        <translation>Partner-Helpdesks</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="227" />
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="228" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="230" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="231" />
        <source>API tokens</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="232" />
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="257" />
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="257" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="257" />
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="258" />
        <source>Quarantined messages (interpreting them stopped the server):</source>
        <translation>Zurückgestellte Nachrichten (ihre Verarbeitung hat den Server angehalten):</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="260" />
        <source>Retry message</source>
        <translation>Nachricht erneut verarbeiten</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="261" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="262" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="264" />
        <source>Poll now</source>
        <translation>Jetzt abrufen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="269" />
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="270" />
        <source>Send a test mail…</source>
        <translation>Testmail senden…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="271" />
        <source>Send an invitation</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="272" />
        <source>Mail templates…</source>
        <translation>Mailvorlagen…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="273" />
        <source>Signature…</source>
        <translation>Signatur…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="324" />
        <source>Polling…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="339" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="345" />
        <source>Send a test mail</source>
        <translation>Testmail senden</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="345" />
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="347" />
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="366" />
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="366" />
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="413" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="416" />
        <source>New token (copy it now, it is not shown again): %1</source>
        <translation>Neues Token (jetzt kopieren, es wird nicht wieder angezeigt): %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="430" />
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="467" />
        <source>Remove from all tickets</source>
        <translation>Von allen Tickets entfernen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="467" />
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="488" />
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="488" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Acts as</source>
        <translation>Handelt als</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="514" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="514" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="554" />
        <location filename="../client/ui/SettingsWindow.cpp" line="584" />
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="688" />
        <source>Queueing the message again…</source>
        <translation>Nachricht wird erneut eingereiht…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="837" />
        <source>Save the group first, then edit its mail templates.</source>
        <translation>Speichern Sie zuerst die Gruppe, dann ihre Mailvorlagen.</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="799" />
        <source>Choose the tag to rename in the list.</source>
        <translation>Wählen Sie das umzubenennende Schlagwort in der Liste.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="803" />
        <source>Renaming…</source>
        <translation>Wird umbenannt…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="810" />
        <source>A token cannot be changed: revoke it and create a new one.</source>
        <translation>Ein Token lässt sich nicht ändern: widerrufen Sie es und erstellen Sie ein neues.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="813" />
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="818" />
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="825" />
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="828" />
        <source>Revoking…</source>
        <translation>Wird widerrufen…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SharingClient</name>
    <message>
        <location filename="../client/core/SharingClient.cpp" line="19" />
        <source>Sharing is arranged on the server; it is not reachable.</source>
        <translation>Das Teilen wird auf dem Server eingerichtet; er ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SignatureClient</name>
    <message>
        <location filename="../client/core/SignatureClient.cpp" line="32" />
        <source>Signatures are kept on the server; it is not reachable.</source>
        <translation>Signaturen liegen auf dem Server; er ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SignatureDialog</name>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="19" />
        <source>Signature of %1</source>
        <translation>Signatur von %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="24" />
        <source>Placeholders: {agent_name}, {group_name}, {customer_name}, {ticket_number}, {ticket_title}</source>
        <translation>Platzhalter: {agent_name}, {group_name}, {customer_name}, {ticket_number}, {ticket_title}</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="28" />
        <source>The group's signature only</source>
        <translation>Nur die Signatur der Gruppe</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="29" />
        <source>The agent's signature only</source>
        <translation>Nur die Signatur des Agenten</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="30" />
        <source>Both: the agent's, then the group's</source>
        <translation>Beide: erst die des Agenten, dann die der Gruppe</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="34" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="40" />
        <source>Signature of replies by e-mail</source>
        <translation>Signatur der Antworten per E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="42" />
        <source>Replies carry (for every agent)</source>
        <translation>Antworten tragen (für alle Agenten)</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="62" />
        <location filename="../client/ui/SignatureDialog.cpp" line="64" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="74" />
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::StatusMapDialog</name>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="30" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="32" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="34" />
        <source>Waiting (reminder)</source>
        <translation>Wartend (Erinnerung)</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="36" />
        <source>Waiting to close</source>
        <translation>Wartet auf Schließen</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="38" />
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="39" />
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="81" />
        <source>Status map for %1</source>
        <translation>Statuszuordnung für %1</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="82" />
        <location filename="../client/ui/StatusMapDialog.cpp" line="90" />
        <source>Our state</source>
        <translation>Unser Status</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="82" />
        <source>Word we send</source>
        <translation>Gesendetes Wort</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="90" />
        <source>Partner's word</source>
        <translation>Wort des Partners</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="98" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="102" />
        <source>Save status map</source>
        <translation>Statuszuordnung speichern</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="107" />
        <source>What we send the partner for a ticket in each of our states:</source>
        <translation>Was wir dem Partner für ein Ticket in jedem unserer Status senden:</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="109" />
        <source>Which state each of the partner's words puts a ticket in:</source>
        <translation>In welchen Status jedes Wort des Partners ein Ticket setzt:</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="129" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="157" />
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="179" />
        <source>What we send for “%1”</source>
        <translation>Was wir für „%1“ senden</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="181" />
        <source>What “%1” means</source>
        <translation>Was „%1“ bedeutet</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="184" />
        <source>Not saved. %1: %2</source>
        <translation>Nicht gespeichert. %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="186" />
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketActions</name>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="67" />
        <source>Reply to #%1</source>
        <translation>Antwort auf #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="84" />
        <source>Note on #%1</source>
        <translation>Notiz zu #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="97" />
        <source>Phone call on #%1</source>
        <translation>Anruf zu #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="111" />
        <location filename="../client/core/TicketActions.cpp" line="182" />
        <source>Change %1 of #%2</source>
        <translation>%1 von #%2 ändern</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="124" />
        <source>Tags of #%1</source>
        <translation>Schlagwörter von #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="200" />
        <source>Merge #%1 into #%2</source>
        <translation>#%1 in #%2 zusammenführen</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="215" />
        <source>Link #%1 to #%2</source>
        <translation>#%1 mit #%2 verknüpfen</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="232" />
        <source>Split an article of #%1 into a new ticket</source>
        <translation>Nachricht aus #%1 in ein neues Ticket abtrennen</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="246" />
        <source>Add %1 to the watchers of #%2</source>
        <translation>%1 zu den Beobachtern von #%2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="247" />
        <source>Watch #%1</source>
        <translation>#%1 beobachten</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="261" />
        <source>Remove %1 from the watchers of #%2</source>
        <translation>%1 aus den Beobachtern von #%2 entfernen</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="262" />
        <source>Stop watching #%1</source>
        <translation>#%1 nicht mehr beobachten</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="274" />
        <source>Macro "%1" on #%2</source>
        <translation>Makro „%1“ auf #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="301" />
        <source>New customer %1 &lt;%2&gt;</source>
        <translation>Neuer Kunde %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="330" />
        <source>New ticket for %1: %2</source>
        <translation>Neues Ticket für %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="361" />
        <source>The history is shown when the server is reachable.</source>
        <translation>Der Verlauf wird angezeigt, wenn der Server erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="383" />
        <source>system</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketContext</name>
    <message>
        <location filename="../client/core/TicketContext.cpp" line="49" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../client/core/TicketContext.cpp" line="49" />
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="472" />
        <source>A change of yours waits to be sent.</source>
        <translation>Eine Ihrer Änderungen wartet auf das Senden.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="474" />
        <source>Not opened yet.</source>
        <translation>Noch nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="476" />
        <source>Changed since you last looked.</source>
        <translation>Geändert seit Ihrem letzten Blick.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="514" />
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="515" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="516" />
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="517" />
        <source>%1 late</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="517" />
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="526" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="528" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="530" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="532" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="534" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="536" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="538" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="540" />
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="542" />
        <source>SLA due</source>
        <translation>SLA fällig</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="544" />
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketSharingBar</name>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="30" />
        <source>Share with…</source>
        <translation>Teilen mit…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="32" />
        <source>Stop sharing…</source>
        <translation>Teilen beenden…</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>abgeglichen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>Shared with %1 · %2</source>
        <translation>Geteilt mit %1 · %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="111" />
        <source>Share with partner desks</source>
        <translation>Mit Partner-Helpdesks teilen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="128" />
        <source>(no partner desk to share with: an admin invites partners in the settings)</source>
        <translation>(kein Partner-Helpdesk zum Teilen: ein Admin lädt Partner in den Einstellungen ein)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="143" />
        <source>Stop sharing with</source>
        <translation>Teilen beenden mit</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketView</name>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="69" />
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="71" />
        <source>phone call (in)</source>
        <translation>Anruf (eingehend)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="73" />
        <source>phone call (out)</source>
        <translation>Anruf (ausgehend)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="75" />
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="76" />
        <source>web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="84" />
        <source>through the channel</source>
        <translation>über den Kanal</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="120" />
        <source>delivered to the channel</source>
        <translation>an den Kanal zugestellt</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="120" />
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="123" />
        <source>not delivered to the channel: %1</source>
        <translation>nicht an den Kanal zugestellt: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="123" />
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="124" />
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="126" />
        <source>queued for the channel</source>
        <translation>für den Kanal eingereiht</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="126" />
        <source>queued for sending</source>
        <translation>zum Senden eingereiht</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="128" />
        <source>retrying (attempts so far: %1), the last failed with %2</source>
        <translation>neuer Versuch (bisher %1 Versuche), der letzte scheiterte mit %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="130" />
        <source>sending (attempts so far: %1)</source>
        <translation>wird gesendet (bisher %1 Versuche)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="145" />
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="146" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 Min.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="147" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="155" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="156" />
        <location filename="../client/ui/TicketView.cpp" line="1207" />
        <source>integration %1</source>
        <translation>Integration %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="205" />
        <source>tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="206" />
        <source>&amp;Take</source>
        <translation>Über&amp;nehmen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="207" />
        <source>Become the owner (Ctrl+T)</source>
        <translation>Zuständig werden (Strg+T)</translation>
    </message>
    <message>
        <source>State / priority</source>
        <translation>Status / Priorität</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="214" />
        <source>State / priority / type</source>
        <translation>Status / Priorität / Typ</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="219" />
        <source>Group / owner</source>
        <translation>Gruppe / Zuständig</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="220" />
        <source>Macros</source>
        <translation>Makros</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="232" />
        <source>(no macros defined)</source>
        <translation>(keine Makros angelegt)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="234" />
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="235" />
        <source>Link…</source>
        <translation>Verknüpfen…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="241" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="244" />
        <source>Watchers</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="252" />
        <source>Remote images in this ticket are blocked.</source>
        <translation>Externe Bilder in diesem Ticket sind blockiert.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="253" />
        <source>Show remote images</source>
        <translation>Externe Bilder anzeigen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="266" />
        <location filename="../client/ui/TicketView.cpp" line="664" />
        <source>Reply by e-mail</source>
        <translation>Antwort per E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="267" />
        <source>Reply to all</source>
        <translation>Allen antworten</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="268" />
        <source>Forward</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="269" />
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="270" />
        <source>Phone call (in)</source>
        <translation>Anruf (eingehend)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="271" />
        <source>Phone call (out)</source>
        <translation>Anruf (ausgehend)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="276" />
        <location filename="../client/ui/TicketView.cpp" line="1018" />
        <source>Time spent</source>
        <translation>Aufgewendete Zeit</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="280" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="281" />
        <source>Minutes worked on this reply (accounted on the ticket)</source>
        <translation>Minuten für diese Antwort (werden im Ticket erfasst)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="303" />
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="306" />
        <location filename="../client/ui/TicketView.cpp" line="603" />
        <source>Time accounted: %1</source>
        <translation>Erfasste Zeit: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="313" />
        <source>Double-click removes an attachment.</source>
        <translation>Doppelklick entfernt einen Anhang.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="330" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation>Hier schreiben; Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="331" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="336" />
        <location filename="../client/ui/TicketView.cpp" line="1082" />
        <source>the customer</source>
        <translation>der Kunde</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="342" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="343" />
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="364" />
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="367" />
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="368" />
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="370" />
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="373" />
        <location filename="../client/ui/TicketView.cpp" line="1275" />
        <location filename="../client/ui/TicketView.cpp" line="1282" />
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="393" />
        <source>Thread</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="394" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="576" />
        <source>Customer's rating of a reply: %1 %2 of 5</source>
        <translation>Bewertung einer Antwort durch den Kunden: %1 %2 von 5</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="577" />
        <source>Customer's rating: %1 %2 of 5</source>
        <translation>Bewertung durch den Kunden: %1 %2 von 5</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="590" />
        <source>This ticket is no longer visible to you.</source>
        <translation>Dieses Ticket ist für Sie nicht mehr sichtbar.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="609" />
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="610" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="619" />
        <source>%1 due %2</source>
        <translation>%1 fällig %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="623" />
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="624" />
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="625" />
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="637" />
        <source>Came by custom channel %1</source>
        <translation>Kam über den eigenen Kanal %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="639" />
        <source>Came by the channel “%1”</source>
        <translation>Kam über den Kanal „%1“</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="641" />
        <source>Came by the channel “%1” of %2</source>
        <translation>Kam über den Kanal „%1“ von %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="644" />
        <source>Ids in integrations: %1</source>
        <translation>Kennungen in Integrationen: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="652" />
        <source>ids: %1</source>
        <translation>Kennungen: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="653" />
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="664" />
        <source>Reply to the channel</source>
        <translation>Antwort an den Kanal</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="671" />
        <source>The reply goes to the outside system of custom channel %1, not by e-mail.</source>
        <translation>Die Antwort geht an das externe System des eigenen Kanals %1, nicht per E-Mail.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="672" />
        <source>The reply goes to the channel “%1”, not by e-mail.</source>
        <translation>Die Antwort geht an den Kanal „%1“, nicht per E-Mail.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="729" />
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="731" />
        <source>waiting to be sent</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="736" />
        <source>unverified sender: not confirmed by the desk's mail server</source>
        <translation>nicht bestätigter Absender: vom Mailserver des Helpdesks nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="849" />
        <source>Show quoted text</source>
        <translation>Zitierten Text anzeigen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="859" />
        <source>Hide quoted text</source>
        <translation>Zitierten Text ausblenden</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="929" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="929" />
        <source>%1 could not be fetched from the server.</source>
        <translation>%1 konnte nicht vom Server geladen werden.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="959" />
        <source>Split into new ticket…</source>
        <translation>Als neues Ticket abtrennen…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="963" />
        <source>Only an article the server has can be split off.</source>
        <translation>Nur eine Nachricht, die der Server schon hat, lässt sich abtrennen.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="988" />
        <source>Split into new ticket</source>
        <translation>Als neues Ticket abtrennen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="997" />
        <source>The article moves to a new ticket of the same customer; the rest stays here.</source>
        <translation>Die Nachricht wandert in ein neues Ticket desselben Kunden; der Rest bleibt hier.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="998" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="999" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1001" />
        <source>Split</source>
        <translation>Abtrennen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1017" />
        <source>Time spent (required)</source>
        <translation>Aufgewendete Zeit (Pflicht)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1026" />
        <source>This group counts time: enter the minutes spent first.</source>
        <translation>Diese Gruppe erfasst Zeiten: Geben Sie zuerst die aufgewendeten Minuten ein.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1042" />
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1069" />
        <source>forward to…</source>
        <translation>weiterleiten an…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1074" />
        <source>---- Forwarded message from %1 (%2) ----</source>
        <translation>---- Weitergeleitete Nachricht von %1 (%2) ----</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1091" />
        <location filename="../client/ui/TicketView.cpp" line="1094" />
        <source>Merge ticket</source>
        <translation>Ticket zusammenführen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1091" />
        <source>Merge this ticket into ticket number:</source>
        <translation>Dieses Ticket zusammenführen mit Ticketnummer:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1095" />
        <location filename="../client/ui/TicketView.cpp" line="1114" />
        <source>Ticket %1 is not among the tickets you can see.</source>
        <translation>Ticket %1 gehört nicht zu den Tickets, die Sie sehen.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1104" />
        <location filename="../client/ui/TicketView.cpp" line="1108" />
        <location filename="../client/ui/TicketView.cpp" line="1113" />
        <source>Link ticket</source>
        <translation>Ticket verknüpfen</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1104" />
        <source>Link this ticket to ticket number:</source>
        <translation>Dieses Ticket verknüpfen mit Ticketnummer:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1107" />
        <source>related</source>
        <translation>verwandt</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1107" />
        <source>parent</source>
        <translation>übergeordnet</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1107" />
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1108" />
        <source>Kind of link:</source>
        <translation>Art der Verknüpfung:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1212" />
        <source>Filled by %1: only it changes this field.</source>
        <translation>Von %1 ausgefüllt: nur diese Integration ändert das Feld.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1214" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1214" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1219" />
        <source>(not filled yet)</source>
        <translation>(noch nicht ausgefüllt)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1220" />
        <source>%1 (from %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1231" />
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1276" />
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation>%1 ist größer als die Grenze von %2 MB.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1283" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1335" />
        <source>Forward of #%1 to %2</source>
        <translation>Weiterleitung von #%1 an %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TwoFactorDialog</name>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="33" />
        <source>Two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="34" />
        <source>Asking the server…</source>
        <translation>Frage den Server…</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="54" />
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="56" />
        <source>Scan the QR code with an authenticator app (or type the key into it), then enter the 6-digit code it shows.</source>
        <translation>Scannen Sie den QR-Code mit einer Authenticator-App (oder geben Sie den Schlüssel dort ein) und geben Sie dann den 6-stelligen Code ein, den sie anzeigt.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="62" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="63" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="64" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="71" />
        <source>Two-factor sign-in is on. Keep these recovery codes somewhere safe: each signs you in once if you lose your phone. They are not shown again.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist eingeschaltet. Bewahren Sie diese Wiederherstellungscodes sicher auf: Jeder meldet Sie einmal an, falls Sie Ihr Telefon verlieren. Sie werden nicht erneut angezeigt.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="90" />
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="92" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="93" />
        <source>Code or recovery code</source>
        <translation>Code oder Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="115" />
        <source>Two-factor sign-in is off: your password alone signs you in.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist ausgeschaltet: Ihr Passwort allein meldet Sie an.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="141" />
        <source>Your role signs in with two factors: set up an authenticator app to go on.</source>
        <translation>Ihre Rolle meldet sich mit zwei Faktoren an: Richten Sie eine Authenticator-App ein, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="142" />
        <source>Two-factor sign-in is off. Turn it on to ask for a code from your phone after the password.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist ausgeschaltet. Schalten Sie sie ein, um nach dem Passwort einen Code von Ihrem Telefon abzufragen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/TwoFactorDialog.cpp" line="147" />
        <source>Two-factor sign-in is on; %n recovery code(s) left.</source>
        <translation><numerusform>Die Zwei-Faktor-Anmeldung ist eingeschaltet; %n Wiederherstellungscode übrig.</numerusform><numerusform>Die Zwei-Faktor-Anmeldung ist eingeschaltet; %n Wiederherstellungscodes übrig.</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="150" />
        <source>Your role requires it: it cannot be turned off.</source>
        <translation>Ihre Rolle erfordert sie: Sie kann nicht ausgeschaltet werden.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="170" />
        <source>Two-factor sign-in is on.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="173" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::UnreadTray</name>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="20" />
        <source>Open Helpdesk</source>
        <translation>Helpdesk öffnen</translation>
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="32" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/UnreadTray.cpp" line="62" />
        <source>Helpdesk — %n unread ticket(s)</source>
        <translation><numerusform>Helpdesk — %n ungelesenes Ticket</numerusform><numerusform>Helpdesk — %n ungelesene Tickets</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="62" />
        <source>Helpdesk — nothing unread</source>
        <translation>Helpdesk — nichts ungelesen</translation>
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="71" />
        <source>I am back</source>
        <translation>Ich bin zurück</translation>
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="71" />
        <source>I am away…</source>
        <translation>Ich bin abwesend…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ViewEditorDialog</name>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="75" />
        <source>Edit view</source>
        <translation>Ansicht bearbeiten</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="75" />
        <source>New view</source>
        <translation>Neue Ansicht</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="79" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="81" />
        <source>Only me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="83" />
        <source>Shared with %1</source>
        <translation>Geteilt mit %1</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="86" />
        <source>Who sees it:</source>
        <translation>Wer sie sieht:</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="88" />
        <source>Tickets matching every condition</source>
        <translation>Tickets, die alle Bedingungen erfüllen</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="89" />
        <source>Tickets matching any condition</source>
        <translation>Tickets, die eine der Bedingungen erfüllen</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="91" />
        <source>Shows:</source>
        <translation>Zeigt:</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="100" />
        <source>Conditions:</source>
        <translation>Bedingungen:</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="101" />
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="155" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="156" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="152" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="154" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="162" />
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="161" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <source>SLA due</source>
        <translation>SLA fällig</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="119" />
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="120" />
        <source>Ascending</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="125" />
        <source>Sort by:</source>
        <translation>Sortieren nach:</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="126" />
        <source>Columns (none: the inbox's own):</source>
        <translation>Spalten (keine: wie in der Ticketliste):</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="153" />
        <source>State type</source>
        <translation>Statustyp</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="157" />
        <source>Customer (ids)</source>
        <translation>Kunde (IDs)</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="158" />
        <source>Organization (ids)</source>
        <translation>Organisation (IDs)</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="159" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="160" />
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="163" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="164" />
        <source>Shared with a partner desk</source>
        <translation>Mit einem Partner-Helpdesk geteilt</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="165" />
        <source>Text search</source>
        <translation>Textsuche</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="174" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="209" />
        <source>has any of</source>
        <translation>hat eines von</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="210" />
        <source>has all of</source>
        <translation>hat alle von</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="211" />
        <source>has none of</source>
        <translation>hat keines von</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="213" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="226" />
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="214" />
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="215" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="230" />
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="216" />
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="217" />
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="219" />
        <source>is breached</source>
        <translation>ist verletzt</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="220" />
        <source>is due within (minutes)</source>
        <translation>ist fällig innerhalb (Minuten)</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="222" />
        <source>in the last (days)</source>
        <translation>in den letzten (Tagen)</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="223" />
        <source>before</source>
        <translation>vor</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="224" />
        <source>on or after</source>
        <translation>am oder nach</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="228" />
        <source>matches</source>
        <translation>passt zu</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="231" />
        <source>is none of</source>
        <translation>ist keines von</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="244" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="245" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="270" />
        <source>Me</source>
        <translation>Mich</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="270" />
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="273" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="274" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="275" />
        <source>Pending reminder</source>
        <translation>Warten auf Erinnerung</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="276" />
        <source>Pending close</source>
        <translation>Warten auf Schließen</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="277" />
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="278" />
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="281" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="282" />
        <source>Phone call in</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="283" />
        <source>Phone call out</source>
        <translation>Ausgehender Anruf</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="284" />
        <source>Web</source>
        <translation>Web</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ViewListModel</name>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="19" />
        <source>My open tickets</source>
        <translation>Meine offenen Tickets</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="20" />
        <source>Unassigned in my groups</source>
        <translation>Nicht zugewiesen in meinen Gruppen</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="24" />
        <source>Pending</source>
        <translation>Warten</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="25" />
        <source>Recently closed</source>
        <translation>Kürzlich geschlossen</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="26" />
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="36" />
        <source>My views</source>
        <translation>Meine Ansichten</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="36" />
        <source>Shared with %1</source>
        <translation>Geteilt mit %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WatchersBar</name>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="27" />
        <source>Add watcher…</source>
        <translation>Beobachter hinzufügen…</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="41" />
        <source>(every agent watches it)</source>
        <translation>(alle Agenten beobachten es)</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="81" />
        <source>No one watches this ticket.</source>
        <translation>Niemand beobachtet dieses Ticket.</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="91" />
        <source>%1 gets this ticket's customer follow-ups. Click to remove.</source>
        <translation>%1 erhält die weiteren Nachrichten des Kunden zu diesem Ticket. Zum Entfernen klicken.</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="98" />
        <source>Stop watching</source>
        <translation>Nicht mehr beobachten</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="98" />
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="99" />
        <source>Stop getting this ticket's customer follow-ups</source>
        <translation>Keine weiteren Nachrichten des Kunden zu diesem Ticket mehr erhalten</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="100" />
        <source>Get this ticket's customer follow-ups, as its owner does</source>
        <translation>Weitere Nachrichten des Kunden zu diesem Ticket erhalten, wie der Zuständige</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WebFormEditor</name>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="24" />
        <source>Copy the HTML</source>
        <translation>HTML kopieren</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="26" />
        <source>Make a new address when saving (the current one stops working)</source>
        <translation>Beim Speichern eine neue Adresse erzeugen (die jetzige funktioniert dann nicht mehr)</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="82" />
        <source>Contact form</source>
        <translation>Kontaktformular</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="82" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="87" />
        <source>The form's address is made when the group is saved.</source>
        <translation>Die Adresse des Formulars entsteht beim Speichern der Gruppe.</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="88" />
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
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
        <location filename="../client/ui/SettingsEditors.cpp" line="57" />
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="57" />
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="57" />
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="61" />
        <source>closed (e.g. 08:00-12:00, 13:00-17:00)</source>
        <translation>geschlossen (z. B. 08:00-12:00, 13:00-17:00)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="90" />
        <source>%1: "%2" is not a range such as 08:00-12:00</source>
        <translation>%1: „%2“ ist kein Zeitraum wie 08:00-12:00</translation>
    </message>
</context>
</TS>