#include "db/EventRepository.h"

#include "db/TicketShareRepository.h"

#include "protocol/Json.h"

namespace helpdesk::db {

namespace {
const char *audienceName(Audience audience)
{
    switch (audience) {
    case Audience::Ticket:
        return "ticket";
    case Audience::Staff:
        return "staff";
    case Audience::Admin:
        return "admin";
    case Audience::User:
        return "user";
    case Audience::Group:
        return "group";
    }
    return "ticket";
}

Audience audienceFrom(const std::string &name)
{
    if (name == "staff")
        return Audience::Staff;
    if (name == "admin")
        return Audience::Admin;
    if (name == "user")
        return Audience::User;
    if (name == "group")
        return Audience::Group;
    return Audience::Ticket;
}

// The xid is taken before nextval() so that any transaction holding a sequence number is
// visible as "in progress" in a reader's snapshot (see EventFeed).
// With a sync queue ($12), a change of a ticket that has an active share also queues the ticket's
// sync for its partners, once per transaction (the key names it), in the same statement: a desk
// without shares pays one index probe, not a round trip per event.
const Statement kAppend{
    "events_append", "WITH x AS MATERIALIZED (SELECT pg_current_xact_id() AS tx),"
                     " ins AS (INSERT INTO events (seq, tx, kind, ticket_id, group_id, prev_group_id, customer_id,"
                     "   organization_id, internal, audience, user_id, actor_id, data)"
                     "   SELECT nextval('events_seq'), x.tx, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb FROM x"
                     "   RETURNING seq),"
                     " sync AS (INSERT INTO jobs (queue, payload, max_attempts, dedupe_key)"
                     "   SELECT $12::text, jsonb_build_object('ticket_id', $2::bigint), 8,"
                     "     'sharing.sync:' || $2::bigint::text || ':' || x.tx::text FROM x"
                     "   WHERE $12::text IS NOT NULL"
                     "     AND EXISTS (SELECT 1 FROM ticket_shares WHERE ticket_id = $2::bigint AND state = 'active')"
                     "   ON CONFLICT (dedupe_key) DO NOTHING RETURNING queue)"
                     " SELECT seq, (SELECT queue FROM sync) FROM ins"};

const Statement kReadAfter{
    "events_read_after",
    "SELECT s.xmin::text, s.xmax::text, e.seq, e.kind, e.ticket_id, e.actor_id, e.at, e.data::text,"
    "       e.group_id, e.prev_group_id, e.customer_id, e.organization_id, e.internal, e.audience, e.user_id,"
    "       c.integration_id"
    " FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin,"
    "              pg_snapshot_xmax(pg_current_snapshot()) AS xmax) s"
    " LEFT JOIN LATERAL (SELECT * FROM events WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3) e ON true"
    " LEFT JOIN tickets t ON t.id = e.ticket_id"
    " LEFT JOIN custom_channels c ON c.id = t.channel_id"
    " ORDER BY e.seq"};

// A replay judges each ticket event by its ticket as it is now: its current group, customer and
// organization, and no former group (whose agents may no longer read it).
const Statement kReplayAfter{
    "events_replay_after",
    "SELECT s.xmin::text, s.xmax::text, e.seq, e.kind, e.ticket_id, e.actor_id, e.at, e.data::text,"
    "       CASE WHEN e.ticket_id IS NULL THEN e.group_id ELSE t.group_id END,"
    "       CASE WHEN e.ticket_id IS NULL THEN e.prev_group_id END,"
    "       CASE WHEN e.ticket_id IS NULL THEN e.customer_id ELSE t.customer_id END,"
    "       CASE WHEN e.ticket_id IS NULL THEN e.organization_id ELSE t.organization_id END,"
    "       e.internal, e.audience, e.user_id, c.integration_id"
    " FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin,"
    "              pg_snapshot_xmax(pg_current_snapshot()) AS xmax) s"
    " LEFT JOIN LATERAL (SELECT * FROM events WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3) e ON true"
    " LEFT JOIN tickets t ON t.id = e.ticket_id"
    " LEFT JOIN custom_channels c ON c.id = t.channel_id"
    " ORDER BY e.seq"};

const Statement kLastAllocated{"events_last_allocated",
                               "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM events_seq"};
const Statement kHighestVisible{"events_highest_visible", "SELECT coalesce(max(seq), 0) FROM events"};
const Statement kNotify{"notify", "SELECT pg_notify($1, $2)"};

EventPage pageOf(const pqxx::result &result)
{
    EventPage page;
    for (const auto &row : result) {
        page.snapshotXmin = row[0].as<std::uint64_t>();
        page.snapshotXmax = row[1].as<std::uint64_t>();
        if (row[2].is_null())
            continue;
        EventRow out;
        out.event.seq = row[2].as<std::int64_t>();
        out.event.kind = row[3].c_str();
        out.event.ticketId = optInt(row[4]);
        out.event.actorId = optInt(row[5]);
        out.event.at = isoTime(row[6]);
        out.event.data = protocol::parseJsonObject(row[7].c_str());
        out.groupId = optInt(row[8]);
        out.prevGroupId = optInt(row[9]);
        out.customerId = optInt(row[10]);
        out.organizationId = optInt(row[11]);
        out.internal = row[12].as<bool>();
        out.audience = audienceFrom(row[13].c_str());
        out.userId = optInt(row[14]);
        out.channelIntegrationId = optInt(row[15]);
        page.rows.push_back(std::move(out));
    }
    return page;
}
} // namespace

std::int64_t EventRepository::append(Tx &tx, const NewEvent &event)
{
    auto data = event.data ? event.data : protocol::newObject();
    // Every change of a ticket is announced here, whichever service, mail or trigger made it: the
    // sync of a shared ticket is queued in the same transaction, so no change misses its partners.
    const bool changesTicket = event.ticketId && (event.kind == "ticket.updated" || event.kind == "article.created");
    auto row = tx.exec1(kAppend, event.kind, event.ticketId, event.groupId, event.prevGroupId, event.customerId,
                        event.organizationId, event.internal, std::string(audienceName(event.audience)), event.userId,
                        event.actorId, protocol::toJsonText(data),
                        changesTicket ? std::optional<std::string>(kTicketShareSyncQueue) : std::nullopt);
    // The feeds of every server read the new events once they are committed (EventFeed), the job
    // workers a queued sync.
    tx.notifyAfterCommit(kEventsChannel);
    if (!row[1].is_null())
        tx.notifyAfterCommit("helpdesk_jobs", row[1].c_str());
    return row[0].as<std::int64_t>();
}

EventPage EventRepository::readAfter(Tx &tx, std::int64_t after, std::int64_t upTo, int limit)
{
    return pageOf(tx.exec(kReadAfter, after, upTo, limit));
}

EventPage EventRepository::replayAfter(Tx &tx, std::int64_t after, std::int64_t upTo, int limit)
{
    return pageOf(tx.exec(kReplayAfter, after, upTo, limit));
}

std::int64_t EventRepository::lastAllocated(Tx &tx)
{
    return tx.exec1(kLastAllocated)[0].as<std::int64_t>();
}

std::int64_t EventRepository::highestVisible(Tx &tx)
{
    return tx.exec1(kHighestVisible)[0].as<std::int64_t>();
}

void EventRepository::notify(Tx &tx, const std::string &channel, const std::string &payload)
{
    tx.exec(kNotify, channel, payload);
}

} // namespace helpdesk::db
