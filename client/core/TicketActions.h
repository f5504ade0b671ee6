#pragma once

#include "core/CacheTypes.h"

#include <QList>
#include <QObject>
#include <QVariant>

namespace helpdesk::client {

class AccountSession;
class Directory;

/// What the agent does to tickets: replies, notes, phone calls, field and tag changes, taking,
/// merging, linking, macros, new tickets. Each goes to the outbox first: shown at once, sent
/// exactly once, refusals reported with the server's reason. Also the ticket's history (read from
/// the server) and opening a ticket (seen, its thread fetched). Main thread.
class TicketActions : public QObject
{
    Q_OBJECT
public:
    TicketActions(AccountSession &session, const Directory &directory, QObject *parent = nullptr);

    /// The agent opened the ticket: it is no longer new to them, and its thread, its external ids
    /// (when not cached) and its replies' deliveries are fetched when online.
    void open(qint64 ticketId);
    /// Reads again how the ticket's outgoing articles travel (sent, pending, failed); nothing offline.
    void refreshDeliveries(qint64 ticketId);
    /// `html`: the formatted body (the server sanitizes it; `text` is the plain alternative).
    /// `timeSpentMinutes` (0: none given) is the time accounted with the article, where its group counts time.
    void reply(qint64 ticketId, const QString &text, const QString &to = {}, const QString &cc = {},
               const QString &summary = {}, const QString &html = {}, const std::vector<PendingFile> &files = {},
               int timeSpentMinutes = 0);
    /// `mentions`: colleagues told of the note (by their ids).
    void addNote(qint64 ticketId, const QString &text, const std::vector<PendingFile> &files = {},
                 const QList<qint64> &mentions = {}, int timeSpentMinutes = 0);
    void logPhoneCall(qint64 ticketId, const QString &text, bool inbound, int timeSpentMinutes = 0);
    /// `field`: state_id, priority_id, group_id, owner_id (0 clears), type_id.
    void setField(qint64 ticketId, const QString &field, qint64 value);
    void setTags(qint64 ticketId, const QStringList &tags);
    /// Adds and removes tags on the ticket's tags as cached (with our pending changes); nothing
    /// is queued when that leaves them as they are.
    void changeTags(qint64 ticketId, const QStringList &add, const QStringList &remove);
    /// Puts the ticket in the first state of type closed; false when none is configured.
    bool close(qint64 ticketId);
    /// Sets one custom field (an invalid QVariant clears it).
    void setCustomField(qint64 ticketId, const QString &name, const QVariant &value);
    /// Makes the agent the owner.
    void take(qint64 ticketId);
    /// Merges `ticketId` into the ticket numbered `intoNumber` (which must be in the cache).
    /// False (with nothing queued) when no such ticket is known.
    bool mergeInto(qint64 ticketId, qint64 intoNumber);
    /// Links to the ticket numbered `targetNumber`; kind: related, parent, duplicate.
    bool linkTo(qint64 ticketId, qint64 targetNumber, const QString &kind);
    /// Makes one of the ticket's articles the start of a new ticket (`title` empty: the server's
    /// choice; `groupId` 0: the ticket's group); the new ticket shows when the server has made it.
    void splitArticle(qint64 ticketId, qint64 articleId, const QString &title, qint64 groupId);
    /// Makes `userId` (0: the agent) a watcher of the ticket: they get its customer follow-ups.
    void watch(qint64 ticketId, qint64 userId = 0);
    /// Ends `userId`'s (0: the agent's) watching of the ticket.
    void unwatch(qint64 ticketId, qint64 userId = 0);
    /// Applies a macro to a ticket; its changes show when the server answers.
    void applyMacro(qint64 ticketId, qint64 macroId, const QString &macroName);
    /// A new ticket of the agent's: an e-mail to the customer or a phone call (created when online;
    /// a new customer is created first, with the name given).
    void createTicket(const NewTicket &ticket);
    /// A new ticket that starts with our e-mail to the customer (created when online).
    void createOutboundTicket(const QString &customerEmail, const QString &title, qint64 groupId, const QString &text);
    /// Asks the server for a ticket's history (historyLoaded); needs the connection.
    void loadHistory(qint64 ticketId);
    /// Asks the server for the customer's rating of a ticket (ratingLoaded); nothing when offline.
    void loadRating(qint64 ticketId);

    /// Changes waiting to be sent.
    int pendingChanges() const;
    /// Changes the server refused, with its reasons, until dismissed.
    std::vector<OutboxEntry> rejectedChanges() const;
    void dismissRejected(qint64 outboxId);

signals:
    void changeRejected(qint64 ticketId, const QString &summary, const QString &reason);
    void pendingChangesChanged(int count);
    /// Rows of `ticket.history`: at, actor name, field, old, new.
    void historyLoaded(qint64 ticketId, const QList<QStringList> &rows);
    void historyUnavailable(qint64 ticketId, const QString &reason);
    /// The ticket's rating: `score` 1–5 (0: not rated), the comment, the rated reply (0: the ticket).
    void ratingLoaded(qint64 ticketId, int score, const QString &comment, qint64 articleId);

private:
    /// The ticket's number, when the ticket is cached (actions on unknown tickets are ignored).
    std::optional<qint64> numberOf(qint64 ticketId) const;

    AccountSession &m_session;
    const Directory &m_directory;
};

} // namespace helpdesk::client
