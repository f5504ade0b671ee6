#include "db/ConfigRepository.h"

#include <array>

namespace helpdesk::db {

namespace {
/// The generic statements of one configuration table, named config_<kind>_list, _get, _insert
/// and _update so a slow one says which kind it served.
struct KindSql {
    std::string listName, getName, insertName, updateName;
    std::string list, get, insert, update;
    Statement listStmt, getStmt, insertStmt, updateStmt;
};

KindSql makeKind(const std::string &kind, const std::string &table, const std::vector<std::string> &columns)
{
    KindSql k;
    k.listName = "config_" + kind + "_list";
    k.getName = "config_" + kind + "_get";
    k.insertName = "config_" + kind + "_insert";
    k.updateName = "config_" + kind + "_update";
    std::string cols, rcols, sets;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        cols += (i ? ", " : "") + columns[i];
        rcols += (i ? ", r." : "r.") + columns[i];
        sets += (i ? ", " : "") + columns[i] + " = r." + columns[i];
    }
    const std::string json = "row_to_json(x)::text";
    k.list = "SELECT " + json + " FROM " + table + " x ORDER BY x.id";
    k.get = "SELECT " + json + " FROM " + table + " x WHERE x.id = $1";
    // The caller supplies every writable column (AdminService fills defaults), so absent keys
    // never reach NOT NULL columns as NULL.
    k.insert = "WITH ins AS (INSERT INTO " + table + " (" + cols + ") SELECT " + rcols +
               " FROM jsonb_populate_record(NULL::" + table + ", $1::jsonb) r" +
               " RETURNING *) SELECT row_to_json(x)::text FROM ins x";
    k.update = "WITH upd AS (UPDATE " + table + " AS o SET " + sets + " FROM jsonb_populate_record(" +
               "(SELECT c FROM " + table + " c WHERE c.id = $1), $2::jsonb) r WHERE o.id = $1 RETURNING o.*)" +
               " SELECT row_to_json(x)::text FROM upd x";
    return k;
}

std::array<KindSql, 12> &kinds()
{
    // In the order of ConfigKind: the kind's wire name, its table and its writable columns.
    static std::array<KindSql, 12> all{
        makeKind("state", "ticket_states", {"name", "state_type", "active", "is_default"}),
        makeKind("priority", "ticket_priorities", {"name", "rank", "active", "is_default"}),
        makeKind("type", "ticket_types", {"name", "active"}),
        makeKind("group", "groups",
                 // The acknowledgement_* texts are written into mail template overrides instead (0025).
                 // The web form's key is made by the database and renewed on request (WebFormRepository).
                 {"web_form_enabled", "web_form_sites", "name", "active", "signature", "offered_to_customers",
                  "customer_description", "default_language", "acknowledge_after_acceptance",
                  "acknowledgement_portal_link", "acknowledgement_portal_domains", "ratings_enabled", "rating_wording",
                  "time_accounting"}),
        makeKind("organization", "organizations", {"name", "shared", "custom"}),
        makeKind("custom_field", "custom_field_defs",
                 {"object_kind", "name", "label", "field_type", "options", "required", "default_value", "active",
                  "customer_editable", "integration_id"}),
        makeKind("text_module", "text_modules", {"keyword", "name", "body", "active", "folder"}),
        makeKind("calendar", "calendars", {"name", "time_zone", "hours", "holidays", "active"}),
        makeKind("sla", "slas",
                 {"name", "calendar_id", "condition", "rank", "first_response_minutes", "update_minutes",
                  "solution_minutes", "warning_minutes", "active"}),
        makeKind("trigger", "triggers", {"name", "event", "conditions", "actions", "rank", "active"}),
        makeKind("macro", "macros", {"name", "actions", "active"}),
        makeKind("integration", "integrations",
                 {"name", "active", "allowed_networks", "log_retention_days", "lookup_url"}),
    };
    // Statements point into the strings, so only once they sit where they stay.
    static const bool pointed = [] {
        for (auto &k : all) {
            k.listStmt = {k.listName.c_str(), k.list.c_str()};
            k.getStmt = {k.getName.c_str(), k.get.c_str()};
            k.insertStmt = {k.insertName.c_str(), k.insert.c_str()};
            k.updateStmt = {k.updateName.c_str(), k.update.c_str()};
        }
        return true;
    }();
    (void)pointed;
    return all;
}

KindSql &sqlFor(ConfigKind kind)
{
    return kinds()[static_cast<std::size_t>(kind)];
}

protocol::JsonObject parse(const pqxx::field &field)
{
    return protocol::parseJsonObject(field.c_str());
}

const Statement kGroupList{
    "config_group_list_full",
    "SELECT json_build_object('id', g.id, 'name', g.name, 'active', g.active,"
    " 'addresses', coalesce((SELECT json_agg(address ORDER BY address) FROM group_addresses a WHERE a.group_id = "
    "g.id), '[]'),"
    " 'signature', g.signature, 'offered_to_customers', g.offered_to_customers,"
    " 'customer_description', g.customer_description, 'acknowledgement_subject', g.acknowledgement_subject,"
    " 'web_form_enabled', g.web_form_enabled, 'web_form_key', g.web_form_key, 'web_form_sites', g.web_form_sites,"
    " 'acknowledgement_body', g.acknowledgement_body, 'acknowledgement_translations', g.acknowledgement_translations,"
    " 'default_language', g.default_language, 'acknowledge_after_acceptance', g.acknowledge_after_acceptance,"
    " 'acknowledgement_portal_link', g.acknowledgement_portal_link,"
    " 'acknowledgement_portal_domains', g.acknowledgement_portal_domains,"
    " 'ratings_enabled', g.ratings_enabled, 'rating_wording', g.rating_wording,"
    " 'time_accounting', g.time_accounting,"
    " 'created_at', g.created_at, 'updated_at', g.updated_at)::text FROM groups g ORDER BY g.id"};
const Statement kDefaultState{
    "config_default_state",
    "SELECT id FROM ticket_states WHERE active ORDER BY is_default DESC, (state_type = 'new') DESC, id LIMIT 1"};
const Statement kDefaultPriority{
    "config_default_priority",
    "SELECT id FROM ticket_priorities WHERE active ORDER BY is_default DESC, rank, id LIMIT 1"};
const Statement kStateOfType{
    "config_state_of_type",
    "SELECT id FROM ticket_states WHERE active AND state_type = $1 ORDER BY is_default DESC, id LIMIT 1"};
const Statement kDeleteAddresses{"group_addresses_delete", "DELETE FROM group_addresses WHERE group_id = $1"};
const Statement kInsertAddress{"group_addresses_insert",
                               "INSERT INTO group_addresses (address, group_id) VALUES (lower($1), $2)"};
const Statement kSetMember{"group_members_set",
                           "INSERT INTO group_members (group_id, user_id, access) VALUES ($1, $2, $3)"
                           " ON CONFLICT (group_id, user_id) DO UPDATE SET access = excluded.access"};
const Statement kDeleteMember{"group_members_delete", "DELETE FROM group_members WHERE group_id = $1 AND user_id = $2"};
const Statement kMembers{
    "group_members_list",
    "SELECT json_build_object('user_id', m.user_id, 'access', m.access, 'name', u.name, 'email', u.email)::text"
    " FROM group_members m JOIN users u ON u.id = m.user_id WHERE m.group_id = $1 ORDER BY u.name"};
const Statement kGroupsOf{"group_members_of", "SELECT group_id FROM group_members WHERE user_id = $1"};
const Statement kOrganizationMembers{"organization_members_of", "SELECT id FROM users WHERE organization_id = $1"};
const Statement kCustomFields{
    "custom_fields_of",
    "SELECT row_to_json(x)::text FROM custom_field_defs x WHERE object_kind = $1 AND active ORDER BY id"};
const Statement kTagCounts{"tags_counts",
                           "SELECT tt.tag, count(*) FROM ticket_tags tt JOIN tickets t ON t.id = tt.ticket_id"
                           " WHERE $2 OR t.group_id = ANY($3::bigint[])"
                           " GROUP BY tt.tag ORDER BY count(*) DESC, tt.tag LIMIT $1"};
const Statement kAllTags{"tags_all", "SELECT tag FROM ticket_tags GROUP BY tag ORDER BY count(*) DESC, tag LIMIT $1"};
const Statement kIsTimeZone{"time_zone_exists", "SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = $1)"};
} // namespace

protocol::JsonArray ConfigRepository::list(Tx &tx, ConfigKind kind)
{
    auto out = protocol::newArray();
    const Statement &stmt = kind == ConfigKind::Group ? kGroupList : sqlFor(kind).listStmt;
    for (const auto &row : tx.exec(stmt))
        out->add(parse(row[0]));
    return out;
}

protocol::JsonObject ConfigRepository::get(Tx &tx, ConfigKind kind, std::int64_t id)
{
    auto result = tx.exec(sqlFor(kind).getStmt, id);
    if (result.empty())
        return nullptr;
    return parse(result[0][0]);
}

protocol::JsonObject ConfigRepository::insert(Tx &tx, ConfigKind kind, const protocol::JsonObject &values)
{
    return parse(tx.exec1(sqlFor(kind).insertStmt, protocol::toJsonText(values))[0]);
}

protocol::JsonObject ConfigRepository::update(Tx &tx, ConfigKind kind, std::int64_t id,
                                              const protocol::JsonObject &values)
{
    auto result = tx.exec(sqlFor(kind).updateStmt, id, protocol::toJsonText(values));
    if (result.empty())
        return nullptr;
    return parse(result[0][0]);
}

std::int64_t ConfigRepository::defaultStateId(Tx &tx)
{
    return tx.exec1(kDefaultState)[0].as<std::int64_t>();
}

std::int64_t ConfigRepository::defaultPriorityId(Tx &tx)
{
    return tx.exec1(kDefaultPriority)[0].as<std::int64_t>();
}

std::optional<std::int64_t> ConfigRepository::stateIdOfType(Tx &tx, const std::string &stateType)
{
    auto result = tx.exec(kStateOfType, stateType);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

void ConfigRepository::setGroupAddresses(Tx &tx, std::int64_t groupId, const std::vector<std::string> &addresses)
{
    tx.exec(kDeleteAddresses, groupId);
    for (const auto &address : addresses)
        tx.exec(kInsertAddress, address, groupId);
}

void ConfigRepository::setGroupMember(Tx &tx, std::int64_t groupId, std::int64_t userId,
                                      const std::optional<std::string> &access)
{
    if (access)
        tx.exec(kSetMember, groupId, userId, *access);
    else
        tx.exec(kDeleteMember, groupId, userId);
}

protocol::JsonArray ConfigRepository::groupMembers(Tx &tx, std::int64_t groupId)
{
    auto out = protocol::newArray();
    for (const auto &row : tx.exec(kMembers, groupId))
        out->add(parse(row[0]));
    return out;
}

std::vector<std::int64_t> ConfigRepository::groupIdsOf(Tx &tx, std::int64_t userId)
{
    std::vector<std::int64_t> out;
    for (const auto &row : tx.exec(kGroupsOf, userId))
        out.push_back(row[0].as<std::int64_t>());
    return out;
}

std::vector<std::int64_t> ConfigRepository::organizationMemberIds(Tx &tx, std::int64_t organizationId)
{
    std::vector<std::int64_t> out;
    for (const auto &row : tx.exec(kOrganizationMembers, organizationId))
        out.push_back(row[0].as<std::int64_t>());
    return out;
}

protocol::JsonArray ConfigRepository::customFields(Tx &tx, const std::string &objectKind)
{
    auto out = protocol::newArray();
    for (const auto &row : tx.exec(kCustomFields, objectKind))
        out->add(parse(row[0]));
    return out;
}

protocol::JsonArray ConfigRepository::tagCounts(Tx &tx, int limit,
                                                const std::optional<std::vector<std::int64_t>> &onlyGroups)
{
    auto out = protocol::newArray();
    for (const auto &row :
         tx.exec(kTagCounts, limit, !onlyGroups, intArrayLiteral(onlyGroups.value_or(std::vector<std::int64_t>{})))) {
        auto o = protocol::newObject();
        o->set("tag", std::string(row[0].c_str()));
        o->set("tickets", row[1].as<std::int64_t>());
        out->add(o);
    }
    return out;
}

std::vector<std::string> ConfigRepository::allTags(Tx &tx, int limit)
{
    std::vector<std::string> out;
    for (const auto &row : tx.exec(kAllTags, limit))
        out.emplace_back(row[0].c_str());
    return out;
}

bool ConfigRepository::isTimeZone(Tx &tx, const std::string &name)
{
    return tx.exec1(kIsTimeZone, name)[0].as<bool>();
}

} // namespace helpdesk::db
