#pragma once

#include "core/CacheTypes.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QMenu;
class QPushButton;
class QTableView;

namespace helpdesk::client {

class HelpdeskAccess;
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

private:
    void createShortcuts();
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
