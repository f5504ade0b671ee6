#pragma once

#include "protocol/Json.h"

#include <QObject>
#include <QString>

#include <functional>

namespace helpdesk::client {

class AccountSession;

/// Agents' own signatures and the desk's rule combining them with the group's, over the server's
/// signature.* methods (online only; docs/api.md, Signatures): an agent reads and changes their
/// own, admins anyone's and the rule. Each call answers with one signal, or `failed`. Main thread.
class SignatureClient : public QObject
{
    Q_OBJECT
public:
    explicit SignatureClient(AccountSession &session, QObject *parent = nullptr);

    /// A staff user's signature (loaded).
    void load(qint64 userId);
    /// Stores a staff user's signature (saved).
    void save(qint64 userId, const QString &signature);
    /// The desk's rule: group, agent or both (ruleLoaded; admins only).
    void loadRule();
    /// Changes the desk's rule (ruleSaved; admins only).
    void saveRule(const QString &rule);

signals:
    void loaded(qint64 userId, const QString &signature);
    void saved(qint64 userId, const QString &signature);
    void ruleLoaded(const QString &rule);
    void ruleSaved(const QString &rule);
    /// The server refused (`field` it named) or could not be reached; `reason` says why.
    void failed(const QString &field, const QString &reason);

private:
    void call(const QString &method, const protocol::JsonObject &params,
              const std::function<void(const protocol::JsonObject &)> &done);

    AccountSession &m_session;
};

} // namespace helpdesk::client
