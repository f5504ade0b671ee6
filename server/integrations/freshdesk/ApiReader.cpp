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

void ApiReader::importInto(FreshdeskImporter &importer, ProgressPrinter &progress)
{
    importer.prepare();
    const auto runStarted = Poco::DateTimeFormatter::format(Poco::DateTime(), Poco::DateTimeFormat::ISO8601_FORMAT);
    m_api.forEachPage("/api/v2/companies", "", 1, [&](const protocol::JsonArray &page, long long) {
        std::vector<FdCompany> companies;
        for (unsigned i = 0; i < page->size(); ++i) {
            auto c = page->getObject(i);
            companies.push_back({id(c, "id").value_or(0), str(c, "name"), str(c, "created_at"), str(c, "updated_at")});
        }
        importer.importCompanies(companies);
    });
    m_api.forEachPage("/api/v2/groups", "", 1, [&](const protocol::JsonArray &page, long long) {
        std::vector<FdGroup> groups;
        for (unsigned i = 0; i < page->size(); ++i)
            groups.push_back({id(page->getObject(i), "id").value_or(0), str(page->getObject(i), "name")});
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
            u.createdAt = str(a, "created_at");
            u.updatedAt = str(a, "updated_at");
            users.push_back(u);
        }
        importer.importUsers(users);
    });
    std::map<std::string, std::string> contactFieldTypes;
    auto contactFields = m_api.get("/api/v2/contact_fields").extract<Poco::JSON::Array::Ptr>();
    for (unsigned i = 0; contactFields && i < contactFields->size(); ++i)
        contactFieldTypes[str(contactFields->getObject(i), "name")] =
            railsType(str(contactFields->getObject(i), "type"));
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
    std::map<std::string, std::string> fieldTypes;
    auto fields = m_api.get("/api/v2/ticket_fields").extract<Poco::JSON::Array::Ptr>();
    for (unsigned i = 0; fields && i < fields->size(); ++i)
        fieldTypes[str(fields->getObject(i), "name")] = railsType(str(fields->getObject(i), "type"));
    try {
        auto hours = m_api.get("/api/v2/business_hours").extract<Poco::JSON::Array::Ptr>();
        if (hours && hours->size() > 0)
            importer.logWarning("business_hours", std::to_string(hours->size()) +
                                                      " business-hours calendars not imported:"
                                                      " Helpdesk has no calendars yet");
    } catch (const std::exception &e) {
        importer.logWarning("business_hours", std::string("not read: ") + e.what());
    }

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
    long long page = importer.progress("api:tickets") + 1;
    progress.start("tickets", 0);
    long long seen = 0;
    for (;;) {
        std::string query = "include=description&order_by=updated_at&order_type=asc";
        if (!window.empty()) {
            std::string encoded;
            Poco::URI::encode(window, ":+", encoded); // "+02:00" must not arrive as a space
            query += "&updated_since=" + encoded;
        }
        auto result = m_api.get("/api/v2/tickets?" + query + "&per_page=100&page=" + std::to_string(page));
        auto list = result.extract<Poco::JSON::Array::Ptr>();
        if (!list || list->size() == 0)
            break;
        std::vector<FdTicket> tickets;
        std::string lastUpdate;
        for (unsigned i = 0; i < list->size(); ++i) {
            auto j = list->getObject(i);
            lastUpdate = str(j, "updated_at");
            try {
                tickets.push_back(ticketFromApi(j, fieldTypes));
            } catch (const std::exception &e) {
                importer.logFailure("ticket", std::to_string(id(j, "id").value_or(0)), e.what());
            }
        }
        importer.importTickets(tickets);
        seen += static_cast<long long>(list->size());
        progress.advance(seen);
        if (list->size() < 100)
            break;
        if (page >= m_maxPages && !lastUpdate.empty()) {
            window = lastUpdate;
            page = 1;
            importer.setProgressText("api:window_since", window);
            importer.setProgress("api:tickets", 0);
            continue;
        }
        importer.setProgress("api:tickets", page);
        ++page;
    }
    progress.finish();
    importer.finish();
    importer.clearProgress();
    importer.setProgressText("api:updated_since", runStarted);
}

} // namespace helpdesk::integrations::freshdesk
