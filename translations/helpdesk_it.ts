<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="138" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation>La cache è stata scritta da un client più recente (schema %1, questo conosce %2).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::HelpdeskAccess</name>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="102" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation>Questa applicazione è per gli operatori; i clienti usano l'e-mail o la pagina web.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="139" />
        <source>Cannot open the local cache %1: %2</source>
        <translation>Impossibile aprire la cache locale %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="204" />
        <source>New ticket #%1</source>
        <translation>Nuovo ticket #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="209" />
        <source>Customer reply on #%1</source>
        <translation>Risposta del cliente su #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="263" />
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="326" />
        <source>Reply to #%1</source>
        <translation>Risposta a #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="338" />
        <source>Note on #%1</source>
        <translation>Nota su #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="349" />
        <source>Phone call on #%1</source>
        <translation>Telefonata su #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="362" />
        <source>Change %1 of #%2</source>
        <translation>Modifica %1 di #%2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="375" />
        <source>Tags of #%1</source>
        <translation>Etichette di #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="399" />
        <source>%1 is writing a reply.</source>
        <translation>%1 sta scrivendo una risposta.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="400" />
        <source>%1 is viewing this ticket.</source>
        <translation>%1 sta guardando questo ticket.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="484" />
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="511" />
        <source>Merge #%1 into #%2</source>
        <translation>Unisci #%1 in #%2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="525" />
        <source>Link #%1 to #%2</source>
        <translation>Collega #%1 a #%2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="541" />
        <source>New ticket for %1: %2</source>
        <translation>Nuovo ticket per %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="547" />
        <source>The history is shown when the server is reachable.</source>
        <translation>La cronologia è visibile quando il server è raggiungibile.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="567" />
        <source>system</source>
        <translation>sistema</translation>
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
        <location filename="../client/ui/MainWindow.cpp" line="34" />
        <source>Helpdesk — %1</source>
        <translation>Helpdesk — %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="40" />
        <source>Search number, title, customer, text (Ctrl+F)</source>
        <translation>Cerca numero, titolo, cliente, testo (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="115" />
        <source>First sync: %1 tickets</source>
        <translation>Prima sincronizzazione: %1 ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="119" />
        <source>Not saved — %1: %2</source>
        <translation>Non salvato — %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="122" />
        <source>Attachment not saved: %1</source>
        <translation>Allegato non salvato: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="133" />
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="134" />
        <source>Work &amp;offline</source>
        <translation>Lavora &amp;offline</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="138" />
        <source>Sign &amp;out</source>
        <translation>&amp;Esci dall'account</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="142" />
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="143" />
        <source>&amp;Tickets</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="144" />
        <source>&amp;New ticket by e-mail…</source>
        <translation>&amp;Nuovo ticket via e-mail…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="145" />
        <source>&amp;Save search as a view…</source>
        <translation>&amp;Salva la ricerca come vista…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="146" />
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="147" />
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="159" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="159" />
        <source>The new language is used from the next start.</source>
        <translation>La nuova lingua vale dal prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="170" />
        <source>Remove this view</source>
        <translation>Rimuovi questa vista</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="173" />
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="174" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="208" />
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="209" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ticket successivo / precedente&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rispondi&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nota interna&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;invia&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;prendi il ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;chiudi il ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cerca&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;questo elenco&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="224" />
        <location filename="../client/ui/MainWindow.cpp" line="249" />
        <source>New ticket by e-mail</source>
        <translation>Nuovo ticket via e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="226" />
        <source>customer@example.com</source>
        <translation>cliente@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="234" />
        <source>Customer e-mail</source>
        <translation>E-mail del cliente</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="235" />
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="236" />
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="238" />
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="249" />
        <source>A new ticket needs the customer's e-mail, a subject and a text.</source>
        <translation>Un nuovo ticket richiede l'e-mail del cliente, un oggetto e un testo.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="259" />
        <location filename="../client/ui/MainWindow.cpp" line="263" />
        <source>Save search as a view</source>
        <translation>Salva la ricerca come vista</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="259" />
        <source>Type a search first; the view shows its tickets.</source>
        <translation>Scrivi prima una ricerca; la vista mostra i suoi ticket.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="263" />
        <source>Name of the view:</source>
        <translation>Nome della vista:</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="305" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Imposta lo stato di %n ticket</numerusform><numerusform>Imposta lo stato di %n ticket</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="311" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>Assegna %n ticket a</numerusform><numerusform>Assegna %n ticket a</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="312" />
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="321" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>Sposta %n ticket nel gruppo</numerusform><numerusform>Sposta %n ticket nel gruppo</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="341" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n modifica in attesa di invio</numerusform><numerusform>%n modifiche in attesa di invio</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="347" />
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="348" />
        <source>● Connecting…</source>
        <translation>● Connessione…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="351" />
        <source>● Offline — working from the local copy</source>
        <translation>● Offline — si lavora sulla copia locale</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/Outbox.cpp" line="99" />
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
        <location filename="../client/models/TicketListModel.cpp" line="254" />
        <source>A change of yours waits to be sent.</source>
        <translation>Una tua modifica è in attesa di invio.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="268" />
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="269" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="270" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="271" />
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="272" />
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="273" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="274" />
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="275" />
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketView</name>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="47" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="49" />
        <source>phone call (in)</source>
        <translation>telefonata (in entrata)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="51" />
        <source>phone call (out)</source>
        <translation>telefonata (in uscita)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="53" />
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="54" />
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="77" />
        <source>tags, separated by commas</source>
        <translation>etichette, separate da virgole</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="78" />
        <source>&amp;Take</source>
        <translation>&amp;Prendi</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="79" />
        <source>Become the owner (Ctrl+T)</source>
        <translation>Diventa il responsabile (Ctrl+T)</translation>
    </message>
    <message>
        <source>State / priority</source>
        <translation>Stato / priorità</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="86" />
        <source>State / priority / type</source>
        <translation>Stato / priorità / tipo</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="91" />
        <source>Group / owner</source>
        <translation>Gruppo / responsabile</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="92" />
        <source>Merge…</source>
        <translation>Unisci…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="93" />
        <source>Link…</source>
        <translation>Collega…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="98" />
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="102" />
        <source>Remote images in this ticket are blocked.</source>
        <translation>Le immagini remote in questo ticket sono bloccate.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="103" />
        <source>Show remote images</source>
        <translation>Mostra immagini remote</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="112" />
        <source>Reply by e-mail</source>
        <translation>Risposta via e-mail</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="113" />
        <source>Reply to all</source>
        <translation>Rispondi a tutti</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="114" />
        <source>Forward</source>
        <translation>Inoltra</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="115" />
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="116" />
        <source>Phone call (in)</source>
        <translation>Telefonata (in entrata)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="117" />
        <source>Phone call (out)</source>
        <translation>Telefonata (in uscita)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="123" />
        <source>Double-click removes an attachment.</source>
        <translation>Il doppio clic rimuove un allegato.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="132" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation>Scrivi qui; Ctrl+Invio invia.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="133" />
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="138" />
        <location filename="../client/ui/TicketView.cpp" line="413" />
        <source>the customer</source>
        <translation>il cliente</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="144" />
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="145" />
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="161" />
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="164" />
        <source>Italic</source>
        <translation>Corsivo</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="165" />
        <source>Bulleted list</source>
        <translation>Elenco puntato</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="166" />
        <source>Attach…</source>
        <translation>Allega…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="169" />
        <location filename="../client/ui/TicketView.cpp" line="449" />
        <location filename="../client/ui/TicketView.cpp" line="455" />
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="183" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="183" />
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="183" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="183" />
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="183" />
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="186" />
        <source>Thread</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="187" />
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="313" />
        <source>This ticket is no longer visible to you.</source>
        <translation>Questo ticket non è più visibile per te.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="321" />
        <source>(no type)</source>
        <translation>(nessun tipo)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="322" />
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="350" />
        <source>internal</source>
        <translation>interna</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="352" />
        <source>waiting to be sent</source>
        <translation>in attesa di invio</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="379" />
        <source>Save attachment</source>
        <translation>Salva allegato</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="402" />
        <source>forward to…</source>
        <translation>inoltra a…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="407" />
        <source>---- Forwarded message from %1 (%2) ----</source>
        <translation>---- Messaggio inoltrato da %1 (%2) ----</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="422" />
        <location filename="../client/ui/TicketView.cpp" line="424" />
        <source>Merge ticket</source>
        <translation>Unisci ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="422" />
        <source>Merge this ticket into ticket number:</source>
        <translation>Unisci questo ticket nel ticket numero:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="424" />
        <location filename="../client/ui/TicketView.cpp" line="441" />
        <source>Ticket %1 is not among the tickets you can see.</source>
        <translation>Il ticket %1 non è tra quelli che puoi vedere.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="432" />
        <location filename="../client/ui/TicketView.cpp" line="436" />
        <location filename="../client/ui/TicketView.cpp" line="441" />
        <source>Link ticket</source>
        <translation>Collega ticket</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="432" />
        <source>Link this ticket to ticket number:</source>
        <translation>Collega questo ticket al ticket numero:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="435" />
        <source>related</source>
        <translation>correlato</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="435" />
        <source>parent</source>
        <translation>padre</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="435" />
        <source>duplicate</source>
        <translation>duplicato</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="436" />
        <source>Kind of link:</source>
        <translation>Tipo di collegamento:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="449" />
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation>%1 supera il limite di %2 MB.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="455" />
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="502" />
        <source>Forward of #%1 to %2</source>
        <translation>Inoltro di #%1 a %2</translation>
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
</context>
</TS>