<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="125" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation>La cache è stata scritta da un client più recente (schema %1, questo conosce %2).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::HelpdeskAccess</name>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="76" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation>Questa applicazione è per gli operatori; i clienti usano l'e-mail o la pagina web.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="113" />
        <source>Cannot open the local cache %1: %2</source>
        <translation>Impossibile aprire la cache locale %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="162" />
        <source>New ticket #%1</source>
        <translation>Nuovo ticket #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="167" />
        <source>Customer reply on #%1</source>
        <translation>Risposta del cliente su #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="221" />
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="276" />
        <source>Reply to #%1</source>
        <translation>Risposta a #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="288" />
        <source>Note on #%1</source>
        <translation>Nota su #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="299" />
        <source>Phone call on #%1</source>
        <translation>Telefonata su #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="312" />
        <source>Change %1 of #%2</source>
        <translation>Modifica %1 di #%2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="325" />
        <source>Tags of #%1</source>
        <translation>Etichette di #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="359" />
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="16" />
        <source>Sign in to Helpdesk</source>
        <translation>Accedi a Helpdesk</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="29" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="31" />
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="56" />
        <source>Enter the server's address, your e-mail and your password.</source>
        <translation>Inserisci l'indirizzo del server, la tua e-mail e la password.</translation>
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
        <translation>Cerca numero, titolo, cliente, testo (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="108" />
        <source>First sync: %1 tickets</source>
        <translation>Prima sincronizzazione: %1 ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="112" />
        <source>Not saved — %1: %2</source>
        <translation>Non salvato — %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="115" />
        <source>Attachment not saved: %1</source>
        <translation>Allegato non salvato: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="126" />
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="127" />
        <source>Work &amp;offline</source>
        <translation>Lavora &amp;offline</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="131" />
        <source>Sign &amp;out</source>
        <translation>&amp;Esci dall'account</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="135" />
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="136" />
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="137" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="171" />
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="172" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ticket successivo / precedente&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rispondi&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nota interna&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;invia&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;prendi il ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;chiudi il ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cerca&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;questo elenco&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="220" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Imposta lo stato di %n ticket</numerusform><numerusform>Imposta lo stato di %n ticket</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="226" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>Assegna %n ticket a</numerusform><numerusform>Assegna %n ticket a</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="227" />
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="236" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>Sposta %n ticket nel gruppo</numerusform><numerusform>Sposta %n ticket nel gruppo</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="256" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n modifica in attesa di invio</numerusform><numerusform>%n modifiche in attesa di invio</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="262" />
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="263" />
        <source>● Connecting…</source>
        <translation>● Connessione…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="266" />
        <source>● Offline — working from the local copy</source>
        <translation>● Offline — si lavora sulla copia locale</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/Outbox.cpp" line="82" />
        <source>the stored change is unreadable: %1</source>
        <translation>la modifica salvata è illeggibile: %1</translation>
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
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="220" />
        <source>A change of yours waits to be sent.</source>
        <translation>Una tua modifica è in attesa di invio.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="234" />
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="235" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="236" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="237" />
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="238" />
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="239" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="240" />
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="241" />
        <source>Updated</source>
        <translation>Aggiornato</translation>
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
        <translation>telefonata (in entrata)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="41" />
        <source>phone call (out)</source>
        <translation>telefonata (in uscita)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="43" />
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="44" />
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="62" />
        <source>tags, separated by commas</source>
        <translation>etichette, separate da virgole</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="63" />
        <source>&amp;Take</source>
        <translation>&amp;Prendi</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="64" />
        <source>Become the owner (Ctrl+T)</source>
        <translation>Diventa il responsabile (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="70" />
        <source>State / priority</source>
        <translation>Stato / priorità</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="75" />
        <source>Group / owner</source>
        <translation>Gruppo / responsabile</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="76" />
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="78" />
        <source>Remote images in this ticket are blocked.</source>
        <translation>Le immagini remote in questo ticket sono bloccate.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="79" />
        <source>Show remote images</source>
        <translation>Mostra immagini remote</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="88" />
        <source>Reply by e-mail</source>
        <translation>Risposta via e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="89" />
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="90" />
        <source>Phone call (in)</source>
        <translation>Telefonata (in entrata)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="91" />
        <source>Phone call (out)</source>
        <translation>Telefonata (in uscita)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="95" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation>Scrivi qui; Ctrl+Invio invia.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="96" />
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="191" />
        <source>This ticket is no longer visible to you.</source>
        <translation>Questo ticket non è più visibile per te.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="199" />
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="227" />
        <source>internal</source>
        <translation>interna</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="229" />
        <source>waiting to be sent</source>
        <translation>in attesa di invio</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="256" />
        <source>Save attachment</source>
        <translation>Salva allegato</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ViewListModel</name>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="16" />
        <source>My open tickets</source>
        <translation>I miei ticket aperti</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="17" />
        <source>Unassigned in my groups</source>
        <translation>Non assegnati nei miei gruppi</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="21" />
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="22" />
        <source>Recently closed</source>
        <translation>Chiusi di recente</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="23" />
        <source>All tickets</source>
        <translation>Tutti i ticket</translation>
    </message>
</context>
</TS>