// `helpdesk-server import freshdesk` against a generated export and a real PostgreSQL: every kind
// of record and edge arrives with its old ids and dates; a second run updates instead of
// duplicating; a run cut off by a damaged file resumes where it stopped; a zip works; attachments
// are downloaded when reachable.

#include "support/Desk.h"
#include "support/FreshdeskExport.h"

#include <Poco/DirectoryIterator.h>
#include <Poco/File.h>
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
#include <Poco/Zip/Compress.h>

#include <pqxx/pqxx>

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace helpdesk::test;

namespace {
struct Run {
    int exitCode = -1;
    std::string output;
};

/// Serves any path with a small PDF-like body, as Freshdesk's attachment store would.
class AttachmentHandler : public Poco::Net::HTTPRequestHandler
{
public:
    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override
    {
        std::string body = "%PDF-1.4 " + request.getURI();
        response.setContentType("application/pdf");
        response.setContentLength(static_cast<std::streamsize>(body.size()));
        response.send() << body;
    }
};
class AttachmentFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &) override
    {
        return new AttachmentHandler;
    }
};
/// Makes a generated export another account's: Freshdesk ids starting with 9 start with `digit`.
void moveToAccount(const std::string &file, char digit)
{
    std::ifstream in(file);
    std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string tag = "<id type=\"integer\">9";
    for (auto at = xml.find(tag); at != std::string::npos; at = xml.find(tag, at + 1))
        xml[at + tag.size() - 1] = digit;
    std::ofstream(file) << xml;
}
} // namespace

class TestImportFreshdesk : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    QTemporaryDir m_dir;
    FreshdeskExportSpec m_spec;

    Run import(const std::string &exportPath, std::vector<std::string> extra = {})
    {
        std::vector<std::string> args{
            "import",  "freshdesk", "--export", exportPath, "--database-url", m_desk->database().conninfo(),
            "--batch", "20"};
        args.insert(args.end(), extra.begin(), extra.end());
        Poco::Pipe out;
        auto handle =
            Poco::Process::launch(std::string(HELPDESK_BIN_DIR) + "/helpdesk-server", args, nullptr, &out, &out);
        Poco::PipeInputStream in(out);
        Run run;
        Poco::StreamCopier::copyToString(in, run.output);
        run.exitCode = handle.wait();
        return run;
    }

    long long scalar(const std::string &sql) { return m_desk->scalar(sql); }

    std::string text(const std::string &sql) { return m_desk->text(sql); }

    /// A small export of an account of its own (ticket ids starting with `digit`) in folder `name`.
    std::string smallAccount(const std::string &name, char digit, int tickets, int groups = 1)
    {
        FreshdeskExportSpec spec;
        spec.companies = 1;
        spec.groups = groups;
        spec.contacts = 5;
        spec.tickets = tickets;
        spec.archivedTickets = 0;
        auto path = m_dir.path().toStdString() + "/" + name;
        FreshdeskExport::write(path, spec);
        moveToAccount(path + "/Tickets0.xml", digit);
        return path;
    }

    long long importedTickets() { return scalar("SELECT count(*) FROM tickets WHERE custom ? 'freshdesk_id'"); }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        FreshdeskExport::write(m_dir.path().toStdString() + "/export", m_spec);
    }

    void cleanupTestCase() { m_desk.reset(); }

    void everyKindOfRecordArrivesWithItsOldIdsAndDates()
    {
        auto run = import(m_dir.path().toStdString() + "/export", {"--verify"});
        QVERIFY2(run.exitCode == 0, run.output.c_str());
        QVERIFY2(run.output.find("sampled tickets") != std::string::npos, run.output.c_str());
        const int total = m_spec.tickets + m_spec.archivedTickets;
        QCOMPARE(importedTickets(), static_cast<long long>(total));
        QCOMPARE(scalar("SELECT count(*) FROM organizations WHERE custom ? 'freshdesk_id'"),
                 static_cast<long long>(m_spec.companies));
        QCOMPARE(scalar("SELECT count(*) FROM groups WHERE name IN ('First line', 'Team 1', 'Team 2')"), 3LL);
        // Agents are agents (the deleted one inactive), contacts customers, unicode intact.
        QCOMPARE(scalar("SELECT count(*) FROM users WHERE role = 'agent' AND custom ? 'freshdesk_id'"),
                 static_cast<long long>(m_spec.agents));
        QCOMPARE(scalar("SELECT count(*) FROM users WHERE role = 'agent' AND NOT active AND custom ? 'freshdesk_id'"),
                 1LL);
        QCOMPARE(text("SELECT name FROM users WHERE custom->>'freshdesk_id' = '" +
                      std::to_string(100 + m_spec.agents + 1) + "'"),
                 std::string("Zoë Ñúñez-Øberg"));
        // Contact fields became user custom fields, typed.
        QCOMPARE(scalar("SELECT (custom->>'cf_customer_number')::bigint FROM users WHERE custom->>'freshdesk_id' = '" +
                        std::to_string(100 + m_spec.agents + 3) + "'"),
                 static_cast<long long>(70000 + m_spec.agents + 3));
        QCOMPARE(
            text("SELECT field_type FROM custom_field_defs WHERE object_kind = 'user' AND name = 'cf_customer_number'"),
            std::string("integer"));
        // A contact without an address got one that can never receive mail.
        QVERIFY(!text("SELECT email FROM users WHERE email LIKE 'fd-user-%@freshdesk.invalid' LIMIT 1").empty());

        // One ticket in detail: ids, dates, fields, tags, articles.
        const int index = 7;
        auto where = " FROM tickets WHERE custom->>'freshdesk_id' = '" +
                     std::to_string(FreshdeskExport::ticketIdOf(index)) + "'";
        QCOMPARE(text("SELECT title" + where), FreshdeskExport::subjectOf(index));
        QCOMPARE(scalar("SELECT (custom->>'freshdesk_display_id')::bigint" + where),
                 FreshdeskExport::displayIdOf(index));
        QCOMPARE(text("SELECT custom->>'imported'" + where), std::string("true"));
        QCOMPARE(text("SELECT custom->>'freshdesk_created'" + where).substr(0, 10), std::string("2019-01-08"));
        QCOMPARE(text("SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')" + where),
                 std::string("2019-01-08"));
        QCOMPARE(text("SELECT custom->>'cf_serial_number'" + where), std::string("SN-7"));
        QVERIFY2(text("SELECT jsonb_typeof(custom->'cf_seats')" + where) == "number",
                 text("SELECT custom::text" + where).c_str());
        QCOMPARE(text("SELECT custom->>'cf_onsite'" + where), std::string("true"));
        QCOMPARE(text("SELECT field_type FROM custom_field_defs WHERE object_kind = 'ticket' AND name = 'cf_due'"),
                 std::string("date"));
        QCOMPARE(scalar("SELECT count(*) FROM ticket_tags WHERE ticket_id = (SELECT id" + where + ")"), 1LL);
        QCOMPARE(scalar("SELECT article_count" + where), static_cast<long long>(1 + m_spec.notesPerTicket));
        // The inbox's fields: how it was opened and the start of its last public message.
        const std::string articlesOf = " FROM articles WHERE ticket_id = (SELECT id" + where + ")";
        QVERIFY(!text("SELECT created_via" + where).empty());
        QCOMPARE(text("SELECT created_via" + where), text("SELECT channel" + articlesOf + " ORDER BY id LIMIT 1"));
        QVERIFY(!text("SELECT preview" + where).empty());
        QCOMPARE(text("SELECT preview" + where),
                 text("SELECT article_preview(body_text)" + articlesOf + " AND NOT internal ORDER BY id DESC LIMIT 1"));
        // Notes: the private one internal, incoming ones from the customer; HTML sanitized.
        QCOMPARE(scalar("SELECT count(*) FROM articles WHERE internal AND ticket_id = (SELECT id" + where + ")"), 1LL);
        QCOMPARE(
            scalar("SELECT count(*) FROM articles WHERE sender = 'customer' AND ticket_id = (SELECT id" + where + ")"),
            3LL);
        QCOMPARE(scalar("SELECT count(*) FROM articles WHERE body_html LIKE '%<script%'"), 0LL);
        // Statuses: resolved and closed are closed; a custom status is a state of its own.
        QCOMPARE(text("SELECT s.state_type FROM tickets t JOIN ticket_states s ON s.id = t.state_id WHERE "
                      "t.custom->>'freshdesk_id' = '" +
                      std::to_string(FreshdeskExport::ticketIdOf(2)) + "'"),
                 std::string("closed"));
        QCOMPARE(scalar("SELECT count(*) FROM ticket_states WHERE name = 'waiting on supplier'"), 1LL);
        // Priorities 1-4 map to ranks 1-4.
        QCOMPARE(scalar("SELECT p.rank FROM tickets t JOIN ticket_priorities p ON p.id = t.priority_id WHERE "
                        "t.custom->>'freshdesk_id' = '" +
                        std::to_string(FreshdeskExport::ticketIdOf(3)) + "'"),
                 4LL);
        // The requester missing from the export exists as a customer; the unknown owner left it unassigned.
        QCOMPARE(text("SELECT u.name FROM tickets t JOIN users u ON u.id = t.customer_id WHERE "
                      "t.custom->>'freshdesk_id' = '" +
                      std::to_string(FreshdeskExport::ticketIdOf(FreshdeskExport::missingRequesterTicket())) + "'"),
                 std::string("Gone Contact"));
        QCOMPARE(scalar("SELECT count(*) FROM tickets WHERE owner_id IS NULL AND custom->>'freshdesk_id' = '" +
                        std::to_string(FreshdeskExport::ticketIdOf(FreshdeskExport::unknownOwnerTicket())) + "'"),
                 1LL);
        QVERIFY(scalar("SELECT count(*) FROM import_log WHERE outcome = 'warning' AND reason LIKE 'owner 88888%'") >=
                1);
        // Attachments not downloaded are named with their address in the text.
        QVERIFY(scalar("SELECT count(*) FROM articles WHERE body_text LIKE '%report-0.pdf (2048 bytes) https://%'") >=
                1);
        // The imported tickets are readable through the API by an admin, with history.
        auto id = scalar("SELECT id" + where);
        auto history = m_desk->as("admin").get("/api/v1/tickets/" + std::to_string(id) + "/history").array("history");
        QVERIFY(history->size() >= 1);
        // Clients are told to sync again.
        QVERIFY(scalar("SELECT count(*) FROM events WHERE kind = 'sync.reset'") >= 1);
    }

    /// The account's settings as Helpdesk's own; after `runs` imports of the main export, with the
    /// first ticket's rating given by its customer in Helpdesk since when `customerRatedFirst`.
    void checkSettings(int runs, bool customerRatedFirst)
    {
        const auto year = std::to_string(QDate::currentDate().year());
        // Business calendars with their time zones, hours and holidays (recurring: this year too).
        QCOMPARE(text("SELECT time_zone FROM calendars WHERE name = 'Berlin office'"), std::string("Europe/Berlin"));
        QCOMPARE(text("SELECT time_zone FROM calendars WHERE name = 'New York desk'"), std::string("America/New_York"));
        QCOMPARE(text("SELECT hours->>'fri' FROM calendars WHERE name = 'Berlin office'"),
                 std::string("[[\"08:00\", \"13:00\"]]"));
        QCOMPARE(text("SELECT hours->>'sat' FROM calendars WHERE name = 'Berlin office'"), std::string());
        QCOMPARE(scalar("SELECT count(*) FROM calendars WHERE name = 'Berlin office' AND holidays ? '" + year +
                        "-12-24' AND holidays ? '" + year + "-05-01'"),
                 1LL);
        QCOMPARE(
            scalar("SELECT count(*) FROM calendars WHERE name = 'New York desk' AND holidays ? '" + year + "-07-04'"),
            1LL);
        // SLA policies: one SLA per priority target, on the calendar of the groups it covers.
        const std::string sla = "SELECT c.name FROM slas s JOIN calendars c ON c.id = s.calendar_id WHERE s.name = ";
        QCOMPARE(text(sla + "'Default SLA Policy · Low'"), std::string("Berlin office"));
        QCOMPARE(scalar("SELECT first_response_minutes FROM slas WHERE name = 'Default SLA Policy · Low'"), 1440LL);
        QCOMPARE(scalar("SELECT solution_minutes FROM slas WHERE name = 'Default SLA Policy · Urgent'"), 240LL);
        QCOMPARE(
            scalar(
                "SELECT p.rank FROM slas s JOIN ticket_priorities p ON p.id = (s.condition->'priority_ids'->>0)::bigint"
                " WHERE s.name = 'Default SLA Policy · Urgent'"),
            4LL);
        QCOMPARE(text(sla + "'Incidents of key accounts · High · Berlin office'"), std::string("Berlin office"));
        QCOMPARE(text(sla + "'Incidents of key accounts · High · New York desk'"), std::string("New York desk"));
        QCOMPARE(text("SELECT g.name FROM slas s JOIN groups g ON g.id = (s.condition->'group_ids'->>0)::bigint"
                      " WHERE s.name = 'Incidents of key accounts · High · New York desk'"),
                 std::string("Team 1"));
        QCOMPARE(text("SELECT t.name FROM slas s JOIN ticket_types t ON t.id = (s.condition->'type_ids'->>0)::bigint"
                      " WHERE s.name = 'Incidents of key accounts · High · Berlin office'"),
                 std::string("incident"));
        // A target in calendar hours runs around the clock, for both groups.
        QCOMPARE(text("SELECT c.hours->>'sun' FROM slas s JOIN calendars c ON c.id = s.calendar_id"
                      " WHERE s.name = 'Incidents of key accounts · Urgent'"),
                 std::string("[[\"00:00\", \"24:00\"]]"));
        QCOMPARE(scalar("SELECT jsonb_array_length(condition->'group_ids') FROM slas"
                        " WHERE name = 'Incidents of key accounts · Urgent'"),
                 2LL);
        QCOMPARE(scalar("SELECT count(*) FROM import_log WHERE kind = 'business_hours'"), 0LL);
        // Dropdowns are selects with their choices; the nested field one select of paths.
        const std::string def = "SELECT field_type || ' ' || options::text FROM custom_field_defs WHERE ";
        QCOMPARE(text(def + "object_kind = 'ticket' AND name = 'cf_contract'"),
                 std::string("select [\"Gold\", \"Silver\", \"Bronze\"]"));
        QCOMPARE(text(def + "object_kind = 'ticket' AND name = 'cf_category'"),
                 std::string("select [\"Hardware\", \"Hardware > Printer\", \"Hardware > Printer > Toner\", "
                             "\"Hardware > Printer > Paper\", \"Hardware > Laptop\", \"Software\"]"));
        QCOMPARE(scalar("SELECT count(*) FROM custom_field_defs WHERE name IN ('cf_subcategory', 'cf_item')"), 0LL);
        QCOMPARE(text(def + "object_kind = 'user' AND name = 'cf_segment'"),
                 std::string("select [\"Retail\", \"Wholesale\"]"));
        QCOMPARE(text(def + "object_kind = 'organization' AND name = 'cf_tier'"),
                 std::string("select [\"Standard\", \"Premium\"]"));
        auto category = [&](int index) {
            return text("SELECT custom->>'cf_category' FROM tickets WHERE custom->>'freshdesk_id' = '" +
                        std::to_string(FreshdeskExport::ticketIdOf(index)) + "'");
        };
        QCOMPARE(category(0), std::string("Hardware > Printer > Toner"));
        QCOMPARE(category(2), std::string("Hardware > Printer"));
        QCOMPARE(category(1), std::string("Software"));
        // Custom statuses by name with their state type; the types are the field's choices.
        QCOMPARE(text("SELECT state_type FROM ticket_states WHERE name = 'waiting on supplier'"),
                 std::string("pending_reminder"));
        QCOMPARE(text("SELECT s.name || ' ' || s.state_type FROM tickets t JOIN ticket_states s ON s.id = t.state_id"
                      " WHERE t.custom->>'freshdesk_id' = '" +
                      std::to_string(FreshdeskExport::ticketIdOf(7)) + "'"),
                 std::string("escalated open"));
        QCOMPARE(scalar("SELECT count(*) FROM ticket_states WHERE name LIKE 'status %'"), 0LL);
        QCOMPARE(scalar("SELECT count(*) FROM ticket_types WHERE name = 'feature request'"), 1LL);
        // Contacts and companies: their fields, the imported flag and the old ids and dates.
        const std::string contact =
            " FROM users WHERE custom->>'freshdesk_id' = '" + std::to_string(100 + m_spec.agents + 3) + "'";
        QCOMPARE(text("SELECT custom->>'job_title'" + contact), "Buyer " + std::to_string(m_spec.agents + 3));
        QCOMPARE(text("SELECT custom->>'phone'" + contact), "+49 30 " + std::to_string(1000000 + m_spec.agents + 3));
        QCOMPARE(text("SELECT custom->>'mobile'" + contact), "+49 170 " + std::to_string(2000000 + m_spec.agents + 3));
        QCOMPARE(text("SELECT custom->>'twitter_id'" + contact), "user" + std::to_string(m_spec.agents + 3));
        QCOMPARE(text("SELECT custom->>'time_zone'" + contact),
                 std::string((m_spec.agents + 3) % 2 ? "Berlin" : "Warsaw"));
        QCOMPARE(text("SELECT custom->>'imported'" + contact), std::string("true"));
        QCOMPARE(text("SELECT left(custom->>'freshdesk_created', 10)" + contact), std::string("2019-01-10"));
        QCOMPARE(scalar("SELECT count(*) FROM users WHERE custom ? 'freshdesk_id' AND custom->>'imported' = 'true'"
                        " AND custom ? 'freshdesk_updated'"),
                 static_cast<long long>(m_spec.agents + m_spec.contacts));
        QCOMPARE(text("SELECT custom->>'cf_tier' || ' ' || (custom->>'domains') || ' ' || (custom->>'imported')"
                      " FROM organizations WHERE custom->>'freshdesk_id' = '5001'"),
                 std::string("Premium company1.example true"));
        QCOMPARE(scalar("SELECT count(*) FROM organizations WHERE custom ? 'freshdesk_created'"),
                 static_cast<long long>(m_spec.companies));
        // Canned responses are text modules in their folders, under free keywords.
        QCOMPARE(text("SELECT string_agg(keyword || ' ' || folder || ' ' || body, ' | ' ORDER BY keyword) FROM "
                      "text_modules WHERE keyword LIKE 'thank-you%'"),
                 std::string("thank-you General Thank you for your patience. | thank-you-2 Personal Many thanks, and "
                             "have a good day."));
        QCOMPARE(text("SELECT folder FROM text_modules WHERE name = 'Printer: toner'"), std::string("Hardware"));
        // Their placeholders as ours where the composer fills one (it knows no group name).
        QCOMPARE(text("SELECT body FROM text_modules WHERE name = 'Printer: toner'"),
                 std::string("Dear {customer_name}, please replace the toner cartridge.\n{agent_name}, "
                             "{{ticket.group.name}}"));
        QCOMPARE(scalar("SELECT count(*) FROM import_log WHERE kind = 'canned_response' AND reason LIKE "
                        "'placeholders Helpdesk does not fill%: {{ticket.group.name}}'"),
                 static_cast<long long>(runs));
        // Support addresses route mail to their groups.
        QCOMPARE(text("SELECT g.name FROM group_addresses a JOIN groups g ON g.id = a.group_id"
                      " WHERE a.address = 'support@example.org'"),
                 std::string("First line"));
        QCOMPARE(text("SELECT g.name FROM group_addresses a JOIN groups g ON g.id = a.group_id"
                      " WHERE a.address = 'billing@example.org'"),
                 std::string("Team 1"));
        // Satisfaction ratings, on our five stars, with the customer's words.
        const long long rated = (m_spec.tickets + m_spec.archivedTickets + 4) / 5;
        QCOMPARE(scalar("SELECT count(*) FROM ticket_ratings WHERE source = 'import'"),
                 rated - (customerRatedFirst ? 1 : 0));
        auto score = [&](int index) {
            return scalar("SELECT r.score FROM ticket_ratings r JOIN tickets t ON t.id = r.ticket_id"
                          " WHERE t.custom->>'freshdesk_id' = '" +
                          std::to_string(FreshdeskExport::ticketIdOf(index)) + "'");
        };
        QCOMPARE(score(0), customerRatedFirst ? 2LL : 5LL);
        QCOMPARE(score(5), 4LL);
        QCOMPARE(score(10), 3LL);
        QCOMPARE(score(15), 2LL);
        QCOMPARE(score(20), 1LL);
        QCOMPARE(text("SELECT r.comment FROM ticket_ratings r JOIN tickets t ON t.id = r.ticket_id"
                      " WHERE t.custom->>'freshdesk_id' = '" +
                      std::to_string(FreshdeskExport::ticketIdOf(10)) + "'"),
                 std::string("Schnell und freundlich, merci"));
        // Each rates the ticket as a whole, and its owner.
        QCOMPARE(scalar("SELECT count(*) FROM ticket_ratings r JOIN tickets t ON t.id = r.ticket_id"
                        " WHERE r.source = 'import' AND (r.article_id IS NOT NULL"
                        "  OR r.agent_id IS DISTINCT FROM t.owner_id)"),
                 0LL);
        QVERIFY(scalar("SELECT count(*) FROM ticket_ratings WHERE source = 'import' AND agent_id IS NOT NULL") > 0);
        // Agents: type and ticket scope from Agents.xml, and their signatures as ours (plain text, our
        // placeholders; one we have no counterpart for kept as written and named once a run).
        QCOMPARE(text("SELECT string_agg(custom->>'freshdesk_agent_type' || ' ' || (custom->>'freshdesk_ticket_scope'),"
                      " ', ' ORDER BY (custom->>'freshdesk_id')::int) FROM users WHERE role = 'agent'"
                      " AND (custom->>'freshdesk_id')::int BETWEEN 100 AND 102"),
                 std::string("full-time global, occasional group, full-time restricted"));
        QCOMPARE(agentSignature(0), std::string("Kind regards,\n{agent_name}\n{group_name} · ticket "
                                                "#{ticket_number}\nCall me: {{ticket.agent.phone}}"));
        QCOMPARE(agentSignature(1), std::string("Agent 1 (Tier 2)"));
        QCOMPARE(agentSignature(2), std::string());
        QCOMPARE(scalar("SELECT count(*) FROM import_log WHERE kind = 'signature' AND reason LIKE "
                        "'placeholders Helpdesk does not fill%{{ticket.agent.phone}}'"),
                 static_cast<long long>(runs));
    }

    /// Agent `index`'s signature in Helpdesk.
    std::string agentSignature(int index)
    {
        return text("SELECT signature FROM users WHERE custom->>'freshdesk_id' = '" + std::to_string(100 + index) +
                    "'");
    }

    void theAccountsSettingsArriveAsHelpdesksOwn() { checkSettings(1, false); }

    void aSecondRunUpdatesInsteadOfDuplicating()
    {
        const std::string settings =
            "SELECT (SELECT count(*) FROM calendars) || ' ' || (SELECT count(*) FROM slas) || ' ' ||"
            " (SELECT count(*) FROM text_modules) || ' ' || (SELECT count(*) FROM group_addresses) || ' ' ||"
            " (SELECT count(*) FROM ticket_ratings) || ' ' || (SELECT count(*) FROM custom_field_defs) || ' ' ||"
            " (SELECT count(*) FROM ticket_states) || ' ' || (SELECT count(*) FROM ticket_types)";
        auto settingsBefore = text(settings);
        // The customer rated ticket 0 in Helpdesk since the first run: their rating stands.
        const std::string firstTicket = "(SELECT id FROM tickets WHERE custom->>'freshdesk_id' = '" +
                                        std::to_string(FreshdeskExport::ticketIdOf(0)) + "')";
        m_desk->exec("UPDATE ticket_ratings SET source = 'customer', score = 2 WHERE ticket_id = " + firstTicket);
        QCOMPARE(scalar("SELECT count(*) FROM slas WHERE name LIKE 'Default SLA Policy%' OR name LIKE 'Incidents%'"),
                 5LL);
        auto before = importedTickets();
        auto articles = scalar("SELECT count(*) FROM articles");
        // The source changed meanwhile: one subject edited.
        auto path = m_dir.path().toStdString() + "/export/Tickets0.xml";
        std::ifstream in(path);
        std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        auto old = "<subject>" + FreshdeskExport::subjectOf(1) + "</subject>";
        QVERIFY(xml.find(old) != std::string::npos);
        xml.replace(xml.find(old), old.size(), "<subject>Renamed in Freshdesk</subject>");
        std::ofstream(path) << xml;
        // Agent 3 rewrote their signature in Freshdesk, agent 4 in Helpdesk (audited): each keeps the newer.
        auto agents = m_dir.path().toStdString() + "/export/Agents.xml";
        std::ifstream agentsIn(agents);
        std::string agentsXml((std::istreambuf_iterator<char>(agentsIn)), std::istreambuf_iterator<char>());
        const std::string third = "&lt;p&gt;Agent 3 · Support&lt;/p&gt;";
        QVERIFY(agentsXml.find(third) != std::string::npos);
        agentsXml.replace(agentsXml.find(third), third.size(), "&lt;p&gt;Agent 3 · Team lead&lt;/p&gt;");
        std::ofstream(agents) << agentsXml;
        auto ownSignature = helpdesk::protocol::newObject();
        ownSignature->set("signature", std::string("Agent 4, written in Helpdesk"));
        const auto fourth = scalar("SELECT id FROM users WHERE custom->>'freshdesk_id' = '104'");
        QCOMPARE(m_desk->as("admin").put("/api/v1/users/" + std::to_string(fourth) + "/signature", ownSignature).status,
                 200);
        auto run = import(m_dir.path().toStdString() + "/export");
        QVERIFY2(run.exitCode == 0, run.output.c_str());
        QCOMPARE(importedTickets(), before);
        QCOMPARE(scalar("SELECT count(*) FROM articles"), articles);
        QCOMPARE(scalar("SELECT count(*) FROM tickets WHERE title = 'Renamed in Freshdesk'"), 1LL);
        QVERIFY2(run.output.find("ticket") != std::string::npos, run.output.c_str());
        // The settings were updated in place: nothing doubled.
        QCOMPARE(text(settings), settingsBefore);
        QCOMPARE(text("SELECT source || ' ' || score FROM ticket_ratings WHERE ticket_id = " + firstTicket),
                 std::string("customer 2"));
        checkSettings(2, true);
        QCOMPARE(agentSignature(3), std::string("Agent 3 · Team lead"));
        QCOMPARE(agentSignature(4), std::string("Agent 4, written in Helpdesk"));
        QCOMPARE(scalar("SELECT count(*) FROM import_log WHERE kind = 'signature' AND external_id = '104'"), 1LL);
    }

    void aRunCutOffByADamagedFileResumesWhereItStopped()
    {
        FreshdeskExportSpec spec = m_spec;
        spec.tickets = 50;
        spec.archivedTickets = 0;
        spec.ticketsPerFile = 25;
        auto path = m_dir.path().toStdString() + "/resume";
        FreshdeskExport::write(path, spec);
        // A second, separate account: different Freshdesk ids.
        for (const char *file : {"/Tickets0.xml", "/Tickets1.xml"})
            moveToAccount(path + file, '8');
        std::ifstream whole(path + "/Tickets1.xml");
        std::string complete((std::istreambuf_iterator<char>(whole)), std::istreambuf_iterator<char>());
        // The second file ends in the middle of a ticket, as a cut-off download does.
        std::ofstream(path + "/Tickets1.xml") << complete.substr(0, complete.size() * 2 / 3);
        auto before = importedTickets();
        auto cut = import(path);
        QVERIFY2(cut.exitCode != 0, cut.output.c_str());
        QVERIFY2(cut.output.find("malformed XML") != std::string::npos, cut.output.c_str());
        auto afterCut = importedTickets();
        QVERIFY(afterCut >= before + 25); // the first file, at least, went in
        QVERIFY(scalar("SELECT count(*) FROM import_progress") > 0);
        std::ofstream(path + "/Tickets1.xml") << complete;
        auto resumed = import(path);
        QVERIFY2(resumed.exitCode == 0, resumed.output.c_str());
        QCOMPARE(importedTickets(), before + 50);
        QCOMPARE(scalar("SELECT count(*) FROM import_progress"), 0LL);
        // Nothing of the first file was read twice: the resumed run created only the rest.
        auto createdLine = resumed.output.substr(resumed.output.find("\nticket"));
        QVERIFY2(createdLine.find(std::to_string(before + 50 - afterCut)) != std::string::npos, resumed.output.c_str());
    }

    void oneBadRecordIsLoggedWithItsReasonAndTheRestGoIn()
    {
        auto path = smallAccount("bad", '6', 10); // an account of its own
        std::ifstream in(path + "/Tickets0.xml");
        std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        // Ticket 2 has no number; ticket 5 has a date PostgreSQL cannot read.
        auto number = "<display-id type=\"integer\">3</display-id>";
        xml.erase(xml.find(number), std::string(number).size());
        auto fifth = xml.find("<helpdesk-ticket>", xml.find("<display-id type=\"integer\">5</display-id>") - 400);
        auto created = xml.find("<created-at type=\"datetime\">", fifth);
        xml.replace(created + 28, 25, "the 45th of Smarch 2019   ");
        std::ofstream(path + "/Tickets0.xml") << xml;
        auto run = import(path);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.output.find("import_log") != std::string::npos, run.output.c_str());
        QCOMPARE(scalar("SELECT count(*) FROM tickets WHERE custom->>'freshdesk_id' LIKE '6%'"), 8LL);
        QCOMPARE(scalar("SELECT count(*) FROM import_log WHERE outcome = 'failed' AND kind = 'ticket'"), 2LL);
        QVERIFY(!text("SELECT reason FROM import_log WHERE outcome = 'failed' AND reason LIKE '%display-id%'").empty());
        QVERIFY(!text("SELECT reason FROM import_log WHERE outcome = 'failed' AND external_id LIKE '6%'").empty());
    }

    void aDryRunReportsWhatWouldHappenAndWritesNothing()
    {
        auto path = smallAccount("dry", '4', 6, 2); // tickets no run has seen
        std::ifstream in(path + "/BusinessCalendars.xml");
        std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        xml.replace(xml.find(">Berlin<"), 8, ">Atlantis Standard Time<");
        std::ofstream(path + "/BusinessCalendars.xml") << xml;
        const std::string everything =
            "SELECT (SELECT count(*) FROM tickets) || ' ' || (SELECT count(*) FROM articles) || ' ' ||"
            " (SELECT count(*) FROM users) || ' ' || (SELECT count(*) FROM calendars) || ' ' ||"
            " (SELECT count(*) FROM slas) || ' ' || (SELECT count(*) FROM import_log) || ' ' ||"
            " (SELECT count(*) FROM import_map) || ' ' || (SELECT count(*) FROM import_progress) || ' ' ||"
            " (SELECT count(*) FROM events) || ' ' || (SELECT string_agg(time_zone, ',' ORDER BY id) FROM calendars)";
        auto before = text(everything);
        auto run = import(path, {"--dry-run"});
        QVERIFY2(run.exitCode == 0, run.output.c_str());
        QCOMPARE(text(everything), before);
        // What would be created: the six new tickets with their 30 articles.
        QVERIFY2(run.output.find("Dry run: nothing was written") != std::string::npos, run.output.c_str());
        auto ticketLine = run.output.substr(run.output.find("\nticket "), 60);
        QVERIFY2(ticketLine.find(" 6 ") != std::string::npos, run.output.c_str());
        auto articleLine = run.output.substr(run.output.find("\narticle "), 60);
        QVERIFY2(articleLine.find(" 30 ") != std::string::npos, run.output.c_str());
        // What cannot be mapped: the unknown time zone, named.
        QVERIFY2(run.output.find("What cannot be carried") != std::string::npos, run.output.c_str());
        QVERIFY2(run.output.find("time zone 'Atlantis Standard Time' of Berlin office is unknown") != std::string::npos,
                 run.output.c_str());
    }

    void keepNumbersGivesTicketsTheirFreshdeskNumbers()
    {
        auto path = smallAccount("numbers", '5', 5);
        std::ifstream in(path + "/Tickets0.xml");
        std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        // Numbers nobody here uses yet.
        for (int i = 0; i < 5; ++i) {
            auto from = "<display-id type=\"integer\">" + std::to_string(i + 1) + "</display-id>";
            xml.replace(xml.find(from), from.size(),
                        "<display-id type=\"integer\">" + std::to_string(77001 + i) + "</display-id>");
        }
        std::ofstream(path + "/Tickets0.xml") << xml;
        auto run = import(path, {"--keep-numbers"});
        QVERIFY2(run.exitCode == 0, run.output.c_str());
        QCOMPARE(scalar("SELECT number FROM tickets WHERE custom->>'freshdesk_id' = '500002'"), 77003LL);
        // The next ticket made here is numbered after them.
        QVERIFY(m_desk->openTicket("Alpha", "carol", "After the import") > 0);
        QVERIFY(scalar("SELECT max(number) FROM tickets WHERE title = 'After the import'") > 77005);
    }

    void aZippedExportWithReachableAttachmentsIsImported()
    {
        Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
        Poco::Net::HTTPServer server(new AttachmentFactory, socket, new Poco::Net::HTTPServerParams);
        server.start();
        FreshdeskExportSpec spec;
        spec.companies = 1;
        spec.groups = 1;
        spec.contacts = 5;
        spec.tickets = 8;
        spec.archivedTickets = 0;
        spec.attachmentBaseUrl = "http://127.0.0.1:" + std::to_string(socket.address().port()) + "/files/";
        auto folder = m_dir.path().toStdString() + "/zipped";
        FreshdeskExport::write(folder, spec);
        // Separate ids from the first account.
        for (Poco::DirectoryIterator it(folder), end; it != end; ++it)
            moveToAccount(it->path(), '7');
        auto zip = m_dir.path().toStdString() + "/export.zip";
        {
            std::ofstream out(zip, std::ios::binary);
            Poco::Zip::Compress compress(out, true);
            compress.addRecursive(Poco::Path(folder + "/"), Poco::Zip::ZipCommon::CL_NORMAL, false,
                                  Poco::Path("export/"));
            compress.close();
        }
        auto run = import(zip, {"--download-attachments"});
        QVERIFY2(run.exitCode == 0, run.output.c_str());
        QCOMPARE(scalar("SELECT count(*) FROM tickets WHERE custom->>'freshdesk_id' LIKE '7%'"), 8LL);
        // Notes with attachments (tickets 0 and 4) carry the downloaded files.
        QCOMPARE(scalar("SELECT count(*) FROM article_attachments WHERE filename IN ('report-0.pdf', 'report-4.pdf')"),
                 2LL);
        QCOMPARE(text("SELECT encode(content, 'escape') FROM blobs b JOIN article_attachments a ON a.sha256 = b.sha256"
                      " WHERE a.filename = 'report-4.pdf'"),
                 std::string("%PDF-1.4 /files/report-4.pdf"));
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestImportFreshdesk)
#include "tst_import_freshdesk.moc"
