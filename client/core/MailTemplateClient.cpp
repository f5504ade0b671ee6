#include "core/MailTemplateClient.h"

#include "core/AccountSession.h"
#include "core/JsonVariant.h"
#include "core/Replica.h"

namespace helpdesk::client {

MailTemplateClient::MailTemplateClient(AccountSession &session, QObject *parent) : QObject(parent), m_session(session)
{
}

void MailTemplateClient::call(const QString &method, qint64 groupId, QVariantMap params,
                              const std::function<void(const protocol::JsonObject &)> &done)
{
    if (m_session.connectionState() != ConnectionState::Online || !m_session.replica()) {
        emit failed(QString(), tr("Mail templates are changed on the server; it is not reachable."));
        return;
    }
    if (groupId > 0)
        params.insert(QStringLiteral("group_id"), groupId);
    m_session.replica()->connection.request(method, toJsonObject(params), [this, done](const Reply &reply) {
        if (!reply.ok) {
            emit failed(reply.field, reply.message);
            return;
        }
        done(reply.result);
    });
}

void MailTemplateClient::list(qint64 groupId)
{
    call(QStringLiteral("mail_template.list"), groupId, {}, [this, groupId](const protocol::JsonObject &result) {
        emit templatesListed(groupId, toVariant(result->get("templates")).toList());
    });
}

void MailTemplateClient::load(qint64 groupId, const QString &name, const QString &language)
{
    call(QStringLiteral("mail_template.get"), groupId,
         {{QStringLiteral("name"), name}, {QStringLiteral("language"), language}},
         [this](const protocol::JsonObject &result) { emit loaded(toVariant(result->get("template")).toMap()); });
}

void MailTemplateClient::save(qint64 groupId, const QString &name, const QString &language, const QString &subject,
                              const QString &body)
{
    call(QStringLiteral("mail_template.set"), groupId,
         {{QStringLiteral("name"), name},
          {QStringLiteral("language"), language},
          {QStringLiteral("subject"), subject},
          {QStringLiteral("body"), body}},
         [this](const protocol::JsonObject &result) { emit saved(toVariant(result->get("template")).toMap()); });
}

void MailTemplateClient::reset(qint64 groupId, const QString &name, const QString &language)
{
    call(QStringLiteral("mail_template.reset"), groupId,
         {{QStringLiteral("name"), name}, {QStringLiteral("language"), language}},
         [this](const protocol::JsonObject &result) { emit saved(toVariant(result->get("template")).toMap()); });
}

void MailTemplateClient::preview(qint64 groupId, const QString &name, const QString &language, const QString &subject,
                                 const QString &body)
{
    call(QStringLiteral("mail_template.preview"), groupId,
         {{QStringLiteral("name"), name},
          {QStringLiteral("language"), language},
          {QStringLiteral("subject"), subject},
          {QStringLiteral("body"), body}},
         [this](const protocol::JsonObject &result) { emit previewed(toVariant(result->get("preview")).toMap()); });
}

} // namespace helpdesk::client
