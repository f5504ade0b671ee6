#include "db/TicketShareRepository.h"

#include "db/EventRepository.h"

namespace helpdesk::db {

namespace {
// The columns shareOf() reads, in its order (a macro: Statement text is one literal).
#define TICKET_SHARE_COLUMNS                                                                                           \
    "id, agreement_id, ticket_id, uuid, direction, state, sync_state, last_error, last_synced_at, last_fields::text,"  \
    " created_at"
// A partner's ticket (inbound) is in sync as it arrives; ours waits for the partner's answer.
const Statement kUpsert{
    "ticket_shares_upsert",
    "INSERT INTO ticket_shares (agreement_id, ticket_id, uuid, direction, last_fields, sync_state, last_synced_at)"
    " SELECT $1, $2, $3, $4::text, $5::jsonb, CASE WHEN $4::text = 'inbound' THEN 'synced' ELSE 'pending' END,"
    "   CASE WHEN $4::text = 'inbound' THEN now() END"
    " ON CONFLICT (agreement_id, ticket_id) DO UPDATE SET state = 'active', sync_state = excluded.sync_state,"
    "   last_error = NULL, last_synced_at = excluded.last_synced_at, last_fields = excluded.last_fields,"
    "   updated_at = now() RETURNING " TICKET_SHARE_COLUMNS};
const Statement kFindByUuid{"ticket_shares_by_uuid",
                            "SELECT " TICKET_SHARE_COLUMNS " FROM ticket_shares WHERE agreement_id = $1 AND uuid = $2"};
const Statement kFindByUuidLocked{"ticket_shares_by_uuid_locked",
                                  "SELECT " TICKET_SHARE_COLUMNS
                                  " FROM ticket_shares WHERE agreement_id = $1 AND uuid = $2 FOR UPDATE"};
const Statement kFind{"ticket_shares_find",
                      "SELECT " TICKET_SHARE_COLUMNS " FROM ticket_shares WHERE agreement_id = $1 AND ticket_id = $2"};
const Statement kOfTicket{"ticket_shares_of_ticket",
                          "SELECT " TICKET_SHARE_COLUMNS " FROM ticket_shares WHERE ticket_id = $1 ORDER BY id"};
const Statement kOfTicketLocked{"ticket_shares_of_ticket_locked",
                                "SELECT " TICKET_SHARE_COLUMNS
                                " FROM ticket_shares WHERE ticket_id = $1 ORDER BY id FOR UPDATE"};
const Statement kSetLastFields{"ticket_shares_set_last_fields",
                               "UPDATE ticket_shares SET last_fields = $2::jsonb, updated_at = now() WHERE id = $1"};
const Statement kUnshare{"ticket_shares_unshare",
                         "UPDATE ticket_shares SET state = 'unshared', updated_at = now() WHERE id = $1"
                         " RETURNING ticket_id"};

// What staff see of a share's sync (alias s): failing from a refusal until a request gets through
// again, in sync, or pending while requests wait in the outbox.
// clang-format off
#define SHOWN_SYNC_STATE(s)                                                                                            \
    "CASE WHEN " s ".sync_state = 'failed' OR " s ".last_error IS NOT NULL THEN 'failing'"                             \
    " WHEN " s ".sync_state = 'synced' THEN 'in_sync' ELSE 'pending' END"
// A sync state change of share $1 (the SET clause spliced in), answering its ticket and whether
// what staff see of it changed (and so is announced).
#define SYNC_STATE_CHANGE(set)                                                                                         \
    "UPDATE ticket_shares s SET " set ", updated_at = now()"                                                           \
    " FROM (SELECT id, sync_state, last_error FROM ticket_shares WHERE id = $1 FOR UPDATE) was"                        \
    " WHERE s.id = was.id RETURNING s.ticket_id,"                                                                      \
    " (" SHOWN_SYNC_STATE("s") ", s.last_error) IS DISTINCT FROM (" SHOWN_SYNC_STATE("was") ", was.last_error)"
const Statement kMarkPending{"ticket_shares_mark_pending", SYNC_STATE_CHANGE("sync_state = 'pending'")};
const Statement kMarkSynced{
    "ticket_shares_mark_synced",
    SYNC_STATE_CHANGE("sync_state = CASE WHEN EXISTS (SELECT 1 FROM sharing_outbox WHERE ticket_share_id = $1"
                      "   AND state = 'pending') THEN 'pending' ELSE 'synced' END, last_error = NULL,"
                      " last_synced_at = now()")};
const Statement kMarkFailed{"ticket_shares_mark_failed",
                            SYNC_STATE_CHANGE("sync_state = 'failed', last_error = $2::text")};
// The partner's name: the organisation that invited us, or the host of the desk we invited.
const Statement kSharedWith{
    "ticket_shares_shared_with",
    "SELECT s.ticket_id, a.id, CASE WHEN a.role = 'receiver' THEN a.name ELSE coalesce(nullif(btrim(substring("
    "   a.receiver_url FROM '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?(\\[[^]/]*\\]|[^:/?#]*)'), '[]'), ''),"
    "   a.receiver_url) END,"
    " s.direction, " SHOWN_SYNC_STATE("s") ", s.last_error"
    " FROM ticket_shares s JOIN sharing_agreements a ON a.id = s.agreement_id"
    " WHERE s.ticket_id = ANY($1::bigint[]) AND s.state = 'active' AND a.status = 'accepted'"
    " ORDER BY s.ticket_id, s.id"};
// clang-format on
const Statement kTicketsOfAgreement{
    "ticket_shares_tickets_of_agreement",
    "SELECT ticket_id FROM ticket_shares WHERE agreement_id = $1 AND state = 'active' ORDER BY ticket_id"};
const Statement kTicketScope{"ticket_shares_ticket_scope",
                             "SELECT group_id, customer_id, organization_id FROM tickets WHERE id = $1"};
const Statement kRemember{"sharing_objects_remember",
                          "INSERT INTO sharing_objects (agreement_id, kind, uuid, local_id) VALUES ($1, $2, $3, $4)"
                          " ON CONFLICT DO NOTHING"};
const Statement kLocalObject{
    "sharing_objects_local",
    "SELECT local_id FROM sharing_objects WHERE agreement_id = $1 AND kind = $2 AND uuid = $3"};
// By sharing_objects_uuid_idx (kind, uuid), whatever the number of agreements.
const Statement kAnyLocalObject{"sharing_objects_any_local",
                                "SELECT local_id FROM sharing_objects WHERE kind = $1 AND uuid = $2"
                                " ORDER BY created_at LIMIT 1"};
const Statement kLockWireObject{"sharing_objects_lock",
                                "SELECT pg_advisory_xact_lock(hashtextextended('sharing:' || $1 || ':' || $2, 0))"};
const Statement kWireUuidOf{"sharing_objects_wire_uuid",
                            "SELECT uuid FROM sharing_objects WHERE kind = $1 AND local_id = $2"
                            " ORDER BY created_at LIMIT 1"};

TicketShare shareOf(const pqxx::row &row)
{
    TicketShare s;
    s.id = row[0].as<std::int64_t>();
    s.agreementId = row[1].as<std::int64_t>();
    s.ticketId = row[2].as<std::int64_t>();
    s.uuid = row[3].c_str();
    s.direction = row[4].c_str();
    s.state = row[5].c_str();
    s.syncState = row[6].c_str();
    if (!row[7].is_null())
        s.lastError = row[7].c_str();
    s.lastSyncedAt = optIsoTime(row[8]);
    s.lastFields = protocol::parseJsonObject(row[9].c_str());
    s.createdAt = isoTime(row[10]);
    return s;
}

std::optional<TicketShare> oneShare(const pqxx::result &rows)
{
    if (rows.empty())
        return std::nullopt;
    return shareOf(rows[0]);
}
} // namespace

TicketShare TicketShareRepository::upsert(Tx &tx, std::int64_t agreementId, std::int64_t ticketId,
                                          const std::string &uuid, const std::string &direction,
                                          const protocol::JsonObject &lastFields)
{
    auto share = shareOf(tx.exec1(kUpsert, agreementId, ticketId, uuid, direction, protocol::toJsonText(lastFields)));
    announce(tx, ticketId);
    return share;
}

std::optional<TicketShare> TicketShareRepository::findByUuid(Tx &tx, std::int64_t agreementId, const std::string &uuid,
                                                             bool lock)
{
    return oneShare(tx.exec(lock ? kFindByUuidLocked : kFindByUuid, agreementId, uuid));
}

std::optional<TicketShare> TicketShareRepository::find(Tx &tx, std::int64_t agreementId, std::int64_t ticketId)
{
    return oneShare(tx.exec(kFind, agreementId, ticketId));
}

std::vector<TicketShare> TicketShareRepository::ofTicket(Tx &tx, std::int64_t ticketId, bool lock)
{
    std::vector<TicketShare> out;
    for (const auto &row : tx.exec(lock ? kOfTicketLocked : kOfTicket, ticketId))
        out.push_back(shareOf(row));
    return out;
}

void TicketShareRepository::setLastFields(Tx &tx, std::int64_t shareId, const protocol::JsonObject &lastFields)
{
    tx.exec(kSetLastFields, shareId, protocol::toJsonText(lastFields));
}

void TicketShareRepository::unshare(Tx &tx, std::int64_t shareId)
{
    for (const auto &row : tx.exec(kUnshare, shareId))
        announce(tx, row[0].as<std::int64_t>());
}

namespace {
void announceIfShownChanged(Tx &tx, const pqxx::result &changed)
{
    for (const auto &row : changed)
        if (row[1].as<bool>())
            TicketShareRepository::announce(tx, row[0].as<std::int64_t>());
}
} // namespace

void TicketShareRepository::markPending(Tx &tx, std::int64_t shareId)
{
    announceIfShownChanged(tx, tx.exec(kMarkPending, shareId));
}

void TicketShareRepository::markSynced(Tx &tx, std::int64_t shareId)
{
    announceIfShownChanged(tx, tx.exec(kMarkSynced, shareId));
}

void TicketShareRepository::markFailed(Tx &tx, std::int64_t shareId, const std::string &error)
{
    announceIfShownChanged(tx, tx.exec(kMarkFailed, shareId, error));
}

std::map<std::int64_t, std::vector<protocol::TicketSharePartner>>
TicketShareRepository::sharedWith(Tx &tx, const std::vector<std::int64_t> &ticketIds)
{
    std::map<std::int64_t, std::vector<protocol::TicketSharePartner>> out;
    if (ticketIds.empty())
        return out;
    for (const auto &row : tx.exec(kSharedWith, intArrayLiteral(ticketIds))) {
        protocol::TicketSharePartner partner;
        partner.agreementId = row[1].as<std::int64_t>();
        partner.partner = row[2].c_str();
        partner.direction = row[3].c_str();
        partner.state = row[4].c_str();
        partner.reason = optString(row[5]);
        out[row[0].as<std::int64_t>()].push_back(std::move(partner));
    }
    return out;
}

void TicketShareRepository::announce(Tx &tx, std::int64_t ticketId)
{
    auto scope = tx.exec(kTicketScope, ticketId);
    if (scope.empty())
        return;
    auto shares = sharedWith(tx, {ticketId});
    NewEvent event;
    event.kind = kTicketShareChangedEvent;
    event.ticketId = ticketId;
    event.groupId = optInt(scope[0][0]);
    event.customerId = optInt(scope[0][1]);
    event.organizationId = optInt(scope[0][2]);
    event.internal = true; // staff who may see the ticket; never its customer
    event.data = protocol::newObject();
    event.data->set("ticket_id", ticketId);
    event.data->set("shared_with", protocol::toJson(shares[ticketId]));
    EventRepository::append(tx, event);
}

bool TicketShareRepository::rememberObject(Tx &tx, std::int64_t agreementId, const std::string &kind,
                                           const std::string &uuid, std::int64_t localId)
{
    return tx.exec(kRemember, agreementId, kind, uuid, localId).affected_rows() == 1;
}

void TicketShareRepository::announceAgreement(Tx &tx, std::int64_t agreementId)
{
    for (const auto &row : tx.exec(kTicketsOfAgreement, agreementId))
        announce(tx, row[0].as<std::int64_t>());
}

std::optional<std::int64_t> TicketShareRepository::localObject(Tx &tx, std::int64_t agreementId,
                                                               const std::string &kind, const std::string &uuid)
{
    auto rows = tx.exec(kLocalObject, agreementId, kind, uuid);
    if (rows.empty())
        return std::nullopt;
    return rows[0][0].as<std::int64_t>();
}

std::optional<std::int64_t> TicketShareRepository::anyLocalObject(Tx &tx, const std::string &kind,
                                                                  const std::string &uuid)
{
    auto rows = tx.exec(kAnyLocalObject, kind, uuid);
    if (rows.empty())
        return std::nullopt;
    return rows[0][0].as<std::int64_t>();
}

void TicketShareRepository::lockWireObject(Tx &tx, const std::string &kind, const std::string &uuid)
{
    tx.exec(kLockWireObject, kind, uuid);
}

std::optional<std::string> TicketShareRepository::wireUuidOf(Tx &tx, const std::string &kind, std::int64_t localId)
{
    auto rows = tx.exec(kWireUuidOf, kind, localId);
    if (rows.empty())
        return std::nullopt;
    return std::string(rows[0][0].c_str());
}

} // namespace helpdesk::db
