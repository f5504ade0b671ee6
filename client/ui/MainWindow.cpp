#include "ui/MainWindow.h"

#include "access/HelpdeskAccess.h"
#include "ui/Appearance.h"
#include "ui/AwayDialog.h"
#include "ui/DashboardWindow.h"
#include "ui/NewTicketDialog.h"
#include "ui/NotificationPreferencesDialog.h"
#include "ui/SettingsWindow.h"
#include "ui/SignatureDialog.h"
#include "ui/ViewEditorDialog.h"
#include "ui/TicketView.h"
#include "ui/UnreadTray.h"
#include "ui/TwoFactorDialog.h"

#include "core/TwoFactorClient.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTextEdit>
#include <QVBoxLayout>

namespace helpdesk::client {

MainWindow::MainWindow(HelpdeskAccess &access, QWidget *parent) : QMainWindow(parent), m_access(access)
{
    setWindowTitle(tr("Helpdesk — %1").arg(m_access.session().accountLabel()));
    m_views = new QListView(this);
    m_views->setModel(m_access.inbox().views());
    m_views->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search number, title, customer, text (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("inbox"));
    m_table->setModel(m_access.inbox().tickets());
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TicketListModel::Updated, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    auto *header = m_table->horizontalHeader();
    header->setDefaultSectionSize(110);
    header->setSectionResizeMode(TicketListModel::Number, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TicketListModel::Title, QHeaderView::Stretch);
    header->resizeSection(TicketListModel::State, 80);
    header->resizeSection(TicketListModel::Priority, 80);
    header->resizeSection(TicketListModel::Updated, 120);
    header->resizeSection(TicketListModel::SlaDue, 120);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_search);
    middleLayout->addWidget(m_table);

    m_ticketView = new TicketView(m_access, this);
    auto *split = new QSplitter(this);
    split->addWidget(m_views);
    split->addWidget(middle);
    split->addWidget(m_ticketView);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    split->setSizes({200, 600, 600});
    setCentralWidget(split);

    m_connection = new QLabel(this);
    m_pending = new QLabel(this);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    statusBar()->addWidget(m_connection);
    statusBar()->addWidget(m_pending);
    statusBar()->addWidget(m_problem, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_views->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        m_access.inbox().tickets()->setView(m_access.inbox().views()->viewAt(index.row()));
    });
    m_views->setCurrentIndex(m_access.inbox().views()->index(0));
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_access.inbox().tickets()->setSearch(text); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_ticketView->showTicket(m_access.inbox().tickets()->ticketIdAt(current.row()));
            });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) { showBulkMenu(pos); });
    // Keep the open ticket selected when the inbox re-sorts or filters.
    connect(m_access.inbox().tickets(), &QAbstractItemModel::modelReset, this, [this] {
        int row = m_access.inbox().tickets()->rowOfTicket(m_ticketView->ticketId());
        if (row >= 0) {
            QSignalBlocker block(m_table->selectionModel());
            m_table->selectionModel()->setCurrentIndex(m_access.inbox().tickets()->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    });

    connect(&m_access.session(), &AccountSession::connectionStateChanged, this, [this] { updateConnectionState(); });
    connect(&m_access.actions(), &TicketActions::pendingChangesChanged, this, [this] { updateConnectionState(); });
    connect(&m_access.session(), &AccountSession::syncProgress, this, [this](int loaded, bool done) {
        m_progress->setVisible(!done);
        m_progress->setFormat(tr("First sync: %1 tickets").arg(loaded));
        m_progress->setTextVisible(true);
    });
    connect(&m_access.actions(), &TicketActions::changeRejected, this,
            [this](qint64, const QString &summary, const QString &reason) {
                m_problem->setText(tr("Not saved — %1: %2").arg(summary, reason));
            });
    connect(&m_access.attachments(), &AttachmentTransfer::attachmentFailed, this,
            [this](const QString &reason) { m_problem->setText(tr("Attachment not saved: %1").arg(reason)); });
    connect(&m_access.session(), &AccountSession::serverMessageUnreadable, this, [this](const QString &reason) {
        m_problem->setText(tr("A message from the server could not be read (skipped): %1").arg(reason));
    });
    createPresence();

    auto *fileMenu = menuBar()->addMenu(tr("&Account"));
    auto *offline = fileMenu->addAction(tr("Work &offline"));
    offline->setCheckable(true);
    offline->setChecked(m_access.session().workOffline());
    connect(offline, &QAction::toggled, this, [this](bool on) { m_access.session().setWorkOffline(on); });
    addAwayAction(fileMenu);
    fileMenu->addAction(tr("Sign &out"), this, [this] {
        // Signing out erases this machine's copy of the account, changes not yet sent included.
        const int pending = m_access.actions().pendingChanges();
        if (pending > 0 &&
            QMessageBox::warning(
                this, tr("Sign out"), tr("%n change(s) not yet sent will be lost. Sign out anyway?", nullptr, pending),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
            return;
        m_access.session().signOut();
        close();
    });
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    auto *ticketMenu = menuBar()->addMenu(tr("&Tickets"));
    ticketMenu->addAction(QIcon(QStringLiteral(":/icons/phone-in.svg")), tr("&New ticket…"),
                          QKeySequence(Qt::CTRL | Qt::Key_N), this, [this] { newTicket(); });
    ticketMenu->addAction(tr("&Save search as a view…"), this, [this] { saveSearchAsView(); });
    ticketMenu->addAction(tr("&Dashboards"), QKeySequence(Qt::CTRL | Qt::Key_D), this, [this] {
        auto *dashboards = new DashboardWindow(m_access.dashboards(), m_access.directory());
        dashboards->setAttribute(Qt::WA_DeleteOnClose);
        dashboards->resize(1300, 800);
        dashboards->show();
    });
    auto *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    auto *serverSettings = settingsMenu->addAction(tr("&Server settings…"), this, [this] {
        auto *settings = new SettingsWindow(m_access.admin(), m_access.directory());
        settings->setAttribute(Qt::WA_DeleteOnClose);
        settings->resize(1200, 800);
        settings->show();
    });
    settingsMenu->addAction(tr("&Two-factor sign-in…"), this, [this] {
        if (auto client = m_access.session().twoFactorClient()) {
            auto *dialog = new TwoFactorDialog(std::move(client), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        }
    });
    settingsMenu->addAction(tr("My &signature…"), this, [this] {
        auto &session = m_access.session();
        auto *dialog = new SignatureDialog(session, session.userId(), m_access.directory().nameOfUser(session.userId()),
                                           session.isAdmin(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    addLookActions(settingsMenu);
    // Admins only; the server refuses everyone else anyway.
    connect(settingsMenu, &QMenu::aboutToShow, this,
            [this, serverSettings] { serverSettings->setVisible(m_access.session().isAdmin()); });
    auto *languageMenu = settingsMenu->addMenu(tr("&Language"));
    const std::pair<const char *, const char *> languages[] = {
        {"", "System"},     {"en", "English"}, {"de", "Deutsch"}, {"fr", "Français"},
        {"it", "Italiano"}, {"pl", "Polski"},  {"ru", "Русский"}};
    auto *languageGroup = new QActionGroup(this);
    QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const auto &[code, name] : languages) {
        auto *action = languageMenu->addAction(QString::fromUtf8(name));
        action->setCheckable(true);
        action->setChecked(current == QLatin1String(code));
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = QString::fromLatin1(code)] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            QMessageBox::information(this, tr("Language"), tr("The new language is used from the next start."));
        });
    }
    m_views->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_views, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        // Saved views: a new one anywhere; edit and delete those the agent may change.
        auto saved = m_access.inbox().views()->savedViewAt(m_views->indexAt(pos).row());
        QMenu menu(this);
        menu.addAction(tr("New view…"), this, [this] { editView({}); });
        if (saved && saved->editable)
            menu.addAction(tr("Edit view…"), this, [this, view = *saved] { editView(view); });
        if (saved) {
            menu.addAction(tr("Duplicate"), this, [this, view = *saved] {
                auto copy = view;
                copy.id = 0;
                copy.name = tr("%1 (copy)").arg(view.name);
                copy.editable = true;
                editView(copy);
            });
        }
        if (saved && saved->editable)
            menu.addAction(tr("Delete"), this, [this, view = *saved] {
                if (QMessageBox::question(this, tr("Delete view"), tr("Delete the view \"%1\"?").arg(view.name)) ==
                    QMessageBox::Yes)
                    m_access.workspace().deleteView(view);
            });
        menu.exec(m_views->viewport()->mapToGlobal(pos));
    });
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1), this, [this] { showShortcutHelp(); });
    createShortcuts();
    updateConnectionState();
}

void MainWindow::createShortcuts()
{
    struct Binding {
        QKeySequence keys;
        std::function<void()> action;
    };
    const Binding bindings[] = {
        {QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelection(1); }},
        {QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelection(-1); }},
        {QKeySequence(Qt::CTRL | Qt::Key_R), [this] { m_ticketView->startComposing(TicketView::ComposeMode::Reply); }},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
         [this] { m_ticketView->startComposing(TicketView::ComposeMode::Note); }},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { m_ticketView->closeTicket(); }},
        {QKeySequence(Qt::CTRL | Qt::Key_T),
         [this] {
             if (m_ticketView->ticketId())
                 m_access.actions().take(m_ticketView->ticketId());
         }},
        {QKeySequence::Find,
         [this] {
             m_search->setFocus();
             m_search->selectAll();
         }},
    };
    for (const auto &b : bindings) {
        auto *shortcut = new QShortcut(b.keys, this);
        connect(shortcut, &QShortcut::activated, this, b.action);
    }
}

void MainWindow::showShortcutHelp()
{
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             tr("<table>"
                                "<tr><td><b>Alt+Down / Alt+Up</b></td><td>next / previous ticket</td></tr>"
                                "<tr><td><b>Ctrl+R</b></td><td>reply</td></tr>"
                                "<tr><td><b>Ctrl+Shift+N</b></td><td>internal note</td></tr>"
                                "<tr><td><b>Ctrl+Return</b></td><td>send</td></tr>"
                                "<tr><td><b>Ctrl+T</b></td><td>take the ticket</td></tr>"
                                "<tr><td><b>Ctrl+Shift+C</b></td><td>close the ticket</td></tr>"
                                "<tr><td><b>Ctrl+F</b></td><td>search</td></tr>"
                                "<tr><td><b>F1</b></td><td>this list</td></tr>"
                                "</table>"));
}

void MainWindow::newTicket()
{
    auto *dialog = new NewTicketDialog(m_access, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::saveSearchAsView()
{
    if (m_search->text().trimmed().isEmpty()) {
        QMessageBox::information(this, tr("Save search as a view"),
                                 tr("Type a search first; the view shows its tickets."));
        return;
    }
    // A view of the agent's own on the server, with the search as its one condition.
    SavedView view;
    view.name = m_search->text().trimmed();
    view.conditions.push_back({QStringLiteral("query"), QStringLiteral("matches"), m_search->text().trimmed()});
    view.editable = true;
    editView(view);
}

void MainWindow::editView(const SavedView &view)
{
    ViewEditorDialog dialog(m_access.directory(), view, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (view.id)
        m_access.workspace().updateView(dialog.view());
    else
        m_access.workspace().createView(dialog.view());
}

void MainWindow::moveSelection(int delta)
{
    int rows = m_access.inbox().tickets()->rowCount();
    if (rows == 0)
        return;
    int row = std::clamp(m_table->currentIndex().row() + delta, 0, rows - 1);
    m_table->setCurrentIndex(m_access.inbox().tickets()->index(row, 0));
}

void MainWindow::showTicket(qint64 ticketId)
{
    int row = m_access.inbox().tickets()->rowOfTicket(ticketId);
    if (row < 0) {
        m_views->setCurrentIndex(
            m_access.inbox().views()->index(m_access.inbox().views()->rowOf({InboxView::Kind::All, 0})));
        row = m_access.inbox().tickets()->rowOfTicket(ticketId);
    }
    if (row >= 0)
        m_table->setCurrentIndex(m_access.inbox().tickets()->index(row, 0));
    else
        m_ticketView->showTicket(ticketId);
}

QList<qint64> MainWindow::selectedTickets() const
{
    QList<qint64> ids;
    for (const auto &index : m_table->selectionModel()->selectedRows())
        ids << m_access.inbox().tickets()->ticketIdAt(index.row());
    return ids;
}

void MainWindow::showBulkMenu(const QPoint &pos)
{
    auto ids = selectedTickets();
    if (ids.isEmpty())
        return;
    QMenu menu(this);
    auto *states = menu.addMenu(tr("Set state of %n ticket(s)", nullptr, int(ids.size())));
    for (const auto &state : m_access.directory().states())
        states->addAction(state.name, this, [this, ids, id = state.id] {
            for (auto ticket : ids)
                m_access.actions().setField(ticket, QStringLiteral("state_id"), id);
        });
    auto *owners = menu.addMenu(tr("Assign %n ticket(s) to", nullptr, int(ids.size())));
    owners->addAction(tr("(nobody)"), this, [this, ids] {
        for (auto ticket : ids)
            m_access.actions().setField(ticket, QStringLiteral("owner_id"), 0);
    });
    for (const auto &agent : m_access.directory().agents())
        owners->addAction(agent.name, this, [this, ids, id = agent.id] {
            for (auto ticket : ids)
                m_access.actions().setField(ticket, QStringLiteral("owner_id"), id);
        });
    auto *groups = menu.addMenu(tr("Move %n ticket(s) to group", nullptr, int(ids.size())));
    for (const auto &group : m_access.directory().groups())
        groups->addAction(group.name, this, [this, ids, id = group.id] {
            for (auto ticket : ids)
                m_access.actions().setField(ticket, QStringLiteral("group_id"), id);
        });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::updateConnectionState()
{
    m_connection->setText(connectionText());
    const char *color = "#b00020";
    switch (m_access.session().connectionState()) {
    case ConnectionState::Online:
        color = "#1b7f1b";
        break;
    case ConnectionState::Connecting:
        color = "#a05a00";
        break;
    case ConnectionState::Offline:
        break;
    }
    m_connection->setStyleSheet(QStringLiteral("font-weight: bold; color: %1").arg(QLatin1String(color)));
    int pending = m_access.actions().pendingChanges();
    m_pending->setText(pending ? tr("%n change(s) waiting to be sent", nullptr, pending) : QString());
}

QString MainWindow::connectionText() const
{
    switch (m_access.session().connectionState()) {
    case ConnectionState::Online:
        return tr("● Online");
    case ConnectionState::Connecting:
        return tr("● Connecting…");
    case ConnectionState::Offline:
        break;
    }
    return tr("● Offline — working from the local copy");
}

QString MainWindow::lastProblem() const
{
    return m_problem->text();
}

void MainWindow::createPresence()
{
    m_awayLabel = new QLabel(this);
    m_awayLabel->setObjectName(QStringLiteral("awayStatus"));
    m_backButton = new QPushButton(tr("I am back"), this);
    m_backButton->setObjectName(QStringLiteral("iAmBack"));
    m_backButton->setFlat(true);
    connect(m_backButton, &QPushButton::clicked, this, [this] { m_access.away().setBack(); });
    statusBar()->addPermanentWidget(m_awayLabel);
    statusBar()->addPermanentWidget(m_backButton);
    connect(&m_access.away(), &AwayStatus::changed, this, [this] { updateAwayState(); });
    updateAwayState();
    m_tray = new UnreadTray(
        m_access.notifier(), m_access.away(), [this] { showAwayDialog(); }, this);
    connect(m_tray, &UnreadTray::ticketRequested, this, [this](qint64 ticketId) {
        showNormal();
        raise();
        activateWindow();
        showTicket(ticketId);
    });
    connect(&m_access.notifier(), &DeskNotifier::unreadCountChanged, this, [this] {
        setWindowTitle(m_tray->count()
                           ? tr("(%1) Helpdesk — %2").arg(m_tray->count()).arg(m_access.session().accountLabel())
                           : tr("Helpdesk — %1").arg(m_access.session().accountLabel()));
    });
    connect(&m_access.notifier(), &DeskNotifier::notification, this,
            [this](const QString &title, const QString &text, qint64 ticketId) {
                if (isActiveWindow() || !m_tray->showMessage(title, text, ticketId))
                    statusBar()->showMessage(title + QStringLiteral(": ") + text, 15000); // no tray on this desktop
            });
}

void MainWindow::addAwayAction(QMenu *accountMenu)
{
    auto *away = accountMenu->addAction(QIcon(QStringLiteral(":/icons/away.svg")), tr("I am &away…"));
    away->setObjectName(QStringLiteral("awayAction"));
    connect(away, &QAction::triggered, this, [this] {
        if (m_access.away().isAway())
            m_access.away().setBack();
        else
            showAwayDialog();
    });
    connect(&m_access.away(), &AwayStatus::changed, away,
            [this, away] { away->setText(m_access.away().isAway() ? tr("I am &back") : tr("I am &away…")); });
}

void MainWindow::addLookActions(QMenu *settingsMenu)
{
    settingsMenu->addAction(QIcon(QStringLiteral(":/icons/settings.svg")), tr("&Notifications…"), this, [this] {
        auto *dialog = new NotificationPreferencesDialog(m_access.notificationPreferences(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    auto *appearanceMenu = settingsMenu->addMenu(tr("&Appearance"));
    auto *group = new QActionGroup(this);
    const std::pair<Appearance, QString> looks[] = {{Appearance::System, tr("Like the &system")},
                                                    {Appearance::Light, tr("&Light")},
                                                    {Appearance::Dark, tr("&Dark")}};
    for (const auto &[look, name] : looks) {
        auto *action = appearanceMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(savedAppearance() == look);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [look = look] {
            saveAppearance(look);
            applyAppearance(look);
        });
    }
}

void MainWindow::showAwayDialog()
{
    auto *dialog = new AwayDialog(m_access.away(), m_access.directory(), m_access.session().userId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::updateAwayState()
{
    const auto &away = m_access.away();
    m_awayLabel->setVisible(away.isAway());
    m_backButton->setVisible(away.isAway());
    QString text = away.until().isValid()
                       ? tr("Away until %1").arg(QLocale().toString(away.until(), QLocale::ShortFormat))
                       : tr("Away");
    if (away.substituteId())
        text += tr(" — follow-ups to %1").arg(m_access.directory().nameOfUser(away.substituteId()));
    m_awayLabel->setText(text);
}

} // namespace helpdesk::client
