#include "db/WebhookRepository.h"
#include "domain/config/ConfigFields.h"
#include "domain/config/Kinds.h"
#include "domain/TicketView.h"
#include "protocol/ProtocolError.h"

#include <re2/re2.h>

namespace helpdesk::domain::config {

namespace {
/// A custom field definition for tickets, users or organizations.
void readCustomField(ConfigFields &fields)
{
    fields.putString("object_kind", true);
    fields.putString("name", true);
    fields.putString("label", true);
    fields.putString("field_type", true);
    fields.requireOneOf("object_kind", {"ticket", "user", "organization"},
                        "object_kind must be ticket, user or organization");
    fields.requireOneOf("field_type", {"text", "integer", "boolean", "date", "datetime", "select", "multiselect"},
                        "field_type must be text, integer, boolean, date, datetime, select or multiselect");
    // The name is a key in `custom` objects and in filters.
    static const RE2 namePattern("[a-z][a-z0-9_]{0,62}");
    fields.requireMatch("name", namePattern, "name must start with a letter and use only a-z, 0-9 and _ (at most 63)");
    auto &request = fields.request();
    if (auto options = request.optStringList("options"))
        fields.set("options", protocol::toJsonArray(*options));
    else
        fields.setDefault("options", protocol::newArray());
    fields.putBool("required", false);
    fields.putBool("active", true);
    // Customers may set only what the desk asks them for (a serial number, not a discount).
    fields.putBool("customer_editable", false);
    if (request.has("default_value"))
        fields.set("default_value", request.optAny("default_value"));
    // The integration that fills it (only its API tokens set it); null: the desk's own field.
    if (request.isNull("integration_id")) {
        request.accept("integration_id");
        fields.set("integration_id", Poco::Dynamic::Var());
    } else if (auto integration = request.optInt("integration_id")) {
        fields.set("integration_id", *integration);
    }
}

void checkOwner(db::Tx &tx, std::optional<std::int64_t> /*id*/, protocol::JsonObject &columns)
{
    if (!columns->has("integration_id") || columns->isNull("integration_id"))
        return;
    const auto integration = columns->getValue<std::int64_t>("integration_id");
    if (!db::WebhookRepository::integrationExists(tx, integration))
        throw protocol::ApiError(protocol::ErrorCode::ValidationFailed,
                                 "there is no integration " + std::to_string(integration), "integration_id");
}
} // namespace

const ConfigKind &customFieldKind()
{
    static const ConfigKind kind{.name = "custom_field",
                                 .plural = "custom_fields",
                                 .rows = db::ConfigKind::CustomField,
                                 .readFields = readCustomField,
                                 .checkWithDatabase = checkOwner,
                                 .afterWrite = [](db::Tx &, const ConfigDocument &, protocol::JsonObject &) {
                                     TicketView::invalidateCustomerFields();
                                 }};
    return kind;
}

} // namespace helpdesk::domain::config
