#pragma once

#include "core/CacheTypes.h"
#include "models/TicketListModel.h"

#include <QKeySequence>
#include <QMainWindow>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QToolBar;
class QToolButton;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QTableView;

namespace helpdesk::client {

class HelpdeskAccess;
class InboxDelegate;
class TicketView;
class UnreadTray;

/// The agent's window: views with counts on the left, the inbox (search as you type, sortable
/// columns, multi-select with bulk changes) in the middle, the open ticket on the right, and the
/// connection state, pending changes and sync progress always visible in the status bar.
/// Keyboard-first; F1 lists the shortcuts. Main thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(HelpdeskAccess &access, QWidget *parent = nullptr);

    /// Selects the ticket in the inbox and shows it (tests and notifications use it).
    void showTicket(qint64 ticketId);
    TicketView *ticketView() const { return m_ticketView; }
    /// The status bar's connection text ("Online", "Connecting…", "Offline").
    QString connectionText() const;
    QString lastProblem() const;
    /// The tray icon with the unread count (its count and tooltip also without a tray).
    UnreadTray *tray() const { return m_tray; }

    /// How the inbox draws tickets: two lines each, or one line in columns (kept in QSettings).
    enum class Density { Comfortable, Compact };
    void setDensity(Density density);
    Density density() const { return m_density; }
    /// Where the open ticket shows: beside the inbox or below it (kept in QSettings).
    void setReadingPaneBelow(bool below);
    bool readingPaneBelow() const;
    /// Opens the command palette (Ctrl+K); it deletes itself when closed.
    void showCommandPalette();

private:
    /// A keyboard shortcut: made into a QShortcut and listed under F1 and in the palette, from
    /// this one table. `whileTyping` false: a plain key, which types as usual in a text field.
    struct Binding {
        QKeySequence keys;
        QString description;
        std::function<void()> run;
        QWidget *scope = nullptr; // only while this widget (or a child) has the focus; null: the window
    };
    std::vector<Binding> bindings();
    void createShortcuts();
    /// The row above the inbox: sort field and direction, and the bulk actions' toolbar.
    QWidget *createInboxBar(QWidget *parent);
    void createViewMenu();
    // Fill a menu, as it opens, with what the selected tickets can be given.
    void fillAssignMenu(QMenu *menu);
    void fillStateMenu(QMenu *menu);
    void fillGroupMenu(QMenu *menu);
    void fillMacroMenu(QMenu *menu);
    void bulkChangeTags();
    void bulkMerge();
    void applySortOfView();
    void saveSortOfView();
    void applyColumnsOfView();
    void showColumnMenu(const QPoint &pos);
    /// The focus is in a field the agent types into: plain-key shortcuts stand aside.
    static bool typingInTextField();
    /// The selected tickets, or the open one when nothing is selected.
    QList<qint64> ticketsToActOn() const;
    /// Assigns the tickets to the signed-in agent.
    void takeTickets(const QList<qint64> &tickets);
    void updateConnectionState();
    void moveSelection(int delta);
    void showBulkMenu(const QPoint &pos);
    void showShortcutHelp();
    void newTicket();
    /// The status bar's "Away until …" with "I am back", and the tray.
    void createPresence();
    void addAwayAction(QMenu *accountMenu);
    /// Settings → Notifications… and Appearance.
    void addLookActions(QMenu *settingsMenu);
    void showAwayDialog();
    void updateAwayState();
    void saveSearchAsView();
    /// Opens the view editor on `view` (id 0: a new view) and saves what the agent accepts.
    void editView(const SavedView &view);
    QList<qint64> selectedTickets() const;

    HelpdeskAccess &m_access;
    QListView *m_views;
    QLineEdit *m_search;
    QTableView *m_table;
    InboxDelegate *m_delegate;
    Density m_density = Density::Comfortable;
    QSplitter *m_readingSplit = nullptr;
    QToolBar *m_bulkBar = nullptr;
    QComboBox *m_sortField = nullptr;
    QToolButton *m_sortOrder = nullptr;
    QAction *m_compactAction = nullptr;
    QAction *m_belowAction = nullptr;
    bool m_viewChosen = false; // the agent picked a view: a finished first sync keeps it
    TicketView *m_ticketView;
    QLabel *m_connection;
    QLabel *m_pending;
    QLabel *m_problem;
    QProgressBar *m_progress;
    UnreadTray *m_tray = nullptr;
    QLabel *m_awayLabel = nullptr;
    QPushButton *m_backButton = nullptr;
};

} // namespace helpdesk::client
