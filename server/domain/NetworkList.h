#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace helpdesk::domain {

/// A list of IP networks ("10.1.0.0/16", "::1/128", or a bare address meaning just it), parsed
/// once: the allowed networks of an integration's API calls (IntegrationAccounts) and of the
/// desk's outbound requests (integrations::sharing::OutboundAddressPolicy). An IPv4 address
/// carried in IPv6, IPv4-mapped (::ffff:a.b.c.d, as an IPv6 socket shows an IPv4 peer) or NAT64
/// (64:ff9b::a.b.c.d), is also matched as that IPv4 address. Immutable; any thread.
class NetworkList
{
public:
    /// The empty list.
    NetworkList() = default;
    /// Throws std::invalid_argument naming the first entry that is not a network: a list with a
    /// malformed entry is refused as a whole, never read as a shorter one.
    explicit NetworkList(const std::vector<std::string> &networks);

    /// Whether `text` is a network as the constructor takes it.
    static bool isNetwork(const std::string &text);

    bool empty() const { return m_networks.empty(); }
    /// Whether the address (text, IPv4 or IPv6) lies in one of the networks; false for text
    /// that is not an address.
    bool contains(const std::string &address) const;
    /// Whether the address (4 bytes for IPv4, 16 for IPv6, network order) lies in one of them.
    bool contains(const unsigned char *bytes, std::size_t length) const;

private:
    struct Network {
        std::array<unsigned char, 16> bytes{};
        std::size_t length = 0; // 4 or 16
        unsigned prefix = 0;
    };
    bool holds(const unsigned char *bytes, std::size_t length) const;
    std::vector<Network> m_networks;
};

} // namespace helpdesk::domain
