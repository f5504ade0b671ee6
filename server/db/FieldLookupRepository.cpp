#include "db/FieldLookupRepository.h"

#include "db/PqxxOptional.h"

namespace helpdesk::db {

namespace {
const Statement kIntegrationsAsked{
    "field_lookups_integrations_asked",
    "SELECT i.id FROM integrations i WHERE i.active AND i.lookup_url IS NOT NULL"
    " AND EXISTS (SELECT 1 FROM custom_field_defs f WHERE f.integration_id = i.id AND f.active AND f.object_kind = $1)"
    " ORDER BY i.id"};
const Statement kInsert{"field_lookups_insert",
                        "INSERT INTO field_lookups (integration_id, entity, ticket_id, user_id, event_seq)"
                        " VALUES ($1, $2::text, CASE WHEN $2::text = 'ticket' THEN $3::bigint END,"
                        " CASE WHEN $2::text = 'user' THEN $3::bigint END, $4::bigint)"
                        " ON CONFLICT (integration_id, event_seq) DO NOTHING RETURNING id"};
const Statement kFind{"field_lookups_find",
                      "SELECT id, uuid::text, integration_id, entity, coalesce(ticket_id, user_id), state, attempts,"
                      " to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                      " FROM field_lookups WHERE id = $1"};
const Statement kTarget{"field_lookups_target",
                        "SELECT i.lookup_url, coalesce(s.secret, ''), i.active FROM integrations i"
                        " LEFT JOIN integration_lookup_secrets s ON s.integration_id = i.id"
                        " WHERE i.id = $1 AND i.lookup_url IS NOT NULL"};
const Statement kAnswered{"field_lookups_answered",
                          "UPDATE field_lookups SET state = 'answered', attempts = attempts + 1, last_status = $2,"
                          " last_error = NULL, finished_at = now() WHERE id = $1"};
const Statement kFailed{"field_lookups_failed",
                        "UPDATE field_lookups SET attempts = attempts + 1, last_status = $2, last_error = $3,"
                        " next_attempt_at = now() + make_interval(secs => $4),"
                        " state = CASE WHEN $5 THEN 'dead' ELSE state END,"
                        " finished_at = CASE WHEN $5 THEN now() END WHERE id = $1"};
const Statement kSetSecret{"integration_lookup_secret_set",
                           "INSERT INTO integration_lookup_secrets (integration_id, secret) VALUES ($1, $2)"
                           " ON CONFLICT (integration_id) DO UPDATE SET secret = excluded.secret, created_at = now()"};
const Statement kHasSecret{"integration_lookup_secret_exists",
                           "SELECT EXISTS (SELECT 1 FROM integration_lookup_secrets WHERE integration_id = $1)"};
const Statement kPurge{"field_lookups_purge",
                       "DELETE FROM field_lookups l USING integrations i WHERE l.state <> 'pending'"
                       " AND i.id = l.integration_id"
                       " AND l.finished_at < now() - make_interval(days => i.log_retention_days)"};
} // namespace

std::vector<std::int64_t> FieldLookupRepository::integrationsAsked(Tx &tx, const std::string &entity)
{
    std::vector<std::int64_t> out;
    for (const auto &row : tx.exec(kIntegrationsAsked, entity))
        out.push_back(row[0].as<std::int64_t>());
    return out;
}

std::optional<std::int64_t> FieldLookupRepository::insert(Tx &tx, std::int64_t integrationId, const std::string &entity,
                                                          std::int64_t entityId, std::optional<std::int64_t> eventSeq)
{
    auto result = tx.exec(kInsert, integrationId, entity, entityId, eventSeq);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

std::optional<FieldLookup> FieldLookupRepository::find(Tx &tx, std::int64_t id)
{
    auto result = tx.exec(kFind, id);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    FieldLookup lookup;
    lookup.id = row[0].as<std::int64_t>();
    lookup.uuid = row[1].c_str();
    lookup.integrationId = row[2].as<std::int64_t>();
    lookup.entity = row[3].c_str();
    lookup.entityId = row[4].as<std::int64_t>();
    lookup.state = row[5].c_str();
    lookup.attempts = row[6].as<int>();
    lookup.createdAt = row[7].c_str();
    return lookup;
}

std::optional<LookupTarget> FieldLookupRepository::targetOf(Tx &tx, std::int64_t integrationId)
{
    auto result = tx.exec(kTarget, integrationId);
    if (result.empty())
        return std::nullopt;
    return LookupTarget{result[0][0].c_str(), result[0][1].c_str(), result[0][2].as<bool>()};
}

void FieldLookupRepository::markAnswered(Tx &tx, std::int64_t id, int status)
{
    tx.exec(kAnswered, id, status);
}

void FieldLookupRepository::markFailed(Tx &tx, std::int64_t id, std::optional<int> status, const std::string &error,
                                       int delaySeconds, bool dead)
{
    tx.exec(kFailed, id, status, error, delaySeconds, dead);
}

void FieldLookupRepository::setSecret(Tx &tx, std::int64_t integrationId, const std::string &sealedSecret)
{
    tx.exec(kSetSecret, integrationId, sealedSecret);
}

bool FieldLookupRepository::hasSecret(Tx &tx, std::int64_t integrationId)
{
    return tx.exec1(kHasSecret, integrationId)[0].as<bool>();
}

std::int64_t FieldLookupRepository::purgeFinished(Tx &tx)
{
    return static_cast<std::int64_t>(tx.exec(kPurge).affected_rows());
}

} // namespace helpdesk::db
