#include "core/DashboardClient.h"

#include "core/AccountSession.h"
#include "core/JsonVariant.h"
#include "core/Replica.h"

#include <QDate>

namespace helpdesk::client {

DashboardClient::DashboardClient(AccountSession &session, QObject *parent) : QObject(parent), m_session(session) {}

void DashboardClient::loadDashboard(const QString &requested, int days, qint64 groupId, const QString &by)
{
    const auto panel = by.isEmpty() ? requested : requested + QStringLiteral("_by_") + by;
    auto *replica = m_session.replica();
    if (!replica || replica->connection.state() != ConnectionState::Online) {
        emit dashboardFailed(panel, tr("Dashboards are computed by the server; it is not reachable."));
        return;
    }
    auto params = protocol::newObject();
    params->set("panel", requested.toStdString());
    if (!by.isEmpty())
        params->set("by", by.toStdString());
    params->set("from", QDate::currentDate().addDays(-days).toString(Qt::ISODate).toStdString());
    params->set("to", QDate::currentDate().addDays(1).toString(Qt::ISODate).toStdString());
    if (groupId)
        params->set("group_id", groupId);
    replica->connection.request(QStringLiteral("dashboard.panel"), params, [this, panel](const Reply &reply) {
        if (!reply.ok) {
            emit dashboardFailed(panel, reply.message);
            return;
        }
        // A panel is a list of rows, or one object (response times).
        auto rows = toVariant(reply.result->get("rows"));
        emit dashboardLoaded(panel,
                             rows.typeId() == QMetaType::QVariantList ? rows.toList() : QVariantList{rows.toMap()});
    });
}

} // namespace helpdesk::client
