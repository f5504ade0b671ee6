#include "core/IntegrationClient.h"

#include "core/AccountSession.h"
#include "core/JsonVariant.h"
#include "core/Replica.h"

namespace helpdesk::client {

namespace {
const QString kId = QStringLiteral("id");
} // namespace

IntegrationClient::IntegrationClient(AccountSession &session, QObject *parent) : QObject(parent), m_session(session) {}

void IntegrationClient::call(const QString &method, const QVariantMap &params,
                             const std::function<void(const protocol::JsonObject &)> &done)
{
    if (m_session.connectionState() != ConnectionState::Online || !m_session.replica()) {
        emit failed(method, QString(), tr("Integrations are arranged on the server; it is not reachable."));
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

void IntegrationClient::loadIntegrations()
{
    call(QStringLiteral("integration.list"), {}, [this](const protocol::JsonObject &result) {
        emit integrationsLoaded(toVariant(result->get("integrations")).toList());
    });
}

void IntegrationClient::saveIntegration(qint64 id, const QVariantMap &values)
{
    auto params = values;
    if (id > 0)
        params.insert(kId, id);
    call(id > 0 ? QStringLiteral("integration.update") : QStringLiteral("integration.create"), params,
         [this](const protocol::JsonObject &result) {
             emit integrationSaved(toVariant(result->get("integration")).toMap());
         });
}

void IntegrationClient::rotateLookupSecret(qint64 integrationId)
{
    call(QStringLiteral("integration.rotate_lookup_secret"), {{kId, integrationId}},
         [this, integrationId](const protocol::JsonObject &result) {
             emit lookupSecretRotated(integrationId,
                                      QString::fromStdString(result->optValue<std::string>("lookup_secret", {})));
         });
}

void IntegrationClient::loadWebhooks(qint64 integrationId)
{
    call(QStringLiteral("webhook.list"), {{kId, integrationId}},
         [this, integrationId](const protocol::JsonObject &result) {
             emit webhooksLoaded(integrationId, toVariant(result->get("webhooks")).toList());
         });
}

void IntegrationClient::saveWebhook(const QString &method, const QVariantMap &params)
{
    call(method, params,
         [this](const protocol::JsonObject &result) { emit webhookSaved(toVariant(result->get("webhook")).toMap()); });
}

void IntegrationClient::createWebhook(qint64 integrationId, const QVariantMap &values)
{
    auto params = values;
    params.insert(kId, integrationId);
    saveWebhook(QStringLiteral("webhook.create"), params);
}

void IntegrationClient::updateWebhook(qint64 webhookId, const QVariantMap &values)
{
    auto params = values;
    params.insert(kId, webhookId);
    saveWebhook(QStringLiteral("webhook.update"), params);
}

void IntegrationClient::rotateSecret(qint64 webhookId)
{
    saveWebhook(QStringLiteral("webhook.rotate_secret"), {{kId, webhookId}});
}

void IntegrationClient::deleteWebhook(qint64 webhookId)
{
    call(QStringLiteral("webhook.delete"), {{kId, webhookId}},
         [this, webhookId](const protocol::JsonObject &) { emit webhookDeleted(webhookId); });
}

void IntegrationClient::sendTest(qint64 webhookId)
{
    call(QStringLiteral("webhook.test"), {{kId, webhookId}}, [this, webhookId](const protocol::JsonObject &result) {
        emit testQueued(webhookId, QString::fromStdString(result->optValue<std::string>("delivery", {})));
    });
}

void IntegrationClient::loadDeliveries(qint64 webhookId)
{
    call(QStringLiteral("webhook.deliveries"), {{kId, webhookId}},
         [this, webhookId](const protocol::JsonObject &result) {
             emit deliveriesLoaded(webhookId, toVariant(result->get("deliveries")).toList());
         });
}

void IntegrationClient::redeliver(qint64 deliveryId)
{
    call(QStringLiteral("webhook.redeliver"), {{kId, deliveryId}},
         [this, deliveryId](const protocol::JsonObject &) { emit redelivered(deliveryId); });
}

void IntegrationClient::loadLog(qint64 integrationId)
{
    call(QStringLiteral("integration.log"), {{QStringLiteral("integration_id"), integrationId}},
         [this, integrationId](const protocol::JsonObject &result) {
             emit logLoaded(integrationId, toVariant(result->get("log")).toList());
         });
}

void IntegrationClient::loadGroups()
{
    call(QStringLiteral("group.list"), {},
         [this](const protocol::JsonObject &result) { emit groupsLoaded(toVariant(result->get("groups")).toList()); });
}

void IntegrationClient::loadChannels(qint64 integrationId)
{
    call(QStringLiteral("channel.list"), {{kId, integrationId}},
         [this, integrationId](const protocol::JsonObject &result) {
             emit channelsLoaded(integrationId, toVariant(result->get("channels")).toList());
         });
}

void IntegrationClient::saveChannel(const QString &method, const QVariantMap &params)
{
    call(method, params,
         [this](const protocol::JsonObject &result) { emit channelSaved(toVariant(result->get("channel")).toMap()); });
}

void IntegrationClient::createChannel(qint64 integrationId, const QVariantMap &values)
{
    auto params = values;
    params.insert(kId, integrationId);
    saveChannel(QStringLiteral("channel.create"), params);
}

void IntegrationClient::updateChannel(qint64 channelId, const QVariantMap &values)
{
    auto params = values;
    params.insert(kId, channelId);
    saveChannel(QStringLiteral("channel.update"), params);
}

void IntegrationClient::rotateChannelSecret(qint64 channelId)
{
    saveChannel(QStringLiteral("channel.rotate_secret"), {{kId, channelId}});
}

void IntegrationClient::deleteChannel(qint64 channelId)
{
    call(QStringLiteral("channel.delete"), {{kId, channelId}},
         [this, channelId](const protocol::JsonObject &) { emit channelDeleted(channelId); });
}

} // namespace helpdesk::client
