#include "support/WebhookReceiver.h"

#include <Poco/DigestEngine.h>
#include <Poco/HMACEngine.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/SHA2Engine.h>

#include <iterator>
#include <map>
#include <mutex>

namespace helpdesk::test {

struct WebhookReceiver::State {
    std::mutex mutex;
    std::map<std::string, WebhookAnswer> answers; // path → its answer, when not the usual 200
    std::vector<WebhookPost> received;
};

namespace {

/// SHA-256 in the shape Poco's HMACEngine takes (Poco 1.11's SHA2Engine lacks its sizes).
struct Sha256Engine : Poco::SHA2Engine {
    enum { BLOCK_SIZE = 64, DIGEST_SIZE = 32 };
    Sha256Engine() : Poco::SHA2Engine(SHA_256) {}
};

class RecordingHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit RecordingHandler(std::shared_ptr<WebhookReceiver::State> state) : m_state(std::move(state)) {}

    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override
    {
        WebhookPost post;
        post.path = request.getURI();
        post.event = request.get("X-Helpdesk-Event", "");
        post.delivery = request.get("X-Helpdesk-Delivery", "");
        post.timestamp = request.get("X-Helpdesk-Timestamp", "");
        post.signature = request.get("X-Helpdesk-Signature", "");
        post.body.assign(std::istreambuf_iterator<char>(request.stream()), std::istreambuf_iterator<char>());
        WebhookAnswer answer;
        {
            const std::lock_guard lock(m_state->mutex);
            if (auto found = m_state->answers.find(post.path); found != m_state->answers.end())
                answer = found->second;
            if (answer.status >= 200 && answer.status < 300)
                m_state->received.push_back(post);
        }
        response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(answer.status));
        if (!answer.retryAfter.empty())
            response.set("Retry-After", answer.retryAfter);
        response.setContentLength(static_cast<std::streamsize>(answer.body.size()));
        response.send() << answer.body;
    }

private:
    std::shared_ptr<WebhookReceiver::State> m_state;
};

class RecordingFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit RecordingFactory(std::shared_ptr<WebhookReceiver::State> state) : m_state(std::move(state)) {}
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &) override
    {
        return new RecordingHandler(m_state);
    }

private:
    std::shared_ptr<WebhookReceiver::State> m_state;
};

} // namespace

std::string webhookSignature(const std::string &secret, const std::string &timestamp, const std::string &body)
{
    Poco::HMACEngine<Sha256Engine> hmac(secret);
    hmac.update(timestamp + "." + body);
    return "sha256=" + Poco::DigestEngine::digestToHex(hmac.digest());
}

bool isSignedWith(const WebhookPost &post, const std::string &secret)
{
    return !post.signature.empty() && post.signature == webhookSignature(secret, post.timestamp, post.body);
}

WebhookReceiver::WebhookReceiver() : m_state(std::make_shared<State>())
{
    m_server = std::make_unique<Poco::Net::HTTPServer>(
        new RecordingFactory(m_state), Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0)),
        new Poco::Net::HTTPServerParams);
    m_server->start();
}

WebhookReceiver::~WebhookReceiver()
{
    m_server->stopAll(true);
}

std::uint16_t WebhookReceiver::port() const
{
    return m_server->port();
}

std::string WebhookReceiver::urlOf(const std::string &path) const
{
    return "http://127.0.0.1:" + std::to_string(port()) + path;
}

void WebhookReceiver::answerOn(const std::string &path, WebhookAnswer answer)
{
    const std::lock_guard lock(m_state->mutex);
    m_state->answers[path] = std::move(answer);
}

void WebhookReceiver::setDown(const std::string &path, bool down, const std::string &retryAfter)
{
    const std::lock_guard lock(m_state->mutex);
    if (down)
        m_state->answers[path] = WebhookAnswer{503, "down", retryAfter};
    else
        m_state->answers.erase(path);
}

std::vector<WebhookPost> WebhookReceiver::receivedOn(const std::string &path) const
{
    const std::lock_guard lock(m_state->mutex);
    std::vector<WebhookPost> out;
    for (const auto &post : m_state->received)
        if (post.path == path)
            out.push_back(post);
    return out;
}

} // namespace helpdesk::test
