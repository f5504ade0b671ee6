#pragma once

#include "db/ConnectionPool.h"
#include "db/EventRepository.h"
#include "db/FieldLookupRepository.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::domain {

/// Custom fields filled from outside: when a ticket or user is created, each active integration
/// with a lookup URL that owns a field of that kind is asked for the values (a signed POST,
/// integrations::webhooks::FieldLookupDelivery sends it as a job of kQueue); its answer sets the
/// fields it owns, with history and an event, as the system. Agents may ask again. Any thread.
class FieldLookups
{
public:
    /// The job queue of lookups; a job's payload names one lookup (`lookup_id`).
    static constexpr const char *kQueue = "lookups.run";
    /// The X-Helpdesk-Event and the body's `event` of a lookup.
    static constexpr const char *kEvent = "lookup";

    /// Queues the lookups of the tickets and users that committed `events` created (each at most
    /// once per integration, whichever server instance reads the events).
    static void queueFor(db::Tx &tx, const std::vector<db::EventRow> &events);
    /// An agent asks again: `entity` ("ticket" or "user") `id`, for staff who may change it.
    /// Returns how many integrations are asked; 422 when none fills fields of that kind.
    static int askAgain(db::Tx &tx, const Actor &actor, const std::string &entity, std::int64_t id);
    /// Runs the lookup's job after `delaySeconds`.
    static void schedule(db::Tx &tx, std::int64_t lookupId, int delaySeconds);

    /// The body of a lookup: {id, event: "lookup", created_at, data: {entity, ticket?, user}} with
    /// the ticket as staff see it and the person (the ticket's customer) with their external ids.
    static std::string requestBody(db::Tx &tx, const db::FieldLookup &lookup);
    /// Sets what the integration answered (`fields` of the answer) on the lookup's object: only
    /// the fields it owns, checked by type; returns what was left out and why ("" when nothing).
    static std::string applyAnswer(db::Tx &tx, const db::FieldLookup &lookup, const protocol::JsonObject &fields);

    /// Gives the integration a new lookup secret, shown in the answer (`lookup_secret`) this once.
    static protocol::JsonObject rotateSecret(db::Tx &tx, const Actor &actor, std::int64_t integrationId);
    /// The integration's first lookup secret, made now when it has none (shown this once).
    static std::optional<std::string> firstSecret(db::Tx &tx, std::int64_t integrationId);
};

} // namespace helpdesk::domain
