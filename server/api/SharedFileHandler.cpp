#include "api/SharedFileHandler.h"

#include "api/HttpApiHandler.h"
#include "integrations/sharing/TicketShares.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/NumberParser.h>
#include <Poco/URI.h>

namespace helpdesk::api {

namespace {
constexpr const char *kPrefix = "/sharing/attachments/";
}

bool SharedFileHandler::serves(const std::string &uri)
{
    return uri.rfind(kPrefix, 0) == 0;
}

void SharedFileHandler::handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response)
{
    std::optional<std::string> content;
    // A body is never read here: its bytes must not be taken for the next request on this connection.
    if (hasBody(request))
        response.setKeepAlive(false);
    try {
        Poco::URI uri(request.getURI());
        const auto sha256 = uri.getPath().substr(std::string(kPrefix).size());
        std::int64_t expires = 0;
        std::int64_t agreementId = 0;
        std::string signature;
        for (const auto &[key, value] : uri.getQueryParameters()) {
            if (key == "expires")
                Poco::NumberParser::tryParse64(value, expires);
            else if (key == "agreement")
                Poco::NumberParser::tryParse64(value, agreementId);
            else if (key == "signature")
                signature = value;
        }
        if (request.getMethod() == "GET")
            content = m_pool.read([&](db::Tx &tx) {
                return integrations::sharing::TicketShares::linkedFile(tx, sha256, agreementId, expires, signature);
            });
    } catch (const std::exception &e) {
        // The path only: the query holds the link's signature, which a log must not hand to its readers.
        const auto &target = request.getURI();
        Poco::Logger::get("helpdesk.server.sharing")
            .warning("shared file %s: %s", target.substr(0, target.find('?')), std::string(e.what()));
    }
    if (!content) {
        response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
        response.setContentType("text/plain");
        response.send() << "no such file\n";
        return;
    }
    response.setContentType("application/octet-stream");
    response.set("X-Content-Type-Options", "nosniff");
    response.set("Cache-Control", "private, no-store");
    response.setContentLength64(static_cast<Poco::Int64>(content->size()));
    response.send().write(content->data(), static_cast<std::streamsize>(content->size()));
}

} // namespace helpdesk::api
