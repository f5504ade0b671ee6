#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain {

/// What an external id names on the desk.
enum class ExternalKind { Ticket, Article, User };

/// An object's name in an integration's system: (integration, external id).
struct ExternalKey {
    std::int64_t integrationId = 0;
    std::string externalId;
};

/// The answer of a create that names its object by an external id: the object made now
/// (`created`), or the one the key already named.
struct CreateOutcome {
    protocol::JsonObject answer;
    bool created = true;
};

/// External ids: links `(integration, kind, external_id) -> local id`, unique per integration
/// and kind. They are set when a ticket, article or user is created through the API
/// (`external_id`, of the calling token's integration or, for an administrator, of the one
/// `integration` names); creating again with a linked key returns the linked object instead,
/// also when two such requests race. Staff see the links on the objects (`external_ids`); an
/// integration's token sees and uses only its own integration's. Stateless; any thread.
class ExternalIds
{
public:
    /// Opens a ticket (TicketService::create's parameters plus `external_id`, `integration`).
    static CreateOutcome createTicket(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
    /// Writes an article on `ticketId` (TicketService::addArticle's parameters plus `external_id`,
    /// `integration`); a key naming an article of another ticket is a conflict.
    static CreateOutcome createArticle(db::Tx &tx, const Actor &actor, std::int64_t ticketId,
                                       const protocol::JsonObject &params);
    /// Creates a person (AdminService::createUser's parameters plus `external_id`, `integration`).
    /// With an external id the person is the integration's end user, a customer; a customer
    /// already known by the address is linked instead of refused.
    static CreateOutcome createUser(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);

    /// TicketService::list, or with `external_id` (and `integration`) the ticket it names, if the
    /// actor may see it.
    static protocol::JsonArray listTickets(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
    /// AdminService::listUsers with the users' links, or with `external_id` (and `integration`)
    /// the user it names.
    static protocol::JsonArray listUsers(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);

    /// Sets `external_ids` ([{integration_id, external_id}]) on each object (by its `id`) that
    /// staff read; nothing for customers.
    static void addLinks(db::Tx &tx, const Actor &actor, ExternalKind kind, const protocol::JsonArray &objects);
    /// The same for one object; returns it.
    static protocol::JsonObject withLinks(db::Tx &tx, const Actor &actor, ExternalKind kind,
                                          const protocol::JsonObject &object);
};

} // namespace helpdesk::domain
