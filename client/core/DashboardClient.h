#pragma once

#include <QObject>
#include <QVariantList>

namespace helpdesk::client {

class AccountSession;

/// The supervisors' dashboard panels, computed by the server for a period and a group and
/// delivered as rows of Qt variants for tables and charts. Online only. Main thread.
class DashboardClient : public QObject
{
    Q_OBJECT
public:
    explicit DashboardClient(AccountSession &session, QObject *parent = nullptr);

    /// Asks the server for a panel (dashboardLoaded); `days` back from today, group 0 = all; `by`
    /// ("agent", for ratings) asks for its rows per agent, delivered as panel "<panel>_by_<by>".
    void loadDashboard(const QString &panel, int days, qint64 groupId, const QString &by = {});

signals:
    /// A panel's rows (objects as QVariantMap), or the reason it could not be loaded.
    void dashboardLoaded(const QString &panel, const QVariantList &rows);
    void dashboardFailed(const QString &panel, const QString &reason);

private:
    AccountSession &m_session;
};

} // namespace helpdesk::client
