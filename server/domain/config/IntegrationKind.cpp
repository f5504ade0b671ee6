#include "db/WebhookRepository.h"
#include "domain/FieldLookups.h"
#include "domain/NetworkList.h"
#include "domain/Webhooks.h"
#include "domain/config/ConfigFields.h"
#include "domain/config/Kinds.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain::config {

namespace {
/// An outside system the desk talks to: its webhooks (domain::Webhooks), later its API account.
void readIntegration(ConfigFields &fields)
{
    fields.putString("name", true);
    fields.putBool("active", true);
    fields.putInt("log_retention_days", 14);
    if (fields.columns()->has("log_retention_days")) {
        const auto days = fields.columns()->getValue<std::int64_t>("log_retention_days");
        if (days < 1 || days > 365)
            throw ApiError(ErrorCode::ValidationFailed, "the log is kept 1 to 365 days", "log_retention_days");
    }
    if (auto networks = fields.request().optStringList("allowed_networks")) {
        for (const auto &network : *networks)
            if (!NetworkList::isNetwork(network))
                throw ApiError(ErrorCode::ValidationFailed, "'" + network + "' is not a network such as 10.1.0.0/16",
                               "allowed_networks");
        fields.set("allowed_networks", protocol::toJsonArray(*networks));
    } else {
        fields.setDefault("allowed_networks", protocol::newArray());
    }
    // Where the desk asks for the values of the fields it owns: the address rules of webhooks.
    fields.putNullableString("lookup_url");
    if (fields.columns()->has("lookup_url") && !fields.columns()->isNull("lookup_url")) {
        try {
            Webhooks::checkedUrl(fields.columns()->getValue<std::string>("lookup_url"));
        } catch (const ApiError &e) {
            throw ApiError(e.code(), e.what(), "lookup_url");
        }
    }
}

/// An integration turned on sends what its webhooks queued before it was turned off.
void wakeWebhooks(db::Tx &tx, const ConfigDocument &document, protocol::JsonObject &row)
{
    if (!document.columns->has("active") || !row->getValue<bool>("active"))
        return;
    for (auto id : db::WebhookRepository::subscriptionIdsOf(tx, row->getValue<std::int64_t>("id")))
        Webhooks::scheduleDelivery(tx, id, 0);
}

/// One given a lookup URL the first time gets its lookup secret, answered this once.
void afterIntegrationWrite(db::Tx &tx, const ConfigDocument &document, protocol::JsonObject &row)
{
    if (document.columns->has("lookup_url") && !row->isNull("lookup_url"))
        if (auto secret = FieldLookups::firstSecret(tx, row->getValue<std::int64_t>("id")))
            row->set("lookup_secret", *secret);
    wakeWebhooks(tx, document, row);
}
} // namespace

const ConfigKind &integrationKind()
{
    // Admins only: an integration's log and webhooks are no business of agents.
    static const ConfigKind kind{.name = "integration",
                                 .plural = "integrations",
                                 .rows = db::ConfigKind::Integration,
                                 .listAccess = ConfigAccess::Admin,
                                 .readFields = readIntegration,
                                 .afterWrite = afterIntegrationWrite,
                                 .answerOnly = {"lookup_secret"}};
    return kind;
}

} // namespace helpdesk::domain::config
