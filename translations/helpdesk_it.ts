<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>SharedPartnerText</name>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="19" />
        <source>failing</source>
        <translation>in errore</translation>
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="21" />
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="22" />
        <source>in sync</source>
        <translation>sincronizzato</translation>
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="28" />
        <source>Shared by %1 · %2</source>
        <translation>Condiviso da %1 · %2</translation>
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="29" />
        <source>Shared with %1 · %2</source>
        <translation>Condiviso con %1 · %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AccountSession</name>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="83" />
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Inserisci il codice a 6 cifre dell'app di autenticazione o uno dei tuoi codici di recupero.</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="86" />
        <source>That code is wrong, expired or already used. Enter the code the app shows now.</source>
        <translation>Questo codice è errato, scaduto o già usato. Inserisci il codice che l'app mostra ora.</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="95" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation>Questa applicazione è per gli operatori; i clienti usano l'e-mail o la pagina web.</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="205" />
        <source>Cannot open the local cache %1: %2</source>
        <translation>Impossibile aprire la cache locale %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="325" />
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AdminClient</name>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="78" />
        <location filename="../client/core/AdminClient.cpp" line="174" />
        <location filename="../client/core/AdminClient.cpp" line="345" />
        <source>Settings are changed on the server; it is not reachable.</source>
        <translation>Le impostazioni si cambiano sul server, che non è raggiungibile.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="146" />
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="247" />
        <location filename="../client/core/AdminClient.cpp" line="391" />
        <location filename="../client/core/AdminClient.cpp" line="433" />
        <source>The server is not reachable.</source>
        <translation>Il server non è raggiungibile.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="257" />
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="287" />
        <location filename="../client/core/AdminClient.cpp" line="329" />
        <source>%1 is no agent of this desk</source>
        <translation>%1 non è un operatore di questo helpdesk</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="405" />
        <source>%1 fetched, %2 new tickets, %3 follow-ups, %4 failed</source>
        <translation>%1 scaricati, %2 nuovi ticket, %3 seguiti, %4 non riusciti</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="440" />
        <source>The message is queued again.</source>
        <translation>Il messaggio è di nuovo in coda.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AgentWorkspace</name>
    <message>
        <location filename="../client/core/AgentWorkspace.cpp" line="49" />
        <source>New view "%1"</source>
        <translation>Nuova vista "%1"</translation>
    </message>
    <message>
        <location filename="../client/core/AgentWorkspace.cpp" line="58" />
        <source>Change of view "%1"</source>
        <translation>Modifica della vista "%1"</translation>
    </message>
    <message>
        <location filename="../client/core/AgentWorkspace.cpp" line="65" />
        <source>Deletion of view "%1"</source>
        <translation>Eliminazione della vista "%1"</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentPreview</name>
    <message>
        <location filename="../client/ui/AttachmentPreview.cpp" line="102" />
        <source>Preview of %1</source>
        <translation>Anteprima di %1</translation>
    </message>
    <message>
        <location filename="../client/ui/AttachmentPreview.cpp" line="118" />
        <source>This PDF cannot be shown: it is damaged or protected.</source>
        <translation>Impossibile mostrare questo PDF: è danneggiato o protetto.</translation>
    </message>
    <message>
        <location filename="../client/ui/AttachmentPreview.cpp" line="124" />
        <source>This image cannot be shown.</source>
        <translation>Impossibile mostrare questa immagine.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentTransfer</name>
    <message>
        <location filename="../client/core/AttachmentTransfer.cpp" line="82" />
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AwayDialog</name>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="20" />
        <location filename="../client/ui/AwayDialog.cpp" line="46" />
        <source>I am away</source>
        <translation>Sono assente</translation>
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="21" />
        <source>While you are away, customers' follow-ups on your tickets go to the colleague you choose, or to the ticket's group.</source>
        <translation>Mentre sei assente, le risposte dei clienti ai tuoi ticket vanno al collega che scegli o al gruppo del ticket.</translation>
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="25" />
        <source>Back on</source>
        <translation>Di ritorno il</translation>
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="37" />
        <source>(the ticket's group)</source>
        <translation>(il gruppo del ticket)</translation>
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="44" />
        <source>Follow-ups go to</source>
        <translation>Risposte inoltrate a</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AwayStatus</name>
    <message>
        <location filename="../client/core/AwayStatus.cpp" line="79" />
        <source>Marked away</source>
        <translation>Assenza segnalata</translation>
    </message>
    <message>
        <location filename="../client/core/AwayStatus.cpp" line="79" />
        <source>Marked back</source>
        <translation>Rientro segnalato</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="295" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation>La cache è stata scritta da un client più recente (schema %1, questo conosce %2).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CommandPalette</name>
    <message>
        <location filename="../client/ui/CommandPalette.cpp" line="43" />
        <source>Command palette</source>
        <translation>Palette dei comandi</translation>
    </message>
    <message>
        <location filename="../client/ui/CommandPalette.cpp" line="46" />
        <source>Type an action, a view or a ticket number</source>
        <translation>Digita un'azione, una vista o un numero di ticket</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CustomerSidebar</name>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="113" />
        <source>Show the customer</source>
        <translation>Mostra il cliente</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="113" />
        <source>Hide the customer</source>
        <translation>Nascondi il cliente</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="142" />
        <source>organization %1</source>
        <translation>organizzazione %1</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="143" />
        <source>of %1</source>
        <translation>presso %1</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="158" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="159" />
        <source>integration %1</source>
        <translation>integrazione %1</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="161" />
        <source>Ids in integrations: %1</source>
        <translation>ID nelle integrazioni: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="165" />
        <source>No other tickets of this customer</source>
        <translation>Nessun altro ticket di questo cliente</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="166" />
        <source>Other tickets of this customer (%1)</source>
        <translation>Altri ticket di questo cliente (%1)</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="172" />
        <source>Other tickets of the organization (%1)</source>
        <translation>Altri ticket dell'organizzazione (%1)</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="173" />
        <source>Other tickets of %1 (%2)</source>
        <translation>Altri ticket di %1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="186" />
        <source>%1, updated %2</source>
        <translation>%1, aggiornato il %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardClient</name>
    <message>
        <location filename="../client/core/DashboardClient.cpp" line="18" />
        <source>Dashboards are computed by the server; it is not reachable.</source>
        <translation>Le dashboard sono calcolate dal server, che non è raggiungibile.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="128" />
        <source>Helpdesk dashboards</source>
        <translation>Dashboard di Helpdesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="131" />
        <source>Last %n day(s)</source>
        <translation><numerusform>Ultimo %n giorno</numerusform><numerusform>Ultimi %n giorni</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="134" />
        <source>All groups</source>
        <translation>Tutti i gruppi</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="137" />
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="141" />
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="143" />
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="149" />
        <source>Open tickets by group</source>
        <translation>Ticket aperti per gruppo</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="150" />
        <source>New and closed per day</source>
        <translation>Nuovi e chiusi al giorno</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="151" />
        <source>SLA breaches</source>
        <translation>Violazioni SLA</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="152" />
        <source>Open tickets per agent</source>
        <translation>Ticket aperti per operatore</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="153" />
        <source>Age of the open tickets</source>
        <translation>Età dei ticket aperti</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="154" />
        <source>Customer ratings by agent</source>
        <translation>Valutazioni dei clienti per agente</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="205" />
        <source>Export the panels as CSV</source>
        <translation>Esporta i pannelli in CSV</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="241" />
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="243" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="244" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="246" />
        <source>&lt;h3&gt;Response and resolution&lt;/h3&gt;&lt;p&gt;First response: median %1, 90% within %2 (SLA %3)&lt;/p&gt;&lt;p&gt;Resolution: median %4, 90% within %5 (SLA %6)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Risposta e risoluzione&lt;/h3&gt;&lt;p&gt;Prima risposta: mediana %1, 90% entro %2 (SLA %3)&lt;/p&gt;&lt;p&gt;Risoluzione: mediana %4, 90% entro %5 (SLA %6)&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="266" />
        <source>%1★ %2</source>
        <translation>%1★ %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="268" />
        <source>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n rating(s), average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation><numerusform>&lt;h3&gt;Valutazioni dei clienti&lt;/h3&gt;&lt;p&gt;%n valutazione, media %1 su 5&lt;/p&gt;&lt;p&gt;%2% soddisfatti (4 o 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform><numerusform>&lt;h3&gt;Valutazioni dei clienti&lt;/h3&gt;&lt;p&gt;%n valutazioni, media %1 su 5&lt;/p&gt;&lt;p&gt;%2% soddisfatti (4 o 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="278" />
        <source>average of 5</source>
        <translation>media su 5</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="286" />
        <source>new</source>
        <translation>nuovi</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="288" />
        <source>closed</source>
        <translation>chiusi</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="319" />
        <location filename="../client/ui/DashboardWindow.cpp" line="323" />
        <location filename="../client/ui/DashboardWindow.cpp" line="325" />
        <source>open</source>
        <translation>aperti</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="321" />
        <source>breached</source>
        <translation>violato</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DeskNotifier</name>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="30" />
        <source>New ticket #%1</source>
        <translation>Nuovo ticket #%1</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="36" />
        <source>Customer reply on #%1</source>
        <translation>Risposta del cliente su #%1</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="44" />
        <source>#%1 was assigned to you</source>
        <translation>#%1 ti è stato assegnato</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="47" />
        <source>SLA warning on #%1</source>
        <translation>Avviso SLA su #%1</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="54" />
        <source>%1 mentioned you on #%2</source>
        <translation>%1 ti ha menzionato in #%2</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="55" />
        <source>%1 mentioned you</source>
        <translation>%1 ti ha menzionato</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::InboxDelegate</name>
    <message>
        <location filename="../client/ui/InboxDelegate.cpp" line="132" />
        <source>sending…</source>
        <translation>invio…</translation>
    </message>
    <message>
        <location filename="../client/ui/InboxDelegate.cpp" line="217" />
        <source>(sending…)</source>
        <translation>(invio…)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::IntegrationClient</name>
    <message>
        <location filename="../client/core/IntegrationClient.cpp" line="19" />
        <source>Integrations are arranged on the server; it is not reachable.</source>
        <translation>Le integrazioni si configurano sul server; non è raggiungibile.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::IntegrationsPane</name>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="86" />
        <source>Ticket created</source>
        <translation>Ticket creato</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="87" />
        <source>Ticket changed</source>
        <translation>Ticket modificato</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="88" />
        <source>Public reply of an agent</source>
        <translation>Risposta pubblica di un agente</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="89" />
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="90" />
        <source>Message of the customer</source>
        <translation>Messaggio del cliente</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="782" />
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="782" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="136" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="520" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="378" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <source>Allowed networks</source>
        <translation>Reti consentite</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <source>Log kept (days)</source>
        <translation>Registro conservato (giorni)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="106" />
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="112" />
        <source>Integration</source>
        <translation>Integrazione</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="115" />
        <source>Active (off: no webhook is sent)</source>
        <translation>Attiva (disattivata: nessun webhook viene inviato)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="119" />
        <source>e.g. 10.1.0.0/16, 192.0.2.7 (empty: any)</source>
        <translation>ad es. 10.1.0.0/16, 192.0.2.7 (vuoto: qualsiasi)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="133" />
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="134" />
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="138" />
        <source>Its API calls may come from</source>
        <translation>Le sue chiamate API possono provenire da</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="139" />
        <source>Keep its log (days)</source>
        <translation>Conserva il registro (giorni)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="206" />
        <source>Deliveries of the selected webhook or channel:</source>
        <translation>Consegne del webhook o del canale scelto:</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="244" />
        <source>New lookup secret</source>
        <translation>Nuovo segreto delle richieste</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="245" />
        <source>Give %1 a new lookup secret? From now on only the new one signs the desk's lookups: the system needs it.</source>
        <translation>Dare a %1 un nuovo segreto delle richieste? D'ora in poi solo il nuovo firma le richieste dell'helpdesk: il sistema ne ha bisogno.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="298" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="310" />
        <source>Saved. Copy the lookup secret now: it is not shown again.</source>
        <translation>Salvato. Copia ora il segreto delle richieste: non verrà più mostrato.</translation>
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
        <translation>Eventi</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="489" />
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="489" />
        <source>Dead</source>
        <translation>Abbandonate</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Receiver down until</source>
        <translation>Destinatario non disponibile fino a</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="364" />
        <source>Webhook of the selected integration</source>
        <translation>Webhook dell'integrazione selezionata</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="367" />
        <source>https://system.example/hooks/helpdesk</source>
        <translation>https://system.example/hooks/helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="383" />
        <source>Secret (shown only now; the receiver checks signatures with it):</source>
        <translation>Segreto (mostrato solo ora; il destinatario verifica con esso le firme):</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="389" />
        <source>Add webhook</source>
        <translation>Aggiungi webhook</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="390" />
        <source>Save webhook</source>
        <translation>Salva webhook</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="391" />
        <source>Send a test event</source>
        <translation>Invia un evento di prova</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="126" />
        <source>https://system.example/helpdesk/lookup (empty: never asked)</source>
        <translation>https://system.example/helpdesk/lookup (vuoto: mai interrogato)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="128" />
        <source>Lookup secret (shown only now; the system checks the lookups' signatures with it):</source>
        <translation>Segreto delle richieste (mostrato solo ora; il sistema verifica con esso le firme delle richieste):</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="132" />
        <source>New lookup secret…</source>
        <translation>Nuovo segreto delle richieste…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="140" />
        <source>Ask for its fields' values at</source>
        <translation>Chiedere i valori dei suoi campi a</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="151" />
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="152" />
        <source>Channels</source>
        <translation>Canali</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Last status</source>
        <translation>Ultimo stato</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="159" />
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="159" />
        <source>Next attempt</source>
        <translation>Prossimo tentativo</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="164" />
        <source>Test event</source>
        <translation>Evento di prova</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="166" />
        <source>Reply through the channel</source>
        <translation>Risposta tramite il canale</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="171" />
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="173" />
        <source>delivered</source>
        <translation>consegnata</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="175" />
        <source>given up</source>
        <translation>abbandonata</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="180" />
        <source>Send again</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Time (ms)</source>
        <translation>Durata (ms)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="187" />
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="187" />
        <source>Payload</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="190" />
        <source>sent</source>
        <translation>inviata</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="190" />
        <source>received</source>
        <translation>ricevuta</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="192" />
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="200" />
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Deliveries of the selected webhook:</source>
        <translation>Consegne del webhook selezionato:</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="210" />
        <source>Log of the selected integration (every call, either way):</source>
        <translation>Registro dell'integrazione selezionata (ogni chiamata, in entrambe le direzioni):</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="409" />
        <source>Sending a test event…</source>
        <translation>Invio di un evento di prova…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="255" />
        <source>Sending again…</source>
        <translation>Nuovo invio…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="297" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="461" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="597" />
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="461" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="597" />
        <source>Saved. Copy the secret now: it is not shown again.</source>
        <translation>Salvato. Copia ora il segreto: non verrà più mostrato.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="476" />
        <source>Test event queued; see its delivery below.</source>
        <translation>Evento di prova in coda; la sua consegna è qui sotto.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="314" />
        <source>Queued to be sent again.</source>
        <translation>In coda per un nuovo invio.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="333" />
        <source>Not done: %1</source>
        <translation>Non eseguito: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="334" />
        <source>Not done (%1): %2</source>
        <translation>Non eseguito (%1): %2</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Format</source>
        <translation>Formato</translation>
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
        <translation>Canale dell'integrazione scelta</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="508" />
        <source>https://system.example/hooks/replies</source>
        <translation>https://system.example/hooks/replies</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="514" />
        <source>Helpdesk (this desk's webhook body)</source>
        <translation>Helpdesk (il corpo webhook di questo helpdesk)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="515" />
        <source>Omnidesk (as Omnidesk posts to a custom channel)</source>
        <translation>Omnidesk (come Omnidesk invia a un canale personalizzato)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="516" />
        <source>Active (off: its calls are refused and replies wait)</source>
        <translation>Attivo (spento: le sue chiamate sono rifiutate e le risposte attendono)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="521" />
        <source>Replies go to</source>
        <translation>Le risposte vanno a</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="522" />
        <source>Its tickets open in</source>
        <translation>I suoi ticket si aprono in</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="523" />
        <source>Replies are sent as</source>
        <translation>Le risposte sono inviate come</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="527" />
        <source>Secret (shown only now; the system checks the replies' signatures with it):</source>
        <translation>Segreto (mostrato solo ora; il sistema verifica con esso le firme delle risposte):</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="533" />
        <source>Add channel</source>
        <translation>Aggiungi canale</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="534" />
        <source>Save channel</source>
        <translation>Salva canale</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="536" />
        <source>Delete channel…</source>
        <translation>Elimina canale…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="556" />
        <source>Give the channel %1 a new secret? From now on only the new one signs the replies sent through it: the system needs it.</source>
        <translation>Dare un nuovo segreto al canale %1? D'ora in poi solo il nuovo firma le risposte inviate tramite esso: il sistema ne ha bisogno.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="566" />
        <source>Delete channel</source>
        <translation>Elimina canale</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="567" />
        <source>Delete the channel %1? Replies still waiting to be sent through it are dropped; its tickets stay, as ordinary tickets.</source>
        <translation>Eliminare il canale %1? Le risposte che attendono ancora di essere inviate tramite esso vengono scartate; i suoi ticket restano, come ticket normali.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="834" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="853" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="863" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="879" />
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="392" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="535" />
        <source>New secret…</source>
        <translation>Nuovo segreto…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="393" />
        <source>Delete webhook…</source>
        <translation>Elimina webhook…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="415" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="555" />
        <source>New secret</source>
        <translation>Nuovo segreto</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="426" />
        <source>Delete webhook</source>
        <translation>Elimina webhook</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="468" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="604" />
        <source>Deleted.</source>
        <translation>Eliminato.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="416" />
        <source>Give the webhook at %1 a new secret? From now on only the new one signs its deliveries: the receiver needs it.</source>
        <translation>Dare un nuovo segreto al webhook su %1? D'ora in poi solo il nuovo firma le sue consegne: il destinatario ne ha bisogno.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="427" />
        <source>Delete the webhook at %1? What still waits to be sent to it is dropped; its log stays.</source>
        <translation>Eliminare il webhook su %1? Ciò che attende ancora di essergli inviato viene scartato; il suo registro resta.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="91" />
        <source>Rating given</source>
        <translation>Valutazione data</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="92" />
        <source>Rating changed</source>
        <translation>Valutazione modificata</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="93" />
        <source>Ticket rated as a whole</source>
        <translation>Ticket valutato nel complesso</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="25" />
        <source>Sign in to Helpdesk</source>
        <translation>Accedi a Helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="39" />
        <source>agent@example.com</source>
        <translation>agent@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="45" />
        <source>6-digit code or a recovery code</source>
        <translation>codice a 6 cifre o codice di recupero</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="46" />
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="52" />
        <source>Sign in without encryption anyway</source>
        <translation>Accedi comunque senza cifratura</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="60" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="61" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="62" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="67" />
        <source>Forgot your password?</source>
        <translation>Password dimenticata?</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="79" />
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="85" />
        <source>Sign in to your desk</source>
        <translation>Accedi al tuo helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="95" />
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="126" />
        <source>If %1 has an account on this server, a link to choose a new password is on its way there.</source>
        <translation>Se %1 ha un account su questo server, vi è stato inviato un link per scegliere una nuova password.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="176" />
        <source>This connection is not encrypted: confirm below that you want to use it anyway, or use an https:// address.</source>
        <translation>Questa connessione non è cifrata: conferma qui sotto che vuoi usarla comunque, oppure usa un indirizzo https://.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="216" />
        <source>%1 is reached over plain http: your password and every ticket you open, internal notes included, can be read and changed by anyone on the network in between. Use an https:// address if the server has one.</source>
        <translation>%1 è raggiunto tramite http non cifrato: la tua password e ogni ticket che apri, note interne comprese, possono essere letti e modificati da chiunque sulla rete nel mezzo. Usa un indirizzo https:// se il server ne ha uno.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="252" />
        <source>Your role signs in with two factors: set up an authenticator app to sign in.</source>
        <translation>Il tuo ruolo accede con due fattori: configura un'app di autenticazione per accedere.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="260" />
        <source>Enter the server's address, your e-mail and your password.</source>
        <translation>Inserisci l'indirizzo del server, la tua e-mail e la password.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="166" />
        <location filename="../client/ui/LoginDialog.cpp" line="265" />
        <source>The server's address starts with https:// (or http://).</source>
        <translation>L'indirizzo del server inizia con https:// (o http://).</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="269" />
        <source>This connection is not encrypted: confirm below that you want to sign in anyway, or use an https:// address.</source>
        <translation>Questa connessione non è cifrata: conferma qui sotto che vuoi accedere comunque, oppure usa un indirizzo https://.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MailTemplateClient</name>
    <message>
        <location filename="../client/core/MailTemplateClient.cpp" line="17" />
        <source>Mail templates are changed on the server; it is not reachable.</source>
        <translation>I modelli di e-mail si modificano sul server, che non è raggiungibile.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MailTemplateEditor</name>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="33" />
        <source>Mail templates of %1</source>
        <translation>Modelli di e-mail di %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="33" />
        <source>Mail templates of the whole desk</source>
        <translation>Modelli di e-mail dell'intero helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="56" />
        <source>Preview shows the mail as the server writes it, with sample values.</source>
        <translation>L'anteprima mostra l'e-mail come la scrive il server, con valori di esempio.</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="60" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="73" />
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="61" />
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="62" />
        <source>Reset to default</source>
        <translation>Ripristina il predefinito</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="63" />
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="66" />
        <source>Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="68" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="69" />
        <source>Texts from</source>
        <translation>Origine dei testi</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="70" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="218" />
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="71" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="219" />
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="72" />
        <source>Placeholders</source>
        <translation>Segnaposto</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="126" />
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="130" />
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="131" />
        <source>Not saved (%1): %2</source>
        <translation>Non salvato (%1): %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="179" />
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="185" />
        <source>Resetting…</source>
        <translation>Ripristino…</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="200" />
        <source>this group</source>
        <translation>questo gruppo</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="200" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="201" />
        <source>the whole desk</source>
        <translation>l'intero helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="202" />
        <source>the default text</source>
        <translation>il testo predefinito</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="217" />
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, riga %2, colonna %3: %4</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="225" />
        <source>The template has a mistake; it cannot be saved like this.</source>
        <translation>Il modello contiene un errore; così non può essere salvato.</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="228" />
        <source>Subject: %1</source>
        <translation>Oggetto: %1</translation>
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
        <translation>Cerca numero, titolo, cliente, testo (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="191" />
        <source>First sync: %1 tickets</source>
        <translation>Prima sincronizzazione: %1 ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="196" />
        <source>Not saved — %1: %2</source>
        <translation>Non salvato — %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="199" />
        <source>Attachment not saved: %1</source>
        <translation>Allegato non salvato: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="201" />
        <source>A message from the server could not be read (skipped): %1</source>
        <translation>Un messaggio del server non era leggibile (saltato): %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="205" />
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="206" />
        <source>Work &amp;offline</source>
        <translation>Lavora &amp;offline</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="211" />
        <source>Sign &amp;out</source>
        <translation>&amp;Esci dall'account</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="216" />
        <source>Sign out</source>
        <translation>Esci dall'account</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="216" />
        <source>%n change(s) not yet sent will be lost. Sign out anyway?</source>
        <translation><numerusform>%n modifica non ancora inviata andrà persa. Uscire comunque?</numerusform><numerusform>%n modifiche non ancora inviate andranno perse. Uscire comunque?</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="222" />
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="223" />
        <source>&amp;Tickets</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;New ticket by e-mail…</source>
        <translation>&amp;Nuovo ticket via e-mail…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="226" />
        <source>&amp;Save search as a view…</source>
        <translation>&amp;Salva la ricerca come vista…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="227" />
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="233" />
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="234" />
        <source>&amp;Server settings…</source>
        <translation>Impostazioni del &amp;server…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="240" />
        <source>&amp;Two-factor sign-in…</source>
        <translation>Accesso a &amp;due fattori…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="247" />
        <source>My &amp;signature…</source>
        <translation>La mia &amp;firma…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="258" />
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="271" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="271" />
        <source>The new language is used from the next start.</source>
        <translation>La nuova lingua vale dal prossimo avvio.</translation>
    </message>
    <message>
        <source>Remove this view</source>
        <translation>Rimuovi questa vista</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="300" />
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="352" />
        <location filename="../client/ui/MainWindow.cpp" line="406" />
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ticket successivo / precedente&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rispondi&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nota interna&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;invia&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;prendi il ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;chiudi il ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cerca&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;questo elenco&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>New ticket by e-mail</source>
        <translation>Nuovo ticket via e-mail</translation>
    </message>
    <message>
        <source>customer@example.com</source>
        <translation>cliente@example.com</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-mail del cliente</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>A new ticket needs the customer's e-mail, a subject and a text.</source>
        <translation>Un nuovo ticket richiede l'e-mail del cliente, un oggetto e un testo.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="423" />
        <source>Save search as a view</source>
        <translation>Salva la ricerca come vista</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="424" />
        <source>Type a search first; the view shows its tickets.</source>
        <translation>Scrivi prima una ricerca; la vista mostra i suoi ticket.</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nome della vista:</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="484" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Imposta lo stato di %n ticket</numerusform><numerusform>Imposta lo stato di %n ticket</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="483" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>Assegna %n ticket a</numerusform><numerusform>Assegna %n ticket a</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="507" />
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="485" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>Sposta %n ticket nel gruppo</numerusform><numerusform>Sposta %n ticket nel gruppo</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="224" />
        <source>&amp;New ticket…</source>
        <translation>&amp;Nuovo ticket…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="279" />
        <source>New view…</source>
        <translation>Nuova vista…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="281" />
        <source>Edit view…</source>
        <translation>Modifica vista…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="283" />
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="286" />
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="292" />
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="293" />
        <source>Delete view</source>
        <translation>Elimina vista</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="293" />
        <source>Delete the view "%1"?</source>
        <translation>Eliminare la vista "%1"?</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="301" />
        <source>&amp;Keyboard shortcuts (F1)</source>
        <translation>&amp;Scorciatoie da tastiera (F1)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="327" />
        <location filename="../client/ui/MainWindow.cpp" line="329" />
        <source>Next ticket</source>
        <translation>Ticket successivo</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="328" />
        <location filename="../client/ui/MainWindow.cpp" line="330" />
        <source>Previous ticket</source>
        <translation>Ticket precedente</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="331" />
        <source>Open the ticket (focus its pane)</source>
        <translation>Apri il ticket (passa al suo riquadro)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="341" />
        <location filename="../client/ui/MainWindow.cpp" line="342" />
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="343" />
        <location filename="../client/ui/MainWindow.cpp" line="344" />
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="345" />
        <location filename="../client/ui/MainWindow.cpp" line="346" />
        <source>Assign the selected tickets to me</source>
        <translation>Assegna a me i ticket selezionati</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="347" />
        <location filename="../client/ui/MainWindow.cpp" line="348" />
        <source>Close the selected tickets</source>
        <translation>Chiudi i ticket selezionati</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="349" />
        <location filename="../client/ui/MainWindow.cpp" line="350" />
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="351" />
        <location filename="../client/ui/MainWindow.cpp" line="844" />
        <source>Command palette</source>
        <translation>Palette dei comandi</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="401" />
        <source>Send (in the composer)</source>
        <translation>Invia (nell'editor)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="486" />
        <source>Add or remove tags…</source>
        <translation>Aggiungi o rimuovi etichette…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="487" />
        <source>Merge into one ticket…</source>
        <translation>Unisci in un unico ticket…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="488" />
        <source>Apply macro</source>
        <translation>Applica macro</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="503" />
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="548" />
        <source>(no macros)</source>
        <translation>(nessuna macro)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="563" />
        <source>Tags of %n ticket(s)</source>
        <translation><numerusform>Etichette di %n ticket</numerusform><numerusform>Etichette di %n ticket</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="566" />
        <source>tags to add, separated by commas</source>
        <translation>etichette da aggiungere, separate da virgole</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="569" />
        <source>tags to remove, separated by commas</source>
        <translation>etichette da rimuovere, separate da virgole</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="571" />
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="572" />
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="597" />
        <source>Merge %n ticket(s)</source>
        <translation><numerusform>Unisci %n ticket</numerusform><numerusform>Unisci %n ticket</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="606" />
        <source>The other tickets' messages move into the one you keep; they are closed as merged.</source>
        <translation>I messaggi degli altri ticket passano in quello che mantieni; vengono chiusi come uniti.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="607" />
        <source>Keep</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="609" />
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="635" />
        <source>Sort the tickets by</source>
        <translation>Ordina i ticket per</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="642" />
        <source>Newest or largest first</source>
        <translation>Prima i più recenti o i più grandi</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="649" />
        <source>Sort:</source>
        <translation>Ordina:</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="657" />
        <source>Assign to me</source>
        <translation>Assegna a me</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="672" />
        <source>Assign</source>
        <translation>Assegna</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="673" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="674" />
        <source>Tags…</source>
        <translation>Etichette…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="675" />
        <source>Merge…</source>
        <translation>Unisci…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="676" />
        <source>Macro</source>
        <translation>Macro</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="683" />
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="685" />
        <source>&amp;Two lines per ticket</source>
        <translation>&amp;Due righe per ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="686" />
        <source>&amp;Compact list</source>
        <translation>Elenco &amp;compatto</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="696" />
        <source>Reading pane on the &amp;right</source>
        <translation>Riquadro di lettura a d&amp;estra</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="697" />
        <source>Reading pane &amp;below</source>
        <translation>Riquadro di lettura in &amp;basso</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="706" />
        <location filename="../client/ui/MainWindow.cpp" line="850" />
        <source>Command &amp;palette…</source>
        <translation>&amp;Palette dei comandi…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="859" />
        <source>Go to view: %1</source>
        <translation>Vai alla vista: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="872" />
        <source>Go to ticket #%1</source>
        <translation>Vai al ticket #%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="897" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n modifica in attesa di invio</numerusform><numerusform>%n modifiche in attesa di invio</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="904" />
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="906" />
        <source>● Connecting…</source>
        <translation>● Connessione…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="910" />
        <source>● Offline — working from the local copy</source>
        <translation>● Offline — si lavora sulla copia locale</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="922" />
        <source>I am back</source>
        <translation>Sono di ritorno</translation>
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
        <translation>Sono &amp;assente…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="961" />
        <source>I am &amp;back</source>
        <translation>Sono di &amp;ritorno</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="966" />
        <source>&amp;Notifications…</source>
        <translation>&amp;Notifiche…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="971" />
        <source>&amp;Appearance</source>
        <translation>&amp;Aspetto</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="973" />
        <source>Like the &amp;system</source>
        <translation>Come il &amp;sistema</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="974" />
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="975" />
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="1001" />
        <source>Away until %1</source>
        <translation>Assente fino al %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="1002" />
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="1004" />
        <source> — follow-ups to %1</source>
        <translation> — risposte inoltrate a %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::NewTicketDialog</name>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="36" />
        <source>New ticket</source>
        <translation>Nuovo ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="45" />
        <location filename="../client/ui/NewTicketDialog.cpp" line="85" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="46" />
        <source>Phone call in</source>
        <translation>Telefonata in entrata</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="47" />
        <source>Phone call out</source>
        <translation>Telefonata in uscita</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="65" />
        <source>Name or e-mail of the customer</source>
        <translation>Nome o e-mail del cliente</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="74" />
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="81" />
        <source>customer@example.com</source>
        <translation>cliente@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="84" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="104" />
        <source>(default)</source>
        <translation>(predefinita)</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="117" />
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="118" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="119" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="120" />
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="121" />
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="123" />
        <location filename="../client/ui/NewTicketDialog.cpp" line="183" />
        <location filename="../client/ui/NewTicketDialog.cpp" line="187" />
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="178" />
        <source>Your e-mail to the customer</source>
        <translation>La tua e-mail al cliente</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="179" />
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="182" />
        <source>What the caller asked for</source>
        <translation>Cosa ha chiesto chi ha chiamato</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="186" />
        <source>What you told the customer on the phone</source>
        <translation>Cosa hai detto al cliente al telefono</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="198" />
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="211" />
        <source>Customer: %1 &lt;%2&gt;</source>
        <translation>Cliente: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="240" />
        <source>A new customer needs a name and an e-mail address.</source>
        <translation>Un nuovo cliente richiede un nome e un indirizzo e-mail.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="242" />
        <source>Choose a customer from the list, type their e-mail address, or make a new customer.</source>
        <translation>Scegli un cliente dall'elenco, inserisci il suo indirizzo e-mail o crea un nuovo cliente.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="244" />
        <source>A new ticket needs a title.</source>
        <translation>Un nuovo ticket richiede un titolo.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="246" />
        <source>Choose a group.</source>
        <translation>Scegli un gruppo.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="248" />
        <source>Write the e-mail to the customer.</source>
        <translation>Scrivi l'e-mail al cliente.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="249" />
        <source>Note what was said on the phone.</source>
        <translation>Annota cosa è stato detto al telefono.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::NotificationPreferences</name>
    <message>
        <location filename="../client/core/NotificationPreferences.cpp" line="40" />
        <location filename="../client/core/NotificationPreferences.cpp" line="58" />
        <source>Notification preferences are kept on the server; it is not reachable.</source>
        <translation>Le preferenze di notifica sono conservate sul server; non è raggiungibile.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::NotificationPreferencesDialog</name>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="17" />
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="19" />
        <source>A new ticket in my groups</source>
        <translation>Un nuovo ticket nei miei gruppi</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="20" />
        <source>A customer replies on my ticket</source>
        <translation>Un cliente risponde a un mio ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="21" />
        <source>A ticket is assigned to me</source>
        <translation>Mi viene assegnato un ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="22" />
        <source>A colleague mentions me</source>
        <translation>Un collega mi menziona</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="23" />
        <source>An SLA deadline of my ticket comes near</source>
        <translation>Una scadenza SLA di un mio ticket si avvicina</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="27" />
        <source>&lt;b&gt;Desktop&lt;/b&gt;</source>
        <translation>&lt;b&gt;Desktop&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="28" />
        <source>&lt;b&gt;E-mail&lt;/b&gt;</source>
        <translation>&lt;b&gt;E-mail&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="46" />
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="67" />
        <source>Reading your preferences…</source>
        <translation>Lettura delle preferenze…</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="91" />
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ObjectEditor</name>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="120" />
        <source>(not used)</source>
        <translation>(non usato)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="158" />
        <source>either</source>
        <translation>indifferente</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="159" />
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="160" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="162" />
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/Outbox.cpp" line="101" />
        <source>the stored change is unreadable: %1</source>
        <translation>la modifica salvata è illeggibile: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::PartnerDesksPane</name>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Our role</source>
        <translation>Il nostro ruolo</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Ended by</source>
        <translation>Terminato da</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Terms</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="53" />
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="53" />
        <source>Waiting requests</source>
        <translation>Richieste in attesa</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="57" />
        <source>we share our tickets</source>
        <translation>condividiamo i nostri ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="57" />
        <source>the partner shares with us</source>
        <translation>il partner condivide con noi</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="60" />
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="62" />
        <source>accepted</source>
        <translation>accettato</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="64" />
        <source>declined</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="66" />
        <source>ended</source>
        <translation>terminato</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="69" />
        <source>the sender</source>
        <translation>il mittente</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="69" />
        <source>the receiver</source>
        <translation>il destinatario</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="75" />
        <source>Invite a partner desk</source>
        <translation>Invita un helpdesk partner</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="78" />
        <source>https://partner.example/sharing</source>
        <translation>https://partner.example/sharing</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="81" />
        <source>Full delegation (the partner may answer our customers and solve tickets)</source>
        <translation>Delega completa (il partner può rispondere ai nostri clienti e risolvere i ticket)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="83" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="98" />
        <source>Sync tags</source>
        <translation>Sincronizza i tag</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="84" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="99" />
        <source>Sync custom fields</source>
        <translation>Sincronizza i campi personalizzati</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="85" />
        <source>Invite</source>
        <translation>Invita</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="88" />
        <source>Partner's sharing URL</source>
        <translation>URL di condivisione del partner</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="89" />
        <source>Our name (as the partner sees it)</source>
        <translation>Il nostro nome (come lo vede il partner)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="96" />
        <source>Selected agreement</source>
        <translation>Accordo selezionato</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="97" />
        <source>Full delegation</source>
        <translation>Delega completa</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="102" />
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="104" />
        <source>Decline</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="106" />
        <source>End sharing…</source>
        <translation>Termina la condivisione…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="108" />
        <source>Save changes</source>
        <translation>Salva le modifiche</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="110" />
        <source>Status map…</source>
        <translation>Mappatura degli stati…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="116" />
        <source>Group for shared tickets</source>
        <translation>Gruppo per i ticket condivisi</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Duration (ms)</source>
        <translation>Durata (ms)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="129" />
        <source>sent</source>
        <translation>inviata</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="129" />
        <source>received</source>
        <translation>ricevuta</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="131" />
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="139" />
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="152" />
        <source>Sync log of the selected agreement:</source>
        <translation>Registro di sincronizzazione dell'accordo selezionato:</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="168" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="403" />
        <source>Choose the group that gets the shared tickets.</source>
        <translation>Scegli il gruppo che riceve i ticket condivisi.</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="171" />
        <source>Accepting…</source>
        <translation>Accettazione…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="175" />
        <source>Declining…</source>
        <translation>Rifiuto…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="192" />
        <source>Our sharing URL (give it to a partner; set by the public address of Outgoing mail): %1</source>
        <translation>Il nostro URL di condivisione (da dare a un partner; segue l'indirizzo pubblico della posta in uscita): %1</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="202" />
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="209" />
        <source>Not done: %1</source>
        <translation>Non eseguito: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="240" />
        <source>(choose a group)</source>
        <translation>(scegli un gruppo)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="253" />
        <source>full delegation</source>
        <translation>delega completa</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="253" />
        <source>partial delegation</source>
        <translation>delega parziale</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="255" />
        <source>tags</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="257" />
        <source>custom fields</source>
        <translation>campi personalizzati</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="262" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="338" />
        <source>Enter the partner's sharing URL and our name.</source>
        <translation>Inserisci l'URL di condivisione del partner e il nostro nome.</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="341" />
        <source>Inviting…</source>
        <translation>Invito in corso…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="354" />
        <source>End sharing</source>
        <translation>Termina la condivisione</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="355" />
        <source>End the agreement with %1? Shared tickets stop being synced, and sharing again takes a new invitation.</source>
        <translation>Terminare l'accordo con %1? I ticket condivisi non vengono più sincronizzati e per condividere di nuovo serve un nuovo invito.</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="366" />
        <source>Ending…</source>
        <translation>Chiusura…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="408" />
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::PresenceTracker</name>
    <message>
        <location filename="../client/core/PresenceTracker.cpp" line="48" />
        <source>%1 is writing a reply.</source>
        <translation>%1 sta scrivendo una risposta.</translation>
    </message>
    <message>
        <location filename="../client/core/PresenceTracker.cpp" line="49" />
        <source>%1 is viewing this ticket.</source>
        <translation>%1 sta guardando questo ticket.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ServerConnection</name>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="62" />
        <source>signed out</source>
        <translation>disconnesso</translation>
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="90" />
        <source>the connection to the server was lost</source>
        <translation>la connessione al server si è interrotta</translation>
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
        <translation>Impostazioni di Helpdesk</translation>
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
        <translation>Nome</translation>
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
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="42" />
        <source>E-mail addresses</source>
        <translation>Indirizzi e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="43" />
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Acknowledgement subject</source>
        <translation>Oggetto della conferma</translation>
    </message>
    <message>
        <source>Acknowledgement text</source>
        <translation>Testo della conferma</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="59" />
        <source>Agents (e-mail: read or full, one per line)</source>
        <translation>Operatori (e-mail: read o full, uno per riga)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="62" />
        <location filename="../client/ui/SettingsWindow.cpp" line="75" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="64" />
        <location filename="../client/ui/SettingsWindow.cpp" line="69" />
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="67" />
        <location filename="../client/ui/SettingsWindow.cpp" line="98" />
        <location filename="../client/ui/SettingsWindow.cpp" line="109" />
        <source>Rank</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="72" />
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="74" />
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Options (JSON)</source>
        <translation>Opzioni (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="77" />
        <source>Required</source>
        <translation>Obbligatorio</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="83" />
        <source>Keyword (after ::)</source>
        <translation>Parola chiave (dopo ::)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="86" />
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="90" />
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Weekly hours (JSON)</source>
        <translation>Orario settimanale (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="92" />
        <source>Holidays (YYYY-MM-DD, …)</source>
        <translation>Festività (AAAA-MM-GG, …)</translation>
    </message>
    <message>
        <source>Calendar id</source>
        <translation>Id del calendario</translation>
    </message>
    <message>
        <source>Applies to (JSON)</source>
        <translation>Si applica a (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="99" />
        <source>First response (business minutes)</source>
        <translation>Prima risposta (minuti lavorativi)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="100" />
        <source>Update (business minutes)</source>
        <translation>Aggiornamento (minuti lavorativi)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="101" />
        <source>Solution (business minutes)</source>
        <translation>Risoluzione (minuti lavorativi)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="102" />
        <source>Warn before (minutes)</source>
        <translation>Avvisa prima (minuti)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="106" />
        <source>On</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Conditions (JSON)</source>
        <translation>Condizioni (JSON)</translation>
    </message>
    <message>
        <source>Actions (JSON)</source>
        <translation>Azioni (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="117" />
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="118" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="119" />
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="120" />
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="121" />
        <location filename="../client/ui/SettingsWindow.cpp" line="150" />
        <source>Check the certificate</source>
        <translation>Verifica il certificato</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="122" />
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="123" />
        <source>Password (empty: unchanged)</source>
        <translation>Password (vuota: invariata)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="124" />
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="125" />
        <source>Enabled</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="126" />
        <source>Poll every (minutes)</source>
        <translation>Controlla ogni (minuti)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="127" />
        <source>Unknown senders open tickets</source>
        <translation>I mittenti sconosciuti aprono ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="128" />
        <source>Attach the original .eml</source>
        <translation>Allega l'.eml originale</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Id del gruppo</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="135" />
        <source>POP3: delete processed mail</source>
        <translation>POP3: elimina la posta elaborata</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="136" />
        <source>IMAP: folder for processed mail</source>
        <translation>IMAP: cartella per la posta elaborata</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="137" />
        <source>IMAP: folder for failed mail</source>
        <translation>IMAP: cartella per la posta non elaborata</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="138" />
        <source>Disable after failed connections (0: never)</source>
        <translation>Disattiva dopo connessioni fallite (0: mai)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="140" />
        <source>System address</source>
        <translation>Indirizzo di sistema</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="141" />
        <source>System name</source>
        <translation>Nome del sistema</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="142" />
        <source>No-reply address</source>
        <translation>Indirizzo no-reply</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="143" />
        <source>Public address of the server</source>
        <translation>Indirizzo pubblico del server</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="144" />
        <source>Ticket tag in subjects</source>
        <translation>Etichetta del ticket nell'oggetto</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="145" />
        <source>Automatic replies per recipient and hour</source>
        <translation>Risposte automatiche per destinatario e ora</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="146" />
        <source>Largest accepted message (bytes)</source>
        <translation>Messaggio più grande accettato (byte)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="147" />
        <source>SMTP server</source>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="148" />
        <source>SMTP port</source>
        <translation>Porta SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="149" />
        <source>SMTP security</source>
        <translation>Sicurezza SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="151" />
        <source>SMTP user name</source>
        <translation>Utente SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="152" />
        <source>SMTP password (empty: unchanged)</source>
        <translation>Password SMTP (vuota: invariata)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="153" />
        <source>SMTP timeout (seconds)</source>
        <translation>Timeout SMTP (secondi)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="165" />
        <source>Tag (type a new name and save to rename; an existing name merges)</source>
        <translation>Etichetta (scrivi un nuovo nome e salva; un nome esistente unisce)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="167" />
        <source>Acts as (an agent's e-mail; empty: you)</source>
        <translation>Agisce come (e-mail di un agente; vuoto: tu)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="172" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="174" />
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="175" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="182" />
        <location filename="../client/ui/SettingsWindow.cpp" line="213" />
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="214" />
        <source>States</source>
        <translation>Stati</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="183" />
        <location filename="../client/ui/SettingsWindow.cpp" line="215" />
        <source>Priorities</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="184" />
        <location filename="../client/ui/SettingsWindow.cpp" line="216" />
        <source>Ticket types</source>
        <translation>Tipi di ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="217" />
        <source>Custom fields</source>
        <translation>Campi personalizzati</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="218" />
        <source>Text modules</source>
        <translation>Moduli di testo</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="96" />
        <location filename="../client/ui/SettingsWindow.cpp" line="219" />
        <source>Business hours</source>
        <translation>Orari di lavoro</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="45" />
        <source>Mail to customers asks for a rating</source>
        <translation>Le e-mail ai clienti chiedono una valutazione</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="46" />
        <source>Words before a reply's rating link (empty: the default in the customer's language)</source>
        <translation>Testo prima del link di valutazione di una risposta (vuoto: il testo predefinito nella lingua del cliente)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="48" />
        <source>Offered on the requester portal</source>
        <translation>Offerto nel portale delle richieste</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="49" />
        <source>Description for customers</source>
        <translation>Descrizione per i clienti</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="51" />
        <source>Language of mail to unknown senders (empty: the desk's)</source>
        <translation>Lingua delle e-mail ai mittenti sconosciuti (vuoto: quella dell'helpdesk)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="53" />
        <source>Acknowledge a request only once an agent takes it</source>
        <translation>Confermare la ricezione solo quando un operatore prende in carico la richiesta</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="54" />
        <source>The acknowledgement links to the requester portal</source>
        <translation>La conferma rimanda al portale delle richieste</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <source>…only for requesters of these domains (empty: everyone)</source>
        <translation>…solo per i richiedenti di questi domini (vuoto: tutti)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="56" />
        <source>Web form on (a contact form sites embed; no account needed)</source>
        <translation>Modulo web attivo (un modulo di contatto che i siti incorporano; senza account)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="57" />
        <source>Sites that may embed the web form (https://…, comma separated)</source>
        <translation>Siti che possono incorporare il modulo (https://…, separati da virgole)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <source>Web form</source>
        <translation>Modulo web</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="76" />
        <source>Options (comma separated)</source>
        <translation>Opzioni (separate da virgole)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="78" />
        <source>Customers fill it in (new requests on the portal)</source>
        <translation>Lo compilano i clienti (nuove richieste nel portale)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="80" />
        <source>Owned by integration</source>
        <translation>Appartiene all'integrazione</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="85" />
        <source>Folder (groups modules in the composer; empty: none)</source>
        <translation>Cartella (raggruppa i moduli nell'editor; vuoto: nessuna)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="91" />
        <source>Weekly hours</source>
        <translation>Orari settimanali</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="97" />
        <source>Applies to (nothing chosen: all)</source>
        <translation>Si applica a (nulla scelto: tutti)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="107" />
        <source>When (all must hold)</source>
        <translation>Quando (tutto deve valere)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="108" />
        <source>Then</source>
        <translation>Allora</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="113" />
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="129" />
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="130" />
        <source>State of new tickets</source>
        <translation>Stato dei nuovi ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="131" />
        <source>Priority of new tickets</source>
        <translation>Priorità dei nuovi ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="132" />
        <source>State when the customer replies</source>
        <translation>Stato quando il cliente risponde</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="133" />
        <source>Priority when the customer replies</source>
        <translation>Priorità quando il cliente risponde</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="134" />
        <source>Changes recorded as</source>
        <translation>Modifiche registrate come</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="156" />
        <source>Offer customers the requester portal</source>
        <translation>Offri ai clienti il portale delle richieste</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="157" />
        <source>Sign in with the user header of a trusted reverse proxy</source>
        <translation>Accesso tramite l'intestazione utente di un reverse proxy attendibile</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="158" />
        <source>User header (e.g. X-Remote-User)</source>
        <translation>Intestazione utente (ad es. X-Remote-User)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="159" />
        <source>Trusted proxy addresses (empty: the server's --trusted-proxy list)</source>
        <translation>Indirizzi dei proxy attendibili (vuoto: l'elenco --trusted-proxy del server)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="161" />
        <source>Kerberos realm to mail domain (REALM=domain, …); a name with an address signs in by e-mail, a bare name by the part before @</source>
        <translation>Realm Kerberos verso dominio di posta (REALM=dominio, …); un nome con indirizzo accede per e-mail, un nome semplice per la parte prima di @</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="170" />
        <source>Members see each other's tickets</source>
        <translation>I membri vedono i ticket degli altri</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="185" />
        <location filename="../client/ui/SettingsWindow.cpp" line="229" />
        <source>Organizations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="187" />
        <source>State is</source>
        <translation>Lo stato è</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="188" />
        <source>Group is</source>
        <translation>Il gruppo è</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="189" />
        <source>Priority is</source>
        <translation>La priorità è</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="190" />
        <source>Type is</source>
        <translation>Il tipo è</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="191" />
        <source>Has all tags</source>
        <translation>Ha tutte le etichette</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="192" />
        <source>Has none of the tags</source>
        <translation>Non ha nessuna delle etichette</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="193" />
        <source>Title contains</source>
        <translation>Il titolo contiene</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="194" />
        <source>Sender's address contains</source>
        <translation>L'indirizzo del mittente contiene</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="195" />
        <source>SLA breached</source>
        <translation>SLA violato</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="196" />
        <source>Unchanged for (minutes)</source>
        <translation>Invariato da (minuti)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="197" />
        <source>Pending time passed</source>
        <translation>Tempo di attesa scaduto</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="199" />
        <source>Set state</source>
        <translation>Imposta lo stato</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="200" />
        <source>Set priority</source>
        <translation>Imposta la priorità</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="201" />
        <source>Move to group</source>
        <translation>Sposta nel gruppo</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="202" />
        <source>Assign to</source>
        <translation>Assegna a</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="203" />
        <source>Set type</source>
        <translation>Imposta il tipo</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="204" />
        <source>Add tags</source>
        <translation>Aggiungi etichette</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="205" />
        <source>Remove tags</source>
        <translation>Rimuovi etichette</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="206" />
        <source>Add an internal note</source>
        <translation>Aggiungi una nota interna</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="207" />
        <source>Send an e-mail to (customer, owner or an address)</source>
        <translation>Invia un'e-mail a (customer, owner o un indirizzo)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="209" />
        <source>E-mail subject</source>
        <translation>Oggetto dell'e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="210" />
        <source>E-mail text</source>
        <translation>Testo dell'e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="211" />
        <source>Notify the agents</source>
        <translation>Avvisa gli agenti</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="220" />
        <source>SLAs</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="221" />
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="222" />
        <source>Macros</source>
        <translation>Macro</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="223" />
        <source>Mailboxes</source>
        <translation>Caselle di posta</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="224" />
        <source>Outgoing mail</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="225" />
        <source>Web pages and sign-on</source>
        <translation>Pagine web e accesso</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="226" />
        <source>Partner desks</source>
        <translation>Helpdesk partner</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="227" />
        <source>Integrations</source>
        <translation>Integrazioni</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="228" />
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="230" />
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="231" />
        <source>API tokens</source>
        <translation>Token API</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="232" />
        <source>Audit log</source>
        <translation>Registro delle modifiche</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="257" />
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="257" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="257" />
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="258" />
        <source>Quarantined messages (interpreting them stopped the server):</source>
        <translation>Messaggi in quarantena (la loro elaborazione ha fermato il server):</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="260" />
        <source>Retry message</source>
        <translation>Riprova il messaggio</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="261" />
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="262" />
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="264" />
        <source>Poll now</source>
        <translation>Scarica ora</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="269" />
        <source>Test connection</source>
        <translation>Prova la connessione</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="270" />
        <source>Send a test mail…</source>
        <translation>Invia una mail di prova…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="271" />
        <source>Send an invitation</source>
        <translation>Invia un invito</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="272" />
        <source>Mail templates…</source>
        <translation>Modelli di e-mail…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="273" />
        <source>Signature…</source>
        <translation>Firma…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="324" />
        <source>Polling…</source>
        <translation>Scaricamento…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="339" />
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="345" />
        <source>Send a test mail</source>
        <translation>Invia una mail di prova</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="345" />
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="347" />
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="366" />
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="366" />
        <source>Failed: %1</source>
        <translation>Non riuscito: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="413" />
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="416" />
        <source>New token (copy it now, it is not shown again): %1</source>
        <translation>Nuovo token (copialo ora, non verrà più mostrato): %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="430" />
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="467" />
        <source>Remove from all tickets</source>
        <translation>Rimuovi da tutti i ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="467" />
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="488" />
        <source>Tag</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="488" />
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Acts as</source>
        <translation>Agisce come</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Last used</source>
        <translation>Ultimo uso</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Revoked</source>
        <translation>Revocato</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="514" />
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="514" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="554" />
        <location filename="../client/ui/SettingsWindow.cpp" line="584" />
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="688" />
        <source>Queueing the message again…</source>
        <translation>Rimessa in coda del messaggio…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="837" />
        <source>Save the group first, then edit its mail templates.</source>
        <translation>Salva prima il gruppo, poi modificane i modelli di e-mail.</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valido: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="799" />
        <source>Choose the tag to rename in the list.</source>
        <translation>Scegli nell'elenco l'etichetta da rinominare.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="803" />
        <source>Renaming…</source>
        <translation>Ridenominazione…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="810" />
        <source>A token cannot be changed: revoke it and create a new one.</source>
        <translation>Un token non si può modificare: revocalo e creane uno nuovo.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="813" />
        <source>Creating…</source>
        <translation>Creazione…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="818" />
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="825" />
        <source>Removing…</source>
        <translation>Rimozione…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="828" />
        <source>Revoking…</source>
        <translation>Revoca in corso…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SharingClient</name>
    <message>
        <location filename="../client/core/SharingClient.cpp" line="19" />
        <source>Sharing is arranged on the server; it is not reachable.</source>
        <translation>La condivisione si gestisce sul server; non è raggiungibile.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SignatureClient</name>
    <message>
        <location filename="../client/core/SignatureClient.cpp" line="32" />
        <source>Signatures are kept on the server; it is not reachable.</source>
        <translation>Le firme sono conservate sul server; non è raggiungibile.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SignatureDialog</name>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="19" />
        <source>Signature of %1</source>
        <translation>Firma di %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="24" />
        <source>Placeholders: {agent_name}, {group_name}, {customer_name}, {ticket_number}, {ticket_title}</source>
        <translation>Segnaposto: {agent_name}, {group_name}, {customer_name}, {ticket_number}, {ticket_title}</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="28" />
        <source>The group's signature only</source>
        <translation>Solo la firma del gruppo</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="29" />
        <source>The agent's signature only</source>
        <translation>Solo la firma dell'agente</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="30" />
        <source>Both: the agent's, then the group's</source>
        <translation>Entrambe: quella dell'agente, poi quella del gruppo</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="34" />
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="40" />
        <source>Signature of replies by e-mail</source>
        <translation>Firma delle risposte via e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="42" />
        <source>Replies carry (for every agent)</source>
        <translation>Le risposte riportano (per ogni agente)</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="62" />
        <location filename="../client/ui/SignatureDialog.cpp" line="64" />
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="74" />
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::StatusMapDialog</name>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="30" />
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="32" />
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="34" />
        <source>Waiting (reminder)</source>
        <translation>In attesa (promemoria)</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="36" />
        <source>Waiting to close</source>
        <translation>In attesa di chiusura</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="38" />
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="39" />
        <source>Merged</source>
        <translation>Unito</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="81" />
        <source>Status map for %1</source>
        <translation>Mappatura degli stati per %1</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="82" />
        <location filename="../client/ui/StatusMapDialog.cpp" line="90" />
        <source>Our state</source>
        <translation>Nostro stato</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="82" />
        <source>Word we send</source>
        <translation>Parola inviata</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="90" />
        <source>Partner's word</source>
        <translation>Parola del partner</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="98" />
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="102" />
        <source>Save status map</source>
        <translation>Salva la mappatura</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="107" />
        <source>What we send the partner for a ticket in each of our states:</source>
        <translation>Cosa inviamo al partner per un ticket in ciascuno dei nostri stati:</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="109" />
        <source>Which state each of the partner's words puts a ticket in:</source>
        <translation>Lo stato in cui ogni parola del partner mette un ticket:</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="129" />
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="157" />
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="179" />
        <source>What we send for “%1”</source>
        <translation>Cosa inviamo per «%1»</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="181" />
        <source>What “%1” means</source>
        <translation>Cosa significa «%1»</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="184" />
        <source>Not saved. %1: %2</source>
        <translation>Non salvato. %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="186" />
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketActions</name>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="67" />
        <source>Reply to #%1</source>
        <translation>Risposta a #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="84" />
        <source>Note on #%1</source>
        <translation>Nota su #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="97" />
        <source>Phone call on #%1</source>
        <translation>Telefonata su #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="111" />
        <location filename="../client/core/TicketActions.cpp" line="182" />
        <source>Change %1 of #%2</source>
        <translation>Modifica %1 di #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="124" />
        <source>Tags of #%1</source>
        <translation>Etichette di #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="200" />
        <source>Merge #%1 into #%2</source>
        <translation>Unisci #%1 in #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="215" />
        <source>Link #%1 to #%2</source>
        <translation>Collega #%1 a #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="232" />
        <source>Split an article of #%1 into a new ticket</source>
        <translation>Separa un messaggio di #%1 in un nuovo ticket</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="246" />
        <source>Add %1 to the watchers of #%2</source>
        <translation>Aggiungi %1 agli osservatori di #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="247" />
        <source>Watch #%1</source>
        <translation>Osserva #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="261" />
        <source>Remove %1 from the watchers of #%2</source>
        <translation>Rimuovi %1 dagli osservatori di #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="262" />
        <source>Stop watching #%1</source>
        <translation>Smetti di osservare #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="274" />
        <source>Macro "%1" on #%2</source>
        <translation>Macro "%1" su #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="301" />
        <source>New customer %1 &lt;%2&gt;</source>
        <translation>Nuovo cliente %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="330" />
        <source>New ticket for %1: %2</source>
        <translation>Nuovo ticket per %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="361" />
        <source>The history is shown when the server is reachable.</source>
        <translation>La cronologia è visibile quando il server è raggiungibile.</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="383" />
        <source>system</source>
        <translation>sistema</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketContext</name>
    <message>
        <location filename="../client/core/TicketContext.cpp" line="49" />
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../client/core/TicketContext.cpp" line="49" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="472" />
        <source>A change of yours waits to be sent.</source>
        <translation>Una tua modifica è in attesa di invio.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="474" />
        <source>Not opened yet.</source>
        <translation>Non ancora aperto.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="476" />
        <source>Changed since you last looked.</source>
        <translation>Modificato dall'ultima volta che l'hai visto.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="514" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="515" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="516" />
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="517" />
        <source>%1 late</source>
        <translation>%1 di ritardo</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="517" />
        <source>in %1</source>
        <translation>tra %1</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="526" />
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="528" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="530" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="532" />
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="534" />
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="536" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="538" />
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="540" />
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="542" />
        <source>SLA due</source>
        <translation>Scadenza SLA</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="544" />
        <source>Shared</source>
        <translation>Condiviso</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketSharingBar</name>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="30" />
        <source>Share with…</source>
        <translation>Condividi con…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="32" />
        <source>Stop sharing…</source>
        <translation>Smetti di condividere…</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>sincronizzato</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>in errore</translation>
    </message>
    <message>
        <source>Shared with %1 · %2</source>
        <translation>Condiviso con %1 · %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="111" />
        <source>Share with partner desks</source>
        <translation>Condividi con helpdesk partner</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="128" />
        <source>(no partner desk to share with: an admin invites partners in the settings)</source>
        <translation>(nessun helpdesk partner con cui condividere: un amministratore invita i partner nelle impostazioni)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="143" />
        <source>Stop sharing with</source>
        <translation>Smetti di condividere con</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketView</name>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="69" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="71" />
        <source>phone call (in)</source>
        <translation>telefonata (in entrata)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="73" />
        <source>phone call (out)</source>
        <translation>telefonata (in uscita)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="75" />
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="76" />
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="84" />
        <source>through the channel</source>
        <translation>tramite il canale</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="120" />
        <source>delivered to the channel</source>
        <translation>consegnato al canale</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="120" />
        <source>sent</source>
        <translation>inviata</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="123" />
        <source>not delivered to the channel: %1</source>
        <translation>non consegnato al canale: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="123" />
        <source>not sent: %1</source>
        <translation>non inviato: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="124" />
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="126" />
        <source>queued for the channel</source>
        <translation>in coda per il canale</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="126" />
        <source>queued for sending</source>
        <translation>in coda di invio</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="128" />
        <source>retrying (attempts so far: %1), the last failed with %2</source>
        <translation>nuovo tentativo (tentativi finora: %1), l'ultimo non riuscito con %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="130" />
        <source>sending (attempts so far: %1)</source>
        <translation>invio in corso (tentativi finora: %1)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="145" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="146" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
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
        <translation>integrazione %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="205" />
        <source>tags, separated by commas</source>
        <translation>etichette, separate da virgole</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="206" />
        <source>&amp;Take</source>
        <translation>&amp;Prendi</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="207" />
        <source>Become the owner (Ctrl+T)</source>
        <translation>Diventa il responsabile (Ctrl+T)</translation>
    </message>
    <message>
        <source>State / priority</source>
        <translation>Stato / priorità</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="214" />
        <source>State / priority / type</source>
        <translation>Stato / priorità / tipo</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="219" />
        <source>Group / owner</source>
        <translation>Gruppo / responsabile</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="220" />
        <source>Macros</source>
        <translation>Macro</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="232" />
        <source>(no macros defined)</source>
        <translation>(nessuna macro definita)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="234" />
        <source>Merge…</source>
        <translation>Unisci…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="235" />
        <source>Link…</source>
        <translation>Collega…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="241" />
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="244" />
        <source>Watchers</source>
        <translation>Osservatori</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="252" />
        <source>Remote images in this ticket are blocked.</source>
        <translation>Le immagini remote in questo ticket sono bloccate.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="253" />
        <source>Show remote images</source>
        <translation>Mostra immagini remote</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="266" />
        <location filename="../client/ui/TicketView.cpp" line="664" />
        <source>Reply by e-mail</source>
        <translation>Risposta via e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="267" />
        <source>Reply to all</source>
        <translation>Rispondi a tutti</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="268" />
        <source>Forward</source>
        <translation>Inoltra</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="269" />
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="270" />
        <source>Phone call (in)</source>
        <translation>Telefonata (in entrata)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="271" />
        <source>Phone call (out)</source>
        <translation>Telefonata (in uscita)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="276" />
        <location filename="../client/ui/TicketView.cpp" line="1018" />
        <source>Time spent</source>
        <translation>Tempo impiegato</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="280" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="281" />
        <source>Minutes worked on this reply (accounted on the ticket)</source>
        <translation>Minuti dedicati a questa risposta (registrati sul ticket)</translation>
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
        <translation>Tempo registrato: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="313" />
        <source>Double-click removes an attachment.</source>
        <translation>Il doppio clic rimuove un allegato.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="330" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation>Scrivi qui; Ctrl+Invio invia.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="331" />
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="336" />
        <location filename="../client/ui/TicketView.cpp" line="1082" />
        <source>the customer</source>
        <translation>il cliente</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="342" />
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="343" />
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="364" />
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="367" />
        <source>Italic</source>
        <translation>Corsivo</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="368" />
        <source>Bulleted list</source>
        <translation>Elenco puntato</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="370" />
        <source>Attach…</source>
        <translation>Allega…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="373" />
        <location filename="../client/ui/TicketView.cpp" line="1275" />
        <location filename="../client/ui/TicketView.cpp" line="1282" />
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="393" />
        <source>Thread</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="394" />
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="576" />
        <source>Customer's rating of a reply: %1 %2 of 5</source>
        <translation>Valutazione di una risposta dal cliente: %1 %2 su 5</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="577" />
        <source>Customer's rating: %1 %2 of 5</source>
        <translation>Valutazione del cliente: %1 %2 su 5</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="590" />
        <source>This ticket is no longer visible to you.</source>
        <translation>Questo ticket non è più visibile per te.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="609" />
        <source>(no type)</source>
        <translation>(nessun tipo)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="610" />
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="619" />
        <source>%1 due %2</source>
        <translation>%1 entro %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="623" />
        <source>First response</source>
        <translation>Prima risposta</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="624" />
        <source>Update</source>
        <translation>Aggiornamento</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="625" />
        <source>Solution</source>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="637" />
        <source>Came by custom channel %1</source>
        <translation>Arrivato dal canale personalizzato %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="639" />
        <source>Came by the channel “%1”</source>
        <translation>Arrivato dal canale “%1”</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="641" />
        <source>Came by the channel “%1” of %2</source>
        <translation>Arrivato dal canale “%1” di %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="644" />
        <source>Ids in integrations: %1</source>
        <translation>ID nelle integrazioni: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="652" />
        <source>ids: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="653" />
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="664" />
        <source>Reply to the channel</source>
        <translation>Rispondi al canale</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="671" />
        <source>The reply goes to the outside system of custom channel %1, not by e-mail.</source>
        <translation>La risposta va al sistema esterno del canale personalizzato %1, non per e-mail.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="672" />
        <source>The reply goes to the channel “%1”, not by e-mail.</source>
        <translation>La risposta va al canale “%1”, non per e-mail.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="729" />
        <source>internal</source>
        <translation>interna</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="731" />
        <source>waiting to be sent</source>
        <translation>in attesa di invio</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="736" />
        <source>unverified sender: not confirmed by the desk's mail server</source>
        <translation>mittente non verificato: non confermato dal server di posta dell'helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="849" />
        <source>Show quoted text</source>
        <translation>Mostra testo citato</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="859" />
        <source>Hide quoted text</source>
        <translation>Nascondi testo citato</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="929" />
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="929" />
        <source>%1 could not be fetched from the server.</source>
        <translation>Impossibile scaricare %1 dal server.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="959" />
        <source>Split into new ticket…</source>
        <translation>Separa in un nuovo ticket…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="963" />
        <source>Only an article the server has can be split off.</source>
        <translation>Si può separare solo un messaggio già presente sul server.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="988" />
        <source>Split into new ticket</source>
        <translation>Separa in un nuovo ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="997" />
        <source>The article moves to a new ticket of the same customer; the rest stays here.</source>
        <translation>Il messaggio passa a un nuovo ticket dello stesso cliente; il resto rimane qui.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="998" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="999" />
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1001" />
        <source>Split</source>
        <translation>Separa</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1017" />
        <source>Time spent (required)</source>
        <translation>Tempo impiegato (obbligatorio)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1026" />
        <source>This group counts time: enter the minutes spent first.</source>
        <translation>Questo gruppo registra il tempo: inserisci prima i minuti impiegati.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1042" />
        <source>Save attachment</source>
        <translation>Salva allegato</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1069" />
        <source>forward to…</source>
        <translation>inoltra a…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1074" />
        <source>---- Forwarded message from %1 (%2) ----</source>
        <translation>---- Messaggio inoltrato da %1 (%2) ----</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1091" />
        <location filename="../client/ui/TicketView.cpp" line="1094" />
        <source>Merge ticket</source>
        <translation>Unisci ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1091" />
        <source>Merge this ticket into ticket number:</source>
        <translation>Unisci questo ticket nel ticket numero:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1095" />
        <location filename="../client/ui/TicketView.cpp" line="1114" />
        <source>Ticket %1 is not among the tickets you can see.</source>
        <translation>Il ticket %1 non è tra quelli che puoi vedere.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1104" />
        <location filename="../client/ui/TicketView.cpp" line="1108" />
        <location filename="../client/ui/TicketView.cpp" line="1113" />
        <source>Link ticket</source>
        <translation>Collega ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1104" />
        <source>Link this ticket to ticket number:</source>
        <translation>Collega questo ticket al ticket numero:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1107" />
        <source>related</source>
        <translation>correlato</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1107" />
        <source>parent</source>
        <translation>padre</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1107" />
        <source>duplicate</source>
        <translation>duplicato</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1108" />
        <source>Kind of link:</source>
        <translation>Tipo di collegamento:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1212" />
        <source>Filled by %1: only it changes this field.</source>
        <translation>Compilato da %1: solo questa integrazione modifica il campo.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1214" />
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1214" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1219" />
        <source>(not filled yet)</source>
        <translation>(non ancora compilato)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1220" />
        <source>%1 (from %2)</source>
        <translation>%1 (da %2)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1231" />
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1276" />
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation>%1 supera il limite di %2 MB.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1283" />
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1335" />
        <source>Forward of #%1 to %2</source>
        <translation>Inoltro di #%1 a %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TwoFactorDialog</name>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="33" />
        <source>Two-factor sign-in</source>
        <translation>Accesso a due fattori</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="34" />
        <source>Asking the server…</source>
        <translation>Richiesta al server…</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="54" />
        <source>Turn on</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="56" />
        <source>Scan the QR code with an authenticator app (or type the key into it), then enter the 6-digit code it shows.</source>
        <translation>Scansiona il codice QR con un'app di autenticazione (o inserisci la chiave), poi inserisci il codice a 6 cifre che mostra.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="62" />
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="63" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="64" />
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="71" />
        <source>Two-factor sign-in is on. Keep these recovery codes somewhere safe: each signs you in once if you lose your phone. They are not shown again.</source>
        <translation>L'accesso a due fattori è attivo. Conserva questi codici di recupero in un luogo sicuro: ognuno ti fa accedere una volta se perdi il telefono. Non verranno mostrati di nuovo.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="90" />
        <source>Turn off</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="92" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="93" />
        <source>Code or recovery code</source>
        <translation>Codice o codice di recupero</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="115" />
        <source>Two-factor sign-in is off: your password alone signs you in.</source>
        <translation>L'accesso a due fattori è disattivato: basta la password per accedere.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="141" />
        <source>Your role signs in with two factors: set up an authenticator app to go on.</source>
        <translation>Il tuo ruolo accede con due fattori: configura un'app di autenticazione per continuare.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="142" />
        <source>Two-factor sign-in is off. Turn it on to ask for a code from your phone after the password.</source>
        <translation>L'accesso a due fattori è disattivato. Attivalo per richiedere un codice dal telefono dopo la password.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/TwoFactorDialog.cpp" line="147" />
        <source>Two-factor sign-in is on; %n recovery code(s) left.</source>
        <translation><numerusform>L'accesso a due fattori è attivo; resta %n codice di recupero.</numerusform><numerusform>L'accesso a due fattori è attivo; restano %n codici di recupero.</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="150" />
        <source>Your role requires it: it cannot be turned off.</source>
        <translation>Il tuo ruolo lo richiede: non può essere disattivato.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="170" />
        <source>Two-factor sign-in is on.</source>
        <translation>L'accesso a due fattori è attivo.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="173" />
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::UnreadTray</name>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="20" />
        <source>Open Helpdesk</source>
        <translation>Apri Helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="32" />
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/UnreadTray.cpp" line="62" />
        <source>Helpdesk — %n unread ticket(s)</source>
        <translation><numerusform>Helpdesk — %n ticket non letto</numerusform><numerusform>Helpdesk — %n ticket non letti</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="62" />
        <source>Helpdesk — nothing unread</source>
        <translation>Helpdesk — niente da leggere</translation>
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="71" />
        <source>I am back</source>
        <translation>Sono di ritorno</translation>
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="71" />
        <source>I am away…</source>
        <translation>Sono assente…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ViewEditorDialog</name>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="75" />
        <source>Edit view</source>
        <translation>Modifica vista</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="75" />
        <source>New view</source>
        <translation>Nuova vista</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="79" />
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="81" />
        <source>Only me</source>
        <translation>Solo io</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="83" />
        <source>Shared with %1</source>
        <translation>Condivisa con %1</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="86" />
        <source>Who sees it:</source>
        <translation>Chi la vede:</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="88" />
        <source>Tickets matching every condition</source>
        <translation>Ticket che soddisfano tutte le condizioni</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="89" />
        <source>Tickets matching any condition</source>
        <translation>Ticket che soddisfano almeno una condizione</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="91" />
        <source>Shows:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="100" />
        <source>Conditions:</source>
        <translation>Condizioni:</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="101" />
        <source>Add condition</source>
        <translation>Aggiungi condizione</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="155" />
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="156" />
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="152" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="154" />
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="162" />
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="161" />
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <source>SLA due</source>
        <translation>Scadenza SLA</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="119" />
        <source>Descending</source>
        <translation>Decrescente</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="120" />
        <source>Ascending</source>
        <translation>Crescente</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="125" />
        <source>Sort by:</source>
        <translation>Ordina per:</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="126" />
        <source>Columns (none: the inbox's own):</source>
        <translation>Colonne (nessuna: quelle dell'elenco dei ticket):</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="153" />
        <source>State type</source>
        <translation>Tipo di stato</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="157" />
        <source>Customer (ids)</source>
        <translation>Cliente (ID)</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="158" />
        <source>Organization (ids)</source>
        <translation>Organizzazione (ID)</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="159" />
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="160" />
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="163" />
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="164" />
        <source>Shared with a partner desk</source>
        <translation>Condiviso con un helpdesk partner</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="165" />
        <source>Text search</source>
        <translation>Ricerca testuale</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="174" />
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="209" />
        <source>has any of</source>
        <translation>ha una qualsiasi di</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="210" />
        <source>has all of</source>
        <translation>ha tutte</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="211" />
        <source>has none of</source>
        <translation>non ha nessuna di</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="213" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="226" />
        <source>is</source>
        <translation>è</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="214" />
        <source>is not</source>
        <translation>non è</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="215" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="230" />
        <source>is one of</source>
        <translation>è uno di</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="216" />
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="217" />
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="219" />
        <source>is breached</source>
        <translation>è violato</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="220" />
        <source>is due within (minutes)</source>
        <translation>scade entro (minuti)</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="222" />
        <source>in the last (days)</source>
        <translation>negli ultimi (giorni)</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="223" />
        <source>before</source>
        <translation>prima del</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="224" />
        <source>on or after</source>
        <translation>dal (incluso)</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="228" />
        <source>matches</source>
        <translation>corrisponde a</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="231" />
        <source>is none of</source>
        <translation>non è nessuno di</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="244" />
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="245" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="270" />
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="270" />
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="273" />
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="274" />
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="275" />
        <source>Pending reminder</source>
        <translation>In attesa di promemoria</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="276" />
        <source>Pending close</source>
        <translation>In attesa di chiusura</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="277" />
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="278" />
        <source>Merged</source>
        <translation>Unito</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="281" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="282" />
        <source>Phone call in</source>
        <translation>Telefonata in entrata</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="283" />
        <source>Phone call out</source>
        <translation>Telefonata in uscita</translation>
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
        <translation>I miei ticket aperti</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="20" />
        <source>Unassigned in my groups</source>
        <translation>Non assegnati nei miei gruppi</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="24" />
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="25" />
        <source>Recently closed</source>
        <translation>Chiusi di recente</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="26" />
        <source>All tickets</source>
        <translation>Tutti i ticket</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="36" />
        <source>My views</source>
        <translation>Le mie viste</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="36" />
        <source>Shared with %1</source>
        <translation>Condivisa con %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WatchersBar</name>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="27" />
        <source>Add watcher…</source>
        <translation>Aggiungi osservatore…</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="41" />
        <source>(every agent watches it)</source>
        <translation>(tutti gli agenti lo osservano)</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="81" />
        <source>No one watches this ticket.</source>
        <translation>Nessuno osserva questo ticket.</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="91" />
        <source>%1 gets this ticket's customer follow-ups. Click to remove.</source>
        <translation>%1 riceve i nuovi messaggi del cliente su questo ticket. Fai clic per rimuovere.</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="98" />
        <source>Stop watching</source>
        <translation>Smetti di osservare</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="98" />
        <source>Watch</source>
        <translation>Osserva</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="99" />
        <source>Stop getting this ticket's customer follow-ups</source>
        <translation>Non ricevere più i nuovi messaggi del cliente su questo ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="100" />
        <source>Get this ticket's customer follow-ups, as its owner does</source>
        <translation>Ricevi i nuovi messaggi del cliente su questo ticket, come il suo responsabile</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WebFormEditor</name>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="24" />
        <source>Copy the HTML</source>
        <translation>Copia l'HTML</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="26" />
        <source>Make a new address when saving (the current one stops working)</source>
        <translation>Crea un nuovo indirizzo al salvataggio (quello attuale smette di funzionare)</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="82" />
        <source>Contact form</source>
        <translation>Modulo di contatto</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="82" />
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="87" />
        <source>The form's address is made when the group is saved.</source>
        <translation>L'indirizzo del modulo viene creato al salvataggio del gruppo.</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="88" />
        <source>Address: %1</source>
        <translation>Indirizzo: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WeeklyHoursEditor</name>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="57" />
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="57" />
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="57" />
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="61" />
        <source>closed (e.g. 08:00-12:00, 13:00-17:00)</source>
        <translation>chiuso (es. 08:00-12:00, 13:00-17:00)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="90" />
        <source>%1: "%2" is not a range such as 08:00-12:00</source>
        <translation>%1: "%2" non è un intervallo come 08:00-12:00</translation>
    </message>
</context>
</TS>