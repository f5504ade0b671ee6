#include "domain/NetworkList.h"

#include <Poco/NumberParser.h>

#include <arpa/inet.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace helpdesk::domain {

namespace {
/// An address's bytes and their count (inet_pton: the domain needs no network library).
std::optional<std::pair<std::array<unsigned char, 16>, std::size_t>> bytesOf(const std::string &text)
{
    std::array<unsigned char, 16> bytes{};
    if (inet_pton(AF_INET, text.c_str(), bytes.data()) == 1)
        return std::pair{bytes, std::size_t(4)};
    if (inet_pton(AF_INET6, text.c_str(), bytes.data()) == 1)
        return std::pair{bytes, std::size_t(16)};
    return std::nullopt;
}

/// "10.1.0.0/16" as its address and prefix; nothing when it is not a network.
std::optional<std::pair<std::array<unsigned char, 16>, std::pair<std::size_t, unsigned>>>
networkOf(const std::string &text)
{
    const auto slash = text.find('/');
    const auto address = bytesOf(text.substr(0, slash));
    if (!address)
        return std::nullopt;
    const auto bits = static_cast<unsigned>(address->second * 8);
    unsigned prefix = bits;
    if (slash != std::string::npos &&
        (!Poco::NumberParser::tryParseUnsigned(text.substr(slash + 1), prefix) || prefix > bits))
        return std::nullopt;
    return std::pair{address->first, std::pair{address->second, prefix}};
}

// The 96-bit prefixes that carry an IPv4 address in their last four bytes.
constexpr std::array<unsigned char, 12> kMapped{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
constexpr std::array<unsigned char, 12> kNat64{0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
} // namespace

NetworkList::NetworkList(const std::vector<std::string> &networks)
{
    for (const auto &text : networks) {
        auto parsed = networkOf(text);
        if (!parsed)
            throw std::invalid_argument("not a network: " + text);
        m_networks.push_back({parsed->first, parsed->second.first, parsed->second.second});
    }
}

bool NetworkList::isNetwork(const std::string &text)
{
    return networkOf(text).has_value();
}

bool NetworkList::contains(const std::string &address) const
{
    const auto parsed = bytesOf(address);
    return parsed && contains(parsed->first.data(), parsed->second);
}

bool NetworkList::contains(const unsigned char *bytes, std::size_t length) const
{
    if (holds(bytes, length))
        return true;
    const bool carriesIPv4 = length == 16 && (std::equal(kMapped.begin(), kMapped.end(), bytes) ||
                                              std::equal(kNat64.begin(), kNat64.end(), bytes));
    return carriesIPv4 && holds(bytes + 12, 4);
}

bool NetworkList::holds(const unsigned char *bytes, std::size_t length) const
{
    for (const auto &network : m_networks) {
        if (network.length != length)
            continue;
        bool inside = true;
        for (unsigned bit = 0; bit < network.prefix && inside; ++bit) {
            const unsigned mask = 0x80U >> (bit % 8);
            inside = ((bytes[bit / 8] ^ network.bytes[bit / 8]) & mask) == 0;
        }
        if (inside)
            return true;
    }
    return false;
}

} // namespace helpdesk::domain
