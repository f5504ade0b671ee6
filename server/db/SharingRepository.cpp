#include "db/SharingRepository.h"

#include "db/PqxxOptional.h"
#include "db/TicketShareRepository.h"

namespace helpdesk::db {

namespace {
#define SHARING_AGREEMENT_COLUMNS                                                                                      \
    "id, uuid, role, name, sender_url, receiver_url, access_key, status, deactivated_by, allows_public_comments,"      \
    " sync_tags, sync_custom_fields, group_id, last_error, last_error_at, last_delivered_at, created_at, updated_at"

const Statement kInsert{
    "sharing_agreements_insert",
    "INSERT INTO sharing_agreements (uuid, role, name, sender_url, receiver_url, access_key, status,"
    " deactivated_by, allows_public_comments, sync_tags, sync_custom_fields, group_id, created_by)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id"};
const Statement kFind{"sharing_agreements_find",
                      "SELECT " SHARING_AGREEMENT_COLUMNS " FROM sharing_agreements WHERE id = $1"};
const Statement kFindByUuid{"sharing_agreements_find_by_uuid",
                            "SELECT " SHARING_AGREEMENT_COLUMNS " FROM sharing_agreements WHERE uuid = $1"};
const Statement kList{"sharing_agreements_list",
                      "SELECT " SHARING_AGREEMENT_COLUMNS " FROM sharing_agreements ORDER BY id DESC"};
// Answers whether what staff see of the agreement's shared tickets changed: the partner's name
// (its name or its URL's host) or whether the agreement is accepted.
const Statement kUpdate{
    "sharing_agreements_update",
    "UPDATE sharing_agreements a SET name = $2, sender_url = $3, receiver_url = $4, status = $5,"
    " deactivated_by = $6, allows_public_comments = $7, sync_tags = $8, sync_custom_fields = $9,"
    " group_id = $10, updated_at = now()"
    " FROM (SELECT id, name, receiver_url, status FROM sharing_agreements WHERE id = $1 FOR UPDATE) was"
    " WHERE a.id = was.id RETURNING (a.status = 'accepted') <> (was.status = 'accepted') OR a.name <> was.name"
    "   OR a.receiver_url <> was.receiver_url"};
const Statement kPendingInvitations{
    "sharing_pending_invitations",
    "SELECT count(*) FROM sharing_agreements WHERE role = 'receiver' AND status = 'pending'"};
const Statement kActiveGroup{"sharing_active_group", "SELECT 1 FROM groups WHERE id = $1 AND active"};
const Statement kOutcomeError{"sharing_agreements_outcome_error",
                              "UPDATE sharing_agreements SET last_error = $2, last_error_at = now() WHERE id = $1"};
const Statement kOutcomeOk{"sharing_agreements_outcome_ok",
                           "UPDATE sharing_agreements SET last_error = NULL, last_error_at = NULL,"
                           " last_delivered_at = now() WHERE id = $1"};

const Statement kEnqueue{
    "sharing_outbox_insert",
    "INSERT INTO sharing_outbox (agreement_id, ticket_share_id, method, path, body, with_access_key)"
    " VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"};
const Statement kNextPending{"sharing_outbox_next",
                             "SELECT id, agreement_id, ticket_share_id, method, path, body, with_access_key, attempts,"
                             " extract(epoch FROM next_attempt_at - now())::float8"
                             " FROM sharing_outbox WHERE agreement_id = $1 AND state = 'pending' ORDER BY id LIMIT 1"};
const Statement kMarkSent{"sharing_outbox_sent",
                          "UPDATE sharing_outbox SET state = 'sent', attempts = attempts + 1, last_status = $2,"
                          " last_error = NULL, done_at = now() WHERE id = $1"};
const Statement kMarkFailed{"sharing_outbox_failed",
                            "UPDATE sharing_outbox SET state = 'failed', attempts = attempts + 1, last_status = $2,"
                            " last_error = $3, done_at = now() WHERE id = $1"};
const Statement kMarkRetry{"sharing_outbox_retry",
                           "UPDATE sharing_outbox SET attempts = attempts + 1, last_status = $2, last_error = $3,"
                           " next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1"};
const Statement kRetryNow{
    "sharing_outbox_retry_now",
    "UPDATE sharing_outbox SET next_attempt_at = now() WHERE agreement_id = $1 AND state = 'pending'"};
const Statement kPurgeSent{
    "sharing_outbox_purge_sent",
    "DELETE FROM sharing_outbox WHERE state = 'sent' AND done_at < now() - make_interval(days => $1)"};
const Statement kLog{
    "sharing_log_insert",
    "INSERT INTO sharing_log (agreement_id, direction, outbox_id, method, path, status, error, duration_ms)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"};
const Statement kLogTrim{"sharing_log_trim",
                         "DELETE FROM sharing_log WHERE agreement_id = $1 AND id <= (SELECT id FROM sharing_log"
                         " WHERE agreement_id = $1 ORDER BY id DESC OFFSET $2 LIMIT 1)"};
const Statement kLogLines{"sharing_log_lines",
                          "SELECT id, direction, method, path, status, error, duration_ms, at FROM sharing_log"
                          " WHERE agreement_id = $1 ORDER BY id DESC LIMIT $2"};
const Statement kPendingCount{"sharing_outbox_pending_count",
                              "SELECT count(*) FROM sharing_outbox WHERE agreement_id = $1 AND state = 'pending'"};

SharingAgreement agreementOf(const pqxx::row &row)
{
    SharingAgreement a;
    a.id = row[0].as<std::int64_t>();
    a.uuid = row[1].c_str();
    a.role = row[2].c_str();
    a.name = row[3].c_str();
    a.senderUrl = row[4].c_str();
    a.receiverUrl = row[5].c_str();
    a.sealedAccessKey = row[6].c_str();
    a.status = row[7].c_str();
    a.deactivatedBy = optString(row[8]);
    a.allowsPublicComments = row[9].as<bool>();
    a.syncTags = row[10].as<bool>();
    a.syncCustomFields = row[11].as<bool>();
    a.groupId = optInt(row[12]);
    a.lastError = optString(row[13]);
    a.lastErrorAt = optIsoTime(row[14]);
    a.lastDeliveredAt = optIsoTime(row[15]);
    a.createdAt = isoTime(row[16]);
    a.updatedAt = isoTime(row[17]);
    return a;
}

std::optional<SharingAgreement> firstAgreement(const pqxx::result &result)
{
    if (result.empty())
        return std::nullopt;
    return agreementOf(result[0]);
}
} // namespace

std::int64_t SharingRepository::insert(Tx &tx, const SharingAgreement &a, std::optional<std::int64_t> createdBy)
{
    return tx
        .exec1(kInsert, a.uuid, a.role, a.name, a.senderUrl, a.receiverUrl, a.sealedAccessKey, a.status,
               a.deactivatedBy, a.allowsPublicComments, a.syncTags, a.syncCustomFields, a.groupId, createdBy)[0]
        .as<std::int64_t>();
}

std::optional<SharingAgreement> SharingRepository::find(Tx &tx, std::int64_t id)
{
    return firstAgreement(tx.exec(kFind, id));
}

std::optional<SharingAgreement> SharingRepository::findByUuid(Tx &tx, const std::string &uuid)
{
    return firstAgreement(tx.exec(kFindByUuid, uuid));
}

std::vector<SharingAgreement> SharingRepository::list(Tx &tx)
{
    std::vector<SharingAgreement> out;
    for (const auto &row : tx.exec(kList))
        out.push_back(agreementOf(row));
    return out;
}

std::int64_t SharingRepository::pendingInvitations(Tx &tx)
{
    return tx.exec1(kPendingInvitations)[0].as<std::int64_t>();
}

bool SharingRepository::isActiveGroup(Tx &tx, std::int64_t groupId)
{
    return !tx.exec(kActiveGroup, groupId).empty();
}

void SharingRepository::update(Tx &tx, const SharingAgreement &a)
{
    auto changed = tx.exec(kUpdate, a.id, a.name, a.senderUrl, a.receiverUrl, a.status, a.deactivatedBy,
                           a.allowsPublicComments, a.syncTags, a.syncCustomFields, a.groupId);
    if (!changed.empty() && changed[0][0].as<bool>())
        TicketShareRepository::announceAgreement(tx, a.id);
}

std::int64_t SharingRepository::enqueue(Tx &tx, std::int64_t agreementId, std::optional<std::int64_t> ticketShareId,
                                        const std::string &method, const std::string &path, const std::string &body,
                                        bool withAccessKey)
{
    auto id = tx.exec1(kEnqueue, agreementId, ticketShareId, method, path, body, withAccessKey)[0].as<std::int64_t>();
    if (ticketShareId)
        TicketShareRepository::markPending(tx, *ticketShareId);
    return id;
}

std::optional<SharingOutboxEntry> SharingRepository::nextPending(Tx &tx, std::int64_t agreementId)
{
    auto result = tx.exec(kNextPending, agreementId);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    SharingOutboxEntry e;
    e.id = row[0].as<std::int64_t>();
    e.agreementId = row[1].as<std::int64_t>();
    e.ticketShareId = optInt(row[2]);
    e.method = row[3].c_str();
    e.path = row[4].c_str();
    e.body = row[5].c_str();
    e.withAccessKey = row[6].as<bool>();
    e.attempts = row[7].as<int>();
    e.dueInSeconds = row[8].as<double>();
    return e;
}

void SharingRepository::markSent(Tx &tx, const SharingOutboxEntry &entry, int status)
{
    tx.exec(kMarkSent, entry.id, status);
    if (entry.ticketShareId)
        TicketShareRepository::markSynced(tx, *entry.ticketShareId);
}

void SharingRepository::markFailed(Tx &tx, const SharingOutboxEntry &entry, std::optional<int> status,
                                   const std::string &error)
{
    tx.exec(kMarkFailed, entry.id, status, error);
    if (entry.ticketShareId)
        TicketShareRepository::markFailed(tx, *entry.ticketShareId, error);
}

void SharingRepository::markRetry(Tx &tx, const SharingOutboxEntry &entry, std::optional<int> status,
                                  const std::string &error, int delaySeconds)
{
    tx.exec(kMarkRetry, entry.id, status, error, delaySeconds);
}

void SharingRepository::recordOutcome(Tx &tx, std::int64_t agreementId, const std::optional<std::string> &error)
{
    if (error)
        tx.exec(kOutcomeError, agreementId, *error);
    else
        tx.exec(kOutcomeOk, agreementId);
}

void SharingRepository::log(Tx &tx, std::int64_t agreementId, const std::string &direction,
                            std::optional<std::int64_t> outboxId, const std::string &method, const std::string &path,
                            std::optional<int> status, const std::optional<std::string> &error,
                            std::optional<int> durationMs)
{
    tx.exec(kLog, agreementId, direction, outboxId, method, path, status, error, durationMs);
    tx.exec(kLogTrim, agreementId, kLogLinesKept);
}

protocol::JsonArray SharingRepository::logLines(Tx &tx, std::int64_t agreementId, int limit)
{
    auto out = protocol::newArray();
    for (const auto &row : tx.exec(kLogLines, agreementId, limit)) {
        auto line = protocol::newObject();
        line->set("id", row[0].as<std::int64_t>());
        line->set("direction", std::string(row[1].c_str()));
        line->set("method", std::string(row[2].c_str()));
        line->set("path", std::string(row[3].c_str()));
        protocol::setOptional(line, "status", optInt(row[4]));
        protocol::setOptional(line, "error", optString(row[5]));
        protocol::setOptional(line, "duration_ms", optInt(row[6]));
        line->set("at", isoTime(row[7]));
        out->add(line);
    }
    return out;
}

std::int64_t SharingRepository::retryNow(Tx &tx, std::int64_t agreementId)
{
    return static_cast<std::int64_t>(tx.exec(kRetryNow, agreementId).affected_rows());
}

std::int64_t SharingRepository::purgeSent(Tx &tx, int days)
{
    return static_cast<std::int64_t>(tx.exec(kPurgeSent, days).affected_rows());
}

std::int64_t SharingRepository::pendingCount(Tx &tx, std::int64_t agreementId)
{
    return tx.exec1(kPendingCount, agreementId)[0].as<std::int64_t>();
}

} // namespace helpdesk::db
