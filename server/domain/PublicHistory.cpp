#include "domain/PublicHistory.h"

#include "db/ConfigRepository.h"
#include "db/TicketRepository.h"
#include "db/UserRepository.h"
#include "domain/TicketView.h"

#include <Poco/NumberParser.h>

#include <map>
#include <optional>

namespace helpdesk::domain {

namespace {
// What the customer's view of a ticket shows, so its changes are no secret either.
const char *const kPublicFields[] = {"created",     "title",   "group_id",      "owner_id", "state_id",
                                     "priority_id", "type_id", "pending_until", "rating"};
constexpr std::string_view kCustomPrefix = "custom.";

/// The names of the configuration rows and people a history names, each read once.
class Labels
{
public:
    explicit Labels(db::Tx &tx) : m_tx(tx) {}

    /// The row of a configuration kind by the id a history value holds; nullptr for none.
    protocol::JsonObject config(db::ConfigKind kind, const std::optional<std::string> &value)
    {
        auto id = idOf(value);
        if (!id)
            return nullptr;
        auto key = std::make_pair(static_cast<int>(kind), *id);
        auto found = m_config.find(key);
        if (found == m_config.end())
            found = m_config.emplace(key, db::ConfigRepository::get(m_tx, kind, *id)).first;
        return found->second;
    }
    /// A person's name; nullopt for none.
    std::optional<std::string> person(std::optional<std::int64_t> id)
    {
        if (!id)
            return std::nullopt;
        auto found = m_people.find(*id);
        if (found == m_people.end()) {
            auto user = db::UserRepository::findById(m_tx, *id);
            found = m_people.emplace(*id, user ? std::optional(user->name) : std::nullopt).first;
        }
        return found->second;
    }

    static std::optional<std::int64_t> idOf(const std::optional<std::string> &value)
    {
        Poco::Int64 id = 0;
        if (!value || !Poco::NumberParser::tryParse64(*value, id))
            return std::nullopt;
        return id;
    }

private:
    db::Tx &m_tx;
    std::map<std::pair<int, std::int64_t>, protocol::JsonObject> m_config;
    std::map<std::int64_t, std::optional<std::string>> m_people;
};

std::optional<db::ConfigKind> configKindOf(const std::string &field)
{
    if (field == "state_id")
        return db::ConfigKind::State;
    if (field == "group_id")
        return db::ConfigKind::Group;
    if (field == "priority_id")
        return db::ConfigKind::Priority;
    if (field == "type_id")
        return db::ConfigKind::Type;
    return std::nullopt;
}

/// Adds `<side>_label` (and a state's `<side>_state_type`) for a value naming a row or a person.
void label(Labels &labels, protocol::JsonObject &row, const std::string &field, const std::optional<std::string> &value,
           const std::string &side)
{
    std::optional<std::string> name;
    if (field == "owner_id") {
        name = labels.person(Labels::idOf(value));
    } else if (auto kind = configKindOf(field)) {
        if (auto config = labels.config(*kind, value)) {
            name = config->optValue<std::string>("name", "");
            if (*kind == db::ConfigKind::State)
                row->set(side + "_state_type", config->optValue<std::string>("state_type", ""));
        }
    } else {
        return;
    }
    protocol::setOptional(row, side + "_label", name);
}
} // namespace

std::vector<std::string> PublicHistory::fields(const std::set<std::string> &customerFields)
{
    std::vector<std::string> out(std::begin(kPublicFields), std::end(kPublicFields));
    for (const auto &name : customerFields)
        out.push_back(std::string(kCustomPrefix) + name);
    return out;
}

bool PublicHistory::isPublic(const std::string &field, const std::set<std::string> &customerFields)
{
    if (field.rfind(kCustomPrefix, 0) == 0)
        return customerFields.count(field.substr(kCustomPrefix.size())) > 0;
    for (const char *name : kPublicFields)
        if (field == name)
            return true;
    return false;
}

protocol::JsonArray PublicHistory::of(db::Tx &tx, const protocol::Ticket &ticket)
{
    const auto customerFields = TicketView::customerFields(tx);
    Labels labels(tx);
    auto out = protocol::newArray();
    for (const auto &entry : db::TicketRepository::history(tx, ticket.id)) {
        if (!isPublic(entry.field, *customerFields))
            continue;
        auto row = entry.toJson();
        protocol::setOptional(row, "actor_name", labels.person(entry.actorId));
        label(labels, row, entry.field, entry.oldValue, "old");
        label(labels, row, entry.field, entry.newValue, "new");
        out->add(row);
    }
    return out;
}

} // namespace helpdesk::domain
