#include "core/NotificationPreferences.h"

#include "core/AccountSession.h"
#include "core/Replica.h"

namespace helpdesk::client {

namespace {
void readChoices(const protocol::JsonObject &settings, QMap<QString, NotificationPreferences::Choice> &into)
{
    if (!settings)
        return;
    for (const auto &event : NotificationPreferences::events()) {
        auto entry = settings->getObject(event.toStdString());
        if (!entry)
            continue;
        into[event] = {entry->optValue<bool>("desktop", true), entry->optValue<bool>("mail", true)};
    }
}
} // namespace

QStringList NotificationPreferences::events()
{
    return {QStringLiteral("new_ticket"), QStringLiteral("customer_reply"), QStringLiteral("assigned_to_me"),
            QStringLiteral("mentioned"), QStringLiteral("sla_warning")};
}

NotificationPreferences::NotificationPreferences(AccountSession &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(&m_session, &AccountSession::accountOpened, this,
            [this] { connect(&m_session.replica()->sync, &SyncEngine::synced, this, &NotificationPreferences::load); });
    connect(&m_session, &AccountSession::accountClosing, this, [this] { m_choices.clear(); });
}

void NotificationPreferences::load()
{
    auto *replica = m_session.replica();
    if (!replica || replica->connection.state() != ConnectionState::Online) {
        emit failed(tr("Notification preferences are kept on the server; it is not reachable."));
        return;
    }
    replica->connection.request(QStringLiteral("notification.settings"), protocol::newObject(),
                                [this](const Reply &reply) {
                                    if (!reply.ok) {
                                        emit failed(reply.message);
                                        return;
                                    }
                                    readChoices(reply.result->getObject("settings"), m_choices);
                                    emit loaded();
                                });
}

void NotificationPreferences::save(const QMap<QString, Choice> &choices)
{
    auto *replica = m_session.replica();
    if (!replica || replica->connection.state() != ConnectionState::Online) {
        emit failed(tr("Notification preferences are kept on the server; it is not reachable."));
        return;
    }
    // The events are the request's fields, each {"desktop": …, "mail": …}.
    auto params = protocol::newObject();
    for (auto it = choices.begin(); it != choices.end(); ++it) {
        auto entry = protocol::newObject();
        entry->set("desktop", it->desktop);
        entry->set("mail", it->mail);
        params->set(it.key().toStdString(), entry);
    }
    replica->connection.request(QStringLiteral("notification.update_settings"), params, [this](const Reply &reply) {
        if (!reply.ok) {
            emit failed(reply.message);
            return;
        }
        readChoices(reply.result->getObject("settings"), m_choices);
        emit saved();
    });
}

} // namespace helpdesk::client
