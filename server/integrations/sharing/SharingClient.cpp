#include "integrations/sharing/SharingClient.h"

#include "mail/TlsContext.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/URI.h>

#include <memory>

namespace helpdesk::integrations::sharing {

namespace {
constexpr int kMaxRedirects = 2;
constexpr std::streamsize kMaxReplyBody = 64 * 1024;

std::unique_ptr<Poco::Net::HTTPClientSession> sessionFor(const Poco::URI &uri)
{
    if (uri.getScheme() == "https")
        return std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(),
                                                               mail::tls::clientContext(true));
    if (uri.getScheme() != "http")
        throw Poco::InvalidArgumentException("not an http or https URL: " + uri.toString());
    return std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
}
} // namespace

SharingReply SharingClient::send(const std::string &method, const std::string &url, const std::string &body,
                                 const std::string &token) const
{
    SharingReply reply;
    try {
        Poco::URI uri(url);
        for (int redirects = 0;; ++redirects) {
            auto session = sessionFor(uri);
            session->setTimeout(Poco::Timespan(m_timeouts.connectSeconds, 0), Poco::Timespan(m_timeouts.replySeconds, 0),
                                Poco::Timespan(m_timeouts.replySeconds, 0));
            Poco::Net::HTTPRequest request(method, uri.getPathEtc(), Poco::Net::HTTPMessage::HTTP_1_1);
            request.set("X-Ticket-Sharing-Token", token);
            request.set("X-Ticket-Sharing-Version", "1");
            request.set("Accept", "application/json");
            if (!body.empty()) {
                request.setContentType("application/json");
                request.setContentLength(static_cast<std::streamsize>(body.size()));
            } else {
                request.setContentLength(0);
            }
            session->sendRequest(request) << body;
            Poco::Net::HTTPResponse response;
            auto &in = session->receiveResponse(response);
            reply.body.assign(kMaxReplyBody, '\0');
            in.read(reply.body.data(), kMaxReplyBody);
            reply.body.resize(static_cast<std::size_t>(in.gcount()));
            const int status = static_cast<int>(response.getStatus());
            if (status >= 300 && status < 400 && response.has("Location") && redirects < kMaxRedirects) {
                uri.resolve(response.get("Location"));
                continue;
            }
            reply.status = status;
            if (status < 200 || status >= 300)
                reply.error = "HTTP " + std::to_string(status) + (reply.body.empty() ? "" : ": " + reply.body.substr(0, 300));
            return reply;
        }
    } catch (const Poco::Exception &e) {
        reply.error = e.displayText();
    } catch (const std::exception &e) {
        reply.error = e.what();
    }
    reply.status.reset();
    return reply;
}

} // namespace helpdesk::integrations::sharing
