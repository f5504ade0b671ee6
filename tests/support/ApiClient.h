#pragma once

#include "protocol/Json.h"

#include <map>
#include <optional>
#include <string>

namespace helpdesk::test {

/// What the server answered: status, parsed JSON body (nullptr if not JSON) and raw text.
struct ApiResponse {
    int status = 0;
    protocol::JsonObject body;
    std::string raw;

    /// The error code of an error answer ("" otherwise).
    std::string errorCode() const;
    std::string errorField() const;
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
    int m_port;
    std::string m_host;
    std::string m_token;
};

/// Builds a JSON object from a JSON text (tests read better with literals).
protocol::JsonObject json(const std::string &text);

} // namespace helpdesk::test
