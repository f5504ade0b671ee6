#include "integrations/freshdesk/ApiReader.h"

#include "mail/TlsContext.h"

#include <Poco/Base64Encoder.h>
#include <Poco/DateTime.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>

#include <chrono>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace helpdesk::integrations::freshdesk {

namespace {
constexpr int kAttempts = 6;
constexpr int kMaxRetryAfterSeconds = 120;

Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.import");
}

std::string str(const protocol::JsonObject &o, const std::string &key)
{
    if (!o || !o->has(key) || o->isNull(key))
        return {};
    auto v = o->get(key);
    return v.isString() ? v.extract<std::string>() : v.convert<std::string>();
}

std::optional<long long> id(const protocol::JsonObject &o, const std::string &key)
{
    if (!o || !o->has(key) || o->isNull(key))
        return std::nullopt;
    return o->get(key).convert<long long>();
}

bool flag(const protocol::JsonObject &o, const std::string &key, bool fallback = false)
{
    if (!o || !o->has(key) || o->isNull(key))
        return fallback;
    return o->get(key).convert<bool>();
}

std::vector<FdAttachment> attachments(const protocol::JsonObject &o)
{
    std::vector<FdAttachment> out;
    auto list = o->getArray("attachments");
    for (unsigned i = 0; list && i < list->size(); ++i) {
        auto a = list->getObject(i);
        out.push_back({str(a, "name"), str(a, "content_type"), id(a, "size").value_or(0), str(a, "attachment_url")});
    }
    return out;
}

std::vector<long long> idList(const protocol::JsonObject &o, const std::string &key)
{
    std::vector<long long> out;
    auto list = o ? o->getArray(key) : nullptr;
    for (unsigned i = 0; list && i < list->size(); ++i)
        if (!list->isNull(i))
            out.push_back(list->get(i).convert<long long>());
    return out;
}

std::vector<std::string> textList(const protocol::JsonObject &o, const std::string &key)
{
    std::vector<std::string> out;
    auto list = o ? o->getArray(key) : nullptr;
    for (unsigned i = 0; list && i < list->size(); ++i)
        if (!list->isNull(i))
            out.push_back(list->get(i).convert<std::string>());
    return out;
}

/// Choices as the API gives them: a list of values (or of {value|label, choices}), or for nested
/// fields an object of value -> next level.
std::vector<FdChoice> choicesFromJson(const Poco::Dynamic::Var &v)
{
    std::vector<FdChoice> out;
    if (v.type() == typeid(Poco::JSON::Array::Ptr)) {
        auto list = v.extract<Poco::JSON::Array::Ptr>();
        for (unsigned i = 0; list && i < list->size(); ++i) {
            auto item = list->get(i);
            if (item.type() == typeid(Poco::JSON::Object::Ptr)) {
                auto o = item.extract<Poco::JSON::Object::Ptr>();
                auto value = str(o, "value").empty() ? str(o, "label") : str(o, "value");
                out.push_back(
                    {value, o->has("choices") ? choicesFromJson(o->get("choices")) : std::vector<FdChoice>{}});
            } else if (!item.isEmpty()) {
                out.push_back({item.convert<std::string>(), {}});
            }
        }
    } else if (v.type() == typeid(Poco::JSON::Object::Ptr)) {
        auto o = v.extract<Poco::JSON::Object::Ptr>();
        for (const auto &[value, next] : *o)
            out.push_back({value, choicesFromJson(next)});
    }
    return out;
}

/// The status field's choices: {"6": ["Waiting on supplier", "Awaiting your reply"]} (agent's and
/// customer's label) or, from the admin API, [{"id": 6, "label": …, "stop_sla_timer": true}].
std::vector<FdStatus> statusesFromJson(const Poco::Dynamic::Var &v)
{
    std::vector<FdStatus> out;
    if (v.type() == typeid(Poco::JSON::Object::Ptr)) {
        for (const auto &[key, labels] : *v.extract<Poco::JSON::Object::Ptr>()) {
            std::string name;
            if (labels.type() == typeid(Poco::JSON::Array::Ptr)) {
                auto list = labels.extract<Poco::JSON::Array::Ptr>();
                if (list && list->size() > 0)
                    name = list->get(0).convert<std::string>();
            } else if (!labels.isEmpty()) {
                name = labels.convert<std::string>();
            }
            try {
                out.push_back({std::stoi(key), name, false});
            } catch (const std::exception &) {
            }
        }
    } else if (v.type() == typeid(Poco::JSON::Array::Ptr)) {
        auto list = v.extract<Poco::JSON::Array::Ptr>();
        for (unsigned i = 0; list && i < list->size(); ++i) {
            auto o = list->getObject(i);
            if (auto statusId = id(o, "id"))
                out.push_back({static_cast<int>(*statusId), str(o, "label").empty() ? str(o, "value") : str(o, "label"),
                               flag(o, "stop_sla_timer")});
        }
    }
    return out;
}

FdFieldDefinition fieldFromJson(const protocol::JsonObject &o)
{
    FdFieldDefinition f;
    f.id = id(o, "id").value_or(0);
    f.name = str(o, "name");
    f.label = str(o, "label");
    f.type = str(o, "type");
    if (o->has("choices")) {
        if (f.type == "default_status")
            f.statuses = statusesFromJson(o->get("choices"));
        else
            f.choices = choicesFromJson(o->get("choices"));
    }
    if (auto nested = o->getArray("nested_ticket_fields"))
        for (unsigned i = 0; i < nested->size(); ++i)
            f.nestedNames.push_back(str(nested->getObject(i), "name"));
    return f;
}

FdBusinessCalendar calendarFromJson(const protocol::JsonObject &o)
{
    FdBusinessCalendar c;
    c.id = id(o, "id").value_or(0);
    c.name = str(o, "name");
    c.timeZone = str(o, "time_zone");
    c.isDefault = flag(o, "is_default");
    if (auto hours = o->getObject("business_hours"))
        for (const auto &[day, times] : *hours) {
            auto t = times.extract<Poco::JSON::Object::Ptr>();
            auto d = weekday(day);
            auto from = clockTime(str(t, "start_time")), to = clockTime(str(t, "end_time"));
            if (d.empty() || from.empty() || to.empty() || from >= to)
                throw std::runtime_error("business hours " + c.name + ": " + day + " is not a day with times");
            c.days.push_back({d, from, to});
        }
    if (auto holidays = o->getArray("holiday_list"))
        for (unsigned i = 0; i < holidays->size(); ++i) {
            auto h = holidays->getObject(i);
            auto date = holidayDate(str(h, "name"), str(h, "date"));
            if (!date)
                throw std::runtime_error("holiday " + str(h, "name") + " of " + c.name + " has no date like Dec 25");
            c.holidays.push_back(*date);
        }
    return c;
}

FdSlaPolicy slaPolicyFromJson(const protocol::JsonObject &o)
{
    FdSlaPolicy p;
    p.id = id(o, "id").value_or(0);
    p.name = str(o, "name");
    p.active = flag(o, "active", true);
    p.isDefault = flag(o, "is_default");
    p.position = static_cast<int>(id(o, "position").value_or(0));
    auto applies = o->getObject("applicable_to");
    p.groupIds = idList(applies, "group_ids");
    p.companyIds = idList(applies, "company_ids");
    p.ticketTypes = textList(applies, "ticket_types");
    if (auto targets = o->getObject("sla_target"))
        for (const auto &[key, value] : *targets) {
            auto t = value.extract<Poco::JSON::Object::Ptr>();
            FdSlaTarget target;
            target.priority = key.rfind("priority_", 0) == 0 ? std::atoi(key.c_str() + 9) : 1;
            target.respondWithin = id(t, "respond_within");
            target.nextRespondWithin = id(t, "next_respond_within");
            target.resolveWithin = id(t, "resolve_within");
            target.businessHours = flag(t, "business_hours", true);
            p.targets.push_back(target);
        }
    return p;
}

/// Freshdesk API field types as the XML export's Rails types.
std::string railsType(const std::string &apiType)
{
    if (apiType == "custom_number")
        return "integer";
    if (apiType == "custom_checkbox")
        return "boolean";
    if (apiType == "custom_date")
        return "date";
    return "string";
}
} // namespace

FreshdeskApi::FreshdeskApi(const std::string &baseUrl, const std::string &apiKey) : m_base(baseUrl)
{
    std::ostringstream encoded;
    Poco::Base64Encoder encoder(encoded);
    encoder.rdbuf()->setLineLength(0);
    encoder << apiKey << ":X"; // Freshdesk: the key as user name, any password
    encoder.close();
    m_authorization = "Basic " + encoded.str();
}

Poco::Dynamic::Var FreshdeskApi::get(const std::string &pathAndQuery)
{
    std::string lastError;
    for (int attempt = 1; attempt <= kAttempts; ++attempt) {
        try {
            std::unique_ptr<Poco::Net::HTTPClientSession> session;
            if (m_base.getScheme() == "https")
                session = std::make_unique<Poco::Net::HTTPSClientSession>(m_base.getHost(), m_base.getPort(),
                                                                          mail::tls::clientContext(true));
            else
                session = std::make_unique<Poco::Net::HTTPClientSession>(m_base.getHost(), m_base.getPort());
            session->setTimeout(Poco::Timespan(60, 0));
            Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, pathAndQuery,
                                           Poco::Net::HTTPMessage::HTTP_1_1);
            request.set("Authorization", m_authorization);
            request.set("Accept", "application/json");
            session->sendRequest(request);
            Poco::Net::HTTPResponse response;
            auto &in = session->receiveResponse(response);
            std::string body;
            Poco::StreamCopier::copyToString(in, body);
            auto status = static_cast<int>(response.getStatus());
            if (status == 429) {
                // Rate limited: wait as long as Freshdesk says, then ask again (not counted as a failure).
                int wait = 60;
                try {
                    wait = std::stoi(response.get("Retry-After", "60"));
                } catch (const std::exception &) {
                }
                logger().information("Freshdesk rate limit: waiting %d s before %s", wait, pathAndQuery);
                std::this_thread::sleep_for(std::chrono::seconds(std::clamp(wait, 1, kMaxRetryAfterSeconds)));
                ++m_retries;
                --attempt;
                continue;
            }
            if (status >= 500)
                throw std::runtime_error("HTTP " + std::to_string(status));
            if (status != 200)
                throw std::invalid_argument("HTTP " + std::to_string(status) + " for " + pathAndQuery + ": " +
                                            body.substr(0, 200));
            if (response.hasContentLength() && static_cast<long long>(body.size()) < response.getContentLength64())
                throw std::runtime_error("the connection dropped after " + std::to_string(body.size()) + " of " +
                                         std::to_string(response.getContentLength64()) + " bytes");
            Poco::JSON::Parser parser;
            return parser.parse(body);
        } catch (const std::invalid_argument &e) {
            throw std::runtime_error(std::string("Freshdesk refused the request: ") +
                                     e.what()); // 4xx: retrying will not help
        } catch (const Poco::Exception &e) {
            lastError = e.displayText();
        } catch (const std::exception &e) {
            lastError = e.what();
        }
        ++m_retries;
        logger().information("Freshdesk request %s failed (%s); attempt %d of %d", pathAndQuery, lastError, attempt,
                             kAttempts);
        std::this_thread::sleep_for(std::chrono::milliseconds(200 << std::min(attempt, 5)));
    }
    throw std::runtime_error("Freshdesk " + m_base.toString() + pathAndQuery + " failed " + std::to_string(kAttempts) +
                             " times: " + lastError);
}

void FreshdeskApi::forEachPage(const std::string &path, const std::string &query, long long firstPage,
                               const std::function<void(const protocol::JsonArray &, long long)> &onPage)
{
    for (long long page = std::max(1LL, firstPage);; ++page) {
        auto result =
            get(path + "?" + (query.empty() ? "" : query + "&") + "per_page=100&page=" + std::to_string(page));
        auto list = result.extract<Poco::JSON::Array::Ptr>();
        if (!list || list->size() == 0)
            return;
        onPage(list, page);
        if (list->size() < 100)
            return;
    }
}

void FreshdeskApi::forEachTicketPage(
    const std::string &query, TicketWindow from, int maxPages,
    const std::function<void(const protocol::JsonArray &, const TicketWindow &)> &onPage)
{
    for (;;) {
        std::string pathAndQuery =
            "/api/v2/tickets?" + (query.empty() ? "" : query + "&") + "order_by=updated_at&order_type=asc";
        if (!from.updatedSince.empty()) {
            std::string encoded;
            Poco::URI::encode(from.updatedSince, ":+", encoded); // "+02:00" must not arrive as a space
            pathAndQuery += "&updated_since=" + encoded;
        }
        auto list =
            get(pathAndQuery + "&per_page=100&page=" + std::to_string(from.page)).extract<Poco::JSON::Array::Ptr>();
        if (!list || list->size() == 0)
            return;
        const bool full = list->size() >= 100;
        TicketWindow next{from.updatedSince, from.page + 1};
        if (full && from.page >= maxPages) {
            auto lastUpdate = str(list->getObject(list->size() - 1), "updated_at");
            if (!lastUpdate.empty())
                next = {std::move(lastUpdate), 1};
        }
        onPage(list, next);
        if (!full)
            return;
        from = std::move(next);
    }
}

void ApiReader::importInto(FreshdeskImporter &importer, ProgressPrinter &progress)
{
    importer.prepare();
    // Lists a plan may not have (403/404) or that fail are named in the log; the rest goes on.
    auto optionalList = [&](const std::string &kind, const std::function<void()> &read) {
        try {
            read();
        } catch (const std::exception &e) {
            importer.logWarning(kind, std::string("not read: ") + e.what());
        }
    };
    const auto runStarted = Poco::DateTimeFormatter::format(Poco::DateTime(), Poco::DateTimeFormat::ISO8601_FORMAT);
    // Field definitions first: the records' custom values are typed by them.
    auto definitions = [&](const std::string &path, const std::string &objectKind) {
        std::map<std::string, std::string> types;
        auto list = m_api.get(path).extract<Poco::JSON::Array::Ptr>();
        std::vector<FdFieldDefinition> fields;
        for (unsigned i = 0; list && i < list->size(); ++i) {
            fields.push_back(fieldFromJson(list->getObject(i)));
            types[fields.back().name] = railsType(fields.back().type);
        }
        importer.importFieldDefinitions(objectKind, fields);
        return types;
    };
    auto fieldTypes = definitions("/api/v2/ticket_fields", "ticket");
    auto contactFieldTypes = definitions("/api/v2/contact_fields", "user");
    std::map<std::string, std::string> companyFieldTypes;
    optionalList("company_field", [&] { companyFieldTypes = definitions("/api/v2/company_fields", "organization"); });
    m_api.forEachPage("/api/v2/companies", "", 1, [&](const protocol::JsonArray &page, long long) {
        std::vector<FdCompany> companies;
        for (unsigned i = 0; i < page->size(); ++i) {
            auto c = page->getObject(i);
            FdCompany company;
            company.id = id(c, "id").value_or(0);
            company.name = str(c, "name");
            company.description = str(c, "description");
            for (const auto &domain : textList(c, "domains"))
                company.domains += (company.domains.empty() ? "" : ", ") + domain;
            company.createdAt = str(c, "created_at");
            company.updatedAt = str(c, "updated_at");
            if (auto custom = c->getObject("custom_fields"))
                for (const auto &[name, value] : *custom)
                    company.custom.push_back(
                        {name, companyFieldTypes.count(name) ? companyFieldTypes[name] : "string",
                         value.isEmpty() ? std::nullopt : std::optional<std::string>(value.convert<std::string>())});
            companies.push_back(company);
        }
        importer.importCompanies(companies);
    });
    m_api.forEachPage("/api/v2/groups", "", 1, [&](const protocol::JsonArray &page, long long) {
        std::vector<FdGroup> groups;
        for (unsigned i = 0; i < page->size(); ++i)
            groups.push_back({id(page->getObject(i), "id").value_or(0), str(page->getObject(i), "name"),
                              id(page->getObject(i), "business_hour_id")});
        importer.importGroups(groups);
    });
    m_api.forEachPage("/api/v2/agents", "", 1, [&](const protocol::JsonArray &page, long long) {
        std::vector<FdUser> users;
        for (unsigned i = 0; i < page->size(); ++i) {
            auto a = page->getObject(i);
            auto contact = a->getObject("contact");
            FdUser u;
            u.id = id(a, "id").value_or(0);
            u.email = str(contact, "email");
            u.name = str(contact, "name");
            u.agent = true;
            u.active = flag(contact, "active", true);
            u.language = str(contact, "language");
            u.jobTitle = str(contact, "job_title");
            u.phone = str(contact, "phone");
            u.mobile = str(contact, "mobile");
            u.timeZone = str(contact, "time_zone");
            u.agentType = flag(a, "occasional") ? "occasional" : "full-time";
            auto scope = id(a, "ticket_scope").value_or(1);
            u.ticketScope = scope == 3 ? "restricted" : scope == 2 ? "group" : "global";
            if (a->has("signature"))
                u.signatureHtml = str(a, "signature"); // HTML; null when the agent has none
            u.createdAt = str(a, "created_at");
            u.updatedAt = str(a, "updated_at");
            users.push_back(u);
        }
        importer.importUsers(users);
    });
    m_api.forEachPage("/api/v2/contacts", "", 1, [&](const protocol::JsonArray &page, long long) {
        std::vector<FdUser> users;
        for (unsigned i = 0; i < page->size(); ++i) {
            auto c = page->getObject(i);
            FdUser u;
            u.id = id(c, "id").value_or(0);
            u.email = str(c, "email");
            u.name = str(c, "name");
            u.active = flag(c, "active", true) && !flag(c, "deleted");
            u.companyId = id(c, "company_id");
            u.language = str(c, "language");
            u.jobTitle = str(c, "job_title");
            u.phone = str(c, "phone");
            u.mobile = str(c, "mobile");
            u.twitter = str(c, "twitter_id");
            u.timeZone = str(c, "time_zone");
            u.createdAt = str(c, "created_at");
            u.updatedAt = str(c, "updated_at");
            if (auto custom = c->getObject("custom_fields"))
                for (const auto &[name, value] : *custom) {
                    auto type = contactFieldTypes.count(name) ? contactFieldTypes[name] : "string";
                    u.custom.push_back(
                        {name, type,
                         value.isEmpty() ? std::nullopt : std::optional<std::string>(value.convert<std::string>())});
                }
            users.push_back(u);
        }
        importer.importUsers(users);
    });
    optionalList("calendar", [&] {
        std::vector<FdBusinessCalendar> calendars;
        m_api.forEachPage("/api/v2/business_hours", "", 1, [&](const protocol::JsonArray &page, long long) {
            for (unsigned i = 0; i < page->size(); ++i)
                calendars.push_back(calendarFromJson(page->getObject(i)));
        });
        importer.importCalendars(calendars);
    });
    optionalList("sla_policy", [&] {
        std::vector<FdSlaPolicy> policies;
        m_api.forEachPage("/api/v2/sla_policies", "", 1, [&](const protocol::JsonArray &page, long long) {
            for (unsigned i = 0; i < page->size(); ++i)
                policies.push_back(slaPolicyFromJson(page->getObject(i)));
        });
        importer.importSlaPolicies(policies);
    });
    optionalList("canned_response", [&] {
        std::vector<FdCannedResponse> responses;
        auto folders = m_api.get("/api/v2/canned_response_folders").extract<Poco::JSON::Array::Ptr>();
        for (unsigned i = 0; folders && i < folders->size(); ++i) {
            auto folder = folders->getObject(i);
            auto list = m_api
                            .get("/api/v2/canned_response_folders/" + std::to_string(id(folder, "id").value_or(0)) +
                                 "/responses")
                            .extract<Poco::JSON::Array::Ptr>();
            for (unsigned k = 0; list && k < list->size(); ++k) {
                auto r = list->getObject(k);
                responses.push_back({id(r, "id").value_or(0), str(r, "title"), str(folder, "name"), str(r, "content"),
                                     str(r, "content_html")});
            }
        }
        importer.importCannedResponses(responses);
    });
    optionalList("email_config", [&] {
        std::vector<FdEmailConfig> configs;
        m_api.forEachPage("/api/v2/email_configs", "", 1, [&](const protocol::JsonArray &page, long long) {
            for (unsigned i = 0; i < page->size(); ++i) {
                auto e = page->getObject(i);
                configs.push_back({id(e, "id").value_or(0), str(e, "name"), str(e, "reply_email"), str(e, "to_email"),
                                   id(e, "group_id"), flag(e, "active", true)});
            }
        });
        importer.importEmailConfigs(configs);
    });

    auto ticketFromApi = [&](const protocol::JsonObject &j, std::map<std::string, std::string> &types) {
        FdTicket t;
        t.id = id(j, "id").value();
        t.displayId = t.id; // API v2 numbers tickets by their id
        t.subject = str(j, "subject");
        t.descriptionHtml = str(j, "description");
        t.description = str(j, "description_text");
        t.groupId = id(j, "group_id");
        t.requesterId = id(j, "requester_id");
        t.responderId = id(j, "responder_id");
        t.companyId = id(j, "company_id");
        t.status = static_cast<int>(id(j, "status").value_or(2));
        t.priority = static_cast<int>(id(j, "priority").value_or(1));
        t.source = static_cast<int>(id(j, "source").value_or(1));
        t.type = str(j, "type");
        t.createdAt = str(j, "created_at");
        t.updatedAt = str(j, "updated_at");
        if (auto tags = j->getArray("tags"))
            for (unsigned k = 0; k < tags->size(); ++k)
                t.tags.push_back(tags->getElement<std::string>(k));
        if (auto custom = j->getObject("custom_fields"))
            for (const auto &[name, value] : *custom) {
                auto type = types.count(name) ? types[name] : "string";
                t.custom.push_back(
                    {name, type,
                     value.isEmpty() ? std::nullopt : std::optional<std::string>(value.convert<std::string>())});
            }
        t.attachments = attachments(j);
        m_api.forEachPage("/api/v2/tickets/" + std::to_string(t.id) + "/conversations", "", 1,
                          [&](const protocol::JsonArray &notes, long long) {
                              for (unsigned k = 0; k < notes->size(); ++k) {
                                  auto n = notes->getObject(k);
                                  FdNote note;
                                  note.id = id(n, "id").value_or(0);
                                  note.userId = id(n, "user_id");
                                  note.isPrivate = flag(n, "private");
                                  note.incoming = flag(n, "incoming");
                                  note.bodyHtml = str(n, "body");
                                  note.body = str(n, "body_text");
                                  note.createdAt = str(n, "created_at");
                                  note.updatedAt = str(n, "updated_at");
                                  note.attachments = attachments(n);
                                  t.notes.push_back(std::move(note));
                              }
                          });
        return t;
    };

    // Tickets, oldest change first; a later run asks only for what changed since this one began.
    // Freshdesk serves at most m_maxPages pages of a list: past that, a new window starts at the
    // last ticket's update time (its tickets are fetched again, which updates nothing twice).
    auto since = importer.progressText("api:updated_since");
    auto window = importer.progressText("api:window_since");
    if (window.empty())
        window = since;
    progress.start("tickets", 0);
    long long seen = 0;
    // A page is stored, then where the walk resumes after it (so an interrupted run goes on there).
    auto importPage = [&](const protocol::JsonArray &list, const FreshdeskApi::TicketWindow &next) {
        std::vector<FdTicket> tickets;
        for (unsigned i = 0; i < list->size(); ++i) {
            auto j = list->getObject(i);
            try {
                tickets.push_back(ticketFromApi(j, fieldTypes));
            } catch (const std::exception &e) {
                importer.logFailure("ticket", std::to_string(id(j, "id").value_or(0)), e.what());
            }
        }
        importer.importTickets(tickets);
        seen += static_cast<long long>(list->size());
        progress.advance(seen);
        importer.setProgressText("api:window_since", next.updatedSince);
        importer.setProgress("api:tickets", next.page - 1);
    };
    m_api.forEachTicketPage("include=description", {window, importer.progress("api:tickets") + 1}, m_maxPages,
                            importPage);
    progress.finish();
    optionalList("rating", [&] {
        std::vector<FdRating> ratings;
        std::string query;
        if (!since.empty()) {
            std::string encoded;
            Poco::URI::encode(since, ":+", encoded);
            query = "created_since=" + encoded;
        }
        m_api.forEachPage(
            "/api/v2/surveys/satisfaction_ratings", query, 1, [&](const protocol::JsonArray &page, long long) {
                for (unsigned i = 0; i < page->size(); ++i) {
                    auto r = page->getObject(i);
                    auto scores = r->getObject("ratings");
                    if (!scores || !scores->has("default_question"))
                        continue;
                    ratings.push_back({id(r, "id").value_or(0), id(r, "ticket_id").value_or(0), id(r, "user_id"),
                                       static_cast<int>(id(scores, "default_question").value_or(0)), str(r, "feedback"),
                                       str(r, "created_at")});
                }
            });
        importer.importRatings(ratings);
    });
    importer.finish();
    importer.clearProgress();
    importer.setProgressText("api:updated_since", runStarted);
}

} // namespace helpdesk::integrations::freshdesk
