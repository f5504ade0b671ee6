#pragma once

#include "core/CacheTypes.h"

#include <QObject>

namespace helpdesk::client {

class AccountSession;

/// What the agent keeps for themself: the composer's draft per ticket in the account's cache (it
/// survives a crash), and saved views on the server (their own or shared with a group), changed
/// through the outbox: sent once, also after a time offline; a refusal is the outbox's `rejected`.
/// Main thread.
class AgentWorkspace : public QObject
{
    Q_OBJECT
public:
    explicit AgentWorkspace(AccountSession &session, QObject *parent = nullptr);

    void saveDraft(qint64 ticketId, const QString &text);
    QString draft(qint64 ticketId) const;
    /// Creates a saved view (its id is ignored); it appears once the server announces it.
    void createView(const SavedView &view);
    /// Changes a saved view to `view` (name, sharing, filter, sort, columns).
    void updateView(const SavedView &view);
    void deleteView(const SavedView &view);

private:
    AccountSession &m_session;
};

} // namespace helpdesk::client
