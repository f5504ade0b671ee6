#pragma once

#include "db/ConnectionPool.h"

#include <Poco/Net/HTTPRequestHandler.h>

#include <string>

namespace helpdesk::api {

/// Serves {public_url}/sharing/attachments/<sha256>?expires=…&signature=…, the files of shared
/// tickets that partner desks fetch (integrations::sharing::SharedFileLinks): the bytes for a
/// valid, unexpired link, 404 for anything else (an expired or forged link tells nothing more).
/// One instance per request.
class SharedFileHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit SharedFileHandler(db::ConnectionPool &pool) : m_pool(pool) {}
    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override;

    /// Whether a request path belongs to this handler.
    static bool serves(const std::string &uri);

private:
    db::ConnectionPool &m_pool;
};

} // namespace helpdesk::api
