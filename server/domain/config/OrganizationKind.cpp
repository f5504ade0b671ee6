#include "db/ConfigRepository.h"
#include "domain/AccountWatch.h"
#include "domain/CustomFields.h"
#include "domain/config/ConfigFields.h"
#include "domain/config/Kinds.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;

namespace helpdesk::domain::config {

namespace {
/// A customer organization; `shared` lets its members see each other's tickets.
void readOrganization(ConfigFields &fields)
{
    fields.putString("name", true);
    fields.putBool("shared", false);
    fields.putObject("custom");
}

/// Custom values follow the organization's custom field definitions (types, options, defaults).
void applyCustomFields(db::Tx &tx, std::optional<std::int64_t> id, JsonObject &columns)
{
    if (!id) {
        columns->set("custom", customfields::apply(db::ConfigRepository::customFields(tx, "organization"), nullptr,
                                                   columns->getObject("custom"), true));
        return;
    }
    if (!columns->has("custom"))
        return;
    auto current = db::ConfigRepository::get(tx, db::ConfigKind::Organization, *id);
    if (!current)
        throw ApiError(ErrorCode::NotFound, "no organization " + std::to_string(*id), "id");
    columns->set("custom", customfields::apply(db::ConfigRepository::customFields(tx, "organization"),
                                               current->getObject("custom"), columns->getObject("custom"), false));
}

/// Whether members see each other's tickets is part of their rights: their open sessions re-read them now.
void announceSharingToMembers(db::Tx &tx, const ConfigDocument &document, JsonObject &row)
{
    if (!document.columns->has("shared"))
        return;
    for (auto member : db::ConfigRepository::organizationMemberIds(tx, row->getValue<std::int64_t>("id")))
        AccountWatch::announce(tx, member);
}
} // namespace

const ConfigKind &organizationKind()
{
    static const ConfigKind kind{.name = "organization",
                                 .plural = "organizations",
                                 .rows = db::ConfigKind::Organization,
                                 .readFields = readOrganization,
                                 .checkWithDatabase = applyCustomFields,
                                 .afterWrite = announceSharingToMembers};
    return kind;
}

} // namespace helpdesk::domain::config
