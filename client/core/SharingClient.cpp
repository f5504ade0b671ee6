#include "core/SharingClient.h"

#include "core/AccountSession.h"
#include "core/JsonVariant.h"
#include "core/Replica.h"

namespace helpdesk::client {

namespace {
const QString kId = QStringLiteral("id");
} // namespace

SharingClient::SharingClient(AccountSession &session, QObject *parent) : QObject(parent), m_session(session) {}

void SharingClient::call(const QString &method, const QVariantMap &params,
                         const std::function<void(const protocol::JsonObject &)> &done)
{
    if (m_session.connectionState() != ConnectionState::Online || !m_session.replica()) {
        emit failed(method, QString(), tr("Sharing is arranged on the server; it is not reachable."));
        return;
    }
    m_session.replica()->connection.request(method, toJsonObject(params), [this, method, done](const Reply &reply) {
        if (!reply.ok) {
            emit failed(method, reply.field, reply.message);
            return;
        }
        done(reply.result);
    });
}

void SharingClient::changeAgreement(const QString &method, const QVariantMap &params)
{
    call(method, params, [this](const protocol::JsonObject &result) {
        emit agreementChanged(toVariant(result->get("agreement")).toMap());
    });
}

void SharingClient::loadAgreements()
{
    call(QStringLiteral("sharing_agreement.list"), {}, [this](const protocol::JsonObject &result) {
        emit agreementsLoaded(toVariant(result->get("agreements")).toList(),
                              QString::fromStdString(result->optValue<std::string>("sharing_url", {})));
    });
}

void SharingClient::invite(const QString &partnerUrl, const QString &name, const QVariantMap &terms)
{
    auto params = terms;
    params.insert(QStringLiteral("receiver_url"), partnerUrl);
    params.insert(QStringLiteral("name"), name);
    changeAgreement(QStringLiteral("sharing_agreement.invite"), params);
}

void SharingClient::accept(qint64 agreementId, qint64 groupId)
{
    changeAgreement(QStringLiteral("sharing_agreement.accept"),
                    {{kId, agreementId}, {QStringLiteral("group_id"), groupId}});
}

void SharingClient::decline(qint64 agreementId)
{
    changeAgreement(QStringLiteral("sharing_agreement.decline"), {{kId, agreementId}});
}

void SharingClient::deactivate(qint64 agreementId)
{
    changeAgreement(QStringLiteral("sharing_agreement.deactivate"), {{kId, agreementId}});
}

void SharingClient::update(qint64 agreementId, const QVariantMap &changes)
{
    auto params = changes;
    params.insert(kId, agreementId);
    changeAgreement(QStringLiteral("sharing_agreement.update"), params);
}

void SharingClient::loadGroups()
{
    call(QStringLiteral("group.list"), {}, [this](const protocol::JsonObject &result) {
        QVariantList active;
        for (const auto &group : toVariant(result->get("groups")).toList())
            if (group.toMap().value(QStringLiteral("active")).toBool())
                active << QVariantMap{{kId, group.toMap().value(kId)},
                                      {QStringLiteral("name"), group.toMap().value(QStringLiteral("name"))}};
        emit groupsLoaded(active);
    });
}

void SharingClient::loadLog(qint64 agreementId)
{
    call(QStringLiteral("sharing_agreement.log"), {{kId, agreementId}},
         [this, agreementId](const protocol::JsonObject &result) {
             emit logLoaded(agreementId, toVariant(result->get("log")).toList());
         });
}

void SharingClient::loadStatusMap(qint64 agreementId)
{
    call(QStringLiteral("sharing_agreement.status_map"), {{kId, agreementId}},
         [this, agreementId](const protocol::JsonObject &result) {
             const auto map = toVariant(result->get("status_map")).toMap();
             emit statusMapLoaded(agreementId, map.value(QStringLiteral("outbound")).toMap(),
                                  map.value(QStringLiteral("inbound")).toMap());
         });
}

void SharingClient::setStatusMap(qint64 agreementId, const QVariantMap &outbound, const QVariantMap &inbound)
{
    call(QStringLiteral("sharing_agreement.set_status_map"),
         {{kId, agreementId}, {QStringLiteral("outbound"), outbound}, {QStringLiteral("inbound"), inbound}},
         [this, agreementId](const protocol::JsonObject &result) {
             const auto map = toVariant(result->get("status_map")).toMap();
             emit statusMapSaved(agreementId, map.value(QStringLiteral("outbound")).toMap(),
                                 map.value(QStringLiteral("inbound")).toMap());
         });
}

void SharingClient::loadTargets()
{
    call(QStringLiteral("sharing_agreement.targets"), {}, [this](const protocol::JsonObject &result) {
        emit targetsLoaded(toVariant(result->get("targets")).toList());
    });
}

void SharingClient::loadShares(qint64 ticketId)
{
    call(QStringLiteral("ticket.shares"), {{kId, ticketId}}, [this, ticketId](const protocol::JsonObject &result) {
        emit sharesLoaded(ticketId, toVariant(result->get("shares")).toList());
    });
}

// The ticket's share event (ticket_share.changed) brings the change to the cache and the screens.
void SharingClient::share(qint64 ticketId, qint64 agreementId)
{
    call(QStringLiteral("ticket.share"), {{kId, ticketId}, {QStringLiteral("agreement_id"), agreementId}},
         [](const protocol::JsonObject &) {});
}

void SharingClient::unshare(qint64 ticketId, qint64 agreementId)
{
    call(QStringLiteral("ticket.unshare"), {{kId, ticketId}, {QStringLiteral("agreement_id"), agreementId}},
         [](const protocol::JsonObject &) {});
}

} // namespace helpdesk::client
