#include "core/AgentWorkspace.h"

#include "core/AccountSession.h"
#include "core/Replica.h"

namespace helpdesk::client {

AgentWorkspace::AgentWorkspace(AccountSession &session, QObject *parent) : QObject(parent), m_session(session) {}

void AgentWorkspace::saveDraft(qint64 ticketId, const QString &text)
{
    if (auto *replica = m_session.replica())
        replica->cache.setMeta(QStringLiteral("draft:%1").arg(ticketId), text);
}

QString AgentWorkspace::draft(qint64 ticketId) const
{
    auto *replica = m_session.replica();
    return replica ? replica->cache.meta(QStringLiteral("draft:%1").arg(ticketId)) : QString();
}

void AgentWorkspace::saveFilter(const QString &name, const QString &search)
{
    auto *replica = m_session.replica();
    if (!replica || name.trimmed().isEmpty() || search.trimmed().isEmpty())
        return;
    replica->cache.saveFilter(name.trimmed(), search.trimmed());
}

void AgentWorkspace::removeFilter(const QString &name)
{
    if (auto *replica = m_session.replica())
        replica->cache.removeFilter(name);
}

} // namespace helpdesk::client
