#pragma once

#include "db/ConnectionPool.h"
#include "domain/SharingInvitationLimits.h"
#include "domain/SharingWire.h"

#include <Poco/Net/HTTPRequestHandler.h>

#include <cstddef>
#include <string>
#include <vector>

namespace helpdesk::api {

/// Serves {public_url}/sharing/<resource>/<uuid>, the wire of ticket sharing between desks
/// (shared/protocols/nhd.md): checks the path (404; 422 for a uuid that is not 40 hex), the
/// body (413 past `maxBody`; JSON as application/json, text/x-json or without a type; 422 when
/// its uuid is not the path's), the X-Ticket-Sharing-Token of resources that need an accepted
/// agreement (401 with WWW-Authenticate: X-Ticket-Sharing, 403), invitations per client address
/// and in all (429 with Retry-After past the limits, counted in the database), hands the request to its
/// resource and writes it to the agreement's sync log. Answers carry X-Ticket-Sharing-Version: 1.
/// One instance per request.
class SharingWireHandler : public Poco::Net::HTTPRequestHandler
{
public:
    /// Who may send how many invitations: the limits, and the reverse proxies whose
    /// X-Forwarded-For names the client.
    struct InvitationLimit {
        domain::sharing::InvitationLimits limits;
        const std::vector<std::string> &trustedProxies;
    };
    SharingWireHandler(db::ConnectionPool &pool, const domain::sharing::WireRoutes &routes, std::size_t maxBody,
                       InvitationLimit invitations);
    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override;

    /// Whether a request path belongs to this handler ("/sharing" and below).
    static bool serves(const std::string &uri);

private:
    /// Checks and serves the request; throws protocol::ApiError for an answer other than the resource's.
    domain::sharing::WireResponse serve(Poco::Net::HTTPServerRequest &request, domain::sharing::WireRequest &wire);
    /// Writes the request to the sync log of its agreement, when one is known.
    void logRequest(const domain::sharing::WireRequest &wire, int status, const std::string &error, int durationMs);

    db::ConnectionPool &m_pool;
    const domain::sharing::WireRoutes &m_routes;
    std::size_t m_maxBody;
    InvitationLimit m_invitations;
};

} // namespace helpdesk::api
