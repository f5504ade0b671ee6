#pragma once

#include <string>

namespace helpdesk::test {

/// Writes a Freshdesk XML export (Rails-style XML, as Freshdesk's "Export data" produces) into a
/// folder: Companies.xml, Groups.xml, Agents.xml (type, scope and signature around the person),
/// Users.xml (contacts), Tickets<N>.xml and ArchivedTickets.xml. The
/// content is generated deterministically and covers the edges an import meets: unicode in every
/// text, contacts without e-mail, requesters missing from Users.xml, owners that are not agents
/// (deleted), custom fields of each type, tags, private and incoming notes, notes with
/// attachments, custom statuses, every priority and source; and the account's settings:
/// TicketFields.xml (statuses, types, a dropdown, a nested field), ContactFields.xml and
/// CompanyFields.xml, BusinessCalendars.xml (two calendars with holidays, groups 0 and 1 in them),
/// SlaPolicies.xml, CannedResponses.xml (three in three folders), EmailConfigs.xml and
/// SatisfactionRatings.xml (every fifth ticket rated).
struct FreshdeskExportSpec {
    int companies = 5;
    int groups = 3;
    int agents = 6;
    int contacts = 40;
    int tickets = 60;         // in Tickets*.xml
    int archivedTickets = 10; // in ArchivedTickets.xml
    int notesPerTicket = 4;
    int ticketsPerFile = 25;
    std::string attachmentBaseUrl = "https://attachments.freshdesk.invalid/";
};

class FreshdeskExport
{
public:
    /// Generates into `directory` (created if missing).
    static void write(const std::string &directory, const FreshdeskExportSpec &spec);
    /// The subject the generator gives ticket `index` (0-based over tickets then archived).
    static std::string subjectOf(int index);
    /// The signature (HTML) of agent `index` in Agents.xml; agent 2 has none (nil).
    static std::string signatureHtmlOf(int agent);
    /// Freshdesk's internal id of ticket `index`, and its display id (ticket number).
    static long long ticketIdOf(int index) { return 900000 + index; }
    static long long displayIdOf(int index) { return 1 + index; }
    /// Ticket indexes with the edges: a requester missing from Users.xml, an owner who is no agent.
    static int missingRequesterTicket() { return 3; }
    static int unknownOwnerTicket() { return 4; }
    /// Freshdesk's id of business calendar `index` (0: Berlin office, the default; 1: New York desk).
    static long long calendarIdOf(int index) { return 81 + index; }
    /// The rating on Freshdesk's scale (103 … -103) of ticket `index` (a multiple of five).
    static int ratingOf(int index);

private:
    static void writeSettings(const std::string &directory, const FreshdeskExportSpec &spec);
};

} // namespace helpdesk::test
