// `helpdesk-server import freshdesk --api` against a local HTTP server that answers as Freshdesk's
// API v2 does (recorded response shapes): basic auth, pages of 100, a 429 with Retry-After, a
// connection dropped in the middle of a response, attachments to download, and an incremental
// second run that asks only for what changed.

#include "support/Desk.h"

#include <Poco/Base64Encoder.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <pqxx/pqxx>

#include <QtTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <sstream>

using namespace helpdesk::test;

namespace {
const char *kApiKey = "sEcReTkEy123";
constexpr int kPageLimit = 1; // Freshdesk's is 300; one page makes the test cross a window

/// What the fake Freshdesk saw and how it should misbehave.
struct FakeFreshdesk {
    std::mutex mutex;
    std::vector<std::string> requests;
    std::atomic<int> ticketPageRequests{0};
    std::chrono::steady_clock::time_point rateLimitedAt;
    std::chrono::steady_clock::time_point retriedAt;
    std::atomic<bool> dropped{false};
    std::atomic<bool> secondRun{false};
    int port = 0;
};
FakeFreshdesk g_fake;

std::string iso(int minutes)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "2021-03-%02dT%02d:%02d:00Z", 1 + minutes / 1440 % 28, minutes / 60 % 24,
                  minutes % 60);
    return buffer;
}

std::string list(int from, int to, const std::function<std::string(int)> &item)
{
    std::string out = "[";
    for (int i = from; i < to; ++i)
        out += (i > from ? "," : "") + item(i);
    return out + "]";
}

std::string ticketJson(int i, bool renamed)
{
    std::ostringstream t;
    t << "{\"id\":" << 5000 + i << ",\"subject\":\""
      << (renamed && i == 3 ? "Renamed via API" : "API ticket " + std::to_string(i))
      << " \\u00fc\",\"description\":\"<div>Help with " << i << "</div>\",\"description_text\":\"Help with " << i
      << "\",\"group_id\":" << 70 + i % 2 << ",\"requester_id\":" << 1000 + i % 130
      << ",\"responder_id\":" << (i % 4 ? std::to_string(10 + i % 3) : "null")
      << ",\"company_id\":null,\"status\":" << (i % 10 == 9 ? 6 : 2 + i % 4) << ",\"priority\":" << 1 + i % 4
      << ",\"source\":" << (i % 2 ? 1 : 3) << ",\"type\":\"Question\",\"tags\":[\"api\"" << (i % 5 ? "" : ",\"vip\"")
      << "],\"custom_fields\":{\"cf_serial\":\"SN-" << i << "\",\"cf_seats\":" << i % 20
      << ",\"cf_onsite\":" << (i % 2 ? "true" : "false")
      << ",\"cf_area\":\"Network\",\"cf_area_detail\":" << (i % 2 ? "\"VPN\"" : "null")
      << ",\"cf_plan\":\"Pro\"},\"created_at\":\"" << iso(i * 10) << "\",\"updated_at\":\""
      << iso(i * 10 + (renamed && i == 3 ? 5000 : 5)) << "\",\"attachments\":[]}";
    return t.str();
}

/// Agent `i`'s signature as the API gives it (JSON: HTML or null); agents 10 and 12 changed theirs
/// in Freshdesk before the second run.
std::string agentSignature(int i)
{
    const std::string again = g_fake.secondRun ? " (new)" : "";
    if (i == 10)
        return "\"<div>{{ticket.agent.name}} · API Desk" + again + "<br>{{ticket.agent.email}}</div>\"";
    if (i == 12)
        return "\"<p>Occasional helper" + again + "</p>\"";
    return "null";
}

class FakeHandler : public Poco::Net::HTTPRequestHandler
{
public:
    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override
    {
        {
            std::lock_guard lock(g_fake.mutex);
            g_fake.requests.push_back(request.getURI());
        }
        // Attachment addresses are pre-signed (as Freshdesk's storage links are): no API key.
        if (Poco::URI(request.getURI()).getPath() == "/files/invoice.pdf")
            return send(response, 200, "%PDF-1.4 invoice content", "application/pdf");
        std::ostringstream expected;
        Poco::Base64Encoder encoder(expected);
        encoder << kApiKey << ":X";
        encoder.close();
        if (request.get("Authorization", "") != "Basic " + expected.str())
            return send(response, 401, "{\"code\":\"invalid_credentials\"}");
        Poco::URI uri(request.getURI());
        std::map<std::string, std::string> q;
        for (const auto &[k, v] : uri.getQueryParameters())
            q[k] = v;
        int page = q.count("page") ? std::stoi(q["page"]) : 1;
        const std::string &path = uri.getPath();
        if (path == "/api/v2/companies")
            return send(
                response, 200,
                page == 1
                    ? "[{\"id\":300,\"name\":\"Müller "
                      "GmbH\",\"domains\":[\"mueller.example\",\"mueller.test\"],\"custom_fields\":{\"cf_region\":"
                      "\"EMEA\"},\"created_at\":\"2020-01-01T00:00:00Z\",\"updated_at\":\"2020-01-02T00:00:00Z\"}]"
                    : "[]");
        if (path == "/api/v2/groups")
            return send(response, 200,
                        page == 1 ? "[{\"id\":70,\"name\":\"API Desk\",\"business_hour_id\":1},{\"id\":71,\"name\":"
                                    "\"API Billing\",\"business_hour_id\":null}]"
                                  : "[]");
        if (path == "/api/v2/agents")
            return send(response, 200,
                        page == 1 ? list(10, 13,
                                         [](int i) {
                                             return "{\"id\":" + std::to_string(i) +
                                                    ",\"contact\":{\"name\":\"API Agent " + std::to_string(i) +
                                                    "\",\"email\":\"apiagent" + std::to_string(i) +
                                                    "@example.com\",\"active\":true,\"job_title\":\"Agent\"},"
                                                    "\"occasional\":" +
                                                    (i == 12 ? "true" : "false") +
                                                    ",\"ticket_scope\":" + std::to_string(i - 9) +
                                                    ",\"signature\":" + agentSignature(i) +
                                                    ",\"created_at\":\"2020-01-01T00:00:"
                                                    "00Z\",\"updated_at\":\"2020-01-01T00:00:00Z\"}";
                                         })
                                  : "[]");
        if (path == "/api/v2/contacts") {
            // 130 contacts: a full page of 100, then 30.
            int from = (page - 1) * 100, to = std::min(130, page * 100);
            return send(
                response, 200, from >= 130 ? "[]" : list(from, to, [](int i) {
                    return "{\"id\":" + std::to_string(1000 + i) + ",\"name\":\"Contact " + std::to_string(i) +
                           "\",\"email\":" + (i == 7 ? "null" : "\"apicontact" + std::to_string(i) + "@example.org\"") +
                           ",\"company_id\":" + (i % 10 ? "null" : "300") +
                           ",\"custom_fields\":{\"contract_level\":\"" + (i % 2 ? "gold" : "silver") +
                           "\"},\"active\":true,\"language\":\"de\",\"job_title\":\"Buyer\",\"phone\":\"+49 30 " +
                           std::to_string(i) + "\",\"mobile\":null,\"twitter_id\":\"apicontact" + std::to_string(i) +
                           "\",\"time_zone\":\"Vienna\",\"created_at\":\"2020-02-01T00:00:00Z\","
                           "\"updated_at\":\"2020-02-01T00:00:00Z\"}";
                }));
        }
        if (path == "/api/v2/contact_fields")
            return send(response, 200,
                        "[{\"name\":\"contract_level\",\"label\":\"Contract level\",\"type\":\"custom_dropdown\","
                        "\"choices\":[\"gold\",\"silver\"]},{\"name\":\"email\",\"type\":\"default_email\"}]");
        if (path == "/api/v2/company_fields")
            return send(response, 200,
                        "[{\"name\":\"cf_region\",\"label\":\"Region\",\"type\":\"custom_dropdown\",\"choices\":["
                        "\"EMEA\",\"APAC\"]}]");
        if (path == "/api/v2/ticket_fields")
            return send(
                response, 200,
                "[{\"name\":\"cf_serial\",\"type\":\"custom_text\"},{\"name\":\"cf_seats\",\"type\":\"custom_number\"},"
                "{\"name\":\"cf_onsite\",\"type\":\"custom_checkbox\"},{\"name\":\"status\",\"type\":\"default_"
                "status\",\"choices\":{\"2\":[\"Open\",\"Being Processed\"],\"6\":[\"With the vendor\",\"Awaiting "
                "your reply\"]}},{\"name\":\"cf_plan\",\"label\":\"Plan\",\"type\":\"custom_dropdown\","
                "\"choices\":[\"Basic\",\"Pro\"]},{\"name\":\"cf_area\",\"label\":\"Area\",\"type\":\"nested_"
                "field\",\"choices\":{\"Network\":{\"VPN\":[],\"WiFi\":[]},\"Desktop\":{}},\"nested_ticket_fields\":["
                "{\"name\":\"cf_area_detail\",\"level\":2}]}]");
        if (path == "/api/v2/business_hours")
            return send(response, 200,
                        page > 1
                            ? "[]"
                            : "[{\"id\":1,\"name\":\"Office hours\",\"time_zone\":\"Berlin\",\"is_default\":true,"
                              "\"business_hours\":{\"monday\":{\"start_time\":\"8:00 am\",\"end_time\":\"5:00 pm\"},"
                              "\"friday\":{\"start_time\":\"9:00 am\",\"end_time\":\"12:30 pm\"}},"
                              "\"holiday_list\":[{\"name\":\"Christmas\",\"date\":\"Dec 25\"}]}]");
        if (path == "/api/v2/sla_policies")
            return send(response, 200,
                        page > 1 ? "[]"
                                 : "[{\"id\":1,\"name\":\"API policy\",\"is_default\":true,\"active\":true,"
                                   "\"position\":1,\"applicable_to\":{},\"sla_target\":{\"priority_4\":{"
                                   "\"respond_within\":1800,\"resolve_within\":7200,\"business_hours\":true},"
                                   "\"priority_1\":{\"respond_within\":86400,\"next_respond_within\":43200,"
                                   "\"resolve_within\":172800,\"business_hours\":false}}}]");
        if (path == "/api/v2/canned_response_folders")
            return send(response, 200, "[{\"id\":5,\"name\":\"Billing\"}]");
        if (path == "/api/v2/canned_response_folders/5/responses")
            return send(response, 200,
                        "[{\"id\":501,\"title\":\"Refund on its way\",\"content_html\":\"<p>Your refund is on its "
                        "way.</p>\",\"folder_id\":5}]");
        if (path == "/api/v2/email_configs")
            return send(response, 200,
                        page > 1 ? "[]"
                                 : "[{\"id\":9,\"name\":\"Desk\",\"reply_email\":\"Desk@API.example\",\"to_email\":"
                                   "\"desk@x.freshdesk.com\",\"group_id\":71,\"active\":true}]");
        if (path == "/api/v2/surveys/satisfaction_ratings")
            return send(response, 200,
                        page > 1 ? "[]"
                                 : "[{\"id\":1,\"ticket_id\":5001,\"user_id\":1001,\"ratings\":{\"default_question\":"
                                   "103},\"feedback\":\"Great help\",\"created_at\":\"2021-03-05T10:00:00Z\"},"
                                   "{\"id\":2,\"ticket_id\":5002,\"user_id\":1002,\"ratings\":{\"default_question\":"
                                   "-102},\"feedback\":null,\"created_at\":\"2021-03-05T11:00:00Z\"}]");
        if (path == "/api/v2/tickets") {
            // Incremental (changed since a run began, today): only ticket 3 changed since the first run.
            if (g_fake.secondRun && q.count("updated_since") && q["updated_since"] > "2022")
                return send(response, 200, page == 1 ? "[" + ticketJson(3, true) + "]" : "[]");
            if (page == 1 && g_fake.ticketPageRequests++ == 0) {
                g_fake.rateLimitedAt = std::chrono::steady_clock::now();
                response.set("Retry-After", "1");
                return send(response, 429, "{\"code\":\"rate_limited\"}");
            }
            if (page == 1)
                g_fake.retriedAt = std::chrono::steady_clock::now();
            // Like Freshdesk: pages past the limit are refused; updated_since filters, oldest change first.
            if (page > kPageLimit)
                return send(response, 400, "{\"code\":\"invalid_value\",\"field\":\"page\"}");
            std::vector<int> matching;
            for (int i = 0; i < 120; ++i)
                if (!q.count("updated_since") || iso(i * 10 + 5) >= q["updated_since"])
                    matching.push_back(i);
            std::size_t from = static_cast<std::size_t>(page - 1) * 100,
                        to = std::min(matching.size(), static_cast<std::size_t>(page) * 100);
            std::string body = "[";
            for (std::size_t k = from; k < to; ++k)
                body += (k > from ? "," : "") + ticketJson(matching[k], g_fake.secondRun);
            return send(response, 200, from >= matching.size() ? "[]" : body + "]");
        }
        if (path.rfind("/api/v2/tickets/", 0) == 0 && path.find("/conversations") != std::string::npos) {
            int ticket = std::stoi(path.substr(16));
            std::string notes =
                page > 1 ? "[]"
                         : "[{\"id\":" + std::to_string(ticket * 10) +
                               ",\"body\":\"<p>Reply</p>\",\"body_text\":\"Reply to " + std::to_string(ticket) +
                               "\",\"incoming\":false,\"private\":false,\"user_id\":10,\"created_at\":\"2021-03-02T10:"
                               "00:00Z\",\"updated_at\":\"2021-03-02T10:00:00Z\",\"attachments\":" +
                               (ticket == 5010 ? "[{\"name\":\"invoice.pdf\",\"content_type\":\"application/"
                                                 "pdf\",\"size\":24,\"attachment_url\":\"http://127.0.0.1:" +
                                                     std::to_string(g_fake.port) + "/files/invoice.pdf\"}]"
                                               : "[]") +
                               "},{\"id\":" + std::to_string(ticket * 10 + 1) +
                               ",\"body\":\"<p>Thanks</"
                               "p>\",\"body_text\":\"Thanks\",\"incoming\":true,\"private\":false,\"user_id\":" +
                               std::to_string(1000 + (ticket - 5000) % 130) +
                               ",\"created_at\":\"2021-03-02T11:00:00Z\",\"updated_at\":\"2021-03-02T11:00:00Z\","
                               "\"attachments\":[]}]";
            if (ticket == 5042 && !g_fake.dropped.exchange(true)) {
                // The connection drops halfway through the body.
                response.setContentType("application/json");
                response.setContentLength(static_cast<std::streamsize>(notes.size()));
                auto &out = response.send();
                out << notes.substr(0, notes.size() / 2);
                out.flush();
                request.setKeepAlive(false);
                throw Poco::Exception("dropping the connection on purpose");
            }
            return send(response, 200, notes);
        }
        send(response, 404, "{\"code\":\"not_found\"}");
    }

private:
    static void send(Poco::Net::HTTPServerResponse &response, int status, const std::string &body,
                     const std::string &type = "application/json")
    {
        response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
        response.setContentType(type);
        response.setContentLength(static_cast<std::streamsize>(body.size()));
        response.send() << body;
    }
};

class FakeFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &) override
    {
        return new FakeHandler;
    }
};
} // namespace

class TestImportFreshdeskApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<Poco::Net::ServerSocket> m_socket;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;

    std::pair<int, std::string> import(const std::string &key = kApiKey, const std::vector<std::string> &extra = {})
    {
        std::vector<std::string> args{"import",
                                      "freshdesk",
                                      "--api",
                                      "http://127.0.0.1:" + std::to_string(g_fake.port),
                                      "--api-key",
                                      key,
                                      "--database-url",
                                      m_desk->database().conninfo(),
                                      "--api-page-limit",
                                      std::to_string(kPageLimit)};
        args.insert(args.end(), extra.begin(), extra.end());
        Poco::Pipe out;
        auto handle =
            Poco::Process::launch(std::string(HELPDESK_BIN_DIR) + "/helpdesk-server", args, nullptr, &out, &out);
        Poco::PipeInputStream in(out);
        std::string output;
        Poco::StreamCopier::copyToString(in, output);
        return {handle.wait(), output};
    }

    std::string text(const std::string &sql) { return m_desk->text(sql); }

    static constexpr const char *kSettingCounts =
        "SELECT (SELECT count(*) FROM calendars) || ' ' || (SELECT count(*) FROM slas) || ' ' ||"
        " (SELECT count(*) FROM text_modules) || ' ' || (SELECT count(*) FROM group_addresses) || ' ' ||"
        " (SELECT count(*) FROM ticket_ratings) || ' ' || (SELECT count(*) FROM custom_field_defs) || ' ' ||"
        " (SELECT count(*) FROM ticket_states)";
    std::string m_settingsAfterFirstRun;

    /// What the account's settings became (after the first run and after the second).
    void checkSettings()
    {
        const auto year = std::to_string(QDate::currentDate().year());
        QCOMPARE(text("SELECT time_zone || ' ' || (hours->>'fri') FROM calendars WHERE name = 'Office hours'"),
                 std::string("Europe/Berlin [[\"09:00\", \"12:30\"]]"));
        QCOMPARE(
            scalar("SELECT count(*) FROM calendars WHERE name = 'Office hours' AND holidays ? '" + year + "-12-25'"),
            1LL);
        QCOMPARE(scalar("SELECT count(*) FROM import_log WHERE kind = 'business_hours'"), 0LL);
        QCOMPARE(text("SELECT c.name || ' ' || s.first_response_minutes || ' ' || s.solution_minutes FROM slas s"
                      " JOIN calendars c ON c.id = s.calendar_id WHERE s.name = 'API policy · Urgent'"),
                 std::string("Office hours 30 120"));
        QCOMPARE(text("SELECT c.hours->>'sat' || ' ' || s.update_minutes FROM slas s"
                      " JOIN calendars c ON c.id = s.calendar_id WHERE s.name = 'API policy · Low'"),
                 std::string("[[\"00:00\", \"24:00\"]] 720"));
        const std::string def = "SELECT field_type || ' ' || options::text FROM custom_field_defs WHERE ";
        QCOMPARE(text(def + "object_kind = 'ticket' AND name = 'cf_plan'"), std::string("select [\"Basic\", \"Pro\"]"));
        QCOMPARE(text(def + "object_kind = 'ticket' AND name = 'cf_area'"),
                 std::string("select [\"Desktop\", \"Network\", \"Network > VPN\", \"Network > WiFi\"]"));
        QCOMPARE(text(def + "object_kind = 'user' AND name = 'contract_level'"),
                 std::string("select [\"gold\", \"silver\"]"));
        QCOMPARE(text(def + "object_kind = 'organization' AND name = 'cf_region'"),
                 std::string("select [\"EMEA\", \"APAC\"]"));
        QCOMPARE(text("SELECT custom->>'cf_area' FROM tickets WHERE custom->>'freshdesk_id' = '5001'"),
                 std::string("Network > VPN"));
        QCOMPARE(text("SELECT custom->>'cf_area' FROM tickets WHERE custom->>'freshdesk_id' = '5002'"),
                 std::string("Network"));
        // A custom status arrives by its name, not as "status 6".
        QCOMPARE(text("SELECT s.name FROM tickets t JOIN ticket_states s ON s.id = t.state_id"
                      " WHERE t.custom->>'freshdesk_id' = '5009'"),
                 std::string("with the vendor"));
        QCOMPARE(scalar("SELECT count(*) FROM ticket_states WHERE name LIKE 'status %'"), 0LL);
        QCOMPARE(text("SELECT custom->>'job_title' || ' ' || (custom->>'phone') || ' ' || (custom->>'twitter_id') ||"
                      " ' ' || (custom->>'time_zone') || ' ' || (custom->>'imported') FROM users"
                      " WHERE custom->>'freshdesk_id' = '1004'"),
                 std::string("Buyer +49 30 4 apicontact4 Vienna true"));
        QCOMPARE(
            text("SELECT (custom->>'freshdesk_agent_type') || ' ' || (custom->>'freshdesk_ticket_scope') FROM users"
                 " WHERE custom->>'freshdesk_id' = '12'"),
            std::string("occasional restricted"));
        QCOMPARE(text("SELECT (custom->>'cf_region') || ' ' || (custom->>'domains') || ' ' || (custom->>'imported')"
                      " FROM organizations WHERE custom->>'freshdesk_id' = '300'"),
                 std::string("EMEA mueller.example, mueller.test true"));
        QCOMPARE(
            text("SELECT keyword || ' ' || folder || ' ' || body FROM text_modules WHERE name = 'Refund on its way'"),
            std::string("refund-on-its-way Billing Your refund is on its way."));
        QCOMPARE(text("SELECT g.name FROM group_addresses a JOIN groups g ON g.id = a.group_id"
                      " WHERE a.address = 'desk@api.example'"),
                 std::string("API Billing"));
        QCOMPARE(text("SELECT r.score || ' ' || r.source || ' ' || coalesce(r.comment, '-') FROM ticket_ratings r"
                      " JOIN tickets t ON t.id = r.ticket_id WHERE t.custom->>'freshdesk_id' = '5001'"),
                 std::string("5 import Great help"));
        QCOMPARE(text("SELECT r.score || ' ' || coalesce(r.comment, '-') FROM ticket_ratings r"
                      " JOIN tickets t ON t.id = r.ticket_id WHERE t.custom->>'freshdesk_id' = '5002'"),
                 std::string("1 -"));
    }

    long long scalar(const std::string &sql) { return m_desk->scalar(sql); }

    /// Agent `freshdeskId`'s signature in Helpdesk.
    std::string agentSignature(int freshdeskId)
    {
        return text("SELECT signature FROM users WHERE custom->>'freshdesk_id' = '" + std::to_string(freshdeskId) +
                    "'");
    }

    /// The --verify report's line of a kind: "<kind> <in Freshdesk> <here> <missing>".
    static std::string verifyLine(const std::string &output, const std::string &kind)
    {
        auto at = output.find("\n  " + kind + " ");
        if (at == std::string::npos)
            return {};
        std::istringstream line(output.substr(at, output.find('\n', at + 1) - at));
        std::string name, listed, here, missing;
        line >> name >> listed >> here >> missing;
        return name + " " + listed + " " + here + " " + missing;
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        m_socket = std::make_unique<Poco::Net::ServerSocket>(Poco::Net::SocketAddress("127.0.0.1", 0));
        g_fake.port = m_socket->address().port();
        m_server = std::make_unique<Poco::Net::HTTPServer>(new FakeFactory, *m_socket, new Poco::Net::HTTPServerParams);
        m_server->start();
    }

    void cleanupTestCase()
    {
        m_server->stop();
        m_desk.reset();
    }

    void aWrongApiKeyStopsWithAClearError()
    {
        auto [code, output] = import("wrong");
        QVERIFY(code != 0);
        QVERIFY2(output.find("HTTP 401") != std::string::npos, output.c_str());
        QCOMPARE(scalar("SELECT count(*) FROM tickets WHERE custom ? 'freshdesk_id'"), 0LL);
    }

    void theAccountArrivesThroughRateLimitsAndADroppedConnection()
    {
        auto [code, output] = import(kApiKey, {"--verify"});
        QVERIFY2(code == 0, output.c_str());
        // --verify listed the account again: everything is here.
        QCOMPARE(verifyLine(output, "ticket"), std::string("ticket 120 120 0"));
        QCOMPARE(verifyLine(output, "conversation"), std::string("conversation 240 240 0"));
        QCOMPARE(verifyLine(output, "contact"), std::string("contact 130 130 0"));
        QCOMPARE(verifyLine(output, "agent"), std::string("agent 3 3 0"));
        QCOMPARE(verifyLine(output, "company"), std::string("company 1 1 0"));
        QCOMPARE(verifyLine(output, "group"), std::string("group 2 2 0"));
        QVERIFY2(output.find("tickets that differ: 0") != std::string::npos, output.c_str());
        QCOMPARE(scalar("SELECT count(*) FROM tickets WHERE custom ? 'freshdesk_id'"), 120LL);
        QCOMPARE(scalar("SELECT count(*) FROM users WHERE custom ? 'freshdesk_id' AND role = 'customer'"), 130LL);
        QCOMPARE(scalar("SELECT count(*) FROM users WHERE custom ? 'freshdesk_id' AND role = 'agent'"), 3LL);
        // The 429 was honoured: the page was asked again no sooner than Retry-After said.
        QVERIFY(
            std::chrono::duration_cast<std::chrono::milliseconds>(g_fake.retriedAt - g_fake.rateLimitedAt).count() >=
            1000);
        // The conversation whose response was cut off was fetched again: complete.
        QVERIFY(g_fake.dropped);
        QCOMPARE(scalar("SELECT article_count FROM tickets WHERE custom->>'freshdesk_id' = '5042'"), 3LL);
        // Types from the ticket fields: numbers and booleans stay what they are.
        QCOMPARE(scalar("SELECT (custom->>'cf_seats')::int FROM tickets WHERE custom->>'freshdesk_id' = '5007'"), 7LL);
        QCOMPARE(scalar("SELECT count(*) FROM tickets WHERE jsonb_typeof(custom->'cf_onsite') = 'boolean'"), 120LL);
        QCOMPARE(scalar("SELECT count(*) FROM users WHERE custom->>'contract_level' = 'gold'"), 65LL);
        // The API numbers tickets by id.
        QCOMPARE(
            scalar("SELECT (custom->>'freshdesk_display_id')::int FROM tickets WHERE custom->>'freshdesk_id' = '5007'"),
            5007LL);
        // An attachment was downloaded.
        QVERIFY2(scalar("SELECT count(*) FROM article_attachments WHERE filename = 'invoice.pdf'") == 1,
                 [&] {
                     pqxx::connection c(m_desk->database().conninfo());
                     pqxx::read_transaction tx(c);
                     std::string log;
                     for (const auto &row : tx.exec("SELECT kind, reason FROM import_log"))
                         log += std::string(row[0].c_str()) + ": " + row[1].c_str() + "\n";
                     return log;
                 }()
                     .c_str());
        checkSettings();
        m_settingsAfterFirstRun = text(kSettingCounts);
        // Agents' signatures: plain text with our placeholders; one we do not fill named once.
        QCOMPARE(agentSignature(10), std::string("{agent_name} · API Desk\n{{ticket.agent.email}}"));
        QCOMPARE(agentSignature(11), std::string());
        QCOMPARE(agentSignature(12), std::string("Occasional helper"));
        QCOMPARE(scalar("SELECT count(*) FROM import_log WHERE kind = 'signature' AND reason LIKE"
                        " 'placeholders Helpdesk does not fill%: {{ticket.agent.email}}'"),
                 1LL);
        QVERIFY2(output.find("retried") != std::string::npos, output.c_str());
        // Past the page limit the list went on in a new window from the last update time.
        bool windowed = false;
        {
            std::lock_guard lock(g_fake.mutex);
            for (const auto &r : g_fake.requests)
                windowed |= r.rfind("/api/v2/tickets?", 0) == 0 && r.find("updated_since=") != std::string::npos;
        }
        QVERIFY(windowed);
    }

    void aSecondRunAsksOnlyForWhatChanged()
    {
        g_fake.secondRun = true;
        {
            std::lock_guard lock(g_fake.mutex);
            g_fake.requests.clear();
        }
        // Agent 10 rewrote their signature in Helpdesk meanwhile (audited): theirs stands.
        auto own = helpdesk::protocol::newObject();
        own->set("signature", std::string("API Agent 10, as I like it"));
        const auto agent10 = scalar("SELECT id FROM users WHERE custom->>'freshdesk_id' = '10'");
        QCOMPARE(m_desk->as("admin").put("/api/v1/users/" + std::to_string(agent10) + "/signature", own).status, 200);
        auto [code, output] = import(kApiKey, {"--verify"});
        QVERIFY2(code == 0, output.c_str());
        QCOMPARE(verifyLine(output, "ticket"), std::string("ticket 120 120 0"));
        QVERIFY2(output.find("tickets that differ: 0") != std::string::npos, output.c_str());
        QCOMPARE(agentSignature(10), std::string("API Agent 10, as I like it"));
        QCOMPARE(agentSignature(11), std::string());
        QCOMPARE(agentSignature(12), std::string("Occasional helper (new)"));
        bool incremental = false;
        {
            std::lock_guard lock(g_fake.mutex);
            for (const auto &r : g_fake.requests)
                incremental |= r.rfind("/api/v2/tickets?", 0) == 0 && r.find("updated_since=") != std::string::npos;
        }
        QVERIFY(incremental);
        QCOMPARE(scalar("SELECT count(*) FROM tickets WHERE custom ? 'freshdesk_id'"), 120LL);
        QCOMPARE(scalar("SELECT count(*) FROM tickets WHERE title = 'Renamed via API ü'"), 1LL);
        // The settings are read again and updated in place: nothing doubled.
        QCOMPARE(text(kSettingCounts), m_settingsAfterFirstRun);
        checkSettings();
    }

    void verifyNamesWhatIsMissingOrDifferent()
    {
        // Lost here since the import: a ticket, one answer of another; a third renamed by hand.
        m_desk->exec("DELETE FROM tickets WHERE custom->>'freshdesk_id' = '5030'");
        m_desk->exec("DELETE FROM articles WHERE id = (SELECT local_id FROM import_map WHERE kind = 'article'"
                     " AND external_id = 'n50200')");
        m_desk->exec("UPDATE tickets SET title = 'Changed by hand' WHERE custom->>'freshdesk_id' = '5040'");
        auto [code, output] = import(kApiKey, {"--verify"});
        QVERIFY2(code != 0, output.c_str());
        QCOMPARE(verifyLine(output, "ticket"), std::string("ticket 120 119 1"));
        QCOMPARE(verifyLine(output, "conversation"), std::string("conversation 240 237 3"));
        QCOMPARE(verifyLine(output, "contact"), std::string("contact 130 130 0"));
        QVERIFY2(output.find("missing: ticket 5030\n") != std::string::npos, output.c_str());
        QVERIFY2(output.find("missing: conversation 50200\n") != std::string::npos, output.c_str());
        QVERIFY2(output.find("different: ticket 5040 has \"Changed by hand\"") != std::string::npos, output.c_str());
        QVERIFY2(output.find("tickets that differ: 1") != std::string::npos, output.c_str());
    }
};

QTEST_GUILESS_MAIN(TestImportFreshdeskApi)
#include "tst_import_freshdesk_api.moc"
