#include "ui/MainWindow.h"

#include "access/HelpdeskAccess.h"
#include "ui/CommandPalette.h"
#include "ui/Appearance.h"
#include "ui/AwayDialog.h"
#include "ui/DashboardWindow.h"
#include "ui/NewTicketDialog.h"
#include "ui/NotificationPreferencesDialog.h"
#include "ui/InboxDelegate.h"
#include "ui/SettingsWindow.h"
#include "ui/SignatureDialog.h"
#include "ui/ViewEditorDialog.h"
#include "ui/TicketView.h"
#include "ui/UnreadTray.h"
#include "ui/TwoFactorDialog.h"

#include "core/TwoFactorClient.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTextBrowser>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace helpdesk::client {

MainWindow::MainWindow(HelpdeskAccess &access, QWidget *parent) : QMainWindow(parent), m_access(access)
{
    setWindowTitle(tr("Helpdesk — %1").arg(m_access.session().accountLabel()));
    m_views = new QListView(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setModel(m_access.inbox().views());
    m_views->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
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
    // Every row as high as the next: the view never asks the delegate for a size per row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setShowGrid(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_delegate = new InboxDelegate(this);
    m_delegate->setFont(m_table->font());
    m_table->setItemDelegate(m_delegate);
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
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) { showColumnMenu(pos); });

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(2);
    middleLayout->addWidget(m_search);
    middleLayout->addWidget(createInboxBar(middle));
    middleLayout->addWidget(m_table);

    m_ticketView = new TicketView(m_access, this);
    connect(m_ticketView, &TicketView::ticketRequested, this, &MainWindow::showTicket);
    // The reading pane sits beside the inbox or below it, in a splitter of their own.
    m_readingSplit = new QSplitter(this);
    m_readingSplit->addWidget(middle);
    m_readingSplit->addWidget(m_ticketView);
    m_readingSplit->setStretchFactor(0, 1);
    m_readingSplit->setStretchFactor(1, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_views);
    split->addWidget(m_readingSplit);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 1200});
    setCentralWidget(split);
    QSettings settings;
    setReadingPaneBelow(settings.value(QStringLiteral("ui/readingPane")).toString() == QLatin1String("below"));
    setDensity(settings.value(QStringLiteral("ui/inboxDensity")).toString() == QLatin1String("compact")
                   ? Density::Compact
                   : Density::Comfortable);

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

    connect(m_views->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index, const QModelIndex &previous) {
                auto *views = m_access.inbox().views();
                if (index.data(ViewListModel::HeadingRole).toBool()) {
                    // A heading is no view: an arrow key steps over it, anything else keeps the view shown.
                    const int step = index.row() - previous.row();
                    const int beyond = index.row() + step;
                    const bool byKey =
                        previous.isValid() && std::abs(step) == 1 && QGuiApplication::mouseButtons() == Qt::NoButton;
                    if (byKey && beyond >= 0 && beyond < views->rowCount() &&
                        !views->index(beyond).data(ViewListModel::HeadingRole).toBool())
                        m_views->setCurrentIndex(views->index(beyond));
                    else
                        m_views->setCurrentIndex(views->index(views->rowOf(m_access.inbox().tickets()->view())));
                    // A click goes on to select the clicked row: highlight the view shown again after it.
                    QMetaObject::invokeMethod(
                        this,
                        [this] {
                            m_views->selectionModel()->select(m_views->currentIndex(),
                                                              QItemSelectionModel::ClearAndSelect);
                        },
                        Qt::QueuedConnection);
                    return;
                }
                if (!index.isValid())
                    return;
                m_access.inbox().tickets()->setView(views->viewAt(index.row()));
                applySortOfView();
                applyColumnsOfView();
            });
    // Open on the agent's most useful view; until they pick one, a first sync may change it.
    auto openStartView = [this] {
        int row = m_access.inbox().views()->rowOf(m_access.inbox().tickets()->startView());
        m_views->setCurrentIndex(m_access.inbox().views()->index(std::max(0, row)));
        applySortOfView();
        applyColumnsOfView();
    };
    openStartView();
    // A view added, renamed or deleted (here or by a colleague) rebuilds the list: keep the view
    // shown selected, or open the start view when it is gone.
    connect(m_access.inbox().views(), &QAbstractItemModel::modelReset, this, [this, openStartView] {
        const int row = m_access.inbox().views()->rowOf(m_access.inbox().tickets()->view());
        if (row < 0) {
            openStartView();
            return;
        }
        QSignalBlocker block(m_views->selectionModel()); // the view itself did not change
        m_views->setCurrentIndex(m_access.inbox().views()->index(row));
    });
    connect(m_views, &QAbstractItemView::clicked, this, [this] { m_viewChosen = true; });
    connect(m_views, &QAbstractItemView::activated, this, [this] { m_viewChosen = true; });
    connect(&m_access.session(), &AccountSession::syncProgress, this, [this, openStartView](int, bool done) {
        if (done && !m_viewChosen)
            openStartView();
    });
    connect(&m_access.session(), &AccountSession::myGroupsChanged, this, [this, openStartView] {
        if (!m_viewChosen)
            openStartView(); // the groups arrive with the sync; before, "my groups" may be unknown
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] { saveSortOfView(); });
    connect(m_access.inbox().tickets(), &TicketListModel::viewColumnsChanged, this, [this] {
        applyColumnsOfView();
        saveSortOfView(); // its sort came with it
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_bulkBar->setEnabled(m_table->selectionModel()->hasSelection()); });
    m_bulkBar->setEnabled(false);
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
        // The blocker hid the selection's change from the bulk toolbar.
        m_bulkBar->setEnabled(m_table->selectionModel()->hasSelection());
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
                // The name is the agent's text: shown as typed, never as markup.
                QMessageBox ask(QMessageBox::Question, tr("Delete view"), tr("Delete the view \"%1\"?").arg(view.name),
                                QMessageBox::Yes | QMessageBox::No, this);
                ask.setTextFormat(Qt::PlainText);
                if (ask.exec() == QMessageBox::Yes)
                    m_access.workspace().deleteView(view);
            });
        menu.exec(m_views->viewport()->mapToGlobal(pos));
    });
    createViewMenu();
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Keyboard shortcuts (F1)"), this, [this] { showShortcutHelp(); }); // F1: in bindings()
    createShortcuts();
    updateConnectionState();
}

std::vector<MainWindow::Binding> MainWindow::bindings()
{
    auto compose = [this](TicketView::ComposeMode mode) {
        return [this, mode] {
            if (m_ticketView->ticketId())
                m_ticketView->startComposing(mode);
        };
    };
    auto assignToMe = [this] { takeTickets(ticketsToActOn()); };
    auto closeTickets = [this] {
        for (auto ticket : ticketsToActOn())
            m_access.actions().close(ticket);
    };
    auto search = [this] {
        m_search->setFocus();
        m_search->selectAll();
    };
    return {
        {QKeySequence(Qt::Key_J), tr("Next ticket"), [this] { moveSelection(1); }},
        {QKeySequence(Qt::Key_K), tr("Previous ticket"), [this] { moveSelection(-1); }},
        {QKeySequence(Qt::ALT | Qt::Key_Down), tr("Next ticket"), [this] { moveSelection(1); }},
        {QKeySequence(Qt::ALT | Qt::Key_Up), tr("Previous ticket"), [this] { moveSelection(-1); }},
        {QKeySequence(Qt::Key_Return), tr("Open the ticket (focus its pane)"),
         [this] {
             if (!m_table->currentIndex().isValid())
                 return;
             m_ticketView->showTicket(m_access.inbox().tickets()->ticketIdAt(m_table->currentIndex().row()));
             // The thread takes the keys (it reads; j and k still move through the inbox).
             if (auto *thread = m_ticketView->findChild<QTextBrowser *>())
                 thread->setFocus(Qt::ShortcutFocusReason);
         },
         m_table},
        {QKeySequence(Qt::Key_R), tr("Reply"), compose(TicketView::ComposeMode::Reply)},
        {QKeySequence(Qt::CTRL | Qt::Key_R), tr("Reply"), compose(TicketView::ComposeMode::Reply)},
        {QKeySequence(Qt::Key_N), tr("Internal note"), compose(TicketView::ComposeMode::Note)},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), tr("Internal note"), compose(TicketView::ComposeMode::Note)},
        {QKeySequence(Qt::Key_A), tr("Assign the selected tickets to me"), assignToMe},
        {QKeySequence(Qt::CTRL | Qt::Key_T), tr("Assign the selected tickets to me"), assignToMe},
        {QKeySequence(Qt::Key_E), tr("Close the selected tickets"), closeTickets},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), tr("Close the selected tickets"), closeTickets},
        {QKeySequence(Qt::Key_Slash), tr("Search"), search},
        {QKeySequence::Find, tr("Search"), search},
        {QKeySequence(Qt::CTRL | Qt::Key_K), tr("Command palette"), [this] { showCommandPalette(); }},
        {QKeySequence(Qt::Key_F1), tr("Keyboard shortcuts"), [this] { showShortcutHelp(); }},
    };
}

void MainWindow::createShortcuts()
{
    for (auto &b : bindings()) {
        auto *shortcut = new QShortcut(b.keys, b.scope ? b.scope : this);
        shortcut->setContext(b.scope ? Qt::WidgetWithChildrenShortcut : Qt::WindowShortcut);
        // A plain key is the agent's typing while a text field has the focus. Text fields claim
        // such keys before shortcuts see them; this guards any field that does not.
        const bool plainKey =
            (b.keys[0].keyboardModifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && b.keys[0].key() < Qt::Key_Escape;
        connect(shortcut, &QShortcut::activated, this, [run = b.run, plainKey] {
            if (!plainKey || !typingInTextField())
                run();
        });
    }
}

bool MainWindow::typingInTextField()
{
    auto *focus = QApplication::focusWidget();
    if (auto *line = qobject_cast<QLineEdit *>(focus))
        return !line->isReadOnly();
    if (auto *text = qobject_cast<QTextEdit *>(focus))
        return !text->isReadOnly();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(focus))
        return !plain->isReadOnly();
    return qobject_cast<QAbstractSpinBox *>(focus) != nullptr;
}

void MainWindow::showShortcutHelp()
{
    // One list, from the same table the shortcuts are made from, and the menus' own shortcuts.
    QString rows;
    auto row = [&rows](const QString &keys, const QString &what) {
        rows +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    QMap<QString, QStringList> keysOf; // description -> keys, in the table's order of first mention
    QStringList order;
    for (const auto &b : bindings()) {
        if (!keysOf.contains(b.description))
            order << b.description;
        keysOf[b.description] << b.keys.toString(QKeySequence::NativeText);
    }
    for (const auto &description : order)
        row(keysOf[description].join(QStringLiteral(" / ")), description);
    row(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText), tr("Send (in the composer)"));
    for (auto *menu : menuBar()->findChildren<QMenu *>())
        for (auto *action : menu->actions())
            if (!action->shortcut().isEmpty())
                row(action->shortcut().toString(QKeySequence::NativeText), action->text().remove(QLatin1Char('&')));
    QMessageBox box(QMessageBox::Information, tr("Keyboard shortcuts"),
                    QStringLiteral("<table cellspacing=\"4\">") + rows + QStringLiteral("</table>"), QMessageBox::Ok,
                    this);
    box.setObjectName(QStringLiteral("shortcutHelp"));
    box.exec();
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
    fillAssignMenu(menu.addMenu(tr("Assign %n ticket(s) to", nullptr, int(ids.size()))));
    fillStateMenu(menu.addMenu(tr("Set state of %n ticket(s)", nullptr, int(ids.size()))));
    fillGroupMenu(menu.addMenu(tr("Move %n ticket(s) to group", nullptr, int(ids.size()))));
    menu.addAction(tr("Add or remove tags…"), this, [this] { bulkChangeTags(); });
    menu.addAction(tr("Merge into one ticket…"), this, [this] { bulkMerge(); })->setEnabled(ids.size() > 1);
    fillMacroMenu(menu.addMenu(tr("Apply macro")));
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::takeTickets(const QList<qint64> &tickets)
{
    for (auto ticket : tickets)
        m_access.actions().take(ticket);
}

QList<qint64> MainWindow::ticketsToActOn() const
{
    auto ids = selectedTickets();
    if (ids.isEmpty() && m_ticketView->ticketId())
        ids << m_ticketView->ticketId();
    return ids;
}

void MainWindow::fillAssignMenu(QMenu *menu)
{
    menu->clear();
    menu->addAction(tr("Me"), this, [this] { takeTickets(selectedTickets()); });
    menu->addAction(tr("(nobody)"), this, [this] {
        for (auto ticket : selectedTickets())
            m_access.actions().setField(ticket, QStringLiteral("owner_id"), 0);
    });
    menu->addSeparator();
    for (const auto &agent : m_access.directory().agents())
        menu->addAction(agent.name, this, [this, id = agent.id] {
            for (auto ticket : selectedTickets())
                m_access.actions().setField(ticket, QStringLiteral("owner_id"), id);
        });
}

void MainWindow::fillStateMenu(QMenu *menu)
{
    menu->clear();
    for (const auto &state : m_access.directory().states()) {
        // A pending state needs a date per ticket and merged comes from merging: not in bulk.
        if (state.detail.startsWith(QLatin1String("pending")) || state.detail == QLatin1String("merged"))
            continue;
        menu->addAction(state.name, this, [this, id = state.id] {
            for (auto ticket : selectedTickets())
                m_access.actions().setField(ticket, QStringLiteral("state_id"), id);
        });
    }
}

void MainWindow::fillGroupMenu(QMenu *menu)
{
    menu->clear();
    for (const auto &group : m_access.directory().groups())
        menu->addAction(group.name, this, [this, id = group.id] {
            for (auto ticket : selectedTickets())
                m_access.actions().setField(ticket, QStringLiteral("group_id"), id);
        });
}

void MainWindow::fillMacroMenu(QMenu *menu)
{
    menu->clear();
    const auto macros = m_access.directory().macros();
    if (macros.empty())
        menu->addAction(tr("(no macros)"))->setEnabled(false);
    for (const auto &macro : macros)
        menu->addAction(macro.name, this, [this, id = macro.id, name = macro.name] {
            for (auto ticket : selectedTickets())
                m_access.actions().applyMacro(ticket, id, name);
        });
}

void MainWindow::bulkChangeTags()
{
    const auto ids = selectedTickets();
    if (ids.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("bulkTags"));
    dialog.setWindowTitle(tr("Tags of %n ticket(s)", nullptr, int(ids.size())));
    auto *add = new QLineEdit(&dialog);
    add->setObjectName(QStringLiteral("addTags"));
    add->setPlaceholderText(tr("tags to add, separated by commas"));
    auto *remove = new QLineEdit(&dialog);
    remove->setObjectName(QStringLiteral("removeTags"));
    remove->setPlaceholderText(tr("tags to remove, separated by commas"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Add"), add);
    form->addRow(tr("Remove"), remove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto words = [](const QLineEdit *edit) {
        QStringList tags;
        for (const auto &tag : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!tag.trimmed().isEmpty())
                tags << tag.trimmed();
        return tags;
    };
    for (auto ticket : ids)
        m_access.actions().changeTags(ticket, words(add), words(remove));
}

void MainWindow::bulkMerge()
{
    const auto ids = selectedTickets();
    if (ids.size() < 2)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("bulkMerge"));
    dialog.setWindowTitle(tr("Merge %n ticket(s)", nullptr, int(ids.size())));
    auto *target = new QComboBox(&dialog);
    target->setObjectName(QStringLiteral("mergeTarget"));
    for (auto id : ids)
        if (auto ticket = m_access.directory().ticket(id))
            target->addItem(QStringLiteral("#%1 %2").arg(ticket->number).arg(ticket->title),
                            QVariant::fromValue<qint64>(ticket->number));
    auto *form = new QFormLayout(&dialog);
    form->addRow(
        new QLabel(tr("The other tickets' messages move into the one you keep; they are closed as merged."), &dialog));
    form->addRow(tr("Keep"), target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || target->currentIndex() < 0)
        return;
    const qint64 into = target->currentData().toLongLong();
    for (auto id : ids)
        m_access.actions().mergeInto(id, into); // refuses the kept ticket itself
}

namespace {
/// A built-in view's name in QSettings keys: its kind and group.
QString settingsKeyOf(const InboxView &view)
{
    return QStringLiteral("%1-%2").arg(static_cast<int>(view.kind)).arg(view.groupId);
}
} // namespace

QWidget *MainWindow::createInboxBar(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sortField = new QComboBox(bar);
    m_sortField->setObjectName(QStringLiteral("sortField"));
    m_sortField->setToolTip(tr("Sort the tickets by"));
    auto *model = m_access.inbox().tickets();
    for (int column = 0; column < TicketListModel::ColumnCount; ++column)
        m_sortField->addItem(model->headerData(column, Qt::Horizontal).toString(), column);
    m_sortOrder = new QToolButton(bar);
    m_sortOrder->setObjectName(QStringLiteral("sortOrder"));
    m_sortOrder->setCheckable(true); // checked: descending
    m_sortOrder->setToolTip(tr("Newest or largest first"));
    auto resort = [this] {
        m_table->sortByColumn(m_sortField->currentData().toInt(),
                              m_sortOrder->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
    };
    connect(m_sortField, &QComboBox::activated, this, resort);
    connect(m_sortOrder, &QToolButton::clicked, this, resort);
    layout->addWidget(new QLabel(tr("Sort:"), bar));
    layout->addWidget(m_sortField);
    layout->addWidget(m_sortOrder);
    layout->addStretch(1);

    m_bulkBar = new QToolBar(bar);
    m_bulkBar->setObjectName(QStringLiteral("bulkActions"));
    m_bulkBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *me = m_bulkBar->addAction(tr("Assign to me"), this, [this] { takeTickets(selectedTickets()); });
    me->setObjectName(QStringLiteral("bulkAssignToMe"));
    auto addMenuButton = [this](const QString &name, const QString &text, void (MainWindow::*fill)(QMenu *)) {
        auto *button = new QToolButton(m_bulkBar);
        button->setObjectName(name);
        button->setText(text);
        button->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(button);
        connect(menu, &QMenu::aboutToShow, this, [this, menu, fill] { (this->*fill)(menu); });
        button->setMenu(menu);
        m_bulkBar->addWidget(button);
    };
    addMenuButton(QStringLiteral("bulkAssign"), tr("Assign"), &MainWindow::fillAssignMenu);
    addMenuButton(QStringLiteral("bulkState"), tr("State"), &MainWindow::fillStateMenu);
    m_bulkBar->addAction(tr("Tags…"), this, [this] { bulkChangeTags(); })->setObjectName(QStringLiteral("bulkTags"));
    m_bulkBar->addAction(tr("Merge…"), this, [this] { bulkMerge(); })->setObjectName(QStringLiteral("bulkMerge"));
    addMenuButton(QStringLiteral("bulkMacro"), tr("Macro"), &MainWindow::fillMacroMenu);
    layout->addWidget(m_bulkBar);
    return bar;
}

void MainWindow::createViewMenu()
{
    auto *menu = menuBar()->addMenu(tr("&View"));
    auto *densities = new QActionGroup(this);
    auto *comfortable = menu->addAction(tr("&Two lines per ticket"));
    m_compactAction = menu->addAction(tr("&Compact list"));
    for (auto *action : {comfortable, m_compactAction}) {
        action->setCheckable(true);
        densities->addAction(action);
    }
    (m_density == Density::Compact ? m_compactAction : comfortable)->setChecked(true);
    connect(comfortable, &QAction::triggered, this, [this] { setDensity(Density::Comfortable); });
    connect(m_compactAction, &QAction::triggered, this, [this] { setDensity(Density::Compact); });
    menu->addSeparator();
    auto *panes = new QActionGroup(this);
    auto *right = menu->addAction(tr("Reading pane on the &right"));
    m_belowAction = menu->addAction(tr("Reading pane &below"));
    for (auto *action : {right, m_belowAction}) {
        action->setCheckable(true);
        panes->addAction(action);
    }
    (readingPaneBelow() ? m_belowAction : right)->setChecked(true);
    connect(right, &QAction::triggered, this, [this] { setReadingPaneBelow(false); });
    connect(m_belowAction, &QAction::triggered, this, [this] { setReadingPaneBelow(true); });
    menu->addSeparator();
    menu->addAction(tr("Command &palette…"), this, [this] { showCommandPalette(); }); // Ctrl+K: in bindings()
}

void MainWindow::setDensity(Density density)
{
    m_density = density;
    const bool compact = density == Density::Compact;
    m_delegate->setDensity(compact ? InboxDelegate::Density::Compact : InboxDelegate::Density::Comfortable);
    m_table->verticalHeader()->setDefaultSectionSize(m_delegate->rowHeight());
    m_table->horizontalHeader()->setVisible(compact);
    m_table->setAlternatingRowColors(compact);
    applyColumnsOfView();
    QSettings().setValue(QStringLiteral("ui/inboxDensity"),
                         compact ? QStringLiteral("compact") : QStringLiteral("comfortable"));
    if (m_compactAction && m_compactAction->isChecked() != compact) {
        for (auto *action : m_compactAction->actionGroup()->actions())
            action->setChecked(action == m_compactAction ? compact : !compact);
    }
    m_table->viewport()->update();
}

void MainWindow::setReadingPaneBelow(bool below)
{
    m_readingSplit->setOrientation(below ? Qt::Vertical : Qt::Horizontal);
    QSettings().setValue(QStringLiteral("ui/readingPane"), below ? QStringLiteral("below") : QStringLiteral("right"));
    if (m_belowAction && m_belowAction->isChecked() != below) {
        for (auto *action : m_belowAction->actionGroup()->actions())
            action->setChecked(action == m_belowAction ? below : !below);
    }
}

bool MainWindow::readingPaneBelow() const
{
    return m_readingSplit->orientation() == Qt::Vertical;
}

void MainWindow::applyColumnsOfView()
{
    auto *header = m_table->horizontalHeader();
    if (m_density == Density::Comfortable) {
        // One column, drawn whole by the delegate in two lines. It is the first, the column of
        // the indexes the window and others select and scroll to (a view ignores hidden ones).
        header->setSectionResizeMode(TicketListModel::Number, QHeaderView::Stretch);
        for (int column = 0; column < TicketListModel::ColumnCount; ++column)
            header->setSectionHidden(column, column != TicketListModel::Number);
        return;
    }
    header->setSectionResizeMode(TicketListModel::Number, QHeaderView::ResizeToContents);
    // A saved view names its columns; a built-in view shows those the agent left shown in it.
    const auto named = m_access.inbox().tickets()->viewColumns();
    if (!named.isEmpty()) {
        for (int column = 0; column < TicketListModel::ColumnCount; ++column)
            header->setSectionHidden(column, column != TicketListModel::Number && !named.contains(column));
        return;
    }
    const auto key = QStringLiteral("inbox/hiddenColumns/") + settingsKeyOf(m_access.inbox().tickets()->view());
    const auto hidden = QSettings().value(key).toStringList();
    for (int column = 0; column < TicketListModel::ColumnCount; ++column)
        header->setSectionHidden(column, column != TicketListModel::Number && hidden.contains(QString::number(column)));
}

void MainWindow::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    auto *header = m_table->horizontalHeader();
    const auto key = QStringLiteral("inbox/hiddenColumns/") + settingsKeyOf(m_access.inbox().tickets()->view());
    for (int column = 0; column < TicketListModel::ColumnCount; ++column) {
        auto *action = menu.addAction(m_access.inbox().tickets()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // A row keeps its title, and its number: the column selections and scrolling use. A saved
        // view's columns are changed in its editor.
        action->setEnabled(column != TicketListModel::Title && column != TicketListModel::Number &&
                           m_access.inbox().tickets()->viewColumns().isEmpty());
        connect(action, &QAction::toggled, this, [this, column, key](bool shown) {
            m_table->horizontalHeader()->setSectionHidden(column, !shown);
            QStringList hidden;
            for (int c = 0; c < TicketListModel::ColumnCount; ++c)
                if (m_table->horizontalHeader()->isSectionHidden(c))
                    hidden << QString::number(c);
            QSettings().setValue(key, hidden); // this view's columns
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

void MainWindow::applySortOfView()
{
    if (m_access.inbox().tickets()->view().kind == InboxView::Kind::Server) {
        saveSortOfView(); // a saved view brings its own sort (the model applied it): shown, not kept here
        return;
    }
    const auto key = QStringLiteral("inbox/sort/") + settingsKeyOf(m_access.inbox().tickets()->view());
    const auto saved = QSettings().value(key).toString().split(QLatin1Char(':'));
    int column = TicketListModel::Updated;
    auto order = Qt::DescendingOrder;
    if (saved.size() == 2 && saved[0].toInt() >= 0 && saved[0].toInt() < TicketListModel::ColumnCount) {
        column = saved[0].toInt();
        order = saved[1] == QLatin1String("asc") ? Qt::AscendingOrder : Qt::DescendingOrder;
    }
    auto *tickets = m_access.inbox().tickets();
    if (tickets->sortColumn() != column || tickets->sortOrder() != order)
        m_table->sortByColumn(column, order); // sorting 100,000 rows is not free: only when it changes
    else
        saveSortOfView(); // shows it in the sort bar
}

void MainWindow::saveSortOfView()
{
    auto *tickets = m_access.inbox().tickets();
    const int column = tickets->sortColumn();
    const auto order = tickets->sortOrder();
    {
        QSignalBlocker block(m_sortField);
        m_sortField->setCurrentIndex(m_sortField->findData(column));
    }
    {
        QSignalBlocker block(m_table->horizontalHeader()); // shown as it is; no sorting again
        m_table->horizontalHeader()->setSortIndicator(column, order);
    }
    m_sortOrder->setChecked(order == Qt::DescendingOrder);
    m_sortOrder->setText(order == Qt::DescendingOrder ? QStringLiteral("↓") : QStringLiteral("↑"));
    if (tickets->view().kind == InboxView::Kind::Server)
        return; // a saved view's sort is changed in its editor, for everyone who uses it
    QSettings().setValue(QStringLiteral("inbox/sort/") + settingsKeyOf(tickets->view()),
                         QStringLiteral("%1:%2").arg(column).arg(order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                                                             : QStringLiteral("desc")));
}

void MainWindow::showCommandPalette()
{
    std::vector<CommandPalette::Command> commands;
    for (auto &b : bindings()) {
        const QString keys = b.keys.toString(QKeySequence::NativeText);
        auto same = std::find_if(commands.begin(), commands.end(),
                                 [&](const CommandPalette::Command &c) { return c.label == b.description; });
        if (same != commands.end())
            same->shortcut += QStringLiteral(", ") + keys;
        else if (b.description != tr("Command palette"))
            commands.push_back({b.description, keys, b.run});
    }
    for (auto *menu : menuBar()->findChildren<QMenu *>())
        for (auto *action : menu->actions())
            if (!action->isSeparator() && !action->menu() && action->isEnabled() && !action->text().isEmpty() &&
                action->text() != tr("Command &palette…"))
                commands.push_back({action->text().remove(QLatin1Char('&')),
                                    action->shortcut().toString(QKeySequence::NativeText),
                                    [action = QPointer<QAction>(action)] {
                                        if (action)
                                            action->trigger();
                                    }});
    auto *views = m_access.inbox().views();
    for (int row = 0; row < views->rowCount(); ++row) {
        if (views->index(row).data(ViewListModel::HeadingRole).toBool())
            continue; // a heading is no view
        commands.push_back({tr("Go to view: %1").arg(views->index(row).data().toString()), QString(),
                            [this, view = views->viewAt(row)] {
                                const int now = m_access.inbox().views()->rowOf(view);
                                if (now < 0)
                                    return; // deleted meanwhile
                                m_viewChosen = true;
                                m_views->setCurrentIndex(m_access.inbox().views()->index(now));
                            }});
    }
    // A number typed ("10042", "#10042", "go to 10042") offers that ticket first.
    auto suggest = [this](const QString &query) {
        std::vector<CommandPalette::Command> found;
        static const QRegularExpression number(QStringLiteral("#?(\\d+)"));
        auto match = number.match(query);
        if (!match.hasMatch())
            return found;
        const qint64 n = match.captured(1).toLongLong();
        if (auto id = m_access.directory().ticketIdOfNumber(n))
            found.push_back({tr("Go to ticket #%1").arg(n), QString(), [this, id = *id] { showTicket(id); }});
        return found;
    };
    auto *palette = new CommandPalette(std::move(commands), suggest, this);
    palette->setObjectName(QStringLiteral("commandPalette"));
    palette->setAttribute(Qt::WA_DeleteOnClose);
    palette->open();
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
