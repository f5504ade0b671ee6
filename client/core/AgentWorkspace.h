#pragma once

#include <QObject>

namespace helpdesk::client {

class AccountSession;

/// What the agent keeps for themself in the account's cache: the composer's draft per ticket
/// (it survives a crash) and saved searches (shown as views of their own). Main thread.
class AgentWorkspace : public QObject
{
    Q_OBJECT
public:
    explicit AgentWorkspace(AccountSession &session, QObject *parent = nullptr);

    void saveDraft(qint64 ticketId, const QString &text);
    QString draft(qint64 ticketId) const;
    /// Saves the current search as a view of the agent's own (replacing one of the same name).
    void saveFilter(const QString &name, const QString &search);
    void removeFilter(const QString &name);

private:
    AccountSession &m_session;
};

} // namespace helpdesk::client
