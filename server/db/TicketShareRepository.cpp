#include "db/TicketShareRepository.h"

#include "db/JobRepository.h"

namespace helpdesk::db {

namespace {
// The columns shareOf() reads, in its order (a macro: Statement text is one literal).
#define TICKET_SHARE_COLUMNS                                                                                           \
    "id, agreement_id, ticket_id, uuid, direction, state, sync_state, last_error, last_synced_at, last_fields::text,"  \
    " created_at"
const Statement kUpsert{
    "ticket_shares_upsert",
    "INSERT INTO ticket_shares (agreement_id, ticket_id, uuid, direction, last_fields)"
    " VALUES ($1, $2, $3, $4, $5::jsonb)"
    " ON CONFLICT (agreement_id, ticket_id) DO UPDATE SET state = 'active', sync_state = 'pending',"
    "   last_error = NULL, last_fields = excluded.last_fields, updated_at = now() RETURNING " TICKET_SHARE_COLUMNS};
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
                         "UPDATE ticket_shares SET state = 'unshared', updated_at = now() WHERE id = $1"};
// pg_current_xact_id() names the transaction: its several events of one ticket queue one sync.
const Statement kSyncKeyIfShared{
    "ticket_shares_sync_key",
    "SELECT 'sharing.sync:' || $1::bigint::text || ':' || pg_current_xact_id()::text FROM ticket_shares"
    " WHERE ticket_id = $1::bigint AND state = 'active' LIMIT 1"};
const Statement kRemember{"sharing_objects_remember",
                          "INSERT INTO sharing_objects (agreement_id, kind, uuid, local_id) VALUES ($1, $2, $3, $4)"
                          " ON CONFLICT DO NOTHING"};
const Statement kLocalObject{
    "sharing_objects_local",
    "SELECT local_id FROM sharing_objects WHERE agreement_id = $1 AND kind = $2 AND uuid = $3"};
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
    return shareOf(tx.exec1(kUpsert, agreementId, ticketId, uuid, direction, protocol::toJsonText(lastFields)));
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
    tx.exec(kUnshare, shareId);
}

void TicketShareRepository::queueSyncIfShared(Tx &tx, std::int64_t ticketId)
{
    auto rows = tx.exec(kSyncKeyIfShared, ticketId);
    if (rows.empty())
        return;
    auto payload = protocol::newObject();
    payload->set("ticket_id", ticketId);
    JobRepository::enqueue(tx, kTicketShareSyncQueue, payload, 0, 8, std::string(rows[0][0].c_str()));
}

bool TicketShareRepository::rememberObject(Tx &tx, std::int64_t agreementId, const std::string &kind,
                                           const std::string &uuid, std::int64_t localId)
{
    return tx.exec(kRemember, agreementId, kind, uuid, localId).affected_rows() == 1;
}

std::optional<std::int64_t> TicketShareRepository::localObject(Tx &tx, std::int64_t agreementId,
                                                               const std::string &kind, const std::string &uuid)
{
    auto rows = tx.exec(kLocalObject, agreementId, kind, uuid);
    if (rows.empty())
        return std::nullopt;
    return rows[0][0].as<std::int64_t>();
}

std::optional<std::string> TicketShareRepository::wireUuidOf(Tx &tx, const std::string &kind, std::int64_t localId)
{
    auto rows = tx.exec(kWireUuidOf, kind, localId);
    if (rows.empty())
        return std::nullopt;
    return std::string(rows[0][0].c_str());
}

} // namespace helpdesk::db
