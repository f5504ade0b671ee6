#pragma once

#include <QIcon>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace helpdesk::client {

class AwayStatus;
class DeskNotifier;

/// The client in the system tray: the application icon with the number of unread tickets drawn
/// on it (and in its tooltip), a menu (Open, I am away… / I am back, Quit), and the desktop
/// notifications, a click on which opens their ticket. Without a tray on the desktop it still
/// keeps the count and tooltip (the window's title shows them too). Main thread.
class UnreadTray : public QObject
{
    Q_OBJECT
public:
    /// `askAway` opens the "I am away" dialog; `window` is raised by Open.
    UnreadTray(DeskNotifier &notifier, AwayStatus &away, const std::function<void()> &askAway, QWidget *window);

    int count() const { return m_count; }
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    /// The tray icon itself; null when the desktop has no tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    /// Shows a notification about a ticket; true when the tray showed it (false: no tray).
    bool showMessage(const QString &title, const QString &text, qint64 ticketId);

    /// The application icon with `count` on a red badge (none for 0; "99+" above 99).
    static QIcon iconWithCount(int count);

signals:
    /// The agent clicked a notification about this ticket.
    void ticketRequested(qint64 ticketId);

private:
    void setCount(int count);
    void updateAwayAction();

    AwayStatus &m_away;
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu;
    QAction *m_awayAction;
    int m_count = -1;
    QString m_toolTip;
    QIcon m_icon;
    qint64 m_lastTicket = 0;
};

} // namespace helpdesk::client
