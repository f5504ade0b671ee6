<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="125" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation>Le cache a été écrit par un client plus récent (schéma %1, ce client connaît %2).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::HelpdeskAccess</name>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="76" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation>Cette application est destinée aux agents ; les clients utilisent l'e-mail ou la page web.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="113" />
        <source>Cannot open the local cache %1: %2</source>
        <translation>Impossible d'ouvrir le cache local %1 : %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="162" />
        <source>New ticket #%1</source>
        <translation>Nouveau ticket #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="167" />
        <source>Customer reply on #%1</source>
        <translation>Réponse du client sur #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="221" />
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="276" />
        <source>Reply to #%1</source>
        <translation>Réponse à #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="288" />
        <source>Note on #%1</source>
        <translation>Note sur #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="299" />
        <source>Phone call on #%1</source>
        <translation>Appel sur #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="312" />
        <source>Change %1 of #%2</source>
        <translation>Modifier %1 de #%2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="325" />
        <source>Tags of #%1</source>
        <translation>Étiquettes de #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="359" />
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="16" />
        <source>Sign in to Helpdesk</source>
        <translation>Connexion à Helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="19" />
        <source>agent@example.com</source>
        <translation>agent@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="27" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="28" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="29" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="31" />
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="56" />
        <source>Enter the server's address, your e-mail and your password.</source>
        <translation>Saisissez l'adresse du serveur, votre e-mail et votre mot de passe.</translation>
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
        <translation>Rechercher numéro, titre, client, texte (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="108" />
        <source>First sync: %1 tickets</source>
        <translation>Première synchronisation : %1 tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="112" />
        <source>Not saved — %1: %2</source>
        <translation>Non enregistré — %1 : %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="115" />
        <source>Attachment not saved: %1</source>
        <translation>Pièce jointe non enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="126" />
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="127" />
        <source>Work &amp;offline</source>
        <translation>Travailler hors &amp;ligne</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="131" />
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="135" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="136" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="137" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="171" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="172" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ticket suivant / précédent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;répondre&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;note interne&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;envoyer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;prendre le ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fermer le ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rechercher&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cette liste&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="220" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Changer l'état de %n ticket</numerusform><numerusform>Changer l'état de %n tickets</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="226" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>Attribuer %n ticket à</numerusform><numerusform>Attribuer %n tickets à</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="227" />
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="236" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>Déplacer %n ticket vers le groupe</numerusform><numerusform>Déplacer %n tickets vers le groupe</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="256" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n modification en attente d'envoi</numerusform><numerusform>%n modifications en attente d'envoi</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="262" />
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="263" />
        <source>● Connecting…</source>
        <translation>● Connexion…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="266" />
        <source>● Offline — working from the local copy</source>
        <translation>● Hors ligne — travail sur la copie locale</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/Outbox.cpp" line="82" />
        <source>the stored change is unreadable: %1</source>
        <translation>la modification enregistrée est illisible : %1</translation>
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
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="220" />
        <source>A change of yours waits to be sent.</source>
        <translation>Une de vos modifications attend d'être envoyée.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="234" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="235" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="236" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="237" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="238" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="239" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="240" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="241" />
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketView</name>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="37" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="39" />
        <source>phone call (in)</source>
        <translation>appel (entrant)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="41" />
        <source>phone call (out)</source>
        <translation>appel (sortant)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="43" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="44" />
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="62" />
        <source>tags, separated by commas</source>
        <translation>étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="63" />
        <source>&amp;Take</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="64" />
        <source>Become the owner (Ctrl+T)</source>
        <translation>Devenir responsable (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="70" />
        <source>State / priority</source>
        <translation>État / priorité</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="75" />
        <source>Group / owner</source>
        <translation>Groupe / responsable</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="76" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="78" />
        <source>Remote images in this ticket are blocked.</source>
        <translation>Les images distantes de ce ticket sont bloquées.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="79" />
        <source>Show remote images</source>
        <translation>Afficher les images distantes</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="88" />
        <source>Reply by e-mail</source>
        <translation>Réponse par e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="89" />
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="90" />
        <source>Phone call (in)</source>
        <translation>Appel (entrant)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="91" />
        <source>Phone call (out)</source>
        <translation>Appel (sortant)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="95" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation>Écrivez ici ; Ctrl+Entrée envoie.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="96" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="191" />
        <source>This ticket is no longer visible to you.</source>
        <translation>Ce ticket ne vous est plus visible.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="199" />
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="227" />
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="229" />
        <source>waiting to be sent</source>
        <translation>en attente d'envoi</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="256" />
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ViewListModel</name>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="16" />
        <source>My open tickets</source>
        <translation>Mes tickets ouverts</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="17" />
        <source>Unassigned in my groups</source>
        <translation>Non attribués dans mes groupes</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="21" />
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="22" />
        <source>Recently closed</source>
        <translation>Fermés récemment</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="23" />
        <source>All tickets</source>
        <translation>Tous les tickets</translation>
    </message>
</context>
</TS>