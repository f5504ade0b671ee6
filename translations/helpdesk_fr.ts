<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="145" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation>Le cache a été écrit par un client plus récent (schéma %1, ce client connaît %2).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::HelpdeskAccess</name>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="103" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation>Cette application est destinée aux agents ; les clients utilisent l'e-mail ou la page web.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="140" />
        <source>Cannot open the local cache %1: %2</source>
        <translation>Impossible d'ouvrir le cache local %1 : %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="205" />
        <source>New ticket #%1</source>
        <translation>Nouveau ticket #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="210" />
        <source>Customer reply on #%1</source>
        <translation>Réponse du client sur #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="265" />
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="397" />
        <source>Reply to #%1</source>
        <translation>Réponse à #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="409" />
        <source>Note on #%1</source>
        <translation>Note sur #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="420" />
        <source>Phone call on #%1</source>
        <translation>Appel sur #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="364" />
        <location filename="../client/core/HelpdeskAccess.cpp" line="433" />
        <source>Change %1 of #%2</source>
        <translation>Modifier %1 de #%2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="446" />
        <source>Tags of #%1</source>
        <translation>Étiquettes de #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="470" />
        <source>%1 is writing a reply.</source>
        <translation>%1 rédige une réponse.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="471" />
        <source>%1 is viewing this ticket.</source>
        <translation>%1 consulte ce ticket.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="555" />
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="582" />
        <source>Merge #%1 into #%2</source>
        <translation>Fusionner #%1 dans #%2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="596" />
        <source>Link #%1 to #%2</source>
        <translation>Lier #%1 à #%2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="612" />
        <source>New ticket for %1: %2</source>
        <translation>Nouveau ticket pour %1 : %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="618" />
        <source>The history is shown when the server is reachable.</source>
        <translation>L'historique s'affiche quand le serveur est joignable.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="638" />
        <source>system</source>
        <translation>système</translation>
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
        <location filename="../client/ui/MainWindow.cpp" line="34" />
        <source>Helpdesk — %1</source>
        <translation>Helpdesk — %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="40" />
        <source>Search number, title, customer, text (Ctrl+F)</source>
        <translation>Rechercher numéro, titre, client, texte (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="116" />
        <source>First sync: %1 tickets</source>
        <translation>Première synchronisation : %1 tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="120" />
        <source>Not saved — %1: %2</source>
        <translation>Non enregistré — %1 : %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="123" />
        <source>Attachment not saved: %1</source>
        <translation>Pièce jointe non enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="136" />
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="137" />
        <source>Work &amp;offline</source>
        <translation>Travailler hors &amp;ligne</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="141" />
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="145" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="146" />
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="147" />
        <source>&amp;New ticket by e-mail…</source>
        <translation>&amp;Nouveau ticket par e-mail…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="148" />
        <source>&amp;Save search as a view…</source>
        <translation>&amp;Enregistrer la recherche comme vue…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="149" />
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="150" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="162" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="162" />
        <source>The new language is used from the next start.</source>
        <translation>La nouvelle langue s'applique au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="173" />
        <source>Remove this view</source>
        <translation>Supprimer cette vue</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="176" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="177" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="211" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="212" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ticket suivant / précédent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;répondre&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;note interne&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;envoyer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;prendre le ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fermer le ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rechercher&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cette liste&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="227" />
        <location filename="../client/ui/MainWindow.cpp" line="252" />
        <source>New ticket by e-mail</source>
        <translation>Nouveau ticket par e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="229" />
        <source>customer@example.com</source>
        <translation>client@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="237" />
        <source>Customer e-mail</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="238" />
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="239" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="241" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="252" />
        <source>A new ticket needs the customer's e-mail, a subject and a text.</source>
        <translation>Un nouveau ticket demande l'e-mail du client, un objet et un texte.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="262" />
        <location filename="../client/ui/MainWindow.cpp" line="266" />
        <source>Save search as a view</source>
        <translation>Enregistrer la recherche comme vue</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="262" />
        <source>Type a search first; the view shows its tickets.</source>
        <translation>Saisissez d'abord une recherche ; la vue montre ses tickets.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="266" />
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="308" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Changer l'état de %n ticket</numerusform><numerusform>Changer l'état de %n tickets</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="314" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>Attribuer %n ticket à</numerusform><numerusform>Attribuer %n tickets à</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="315" />
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="324" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>Déplacer %n ticket vers le groupe</numerusform><numerusform>Déplacer %n tickets vers le groupe</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="344" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n modification en attente d'envoi</numerusform><numerusform>%n modifications en attente d'envoi</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="350" />
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="351" />
        <source>● Connecting…</source>
        <translation>● Connexion…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="354" />
        <source>● Offline — working from the local copy</source>
        <translation>● Hors ligne — travail sur la copie locale</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/Outbox.cpp" line="99" />
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
        <location filename="../client/models/TicketListModel.cpp" line="277" />
        <source>A change of yours waits to be sent.</source>
        <translation>Une de vos modifications attend d'être envoyée.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="279" />
        <source>Not opened yet.</source>
        <translation>Pas encore ouvert.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="281" />
        <source>Changed since you last looked.</source>
        <translation>Modifié depuis votre dernière consultation.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="296" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="297" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="298" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="299" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="300" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="301" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="302" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="303" />
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="304" />
        <source>SLA due</source>
        <translation>Échéance SLA</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketView</name>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="51" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="53" />
        <source>phone call (in)</source>
        <translation>appel (entrant)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="55" />
        <source>phone call (out)</source>
        <translation>appel (sortant)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="57" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="58" />
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="81" />
        <source>tags, separated by commas</source>
        <translation>étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="82" />
        <source>&amp;Take</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="83" />
        <source>Become the owner (Ctrl+T)</source>
        <translation>Devenir responsable (Ctrl+T)</translation>
    </message>
    <message>
        <source>State / priority</source>
        <translation>État / priorité</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="90" />
        <source>State / priority / type</source>
        <translation>État / priorité / type</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="95" />
        <source>Group / owner</source>
        <translation>Groupe / responsable</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="96" />
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="97" />
        <source>Link…</source>
        <translation>Lier…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="102" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="110" />
        <source>Remote images in this ticket are blocked.</source>
        <translation>Les images distantes de ce ticket sont bloquées.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="111" />
        <source>Show remote images</source>
        <translation>Afficher les images distantes</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="120" />
        <source>Reply by e-mail</source>
        <translation>Réponse par e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="121" />
        <source>Reply to all</source>
        <translation>Répondre à tous</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="122" />
        <source>Forward</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="123" />
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="124" />
        <source>Phone call (in)</source>
        <translation>Appel (entrant)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="125" />
        <source>Phone call (out)</source>
        <translation>Appel (sortant)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="131" />
        <source>Double-click removes an attachment.</source>
        <translation>Un double-clic retire une pièce jointe.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="148" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation>Écrivez ici ; Ctrl+Entrée envoie.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="149" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="154" />
        <location filename="../client/ui/TicketView.cpp" line="437" />
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="160" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="161" />
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="177" />
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="180" />
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="181" />
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="182" />
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="185" />
        <location filename="../client/ui/TicketView.cpp" line="607" />
        <location filename="../client/ui/TicketView.cpp" line="613" />
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="199" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="199" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="199" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="199" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="199" />
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="202" />
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="203" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="336" />
        <source>This ticket is no longer visible to you.</source>
        <translation>Ce ticket ne vous est plus visible.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="344" />
        <source>(no type)</source>
        <translation>(sans type)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="345" />
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="374" />
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="376" />
        <source>waiting to be sent</source>
        <translation>en attente d'envoi</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="403" />
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="426" />
        <source>forward to…</source>
        <translation>transférer à…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="431" />
        <source>---- Forwarded message from %1 (%2) ----</source>
        <translation>---- Message transféré de %1 (%2) ----</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="446" />
        <location filename="../client/ui/TicketView.cpp" line="448" />
        <source>Merge ticket</source>
        <translation>Fusionner le ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="446" />
        <source>Merge this ticket into ticket number:</source>
        <translation>Fusionner ce ticket dans le ticket numéro :</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="448" />
        <location filename="../client/ui/TicketView.cpp" line="465" />
        <source>Ticket %1 is not among the tickets you can see.</source>
        <translation>Le ticket %1 ne fait pas partie des tickets que vous voyez.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="456" />
        <location filename="../client/ui/TicketView.cpp" line="460" />
        <location filename="../client/ui/TicketView.cpp" line="465" />
        <source>Link ticket</source>
        <translation>Lier le ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="456" />
        <source>Link this ticket to ticket number:</source>
        <translation>Lier ce ticket au ticket numéro :</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="459" />
        <source>related</source>
        <translation>lié</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="459" />
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="459" />
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="460" />
        <source>Kind of link:</source>
        <translation>Type de lien :</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="557" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="607" />
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation>%1 dépasse la limite de %2 Mo.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="613" />
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="660" />
        <source>Forward of #%1 to %2</source>
        <translation>Transfert de #%1 à %2</translation>
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
</context>
</TS>