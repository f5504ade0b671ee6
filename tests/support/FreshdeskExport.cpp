#include "support/FreshdeskExport.h"

#include <Poco/File.h>

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

std::string FreshdeskExport::subjectOf(int index)
{
    return std::string(kWords[index % 10]) + " problem #" + std::to_string(index) + (index % 7 == 0 ? " 🚀 urgent" : "");
}

void FreshdeskExport::write(const std::string &directory, const FreshdeskExportSpec &spec)
{
    Poco::File(directory).createDirectories();
    auto open = [&](const std::string &name) { return std::ofstream(directory + "/" + name, std::ios::binary); };
    const std::string head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    {
        auto out = open("Companies.xml");
        out << head << "<companies type=\"array\">\n";
        for (int i = 0; i < spec.companies; ++i)
            out << "  <company>" << element("created-at", stamp(i), "datetime")
                << element("description", "Kunde seit 2019") << element("id", std::to_string(5000 + i), "integer")
                << element("name", i == 1 ? "Łódź Logistics Sp. z o.o." : "Company " + std::to_string(i))
                << element("updated-at", stamp(i + 1), "datetime") << "</company>\n";
        out << "</companies>\n";
    }
    {
        auto out = open("Groups.xml");
        out << head << "<groups type=\"array\">\n";
        for (int i = 0; i < spec.groups; ++i)
            out << "  <group>" << element("id", std::to_string(7000 + i), "integer")
                << element("name", i == 0 ? "First line" : "Team " + std::to_string(i)) << "</group>\n";
        out << "</groups>\n";
    }
    {
        auto out = open("Users.xml");
        out << head << "<users type=\"array\">\n";
        for (int i = 0; i < spec.agents + spec.contacts; ++i) {
            bool agent = i < spec.agents;
            bool deleted = agent && i == spec.agents - 1; // a deleted agent stays, inactive
            std::string email =
                i == spec.agents + 2 ? "" : (agent ? "agent" : "contact") + std::to_string(i) + "@example.org";
            out << "  <user>" << element("active", deleted ? "false" : "true", "boolean")
                << element("created-at", stamp(i), "datetime")
                << (agent || i % 3 ? nil("customer-id")
                                   : element("customer-id", std::to_string(5000 + i % spec.companies), "integer"))
                << element("deleted", deleted ? "true" : "false", "boolean")
                << (email.empty() ? nil("email", "string") : element("email", email))
                << element("helpdesk-agent", agent ? "true" : "false", "boolean")
                << element("id", std::to_string(100 + i), "integer") << element("language", i % 4 == 0 ? "de" : "en")
                << element("name", i == spec.agents + 1 ? "Zoë Ñúñez-Øberg"
                                                        : (agent ? "Agent " : "Contact ") + std::to_string(i))
                << element("updated-at", stamp(i + 2), "datetime") << "<custom_field>"
                << element("cf_customer_number_4711", std::to_string(70000 + i), "integer") << "</custom_field>"
                << "</user>\n";
        }
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
        int status = index % 9 == 8 ? 6 : 2 + index % 4; // 6: a custom status
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
          << element("status-name", status == 6 ? "Waiting on supplier" : "Open")
          << element("subject", subjectOf(index))
          << element("ticket-type", index % 3 == 0 ? "Incident" : "Service Request")
          << element("updated-at", stamp(index + 3, index), "datetime")
          << (index == missingRequesterTicket() ? element("requester-name", "Gone Contact") : "") << "<custom_field>"
          << element("cf_serial_number_4711", "SN-" + std::to_string(index))
          << element("cf_seats_4711", std::to_string(index % 50), "integer")
          << element("cf_onsite_4711", index % 2 ? "true" : "false", "boolean")
          << element("cf_due_4711", "2021-0" + std::to_string(1 + index % 9) + "-15", "date")
          << (index % 2 ? nil("cf_contract_4711", "string") : element("cf_contract_4711", "Gold")) << "</custom_field>"
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
    auto out = open("ArchivedTickets.xml");
    out << head << "<helpdesk-tickets type=\"array\">\n";
    for (int i = spec.tickets; i < spec.tickets + spec.archivedTickets; ++i)
        out << ticketXml(i);
    out << "</helpdesk-tickets>\n";
}

} // namespace helpdesk::test
