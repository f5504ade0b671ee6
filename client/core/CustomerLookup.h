#pragma once

#include "core/CacheTypes.h"

#include <QObject>
#include <QTimer>

namespace helpdesk::client {

class AccountSession;

/// Finds customers as the agent types (name or e-mail, over the server's user.list `query`): a
/// search waits until typing pauses, and an answer to an older text than the latest is dropped.
/// Online only (offline: nothing is found, the agent types an address). Main thread.
class CustomerLookup : public QObject
{
    Q_OBJECT
public:
    explicit CustomerLookup(AccountSession &session, QObject *parent = nullptr);

    /// Looks `text` up once typing pauses (`kPauseMs`); fewer than two characters clear the result.
    void search(const QString &text);
    static constexpr int kPauseMs = 250;

signals:
    /// Customers matching `text` (id, name, detail: e-mail), at most 20.
    void found(const QString &text, const std::vector<helpdesk::client::NamedItem> &customers);

private:
    void ask();

    AccountSession &m_session;
    QTimer m_pause;
    QString m_text;
};

} // namespace helpdesk::client
