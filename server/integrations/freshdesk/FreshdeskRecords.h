#pragma once

#include "integrations/freshdesk/RailsXml.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace helpdesk::integrations::freshdesk {

// Freshdesk's records as either source (XML export, API v2) delivers them. Plain data.

/// A custom field value (tickets, contacts); type as Freshdesk declares it (text, integer, boolean, date, datetime).
struct FdCustomValue {
    std::string name;
    std::string type;
    std::optional<std::string> value;
};

struct FdCompany {
    long long id = 0;
    std::string name;
    std::string description, domains;
    std::string createdAt, updatedAt;
    std::vector<FdCustomValue> custom;
};

struct FdGroup {
    long long id = 0;
    std::string name;
    std::optional<long long> businessCalendarId; // the business hours the group works in
};

struct FdUser {
    long long id = 0;
    std::string email; // may be empty (phone-only contacts)
    std::string name;
    bool agent = false;
    bool active = true;
    std::optional<long long> companyId;
    std::string language;
    std::string jobTitle, phone, mobile, twitter, timeZone;
    std::string agentType;   // agents: "occasional" or "full-time"; empty for contacts
    std::string ticketScope; // agents: "global", "group" or "restricted"
    // Agents: their signature with Freshdesk's {{placeholders}}, as text and/or HTML; nullopt when the
    // source does not carry signatures (then an earlier import's stands).
    std::optional<std::string> signature, signatureHtml;
    std::string createdAt, updatedAt;
    std::vector<FdCustomValue> custom;
};

struct FdAttachment {
    std::string name;
    std::string contentType;
    long long size = 0;
    std::string url;
};

struct FdNote {
    long long id = 0;
    std::optional<long long> userId;
    bool isPrivate = false;
    bool incoming = false;
    std::string body, bodyHtml;
    std::string createdAt, updatedAt;
    std::vector<FdAttachment> attachments;
};

struct FdTicket {
    long long id = 0;
    long long displayId = 0;
    std::string subject;
    std::string description, descriptionHtml;
    std::optional<long long> groupId, requesterId, responderId, companyId;
    int status = 2;
    std::string statusName;
    int priority = 1;
    int source = 1;
    std::string type;
    std::string createdAt, updatedAt;
    std::vector<std::string> tags;
    std::vector<FdCustomValue> custom;
    std::vector<FdNote> notes;
    std::vector<FdAttachment> attachments;
    std::string requesterName, requesterEmail; // when the export names an unknown requester
    bool archived = false;
};

/// One choice of a ticket or contact field; nested fields carry the next level's choices.
struct FdChoice {
    std::string value;
    std::vector<FdChoice> choices;
};

/// A status of the status field: Freshdesk's number, its name, and whether it stops the SLA clock.
struct FdStatus {
    int id = 0;
    std::string name;
    bool stopsSlaTimer = false;
};

/// A field definition (ticket, contact or company) with its choices. Freshdesk types: custom_text,
/// custom_paragraph, custom_number, custom_checkbox, custom_date, custom_dropdown, nested_field,
/// default_status, default_* (built in).
struct FdFieldDefinition {
    long long id = 0;
    std::string name;
    std::string label;
    std::string type;
    std::vector<FdChoice> choices;
    std::vector<std::string> nestedNames; // nested_field: the names of levels 2 and 3
    std::vector<FdStatus> statuses;       // default_status
};

/// Business hours of a weekday: "mon" … "sun" with HH:MM times (24:00 allowed at the end).
struct FdWorkingDay {
    std::string day;
    std::string from, to;
};

struct FdHoliday {
    std::string name;
    int month = 0, day = 0; // recurring every year, as Freshdesk keeps them
};

struct FdBusinessCalendar {
    long long id = 0;
    std::string name;
    std::string timeZone; // Freshdesk's (Rails) zone name, e.g. "Berlin", or an IANA one
    bool isDefault = false;
    std::vector<FdWorkingDay> days;
    std::vector<FdHoliday> holidays;
};

/// A target of an SLA policy for one priority (1 low … 4 urgent), in seconds.
struct FdSlaTarget {
    int priority = 1;
    std::optional<long long> respondWithin, nextRespondWithin, resolveWithin;
    bool businessHours = true;
};

struct FdSlaPolicy {
    long long id = 0;
    std::string name;
    bool active = true;
    bool isDefault = false;
    int position = 0;
    std::vector<long long> groupIds, companyIds;
    std::vector<std::string> ticketTypes;
    std::vector<FdSlaTarget> targets;
};

struct FdCannedResponse {
    long long id = 0;
    std::string title;
    std::string folder;
    std::string content, contentHtml;
};

/// A support address ("e-mail configuration") and the group its mail goes to.
struct FdEmailConfig {
    long long id = 0;
    std::string name;
    std::string replyEmail, toEmail;
    std::optional<long long> groupId;
    bool active = true;
};

/// A customer satisfaction rating of a ticket; `rating` on Freshdesk's scale (-103 … 103, or 1 … 3 in
/// classic surveys).
struct FdRating {
    long long id = 0;
    long long ticketId = 0;
    std::optional<long long> userId;
    int rating = 0;
    std::string feedback;
    std::string createdAt;
};

/// From one record of the XML export; throws std::runtime_error naming what is missing.
FdCompany companyFromXml(const XmlNode &node);
FdGroup groupFromXml(const XmlNode &node);
FdUser userFromXml(const XmlNode &node);
FdTicket ticketFromXml(const XmlNode &node, bool archived);
FdFieldDefinition fieldFromXml(const XmlNode &node);
FdBusinessCalendar calendarFromXml(const XmlNode &node);
FdSlaPolicy slaPolicyFromXml(const XmlNode &node);
FdCannedResponse cannedResponseFromXml(const XmlNode &node);
FdEmailConfig emailConfigFromXml(const XmlNode &node);
FdRating ratingFromXml(const XmlNode &node);

/// Between the levels of a nested field's value, flattened into one select: "Hardware > Printer".
inline constexpr const char *kNestedSeparator = " > ";
/// "cf_serial_number_4711" (the account id appended by Freshdesk) as a Helpdesk field name.
std::string customFieldName(const std::string &freshdesk);
/// Where a text with placeholders goes: a signature (filled as a reply is sent) or a text module
/// (filled by the client as it is inserted; it knows no group name).
enum class PlaceholderTarget { Signature, TextModule };
/// Freshdesk text with Liquid placeholders as ours: plain text (`text`, else `html` read as text,
/// trimmed), {{ticket.agent.name}} as {agent_name} and so on; a placeholder the target has no
/// counterpart for stays as written and its name goes to `unmapped`.
std::string withOurPlaceholders(const std::string &text, const std::string &html, PlaceholderTarget target,
                                std::set<std::string> &unmapped);
/// "8:00 am", "17:30", "5:00 pm" as HH:MM; empty when not a time of day.
std::string clockTime(const std::string &text);
/// "monday", "Mon", "1" (Monday) as "mon" … "sun"; empty when not a day.
std::string weekday(const std::string &text);
/// "Dec 25", "12-25", "2020-12-25" as a month and day; nullopt when not a date.
std::optional<FdHoliday> holidayDate(const std::string &name, const std::string &text);

} // namespace helpdesk::integrations::freshdesk
