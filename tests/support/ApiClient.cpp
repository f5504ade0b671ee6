#include "support/ApiClient.h"

#include "protocol/ProtocolError.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>

#include <cstdlib>

namespace helpdesk::test {

std::string ApiResponse::errorCode() const
{
    if (!body || !body->has("error"))
        return {};
    return body->getObject("error")->getValue<std::string>("code");
}

std::string ApiResponse::errorField() const
{
    if (!body || !body->has("error") || body->getObject("error")->isNull("field"))
        return {};
    return body->getObject("error")->getValue<std::string>("field");
}

int ApiResponse::retryAfter() const
{
    auto found = headers.find("Retry-After");
    return found == headers.end() ? 0 : std::atoi(found->second.c_str());
}

protocol::JsonObject ApiResponse::object(const std::string &key) const
{
    return body ? body->getObject(key) : nullptr;
}

protocol::JsonArray ApiResponse::array(const std::string &key) const
{
    return body ? body->getArray(key) : nullptr;
}

ApiClient::ApiClient(int port, std::string host) : m_port(port), m_host(std::move(host)) {}

std::unique_ptr<Poco::Net::HTTPClientSession> ApiClient::openSession() const
{
    const Poco::Timespan timeout(60, 0);
    if (m_sourceAddress.empty()) {
        auto session = std::make_unique<Poco::Net::HTTPClientSession>(m_host, static_cast<Poco::UInt16>(m_port));
        session->setTimeout(timeout);
        return session;
    }
    Poco::Net::SocketAddress server(m_host, static_cast<Poco::UInt16>(m_port));
    Poco::Net::StreamSocket socket(server.family());
    socket.impl()->bind(Poco::Net::SocketAddress(m_sourceAddress, 0));
    socket.connect(server, timeout);
    socket.setReceiveTimeout(timeout);
    socket.setSendTimeout(timeout);
    return std::make_unique<Poco::Net::HTTPClientSession>(socket);
}

ApiResponse ApiClient::send(const std::string &verb, const std::string &path, const std::string &body,
                            const std::string &contentType, const std::map<std::string, std::string> &headers)
{
    auto session = openSession();
    Poco::Net::HTTPRequest request(verb, path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.setHost(m_host, static_cast<Poco::UInt16>(m_port));
    if (!m_token.empty())
        request.set("Authorization", "Bearer " + m_token);
    for (const auto &[k, v] : headers)
        request.set(k, v);
    if (!body.empty() || verb == "POST" || verb == "PATCH" || verb == "PUT") {
        request.setContentType(contentType);
        request.setContentLength(static_cast<std::streamsize>(body.size()));
        session->sendRequest(request) << body;
    } else {
        session->sendRequest(request);
    }
    Poco::Net::HTTPResponse response;
    auto &in = session->receiveResponse(response);
    ApiResponse out;
    out.status = response.getStatus();
    for (const auto &[name, value] : response)
        out.headers[name] = value;
    Poco::StreamCopier::copyToString(in, out.raw);
    try {
        if (!out.raw.empty())
            out.body = protocol::parseJsonObject(out.raw);
    } catch (const protocol::ApiError &) {
        out.body = nullptr;
    }
    return out;
}

ApiResponse ApiClient::login(const std::string &email, const std::string &password)
{
    auto body = protocol::newObject();
    body->set("email", email);
    body->set("password", password);
    auto response = post("/api/v1/auth/login", body);
    if (response.status == 200)
        m_token = response.body->getValue<std::string>("token");
    return response;
}

ApiResponse ApiClient::get(const std::string &path)
{
    return send("GET", path, {});
}

ApiResponse ApiClient::post(const std::string &path, const protocol::JsonObject &body,
                            const std::map<std::string, std::string> &headers)
{
    return send("POST", path, protocol::toJsonText(body), "application/json", headers);
}

ApiResponse ApiClient::patch(const std::string &path, const protocol::JsonObject &body)
{
    return send("PATCH", path, protocol::toJsonText(body));
}

ApiResponse ApiClient::put(const std::string &path, const protocol::JsonObject &body)
{
    return send("PUT", path, protocol::toJsonText(body));
}

ApiResponse ApiClient::del(const std::string &path)
{
    return send("DELETE", path, {});
}

protocol::JsonObject json(const std::string &text)
{
    return protocol::parseJsonObject(text);
}

} // namespace helpdesk::test
