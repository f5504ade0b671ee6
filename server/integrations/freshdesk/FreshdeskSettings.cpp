// The configuration half of FreshdeskImporter: field definitions, statuses, business calendars,
// SLA policies, canned responses, support addresses and satisfaction ratings.

#include "integrations/freshdesk/FreshdeskImporter.h"

#include "db/ImportRepository.h"
#include "db/SignatureRepository.h"
#include "domain/AgentSignatures.h"

#include <Poco/DateTime.h>
#include <Poco/Logger.h>

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

namespace helpdesk::integrations::freshdesk {

namespace {
const char *kSource = "freshdesk";

std::string lowerCase(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

/// Freshdesk's field types as ours; empty for built-in fields that are no custom field.
std::string customFieldType(const std::string &type)
{
    if (type == "custom_number")
        return "integer";
    if (type == "custom_checkbox")
        return "boolean";
    if (type == "custom_date")
        return "date";
    if (type == "custom_dropdown" || type == "nested_field")
        return "select";
    if (type.rfind("custom_", 0) == 0)
        return "text"; // text, paragraph, decimal, phone number, url
    return {};
}

/// Every path of a choice tree: "Hardware", "Hardware > Printer", "Hardware > Printer > Toner".
void flatten(const std::vector<FdChoice> &choices, const std::string &prefix, protocol::JsonArray &out)
{
    for (const auto &c : choices) {
        auto path = prefix.empty() ? c.value : prefix + kNestedSeparator + c.value;
        out->add(path);
        flatten(c.choices, path, out);
    }
}

std::string arrayText(const protocol::JsonArray &array)
{
    std::ostringstream out;
    array->stringify(out);
    return out.str();
}

/// Freshdesk (Rails) time zone names as IANA ones; an IANA name passes as it is.
std::string ianaZone(const std::string &rails)
{
    static const std::map<std::string, std::string> zones{
        {"International Date Line West", "Etc/GMT+12"},
        {"Midway Island", "Pacific/Midway"},
        {"American Samoa", "Pacific/Pago_Pago"},
        {"Hawaii", "Pacific/Honolulu"},
        {"Alaska", "America/Juneau"},
        {"Pacific Time (US & Canada)", "America/Los_Angeles"},
        {"Tijuana", "America/Tijuana"},
        {"Mountain Time (US & Canada)", "America/Denver"},
        {"Arizona", "America/Phoenix"},
        {"Chihuahua", "America/Chihuahua"},
        {"Mazatlan", "America/Mazatlan"},
        {"Central Time (US & Canada)", "America/Chicago"},
        {"Saskatchewan", "America/Regina"},
        {"Guadalajara", "America/Mexico_City"},
        {"Mexico City", "America/Mexico_City"},
        {"Monterrey", "America/Monterrey"},
        {"Central America", "America/Guatemala"},
        {"Eastern Time (US & Canada)", "America/New_York"},
        {"Indiana (East)", "America/Indiana/Indianapolis"},
        {"Bogota", "America/Bogota"},
        {"Lima", "America/Lima"},
        {"Quito", "America/Lima"},
        {"Atlantic Time (Canada)", "America/Halifax"},
        {"Caracas", "America/Caracas"},
        {"La Paz", "America/La_Paz"},
        {"Santiago", "America/Santiago"},
        {"Newfoundland", "America/St_Johns"},
        {"Brasilia", "America/Sao_Paulo"},
        {"Buenos Aires", "America/Argentina/Buenos_Aires"},
        {"Montevideo", "America/Montevideo"},
        {"Georgetown", "America/Guyana"},
        {"Greenland", "America/Godthab"},
        {"Mid-Atlantic", "Atlantic/South_Georgia"},
        {"Azores", "Atlantic/Azores"},
        {"Cape Verde Is.", "Atlantic/Cape_Verde"},
        {"Dublin", "Europe/Dublin"},
        {"Edinburgh", "Europe/London"},
        {"Lisbon", "Europe/Lisbon"},
        {"London", "Europe/London"},
        {"Casablanca", "Africa/Casablanca"},
        {"Monrovia", "Africa/Monrovia"},
        {"UTC", "Etc/UTC"},
        {"Belgrade", "Europe/Belgrade"},
        {"Bratislava", "Europe/Bratislava"},
        {"Budapest", "Europe/Budapest"},
        {"Ljubljana", "Europe/Ljubljana"},
        {"Prague", "Europe/Prague"},
        {"Sarajevo", "Europe/Sarajevo"},
        {"Skopje", "Europe/Skopje"},
        {"Warsaw", "Europe/Warsaw"},
        {"Zagreb", "Europe/Zagreb"},
        {"Brussels", "Europe/Brussels"},
        {"Copenhagen", "Europe/Copenhagen"},
        {"Madrid", "Europe/Madrid"},
        {"Paris", "Europe/Paris"},
        {"Amsterdam", "Europe/Amsterdam"},
        {"Berlin", "Europe/Berlin"},
        {"Bern", "Europe/Zurich"},
        {"Zurich", "Europe/Zurich"},
        {"Rome", "Europe/Rome"},
        {"Stockholm", "Europe/Stockholm"},
        {"Vienna", "Europe/Vienna"},
        {"West Central Africa", "Africa/Algiers"},
        {"Bucharest", "Europe/Bucharest"},
        {"Cairo", "Africa/Cairo"},
        {"Helsinki", "Europe/Helsinki"},
        {"Kyiv", "Europe/Kiev"},
        {"Kyev", "Europe/Kiev"},
        {"Riga", "Europe/Riga"},
        {"Sofia", "Europe/Sofia"},
        {"Tallinn", "Europe/Tallinn"},
        {"Vilnius", "Europe/Vilnius"},
        {"Athens", "Europe/Athens"},
        {"Istanbul", "Europe/Istanbul"},
        {"Minsk", "Europe/Minsk"},
        {"Jerusalem", "Asia/Jerusalem"},
        {"Harare", "Africa/Harare"},
        {"Pretoria", "Africa/Johannesburg"},
        {"Kaliningrad", "Europe/Kaliningrad"},
        {"Moscow", "Europe/Moscow"},
        {"St. Petersburg", "Europe/Moscow"},
        {"Volgograd", "Europe/Volgograd"},
        {"Samara", "Europe/Samara"},
        {"Kuwait", "Asia/Kuwait"},
        {"Riyadh", "Asia/Riyadh"},
        {"Nairobi", "Africa/Nairobi"},
        {"Baghdad", "Asia/Baghdad"},
        {"Tehran", "Asia/Tehran"},
        {"Abu Dhabi", "Asia/Muscat"},
        {"Muscat", "Asia/Muscat"},
        {"Baku", "Asia/Baku"},
        {"Tbilisi", "Asia/Tbilisi"},
        {"Yerevan", "Asia/Yerevan"},
        {"Kabul", "Asia/Kabul"},
        {"Ekaterinburg", "Asia/Yekaterinburg"},
        {"Islamabad", "Asia/Karachi"},
        {"Karachi", "Asia/Karachi"},
        {"Tashkent", "Asia/Tashkent"},
        {"Chennai", "Asia/Kolkata"},
        {"Kolkata", "Asia/Kolkata"},
        {"Mumbai", "Asia/Kolkata"},
        {"New Delhi", "Asia/Kolkata"},
        {"Kathmandu", "Asia/Kathmandu"},
        {"Astana", "Asia/Dhaka"},
        {"Dhaka", "Asia/Dhaka"},
        {"Sri Jayawardenepura", "Asia/Colombo"},
        {"Almaty", "Asia/Almaty"},
        {"Novosibirsk", "Asia/Novosibirsk"},
        {"Rangoon", "Asia/Rangoon"},
        {"Bangkok", "Asia/Bangkok"},
        {"Hanoi", "Asia/Bangkok"},
        {"Jakarta", "Asia/Jakarta"},
        {"Krasnoyarsk", "Asia/Krasnoyarsk"},
        {"Beijing", "Asia/Shanghai"},
        {"Chongqing", "Asia/Chongqing"},
        {"Hong Kong", "Asia/Hong_Kong"},
        {"Urumqi", "Asia/Urumqi"},
        {"Kuala Lumpur", "Asia/Kuala_Lumpur"},
        {"Singapore", "Asia/Singapore"},
        {"Taipei", "Asia/Taipei"},
        {"Perth", "Australia/Perth"},
        {"Irkutsk", "Asia/Irkutsk"},
        {"Ulaanbaatar", "Asia/Ulaanbaatar"},
        {"Seoul", "Asia/Seoul"},
        {"Osaka", "Asia/Tokyo"},
        {"Sapporo", "Asia/Tokyo"},
        {"Tokyo", "Asia/Tokyo"},
        {"Yakutsk", "Asia/Yakutsk"},
        {"Darwin", "Australia/Darwin"},
        {"Adelaide", "Australia/Adelaide"},
        {"Canberra", "Australia/Melbourne"},
        {"Melbourne", "Australia/Melbourne"},
        {"Sydney", "Australia/Sydney"},
        {"Brisbane", "Australia/Brisbane"},
        {"Hobart", "Australia/Hobart"},
        {"Vladivostok", "Asia/Vladivostok"},
        {"Guam", "Pacific/Guam"},
        {"Port Moresby", "Pacific/Port_Moresby"},
        {"Magadan", "Asia/Magadan"},
        {"Srednekolymsk", "Asia/Srednekolymsk"},
        {"Solomon Is.", "Pacific/Guadalcanal"},
        {"New Caledonia", "Pacific/Noumea"},
        {"Fiji", "Pacific/Fiji"},
        {"Kamchatka", "Asia/Kamchatka"},
        {"Marshall Is.", "Pacific/Majuro"},
        {"Auckland", "Pacific/Auckland"},
        {"Wellington", "Pacific/Auckland"},
        {"Nuku'alofa", "Pacific/Tongatapu"},
        {"Tokelau Is.", "Pacific/Fakaofo"},
        {"Chatham Is.", "Pacific/Chatham"},
        {"Samoa", "Pacific/Apia"},
    };
    auto it = zones.find(rails);
    return it == zones.end() ? rails : it->second;
}

const char *priorityName(int priority)
{
    switch (priority) {
    case 1:
        return "Low";
    case 2:
        return "Medium";
    case 3:
        return "High";
    default:
        return "Urgent";
    }
}

/// Seconds as whole minutes, rounded up (a target of 30 s is still a target).
std::optional<int> minutesOf(std::optional<long long> seconds)
{
    if (!seconds || *seconds <= 0)
        return std::nullopt;
    return static_cast<int>(std::min<long long>((*seconds + 59) / 60, 1LL << 30));
}

/// A keyword text modules accept (^[a-z0-9_-]{1,40}$) from a title.
std::string keywordOf(const std::string &title, long long id)
{
    std::string out;
    for (unsigned char c : title) {
        if (std::isalnum(c) && c < 128)
            out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != '-')
            out += '-';
        if (out.size() >= 40)
            break;
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? "canned-" + std::to_string(id) : out;
}
} // namespace

void FreshdeskImporter::count(const std::string &kind, bool created)
{
    ++(created ? m_totals[kind].created : m_totals[kind].updated);
}

void FreshdeskImporter::importSignatures(db::Tx &tx, const std::vector<FdUser> &users)
{
    std::set<std::string> unmapped;
    for (const auto &u : users) {
        auto local = localId("user", u.id);
        if (!u.agent || (!u.signature && !u.signatureHtml) || !local)
            continue;
        auto before = db::SignatureRepository::ofAgent(tx, *local);
        if (!before)
            continue; // merged into a customer with the same address: customers sign nothing
        auto signature = withOurPlaceholders(u.signature.value_or(""), u.signatureHtml.value_or(""),
                                             PlaceholderTarget::Signature, unmapped);
        if (domain::AgentSignatures::importFor(tx, *local, signature)) {
            count("signature", before->empty());
            continue;
        }
        ++m_totals["signature"].skipped;
        db::ImportRepository::log(tx, kSource,
                                  {"signature", std::to_string(u.id), "warning",
                                   "kept the signature of " + u.name + ": it was changed in Helpdesk since"});
    }
    logUnmappedPlaceholders(tx, "signature", unmapped);
}

void FreshdeskImporter::logUnmappedPlaceholders(db::Tx &tx, const std::string &kind,
                                                const std::set<std::string> &unmapped)
{
    // Each placeholder with no counterpart named once a run; it stays in the text as it was.
    std::string names;
    for (const auto &name : unmapped)
        if (m_unmappedPlaceholders.insert(kind + ":" + name).second)
            names += (names.empty() ? "{{" : ", {{") + name + "}}";
    if (!names.empty())
        db::ImportRepository::log(
            tx, kSource,
            {kind, std::nullopt, "warning", "placeholders Helpdesk does not fill, left as text: " + names});
}

void FreshdeskImporter::importFieldDefinitions(const std::string &objectKind,
                                               const std::vector<FdFieldDefinition> &fields)
{
    if (fields.empty())
        return;
    inTransaction([&](db::Tx &tx) {
        for (const auto &f : fields) {
            if (objectKind == "ticket" && (f.type == "default_status" || f.name == "status")) {
                for (const auto &s : f.statuses) {
                    if (s.id >= 2 && s.id <= 5)
                        continue; // Freshdesk's own four keep their fixed meaning
                    if (s.name.empty()) {
                        db::ImportRepository::log(
                            tx, kSource, {"status", std::to_string(s.id), "warning", "a status without a name"});
                        continue;
                    }
                    // A status that stops the SLA clock waits on someone else: pending, not open work.
                    auto name = lowerCase(s.name);
                    auto id =
                        db::ImportRepository::stateIdOfType(tx, name, s.stopsSlaTimer ? "pending_reminder" : "open");
                    count("status", !m_stateByName.count(name));
                    m_stateByName[name] = id;
                    m_stateByStatus[s.id] = id;
                }
                continue;
            }
            if (objectKind == "ticket" && (f.type == "default_ticket_type" || f.name == "ticket_type")) {
                for (const auto &c : f.choices)
                    if (!c.value.empty()) {
                        count("ticket_type", !m_typeByName.count(lowerCase(c.value)));
                        typeFor(tx, c.value);
                    }
                continue;
            }
            auto type = customFieldType(f.type);
            if (type.empty())
                continue; // built in (subject, priority, requester, …): Helpdesk has its own
            auto options = protocol::newArray();
            flatten(f.choices, "", options);
            auto name = customFieldName(f.name);
            count(objectKind == "ticket" ? "ticket_field" : objectKind + "_field",
                  db::ImportRepository::defineCustomField(tx, objectKind, name, f.label.empty() ? f.name : f.label,
                                                          type, arrayText(options)));
            if (objectKind == "ticket") {
                m_customFields[f.name] = name;
                int level = 2;
                for (const auto &nested : f.nestedNames)
                    m_nestedLevel[nested] = {f.name, level++};
            } else if (objectKind == "user") {
                m_userFields.insert(f.name);
            } else {
                m_organizationFields.insert(f.name);
            }
        }
    });
}

void FreshdeskImporter::importCalendars(const std::vector<FdBusinessCalendar> &calendars)
{
    if (calendars.empty())
        return;
    const int thisYear = Poco::DateTime().year();
    inTransaction([&](db::Tx &tx) {
        for (const auto &c : calendars) {
            auto zone = ianaZone(c.timeZone.empty() ? "UTC" : c.timeZone);
            if (!db::ImportRepository::isTimeZone(tx, zone)) {
                db::ImportRepository::log(tx, kSource,
                                          {"calendar", std::to_string(c.id), "warning",
                                           "time zone '" + c.timeZone + "' of " + c.name + " is unknown; UTC used"});
                zone = "UTC";
            }
            auto hours = protocol::newObject();
            for (const auto &d : c.days) {
                auto intervals = hours->has(d.day) ? hours->getArray(d.day) : protocol::newArray();
                auto interval = protocol::newArray();
                interval->add(d.from);
                interval->add(d.to);
                intervals->add(interval);
                hours->set(d.day, intervals);
            }
            // Freshdesk's holidays recur every year; Helpdesk's are dates: last year and the next four.
            auto holidays = protocol::newArray();
            for (int year = thisYear - 1; year <= thisYear + 4; ++year)
                for (const auto &h : c.holidays)
                    if (Poco::DateTime::isValid(year, h.month, h.day)) {
                        char date[16];
                        std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, h.month, h.day);
                        holidays->add(std::string(date));
                    }
            auto [id, created] = db::ImportRepository::mergeCalendar(tx, kSource, c.id, c.name, zone,
                                                                     protocol::toJsonText(hours), arrayText(holidays));
            count("calendar", created);
            if (c.isDefault)
                m_defaultCalendar = c.id;
            m_map["calendar"][c.id] = id;
            m_calendarName[id] = c.name;
        }
    });
}

void FreshdeskImporter::importSlaPolicies(const std::vector<FdSlaPolicy> &policies)
{
    if (policies.empty())
        return;
    inTransaction([&](db::Tx &tx) {
        // Targets in calendar hours run on a calendar that never closes.
        std::optional<long long> roundTheClock;
        auto alwaysOpen = [&] {
            if (!roundTheClock) {
                auto hours = protocol::newObject();
                for (const char *day : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}) {
                    auto wholeDay = protocol::newArray();
                    wholeDay->add(protocol::toJsonArray(std::vector<std::string>{"00:00", "24:00"}));
                    hours->set(day, wholeDay);
                }
                roundTheClock = db::ImportRepository::mergeCalendar(tx, kSource, 0, "Freshdesk calendar hours (24/7)",
                                                                    "UTC", protocol::toJsonText(hours), "[]")
                                    .first;
            }
            return *roundTheClock;
        };
        auto calendarOf = [&](std::optional<long long> fdGroup) -> std::optional<long long> {
            std::optional<long long> fdCalendar = m_defaultCalendar;
            if (fdGroup)
                if (auto it = m_groupCalendar.find(*fdGroup); it != m_groupCalendar.end())
                    fdCalendar = it->second;
            return fdCalendar ? localId("calendar", *fdCalendar) : std::nullopt;
        };
        for (const auto &p : policies) {
            auto condition = protocol::newObject();
            std::set<std::string> unknown; // each named once, however many targets the policy has
            auto ids = [&](const std::vector<long long> &fdIds, const std::string &kind) {
                auto out = protocol::newArray();
                for (auto fdId : fdIds)
                    if (auto local = localId(kind, fdId))
                        out->add(static_cast<std::int64_t>(*local));
                    else if (unknown.insert(kind + " " + std::to_string(fdId)).second)
                        db::ImportRepository::log(tx, kSource,
                                                  {"sla_policy", std::to_string(p.id), "warning",
                                                   p.name + ": " + kind + " " + std::to_string(fdId) + " is unknown"});
                return out;
            };
            if (!p.companyIds.empty())
                condition->set("organization_ids", ids(p.companyIds, "company"));
            if (!p.ticketTypes.empty()) {
                auto types = protocol::newArray();
                for (const auto &t : p.ticketTypes)
                    types->add(static_cast<std::int64_t>(*typeFor(tx, t)));
                condition->set("type_ids", types);
            }
            // The policy's groups by the calendar they work in: one SLA per calendar.
            std::map<long long, std::vector<long long>> groupsByCalendar;
            std::optional<long long> policyCalendar = calendarOf(std::nullopt);
            for (auto fdGroup : p.groupIds)
                if (auto cal = calendarOf(fdGroup))
                    groupsByCalendar[*cal].push_back(fdGroup);
                else
                    groupsByCalendar[-1].push_back(fdGroup);
            if (p.groupIds.empty())
                groupsByCalendar[policyCalendar.value_or(-1)] = {};
            // The default policy applies when no other does: last.
            int rank = p.isDefault ? 10000 : 100 + p.position * 10;
            for (const auto &target : p.targets) {
                auto priority = std::clamp(target.priority, 1, 4);
                auto rankId = m_priorityByRank.count(priority) ? m_priorityByRank.at(priority) : 0;
                // Calendar hours: one SLA for all the policy's groups, on the 24/7 calendar.
                std::map<long long, std::vector<long long>> calendarHours{{-1, p.groupIds}};
                const auto &parts = target.businessHours ? groupsByCalendar : calendarHours;
                for (const auto &[calendar, fdGroups] : parts) {
                    auto sla = protocol::parseJsonObject(protocol::toJsonText(condition));
                    auto priorities = protocol::newArray();
                    priorities->add(static_cast<std::int64_t>(rankId));
                    sla->set("priority_ids", priorities);
                    if (!fdGroups.empty())
                        sla->set("group_ids", ids(fdGroups, "group"));
                    long long calendarId = calendar < 0 ? alwaysOpen() : calendar;
                    std::string name = p.name + " · " + priorityName(priority);
                    if (parts.size() > 1 && calendar >= 0)
                        name += " · " + m_calendarName[calendar];
                    count("sla", db::ImportRepository::mergeSla(tx, name, calendarId, protocol::toJsonText(sla),
                                                                rank + priority, minutesOf(target.respondWithin),
                                                                minutesOf(target.nextRespondWithin),
                                                                minutesOf(target.resolveWithin), p.active));
                }
            }
        }
    });
}

void FreshdeskImporter::importCannedResponses(const std::vector<FdCannedResponse> &responses)
{
    if (responses.empty())
        return;
    inTransaction([&](db::Tx &tx) {
        std::set<std::string> unmapped;
        for (const auto &r : responses) {
            // Text modules are plain text with the ticket's placeholders; Freshdesk's HTML is read as text.
            auto body = withOurPlaceholders(r.content, r.contentHtml, PlaceholderTarget::TextModule, unmapped);
            count("canned_response",
                  db::ImportRepository::mergeTextModule(tx, kSource, "canned_response", r.id, keywordOf(r.title, r.id),
                                                        r.title, body, r.folder));
        }
        logUnmappedPlaceholders(tx, "canned_response", unmapped);
    });
}

void FreshdeskImporter::importEmailConfigs(const std::vector<FdEmailConfig> &configs)
{
    if (configs.empty())
        return;
    inTransaction([&](db::Tx &tx) {
        for (const auto &e : configs) {
            auto group = e.groupId ? localId("group", *e.groupId) : std::nullopt;
            if (!group && m_defaultGroup)
                group = m_defaultGroup;
            if (!group) {
                db::ImportRepository::log(tx, kSource,
                                          {"email_config", std::to_string(e.id), "warning", "no group for " + e.name});
                continue;
            }
            // The address customers write to; Freshdesk's forwarding address only when there is no other.
            auto address = lowerCase(e.replyEmail.empty() ? e.toEmail : e.replyEmail);
            count("email_config", db::ImportRepository::mergeGroupAddress(tx, address, *group));
        }
    });
}

void FreshdeskImporter::importRatings(const std::vector<FdRating> &ratings)
{
    if (ratings.empty())
        return;
    db::StagedRows<6> rows;
    for (const auto &r : ratings) {
        // Freshdesk: 103 extremely happy … 100 neutral … -103 extremely unhappy; classic surveys 1 happy,
        // 2 neutral, 3 unhappy. Ours: 1 … 5 stars.
        int score = 3;
        if (r.rating >= 100 || r.rating <= -100)
            score = r.rating >= 102 ? 5 : r.rating == 101 ? 4 : r.rating == 100 ? 3 : r.rating == -101 ? 2 : 1;
        else
            score = r.rating == 1 ? 5 : r.rating == 2 ? 3 : 1;
        rows.push_back({std::to_string(r.id), std::to_string(r.ticketId),
                        r.userId ? std::optional<std::string>(std::to_string(*r.userId)) : std::nullopt,
                        std::to_string(score), r.feedback,
                        r.createdAt.empty() ? std::nullopt : std::optional<std::string>(r.createdAt)});
    }
    inTransaction([&](db::Tx &tx) {
        auto counts = db::ImportRepository::mergeRatings(tx, kSource, rows);
        auto &total = m_totals["rating"];
        total.created += counts.created;
        total.updated += counts.updated;
        total.skipped += counts.kept;
    });
}

} // namespace helpdesk::integrations::freshdesk
