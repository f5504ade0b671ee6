#pragma once

#include "db/ConnectionPool.h"
#include "db/CustomerTicketRepository.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::domain {

class UploadQuota;

/// A file a customer sends with a message from the requester portal.
struct UploadedFile {
    std::string filename;
    std::string contentType;
    std::string content;
};

/// What a customer writes to open a request.
struct NewRequest {
    std::int64_t groupId = 0;
    std::optional<std::int64_t> typeId;
    std::string title;
    std::string text;
    std::vector<UploadedFile> files;
    protocol::JsonObject custom; // values of fields customers may set (customer_editable); nullptr: none
};

/// Whose requests a list shows.
enum class RequestOwner {
    Mine,         // the customer's own
    Organization, // every request of the customer's organization, where it is shared
};

/// One page of a list of requests, most recently active first.
struct RequestPage {
    std::vector<db::CustomerTicketRow> requests;
    bool hasMore = false; // a further page exists
};

/// A file of a message, to download.
struct AttachmentDownload {
    std::string filename;
    std::string content;
};

/// The requester portal's rules: what a customer sees of their requests and what they may do with
/// them, over the same services and permissions as the API (TicketService, TicketView,
/// PublicHistory). Requests are named by their number; one the customer may not read is answered
/// as one that does not exist (permissions::noSuchTicket). Staff are refused (Forbidden): they work
/// in the desktop client. Each call runs in the caller's transaction. Stateless; any thread.
class CustomerRequests
{
public:
    static constexpr int kPageSize = 20;
    /// Files one message may carry (each within the API's attachment limit).
    static constexpr std::size_t kMaxFiles = 10;

    /// A page (from 1) of the customer's open (new, open, pending) or closed requests; `owner`
    /// Organization needs a shared organization (else NotFound).
    static RequestPage list(db::Tx &tx, const Actor &actor, RequestOwner owner, bool open, int page);
    /// Whether the actor may see their organization's requests.
    static bool seesOrganization(const Actor &actor);
    /// One request: `request` (id, number, title, created_at, last_activity_at, group_name,
    /// state_type, owner_name or null, type_name or null, customer_name, can_reopen), its public
    /// `messages` (the customer's view of each article, `body_html` sanitized again, each
    /// attachment with its `index`, `from_name`: the writer's plain name) and its public `history` (PublicHistory),
    /// oldest first.
    static protocol::JsonObject view(db::Tx &tx, const Actor &actor, std::int64_t number);
    /// The active groups offered to customers: id, name, customer_description; by name.
    static protocol::JsonArray offeredQueues(db::Tx &tx);
    /// The active ticket types: id, name; by name.
    static protocol::JsonArray activeTypes(db::Tx &tx);
    /// The active ticket custom fields customers fill in when they open a request (customer_editable):
    /// name, label, field_type, options, required; in the desk's order.
    static protocol::JsonArray customerFields(db::Tx &tx);
    /// The name to show for who wrote a message: the display name of `from` ("Nora (Network)" of
    /// "\"Nora (Network)\" <desk@…>", unquoted), else its address.
    static std::string writerName(const std::string &from);
    /// Opens a request in an offered queue with its first message, files (counted against `quota`)
    /// and custom fields; returns its number. ValidationFailed names the field (group_id, type_id,
    /// title, text, files, custom.<name>: a required one left empty, or a value it does not take).
    static std::int64_t open(db::Tx &tx, const Actor &actor, const NewRequest &request, const UploadQuota &quota);
    /// Adds the customer's message with files to a request (reopening it as a message does).
    static void reply(db::Tx &tx, const Actor &actor, std::int64_t number, const std::string &text,
                      const std::vector<UploadedFile> &files, const UploadQuota &quota);
    /// Reopens a solved or closed request (TicketService::reopen).
    static void reopen(db::Tx &tx, const Actor &actor, std::int64_t number);
    /// The `index`-th file of a public message of a request; NotFound for anything else.
    static AttachmentDownload attachment(db::Tx &tx, const Actor &actor, std::int64_t number, std::int64_t articleId,
                                         std::size_t index);
};

} // namespace helpdesk::domain
