#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// One request to an integration for the field values of a ticket or user (migration 0039).
struct FieldLookup {
    std::int64_t id = 0;
    std::string uuid;
    std::int64_t integrationId = 0;
    std::string entity; // "ticket" or "user"
    std::int64_t entityId = 0;
    std::string state; // pending, answered, dead
    int attempts = 0;
    std::string createdAt;
};

/// Where an integration is asked: its lookup URL and sealed secret, and whether it is on.
struct LookupTarget {
    std::string url;
    std::string sealedSecret;
    bool active = false;
};

/// SQL of field lookups and of the integrations' lookup secrets. Any thread.
class FieldLookupRepository
{
public:
    /// The active integrations with a lookup URL that own an active custom field of `entity`.
    static std::vector<std::int64_t> integrationsAsked(Tx &tx, const std::string &entity);
    /// A pending lookup; nothing when the event was queued already (by another instance).
    static std::optional<std::int64_t> insert(Tx &tx, std::int64_t integrationId, const std::string &entity,
                                              std::int64_t entityId, std::optional<std::int64_t> eventSeq);
    static std::optional<FieldLookup> find(Tx &tx, std::int64_t id);
    /// The integration's lookup URL (nothing when it has none) with its sealed secret.
    static std::optional<LookupTarget> targetOf(Tx &tx, std::int64_t integrationId);
    static void markAnswered(Tx &tx, std::int64_t id, int status);
    /// Counts an attempt that failed; the next one after `delaySeconds`, or none when `dead`.
    static void markFailed(Tx &tx, std::int64_t id, std::optional<int> status, const std::string &error,
                           int delaySeconds, bool dead);
    /// Stores the integration's sealed lookup secret, replacing one it had.
    static void setSecret(Tx &tx, std::int64_t integrationId, const std::string &sealedSecret);
    static bool hasSecret(Tx &tx, std::int64_t integrationId);
    /// Drops answered and dead lookups past their integration's log retention; returns how many.
    static std::int64_t purgeFinished(Tx &tx);
};

} // namespace helpdesk::db
