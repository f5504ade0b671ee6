#pragma once

#include "protocol/Json.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace helpdesk::client {

class AccountSession;

/// The admins' integrations with outside systems (docs/api.md, Integrations and webhooks, Custom
/// channels), online only: the integrations (integration.*), their webhook subscriptions (webhook.*:
/// a new secret is in the answer once), their custom channels (channel.*: the same), the deliveries
/// (of webhooks and channels alike) and the integration log, as Qt variants. Each call answers
/// with one signal, or `failed` with the method, the field the server refused and why. Main thread.
class IntegrationClient : public QObject
{
    Q_OBJECT
public:
    explicit IntegrationClient(AccountSession &session, QObject *parent = nullptr);

    /// Every integration (integrationsLoaded).
    void loadIntegrations();
    /// Creates (id 0) or changes an integration: name, active, allowed_networks, log_retention_days,
    /// lookup_url (integrationSaved).
    void saveIntegration(qint64 id, const QVariantMap &values);
    /// Gives the integration a new secret for signing the field lookups sent to it (lookupSecretRotated).
    void rotateLookupSecret(qint64 integrationId);
    /// The integration's webhook subscriptions (webhooksLoaded).
    void loadWebhooks(qint64 integrationId);
    /// Subscribes the integration: url, events, active (webhookSaved, with the secret this once).
    void createWebhook(qint64 integrationId, const QVariantMap &values);
    /// Changes a subscription's url, events or active (webhookSaved).
    void updateWebhook(qint64 webhookId, const QVariantMap &values);
    /// Gives a subscription a new secret (webhookSaved, with the secret this once).
    void rotateSecret(qint64 webhookId);
    /// Deletes a subscription and what waits to be sent to it (webhookDeleted).
    void deleteWebhook(qint64 webhookId);
    /// Queues the test event "ping" to the subscription (testQueued).
    void sendTest(qint64 webhookId);
    /// The subscription's newest deliveries (deliveriesLoaded).
    void loadDeliveries(qint64 webhookId);
    /// Sends a delivery again (redelivered).
    void redeliver(qint64 deliveryId);
    /// The integration's newest log lines (logLoaded).
    void loadLog(qint64 integrationId);
    /// The desk's groups, which a channel's tickets may open in (groupsLoaded).
    void loadGroups();
    /// The integration's custom channels (channelsLoaded).
    void loadChannels(qint64 integrationId);
    /// Opens a channel: name, url, group_id, active (channelSaved, with the secret this once).
    void createChannel(qint64 integrationId, const QVariantMap &values);
    /// Changes a channel's name, url, group_id or active (channelSaved).
    void updateChannel(qint64 channelId, const QVariantMap &values);
    /// Gives a channel a new secret (channelSaved, with the secret this once).
    void rotateChannelSecret(qint64 channelId);
    /// Deletes a channel and what waits to be sent through it; its tickets stay (channelDeleted).
    void deleteChannel(qint64 channelId);

signals:
    /// id, name, active, allowed_networks, log_retention_days, lookup_url of each.
    void integrationsLoaded(const QVariantList &integrations);
    /// The integration as the server now has it; `lookup_secret` only when its lookup URL was just set
    /// for the first time.
    void integrationSaved(const QVariantMap &integration);
    /// The new lookup secret, shown this once.
    void lookupSecretRotated(qint64 integrationId, const QString &secret);
    /// id, url, events, active, held_until, pending, dead of each.
    void webhooksLoaded(qint64 integrationId, const QVariantList &webhooks);
    /// The subscription as the server now has it; `secret` only after a creation or a new secret.
    void webhookSaved(const QVariantMap &webhook);
    void webhookDeleted(qint64 webhookId);
    /// `delivery`: the test event's delivery id.
    void testQueued(qint64 webhookId, const QString &delivery);
    /// id, event, state, attempts, last_status, last_error, created_at, delivered_at… newest first.
    void deliveriesLoaded(qint64 webhookId, const QVariantList &deliveries);
    void redelivered(qint64 deliveryId);
    /// at, direction, method, endpoint, status, latency_ms, payload_excerpt, error, newest first.
    void logLoaded(qint64 integrationId, const QVariantList &rows);
    /// id, name, active… of each group.
    void groupsLoaded(const QVariantList &groups);
    /// id, name, group_id, url, active, held_until, webhook_id, pending, dead of each.
    void channelsLoaded(qint64 integrationId, const QVariantList &channels);
    /// The channel as the server now has it; `secret` only after a creation or a new secret.
    void channelSaved(const QVariantMap &channel);
    void channelDeleted(qint64 channelId);
    void failed(const QString &method, const QString &field, const QString &reason);

private:
    /// Sends `method` with `params`; `done` gets the result, a refusal goes to `failed`.
    void call(const QString &method, const QVariantMap &params,
              const std::function<void(const protocol::JsonObject &)> &done);
    void saveWebhook(const QString &method, const QVariantMap &params);
    void saveChannel(const QString &method, const QVariantMap &params);

    AccountSession &m_session;
};

} // namespace helpdesk::client
