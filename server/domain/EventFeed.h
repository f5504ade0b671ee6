#pragma once

#include "db/ConnectionPool.h"
#include "db/EventRepository.h"
#include "domain/Actor.h"
#include "domain/Permissions.h"
#include "domain/TicketView.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace helpdesk::domain {

/// A committed event with its JSON text, encoded once for every session: once as staff see it and,
/// when it carries a ticket, once with the customers' view of that ticket (TicketView).
struct FeedEvent {
    db::EventRow row;
    std::string json;
    /// A ticket event has a view of its own for customers (TicketView), made when a customer's
    /// session first asks for it: most events only ever go to staff.
    bool hasCustomerView = false;
    protocol::JsonObject customerArticle; // the article as customers see it, when there is one
    TicketView::FieldNames customerFields;

    /// The event's text as `actor` is shown it (whether they may see it at all is canSeeEvent's).
    const std::string &textFor(const Actor &actor) const;
    /// The same as a JSON object.
    protocol::JsonObject objectFor(const Actor &actor) const;

private:
    void makeCustomerView() const;
    mutable std::once_flag m_customerOnce;
    mutable protocol::JsonObject m_customerEvent;
    mutable std::string m_customerJson;
};
using FeedBatch = std::vector<std::shared_ptr<const FeedEvent>>;

/// An agent's presence on a ticket (viewing, replying, left): ephemeral, never stored; it travels
/// between server instances as a PostgreSQL notification, with the ticket's whole scope so that
/// each session answers "may my user read this ticket?" with the one ticket access check.
struct PresenceNotice {
    std::int64_t ticketId = 0;
    TicketScope scope;
    std::int64_t userId = 0;
    std::string name;
    std::string activity; // viewing, replying, left
    std::string session;  // the sending session, which does not hear its own notice
};

/// Receives events in sequence order, without gaps or repeats. Called from the feed's thread
/// (live events) or the subscribing thread (catch-up), never both at once.
class EventSubscriber
{
public:
    virtual ~EventSubscriber() = default;
    /// Sends what of `batch` the subscriber may see; returns false to be dropped (socket gone).
    virtual bool deliverEvents(const FeedBatch &batch) = 0;
    /// Tells the subscriber whether the database is reachable.
    virtual void databaseAvailability(bool available) = 0;
    /// Someone's presence on a ticket; the subscriber decides whether its user may know.
    virtual void deliverPresence(const PresenceNotice &notice) { (void)notice; }
};

/// Reads the event log of the shared database in sequence order and fans it out to this
/// instance's subscribers. Events committed by any server instance arrive here: PostgreSQL
/// LISTEN/NOTIFY wakes the feed, and a periodic poll covers a lost notification.
///
/// Sequence numbers are allocated before commit, so a reader can see seq 11 while 10 is still in
/// flight. The feed never passes a gap until it is settled: the transaction holding the missing
/// number was in progress in the snapshot where the gap was first seen, so once a later snapshot's
/// xmin passes that snapshot's xmax, a gap still missing is a rollback and is skipped.
class EventFeed
{
public:
    EventFeed(std::string conninfo, db::ConnectionPool &pool);
    ~EventFeed();

    /// Starts the feed thread; returns once the initial watermark is settled.
    void start();
    void stop();

    /// Every event with seq ≤ watermark is final (committed or rolled back).
    std::int64_t watermark() const;
    /// Replays settled events after `after` to the subscriber, then adds it to live delivery with
    /// no gap between the two. Replayed ticket events carry their ticket's current scope
    /// (db::EventRepository::replayAfter): a replay shows what the subscriber may see now. Runs in
    /// the caller's thread.
    void subscribe(const std::shared_ptr<EventSubscriber> &subscriber, std::int64_t after);
    void unsubscribe(const EventSubscriber *subscriber);
    /// Settled events after `after`, at most `limit`, with their tickets' current scope (for
    /// clients that poll over HTTP).
    FeedBatch readSettled(std::int64_t after, int limit);
    std::size_t subscriberCount() const;
    /// Announces a presence to the sessions of every instance (sent when `tx` commits).
    static void publishPresence(db::Tx &tx, const PresenceNotice &notice);
    /// Hands a presence notification to this instance's subscribers (the feed's thread).
    void fanOutPresence(const std::string &payload);
    bool databaseAvailable() const { return m_available.load(); }

private:
    void run();
    /// Reads new events and delivers the settled prefix; returns true when a gap is pending.
    bool pollOnce(db::ConnectionPool &pool);
    void setAvailable(bool available);
    /// `customerFields`: the ticket fields customers see (TicketView::customerFields).
    static std::shared_ptr<const FeedEvent> encode(db::EventRow row, const TicketView::FieldNames &customerFields);

    std::string m_conninfo;
    db::ConnectionPool &m_pool;
    std::unique_ptr<db::ConnectionPool> m_ownPool; // one connection for the feed's own reads
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_available{true};

    mutable std::mutex m_mutex; // guards m_watermark and m_subscribers
    std::int64_t m_watermark = 0;
    std::vector<std::shared_ptr<EventSubscriber>> m_subscribers;

    // The gap being waited on: first missing seq and the snapshot xmax when it was first seen.
    std::int64_t m_gapSeq = 0;
    std::uint64_t m_gapXmax = 0;
};

} // namespace helpdesk::domain
