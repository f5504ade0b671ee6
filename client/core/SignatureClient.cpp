#include "core/SignatureClient.h"

#include "core/AccountSession.h"
#include "core/Replica.h"

namespace helpdesk::client {

namespace {
QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

/// The signature of a signature.get or signature.set answer.
QString signatureOf(const protocol::JsonObject &result)
{
    return qs(result->getObject("signature")->optValue<std::string>("signature", ""));
}

QString ruleOf(const protocol::JsonObject &result)
{
    return qs(result->getObject("settings")->optValue<std::string>("rule", "group"));
}
} // namespace

SignatureClient::SignatureClient(AccountSession &session, QObject *parent) : QObject(parent), m_session(session) {}

void SignatureClient::call(const QString &method, const protocol::JsonObject &params,
                           const std::function<void(const protocol::JsonObject &)> &done)
{
    if (m_session.connectionState() != ConnectionState::Online || !m_session.replica()) {
        emit failed(QString(), tr("Signatures are kept on the server; it is not reachable."));
        return;
    }
    m_session.replica()->connection.request(method, params, [this, done](const Reply &reply) {
        if (!reply.ok) {
            emit failed(reply.field, reply.message);
            return;
        }
        done(reply.result);
    });
}

void SignatureClient::load(qint64 userId)
{
    auto params = protocol::newObject();
    params->set("id", userId);
    call(QStringLiteral("signature.get"), params,
         [this, userId](const protocol::JsonObject &result) { emit loaded(userId, signatureOf(result)); });
}

void SignatureClient::save(qint64 userId, const QString &signature)
{
    auto params = protocol::newObject();
    params->set("id", userId);
    params->set("signature", signature.toStdString());
    call(QStringLiteral("signature.set"), params,
         [this, userId](const protocol::JsonObject &result) { emit saved(userId, signatureOf(result)); });
}

void SignatureClient::loadRule()
{
    call(QStringLiteral("signature.settings"), protocol::newObject(),
         [this](const protocol::JsonObject &result) { emit ruleLoaded(ruleOf(result)); });
}

void SignatureClient::saveRule(const QString &rule)
{
    auto params = protocol::newObject();
    params->set("rule", rule.toStdString());
    call(QStringLiteral("signature.update_settings"), params,
         [this](const protocol::JsonObject &result) { emit ruleSaved(ruleOf(result)); });
}

} // namespace helpdesk::client
