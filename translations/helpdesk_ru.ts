<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="125" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation>Кэш записан более новым клиентом (схема %1, этот знает %2).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::HelpdeskAccess</name>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="76" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation>Это приложение для сотрудников; клиенты пишут по почте или через веб-страницу.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="113" />
        <source>Cannot open the local cache %1: %2</source>
        <translation>Не удаётся открыть локальный кэш %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="162" />
        <source>New ticket #%1</source>
        <translation>Новая заявка #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="167" />
        <source>Customer reply on #%1</source>
        <translation>Ответ клиента в #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="221" />
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="276" />
        <source>Reply to #%1</source>
        <translation>Ответ в #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="288" />
        <source>Note on #%1</source>
        <translation>Заметка в #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="299" />
        <source>Phone call on #%1</source>
        <translation>Звонок по #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="312" />
        <source>Change %1 of #%2</source>
        <translation>Изменение %1 в #%2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="325" />
        <source>Tags of #%1</source>
        <translation>Метки в #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="359" />
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="16" />
        <source>Sign in to Helpdesk</source>
        <translation>Вход в Helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="19" />
        <source>agent@example.com</source>
        <translation>agent@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="27" />
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="28" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="29" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="31" />
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../client/ui/LoginDialog.cpp" line="56" />
        <source>Enter the server's address, your e-mail and your password.</source>
        <translation>Введите адрес сервера, свою почту и пароль.</translation>
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
        <translation>Поиск: номер, тема, клиент, текст (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="108" />
        <source>First sync: %1 tickets</source>
        <translation>Первая синхронизация: %1 заявок</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="112" />
        <source>Not saved — %1: %2</source>
        <translation>Не сохранено — %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="115" />
        <source>Attachment not saved: %1</source>
        <translation>Вложение не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="126" />
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="127" />
        <source>Work &amp;offline</source>
        <translation>Работать &amp;автономно</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="131" />
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="135" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="136" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="137" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="171" />
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="172" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;следующая / предыдущая заявка&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ответить&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;внутренняя заметка&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;отправить&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;взять заявку&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;закрыть заявку&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;поиск&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;этот список&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="220" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Изменить статус %n заявки</numerusform><numerusform>Изменить статус %n заявок</numerusform><numerusform>Изменить статус %n заявок</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="226" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>Назначить %n заявку</numerusform><numerusform>Назначить %n заявки</numerusform><numerusform>Назначить %n заявок</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="227" />
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="236" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>Переместить %n заявку в группу</numerusform><numerusform>Переместить %n заявки в группу</numerusform><numerusform>Переместить %n заявок в группу</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="256" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n изменение ждёт отправки</numerusform><numerusform>%n изменения ждут отправки</numerusform><numerusform>%n изменений ждут отправки</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="262" />
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="263" />
        <source>● Connecting…</source>
        <translation>● Подключение…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="266" />
        <source>● Offline — working from the local copy</source>
        <translation>● Нет связи — работа с локальной копией</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/Outbox.cpp" line="82" />
        <source>the stored change is unreadable: %1</source>
        <translation>сохранённое изменение не читается: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ServerConnection</name>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="62" />
        <source>signed out</source>
        <translation>выход выполнен</translation>
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="90" />
        <source>the connection to the server was lost</source>
        <translation>соединение с сервером потеряно</translation>
    </message>
    <message>
        <location filename="../client/core/ServerConnection.cpp" line="131" />
        <source>offline</source>
        <translation>нет связи</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="220" />
        <source>A change of yours waits to be sent.</source>
        <translation>Ваше изменение ждёт отправки.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="234" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="235" />
        <source>Title</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="236" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="237" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="238" />
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="239" />
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="240" />
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="241" />
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketView</name>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="37" />
        <source>e-mail</source>
        <translation>почта</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="39" />
        <source>phone call (in)</source>
        <translation>звонок (входящий)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="41" />
        <source>phone call (out)</source>
        <translation>звонок (исходящий)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="43" />
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="44" />
        <source>web</source>
        <translation>веб</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="62" />
        <source>tags, separated by commas</source>
        <translation>метки через запятую</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="63" />
        <source>&amp;Take</source>
        <translation>&amp;Взять</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="64" />
        <source>Become the owner (Ctrl+T)</source>
        <translation>Стать ответственным (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="70" />
        <source>State / priority</source>
        <translation>Статус / приоритет</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="75" />
        <source>Group / owner</source>
        <translation>Группа / ответственный</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="76" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="78" />
        <source>Remote images in this ticket are blocked.</source>
        <translation>Внешние изображения в этой заявке заблокированы.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="79" />
        <source>Show remote images</source>
        <translation>Показать внешние изображения</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="88" />
        <source>Reply by e-mail</source>
        <translation>Ответ по почте</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="89" />
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="90" />
        <source>Phone call (in)</source>
        <translation>Звонок (входящий)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="91" />
        <source>Phone call (out)</source>
        <translation>Звонок (исходящий)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="95" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation>Пишите здесь; Ctrl+Enter отправляет.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="96" />
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="191" />
        <source>This ticket is no longer visible to you.</source>
        <translation>Эта заявка вам больше не видна.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="199" />
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="227" />
        <source>internal</source>
        <translation>внутренняя</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="229" />
        <source>waiting to be sent</source>
        <translation>ждёт отправки</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="256" />
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ViewListModel</name>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="16" />
        <source>My open tickets</source>
        <translation>Мои открытые заявки</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="17" />
        <source>Unassigned in my groups</source>
        <translation>Без ответственного в моих группах</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="21" />
        <source>Pending</source>
        <translation>Ожидающие</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="22" />
        <source>Recently closed</source>
        <translation>Недавно закрытые</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="23" />
        <source>All tickets</source>
        <translation>Все заявки</translation>
    </message>
</context>
</TS>