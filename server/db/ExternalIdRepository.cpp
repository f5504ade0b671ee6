#include "db/ExternalIdRepository.h"

namespace helpdesk::db {

namespace {
const Statement kIntegration{"integrations_account",
                             "SELECT id, name, active, allowed_networks FROM integrations WHERE id = $1"};
const Statement kLockKey{"external_ids_lock_key",
                         "SELECT pg_advisory_xact_lock(hashtextextended('external_id:' || $1 || ':' || $2 || ':' || "
                         "$3, 0))"};
// The local id sits in the column of its kind.
const Statement kLocalId{"external_ids_local_id", "SELECT coalesce(ticket_id, article_id, user_id) FROM external_ids"
                                                  " WHERE integration_id = $1 AND kind = $2 AND external_id = $3"};
const Statement kLink{"external_ids_link",
                      "INSERT INTO external_ids (integration_id, kind, external_id, ticket_id, article_id, user_id)"
                      " VALUES ($1, $2, $3, CASE WHEN $2 = 'ticket' THEN $4::bigint END,"
                      " CASE WHEN $2 = 'article' THEN $4::bigint END, CASE WHEN $2 = 'user' THEN $4::bigint END)"};
const Statement kLinksOf{"external_ids_links_of",
                         "SELECT coalesce(ticket_id, article_id, user_id) AS local_id, integration_id, external_id"
                         " FROM external_ids WHERE kind = $1 AND (ticket_id = ANY($2::bigint[])"
                         " OR article_id = ANY($2::bigint[]) OR user_id = ANY($2::bigint[]))"
                         " AND ($3::bigint IS NULL OR integration_id = $3) ORDER BY integration_id, external_id"};
} // namespace

std::optional<IntegrationAccount> ExternalIdRepository::integration(Tx &tx, std::int64_t id)
{
    auto rows = tx.exec(kIntegration, id);
    if (rows.empty())
        return std::nullopt;
    return IntegrationAccount{rows[0][0].as<std::int64_t>(), rows[0][1].c_str(), rows[0][2].as<bool>(),
                              textArray(rows[0][3])};
}

void ExternalIdRepository::lockKey(Tx &tx, std::int64_t integrationId, const std::string &kind,
                                   const std::string &externalId)
{
    tx.exec(kLockKey, std::to_string(integrationId), kind, externalId);
}

std::optional<std::int64_t> ExternalIdRepository::localId(Tx &tx, std::int64_t integrationId, const std::string &kind,
                                                          const std::string &externalId)
{
    auto rows = tx.exec(kLocalId, integrationId, kind, externalId);
    if (rows.empty())
        return std::nullopt;
    return rows[0][0].as<std::int64_t>();
}

void ExternalIdRepository::link(Tx &tx, std::int64_t integrationId, const std::string &kind,
                                const std::string &externalId, std::int64_t localId)
{
    tx.exec(kLink, integrationId, kind, externalId, localId);
}

std::map<std::int64_t, std::vector<ExternalIdLink>>
ExternalIdRepository::linksOf(Tx &tx, const std::string &kind, const std::vector<std::int64_t> &localIds,
                              std::optional<std::int64_t> onlyIntegration)
{
    std::map<std::int64_t, std::vector<ExternalIdLink>> out;
    if (localIds.empty())
        return out;
    for (const auto &row : tx.exec(kLinksOf, kind, intArrayLiteral(localIds), onlyIntegration))
        out[row[0].as<std::int64_t>()].push_back({row[1].as<std::int64_t>(), row[2].c_str()});
    return out;
}

} // namespace helpdesk::db
