#pragma once

#include "db/ConnectionPool.h"
#include "db/SharingRepository.h"
#include "protocol/Json.h"

#include <Poco/Timestamp.h>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>

// The wire of ticket sharing between desks (Networked Help Desk; shared/protocols/nhd.md): uuids,
// dates, and the resources served under {public_url}/sharing.
namespace helpdesk::domain::sharing {

/// An agreement as the domain sees it (the access key still sealed).
using Agreement = db::SharingAgreement;

/// The 40-hex SHA-1 of "<base URL without scheme>/<type>/<local id>", the uuid of a local object
/// ("tickets", "comments", "users", "agreements") on the wire.
std::string uuidFor(const std::string &baseUrl, const std::string &type, std::int64_t localId);
/// A fresh random 40-hex value (agreement uuids and access keys).
std::string randomHex40();
/// Whether `text` is 40 lower-case hex digits, as the protocol's uuids and keys are.
bool isUuid(const std::string &text);
/// "YYYY-MM-DD HH:MM:SS +0000", the form every implementation sends.
std::string formatDate(const Poco::Timestamp &time);
/// The same for an ISO 8601 time as the database layer gives them.
std::string wireDateFromIso(const std::string &iso);
/// Reads the wire form ("2010-11-24 14:13:54 -0800") and ISO 8601 forms; nullopt for anything else.
std::optional<Poco::Timestamp> parseDate(const std::string &text);
/// This desk's sharing base URL: the public URL of the mail settings followed by "/sharing".
std::string ownBaseUrl(db::Tx &tx);

/// A request to /sharing/<resource>/<uuid> as the wire handler checked it.
struct WireRequest {
    std::string method;        // GET, POST, PUT, DELETE
    std::string resource;      // "agreements", "tickets"
    std::string uuid;          // 40 hex
    std::string body;          // as sent
    protocol::JsonObject json; // the body parsed; null when there was none
    std::string token;         // X-Ticket-Sharing-Token as sent ("" when missing)
    /// The agreement of the token, checked and accepted (resources that need one only).
    std::optional<Agreement> agreement;
};

/// What a resource answers; `body` may be null (an empty answer).
struct WireResponse {
    int status = 200;
    protocol::JsonObject body;
};

/// Serves one resource; throws protocol::ApiError to answer with its status (405 for a method it
/// does not take, 422 for a body it refuses, 404 for an unknown object).
using WireResource = std::function<WireResponse(const WireRequest &)>;

/// The resources under /sharing. Filled before the server starts; read-only afterwards.
class WireRoutes
{
public:
    /// Serves `resource` with `serve`; `needsAcceptedAgreement`: the wire handler first requires a
    /// token of an accepted agreement (401/403) and puts its agreement into the request.
    void add(const std::string &resource, WireResource serve, bool needsAcceptedAgreement);

    struct Route {
        WireResource serve;
        bool needsAcceptedAgreement = true;
    };
    /// The route of a resource; nullptr for none.
    const Route *find(const std::string &resource) const;

private:
    std::map<std::string, Route> m_routes;
};

} // namespace helpdesk::domain::sharing
