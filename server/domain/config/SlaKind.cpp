#include "db/ConfigRepository.h"
#include "domain/SlaService.h"
#include "domain/config/ConfigFields.h"
#include "domain/config/Kinds.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;

namespace helpdesk::domain::config {

namespace {
/// A service level: which tickets it applies to (condition, rank) and its deadlines in business
/// minutes of its calendar. A null deadline clears it; zero means nothing but for the warning.
void readSla(ConfigFields &fields)
{
    fields.putString("name", true);
    fields.putBool("active", true);
    fields.putRequiredInt("calendar_id");
    auto &request = fields.request();
    for (const std::string key :
         {"rank", "first_response_minutes", "update_minutes", "solution_minutes", "warning_minutes"}) {
        if (request.isNull(key)) {
            request.accept(key);
            fields.set(key, Poco::Dynamic::Var());
        } else if (auto v = request.optInt(key)) {
            if (*v < 0 || (*v == 0 && key != "warning_minutes" && key != "rank"))
                throw ApiError(ErrorCode::ValidationFailed, key + " must be a positive number of minutes", key);
            fields.set(key, *v);
        }
    }
    if (auto condition = request.optObject("condition")) {
        protocol::JsonReader c(condition, "condition");
        auto out = protocol::newObject();
        for (const char *key : {"group_ids", "priority_ids", "type_ids", "organization_ids"})
            if (auto ids = c.optIntList(key))
                out->set(key, protocol::toJsonArray(*ids));
        c.finish();
        fields.set("condition", out);
    } else {
        fields.setDefault("condition", protocol::newObject());
    }
    fields.setDefault("rank", 100);
    fields.setDefault("warning_minutes", 30);
}

/// The calendar must exist: deadlines are counted in its hours.
void checkCalendar(db::Tx &tx, std::optional<std::int64_t>, JsonObject &columns)
{
    if (!columns->has("calendar_id"))
        return;
    auto id = columns->getValue<std::int64_t>("calendar_id");
    if (!db::ConfigRepository::get(tx, db::ConfigKind::Calendar, id))
        throw ApiError(ErrorCode::ValidationFailed, "no calendar " + std::to_string(id), "calendar_id");
}

/// Due times follow a changed SLA on every open ticket, in the background.
void recomputeDueTimes(db::Tx &tx, const ConfigDocument &, JsonObject &)
{
    SlaService::queueRecomputeAll(tx);
}
} // namespace

const ConfigKind &slaKind()
{
    static const ConfigKind kind{.name = "sla",
                                 .plural = "slas",
                                 .rows = db::ConfigKind::Sla,
                                 .readFields = readSla,
                                 .checkWithDatabase = checkCalendar,
                                 .afterWrite = recomputeDueTimes};
    return kind;
}

} // namespace helpdesk::domain::config
