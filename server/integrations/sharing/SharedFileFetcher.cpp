#include "integrations/sharing/SharedFileFetcher.h"

#include "mail/TlsContext.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/URI.h>

#include <array>
#include <memory>

namespace helpdesk::integrations::sharing {

FetchedFile SharedFileFetcher::fetch(const std::string &url)
{
    FetchedFile file;
    try {
        Poco::URI uri(url);
        for (int attempt = 0; attempt < 2; ++attempt) {
            std::unique_ptr<Poco::Net::HTTPClientSession> session;
            if (uri.getScheme() == "https")
                session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(),
                                                                          mail::tls::clientContext(true));
            else if (uri.getScheme() == "http")
                session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
            else
                return {std::nullopt, "not an http or https URL"};
            const Poco::Timespan timeout(kTimeoutSeconds, 0);
            session->setTimeout(timeout, timeout, timeout);
            Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, uri.getPathEtc(),
                                           Poco::Net::HTTPMessage::HTTP_1_1);
            session->sendRequest(request);
            Poco::Net::HTTPResponse response;
            auto &in = session->receiveResponse(response);
            const int status = static_cast<int>(response.getStatus());
            if (status >= 300 && status < 400 && response.has("Location") && attempt == 0) {
                uri.resolve(response.get("Location"));
                continue;
            }
            if (status != 200)
                return {std::nullopt, "HTTP " + std::to_string(status)};
            if (response.hasContentLength() && response.getContentLength64() > kMaxBytes)
                return {std::nullopt, "larger than 20 MiB"};
            std::string content;
            std::array<char, 64 * 1024> chunk{};
            while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
                content.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
                if (static_cast<std::int64_t>(content.size()) > kMaxBytes) // declared small, sent large
                    return {std::nullopt, "larger than 20 MiB"};
            }
            file.content = std::move(content);
            return file;
        }
        return {std::nullopt, "redirected more than once"};
    } catch (const Poco::Exception &e) {
        return {std::nullopt, e.displayText()};
    } catch (const std::exception &e) {
        return {std::nullopt, e.what()};
    }
}

} // namespace helpdesk::integrations::sharing
