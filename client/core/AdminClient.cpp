#include "core/AdminClient.h"

#include "core/AccountSession.h"
#include "core/Directory.h"
#include "core/JsonVariant.h"
#include "core/MailTemplateClient.h"
#include "core/Replica.h"
#include "core/IntegrationClient.h"
#include "core/SharingClient.h"

#include <QJsonDocument>
#include <QUuid>

namespace helpdesk::client {

namespace {
std::string plural(const QString &kind)
{
    if (kind == QLatin1String("priority"))
        return "priorities";
    if (kind == QLatin1String("mailbox"))
        return "mailboxes";
    return kind.toStdString() + "s";
}

// The "web" kind is one form over two settings of the server: the requester portal (portal_…)
// and single sign-on through a reverse proxy (sso_…). A realm map travels as "REALM=domain" items.
const QString kWebKind = QStringLiteral("web");
const QString kPortalPrefix = QStringLiteral("portal_");
const QString kSsoPrefix = QStringLiteral("sso_");
const QString kRealmDomains = QStringLiteral("realm_domains");

/// `settings` with each key behind `prefix`, added to `into`.
void addPrefixed(QVariantMap &into, const QString &prefix, QVariantMap settings)
{
    if (settings.contains(kRealmDomains)) {
        QStringList pairs;
        for (const auto &[realm, domain] : settings.take(kRealmDomains).toMap().asKeyValueRange())
            pairs << realm + QLatin1Char('=') + domain.toString();
        settings.insert(kRealmDomains, pairs);
    }
    for (const auto &[key, value] : settings.asKeyValueRange())
        into.insert(prefix + key, value);
}

/// The values of `values` behind `prefix`, without it, as the server takes them.
QVariantMap unprefixed(const QVariantMap &values, const QString &prefix)
{
    QVariantMap out;
    for (const auto &[key, value] : values.asKeyValueRange())
        if (key.startsWith(prefix))
            out.insert(key.mid(prefix.size()), value);
    if (out.contains(kRealmDomains)) {
        QVariantMap realms;
        for (const auto &pair : out.value(kRealmDomains).toStringList())
            realms.insert(pair.section(QLatin1Char('='), 0, 0).trimmed(), pair.section(QLatin1Char('='), 1).trimmed());
        out.insert(kRealmDomains, realms);
    }
    return out;
}
} // namespace

AdminClient::AdminClient(AccountSession &session, const Directory &directory, QObject *parent)
    : QObject(parent), m_session(session), m_directory(directory),
      m_mailTemplates(new MailTemplateClient(session, this)), m_sharing(new SharingClient(session, this)),
      m_integrations(new IntegrationClient(session, this))
{
}

bool AdminClient::online() const
{
    return m_session.connectionState() == ConnectionState::Online;
}

void AdminClient::loadSettings(const QString &kind)
{
    if (!online()) {
        emit settingsRejected(kind, QString(), tr("Settings are changed on the server; it is not reachable."));
        return;
    }
    auto &connection = m_session.replica()->connection;
    if (kind == QLatin1String("mail")) {
        // One item, not a list; its SMTP part is shown flat (smtp_host, …) in the form.
        connection.request(QStringLiteral("mail.settings"), protocol::newObject(), [this, kind](const Reply &reply) {
            if (!reply.ok) {
                emit settingsRejected(kind, reply.field, reply.message);
                return;
            }
            auto settings = toVariant(reply.result->get("settings")).toMap();
            for (const auto &[key, value] : settings.take(QStringLiteral("smtp")).toMap().asKeyValueRange())
                settings.insert(QStringLiteral("smtp_") + key, value);
            emit settingsLoaded(kind, {settings});
        });
        return;
    }
    if (kind == kWebKind) {
        connection.request(QStringLiteral("portal.settings"), protocol::newObject(), [this, kind](const Reply &portal) {
            if (!portal.ok) {
                emit settingsRejected(kind, portal.field, portal.message);
                return;
            }
            QVariantMap settings;
            addPrefixed(settings, kPortalPrefix, toVariant(portal.result->get("settings")).toMap());
            m_session.replica()->connection.request(QStringLiteral("sso.settings"), protocol::newObject(),
                                                    [this, kind, settings](const Reply &sso) mutable {
                                                        if (!sso.ok) {
                                                            emit settingsRejected(kind, sso.field, sso.message);
                                                            return;
                                                        }
                                                        addPrefixed(settings, kSsoPrefix,
                                                                    toVariant(sso.result->get("settings")).toMap());
                                                        emit settingsLoaded(kind, {settings});
                                                    });
        });
        return;
    }
    // Tags with their use, every account's tokens, and the audit log have their own calls.
    auto params = protocol::newObject();
    std::string resultKey = plural(kind);
    if (kind == QLatin1String("tag"))
        params->set("with_counts", true);
    if (kind == QLatin1String("token"))
        params->set("all", true);
    if (kind == QLatin1String("audit")) {
        params->set("limit", 500);
        resultKey = "entries";
    }
    connection.request(kind + QStringLiteral(".list"), params, [this, kind, resultKey](const Reply &reply) {
        if (!reply.ok) {
            emit settingsRejected(kind, reply.field, reply.message);
            return;
        }
        auto items = toVariant(reply.result->get(resultKey)).toList();
        if (kind == QLatin1String("audit"))
            for (auto &item : items)
                item = describeAuditEntry(item.toMap());
        emit settingsLoaded(kind, items);
    });
}

QVariantMap AdminClient::describeAuditEntry(QVariantMap entry)
{
    // "rank: 7 → 9; smtp.password: (changed)" reads better in a table than nested objects.
    auto shown = [](const QVariant &value) {
        if (!value.isValid() || value.isNull())
            return tr("(none)");
        if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QVariantMap)
            return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
        return value.toString();
    };
    QStringList parts;
    const auto changes = entry.take(QStringLiteral("changes")).toMap();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        auto change = it.value().toMap();
        parts << (change.contains(QStringLiteral("old")) && !change.value(QStringLiteral("old")).isNull()
                      ? QStringLiteral("%1: %2 → %3")
                            .arg(it.key(), shown(change.value(QStringLiteral("old"))),
                                 shown(change.value(QStringLiteral("new"))))
                      : QStringLiteral("%1: %2").arg(it.key(), shown(change.value(QStringLiteral("new")))));
    }
    QVariantMap row;
    row.insert(QStringLiteral("id"), entry.value(QStringLiteral("id")));
    row.insert(QStringLiteral("at"), entry.value(QStringLiteral("at")));
    row.insert(QStringLiteral("who"), entry.value(QStringLiteral("actor_name")));
    row.insert(QStringLiteral("action"), entry.value(QStringLiteral("action")));
    row.insert(QStringLiteral("object"), entry.value(QStringLiteral("object_name")));
    row.insert(QStringLiteral("changes"), parts.join(QStringLiteral("; ")));
    return row;
}

void AdminClient::saveSettingsItem(const QString &kind, qint64 id, const QVariantMap &values)
{
    if (!online()) {
        emit settingsRejected(kind, QString(), tr("Settings are changed on the server; it is not reachable."));
        return;
    }
    auto &connection = m_session.replica()->connection;
    if (kind == QLatin1String("mail")) {
        QVariantMap flat = values, smtp;
        for (const auto &key : values.keys())
            if (key.startsWith(QLatin1String("smtp_")))
                smtp.insert(key.mid(5), flat.take(key));
        flat.insert(QStringLiteral("smtp"), smtp);
        connection.request(
            QStringLiteral("mail.update_settings"), toJsonObject(flat), [this, kind](const Reply &reply) {
                if (!reply.ok) {
                    // "smtp.port" is the form's smtp_port.
                    emit settingsRejected(kind,
                                          QString(reply.field).replace(QLatin1String("smtp."), QLatin1String("smtp_")),
                                          reply.message);
                    return;
                }
                emit settingsSaved(kind, toVariant(reply.result->get("settings")).toMap());
            });
        return;
    }
    if (kind == kWebKind) {
        saveWebSettings(values);
        return;
    }
    auto params = toJsonObject(values);
    if (id)
        params->set("id", id);
    connection.request(
        kind + (id ? QStringLiteral(".update") : QStringLiteral(".create")), params,
        [this, kind](const Reply &reply) {
            if (!reply.ok) {
                emit settingsRejected(kind, reply.field, reply.message);
                return;
            }
            emit settingsSaved(kind, toVariant(reply.result->get(kind.toStdString())).toMap());
        },
        QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void AdminClient::saveWebSettings(const QVariantMap &values)
{
    // The portal first, then single sign-on; a refusal names the form's field (sso_header).
    auto &connection = m_session.replica()->connection;
    auto refuse = [this](const QString &prefix, const Reply &reply) {
        emit settingsRejected(kWebKind, reply.field.isEmpty() ? QString() : prefix + reply.field, reply.message);
    };
    connection.request(QStringLiteral("portal.update_settings"), toJsonObject(unprefixed(values, kPortalPrefix)),
                       [this, values, refuse](const Reply &portal) {
                           if (!portal.ok) {
                               refuse(kPortalPrefix, portal);
                               return;
                           }
                           QVariantMap saved;
                           addPrefixed(saved, kPortalPrefix, toVariant(portal.result->get("settings")).toMap());
                           m_session.replica()->connection.request(
                               QStringLiteral("sso.update_settings"), toJsonObject(unprefixed(values, kSsoPrefix)),
                               [this, saved, refuse](const Reply &sso) mutable {
                                   if (!sso.ok) {
                                       refuse(kSsoPrefix, sso);
                                       return;
                                   }
                                   addPrefixed(saved, kSsoPrefix, toVariant(sso.result->get("settings")).toMap());
                                   emit settingsSaved(kWebKind, saved);
                               });
                       });
}

void AdminClient::runAdminAction(const QString &method, const QVariantMap &params)
{
    if (!online()) {
        emit adminActionDone(method, false, tr("The server is not reachable."));
        return;
    }
    m_session.replica()->connection.request(method, toJsonObject(params), [this, method](const Reply &reply) {
        if (!reply.ok) {
            emit adminActionDone(method, false, reply.message);
            return;
        }
        bool ok = reply.result->optValue<bool>("ok", reply.result->optValue<bool>("sent", true));
        auto message = reply.result->optValue<std::string>("message", "");
        emit adminActionDone(method, ok, message.empty() ? tr("Done.") : QString::fromStdString(message));
    });
}

void AdminClient::loadGroupMembers(qint64 groupId)
{
    if (!online())
        return;
    auto params = protocol::newObject();
    params->set("id", groupId);
    m_session.replica()->connection.request(
        QStringLiteral("group.members"), params, [this, groupId](const Reply &reply) {
            if (!reply.ok)
                return;
            QList<QPair<QString, QString>> members;
            auto list = reply.result->getArray("members");
            for (unsigned i = 0; list && i < list->size(); ++i) {
                auto m = list->getObject(i);
                members << qMakePair(QString::fromStdString(m->optValue<std::string>("email", "")),
                                     QString::fromStdString(m->optValue<std::string>("access", "")));
            }
            emit groupMembersLoaded(groupId, members);
        });
}

void AdminClient::setGroupMember(qint64 groupId, const QString &email, const QString &access)
{
    qint64 userId = m_directory.agentIdOfEmail(email);
    if (!userId) {
        emit settingsRejected(QStringLiteral("group"), QStringLiteral("members"),
                              tr("%1 is no agent of this desk").arg(email));
        return;
    }
    runAdminAction(QStringLiteral("group.set_member"),
                   {{QStringLiteral("group_id"), groupId},
                    {QStringLiteral("user_id"), userId},
                    {QStringLiteral("access"), access.isEmpty() ? QVariant() : QVariant(access)}});
}

void AdminClient::testMailbox(qint64 mailboxId)
{
    runAdminAction(QStringLiteral("mailbox.test"), {{QStringLiteral("id"), mailboxId}});
}

void AdminClient::sendTestMail(const QString &to)
{
    runAdminAction(QStringLiteral("mail.send_test"), {{QStringLiteral("to"), to}});
}

void AdminClient::inviteUser(qint64 userId)
{
    runAdminAction(QStringLiteral("user.invite"), {{QStringLiteral("id"), userId}});
}

void AdminClient::renameTag(const QString &from, const QString &to)
{
    requestSettingsChange(QStringLiteral("tag"), QStringLiteral("tag.rename"),
                          {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
}

void AdminClient::removeTag(const QString &tag)
{
    requestSettingsChange(QStringLiteral("tag"), QStringLiteral("tag.remove"), {{QStringLiteral("tag"), tag}});
}

void AdminClient::createApiToken(const QString &name, const QString &forEmail)
{
    QVariantMap params{{QStringLiteral("name"), name}};
    if (!forEmail.trimmed().isEmpty()) {
        qint64 userId = m_directory.agentIdOfEmail(forEmail.trimmed());
        if (!userId) {
            emit settingsRejected(QStringLiteral("token"), QStringLiteral("user_email"),
                                  tr("%1 is no agent of this desk").arg(forEmail));
            return;
        }
        params.insert(QStringLiteral("user_id"), userId);
    }
    requestSettingsChange(QStringLiteral("token"), QStringLiteral("token.create"), params);
}

void AdminClient::revokeApiToken(qint64 tokenId)
{
    requestSettingsChange(QStringLiteral("token"), QStringLiteral("token.revoke"), {{QStringLiteral("id"), tokenId}});
}

void AdminClient::requestSettingsChange(const QString &kind, const QString &method, const QVariantMap &params)
{
    if (!online()) {
        emit settingsRejected(kind, QString(), tr("Settings are changed on the server; it is not reachable."));
        return;
    }
    m_session.replica()->connection.request(method, toJsonObject(params), [this, kind](const Reply &reply) {
        if (!reply.ok) {
            emit settingsRejected(kind, reply.field, reply.message);
            return;
        }
        emit settingsSaved(kind, toVariant(reply.result).toMap());
    });
}

void AdminClient::loadMailboxRuns(qint64 mailboxId)
{
    if (!online())
        return;
    auto params = protocol::newObject();
    params->set("id", mailboxId);
    params->set("limit", 100);
    m_session.replica()->connection.request(
        QStringLiteral("mailbox.runs"), params, [this, mailboxId](const Reply &reply) {
            if (!reply.ok)
                return;
            QVariantList rows;
            for (const auto &run : toVariant(reply.result->get("runs")).toList()) {
                auto map = run.toMap();
                // Per-message details as one line each: "uid 12: created ticket 10042".
                QStringList details;
                for (const auto &detail : map.take(QStringLiteral("details")).toList())
                    details << (detail.typeId() == QMetaType::QVariantMap
                                    ? QString::fromUtf8(
                                          QJsonDocument::fromVariant(detail).toJson(QJsonDocument::Compact))
                                    : detail.toString());
                QVariantMap row;
                for (const char *key : {"started_at", "fetched", "created", "appended", "failed", "error"})
                    row.insert(QString::fromLatin1(key), map.value(QString::fromLatin1(key)));
                row.insert(QStringLiteral("details"), details.join(QLatin1Char('\n')));
                rows << row;
            }
            emit mailboxRunsLoaded(mailboxId, rows);
        });
}

void AdminClient::pollMailbox(qint64 mailboxId)
{
    if (!online()) {
        emit adminActionDone(QStringLiteral("mailbox.poll"), false, tr("The server is not reachable."));
        return;
    }
    auto params = protocol::newObject();
    params->set("id", mailboxId);
    m_session.replica()->connection.request(
        QStringLiteral("mailbox.poll"), params, [this, mailboxId](const Reply &reply) {
            if (!reply.ok) {
                emit adminActionDone(QStringLiteral("mailbox.poll"), false, reply.message);
                return;
            }
            auto run = reply.result->getObject("run");
            auto error = run->optValue<std::string>("error", "");
            emit adminActionDone(QStringLiteral("mailbox.poll"), error.empty(),
                                 error.empty() ? tr("%1 fetched, %2 new tickets, %3 follow-ups, %4 failed")
                                                     .arg(run->optValue<int>("fetched", 0))
                                                     .arg(run->optValue<int>("created", 0))
                                                     .arg(run->optValue<int>("appended", 0))
                                                     .arg(run->optValue<int>("failed", 0))
                                               : QString::fromStdString(error));
            loadMailboxRuns(mailboxId);
        });
}

void AdminClient::loadQuarantinedMail(qint64 mailboxId)
{
    if (!online())
        return;
    auto params = protocol::newObject();
    params->set("state", "quarantined");
    params->set("mailbox_id", mailboxId);
    m_session.replica()->connection.request(
        QStringLiteral("mail.inbound_list"), params, [this, mailboxId](const Reply &reply) {
            if (!reply.ok)
                return;
            emit quarantinedMailLoaded(mailboxId, toVariant(reply.result->get("messages")).toList());
        });
}

void AdminClient::retryQuarantinedMail(qint64 mailboxId, qint64 jobId)
{
    if (!online()) {
        emit adminActionDone(QStringLiteral("job.retry"), false, tr("The server is not reachable."));
        return;
    }
    auto params = protocol::newObject();
    params->set("id", jobId);
    m_session.replica()->connection.request(QStringLiteral("job.retry"), params, [this, mailboxId](const Reply &reply) {
        emit adminActionDone(QStringLiteral("job.retry"), reply.ok,
                             reply.ok ? tr("The message is queued again.") : reply.message);
        loadQuarantinedMail(mailboxId);
    });
}

} // namespace helpdesk::client
