#include "domain/IntegrationAccounts.h"

#include "db/IntegrationLogRepository.h"
#include "protocol/ProtocolError.h"

#include <Poco/NumberParser.h>

#include <arpa/inet.h>

#include <algorithm>
#include <array>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr std::size_t kExcerptBytes = 1024;

/// An address's bytes: 4 for IPv4, 16 for IPv6 (inet_pton: no network library needed here).
std::optional<std::vector<unsigned char>> bytesOf(const std::string &text)
{
    std::array<unsigned char, 16> buffer{};
    if (inet_pton(AF_INET, text.c_str(), buffer.data()) == 1)
        return std::vector<unsigned char>(buffer.begin(), buffer.begin() + 4);
    if (inet_pton(AF_INET6, text.c_str(), buffer.data()) == 1)
        return std::vector<unsigned char>(buffer.begin(), buffer.end());
    return std::nullopt;
}

/// Whether `address` is in `network` ("10.1.0.0/16", "::1/128" or a bare address); a malformed
/// network holds nothing.
bool inNetwork(const std::vector<unsigned char> &address, const std::string &network)
{
    const auto slash = network.find('/');
    const auto base = bytesOf(network.substr(0, slash));
    if (!base || base->size() != address.size())
        return false;
    const unsigned bits = static_cast<unsigned>(base->size()) * 8;
    unsigned prefix = bits;
    if (slash != std::string::npos &&
        (!Poco::NumberParser::tryParseUnsigned(network.substr(slash + 1), prefix) || prefix > bits))
        return false;
    for (unsigned bit = 0; bit < prefix; ++bit) {
        const unsigned mask = 0x80U >> (bit % 8);
        if (((address[bit / 8] ^ (*base)[bit / 8]) & mask) != 0)
            return false;
    }
    return true;
}

bool looksSecret(const std::string &key)
{
    for (const char *word : {"password", "token", "secret"})
        if (key.find(word) != std::string::npos)
            return true;
    return false;
}
} // namespace

bool IntegrationAccounts::addressAllowed(const std::string &address, const std::vector<std::string> &networks)
{
    if (networks.empty())
        return true;
    const auto parsed = bytesOf(address);
    if (!parsed)
        return false;
    // ::ffff:a.b.c.d is the IPv4 address a.b.c.d seen through an IPv6 socket.
    static const std::array<unsigned char, 12> kMapped{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    std::optional<std::vector<unsigned char>> v4;
    if (parsed->size() == 16 && std::equal(kMapped.begin(), kMapped.end(), parsed->begin()))
        v4 = std::vector<unsigned char>(parsed->begin() + 12, parsed->end());
    for (const auto &network : networks)
        if (inNetwork(*parsed, network) || (v4 && inNetwork(*v4, network)))
            return true;
    return false;
}

void IntegrationAccounts::admit(const Actor &actor, const std::string &clientAddress)
{
    if (!actor.integration)
        return;
    const auto &integration = *actor.integration;
    if (!integration.active)
        throw ApiError(ErrorCode::Forbidden, "the integration '" + integration.name +
                                                 "' is inactive: its tokens are refused until an administrator "
                                                 "activates it");
    if (!addressAllowed(clientAddress, integration.allowedNetworks))
        throw ApiError(ErrorCode::Forbidden, "the integration '" + integration.name +
                                                 "' may call only from its allowed networks, and " + clientAddress +
                                                 " is not in them");
}

std::string IntegrationAccounts::excerptOf(const protocol::JsonObject &params)
{
    if (!params)
        return {};
    auto shown = protocol::newObject();
    for (const auto &[key, value] : *params)
        shown->set(key, looksSecret(key) ? Poco::Dynamic::Var("(hidden)") : value);
    return db::IntegrationLogRepository::textExcerpt(protocol::toJsonText(shown), kExcerptBytes);
}

void IntegrationAccounts::log(db::Tx &tx, const InboundCall &call)
{
    db::IntegrationCall line;
    line.integrationId = call.integrationId;
    line.direction = "in";
    line.method = call.method;
    line.endpoint = call.endpoint;
    line.status = call.status;
    line.latencyMs = call.latencyMs;
    line.payloadExcerpt = call.payloadExcerpt;
    line.error = call.error;
    db::IntegrationLogRepository::append(tx, line);
}

} // namespace helpdesk::domain
