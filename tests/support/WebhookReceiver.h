#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace Poco::Net {
class HTTPServer;
}

namespace helpdesk::test {

/// One POST as the outside system got it: its path, the X-Helpdesk-* headers and the body.
struct WebhookPost {
    std::string path;
    std::string event;
    std::string delivery;
    std::string timestamp;
    std::string signature;
    std::string body;
};

/// How the receiver answers on a path.
struct WebhookAnswer {
    int status = 200;
    std::string body = "ok";
    std::string retryAfter; // sent as Retry-After when not empty
};

/// The signature a receiver computes with the secret it was shown: "sha256=" + hex
/// HMAC-SHA256 of "{timestamp}.{body}" (Poco's HMAC, not the server's code).
std::string webhookSignature(const std::string &secret, const std::string &timestamp, const std::string &body);

/// Whether `post` carries the X-Helpdesk-Signature that `secret` makes.
bool isSignedWith(const WebhookPost &post, const std::string &secret);

/// An outside system's webhook endpoint: a real HTTP server on a loopback ephemeral port that
/// records the POSTs it accepts. Every path answers 200 "ok" unless told otherwise; a POST answered
/// with anything but 2xx is not recorded (it did not arrive, as the sender sees it). Its handlers
/// run on the HTTP server's threads; every method may be called from any thread.
class WebhookReceiver
{
public:
    /// Starts listening on 127.0.0.1 at an ephemeral port.
    WebhookReceiver();
    ~WebhookReceiver();
    WebhookReceiver(const WebhookReceiver &) = delete;
    WebhookReceiver &operator=(const WebhookReceiver &) = delete;

    std::uint16_t port() const;
    /// The URL of `path` on this receiver, as a webhook's target.
    std::string urlOf(const std::string &path) const;

    /// Answers `answer` on `path` from now on.
    void answerOn(const std::string &path, WebhookAnswer answer);
    /// Down: 503 with `retryAfter` on `path`; up again: the usual 200.
    void setDown(const std::string &path, bool down, const std::string &retryAfter = "1");

    /// What arrived on `path` (while it answered 2xx), in arrival order.
    std::vector<WebhookPost> receivedOn(const std::string &path) const;
    std::size_t countOn(const std::string &path) const { return receivedOn(path).size(); }

    /// What the request handlers share with the receiver (defined in the .cpp).
    struct State;

private:
    std::shared_ptr<State> m_state;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
};

} // namespace helpdesk::test
