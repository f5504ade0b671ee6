#pragma once

#include "protocol/Json.h"

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace Poco::Net {
class HTTPClientSession;
}

namespace helpdesk::test {

/// What the server answered: status, parsed JSON body (nullptr if not JSON) and raw text.
struct ApiResponse {
    int status = 0;
    protocol::JsonObject body;
    std::string raw;
    std::map<std::string, std::string> headers; // as the server named them ("Retry-After")

    /// The error code of an error answer ("" otherwise).
    std::string errorCode() const;
    std::string errorField() const;
    /// The Retry-After header in seconds; 0 when absent.
    int retryAfter() const;
    /// body[key] as an object (e.g. "ticket").
    protocol::JsonObject object(const std::string &key) const;
    protocol::JsonArray array(const std::string &key) const;
};

/// A blocking HTTP client for the JSON API, as a script or integration would use it.
class ApiClient
{
public:
    explicit ApiClient(int port, std::string host = "127.0.0.1");

    void setToken(const std::string &token) { m_token = token; }
    /// Connects from this local address (e.g. "127.0.0.2": another caller on loopback).
    void setSourceAddress(const std::string &address) { m_sourceAddress = address; }
    const std::string &token() const { return m_token; }
    /// Signs in and keeps the token; returns the answer.
    ApiResponse login(const std::string &email, const std::string &password);

    ApiResponse get(const std::string &path);
    ApiResponse post(const std::string &path, const protocol::JsonObject &body,
                     const std::map<std::string, std::string> &headers = {});
    ApiResponse patch(const std::string &path, const protocol::JsonObject &body);
    ApiResponse put(const std::string &path, const protocol::JsonObject &body);
    ApiResponse del(const std::string &path);
    /// Any verb with a raw body (for malformed input and uploads).
    ApiResponse send(const std::string &verb, const std::string &path, const std::string &body,
                     const std::string &contentType = "application/json",
                     const std::map<std::string, std::string> &headers = {});

private:
    std::unique_ptr<Poco::Net::HTTPClientSession> openSession() const;

    int m_port;
    std::string m_host;
    std::string m_token;
    std::string m_sourceAddress;
};

/// Builds a JSON object from a JSON text (tests read better with literals).
protocol::JsonObject json(const std::string &text);

} // namespace helpdesk::test
