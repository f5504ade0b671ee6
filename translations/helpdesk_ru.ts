<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>helpdesk::client::CacheStore</name>
    <message>
        <location filename="../client/core/CacheStore.cpp" line="145" />
        <source>The cache was written by a newer client (schema %1, this client knows %2).</source>
        <translation>Кэш записан более новым клиентом (схема %1, этот знает %2).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="87" />
        <source>Helpdesk dashboards</source>
        <translation>Панели Helpdesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="90" />
        <source>Last %n day(s)</source>
        <translation><numerusform>Последний %n день</numerusform><numerusform>Последние %n дня</numerusform><numerusform>Последние %n дней</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="93" />
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="96" />
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="100" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="102" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="108" />
        <source>Open tickets by group</source>
        <translation>Открытые заявки по группам</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="109" />
        <source>New and closed per day</source>
        <translation>Новые и закрытые по дням</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="110" />
        <source>SLA breaches</source>
        <translation>Нарушения SLA</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="111" />
        <source>Open tickets per agent</source>
        <translation>Открытые заявки по сотрудникам</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="112" />
        <source>Age of the open tickets</source>
        <translation>Возраст открытых заявок</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="156" />
        <source>Export the panels as CSV</source>
        <translation>Экспорт панелей в CSV</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="186" />
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="188" />
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="189" />
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="191" />
        <source>&lt;h3&gt;Response and resolution&lt;/h3&gt;&lt;p&gt;First response: median %1, 90% within %2 (SLA %3)&lt;/p&gt;&lt;p&gt;Resolution: median %4, 90% within %5 (SLA %6)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ответ и решение&lt;/h3&gt;&lt;p&gt;Первый ответ: медиана %1, 90% за %2 (SLA %3)&lt;/p&gt;&lt;p&gt;Решение: медиана %4, 90% за %5 (SLA %6)&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="208" />
        <source>%1★ %2</source>
        <translation>%1★ %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/DashboardWindow.cpp" line="209" />
        <source>&lt;h3&gt;Customer ratings&lt;/h3&gt;&lt;p&gt;%n rating(s), average %1 of 5&lt;/p&gt;&lt;p&gt;%2% satisfied (4 or 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation><numerusform>&lt;h3&gt;Оценки клиентов&lt;/h3&gt;&lt;p&gt;%n оценка, в среднем %1 из 5&lt;/p&gt;&lt;p&gt;%2% довольны (4 или 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform><numerusform>&lt;h3&gt;Оценки клиентов&lt;/h3&gt;&lt;p&gt;%n оценки, в среднем %1 из 5&lt;/p&gt;&lt;p&gt;%2% довольны (4 или 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform><numerusform>&lt;h3&gt;Оценки клиентов&lt;/h3&gt;&lt;p&gt;%n оценок, в среднем %1 из 5&lt;/p&gt;&lt;p&gt;%2% довольны (4 или 5)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="222" />
        <source>new</source>
        <translation>новые</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="224" />
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="254" />
        <location filename="../client/ui/DashboardWindow.cpp" line="258" />
        <location filename="../client/ui/DashboardWindow.cpp" line="260" />
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../client/ui/DashboardWindow.cpp" line="256" />
        <source>breached</source>
        <translation>нарушено</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::HelpdeskAccess</name>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="109" />
        <source>This application is for agents; customers use e-mail or the web page.</source>
        <translation>Это приложение для сотрудников; клиенты пишут по почте или через веб-страницу.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="146" />
        <source>Cannot open the local cache %1: %2</source>
        <translation>Не удаётся открыть локальный кэш %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="211" />
        <source>New ticket #%1</source>
        <translation>Новая заявка #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="216" />
        <source>Customer reply on #%1</source>
        <translation>Ответ клиента в #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="271" />
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="403" />
        <source>Reply to #%1</source>
        <translation>Ответ в #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="415" />
        <source>Note on #%1</source>
        <translation>Заметка в #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="426" />
        <source>Phone call on #%1</source>
        <translation>Звонок по #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="370" />
        <location filename="../client/core/HelpdeskAccess.cpp" line="439" />
        <source>Change %1 of #%2</source>
        <translation>Изменение %1 в #%2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="452" />
        <source>Tags of #%1</source>
        <translation>Метки в #%1</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="476" />
        <source>%1 is writing a reply.</source>
        <translation>%1 пишет ответ.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="477" />
        <source>%1 is viewing this ticket.</source>
        <translation>%1 просматривает эту заявку.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="505" />
        <location filename="../client/core/HelpdeskAccess.cpp" line="618" />
        <location filename="../client/core/HelpdeskAccess.cpp" line="716" />
        <source>Settings are changed on the server; it is not reachable.</source>
        <translation>Настройки меняются на сервере; он недоступен.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="662" />
        <location filename="../client/core/HelpdeskAccess.cpp" line="702" />
        <location filename="../client/core/HelpdeskAccess.cpp" line="751" />
        <source>The server is not reachable.</source>
        <translation>Сервер недоступен.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="761" />
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="600" />
        <location filename="../client/core/HelpdeskAccess.cpp" line="792" />
        <source>%1 is no agent of this desk</source>
        <translation>%1 не сотрудник этого helpdesk</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="551" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="675" />
        <source>%1 fetched, %2 new tickets, %3 follow-ups, %4 failed</source>
        <translation>получено %1, новых заявок %2, ответов %3, ошибок %4</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="708" />
        <source>The message is queued again.</source>
        <translation>Сообщение снова в очереди.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="826" />
        <source>Dashboards are computed by the server; it is not reachable.</source>
        <translation>Панели считает сервер; он недоступен.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="929" />
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="960" />
        <source>Macro "%1" on #%2</source>
        <translation>Макрос «%1» для #%2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="972" />
        <source>Merge #%1 into #%2</source>
        <translation>Объединить #%1 с #%2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="986" />
        <source>Link #%1 to #%2</source>
        <translation>Связать #%1 с #%2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="1002" />
        <source>New ticket for %1: %2</source>
        <translation>Новая заявка для %1: %2</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="1008" />
        <source>The history is shown when the server is reachable.</source>
        <translation>История видна, когда сервер доступен.</translation>
    </message>
    <message>
        <location filename="../client/core/HelpdeskAccess.cpp" line="1028" />
        <source>system</source>
        <translation>система</translation>
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
        <location filename="../client/ui/MainWindow.cpp" line="36" />
        <source>Helpdesk — %1</source>
        <translation>Helpdesk — %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="42" />
        <source>Search number, title, customer, text (Ctrl+F)</source>
        <translation>Поиск: номер, тема, клиент, текст (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="118" />
        <source>First sync: %1 tickets</source>
        <translation>Первая синхронизация: %1 заявок</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="122" />
        <source>Not saved — %1: %2</source>
        <translation>Не сохранено — %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="125" />
        <source>Attachment not saved: %1</source>
        <translation>Вложение не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="138" />
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="139" />
        <source>Work &amp;offline</source>
        <translation>Работать &amp;автономно</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="143" />
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="147" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="148" />
        <source>&amp;Tickets</source>
        <translation>&amp;Заявки</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="149" />
        <source>&amp;New ticket by e-mail…</source>
        <translation>&amp;Новая заявка по почте…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="150" />
        <source>&amp;Save search as a view…</source>
        <translation>&amp;Сохранить поиск как вид…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="151" />
        <source>&amp;Dashboards</source>
        <translation>&amp;Панели</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="157" />
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="158" />
        <source>&amp;Server settings…</source>
        <translation>Настройки &amp;сервера…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="166" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="178" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="178" />
        <source>The new language is used from the next start.</source>
        <translation>Новый язык будет использован при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="189" />
        <source>Remove this view</source>
        <translation>Удалить этот вид</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="192" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="193" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="227" />
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="228" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;internal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;send&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;take the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the ticket&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;следующая / предыдущая заявка&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ответить&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;внутренняя заметка&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;отправить&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;взять заявку&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;закрыть заявку&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;поиск&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;этот список&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="243" />
        <location filename="../client/ui/MainWindow.cpp" line="268" />
        <source>New ticket by e-mail</source>
        <translation>Новая заявка по почте</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="245" />
        <source>customer@example.com</source>
        <translation>client@example.com</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="253" />
        <source>Customer e-mail</source>
        <translation>Почта клиента</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="254" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="255" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="257" />
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="268" />
        <source>A new ticket needs the customer's e-mail, a subject and a text.</source>
        <translation>Для новой заявки нужны почта клиента, тема и текст.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="278" />
        <location filename="../client/ui/MainWindow.cpp" line="282" />
        <source>Save search as a view</source>
        <translation>Сохранить поиск как вид</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="278" />
        <source>Type a search first; the view shows its tickets.</source>
        <translation>Сначала введите поиск; вид покажет его заявки.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="282" />
        <source>Name of the view:</source>
        <translation>Название вида:</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="324" />
        <source>Set state of %n ticket(s)</source>
        <translation><numerusform>Изменить статус %n заявки</numerusform><numerusform>Изменить статус %n заявок</numerusform><numerusform>Изменить статус %n заявок</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="330" />
        <source>Assign %n ticket(s) to</source>
        <translation><numerusform>Назначить %n заявку</numerusform><numerusform>Назначить %n заявки</numerusform><numerusform>Назначить %n заявок</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="331" />
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="340" />
        <source>Move %n ticket(s) to group</source>
        <translation><numerusform>Переместить %n заявку в группу</numerusform><numerusform>Переместить %n заявки в группу</numerusform><numerusform>Переместить %n заявок в группу</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="360" />
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n изменение ждёт отправки</numerusform><numerusform>%n изменения ждут отправки</numerusform><numerusform>%n изменений ждут отправки</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="366" />
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="367" />
        <source>● Connecting…</source>
        <translation>● Подключение…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="370" />
        <source>● Offline — working from the local copy</source>
        <translation>● Нет связи — работа с локальной копией</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ObjectEditor</name>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="120" />
        <source>(not used)</source>
        <translation>(не используется)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="158" />
        <source>either</source>
        <translation>неважно</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="159" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="160" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="162" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/Outbox.cpp" line="99" />
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
    <name>helpdesk::client::SettingsWindow</name>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="28" />
        <source>Helpdesk settings</source>
        <translation>Настройки Helpdesk</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="30" />
        <location filename="../client/ui/SettingsWindow.cpp" line="34" />
        <location filename="../client/ui/SettingsWindow.cpp" line="36" />
        <location filename="../client/ui/SettingsWindow.cpp" line="38" />
        <location filename="../client/ui/SettingsWindow.cpp" line="39" />
        <location filename="../client/ui/SettingsWindow.cpp" line="43" />
        <location filename="../client/ui/SettingsWindow.cpp" line="45" />
        <location filename="../client/ui/SettingsWindow.cpp" line="47" />
        <location filename="../client/ui/SettingsWindow.cpp" line="52" />
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <location filename="../client/ui/SettingsWindow.cpp" line="56" />
        <location filename="../client/ui/SettingsWindow.cpp" line="83" />
        <location filename="../client/ui/SettingsWindow.cpp" line="86" />
        <location filename="../client/ui/SettingsWindow.cpp" line="88" />
        <location filename="../client/ui/SettingsWindow.cpp" line="352" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="30" />
        <location filename="../client/ui/SettingsWindow.cpp" line="35" />
        <location filename="../client/ui/SettingsWindow.cpp" line="36" />
        <location filename="../client/ui/SettingsWindow.cpp" line="38" />
        <location filename="../client/ui/SettingsWindow.cpp" line="42" />
        <location filename="../client/ui/SettingsWindow.cpp" line="44" />
        <location filename="../client/ui/SettingsWindow.cpp" line="46" />
        <location filename="../client/ui/SettingsWindow.cpp" line="51" />
        <location filename="../client/ui/SettingsWindow.cpp" line="54" />
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <location filename="../client/ui/SettingsWindow.cpp" line="90" />
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="30" />
        <source>E-mail addresses</source>
        <translation>Адреса почты</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="31" />
        <source>Signature</source>
        <translation>Подпись письма</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="31" />
        <source>Acknowledgement subject</source>
        <translation>Тема подтверждения</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="32" />
        <source>Acknowledgement text</source>
        <translation>Текст подтверждения</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="33" />
        <source>Agents (e-mail: read or full, one per line)</source>
        <translation>Сотрудники (почта: read или full, по одному в строке)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="34" />
        <location filename="../client/ui/SettingsWindow.cpp" line="41" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="35" />
        <location filename="../client/ui/SettingsWindow.cpp" line="37" />
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="36" />
        <location filename="../client/ui/SettingsWindow.cpp" line="48" />
        <location filename="../client/ui/SettingsWindow.cpp" line="54" />
        <source>Rank</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="39" />
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="40" />
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Options (JSON)</source>
        <translation>Варианты (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="42" />
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="43" />
        <source>Keyword (after ::)</source>
        <translation>Ключ (после ::)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="44" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="45" />
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Weekly hours (JSON)</source>
        <translation>Недельные часы (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="46" />
        <source>Holidays (YYYY-MM-DD, …)</source>
        <translation>Праздники (ГГГГ-ММ-ДД, …)</translation>
    </message>
    <message>
        <source>Calendar id</source>
        <translation>Id календаря</translation>
    </message>
    <message>
        <source>Applies to (JSON)</source>
        <translation>Применяется к (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="48" />
        <source>First response (business minutes)</source>
        <translation>Первый ответ (рабочие минуты)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="49" />
        <source>Update (business minutes)</source>
        <translation>Обновление (рабочие минуты)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="50" />
        <source>Solution (business minutes)</source>
        <translation>Решение (рабочие минуты)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="51" />
        <source>Warn before (minutes)</source>
        <translation>Предупреждать за (минут)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="52" />
        <source>On</source>
        <translation>При</translation>
    </message>
    <message>
        <source>Conditions (JSON)</source>
        <translation>Условия (JSON)</translation>
    </message>
    <message>
        <source>Actions (JSON)</source>
        <translation>Действия (JSON)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="56" />
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="56" />
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="57" />
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="57" />
        <source>Security</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <location filename="../client/ui/SettingsWindow.cpp" line="79" />
        <source>Check the certificate</source>
        <translation>Проверять сертификат</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="58" />
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="59" />
        <source>Password (empty: unchanged)</source>
        <translation>Пароль (пусто: без изменений)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="59" />
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="60" />
        <source>Enabled</source>
        <translation>Включён</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="60" />
        <source>Poll every (minutes)</source>
        <translation>Проверять каждые (минут)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="61" />
        <source>Unknown senders open tickets</source>
        <translation>Неизвестные отправители создают заявки</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="62" />
        <source>Attach the original .eml</source>
        <translation>Прикладывать исходный .eml</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Id группы</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="68" />
        <source>POP3: delete processed mail</source>
        <translation>POP3: удалять обработанную почту</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="69" />
        <source>IMAP: folder for processed mail</source>
        <translation>IMAP: папка для обработанной почты</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="70" />
        <source>IMAP: folder for failed mail</source>
        <translation>IMAP: папка для ошибочной почты</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="71" />
        <source>Disable after failed connections (0: never)</source>
        <translation>Отключить после ошибок соединения (0: никогда)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="72" />
        <source>System address</source>
        <translation>Системный адрес</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="72" />
        <source>System name</source>
        <translation>Имя системы</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="73" />
        <source>No-reply address</source>
        <translation>Адрес no-reply</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="73" />
        <source>Public address of the server</source>
        <translation>Публичный адрес сервера</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="74" />
        <source>Ticket tag in subjects</source>
        <translation>Метка заявки в теме</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="75" />
        <source>Automatic replies per recipient and hour</source>
        <translation>Автоответов на получателя в час</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="76" />
        <source>Largest accepted message (bytes)</source>
        <translation>Наибольшее принимаемое письмо (байт)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="77" />
        <source>SMTP server</source>
        <translation>SMTP-сервер</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="77" />
        <source>SMTP port</source>
        <translation>Порт SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="78" />
        <source>SMTP security</source>
        <translation>Защита SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="79" />
        <source>SMTP user name</source>
        <translation>Пользователь SMTP</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="80" />
        <source>SMTP password (empty: unchanged)</source>
        <translation>Пароль SMTP (пусто: без изменений)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="81" />
        <source>SMTP timeout (seconds)</source>
        <translation>Тайм-аут SMTP (секунд)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="82" />
        <source>Tag (type a new name and save to rename; an existing name merges)</source>
        <translation>Метка (введите новое имя и сохраните; существующее имя объединяет)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="84" />
        <source>Acts as (an agent's e-mail; empty: you)</source>
        <translation>Действует от имени (e-mail агента; пусто: вы)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="88" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="89" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="89" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="95" />
        <location filename="../client/ui/SettingsWindow.cpp" line="125" />
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="125" />
        <source>States</source>
        <translation>Статусы</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="96" />
        <location filename="../client/ui/SettingsWindow.cpp" line="126" />
        <source>Priorities</source>
        <translation>Приоритеты</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="97" />
        <location filename="../client/ui/SettingsWindow.cpp" line="126" />
        <source>Ticket types</source>
        <translation>Типы заявок</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="127" />
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="127" />
        <source>Text modules</source>
        <translation>Шаблоны текста</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="47" />
        <location filename="../client/ui/SettingsWindow.cpp" line="128" />
        <source>Business hours</source>
        <translation>Рабочие часы</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="42" />
        <source>Options (comma separated)</source>
        <translation>Варианты (через запятую)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="45" />
        <source>Weekly hours</source>
        <translation>Часы по дням недели</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="47" />
        <source>Applies to (nothing chosen: all)</source>
        <translation>Применяется к (ничего не выбрано: ко всем)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="53" />
        <source>When (all must hold)</source>
        <translation>Когда (должно выполняться всё)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="53" />
        <source>Then</source>
        <translation>Тогда</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="55" />
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="62" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="63" />
        <source>State of new tickets</source>
        <translation>Состояние новых заявок</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="64" />
        <source>Priority of new tickets</source>
        <translation>Приоритет новых заявок</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="65" />
        <source>State when the customer replies</source>
        <translation>Состояние при ответе клиента</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="66" />
        <source>Priority when the customer replies</source>
        <translation>Приоритет при ответе клиента</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="67" />
        <source>Changes recorded as</source>
        <translation>Изменения записываются от имени</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="87" />
        <source>Members see each other's tickets</source>
        <translation>Участники видят заявки друг друга</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="98" />
        <location filename="../client/ui/SettingsWindow.cpp" line="131" />
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="100" />
        <source>State is</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="100" />
        <source>Group is</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="101" />
        <source>Priority is</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="102" />
        <source>Type is</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="103" />
        <source>Has all tags</source>
        <translation>Есть все метки</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="104" />
        <source>Has none of the tags</source>
        <translation>Нет ни одной из меток</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="105" />
        <source>Title contains</source>
        <translation>Заголовок содержит</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="106" />
        <source>Sender's address contains</source>
        <translation>Адрес отправителя содержит</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="107" />
        <source>SLA breached</source>
        <translation>SLA нарушен</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="108" />
        <source>Unchanged for (minutes)</source>
        <translation>Без изменений (минут)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="109" />
        <source>Pending time passed</source>
        <translation>Время ожидания истекло</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="111" />
        <source>Set state</source>
        <translation>Установить состояние</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="112" />
        <source>Set priority</source>
        <translation>Установить приоритет</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="113" />
        <source>Move to group</source>
        <translation>Переместить в группу</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="114" />
        <source>Assign to</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="115" />
        <source>Set type</source>
        <translation>Установить тип</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="116" />
        <source>Add tags</source>
        <translation>Добавить метки</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="117" />
        <source>Remove tags</source>
        <translation>Удалить метки</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="118" />
        <source>Add an internal note</source>
        <translation>Добавить внутреннюю заметку</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="119" />
        <source>Send an e-mail to (customer, owner or an address)</source>
        <translation>Отправить письмо (customer, owner или адрес)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="120" />
        <source>E-mail subject</source>
        <translation>Тема письма</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="121" />
        <source>E-mail text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="122" />
        <source>Notify the agents</source>
        <translation>Уведомить агентов</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="128" />
        <source>SLAs</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="129" />
        <source>Triggers</source>
        <translation>Триггеры</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="129" />
        <source>Macros</source>
        <translation>Макросы</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="130" />
        <source>Mailboxes</source>
        <translation>Почтовые ящики</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="130" />
        <source>Outgoing mail</source>
        <translation>Исходящая почта</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="131" />
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="132" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="133" />
        <source>API tokens</source>
        <translation>API-токены</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="133" />
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="163" />
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="163" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="163" />
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="164" />
        <source>Quarantined messages (interpreting them stopped the server):</source>
        <translation>Сообщения на карантине (их обработка останавливала сервер):</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="172" />
        <source>Retry message</source>
        <translation>Повторить сообщение</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="173" />
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="174" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="176" />
        <source>Poll now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="181" />
        <source>Test connection</source>
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="182" />
        <source>Send a test mail…</source>
        <translation>Отправить тестовое письмо…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="183" />
        <source>Send an invitation</source>
        <translation>Отправить приглашение</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="219" />
        <source>Polling…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="234" />
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="240" />
        <source>Send a test mail</source>
        <translation>Отправить тестовое письмо</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="240" />
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="242" />
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="251" />
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="251" />
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="289" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="292" />
        <source>New token (copy it now, it is not shown again): %1</source>
        <translation>Новый токен (скопируйте сейчас, он больше не будет показан): %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="305" />
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="331" />
        <source>Remove from all tickets</source>
        <translation>Удалить из всех заявок</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="331" />
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="348" />
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="348" />
        <source>Tickets</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="352" />
        <source>Acts as</source>
        <translation>От имени</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="352" />
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="352" />
        <source>Last used</source>
        <translation>Последнее использование</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="352" />
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="355" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="355" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="355" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="355" />
        <source>Item</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="355" />
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="371" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="371" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="410" />
        <location filename="../client/ui/SettingsWindow.cpp" line="440" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="537" />
        <source>Queueing the message again…</source>
        <translation>Сообщение снова ставится в очередь…</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>неверный JSON: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="644" />
        <source>Choose the tag to rename in the list.</source>
        <translation>Выберите в списке метку для переименования.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="648" />
        <source>Renaming…</source>
        <translation>Переименование…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="655" />
        <source>A token cannot be changed: revoke it and create a new one.</source>
        <translation>Токен нельзя изменить: отзовите его и создайте новый.</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="658" />
        <source>Creating…</source>
        <translation>Создание…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="662" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="669" />
        <source>Removing…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsWindow.cpp" line="672" />
        <source>Revoking…</source>
        <translation>Отзыв…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="277" />
        <source>A change of yours waits to be sent.</source>
        <translation>Ваше изменение ждёт отправки.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="279" />
        <source>Not opened yet.</source>
        <translation>Ещё не открыта.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="281" />
        <source>Changed since you last looked.</source>
        <translation>Изменилась с вашего последнего просмотра.</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="296" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="297" />
        <source>Title</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="298" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="299" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="300" />
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="301" />
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="302" />
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="303" />
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../client/models/TicketListModel.cpp" line="304" />
        <source>SLA due</source>
        <translation>Срок SLA</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketView</name>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="53" />
        <source>e-mail</source>
        <translation>почта</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="55" />
        <source>phone call (in)</source>
        <translation>звонок (входящий)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="57" />
        <source>phone call (out)</source>
        <translation>звонок (исходящий)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="59" />
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="60" />
        <source>web</source>
        <translation>веб</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="85" />
        <source>tags, separated by commas</source>
        <translation>метки через запятую</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="86" />
        <source>&amp;Take</source>
        <translation>&amp;Взять</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="87" />
        <source>Become the owner (Ctrl+T)</source>
        <translation>Стать ответственным (Ctrl+T)</translation>
    </message>
    <message>
        <source>State / priority</source>
        <translation>Статус / приоритет</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="94" />
        <source>State / priority / type</source>
        <translation>Статус / приоритет / тип</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="99" />
        <source>Group / owner</source>
        <translation>Группа / ответственный</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="100" />
        <source>Macros</source>
        <translation>Макросы</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="112" />
        <source>(no macros defined)</source>
        <translation>(макросов нет)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="114" />
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="115" />
        <source>Link…</source>
        <translation>Связать…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="121" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="129" />
        <source>Remote images in this ticket are blocked.</source>
        <translation>Внешние изображения в этой заявке заблокированы.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="130" />
        <source>Show remote images</source>
        <translation>Показать внешние изображения</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="139" />
        <source>Reply by e-mail</source>
        <translation>Ответ по почте</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="140" />
        <source>Reply to all</source>
        <translation>Ответить всем</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="141" />
        <source>Forward</source>
        <translation>Переслать</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="142" />
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="143" />
        <source>Phone call (in)</source>
        <translation>Звонок (входящий)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="144" />
        <source>Phone call (out)</source>
        <translation>Звонок (исходящий)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="150" />
        <source>Double-click removes an attachment.</source>
        <translation>Двойной щелчок удаляет вложение.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="167" />
        <source>Write here; Ctrl+Return sends.</source>
        <translation>Пишите здесь; Ctrl+Enter отправляет.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="168" />
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="173" />
        <location filename="../client/ui/TicketView.cpp" line="472" />
        <source>the customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="179" />
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="180" />
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="196" />
        <source>Bold</source>
        <translation>Жирный</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="199" />
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="200" />
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="201" />
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="204" />
        <location filename="../client/ui/TicketView.cpp" line="642" />
        <location filename="../client/ui/TicketView.cpp" line="648" />
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="218" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="218" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="218" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="218" />
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="218" />
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="221" />
        <source>Thread</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="222" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="356" />
        <source>This ticket is no longer visible to you.</source>
        <translation>Эта заявка вам больше не видна.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="364" />
        <source>(no type)</source>
        <translation>(без типа)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="365" />
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="378" />
        <source>%1 due %2</source>
        <translation>%1 до %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="381" />
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="382" />
        <source>Update</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="383" />
        <source>Solution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="409" />
        <source>internal</source>
        <translation>внутренняя</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="411" />
        <source>waiting to be sent</source>
        <translation>ждёт отправки</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="438" />
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="461" />
        <source>forward to…</source>
        <translation>переслать кому…</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="466" />
        <source>---- Forwarded message from %1 (%2) ----</source>
        <translation>---- Пересланное сообщение от %1 (%2) ----</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="481" />
        <location filename="../client/ui/TicketView.cpp" line="483" />
        <source>Merge ticket</source>
        <translation>Объединить заявку</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="481" />
        <source>Merge this ticket into ticket number:</source>
        <translation>Объединить эту заявку с заявкой номер:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="483" />
        <location filename="../client/ui/TicketView.cpp" line="500" />
        <source>Ticket %1 is not among the tickets you can see.</source>
        <translation>Заявки %1 нет среди видимых вам.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="491" />
        <location filename="../client/ui/TicketView.cpp" line="495" />
        <location filename="../client/ui/TicketView.cpp" line="500" />
        <source>Link ticket</source>
        <translation>Связать заявку</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="491" />
        <source>Link this ticket to ticket number:</source>
        <translation>Связать эту заявку с заявкой номер:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="494" />
        <source>related</source>
        <translation>связанная</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="494" />
        <source>parent</source>
        <translation>родительская</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="494" />
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="495" />
        <source>Kind of link:</source>
        <translation>Тип связи:</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="592" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="642" />
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation>%1 больше предела в %2 МБ.</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="648" />
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/TicketView.cpp" line="695" />
        <source>Forward of #%1 to %2</source>
        <translation>Пересылка #%1 на %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ViewListModel</name>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="19" />
        <source>My open tickets</source>
        <translation>Мои открытые заявки</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="20" />
        <source>Unassigned in my groups</source>
        <translation>Без ответственного в моих группах</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="24" />
        <source>Pending</source>
        <translation>Ожидающие</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="25" />
        <source>Recently closed</source>
        <translation>Недавно закрытые</translation>
    </message>
    <message>
        <location filename="../client/models/ViewListModel.cpp" line="26" />
        <source>All tickets</source>
        <translation>Все заявки</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WeeklyHoursEditor</name>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="56" />
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="60" />
        <source>closed (e.g. 08:00-12:00, 13:00-17:00)</source>
        <translation>закрыто (напр. 08:00-12:00, 13:00-17:00)</translation>
    </message>
    <message>
        <location filename="../client/ui/SettingsEditors.cpp" line="89" />
        <source>%1: "%2" is not a range such as 08:00-12:00</source>
        <translation>%1: «%2» не является интервалом вида 08:00-12:00</translation>
    </message>
</context>
</TS>