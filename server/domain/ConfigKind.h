#pragma once

#include "db/ConfigRepository.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace helpdesk::domain {

class ConfigFields;

/// Who may use a configuration method.
enum class ConfigAccess {
    SignedIn, // anyone signed in, customers too (they choose a group and a type on the web page)
    Staff,    // admins, supervisors and agents
    Admin,
};

/// Whether the actor has the access a configuration method needs.
bool mayUse(const Actor &actor, ConfigAccess access);

/// A request's document for one kind, read and checked: the row's columns and what the kind keeps
/// beside the row (a group's inbound addresses). Neither is null.
struct ConfigDocument {
    protocol::JsonObject columns;
    protocol::JsonObject beside;
};

/// One kind of configuration an admin maintains (states, groups, SLAs, triggers…): its names on
/// the wire, who may read and change it, the rules of its document and what a change sets off.
/// Every kind has `<name>.list` (GET /api/v1/<plural>), `<name>.create` (POST /api/v1/<plural>) and
/// `<name>.update` (PATCH /api/v1/<plural>/{id}); each change appends the staff event
/// `<name>.created` / `<name>.updated` and an audit entry of object kind `<name>` (see
/// AdminService). One file per kind in server/domain/config/; the list is domain::configKinds().
struct ConfigKind {
    std::string_view name;   // "sla": method and event prefix, audit object kind, a reply's item key
    std::string_view plural; // "slas": the route and a list reply's key
    db::ConfigKind rows;     // where its rows are stored
    ConfigAccess listAccess = ConfigAccess::Staff;
    ConfigAccess changeAccess = ConfigAccess::Admin;
    /// What a customer's list shows of each active row when listAccess admits customers (a
    /// group's addresses, signature and acknowledgement texts are the desk's business).
    std::vector<std::string_view> customerFields{"id", "name"};
    /// The kind's rules: reads its keys into the columns strictly (defaults and required keys when
    /// creating); throws ApiError naming the field. Pure: no database.
    void (*readFields)(ConfigFields &fields) = nullptr;
    /// Checks and completes what only the database knows (a time zone, a calendar that exists);
    /// `id` is empty when creating. Null when there is nothing to check.
    void (*checkWithDatabase)(db::Tx &tx, std::optional<std::int64_t> id, protocol::JsonObject &columns) = nullptr;
    /// What else a change does once the row is written (stores a group's addresses into the reply
    /// row, queues the SLA recomputation). Null when nothing.
    void (*afterWrite)(db::Tx &tx, const ConfigDocument &document, protocol::JsonObject &row) = nullptr;
    /// Keys afterWrite may add to the answer that the change's event never carries (a secret
    /// shown this once).
    std::vector<std::string_view> answerOnly{};

    /// Reads a create (`creating`) or update request's document with the kind's rules and the ones
    /// every kind shares (a name of 1 to 200 characters, no unknown keys). Pure: no database.
    ConfigDocument read(protocol::JsonReader &request, bool creating) const;
};

} // namespace helpdesk::domain
