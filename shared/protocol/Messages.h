#pragma once

#include "protocol/Json.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::protocol {

/// The protocol version this build speaks; bumped on any incompatible change.
constexpr int kProtocolVersion = 1;
/// The oldest peer version this build still accepts.
constexpr int kMinimumProtocolVersion = 1;

/// Empty when compatible; otherwise a message saying which side must upgrade.
std::string checkProtocolVersion(int ourVersion, int ourMinimum, int theirVersion, const std::string &theirRole);

// ---------------------------------------------------------------------------------------------
// Envelope of the WebSocket stream: requests from the client, responses and events from the server.

/// Client → server: `{"type":"request","id":"…","method":"ticket.create","params":{…},"idempotency_key":"…"}`.
struct Request {
    std::string id;
    std::string method;
    JsonObject params;
    std::optional<std::string> idempotencyKey;

    JsonObject toJson() const;
    static Request fromJson(const JsonObject &object);
};

class ApiError;

/// The error part of a failed response.
struct ErrorBody {
    std::string code;
    std::string message;
    std::string field;
    std::optional<int> retryAfter = std::nullopt; // seconds; "retry_after" only when the error says when

    JsonObject toJson() const;
    static ErrorBody fromJson(const JsonObject &object);
    /// The body describing a thrown error, with its retry_after when it has one.
    static ErrorBody of(const ApiError &error);
};

/// Server → client: `{"type":"response","id":"…","result":…}` or `…"error":{code,message,field}`.
struct Response {
    std::string id;
    JsonObject result;
    std::optional<ErrorBody> error;

    JsonObject toJson() const;
    static Response fromJson(const JsonObject &object);
};

/// One committed change, numbered by a global increasing sequence.
struct Event {
    std::int64_t seq = 0;
    std::string kind; // ticket.created, ticket.updated, article.created, ...
    std::optional<std::int64_t> ticketId;
    std::optional<std::int64_t> actorId;
    std::string at; // ISO 8601 UTC
    JsonObject data;

    JsonObject toJson() const;
    static Event fromJson(const JsonObject &object);
};

// ---------------------------------------------------------------------------------------------
// Domain objects as they travel.

enum class Role { Admin, Supervisor, Agent, Customer };
const char *roleName(Role role);
/// Throws ApiError(ValidationFailed) naming `field` on an unknown role.
Role roleFromName(const std::string &name, const std::string &field = "role");

struct User {
    std::int64_t id = 0;
    std::string email;
    std::string name;
    Role role = Role::Customer;
    std::optional<std::int64_t> organizationId;
    bool active = true;
    std::optional<std::string> language;
    JsonObject custom;
    std::string createdAt;
    std::string updatedAt;
    // Staff accounts only (not sent for customers): away now (marked absent and absent_until not
    // passed), until when (none: until they say they are back), and the colleague who gets their
    // tickets' follow-ups meanwhile (none: the group).
    bool absent = false;
    std::optional<std::string> absentUntil;
    std::optional<std::int64_t> substituteId;

    JsonObject toJson() const;
    static User fromJson(const JsonObject &object);
};

/// A partner desk a ticket is shared with (Ticket.shared_with, staff only): the agreement, the
/// partner's name, who shared it (outbound: we did; inbound: the partner shared it with us) and
/// whether the partner has everything (in_sync, pending, failing with the reason).
struct TicketSharePartner {
    std::int64_t agreementId = 0;
    std::string partner;
    std::string direction; // outbound, inbound
    std::string state;     // in_sync, pending, failing
    std::optional<std::string> reason;

    JsonObject toJson() const;
    static TicketSharePartner fromJson(const JsonObject &object);
};

/// The wire form of a ticket's shares (and back); fromJson skips what is not an object.
JsonArray toJson(const std::vector<TicketSharePartner> &partners);
std::vector<TicketSharePartner> sharePartnersFromJson(const JsonArray &array);

struct Ticket {
    std::int64_t id = 0;
    std::int64_t number = 0;
    std::string title;
    std::int64_t groupId = 0;
    std::optional<std::int64_t> ownerId;
    std::int64_t customerId = 0;
    std::optional<std::int64_t> organizationId;
    std::int64_t stateId = 0;
    std::string stateType; // new, open, pending_reminder, pending_close, closed, merged
    std::int64_t priorityId = 0;
    std::optional<std::int64_t> typeId;
    std::vector<std::string> tags;
    JsonObject custom;
    std::optional<std::int64_t> mergedIntoId;
    std::optional<std::string> pendingUntil;
    std::string createdAt;
    std::string updatedAt;
    std::optional<std::string> firstResponseAt;
    std::optional<std::string> closedAt;
    std::int64_t articleCount = 0;
    // The SLA that applies, and when its promises fall due (none while pending or when met).
    std::optional<std::int64_t> slaId;
    std::optional<std::string> firstResponseDueAt;
    std::optional<std::string> updateDueAt;
    std::optional<std::string> solutionDueAt;
    // The custom channel it came by (an integration's end user); none for every other ticket.
    std::optional<std::int64_t> channelId;
    // How it was opened: the first article's channel (email, phone_in, phone_out, web, note); "" when
    // it was opened without one.
    std::string createdVia;
    // The start of the last public message (whitespace folded, at most 200 characters), for the inbox.
    std::string preview;
    // Staff only: the minutes agents accounted on its articles.
    std::int64_t timeSpentMinutes = 0;
    // Server side only, never sent: the integration that owns that channel, for the access rules.
    std::optional<std::int64_t> channelIntegrationId;
    // Staff only: the partner desks it is shared with; none when not told (customers, events).
    std::optional<std::vector<TicketSharePartner>> sharedWith;

    JsonObject toJson() const;
    static Ticket fromJson(const JsonObject &object);
};

struct AttachmentRef {
    std::string sha256;
    std::string filename;
    std::string contentType;
    std::int64_t size = 0;
    std::optional<std::string> contentId;
    bool isInline = false;

    JsonObject toJson() const;
    static AttachmentRef fromJson(const JsonObject &object);
};

struct Article {
    std::int64_t id = 0;
    std::int64_t ticketId = 0;
    bool internal = false;
    std::string sender;  // customer, agent, system
    std::string channel; // email, phone_in, phone_out, note, web
    std::optional<std::int64_t> authorId;
    std::string from;
    std::string to;
    std::string cc;
    std::string subject;
    std::string bodyText;
    std::optional<std::string> bodyHtml;
    std::optional<std::string> messageId;
    std::optional<std::string> inReplyTo;
    std::vector<AttachmentRef> attachments;
    std::string createdAt;
    /// Mail whose From names staff but whose sender the receiving MTA did not vouch for: kept
    /// as the customer side's, shown with a warning.
    bool senderUnverified = false;
    /// Staff only: the minutes its agent accounted with it (time accounting); none when not given.
    std::optional<std::int64_t> timeSpentMinutes;

    JsonObject toJson() const;
    static Article fromJson(const JsonObject &object);
};

struct HistoryEntry {
    std::int64_t id = 0;
    std::int64_t ticketId = 0;
    std::optional<std::int64_t> actorId;
    std::string at;
    std::string field;
    std::optional<std::string> oldValue;
    std::optional<std::string> newValue;

    JsonObject toJson() const;
};

// ---------------------------------------------------------------------------------------------
// Request parameters, read strictly (unknown fields are refused).

struct LoginParams {
    std::string email;
    std::string password;
    std::optional<std::string> twoFactorCode; // six digits from the authenticator, or a recovery code
    static LoginParams fromJson(const JsonObject &object);
};

/// The first article of a new ticket, or a new article on an existing one.
struct ArticleParams {
    bool internal = false;
    std::string channel = "note";
    std::optional<std::string> subject;
    std::string bodyText;
    std::optional<std::string> bodyHtml;
    std::optional<std::string> to;
    std::optional<std::string> cc;
    std::vector<AttachmentRef> attachments;
    std::optional<std::int64_t> timeSpentMinutes; // staff: minutes worked on it (0–1440)
    std::vector<std::int64_t> mentions;           // staff, internal notes: users told of it
    static ArticleParams fromJson(const JsonObject &object, const std::string &path = {});
    JsonObject toJson() const;
};

struct TicketCreateParams {
    std::string title;
    std::int64_t groupId = 0;
    std::optional<std::int64_t> customerId;
    std::optional<std::string> customerEmail; // finds or creates the customer
    std::optional<std::int64_t> ownerId;
    std::optional<std::int64_t> stateId;
    std::optional<std::int64_t> priorityId;
    std::optional<std::int64_t> typeId;
    std::vector<std::string> tags;
    JsonObject custom;
    std::optional<ArticleParams> article;
    static TicketCreateParams fromJson(const JsonObject &object);
    JsonObject toJson() const;
};

/// Each field is optional; `clear` lists nullable fields sent as explicit null.
struct TicketUpdateParams {
    std::int64_t id = 0;
    std::optional<std::string> title;
    std::optional<std::int64_t> groupId;
    std::optional<std::int64_t> ownerId;
    bool clearOwner = false;
    std::optional<std::int64_t> stateId;
    std::optional<std::int64_t> priorityId;
    std::optional<std::int64_t> typeId;
    std::optional<std::vector<std::string>> tags;
    JsonObject custom; // keys to set; a null value removes the key
    std::optional<std::string> pendingUntil;
    static TicketUpdateParams fromJson(const JsonObject &object);
};

struct TicketListParams {
    std::optional<std::int64_t> groupId;
    std::optional<std::int64_t> ownerId;
    bool unassigned = false;
    std::optional<std::int64_t> customerId;
    std::optional<std::int64_t> organizationId; // the customer's organization (a sidebar's "other tickets")
    std::optional<std::string> stateType;
    std::optional<std::string> query;    // full-text over title and articles
    std::optional<std::int64_t> afterId; // keyset paging: tickets with id > this, ascending
    std::int64_t limit = 100;
    static TicketListParams fromJson(const JsonObject &object);
};

} // namespace helpdesk::protocol
