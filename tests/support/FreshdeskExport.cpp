#include "support/FreshdeskExport.h"

#include <Poco/File.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

namespace helpdesk::test {

namespace {
std::string escape(const std::string &text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string element(const std::string &name, const std::string &value, const std::string &type = {})
{
    return "<" + name + (type.empty() ? "" : " type=\"" + type + "\"") + ">" + escape(value) + "</" + name + ">";
}

std::string nil(const std::string &name, const std::string &type = "integer")
{
    return "<" + name + " type=\"" + type + "\" nil=\"true\"/>";
}

std::string stamp(int dayOffset, int minute = 0)
{
    // Dates in 2019–2021, in Freshdesk's format with an offset.
    int day = dayOffset % 28 + 1, month = dayOffset / 28 % 12 + 1, year = 2019 + dayOffset / 336 % 3;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:00+02:00", year, month, day, 8 + minute / 60 % 10,
                  minute % 60);
    return buffer;
}

const char *kWords[] = {"Drucker", "invoice", "пароль",       "VPN",  "laptop",
                        "zażółć",  "écran",   "ネットワーク", "mail", "backup"};
} // namespace

int FreshdeskExport::ratingOf(int index)
{
    static const int scale[] = {103, 101, 100, -101, -103};
    return scale[index / 5 % 5];
}

void FreshdeskExport::writeSettings(const std::string &directory, const FreshdeskExportSpec &spec)
{
    auto open = [&](const std::string &name) { return std::ofstream(directory + "/" + name, std::ios::binary); };
    const std::string head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    auto choices = [](const std::vector<std::string> &values) {
        std::string out = "<choices type=\"array\">";
        for (const auto &v : values)
            out += "<choice>" + element("value", v) + "</choice>";
        return out + "</choices>";
    };
    {
        auto out = open("TicketFields.xml");
        out << head << "<helpdesk-ticket-fields type=\"array\">\n"
            << "  <helpdesk-ticket-field>" << element("id", "1", "integer") << element("name", "status")
            << element("label", "Status") << element("field-type", "default_status") << "<statuses type=\"array\">"
            << "<status>" << element("status-id", "2", "integer") << element("name", "Open") << "</status>"
            << "<status>" << element("status-id", "6", "integer") << element("name", "Waiting on supplier")
            << element("stop-sla-timer", "true", "boolean") << "</status>"
            << "<status>" << element("status-id", "7", "integer") << element("name", "Escalated")
            << element("stop-sla-timer", "false", "boolean") << "</status></statuses></helpdesk-ticket-field>\n"
            << "  <helpdesk-ticket-field>" << element("id", "2", "integer") << element("name", "ticket_type")
            << element("label", "Type") << element("field-type", "default_ticket_type")
            << choices({"Incident", "Service Request", "Feature Request"}) << "</helpdesk-ticket-field>\n"
            << "  <helpdesk-ticket-field>" << element("id", "3", "integer") << element("name", "cf_contract_4711")
            << element("label", "Contract") << element("field-type", "custom_dropdown")
            << choices({"Gold", "Silver", "Bronze"}) << "</helpdesk-ticket-field>\n"
            << "  <helpdesk-ticket-field>" << element("id", "4", "integer") << element("name", "cf_category_4711")
            << element("label", "Category") << element("field-type", "nested_field")
            << "<nested-fields type=\"array\"><nested-field>" << element("name", "cf_subcategory_4711")
            << element("level", "2", "integer") << "</nested-field><nested-field>" << element("name", "cf_item_4711")
            << element("level", "3", "integer") << "</nested-field></nested-fields>"
            << "<choices type=\"array\"><choice>" << element("value", "Hardware") << "<choices type=\"array\"><choice>"
            << element("value", "Printer") << choices({"Toner", "Paper"}) << "</choice><choice>"
            << element("value", "Laptop") << "</choice></choices></choice><choice>" << element("value", "Software")
            << "</choice></choices></helpdesk-ticket-field>\n"
            << "  <helpdesk-ticket-field>" << element("id", "5", "integer") << element("name", "cf_seats_4711")
            << element("label", "Seats") << element("field-type", "custom_number") << "</helpdesk-ticket-field>\n"
            << "</helpdesk-ticket-fields>\n";
    }
    {
        auto out = open("ContactFields.xml");
        out << head << "<contact-fields type=\"array\">\n"
            << "  <contact-field>" << element("id", "11", "integer") << element("name", "cf_segment_4711")
            << element("label", "Segment") << element("field-type", "custom_dropdown")
            << choices({"Retail", "Wholesale"}) << "</contact-field>\n"
            << "</contact-fields>\n";
        auto companies = open("CompanyFields.xml");
        companies << head << "<company-fields type=\"array\">\n"
                  << "  <company-field>" << element("id", "21", "integer") << element("name", "cf_tier_4711")
                  << element("label", "Tier") << element("field-type", "custom_dropdown")
                  << choices({"Standard", "Premium"}) << "</company-field>\n"
                  << "</company-fields>\n";
    }
    {
        auto out = open("BusinessCalendars.xml");
        auto day = [](const std::string &name, const std::string &from, const std::string &to) {
            return "<working-hour>" + element("day", name) + element("start-time", from) + element("end-time", to) +
                   "</working-hour>";
        };
        out << head << "<business-calendars type=\"array\">\n"
            << "  <business-calendar>" << element("id", std::to_string(calendarIdOf(0)), "integer")
            << element("name", "Berlin office") << element("time-zone", "Berlin")
            << element("is-default", "true", "boolean") << "<working-hours type=\"array\">"
            << day("monday", "8:00 am", "5:00 pm") << day("tuesday", "8:00 am", "5:00 pm")
            << day("wednesday", "8:00 am", "5:00 pm") << day("thursday", "8:00 am", "5:00 pm")
            << day("friday", "8:00 am", "1:00 pm") << "</working-hours><holidays type=\"array\"><holiday>"
            << element("name", "Heiligabend") << element("date", "Dec 24") << "</holiday><holiday>"
            << element("name", "Tag der Arbeit") << element("date", "05-01") << "</holiday></holidays>"
            << "</business-calendar>\n"
            << "  <business-calendar>" << element("id", std::to_string(calendarIdOf(1)), "integer")
            << element("name", "New York desk") << element("time-zone", "Eastern Time (US & Canada)")
            << "<working-hours type=\"array\">" << day("mon", "09:00", "18:00") << day("tue", "09:00", "18:00")
            << "</working-hours><holidays type=\"array\"><holiday>" << element("name", "Independence Day")
            << element("date", "Jul 4") << "</holiday></holidays></business-calendar>\n"
            << "</business-calendars>\n";
    }
    {
        auto out = open("SlaPolicies.xml");
        auto detail = [](int priority, int respond, int resolve, bool calendarHours) {
            return "<sla-detail>" + element("priority", std::to_string(priority), "integer") +
                   element("response-time", std::to_string(respond), "integer") +
                   element("resolution-time", std::to_string(resolve), "integer") +
                   element("override-bhrs", calendarHours ? "true" : "false", "boolean") + "</sla-detail>";
        };
        out << head << "<sla-policies type=\"array\">\n"
            << "  <sla-policy>" << element("id", "31", "integer") << element("name", "Default SLA Policy")
            << element("is-default", "true", "boolean") << element("active", "true", "boolean")
            << element("position", "1", "integer") << "<sla-details type=\"array\">" << detail(1, 86400, 259200, false)
            << detail(4, 3600, 14400, false) << "</sla-details></sla-policy>\n"
            << "  <sla-policy>" << element("id", "32", "integer") << element("name", "Incidents of key accounts")
            << element("active", "true", "boolean") << element("position", "2", "integer")
            << "<conditions><group-ids type=\"array\"><group-id type=\"integer\">7000</group-id>"
            << "<group-id type=\"integer\">7001</group-id></group-ids><ticket-types type=\"array\">"
            << element("ticket-type", "Incident") << "</ticket-types></conditions><sla-details type=\"array\">"
            << detail(4, 900, 7200, true) << detail(3, 1800, 28800, false) << "</sla-details></sla-policy>\n"
            << "</sla-policies>\n";
    }
    {
        auto out = open("CannedResponses.xml");
        auto response = [](int id, const std::string &title, const std::string &folder, const std::string &html) {
            return "  <canned-response>" + element("id", std::to_string(id), "integer") + element("title", title) +
                   element("folder-name", folder) + element("content-html", html) + "</canned-response>\n";
        };
        out << head << "<canned-responses type=\"array\">\n"
            << response(41, "Thank you!", "General", "<p>Thank you for your patience.</p>")
            << response(42, "Printer: toner", "Hardware",
                        "<p>Dear {{ticket.requester.name}}, please replace the <b>toner</b> cartridge.</p>"
                        "<p>{{ticket.agent.name}}, {{ticket.group.name}}</p>")
            << response(43, "Thank you", "Personal", "<p>Many thanks, and have a good day.</p>")
            << "</canned-responses>\n";
    }
    {
        auto out = open("EmailConfigs.xml");
        out << head << "<email-configs type=\"array\">\n";
        for (int i = 0; i < std::min(spec.groups, 2); ++i)
            out << "  <email-config>" << element("id", std::to_string(51 + i), "integer")
                << element("name", i == 0 ? "Support" : "Billing")
                << element("reply-email", i == 0 ? "Support@Example.org" : "billing@example.org")
                << element("to-email", "fwd" + std::to_string(i) + "@example.freshdesk.com")
                << element("group-id", std::to_string(7000 + i), "integer") << element("active", "true", "boolean")
                << "</email-config>\n";
        out << "</email-configs>\n";
    }
}

std::string FreshdeskExport::signatureHtmlOf(int agent)
{
    if (agent == 0) // Freshdesk's placeholders: ones we fill, and one we do not
        return "<p>Kind regards,<br>{{ticket.agent.name}}</p><p>{{ ticket.group.name }} · ticket "
               "#{{ticket.id}}<br>Call me: {{ticket.agent.phone}}</p>";
    if (agent == 1) // HTML we never keep
        return "<div>Agent 1 <b>(Tier 2)</b><script>alert('x')</script></div>";
    return "<p>Agent " + std::to_string(agent) + " · Support</p>";
}

std::string FreshdeskExport::subjectOf(int index)
{
    return std::string(kWords[index % 10]) + " problem #" + std::to_string(index) + (index % 7 == 0 ? " 🚀 urgent" : "");
}

void FreshdeskExport::write(const std::string &directory, const FreshdeskExportSpec &spec)
{
    Poco::File(directory).createDirectories();
    auto open = [&](const std::string &name) { return std::ofstream(directory + "/" + name, std::ios::binary); };
    const std::string head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    writeSettings(directory, spec);
    {
        auto out = open("Companies.xml");
        out << head << "<companies type=\"array\">\n";
        for (int i = 0; i < spec.companies; ++i)
            out << "  <company>" << element("created-at", stamp(i), "datetime")
                << element("description", "Kunde seit 2019") << element("id", std::to_string(5000 + i), "integer")
                << element("name", i == 1 ? "Łódź Logistics Sp. z o.o." : "Company " + std::to_string(i))
                << element("updated-at", stamp(i + 1), "datetime")
                << element("domains", "company" + std::to_string(i) + ".example") << "<custom_field>"
                << element("cf_tier_4711", i % 2 ? "Premium" : "Standard") << "</custom_field>"
                << "</company>\n";
        out << "</companies>\n";
    }
    {
        auto out = open("Groups.xml");
        out << head << "<groups type=\"array\">\n";
        for (int i = 0; i < spec.groups; ++i)
            out << "  <group>" << element("id", std::to_string(7000 + i), "integer")
                << element("name", i == 0 ? "First line" : "Team " + std::to_string(i))
                << (i < 2 ? element("business-calendar-id", std::to_string(calendarIdOf(i)), "integer")
                          : nil("business-calendar-id"))
                << "</group>\n";
        out << "</groups>\n";
    }
    auto userXml = [&](int i) {
        std::ostringstream out;
        bool agent = i < spec.agents;
        bool deleted = agent && i == spec.agents - 1; // a deleted agent stays, inactive
        std::string email =
            i == spec.agents + 2 ? "" : (agent ? "agent" : "contact") + std::to_string(i) + "@example.org";
        out << "<user>" << element("active", deleted ? "false" : "true", "boolean")
            << element("created-at", stamp(i), "datetime")
            << (agent || i % 3 ? nil("customer-id")
                               : element("customer-id", std::to_string(5000 + i % spec.companies), "integer"))
            << element("deleted", deleted ? "true" : "false", "boolean")
            << (email.empty() ? nil("email", "string") : element("email", email))
            << element("helpdesk-agent", agent ? "true" : "false", "boolean")
            << element("id", std::to_string(100 + i), "integer") << element("language", i % 4 == 0 ? "de" : "en")
            << element("name",
                       i == spec.agents + 1 ? "Zoë Ñúñez-Øberg" : (agent ? "Agent " : "Contact ") + std::to_string(i))
            << element("updated-at", stamp(i + 2), "datetime")
            << element("job-title", agent ? "Support engineer" : "Buyer " + std::to_string(i))
            << element("phone", "+49 30 " + std::to_string(1000000 + i))
            << element("mobile", "+49 170 " + std::to_string(2000000 + i))
            << element("twitter-id", "user" + std::to_string(i)) << element("time-zone", i % 2 ? "Berlin" : "Warsaw")
            << "<custom_field>" << element("cf_customer_number_4711", std::to_string(70000 + i), "integer")
            << "</custom_field>"
            << "</user>";
        return out.str();
    };
    {
        // Agents.xml: the agent record (type, scope, signature) around the person.
        auto out = open("Agents.xml");
        out << head << "<agents type=\"array\">\n";
        for (int i = 0; i < spec.agents; ++i)
            out << "  <agent>" << element("id", std::to_string(600 + i), "integer")
                << element("occasional", i == 1 ? "true" : "false", "boolean")
                << element("ticket-permission", std::to_string(1 + i % 3), "integer")
                << (i == 2 ? nil("signature-html", "string") : element("signature-html", signatureHtmlOf(i)))
                << userXml(i) << "</agent>\n";
        out << "</agents>\n";
    }
    {
        auto out = open("Users.xml");
        out << head << "<users type=\"array\">\n";
        for (int i = spec.agents; i < spec.agents + spec.contacts; ++i)
            out << "  " << userXml(i) << "\n";
        out << "</users>\n";
    }
    auto ticketXml = [&](int index) {
        std::ostringstream t;
        int requester = 100 + spec.agents + index % spec.contacts;
        if (index == missingRequesterTicket())
            requester = 99999; // a contact deleted before the export
        int responder = 100 + index % (spec.agents - 1);
        if (index == unknownOwnerTicket())
            responder = 88888;
        int status = index % 9 == 8 ? 6 : index % 9 == 7 ? 7 : 2 + index % 4; // 6, 7: custom statuses
        int source = std::vector<int>{1, 2, 3, 7, 9, 10}[static_cast<std::size_t>(index % 6)];
        t << "  <helpdesk-ticket>" << element("created-at", stamp(index, index), "datetime")
          << element("description", "Hello,\n" + subjectOf(index) + " since Monday.\nRegards")
          << element("description-html",
                     "<div>Hello,<br>" + subjectOf(index) + " since Monday.</div><script>alert(1)</script>")
          << element("display-id", std::to_string(displayIdOf(index)), "integer")
          << element("group-id", std::to_string(7000 + index % spec.groups), "integer")
          << element("id", std::to_string(ticketIdOf(index)), "integer")
          << element("priority", std::to_string(1 + index % 4), "integer")
          << element("requester-id", std::to_string(requester), "integer")
          << (index % 5 == 4 && index != unknownOwnerTicket()
                  ? nil("responder-id")
                  : element("responder-id", std::to_string(responder), "integer"))
          << element("source", std::to_string(source), "integer")
          << element("status", std::to_string(status), "integer")
          << element("status-name", status == 6   ? "Waiting on supplier"
                                    : status == 7 ? "Escalated"
                                                  : "Open")
          << element("subject", subjectOf(index))
          << element("ticket-type", index % 3 == 0 ? "Incident" : "Service Request")
          << element("updated-at", stamp(index + 3, index), "datetime")
          << (index == missingRequesterTicket() ? element("requester-name", "Gone Contact") : "") << "<custom_field>"
          << element("cf_serial_number_4711", "SN-" + std::to_string(index))
          << element("cf_seats_4711", std::to_string(index % 50), "integer")
          << element("cf_onsite_4711", index % 2 ? "true" : "false", "boolean")
          << element("cf_due_4711", "2021-0" + std::to_string(1 + index % 9) + "-15", "date")
          << (index % 2 ? nil("cf_contract_4711", "string") : element("cf_contract_4711", "Gold"))
          << element("cf_category_4711", index % 2 ? "Software" : "Hardware")
          << (index % 2 ? nil("cf_subcategory_4711", "string") : element("cf_subcategory_4711", "Printer"))
          << (index % 4 ? nil("cf_item_4711", "string") : element("cf_item_4711", "Toner")) << "</custom_field>"
          << "<tags type=\"array\">"
          << "<tag>" << element("name", index % 2 ? "vip" : "hardware") << "</tag>"
          << (index % 3 == 0 ? "<tag>" + element("name", "étiquette") + "</tag>" : "") << "</tags>"
          << "<notes type=\"array\">";
        for (int n = 0; n < spec.notesPerTicket; ++n) {
            bool incoming = n % 2 == 1;
            bool isPrivate = n == 2;
            int user = incoming ? requester : responder;
            t << "<helpdesk-note>"
              << element("body", (incoming ? "Customer says: still broken (" : "Agent answer ") + std::to_string(n) +
                                     (incoming ? ")" : "."))
              << element("body-html", "<p>note " + std::to_string(n) + "</p>")
              << element("created-at", stamp(index + 1, n * 7), "datetime")
              << element("id", std::to_string(ticketIdOf(index) * 10 + n), "integer")
              << element("incoming", incoming ? "true" : "false", "boolean")
              << element("private", isPrivate ? "true" : "false", "boolean") << element("source", "2", "integer")
              << element("updated-at", stamp(index + 1, n * 7 + 1), "datetime")
              << element("user-id", std::to_string(user), "integer");
            if (n == 0 && index % 4 == 0)
                t << "<attachments type=\"array\"><attachment>" << element("content-content-type", "application/pdf")
                  << element("content-file-name", "report-" + std::to_string(index) + ".pdf")
                  << element("content-file-size", "2048", "integer")
                  << element("attachment-url", spec.attachmentBaseUrl + "report-" + std::to_string(index) + ".pdf")
                  << "</attachment></attachments>";
            t << "</helpdesk-note>";
        }
        t << "</notes></helpdesk-ticket>\n";
        return t.str();
    };
    int files = (spec.tickets + spec.ticketsPerFile - 1) / spec.ticketsPerFile;
    for (int f = 0; f < files; ++f) {
        auto out = open("Tickets" + std::to_string(f) + ".xml");
        out << head << "<helpdesk-tickets type=\"array\">\n";
        for (int i = f * spec.ticketsPerFile; i < std::min(spec.tickets, (f + 1) * spec.ticketsPerFile); ++i)
            out << ticketXml(i);
        out << "</helpdesk-tickets>\n";
    }
    {
        auto out = open("ArchivedTickets.xml");
        out << head << "<helpdesk-tickets type=\"array\">\n";
        for (int i = spec.tickets; i < spec.tickets + spec.archivedTickets; ++i)
            out << ticketXml(i);
        out << "</helpdesk-tickets>\n";
    }
    auto out = open("SatisfactionRatings.xml");
    out << head << "<survey-results type=\"array\">\n";
    for (int i = 0; i < spec.tickets + spec.archivedTickets; i += 5)
        out << "  <survey-result>" << element("id", std::to_string(60000 + i), "integer")
            << element("surveyable-id", std::to_string(ticketIdOf(i)), "integer")
            << element("customer-id", std::to_string(100 + spec.agents + i % spec.contacts), "integer")
            << element("rating", std::to_string(ratingOf(i)), "integer")
            << element("feedback", i % 10 ? "" : "Schnell und freundlich, merci")
            << element("created-at", stamp(i + 4), "datetime") << "</survey-result>\n";
    out << "</survey-results>\n";
}

} // namespace helpdesk::test
