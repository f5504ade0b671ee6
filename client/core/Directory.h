#pragma once

#include "core/CacheTypes.h"

#include <QObject>

namespace helpdesk::client {

class AccountSession;

/// What the open account's cache knows, as values for the screens: the configuration (states,
/// priorities, groups, types, macros, text modules, custom fields), the people, and the tickets
/// themselves; with signals when any of it changes. Empty when no account is open. Main thread.
class Directory : public QObject
{
    Q_OBJECT
public:
    explicit Directory(AccountSession &session, QObject *parent = nullptr);

    std::vector<NamedItem> states() const;
    std::vector<NamedItem> priorities() const;
    std::vector<NamedItem> groups() const;
    std::vector<NamedItem> types() const;
    /// The admins' macros (several actions on one click).
    std::vector<NamedItem> macros() const;
    /// Agents, supervisors and admins, by name (detail: e-mail).
    std::vector<NamedItem> agents() const;
    QString nameOfUser(qint64 id) const;
    /// The agent's id among staff whose e-mail is `email`, or 0.
    qint64 agentIdOfEmail(const QString &email) const;
    /// Text modules whose keyword starts with `prefix`, by keyword.
    std::vector<TextModule> textModules(const QString &prefix = {}) const;
    /// A text module's body with the ticket's placeholders filled in.
    QString expandTextModule(const TextModule &module, qint64 ticketId) const;
    /// The ticket custom fields the admins defined.
    std::vector<CustomField> ticketCustomFields() const;

    /// The ticket as the cache holds it (with our pending changes applied).
    std::optional<TicketDetails> ticket(qint64 id) const;
    /// The ticket of a number, when cached.
    std::optional<qint64> ticketIdOfNumber(qint64 number) const;
    /// Addresses on the ticket's last customer mail besides ours (for reply-all).
    QStringList participants(qint64 ticketId) const;

signals:
    /// States, groups, people, custom fields or text modules changed on the server.
    void configurationChanged();
    /// A ticket's header fields changed (ours or someone else's).
    void ticketChanged(qint64 ticketId);

private:
    std::vector<NamedItem> config(const QString &kind) const;

    AccountSession &m_session;
};

} // namespace helpdesk::client
