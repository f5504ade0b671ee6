#pragma once

#include "integrations/freshdesk/RailsXml.h"

#include <optional>
#include <string>
#include <vector>

namespace helpdesk::integrations::freshdesk {

// Freshdesk's records as either source (XML export, API v2) delivers them. Plain data.

struct FdCompany {
    long long id = 0;
    std::string name;
    std::string createdAt, updatedAt;
};

struct FdGroup {
    long long id = 0;
    std::string name;
};

/// A custom field value (tickets, contacts); type as Freshdesk declares it (text, integer, boolean, date, datetime).
struct FdCustomValue {
    std::string name;
    std::string type;
    std::optional<std::string> value;
};

struct FdUser {
    long long id = 0;
    std::string email; // may be empty (phone-only contacts)
    std::string name;
    bool agent = false;
    bool active = true;
    std::optional<long long> companyId;
    std::string language;
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

/// From one record of the XML export; throws std::runtime_error naming what is missing.
FdCompany companyFromXml(const XmlNode &node);
FdGroup groupFromXml(const XmlNode &node);
FdUser userFromXml(const XmlNode &node);
FdTicket ticketFromXml(const XmlNode &node, bool archived);

} // namespace helpdesk::integrations::freshdesk
