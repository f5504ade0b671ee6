#include "db/ConfigRepository.h"
#include "domain/SlaService.h"
#include "domain/config/ConfigFields.h"
#include "domain/config/Kinds.h"
#include "protocol/ProtocolError.h"

#include <re2/re2.h>

#include <set>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;

namespace helpdesk::domain::config {

namespace {
/// {"mon": [["08:00", "17:00"]], …}: known days, intervals of HH:MM that start before they end.
JsonObject readWeeklyHours(const JsonObject &hours)
{
    static const std::set<std::string> days{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    static const RE2 clock("([01]\\d|2[0-3]):[0-5]\\d|24:00");
    auto out = protocol::newObject();
    for (const auto &[day, value] : *hours) {
        const std::string field = "hours." + day;
        if (!days.count(day))
            throw ApiError(ErrorCode::ValidationFailed, "'" + day + "' is not a day (mon … sun)", field);
        if (value.type() != typeid(protocol::JsonArray))
            throw ApiError(ErrorCode::ValidationFailed, field + " must be a list of [\"HH:MM\", \"HH:MM\"] intervals",
                           field);
        auto intervals = value.extract<protocol::JsonArray>();
        for (unsigned i = 0; i < intervals->size(); ++i) {
            auto iv = intervals->getArray(i);
            if (!iv || iv->size() != 2 || !iv->get(0).isString() || !iv->get(1).isString())
                throw ApiError(ErrorCode::ValidationFailed,
                               field + " must be a list of [\"HH:MM\", \"HH:MM\"] intervals", field);
            auto from = iv->getElement<std::string>(0), to = iv->getElement<std::string>(1);
            if (!RE2::FullMatch(from, clock) || !RE2::FullMatch(to, clock) || from >= to)
                throw ApiError(ErrorCode::ValidationFailed,
                               field + ": " + from + "–" + to + " is not an interval of the day", field);
        }
        out->set(day, intervals);
    }
    return out;
}

/// Business hours in a time zone, with holidays: what SLA deadlines are counted in.
void readCalendar(ConfigFields &fields)
{
    fields.putString("name", true);
    fields.putString("time_zone", false);
    fields.putBool("active", true);
    auto &request = fields.request();
    if (auto hours = request.optObject("hours"))
        fields.set("hours", readWeeklyHours(hours));
    if (request.has("holidays")) {
        auto holidays = request.optStringList("holidays").value_or(std::vector<std::string>{});
        static const RE2 date("\\d{4}-\\d{2}-\\d{2}");
        for (const auto &d : holidays)
            if (!RE2::FullMatch(d, date))
                throw ApiError(ErrorCode::ValidationFailed, "'" + d + "' is not a date like 2026-12-25", "holidays");
        fields.set("holidays", protocol::toJsonArray(holidays));
    }
    // The columns' defaults, which a generic insert would otherwise set to NULL.
    fields.setDefault("time_zone", std::string("UTC"));
    fields.setDefault(
        "hours",
        protocol::parseJsonObject(
            "{\"mon\": [[\"08:00\", \"17:00\"]], \"tue\": [[\"08:00\", \"17:00\"]], \"wed\": [[\"08:00\", \"17:00\"]],"
            " \"thu\": [[\"08:00\", \"17:00\"]], \"fri\": [[\"08:00\", \"17:00\"]]}"));
    fields.setDefault("holidays", protocol::newArray());
}

/// Only PostgreSQL knows which time zone names exist.
void checkTimeZone(db::Tx &tx, std::optional<std::int64_t>, JsonObject &columns)
{
    if (!columns->has("time_zone"))
        return;
    auto tz = columns->getValue<std::string>("time_zone");
    if (!db::ConfigRepository::isTimeZone(tx, tz))
        throw ApiError(ErrorCode::ValidationFailed, "'" + tz + "' is not a time zone such as Europe/Berlin",
                       "time_zone");
}

/// Due times follow a changed calendar on every open ticket, in the background.
void recomputeDueTimes(db::Tx &tx, const ConfigDocument &, JsonObject &)
{
    SlaService::queueRecomputeAll(tx);
}
} // namespace

const ConfigKind &calendarKind()
{
    static const ConfigKind kind{.name = "calendar",
                                 .plural = "calendars",
                                 .rows = db::ConfigKind::Calendar,
                                 .readFields = readCalendar,
                                 .checkWithDatabase = checkTimeZone,
                                 .afterWrite = recomputeDueTimes};
    return kind;
}

} // namespace helpdesk::domain::config
