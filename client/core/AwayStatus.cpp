#include "core/AwayStatus.h"

#include "core/AccountSession.h"
#include "core/Replica.h"

#include <QTimeZone>

namespace helpdesk::client {

AwayStatus::AwayStatus(AccountSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(&m_session, &AccountSession::accountOpened, this,
            [this] { connect(&m_session.replica()->sync, &SyncEngine::synced, this, &AwayStatus::refresh); });
    connect(&m_session, &AccountSession::accountClosing, this, [this] {
        m_away = false;
        m_until = {};
        m_substituteId = 0;
        emit changed();
    });
}

void AwayStatus::refresh()
{
    auto *replica = m_session.replica();
    if (!replica || replica->connection.state() != ConnectionState::Online)
        return;
    auto params = protocol::newObject();
    params->set("id", m_session.userId());
    replica->connection.request(QStringLiteral("user.get"), params, [this](const Reply &reply) {
        if (!reply.ok)
            return;
        auto user = reply.result->getObject("user");
        if (!user)
            return;
        // A change of ours still in the outbox wins over what the server holds until it is sent.
        if (m_session.replica() && m_session.replica()->outbox.pendingCount() > 0)
            return;
        m_away = user->optValue<bool>("absent", false);
        m_until = {};
        if (user->has("absent_until") && !user->isNull("absent_until"))
            m_until =
                QDateTime::fromString(QString::fromStdString(user->getValue<std::string>("absent_until")), Qt::ISODate)
                    .toLocalTime()
                    .date();
        m_substituteId = user->has("substitute_id") && !user->isNull("substitute_id")
                             ? user->getValue<std::int64_t>("substitute_id")
                             : 0;
        emit changed();
    });
}

void AwayStatus::setAway(const QDate &until, qint64 substituteId)
{
    submit(true, until, substituteId);
}

void AwayStatus::setBack()
{
    submit(false, {}, 0);
}

void AwayStatus::submit(bool away, const QDate &until, qint64 substituteId)
{
    auto *replica = m_session.replica();
    if (!replica)
        return;
    auto params = protocol::newObject();
    params->set("id", m_session.userId());
    params->set("absent", away);
    // The return day starts at midnight where the agent is.
    if (away && until.isValid())
        params->set("absent_until", QDateTime(until, QTime(0, 0)).toUTC().toString(Qt::ISODate).toStdString());
    else
        params->set("absent_until", Poco::Dynamic::Var());
    if (away && substituteId)
        params->set("substitute_id", substituteId);
    else
        params->set("substitute_id", Poco::Dynamic::Var());
    replica->outbox.submit(QStringLiteral("user.update"), params, 0, away ? tr("Marked away") : tr("Marked back"));
    m_away = away;
    m_until = away ? until : QDate();
    m_substituteId = away ? substituteId : 0;
    emit changed();
}

} // namespace helpdesk::client
