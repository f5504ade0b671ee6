<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SharedPartnerText</name>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="19" />
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="21" />
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="22" />
        <source>in sync</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="28" />
        <source>Shared by %1 · %2</source>
        <translation>Partagé par %1 · %2</translation>
    </message>
    <message>
        <location filename="../client/models/SharedPartnerText.cpp" line="29" />
        <source>Shared with %1 · %2</source>
        <translation>Partagé avec %1 · %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AccountSession</name>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="83" />
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Entrez le code à 6 chiffres de votre application d'authentification, ou l'un de vos codes de récupération.</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="86" />
        <source>That code is wrong, expired or already used. Enter the code the app shows now.</source>
        <translation>Ce code est faux, expiré ou déjà utilisé. Entrez le code que l'application affiche maintenant.</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="95" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation>Cette application est destinée aux agents ; les clients utilisent l'e-mail ou la page web.</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="205" />
        <source>Cannot open the local cache %1: %2</source>
        <translation>Impossible d'ouvrir le cache local %1 : %2</translation>
    </message>
    <message>
        <location filename="../client/core/AccountSession.cpp" line="325" />
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AdminClient</name>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="78" />
        <location filename="../client/core/AdminClient.cpp" line="174" />
        <location filename="../client/core/AdminClient.cpp" line="345" />
        <source>Settings are changed on the server; it is not reachable.</source>
        <translation>Les paramètres se changent sur le serveur, injoignable.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="146" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="247" />
        <location filename="../client/core/AdminClient.cpp" line="391" />
        <location filename="../client/core/AdminClient.cpp" line="433" />
        <source>The server is not reachable.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="257" />
        <source>Done.</source>
        <translation>Fait.</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="287" />
        <location filename="../client/core/AdminClient.cpp" line="329" />
        <source>%1 is no agent of this desk</source>
        <translation>%1 n'est pas un agent de ce helpdesk</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="405" />
        <source>%1 fetched, %2 new tickets, %3 follow-ups, %4 failed</source>
        <translation>%1 récupérés, %2 nouveaux tickets, %3 suites, %4 en échec</translation>
    </message>
    <message>
        <location filename="../client/core/AdminClient.cpp" line="440" />
        <source>The message is queued again.</source>
        <translation>Le message est de nouveau en file.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AgentWorkspace</name>
    <message>
        <location filename="../client/core/AgentWorkspace.cpp" line="49" />
        <source>New view "%1"</source>
        <translation>Nouvelle vue « %1 »</translation>
    </message>
    <message>
        <location filename="../client/core/AgentWorkspace.cpp" line="58" />
        <source>Change of view "%1"</source>
        <translation>Modification de la vue « %1 »</translation>
    </message>
    <message>
        <location filename="../client/core/AgentWorkspace.cpp" line="65" />
        <source>Deletion of view "%1"</source>
        <translation>Suppression de la vue « %1 »</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentPreview</name>
    <message>
        <location filename="../client/ui/AttachmentPreview.cpp" line="102" />
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <location filename="../client/ui/AttachmentPreview.cpp" line="118" />
        <source>This PDF cannot be shown: it is damaged or protected.</source>
        <translation>Impossible d'afficher ce PDF : il est endommagé ou protégé.</translation>
    </message>
    <message>
        <location filename="../client/ui/AttachmentPreview.cpp" line="124" />
        <source>This image cannot be shown.</source>
        <translation>Impossible d'afficher cette image.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentTransfer</name>
    <message>
        <location filename="../client/core/AttachmentTransfer.cpp" line="82" />
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AwayDialog</name>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="20" />
        <location filename="../client/ui/AwayDialog.cpp" line="46" />
        <source>I am away</source>
        <translation>Je m'absente</translation>
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="21" />
        <source>While you are away, customers' follow-ups on your tickets go to the colleague you choose, or to the ticket's group.</source>
        <translation>Pendant votre absence, les réponses des clients sur vos tickets sont transmises au collègue de votre choix, ou au groupe du ticket.</translation>
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="25" />
        <source>Back on</source>
        <translation>De retour le</translation>
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="37" />
        <source>(the ticket's group)</source>
        <translation>(le groupe du ticket)</translation>
    </message>
    <message>
        <location filename="../client/ui/AwayDialog.cpp" line="44" />
        <source>Follow-ups go to</source>
        <translation>Réponses transmises à</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AwayStatus</name>
    <message>
        <location filename="../client/core/AwayStatus.cpp" line="79" />
        <source>Marked away</source>
        <translation>Absence signalée</translation>
    </message>
    <message>
        <location filename="../client/core/AwayStatus.cpp" line="79" />
        <source>Marked back</source>
        <translation>Retour signalé</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="295" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation>Le cache a été écrit par un client plus récent (schéma %1, ce client connaît %2).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CommandPalette</name>
    <message>
        <location filename="../client/ui/CommandPalette.cpp" line="43" />
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <location filename="../client/ui/CommandPalette.cpp" line="46" />
        <source>Type an action, a view or a ticket number</source>
        <translation>Saisissez une action, une vue ou un numéro de ticket</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CustomerSidebar</name>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="113" />
        <source>Show the customer</source>
        <translation>Afficher le client</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="113" />
        <source>Hide the customer</source>
        <translation>Masquer le client</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="142" />
        <source>organization %1</source>
        <translation>organisation %1</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="143" />
        <source>of %1</source>
        <translation>chez %1</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="158" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="159" />
        <source>integration %1</source>
        <translation>intégration %1</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="161" />
        <source>Ids in integrations: %1</source>
        <translation>Identifiants dans les intégrations : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="165" />
        <source>No other tickets of this customer</source>
        <translation>Aucun autre ticket de ce client</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="166" />
        <source>Other tickets of this customer (%1)</source>
        <translation>Autres tickets de ce client (%1)</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="172" />
        <source>Other tickets of the organization (%1)</source>
        <translation>Autres tickets de l'organisation (%1)</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="173" />
        <source>Other tickets of %1 (%2)</source>
        <translation>Autres tickets de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerSidebar.cpp" line="186" />
        <source>%1, updated %2</source>
        <translation>%1, mis à jour le %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardClient</name>
    <message>
        <location filename="../client/core/DashboardClient.cpp" line="18" />
        <source>Dashboards are computed by the server; it is not reachable.</source>
        <translation>Les tableaux de bord sont calculés par le serveur, injoignable.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="128" />
        <source>Helpdesk dashboards</source>
        <translation>Tableaux de bord Helpdesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="131" />
        <source>Last %n day(s)</source>
        <translation><numerusform>Dernier %n jour</numerusform><numerusform>Derniers %n jours</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="134" />
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="137" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="141" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="143" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="149" />
        <source>Open tickets by group</source>
        <translation>Tickets ouverts par groupe</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="150" />
        <source>New and closed per day</source>
        <translation>Nouveaux et fermés par jour</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="151" />
        <source>SLA breaches</source>
        <translation>Violations de SLA</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="152" />
        <source>Open tickets per agent</source>
        <translation>Tickets ouverts par agent</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="153" />
        <source>Age of the open tickets</source>
        <translation>Âge des tickets ouverts</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="154" />
        <source>Customer ratings by agent</source>
        <translation>Évaluations des clients par agent</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="205" />
        <source>Export the panels as CSV</source>
        <translation>Exporter les panneaux en CSV</translation>
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
        <translation>&lt;h3&gt;Réponse et résolution&lt;/h3&gt;&lt;p&gt;Première réponse : médiane %1, 90% en %2 (SLA %3)&lt;/p&gt;&lt;p&gt;Résolution : médiane %4, 90% en %5 (SLA %6)&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="266" />
        <source>%1★ %2</source>
        <translation>%1★ %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="268" />
        <source>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n rating(s), average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation><numerusform>&lt;h3&gt;Évaluations des clients&lt;/h3&gt;&lt;p&gt;%n évaluation, moyenne %1 sur 5&lt;/p&gt;&lt;p&gt;%2% satisfaits (4 ou 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform><numerusform>&lt;h3&gt;Évaluations des clients&lt;/h3&gt;&lt;p&gt;%n évaluations, moyenne %1 sur 5&lt;/p&gt;&lt;p&gt;%2% satisfaits (4 ou 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="278" />
        <source>average of 5</source>
        <translation>moyenne sur 5</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="286" />
        <source>new</source>
        <translation>nouveaux</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="288" />
        <source>closed</source>
        <translation>fermés</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="319" />
        <location filename="../client/ui/DashboardWindow.cpp" line="323" />
        <location filename="../client/ui/DashboardWindow.cpp" line="325" />
        <source>open</source>
        <translation>ouverts</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="321" />
        <source>breached</source>
        <translation>violé</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DeskNotifier</name>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="30" />
        <source>New ticket #%1</source>
        <translation>Nouveau ticket #%1</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="36" />
        <source>Customer reply on #%1</source>
        <translation>Réponse du client sur #%1</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="44" />
        <source>#%1 was assigned to you</source>
        <translation>#%1 vous a été attribué</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="47" />
        <source>SLA warning on #%1</source>
        <translation>Alerte SLA sur #%1</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="54" />
        <source>%1 mentioned you on #%2</source>
        <translation>%1 vous a mentionné sur #%2</translation>
    </message>
    <message>
        <location filename="../client/core/DeskNotifier.cpp" line="55" />
        <source>%1 mentioned you</source>
        <translation>%1 vous a mentionné</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::InboxDelegate</name>
    <message>
        <location filename="../client/ui/InboxDelegate.cpp" line="132" />
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <location filename="../client/ui/InboxDelegate.cpp" line="217" />
        <source>(sending…)</source>
        <translation>(envoi…)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::IntegrationClient</name>
    <message>
        <location filename="../client/core/IntegrationClient.cpp" line="19" />
        <source>Integrations are arranged on the server; it is not reachable.</source>
        <translation>Les intégrations se règlent sur le serveur ; il est injoignable.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::IntegrationsPane</name>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="86" />
        <source>Ticket created</source>
        <translation>Ticket créé</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="87" />
        <source>Ticket changed</source>
        <translation>Ticket modifié</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="88" />
        <source>Public reply of an agent</source>
        <translation>Réponse publique d'un agent</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="89" />
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="90" />
        <source>Message of the customer</source>
        <translation>Message du client</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="782" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="782" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="136" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="520" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="378" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <source>Allowed networks</source>
        <translation>Réseaux autorisés</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="100" />
        <source>Log kept (days)</source>
        <translation>Journal conservé (jours)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="106" />
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="112" />
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="115" />
        <source>Active (off: no webhook is sent)</source>
        <translation>Active (désactivée : aucun webhook n'est envoyé)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="119" />
        <source>e.g. 10.1.0.0/16, 192.0.2.7 (empty: any)</source>
        <translation>p. ex. 10.1.0.0/16, 192.0.2.7 (vide : tous)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="133" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="134" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="138" />
        <source>Its API calls may come from</source>
        <translation>Ses appels d'API peuvent venir de</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="139" />
        <source>Keep its log (days)</source>
        <translation>Conserver son journal (jours)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="206" />
        <source>Deliveries of the selected webhook or channel:</source>
        <translation>Remises du webhook ou du canal choisi :</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="244" />
        <source>New lookup secret</source>
        <translation>Nouveau secret des requêtes</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="245" />
        <source>Give %1 a new lookup secret? From now on only the new one signs the desk's lookups: the system needs it.</source>
        <translation>Donner un nouveau secret des requêtes à %1 ? Désormais seul le nouveau signe les requêtes du helpdesk : le système en a besoin.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="298" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="310" />
        <source>Saved. Copy the lookup secret now: it is not shown again.</source>
        <translation>Enregistré. Copiez le secret des requêtes maintenant : il ne sera plus affiché.</translation>
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
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="489" />
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="489" />
        <source>Dead</source>
        <translation>Abandonnées</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="350" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Receiver down until</source>
        <translation>Destinataire indisponible jusqu'à</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="364" />
        <source>Webhook of the selected integration</source>
        <translation>Webhook de l'intégration choisie</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="367" />
        <source>https://system.example/hooks/helpdesk</source>
        <translation>https://system.example/hooks/helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="383" />
        <source>Secret (shown only now; the receiver checks signatures with it):</source>
        <translation>Secret (affiché seulement maintenant ; le destinataire vérifie les signatures avec) :</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="389" />
        <source>Add webhook</source>
        <translation>Ajouter un webhook</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="390" />
        <source>Save webhook</source>
        <translation>Enregistrer le webhook</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="391" />
        <source>Send a test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="126" />
        <source>https://system.example/helpdesk/lookup (empty: never asked)</source>
        <translation>https://system.example/helpdesk/lookup (vide : jamais interrogé)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="128" />
        <source>Lookup secret (shown only now; the system checks the lookups' signatures with it):</source>
        <translation>Secret des requêtes (affiché seulement maintenant ; le système vérifie avec lui les signatures des requêtes) :</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="132" />
        <source>New lookup secret…</source>
        <translation>Nouveau secret des requêtes…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="140" />
        <source>Ask for its fields' values at</source>
        <translation>Demander les valeurs de ses champs à</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="151" />
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="152" />
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="158" />
        <source>Last status</source>
        <translation>Dernier statut</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="159" />
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="159" />
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="164" />
        <source>Test event</source>
        <translation>Événement de test</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="166" />
        <source>Reply through the channel</source>
        <translation>Réponse par le canal</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="171" />
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="173" />
        <source>delivered</source>
        <translation>remise</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="175" />
        <source>given up</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="180" />
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Endpoint</source>
        <translation>Point d'accès</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="186" />
        <source>Time (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="187" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="187" />
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="190" />
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="190" />
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="192" />
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="200" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Deliveries of the selected webhook:</source>
        <translation>Remises du webhook choisi :</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="210" />
        <source>Log of the selected integration (every call, either way):</source>
        <translation>Journal de l'intégration choisie (chaque appel, dans les deux sens) :</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="409" />
        <source>Sending a test event…</source>
        <translation>Envoi d'un événement de test…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="255" />
        <source>Sending again…</source>
        <translation>Nouvel envoi…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="297" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="461" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="597" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="461" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="597" />
        <source>Saved. Copy the secret now: it is not shown again.</source>
        <translation>Enregistré. Copiez le secret maintenant : il ne sera plus affiché.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="476" />
        <source>Test event queued; see its delivery below.</source>
        <translation>Événement de test mis en file ; sa remise apparaît ci-dessous.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="314" />
        <source>Queued to be sent again.</source>
        <translation>Mis en file pour un nouvel envoi.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="333" />
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="334" />
        <source>Not done (%1): %2</source>
        <translation>Non effectué (%1) : %2</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="488" />
        <source>Group</source>
        <translation>Groupe</translation>
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
        <translation>Canal de l'intégration choisie</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="508" />
        <source>https://system.example/hooks/replies</source>
        <translation>https://system.example/hooks/replies</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="514" />
        <source>Helpdesk (this desk's webhook body)</source>
        <translation>Helpdesk (le corps de webhook de ce helpdesk)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="515" />
        <source>Omnidesk (as Omnidesk posts to a custom channel)</source>
        <translation>Omnidesk (comme Omnidesk poste vers un canal personnalisé)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="516" />
        <source>Active (off: its calls are refused and replies wait)</source>
        <translation>Actif (désactivé : ses appels sont refusés et les réponses attendent)</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="521" />
        <source>Replies go to</source>
        <translation>Les réponses vont à</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="522" />
        <source>Its tickets open in</source>
        <translation>Ses tickets s'ouvrent dans</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="523" />
        <source>Replies are sent as</source>
        <translation>Les réponses sont envoyées en</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="527" />
        <source>Secret (shown only now; the system checks the replies' signatures with it):</source>
        <translation>Secret (affiché seulement maintenant ; le système vérifie avec lui les signatures des réponses) :</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="533" />
        <source>Add channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="534" />
        <source>Save channel</source>
        <translation>Enregistrer le canal</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="536" />
        <source>Delete channel…</source>
        <translation>Supprimer le canal…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="556" />
        <source>Give the channel %1 a new secret? From now on only the new one signs the replies sent through it: the system needs it.</source>
        <translation>Donner un nouveau secret au canal %1 ? Désormais seul le nouveau signe les réponses envoyées par lui : le système en a besoin.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="566" />
        <source>Delete channel</source>
        <translation>Supprimer le canal</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="567" />
        <source>Delete the channel %1? Replies still waiting to be sent through it are dropped; its tickets stay, as ordinary tickets.</source>
        <translation>Supprimer le canal %1 ? Les réponses qui attendent encore d'être envoyées par lui sont abandonnées ; ses tickets restent, comme des tickets ordinaires.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="834" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="853" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="863" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="879" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="392" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="535" />
        <source>New secret…</source>
        <translation>Nouveau secret…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="393" />
        <source>Delete webhook…</source>
        <translation>Supprimer le webhook…</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="415" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="555" />
        <source>New secret</source>
        <translation>Nouveau secret</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="426" />
        <source>Delete webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="468" />
        <location filename="../client/ui/IntegrationsPane.cpp" line="604" />
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="416" />
        <source>Give the webhook at %1 a new secret? From now on only the new one signs its deliveries: the receiver needs it.</source>
        <translation>Donner un nouveau secret au webhook de %1 ? Désormais seul le nouveau signe ses remises : le destinataire en a besoin.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="427" />
        <source>Delete the webhook at %1? What still waits to be sent to it is dropped; its log stays.</source>
        <translation>Supprimer le webhook de %1 ? Ce qui attend encore de lui être envoyé est abandonné ; son journal reste.</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="91" />
        <source>Rating given</source>
        <translation>Évaluation donnée</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="92" />
        <source>Rating changed</source>
        <translation>Évaluation modifiée</translation>
    </message>
    <message>
        <location filename="../client/ui/IntegrationsPane.cpp" line="93" />
        <source>Ticket rated as a whole</source>
        <translation>Ticket évalué dans son ensemble</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="25" />
        <source>Sign in to Helpdesk</source>
        <translation>Connexion à Helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="39" />
        <source>agent@example.com</source>
        <translation>agent@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="45" />
        <source>6-digit code or a recovery code</source>
        <translation>code à 6 chiffres ou code de récupération</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="46" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="52" />
        <source>Sign in without encryption anyway</source>
        <translation>Se connecter quand même sans chiffrement</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="60" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="61" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="62" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="67" />
        <source>Forgot your password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="79" />
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="85" />
        <source>Sign in to your desk</source>
        <translation>Connectez-vous à votre helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="95" />
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="126" />
        <source>If %1 has an account on this server, a link to choose a new password is on its way there.</source>
        <translation>Si %1 a un compte sur ce serveur, un lien pour choisir un nouveau mot de passe y est envoyé.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="176" />
        <source>This connection is not encrypted: confirm below that you want to use it anyway, or use an https:// address.</source>
        <translation>Cette connexion n'est pas chiffrée : confirmez ci-dessous que vous voulez l'utiliser quand même, ou utilisez une adresse https://.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="216" />
        <source>%1 is reached over plain http: your password and every ticket you open, internal notes included, can be read and changed by anyone on the network in between. Use an https:// address if the server has one.</source>
        <translation>%1 est joint en http non chiffré : votre mot de passe et chaque ticket que vous ouvrez, notes internes comprises, peuvent être lus et modifiés par quiconque sur le réseau entre les deux. Utilisez une adresse https:// si le serveur en a une.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="252" />
        <source>Your role signs in with two factors: set up an authenticator app to sign in.</source>
        <translation>Votre rôle se connecte avec deux facteurs : configurez une application d'authentification pour vous connecter.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="260" />
        <source>Enter the server's address, your e-mail and your password.</source>
        <translation>Saisissez l'adresse du serveur, votre e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="166" />
        <location filename="../client/ui/LoginDialog.cpp" line="265" />
        <source>The server's address starts with https:// (or http://).</source>
        <translation>L'adresse du serveur commence par https:// (ou http://).</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="269" />
        <source>This connection is not encrypted: confirm below that you want to sign in anyway, or use an https:// address.</source>
        <translation>Cette connexion n'est pas chiffrée : confirmez ci-dessous que vous voulez vous connecter quand même, ou utilisez une adresse https://.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MailTemplateClient</name>
    <message>
        <location filename="../client/core/MailTemplateClient.cpp" line="17" />
        <source>Mail templates are changed on the server; it is not reachable.</source>
        <translation>Les modèles de courriel se modifient sur le serveur ; il est injoignable.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MailTemplateEditor</name>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="33" />
        <source>Mail templates of %1</source>
        <translation>Modèles de courriel de %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="33" />
        <source>Mail templates of the whole desk</source>
        <translation>Modèles de courriel de tout le service</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="56" />
        <source>Preview shows the mail as the server writes it, with sample values.</source>
        <translation>L'aperçu montre le courriel tel que le serveur l'écrit, avec des valeurs d'exemple.</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="60" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="73" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="61" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="62" />
        <source>Reset to default</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="63" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="66" />
        <source>Mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="68" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="69" />
        <source>Texts from</source>
        <translation>Origine des textes</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="70" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="218" />
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="71" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="219" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="72" />
        <source>Placeholders</source>
        <translation>Champs à insérer</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="126" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="130" />
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="131" />
        <source>Not saved (%1): %2</source>
        <translation>Non enregistré (%1) : %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="179" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="185" />
        <source>Resetting…</source>
        <translation>Rétablissement…</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="200" />
        <source>this group</source>
        <translation>ce groupe</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="200" />
        <location filename="../client/ui/MailTemplateEditor.cpp" line="201" />
        <source>the whole desk</source>
        <translation>tout le service</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="202" />
        <source>the default text</source>
        <translation>le texte par défaut</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="217" />
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="225" />
        <source>The template has a mistake; it cannot be saved like this.</source>
        <translation>Le modèle contient une erreur ; il ne peut pas être enregistré ainsi.</translation>
    </message>
    <message>
        <location filename="../client/ui/MailTemplateEditor.cpp" line="228" />
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
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
        <translation>Rechercher numéro, titre, client, texte (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="191" />
        <source>First sync: %1 tickets</source>
        <translation>Première synchronisation : %1 tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="196" />
        <source>Not saved — %1: %2</source>
        <translation>Non enregistré — %1 : %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="199" />
        <source>Attachment not saved: %1</source>
        <translation>Pièce jointe non enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="201" />
        <source>A message from the server could not be read (skipped): %1</source>
        <translation>Un message du serveur était illisible (ignoré) : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="205" />
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="206" />
        <source>Work &amp;offline</source>
        <translation>Travailler hors &amp;ligne</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="211" />
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="216" />
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="216" />
        <source>%n change(s) not yet sent will be lost. Sign out anyway?</source>
        <translation><numerusform>%n modification pas encore envoyée sera perdue. Se déconnecter quand même ?</numerusform><numerusform>%n modifications pas encore envoyées seront perdues. Se déconnecter quand même ?</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="222" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="223" />
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>&amp;New ticket by e-mail…</source>
        <translation>&amp;Nouveau ticket par e-mail…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="226" />
        <source>&amp;Save search as a view…</source>
        <translation>&amp;Enregistrer la recherche comme vue…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="227" />
        <source>&amp;Dashboards</source>
        <translation>&amp;Tableaux de bord</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="233" />
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="234" />
        <source>&amp;Server settings…</source>
        <translation>Paramètres du &amp;serveur…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="240" />
        <source>&amp;Two-factor sign-in…</source>
        <translation>Connexion à &amp;deux facteurs…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="247" />
        <source>My &amp;signature…</source>
        <translation>Ma &amp;signature…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="258" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="271" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="271" />
        <source>The new language is used from the next start.</source>
        <translation>La nouvelle langue s'applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Remove this view</source>
        <translation>Supprimer cette vue</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="300" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="352" />
        <location filename="../client/ui/MainWindow.cpp" line="406" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ticket suivant / précédent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;répondre&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;note interne&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;envoyer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;prendre le ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fermer le ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rechercher&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cette liste&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>New ticket by e-mail</source>
        <translation>Nouveau ticket par e-mail</translation>
    </message>
    <message>
        <source>customer@example.com</source>
        <translation>client@example.com</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>A new ticket needs the customer's e-mail, a subject and a text.</source>
        <translation>Un nouveau ticket demande l'e-mail du client, un objet et un texte.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="423" />
        <source>Save search as a view</source>
        <translation>Enregistrer la recherche comme vue</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="424" />
        <source>Type a search first; the view shows its tickets.</source>
        <translation>Saisissez d'abord une recherche ; la vue montre ses tickets.</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="484" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Changer l'état de %n ticket</numerusform><numerusform>Changer l'état de %n tickets</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="483" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>Attribuer %n ticket à</numerusform><numerusform>Attribuer %n tickets à</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="507" />
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="485" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>Déplacer %n ticket vers le groupe</numerusform><numerusform>Déplacer %n tickets vers le groupe</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="224" />
        <source>&amp;New ticket…</source>
        <translation>&amp;Nouveau ticket…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="279" />
        <source>New view…</source>
        <translation>Nouvelle vue…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="281" />
        <source>Edit view…</source>
        <translation>Modifier la vue…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="283" />
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="286" />
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="292" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="293" />
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="293" />
        <source>Delete the view "%1"?</source>
        <translation>Supprimer la vue « %1 » ?</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="301" />
        <source>&amp;Keyboard shortcuts (F1)</source>
        <translation>&amp;Raccourcis clavier (F1)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="327" />
        <location filename="../client/ui/MainWindow.cpp" line="329" />
        <source>Next ticket</source>
        <translation>Ticket suivant</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="328" />
        <location filename="../client/ui/MainWindow.cpp" line="330" />
        <source>Previous ticket</source>
        <translation>Ticket précédent</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="331" />
        <source>Open the ticket (focus its pane)</source>
        <translation>Ouvrir le ticket (aller dans son volet)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="341" />
        <location filename="../client/ui/MainWindow.cpp" line="342" />
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="343" />
        <location filename="../client/ui/MainWindow.cpp" line="344" />
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="345" />
        <location filename="../client/ui/MainWindow.cpp" line="346" />
        <source>Assign the selected tickets to me</source>
        <translation>M'attribuer les tickets sélectionnés</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="347" />
        <location filename="../client/ui/MainWindow.cpp" line="348" />
        <source>Close the selected tickets</source>
        <translation>Fermer les tickets sélectionnés</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="349" />
        <location filename="../client/ui/MainWindow.cpp" line="350" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="351" />
        <location filename="../client/ui/MainWindow.cpp" line="844" />
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="401" />
        <source>Send (in the composer)</source>
        <translation>Envoyer (dans l'éditeur)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="486" />
        <source>Add or remove tags…</source>
        <translation>Ajouter ou retirer des étiquettes…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="487" />
        <source>Merge into one ticket…</source>
        <translation>Fusionner en un seul ticket…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="488" />
        <source>Apply macro</source>
        <translation>Appliquer une macro</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="503" />
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="548" />
        <source>(no macros)</source>
        <translation>(aucune macro)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="563" />
        <source>Tags of %n ticket(s)</source>
        <translation><numerusform>Étiquettes de %n ticket</numerusform><numerusform>Étiquettes de %n tickets</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="566" />
        <source>tags to add, separated by commas</source>
        <translation>étiquettes à ajouter, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="569" />
        <source>tags to remove, separated by commas</source>
        <translation>étiquettes à retirer, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="571" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="572" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="597" />
        <source>Merge %n ticket(s)</source>
        <translation><numerusform>Fusionner %n ticket</numerusform><numerusform>Fusionner %n tickets</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="606" />
        <source>The other tickets' messages move into the one you keep; they are closed as merged.</source>
        <translation>Les messages des autres tickets passent dans celui que vous conservez ; ils sont fermés comme fusionnés.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="607" />
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="609" />
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="635" />
        <source>Sort the tickets by</source>
        <translation>Trier les tickets par</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="642" />
        <source>Newest or largest first</source>
        <translation>Les plus récents ou les plus grands d'abord</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="649" />
        <source>Sort:</source>
        <translation>Trier :</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="657" />
        <source>Assign to me</source>
        <translation>M'attribuer</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="672" />
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="673" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="674" />
        <source>Tags…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="675" />
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="676" />
        <source>Macro</source>
        <translation>Macro</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="683" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="685" />
        <source>&amp;Two lines per ticket</source>
        <translation>&amp;Deux lignes par ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="686" />
        <source>&amp;Compact list</source>
        <translation>Liste &amp;compacte</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="696" />
        <source>Reading pane on the &amp;right</source>
        <translation>Volet de lecture à &amp;droite</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="697" />
        <source>Reading pane &amp;below</source>
        <translation>Volet de lecture en &amp;bas</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="706" />
        <location filename="../client/ui/MainWindow.cpp" line="850" />
        <source>Command &amp;palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="859" />
        <source>Go to view: %1</source>
        <translation>Aller à la vue : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="872" />
        <source>Go to ticket #%1</source>
        <translation>Aller au ticket #%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="897" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n modification en attente d'envoi</numerusform><numerusform>%n modifications en attente d'envoi</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="904" />
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="906" />
        <source>● Connecting…</source>
        <translation>● Connexion…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="910" />
        <source>● Offline — working from the local copy</source>
        <translation>● Hors ligne — travail sur la copie locale</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="922" />
        <source>I am back</source>
        <translation>Je suis de retour</translation>
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
        <translation>Je m'&amp;absente…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="961" />
        <source>I am &amp;back</source>
        <translation>Je suis de &amp;retour</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="966" />
        <source>&amp;Notifications…</source>
        <translation>&amp;Notifications…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="971" />
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="973" />
        <source>Like the &amp;system</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="974" />
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="975" />
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="1001" />
        <source>Away until %1</source>
        <translation>Absent jusqu'au %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="1002" />
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="1004" />
        <source> — follow-ups to %1</source>
        <translation> — réponses transmises à %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::NewTicketDialog</name>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="36" />
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
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
        <translation>Appel entrant</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="47" />
        <source>Phone call out</source>
        <translation>Appel sortant</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="65" />
        <source>Name or e-mail of the customer</source>
        <translation>Nom ou e-mail du client</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="74" />
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="81" />
        <source>customer@example.com</source>
        <translation>client@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="84" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="104" />
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="117" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="118" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="119" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="120" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="121" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="123" />
        <location filename="../client/ui/NewTicketDialog.cpp" line="183" />
        <location filename="../client/ui/NewTicketDialog.cpp" line="187" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="178" />
        <source>Your e-mail to the customer</source>
        <translation>Votre e-mail au client</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="179" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="182" />
        <source>What the caller asked for</source>
        <translation>Ce que l'appelant a demandé</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="186" />
        <source>What you told the customer on the phone</source>
        <translation>Ce que vous avez dit au client au téléphone</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="198" />
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="211" />
        <source>Customer: %1 &lt;%2&gt;</source>
        <translation>Client : %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="240" />
        <source>A new customer needs a name and an e-mail address.</source>
        <translation>Un nouveau client demande un nom et une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="242" />
        <source>Choose a customer from the list, type their e-mail address, or make a new customer.</source>
        <translation>Choisissez un client dans la liste, saisissez son adresse e-mail ou créez un nouveau client.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="244" />
        <source>A new ticket needs a title.</source>
        <translation>Un nouveau ticket demande un titre.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="246" />
        <source>Choose a group.</source>
        <translation>Choisissez un groupe.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="248" />
        <source>Write the e-mail to the customer.</source>
        <translation>Rédigez l'e-mail au client.</translation>
    </message>
    <message>
        <location filename="../client/ui/NewTicketDialog.cpp" line="249" />
        <source>Note what was said on the phone.</source>
        <translation>Notez ce qui a été dit au téléphone.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::NotificationPreferences</name>
    <message>
        <location filename="../client/core/NotificationPreferences.cpp" line="40" />
        <location filename="../client/core/NotificationPreferences.cpp" line="58" />
        <source>Notification preferences are kept on the server; it is not reachable.</source>
        <translation>Les préférences de notification sont conservées sur le serveur ; il est injoignable.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::NotificationPreferencesDialog</name>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="17" />
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="19" />
        <source>A new ticket in my groups</source>
        <translation>Un nouveau ticket dans mes groupes</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="20" />
        <source>A customer replies on my ticket</source>
        <translation>Un client répond sur mon ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="21" />
        <source>A ticket is assigned to me</source>
        <translation>Un ticket m'est attribué</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="22" />
        <source>A colleague mentions me</source>
        <translation>Un collègue me mentionne</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="23" />
        <source>An SLA deadline of my ticket comes near</source>
        <translation>Une échéance SLA de mon ticket approche</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="27" />
        <source>&lt;b&gt;Desktop&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bureau&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="28" />
        <source>&lt;b&gt;E-mail&lt;/b&gt;</source>
        <translation>&lt;b&gt;E-mail&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="46" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="67" />
        <source>Reading your preferences…</source>
        <translation>Lecture de vos préférences…</translation>
    </message>
    <message>
        <location filename="../client/ui/NotificationPreferencesDialog.cpp" line="91" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ObjectEditor</name>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="120" />
        <source>(not used)</source>
        <translation>(non utilisé)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="158" />
        <source>either</source>
        <translation>peu importe</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="159" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="160" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="162" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/Outbox.cpp" line="101" />
        <source>the stored change is unreadable: %1</source>
        <translation>la modification enregistrée est illisible : %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::PartnerDesksPane</name>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Our role</source>
        <translation>Notre rôle</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Ended by</source>
        <translation>Arrêté par</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="52" />
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="53" />
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="53" />
        <source>Waiting requests</source>
        <translation>Requêtes en attente</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="57" />
        <source>we share our tickets</source>
        <translation>nous partageons nos tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="57" />
        <source>the partner shares with us</source>
        <translation>le partenaire partage avec nous</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="60" />
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="62" />
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="64" />
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="66" />
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="69" />
        <source>the sender</source>
        <translation>l'expéditeur</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="69" />
        <source>the receiver</source>
        <translation>le destinataire</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="75" />
        <source>Invite a partner desk</source>
        <translation>Inviter un service partenaire</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="78" />
        <source>https://partner.example/sharing</source>
        <translation>https://partner.example/sharing</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="81" />
        <source>Full delegation (the partner may answer our customers and solve tickets)</source>
        <translation>Délégation complète (le partenaire peut répondre à nos clients et résoudre les tickets)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="83" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="98" />
        <source>Sync tags</source>
        <translation>Synchroniser les étiquettes</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="84" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="99" />
        <source>Sync custom fields</source>
        <translation>Synchroniser les champs personnalisés</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="85" />
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="88" />
        <source>Partner's sharing URL</source>
        <translation>URL de partage du partenaire</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="89" />
        <source>Our name (as the partner sees it)</source>
        <translation>Notre nom (tel que le partenaire le voit)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="96" />
        <source>Selected agreement</source>
        <translation>Accord sélectionné</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="97" />
        <source>Full delegation</source>
        <translation>Délégation complète</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="102" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="104" />
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="106" />
        <source>End sharing…</source>
        <translation>Arrêter le partage…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="108" />
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="110" />
        <source>Status map…</source>
        <translation>Correspondance des statuts…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="116" />
        <source>Group for shared tickets</source>
        <translation>Groupe des tickets partagés</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="126" />
        <source>Duration (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="129" />
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="129" />
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="131" />
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="139" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="152" />
        <source>Sync log of the selected agreement:</source>
        <translation>Journal de synchronisation de l'accord sélectionné :</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="168" />
        <location filename="../client/ui/PartnerDesksPane.cpp" line="403" />
        <source>Choose the group that gets the shared tickets.</source>
        <translation>Choisissez le groupe qui reçoit les tickets partagés.</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="171" />
        <source>Accepting…</source>
        <translation>Acceptation…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="175" />
        <source>Declining…</source>
        <translation>Refus…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="192" />
        <source>Our sharing URL (give it to a partner; set by the public address of Outgoing mail): %1</source>
        <translation>Notre URL de partage (à donner à un partenaire ; suit l'adresse publique du courrier sortant) : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="202" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="209" />
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="240" />
        <source>(choose a group)</source>
        <translation>(choisir un groupe)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="253" />
        <source>full delegation</source>
        <translation>délégation complète</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="253" />
        <source>partial delegation</source>
        <translation>délégation partielle</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="255" />
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="257" />
        <source>custom fields</source>
        <translation>champs personnalisés</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="262" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="338" />
        <source>Enter the partner's sharing URL and our name.</source>
        <translation>Saisissez l'URL de partage du partenaire et notre nom.</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="341" />
        <source>Inviting…</source>
        <translation>Invitation…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="354" />
        <source>End sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="355" />
        <source>End the agreement with %1? Shared tickets stop being synced, and sharing again takes a new invitation.</source>
        <translation>Mettre fin à l'accord avec %1 ? Les tickets partagés ne sont plus synchronisés, et partager de nouveau demande une nouvelle invitation.</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="366" />
        <source>Ending…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../client/ui/PartnerDesksPane.cpp" line="408" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::PresenceTracker</name>
    <message>
        <location filename="../client/core/PresenceTracker.cpp" line="48" />
        <source>%1 is writing a reply.</source>
        <translation>%1 rédige une réponse.</translation>
    </message>
    <message>
        <location filename="../client/core/PresenceTracker.cpp" line="49" />
        <source>%1 is viewing this ticket.</source>
        <translation>%1 consulte ce ticket.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ServerConnection</name>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="62" />
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="90" />
        <source>the connection to the server was lost</source>
        <translation>la connexion au serveur est perdue</translation>
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="131" />
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SettingsWindow</name>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="37" />
        <source>Helpdesk settings</source>
        <translation>Paramètres Helpdesk</translation>
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
        <translation>Nom</translation>
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
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="42" />
        <source>E-mail addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="43" />
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Acknowledgement subject</source>
        <translation>Objet de l'accusé de réception</translation>
    </message>
    <message>
        <source>Acknowledgement text</source>
        <translation>Texte de l'accusé de réception</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="59" />
        <source>Agents (e-mail: read or full, one per line)</source>
        <translation>Agents (e-mail : read ou full, un par ligne)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="62" />
        <location filename="../client/ui/SettingsWindow.cpp" line="75" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="64" />
        <location filename="../client/ui/SettingsWindow.cpp" line="69" />
        <source>Default</source>
        <translation>Par défaut</translation>
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
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="74" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Options (JSON)</source>
        <translation>Options (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="77" />
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="83" />
        <source>Keyword (after ::)</source>
        <translation>Mot-clé (après ::)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="86" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="90" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Weekly hours (JSON)</source>
        <translation>Horaires hebdomadaires (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="92" />
        <source>Holidays (YYYY-MM-DD, …)</source>
        <translation>Jours fériés (AAAA-MM-JJ, …)</translation>
    </message>
    <message>
        <source>Calendar id</source>
        <translation>Id du calendrier</translation>
    </message>
    <message>
        <source>Applies to (JSON)</source>
        <translation>S'applique à (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="99" />
        <source>First response (business minutes)</source>
        <translation>Première réponse (minutes ouvrées)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="100" />
        <source>Update (business minutes)</source>
        <translation>Mise à jour (minutes ouvrées)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="101" />
        <source>Solution (business minutes)</source>
        <translation>Résolution (minutes ouvrées)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="102" />
        <source>Warn before (minutes)</source>
        <translation>Avertir avant (minutes)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="106" />
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Conditions (JSON)</source>
        <translation>Conditions (JSON)</translation>
    </message>
    <message>
        <source>Actions (JSON)</source>
        <translation>Actions (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="117" />
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="118" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="119" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="120" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="121" />
        <location filename="../client/ui/SettingsWindow.cpp" line="150" />
        <source>Check the certificate</source>
        <translation>Vérifier le certificat</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="122" />
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="123" />
        <source>Password (empty: unchanged)</source>
        <translation>Mot de passe (vide : inchangé)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="124" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="125" />
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="126" />
        <source>Poll every (minutes)</source>
        <translation>Relever toutes les (minutes)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="127" />
        <source>Unknown senders open tickets</source>
        <translation>Les expéditeurs inconnus ouvrent des tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="128" />
        <source>Attach the original .eml</source>
        <translation>Joindre le .eml d'origine</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Id du groupe</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="135" />
        <source>POP3: delete processed mail</source>
        <translation>POP3 : supprimer les messages traités</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="136" />
        <source>IMAP: folder for processed mail</source>
        <translation>IMAP : dossier des messages traités</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="137" />
        <source>IMAP: folder for failed mail</source>
        <translation>IMAP : dossier des messages en échec</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="138" />
        <source>Disable after failed connections (0: never)</source>
        <translation>Désactiver après échecs de connexion (0 : jamais)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="140" />
        <source>System address</source>
        <translation>Adresse système</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="141" />
        <source>System name</source>
        <translation>Nom du système</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="142" />
        <source>No-reply address</source>
        <translation>Adresse sans réponse</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="143" />
        <source>Public address of the server</source>
        <translation>Adresse publique du serveur</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="144" />
        <source>Ticket tag in subjects</source>
        <translation>Étiquette du ticket dans l'objet</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="145" />
        <source>Automatic replies per recipient and hour</source>
        <translation>Réponses automatiques par destinataire et heure</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="146" />
        <source>Largest accepted message (bytes)</source>
        <translation>Plus grand message accepté (octets)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="147" />
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="148" />
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="149" />
        <source>SMTP security</source>
        <translation>Sécurité SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="151" />
        <source>SMTP user name</source>
        <translation>Utilisateur SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="152" />
        <source>SMTP password (empty: unchanged)</source>
        <translation>Mot de passe SMTP (vide : inchangé)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="153" />
        <source>SMTP timeout (seconds)</source>
        <translation>Délai SMTP (secondes)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="165" />
        <source>Tag (type a new name and save to rename; an existing name merges)</source>
        <translation>Étiquette (saisissez un nouveau nom et enregistrez ; un nom existant fusionne)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="167" />
        <source>Acts as (an agent's e-mail; empty: you)</source>
        <translation>Agit en tant que (e-mail d'un agent ; vide : vous)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="172" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="174" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="175" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="182" />
        <location filename="../client/ui/SettingsWindow.cpp" line="213" />
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="214" />
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="183" />
        <location filename="../client/ui/SettingsWindow.cpp" line="215" />
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="184" />
        <location filename="../client/ui/SettingsWindow.cpp" line="216" />
        <source>Ticket types</source>
        <translation>Types de ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="217" />
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="218" />
        <source>Text modules</source>
        <translation>Modules de texte</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="96" />
        <location filename="../client/ui/SettingsWindow.cpp" line="219" />
        <source>Business hours</source>
        <translation>Heures ouvrées</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="45" />
        <source>Mail to customers asks for a rating</source>
        <translation>Les e-mails aux clients demandent une évaluation</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="46" />
        <source>Words before a reply's rating link (empty: the default in the customer's language)</source>
        <translation>Texte avant le lien d'évaluation d'une réponse (vide : le texte par défaut dans la langue du client)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="48" />
        <source>Offered on the requester portal</source>
        <translation>Proposé sur le portail des demandes</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="49" />
        <source>Description for customers</source>
        <translation>Description pour les clients</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="51" />
        <source>Language of mail to unknown senders (empty: the desk's)</source>
        <translation>Langue des courriels aux expéditeurs inconnus (vide : celle du service)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="53" />
        <source>Acknowledge a request only once an agent takes it</source>
        <translation>N'accuser réception qu'une fois la demande prise en charge par un agent</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="54" />
        <source>The acknowledgement links to the requester portal</source>
        <translation>L'accusé de réception renvoie au portail des demandes</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <source>…only for requesters of these domains (empty: everyone)</source>
        <translation>…seulement pour les demandeurs de ces domaines (vide : tous)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="56" />
        <source>Web form on (a contact form sites embed; no account needed)</source>
        <translation>Formulaire web activé (un formulaire de contact que des sites intègrent ; sans compte)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="57" />
        <source>Sites that may embed the web form (https://…, comma separated)</source>
        <translation>Sites autorisés à intégrer le formulaire (https://…, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="76" />
        <source>Options (comma separated)</source>
        <translation>Options (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="78" />
        <source>Customers fill it in (new requests on the portal)</source>
        <translation>Les clients le remplissent (nouvelles demandes sur le portail)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="80" />
        <source>Owned by integration</source>
        <translation>Appartient à l'intégration</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="85" />
        <source>Folder (groups modules in the composer; empty: none)</source>
        <translation>Dossier (regroupe les modules dans l'éditeur ; vide : aucun)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="91" />
        <source>Weekly hours</source>
        <translation>Horaires hebdomadaires</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="97" />
        <source>Applies to (nothing chosen: all)</source>
        <translation>S'applique à (rien de choisi : tout)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="107" />
        <source>When (all must hold)</source>
        <translation>Quand (tout doit être vrai)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="108" />
        <source>Then</source>
        <translation>Alors</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="113" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="129" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="130" />
        <source>State of new tickets</source>
        <translation>État des nouveaux tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="131" />
        <source>Priority of new tickets</source>
        <translation>Priorité des nouveaux tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="132" />
        <source>State when the customer replies</source>
        <translation>État quand le client répond</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="133" />
        <source>Priority when the customer replies</source>
        <translation>Priorité quand le client répond</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="134" />
        <source>Changes recorded as</source>
        <translation>Modifications enregistrées au nom de</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="156" />
        <source>Offer customers the requester portal</source>
        <translation>Proposer aux clients le portail des demandes</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="157" />
        <source>Sign in with the user header of a trusted reverse proxy</source>
        <translation>Connexion par l'en-tête utilisateur d'un proxy inverse de confiance</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="158" />
        <source>User header (e.g. X-Remote-User)</source>
        <translation>En-tête utilisateur (p. ex. X-Remote-User)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="159" />
        <source>Trusted proxy addresses (empty: the server's --trusted-proxy list)</source>
        <translation>Adresses des proxys de confiance (vide : la liste --trusted-proxy du serveur)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="161" />
        <source>Kerberos realm to mail domain (REALM=domain, …); a name with an address signs in by e-mail, a bare name by the part before @</source>
        <translation>Royaume Kerberos vers domaine de messagerie (REALM=domaine, …) ; un nom avec adresse se connecte par l'e-mail, un nom seul par la partie avant @</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="170" />
        <source>Members see each other's tickets</source>
        <translation>Les membres voient les tickets des autres</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="185" />
        <location filename="../client/ui/SettingsWindow.cpp" line="229" />
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="187" />
        <source>State is</source>
        <translation>L'état est</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="188" />
        <source>Group is</source>
        <translation>Le groupe est</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="189" />
        <source>Priority is</source>
        <translation>La priorité est</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="190" />
        <source>Type is</source>
        <translation>Le type est</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="191" />
        <source>Has all tags</source>
        <translation>A toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="192" />
        <source>Has none of the tags</source>
        <translation>N'a aucune des étiquettes</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="193" />
        <source>Title contains</source>
        <translation>Le titre contient</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="194" />
        <source>Sender's address contains</source>
        <translation>L'adresse de l'expéditeur contient</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="195" />
        <source>SLA breached</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="196" />
        <source>Unchanged for (minutes)</source>
        <translation>Inchangé depuis (minutes)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="197" />
        <source>Pending time passed</source>
        <translation>Délai d'attente dépassé</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="199" />
        <source>Set state</source>
        <translation>Définir l'état</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="200" />
        <source>Set priority</source>
        <translation>Définir la priorité</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="201" />
        <source>Move to group</source>
        <translation>Déplacer vers le groupe</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="202" />
        <source>Assign to</source>
        <translation>Attribuer à</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="203" />
        <source>Set type</source>
        <translation>Définir le type</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="204" />
        <source>Add tags</source>
        <translation>Ajouter des étiquettes</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="205" />
        <source>Remove tags</source>
        <translation>Retirer des étiquettes</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="206" />
        <source>Add an internal note</source>
        <translation>Ajouter une note interne</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="207" />
        <source>Send an e-mail to (customer, owner or an address)</source>
        <translation>Envoyer un e-mail à (customer, owner ou une adresse)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="209" />
        <source>E-mail subject</source>
        <translation>Objet de l'e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="210" />
        <source>E-mail text</source>
        <translation>Texte de l'e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="211" />
        <source>Notify the agents</source>
        <translation>Prévenir les agents</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="220" />
        <source>SLAs</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="221" />
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="222" />
        <source>Macros</source>
        <translation>Macros</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="223" />
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="224" />
        <source>Outgoing mail</source>
        <translation>Courrier sortant</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="225" />
        <source>Web pages and sign-on</source>
        <translation>Pages web et connexion</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="226" />
        <source>Partner desks</source>
        <translation>Services partenaires</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="227" />
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="228" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="230" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="231" />
        <source>API tokens</source>
        <translation>Jetons d'API</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="232" />
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="257" />
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="257" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="257" />
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="258" />
        <source>Quarantined messages (interpreting them stopped the server):</source>
        <translation>Messages mis en quarantaine (leur traitement a arrêté le serveur) :</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="260" />
        <source>Retry message</source>
        <translation>Retraiter le message</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="261" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="262" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="264" />
        <source>Poll now</source>
        <translation>Relever maintenant</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="269" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="270" />
        <source>Send a test mail…</source>
        <translation>Envoyer un e-mail de test…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="271" />
        <source>Send an invitation</source>
        <translation>Envoyer une invitation</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="272" />
        <source>Mail templates…</source>
        <translation>Modèles de courriel…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="273" />
        <source>Signature…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="324" />
        <source>Polling…</source>
        <translation>Relève…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="339" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="345" />
        <source>Send a test mail</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="345" />
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="347" />
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="366" />
        <source>OK: %1</source>
        <translation>OK : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="366" />
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="413" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="416" />
        <source>New token (copy it now, it is not shown again): %1</source>
        <translation>Nouveau jeton (copiez-le maintenant, il ne sera plus affiché) : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="430" />
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="467" />
        <source>Remove from all tickets</source>
        <translation>Retirer de tous les tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="467" />
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="488" />
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="488" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Acts as</source>
        <translation>Agit en tant que</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="492" />
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="496" />
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="514" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="514" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="554" />
        <location filename="../client/ui/SettingsWindow.cpp" line="584" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="688" />
        <source>Queueing the message again…</source>
        <translation>Remise du message en file…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="837" />
        <source>Save the group first, then edit its mail templates.</source>
        <translation>Enregistrez d'abord le groupe, puis modifiez ses modèles de courriel.</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="799" />
        <source>Choose the tag to rename in the list.</source>
        <translation>Choisissez dans la liste l'étiquette à renommer.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="803" />
        <source>Renaming…</source>
        <translation>Renommage…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="810" />
        <source>A token cannot be changed: revoke it and create a new one.</source>
        <translation>Un jeton ne peut pas être modifié : révoquez-le et créez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="813" />
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="818" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="825" />
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="828" />
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SharingClient</name>
    <message>
        <location filename="../client/core/SharingClient.cpp" line="19" />
        <source>Sharing is arranged on the server; it is not reachable.</source>
        <translation>Le partage se règle sur le serveur ; il est injoignable.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SignatureClient</name>
    <message>
        <location filename="../client/core/SignatureClient.cpp" line="32" />
        <source>Signatures are kept on the server; it is not reachable.</source>
        <translation>Les signatures sont conservées sur le serveur ; il est injoignable.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SignatureDialog</name>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="19" />
        <source>Signature of %1</source>
        <translation>Signature de %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="24" />
        <source>Placeholders: {agent_name}, {group_name}, {customer_name}, {ticket_number}, {ticket_title}</source>
        <translation>Variables : {agent_name}, {group_name}, {customer_name}, {ticket_number}, {ticket_title}</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="28" />
        <source>The group's signature only</source>
        <translation>Seulement la signature du groupe</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="29" />
        <source>The agent's signature only</source>
        <translation>Seulement la signature de l'agent</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="30" />
        <source>Both: the agent's, then the group's</source>
        <translation>Les deux : celle de l'agent, puis celle du groupe</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="34" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="40" />
        <source>Signature of replies by e-mail</source>
        <translation>Signature des réponses par e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="42" />
        <source>Replies carry (for every agent)</source>
        <translation>Les réponses portent (pour tous les agents)</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="62" />
        <location filename="../client/ui/SignatureDialog.cpp" line="64" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../client/ui/SignatureDialog.cpp" line="74" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::StatusMapDialog</name>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="30" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="32" />
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="34" />
        <source>Waiting (reminder)</source>
        <translation>En attente (rappel)</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="36" />
        <source>Waiting to close</source>
        <translation>En attente de fermeture</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="38" />
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="39" />
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="81" />
        <source>Status map for %1</source>
        <translation>Correspondance des statuts pour %1</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="82" />
        <location filename="../client/ui/StatusMapDialog.cpp" line="90" />
        <source>Our state</source>
        <translation>Notre statut</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="82" />
        <source>Word we send</source>
        <translation>Mot envoyé</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="90" />
        <source>Partner's word</source>
        <translation>Mot du partenaire</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="98" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="102" />
        <source>Save status map</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="107" />
        <source>What we send the partner for a ticket in each of our states:</source>
        <translation>Ce que nous envoyons au partenaire pour un ticket dans chacun de nos statuts :</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="109" />
        <source>Which state each of the partner's words puts a ticket in:</source>
        <translation>Le statut dans lequel chaque mot du partenaire met un ticket :</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="129" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="157" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="179" />
        <source>What we send for “%1”</source>
        <translation>Ce que nous envoyons pour « %1 »</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="181" />
        <source>What “%1” means</source>
        <translation>Ce que signifie « %1 »</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="184" />
        <source>Not saved. %1: %2</source>
        <translation>Non enregistré. %1 : %2</translation>
    </message>
    <message>
        <location filename="../client/ui/StatusMapDialog.cpp" line="186" />
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketActions</name>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="67" />
        <source>Reply to #%1</source>
        <translation>Réponse à #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="84" />
        <source>Note on #%1</source>
        <translation>Note sur #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="97" />
        <source>Phone call on #%1</source>
        <translation>Appel sur #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="111" />
        <location filename="../client/core/TicketActions.cpp" line="182" />
        <source>Change %1 of #%2</source>
        <translation>Modifier %1 de #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="124" />
        <source>Tags of #%1</source>
        <translation>Étiquettes de #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="200" />
        <source>Merge #%1 into #%2</source>
        <translation>Fusionner #%1 dans #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="215" />
        <source>Link #%1 to #%2</source>
        <translation>Lier #%1 à #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="232" />
        <source>Split an article of #%1 into a new ticket</source>
        <translation>Scinder un message de #%1 en un nouveau ticket</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="246" />
        <source>Add %1 to the watchers of #%2</source>
        <translation>Ajouter %1 aux abonnés de #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="247" />
        <source>Watch #%1</source>
        <translation>Suivre #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="261" />
        <source>Remove %1 from the watchers of #%2</source>
        <translation>Retirer %1 des abonnés de #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="262" />
        <source>Stop watching #%1</source>
        <translation>Ne plus suivre #%1</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="274" />
        <source>Macro "%1" on #%2</source>
        <translation>Macro « %1 » sur #%2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="301" />
        <source>New customer %1 &lt;%2&gt;</source>
        <translation>Nouveau client %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="330" />
        <source>New ticket for %1: %2</source>
        <translation>Nouveau ticket pour %1 : %2</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="361" />
        <source>The history is shown when the server is reachable.</source>
        <translation>L'historique s'affiche quand le serveur est joignable.</translation>
    </message>
    <message>
        <location filename="../client/core/TicketActions.cpp" line="383" />
        <source>system</source>
        <translation>système</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketContext</name>
    <message>
        <location filename="../client/core/TicketContext.cpp" line="49" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../client/core/TicketContext.cpp" line="49" />
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="472" />
        <source>A change of yours waits to be sent.</source>
        <translation>Une de vos modifications attend d'être envoyée.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="474" />
        <source>Not opened yet.</source>
        <translation>Pas encore ouvert.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="476" />
        <source>Changed since you last looked.</source>
        <translation>Modifié depuis votre dernière consultation.</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="517" />
        <source>%1 late</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="517" />
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="526" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="528" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="530" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="532" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="534" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="536" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="538" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="540" />
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="542" />
        <source>SLA due</source>
        <translation>Échéance SLA</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="544" />
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketSharingBar</name>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="30" />
        <source>Share with…</source>
        <translation>Partager avec…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="32" />
        <source>Stop sharing…</source>
        <translation>Arrêter le partage…</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>Shared with %1 · %2</source>
        <translation>Partagé avec %1 · %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="111" />
        <source>Share with partner desks</source>
        <translation>Partager avec des services partenaires</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="128" />
        <source>(no partner desk to share with: an admin invites partners in the settings)</source>
        <translation>(aucun service partenaire avec qui partager : un administrateur invite les partenaires dans les paramètres)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketSharingBar.cpp" line="143" />
        <source>Stop sharing with</source>
        <translation>Arrêter le partage avec</translation>
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
        <translation>appel (entrant)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="73" />
        <source>phone call (out)</source>
        <translation>appel (sortant)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="75" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="76" />
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="84" />
        <source>through the channel</source>
        <translation>par le canal</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="120" />
        <source>delivered to the channel</source>
        <translation>remis au canal</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="120" />
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="123" />
        <source>not delivered to the channel: %1</source>
        <translation>non remis au canal : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="123" />
        <source>not sent: %1</source>
        <translation>non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="124" />
        <source>no reason given</source>
        <translation>sans raison indiquée</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="126" />
        <source>queued for the channel</source>
        <translation>en file pour le canal</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="126" />
        <source>queued for sending</source>
        <translation>en file d'envoi</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="128" />
        <source>retrying (attempts so far: %1), the last failed with %2</source>
        <translation>nouvel essai (tentatives jusqu'ici : %1), la dernière a échoué avec %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="130" />
        <source>sending (attempts so far: %1)</source>
        <translation>envoi en cours (tentatives : %1)</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="156" />
        <location filename="../client/ui/TicketView.cpp" line="1207" />
        <source>integration %1</source>
        <translation>intégration %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="205" />
        <source>tags, separated by commas</source>
        <translation>étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="206" />
        <source>&amp;Take</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="207" />
        <source>Become the owner (Ctrl+T)</source>
        <translation>Devenir responsable (Ctrl+T)</translation>
    </message>
    <message>
        <source>State / priority</source>
        <translation>État / priorité</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="214" />
        <source>State / priority / type</source>
        <translation>État / priorité / type</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="219" />
        <source>Group / owner</source>
        <translation>Groupe / responsable</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="220" />
        <source>Macros</source>
        <translation>Macros</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="232" />
        <source>(no macros defined)</source>
        <translation>(aucune macro définie)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="234" />
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="235" />
        <source>Link…</source>
        <translation>Lier…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="241" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="244" />
        <source>Watchers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="252" />
        <source>Remote images in this ticket are blocked.</source>
        <translation>Les images distantes de ce ticket sont bloquées.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="253" />
        <source>Show remote images</source>
        <translation>Afficher les images distantes</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="266" />
        <location filename="../client/ui/TicketView.cpp" line="664" />
        <source>Reply by e-mail</source>
        <translation>Réponse par e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="267" />
        <source>Reply to all</source>
        <translation>Répondre à tous</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="268" />
        <source>Forward</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="269" />
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="270" />
        <source>Phone call (in)</source>
        <translation>Appel (entrant)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="271" />
        <source>Phone call (out)</source>
        <translation>Appel (sortant)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="276" />
        <location filename="../client/ui/TicketView.cpp" line="1018" />
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="280" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="281" />
        <source>Minutes worked on this reply (accounted on the ticket)</source>
        <translation>Minutes passées sur cette réponse (comptabilisées sur le ticket)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="303" />
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="306" />
        <location filename="../client/ui/TicketView.cpp" line="603" />
        <source>Time accounted: %1</source>
        <translation>Temps comptabilisé : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="313" />
        <source>Double-click removes an attachment.</source>
        <translation>Un double-clic retire une pièce jointe.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="330" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation>Écrivez ici ; Ctrl+Entrée envoie.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="331" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="336" />
        <location filename="../client/ui/TicketView.cpp" line="1082" />
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="342" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="343" />
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="364" />
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="367" />
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="368" />
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="370" />
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="373" />
        <location filename="../client/ui/TicketView.cpp" line="1275" />
        <location filename="../client/ui/TicketView.cpp" line="1282" />
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="390" />
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="393" />
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="394" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="576" />
        <source>Customer's rating of a reply: %1 %2 of 5</source>
        <translation>Évaluation d'une réponse par le client : %1 %2 sur 5</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="577" />
        <source>Customer's rating: %1 %2 of 5</source>
        <translation>Évaluation du client : %1 %2 sur 5</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="590" />
        <source>This ticket is no longer visible to you.</source>
        <translation>Ce ticket ne vous est plus visible.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="609" />
        <source>(no type)</source>
        <translation>(sans type)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="610" />
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="619" />
        <source>%1 due %2</source>
        <translation>%1 pour le %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="623" />
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="624" />
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="625" />
        <source>Solution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="637" />
        <source>Came by custom channel %1</source>
        <translation>Arrivé par le canal personnalisé %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="639" />
        <source>Came by the channel “%1”</source>
        <translation>Arrivé par le canal « %1 »</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="641" />
        <source>Came by the channel “%1” of %2</source>
        <translation>Arrivé par le canal « %1 » de %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="644" />
        <source>Ids in integrations: %1</source>
        <translation>Identifiants dans les intégrations : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="652" />
        <source>ids: %1</source>
        <translation>identifiants : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="653" />
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="664" />
        <source>Reply to the channel</source>
        <translation>Répondre au canal</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="671" />
        <source>The reply goes to the outside system of custom channel %1, not by e-mail.</source>
        <translation>La réponse va au système externe du canal personnalisé %1, pas par e-mail.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="672" />
        <source>The reply goes to the channel “%1”, not by e-mail.</source>
        <translation>La réponse va au canal « %1 », pas par e-mail.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="729" />
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="731" />
        <source>waiting to be sent</source>
        <translation>en attente d'envoi</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="736" />
        <source>unverified sender: not confirmed by the desk's mail server</source>
        <translation>expéditeur non vérifié : non confirmé par le serveur de messagerie du helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="849" />
        <source>Show quoted text</source>
        <translation>Afficher le texte cité</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="859" />
        <source>Hide quoted text</source>
        <translation>Masquer le texte cité</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="929" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="929" />
        <source>%1 could not be fetched from the server.</source>
        <translation>%1 n'a pas pu être récupéré depuis le serveur.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="959" />
        <source>Split into new ticket…</source>
        <translation>Scinder en un nouveau ticket…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="963" />
        <source>Only an article the server has can be split off.</source>
        <translation>Seul un message déjà présent sur le serveur peut être scindé.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="988" />
        <source>Split into new ticket</source>
        <translation>Scinder en un nouveau ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="997" />
        <source>The article moves to a new ticket of the same customer; the rest stays here.</source>
        <translation>Le message passe dans un nouveau ticket du même client ; le reste demeure ici.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="998" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="999" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1001" />
        <source>Split</source>
        <translation>Scinder</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1017" />
        <source>Time spent (required)</source>
        <translation>Temps passé (obligatoire)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1026" />
        <source>This group counts time: enter the minutes spent first.</source>
        <translation>Ce groupe comptabilise le temps : saisissez d'abord les minutes passées.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1042" />
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1069" />
        <source>forward to…</source>
        <translation>transférer à…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1074" />
        <source>---- Forwarded message from %1 (%2) ----</source>
        <translation>---- Message transféré de %1 (%2) ----</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1091" />
        <location filename="../client/ui/TicketView.cpp" line="1094" />
        <source>Merge ticket</source>
        <translation>Fusionner le ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1091" />
        <source>Merge this ticket into ticket number:</source>
        <translation>Fusionner ce ticket dans le ticket numéro :</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1095" />
        <location filename="../client/ui/TicketView.cpp" line="1114" />
        <source>Ticket %1 is not among the tickets you can see.</source>
        <translation>Le ticket %1 ne fait pas partie des tickets que vous voyez.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1104" />
        <location filename="../client/ui/TicketView.cpp" line="1108" />
        <location filename="../client/ui/TicketView.cpp" line="1113" />
        <source>Link ticket</source>
        <translation>Lier le ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1104" />
        <source>Link this ticket to ticket number:</source>
        <translation>Lier ce ticket au ticket numéro :</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1107" />
        <source>related</source>
        <translation>lié</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1107" />
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1107" />
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1108" />
        <source>Kind of link:</source>
        <translation>Type de lien :</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1212" />
        <source>Filled by %1: only it changes this field.</source>
        <translation>Rempli par %1 : seule cette intégration modifie ce champ.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1214" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1214" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1219" />
        <source>(not filled yet)</source>
        <translation>(pas encore rempli)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1220" />
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1231" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1276" />
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation>%1 dépasse la limite de %2 Mo.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1283" />
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="1335" />
        <source>Forward of #%1 to %2</source>
        <translation>Transfert de #%1 à %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TwoFactorDialog</name>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="33" />
        <source>Two-factor sign-in</source>
        <translation>Connexion à deux facteurs</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="34" />
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="54" />
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="56" />
        <source>Scan the QR code with an authenticator app (or type the key into it), then enter the 6-digit code it shows.</source>
        <translation>Scannez le code QR avec une application d'authentification (ou saisissez-y la clé), puis entrez le code à 6 chiffres qu'elle affiche.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="62" />
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="63" />
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="64" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="71" />
        <source>Two-factor sign-in is on. Keep these recovery codes somewhere safe: each signs you in once if you lose your phone. They are not shown again.</source>
        <translation>La connexion à deux facteurs est activée. Gardez ces codes de récupération en lieu sûr : chacun vous connecte une fois si vous perdez votre téléphone. Ils ne seront plus affichés.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="90" />
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="92" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="93" />
        <source>Code or recovery code</source>
        <translation>Code ou code de récupération</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="115" />
        <source>Two-factor sign-in is off: your password alone signs you in.</source>
        <translation>La connexion à deux facteurs est désactivée : votre mot de passe seul vous connecte.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="141" />
        <source>Your role signs in with two factors: set up an authenticator app to go on.</source>
        <translation>Votre rôle se connecte avec deux facteurs : configurez une application d'authentification pour continuer.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="142" />
        <source>Two-factor sign-in is off. Turn it on to ask for a code from your phone after the password.</source>
        <translation>La connexion à deux facteurs est désactivée. Activez-la pour demander un code de votre téléphone après le mot de passe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/TwoFactorDialog.cpp" line="147" />
        <source>Two-factor sign-in is on; %n recovery code(s) left.</source>
        <translation><numerusform>La connexion à deux facteurs est activée ; %n code de récupération restant.</numerusform><numerusform>La connexion à deux facteurs est activée ; %n codes de récupération restants.</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="150" />
        <source>Your role requires it: it cannot be turned off.</source>
        <translation>Votre rôle l'exige : elle ne peut pas être désactivée.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="170" />
        <source>Two-factor sign-in is on.</source>
        <translation>La connexion à deux facteurs est activée.</translation>
    </message>
    <message>
        <location filename="../client/ui/TwoFactorDialog.cpp" line="173" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::UnreadTray</name>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="20" />
        <source>Open Helpdesk</source>
        <translation>Ouvrir Helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="32" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/UnreadTray.cpp" line="62" />
        <source>Helpdesk — %n unread ticket(s)</source>
        <translation><numerusform>Helpdesk — %n ticket non lu</numerusform><numerusform>Helpdesk — %n tickets non lus</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="62" />
        <source>Helpdesk — nothing unread</source>
        <translation>Helpdesk — rien de non lu</translation>
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="71" />
        <source>I am back</source>
        <translation>Je suis de retour</translation>
    </message>
    <message>
        <location filename="../client/ui/UnreadTray.cpp" line="71" />
        <source>I am away…</source>
        <translation>Je suis absent…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ViewEditorDialog</name>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="75" />
        <source>Edit view</source>
        <translation>Modifier la vue</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="75" />
        <source>New view</source>
        <translation>Nouvelle vue</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="79" />
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="81" />
        <source>Only me</source>
        <translation>Moi seul</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="83" />
        <source>Shared with %1</source>
        <translation>Partagée avec %1</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="86" />
        <source>Who sees it:</source>
        <translation>Qui la voit :</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="88" />
        <source>Tickets matching every condition</source>
        <translation>Tickets remplissant toutes les conditions</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="89" />
        <source>Tickets matching any condition</source>
        <translation>Tickets remplissant au moins une condition</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="91" />
        <source>Shows:</source>
        <translation>Affiche :</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="100" />
        <source>Conditions:</source>
        <translation>Conditions :</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="101" />
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="155" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="105" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="156" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="152" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="154" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="162" />
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="161" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="106" />
        <source>SLA due</source>
        <translation>Échéance SLA</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="119" />
        <source>Descending</source>
        <translation>Décroissant</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="120" />
        <source>Ascending</source>
        <translation>Croissant</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="125" />
        <source>Sort by:</source>
        <translation>Trier par :</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="126" />
        <source>Columns (none: the inbox's own):</source>
        <translation>Colonnes (aucune : celles de la liste des tickets) :</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="153" />
        <source>State type</source>
        <translation>Type d'état</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="157" />
        <source>Customer (ids)</source>
        <translation>Client (identifiants)</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="158" />
        <source>Organization (ids)</source>
        <translation>Organisation (identifiants)</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="159" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="160" />
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="163" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="164" />
        <source>Shared with a partner desk</source>
        <translation>Partagé avec un service partenaire</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="165" />
        <source>Text search</source>
        <translation>Recherche de texte</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="174" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="209" />
        <source>has any of</source>
        <translation>a l'une de</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="210" />
        <source>has all of</source>
        <translation>a toutes</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="211" />
        <source>has none of</source>
        <translation>n'a aucune de</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="213" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="226" />
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="214" />
        <source>is not</source>
        <translation>n'est pas</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="215" />
        <location filename="../client/ui/ViewEditorDialog.cpp" line="230" />
        <source>is one of</source>
        <translation>est l'un de</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="216" />
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="217" />
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="219" />
        <source>is breached</source>
        <translation>est violé</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="220" />
        <source>is due within (minutes)</source>
        <translation>arrive à échéance dans (minutes)</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="222" />
        <source>in the last (days)</source>
        <translation>dans les derniers (jours)</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="223" />
        <source>before</source>
        <translation>avant le</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="224" />
        <source>on or after</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="228" />
        <source>matches</source>
        <translation>correspond à</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="231" />
        <source>is none of</source>
        <translation>n'est aucun de</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="244" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="245" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="270" />
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="270" />
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="273" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="274" />
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="275" />
        <source>Pending reminder</source>
        <translation>En attente de rappel</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="276" />
        <source>Pending close</source>
        <translation>En attente de fermeture</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="277" />
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="278" />
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="281" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="282" />
        <source>Phone call in</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <location filename="../client/ui/ViewEditorDialog.cpp" line="283" />
        <source>Phone call out</source>
        <translation>Appel sortant</translation>
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
        <translation>Mes tickets ouverts</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="20" />
        <source>Unassigned in my groups</source>
        <translation>Non attribués dans mes groupes</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="24" />
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="25" />
        <source>Recently closed</source>
        <translation>Fermés récemment</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="26" />
        <source>All tickets</source>
        <translation>Tous les tickets</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="36" />
        <source>My views</source>
        <translation>Mes vues</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="36" />
        <source>Shared with %1</source>
        <translation>Partagée avec %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WatchersBar</name>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="27" />
        <source>Add watcher…</source>
        <translation>Ajouter un abonné…</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="41" />
        <source>(every agent watches it)</source>
        <translation>(tous les agents le suivent)</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="81" />
        <source>No one watches this ticket.</source>
        <translation>Personne ne suit ce ticket.</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="91" />
        <source>%1 gets this ticket's customer follow-ups. Click to remove.</source>
        <translation>%1 reçoit les nouveaux messages du client sur ce ticket. Cliquez pour retirer.</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="98" />
        <source>Stop watching</source>
        <translation>Ne plus suivre</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="98" />
        <source>Watch</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="99" />
        <source>Stop getting this ticket's customer follow-ups</source>
        <translation>Ne plus recevoir les nouveaux messages du client sur ce ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/WatchersBar.cpp" line="100" />
        <source>Get this ticket's customer follow-ups, as its owner does</source>
        <translation>Recevoir les nouveaux messages du client sur ce ticket, comme son responsable</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WebFormEditor</name>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="24" />
        <source>Copy the HTML</source>
        <translation>Copier le HTML</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="26" />
        <source>Make a new address when saving (the current one stops working)</source>
        <translation>Créer une nouvelle adresse à l'enregistrement (l'actuelle ne fonctionnera plus)</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="82" />
        <source>Contact form</source>
        <translation>Formulaire de contact</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="82" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="87" />
        <source>The form's address is made when the group is saved.</source>
        <translation>L'adresse du formulaire est créée à l'enregistrement du groupe.</translation>
    </message>
    <message>
        <location filename="../client/ui/WebFormEditor.cpp" line="88" />
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WeeklyHoursEditor</name>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="57" />
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="57" />
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="57" />
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="61" />
        <source>closed (e.g. 08:00-12:00, 13:00-17:00)</source>
        <translation>fermé (p. ex. 08:00-12:00, 13:00-17:00)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="90" />
        <source>%1: "%2" is not a range such as 08:00-12:00</source>
        <translation>%1 : « %2 » n'est pas une plage comme 08:00-12:00</translation>
    </message>
</context>
</TS>