#pragma once

#include "domain/NetworkList.h"

#include <Poco/Net/IPAddress.h>
#include <Poco/Net/NameValueCollection.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace helpdesk::integrations::sharing {

/// Which addresses requests to partner desks (deliveries, their files' URLs) may reach. The URLs
/// come from partners, some from unauthenticated invitations, so only public unicast addresses are
/// reachable, plus the networks the server's configuration allows (`sharing-allowed-networks`,
/// e.g. a partner desk on the same private network, or loopback in tests). Any thread.
class OutboundAddressPolicy
{
public:
    /// `allowedNetworks`: CIDRs ("127.0.0.0/8", "10.1.0.0/16", "::1/128", or a bare address) let
    /// through although not public; throws std::invalid_argument (naming it) for a malformed one.
    explicit OutboundAddressPolicy(const std::vector<std::string> &allowedNetworks = {});

    /// Why `address` may not be reached ("127.0.0.1 is a loopback address"); nothing when it may.
    std::optional<std::string> refusal(const Poco::Net::IPAddress &address) const;
    /// Why `host` (a name or an address) may not be reached: it does not resolve, or resolves to
    /// an address refused above; nothing when it may.
    std::optional<std::string> hostRefusal(const std::string &host) const;

private:
    domain::NetworkList m_allowed;
};

/// One request of OutboundHttp::send.
struct OutboundRequest {
    std::string method = "GET";
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;                  // sent with its length (and the content type among `headers`)
    int maxRedirects = 1;              // each redirect target is resolved and checked again
    bool sameOriginRedirects = true;   // false: any origin, never from https to http (nothing secret is sent)
    std::int64_t maxBytes = 64 * 1024; // of the reply body kept
    std::chrono::seconds connectTimeout{10};
    std::chrono::seconds readTimeout{30};
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

/// What came back; `status` is empty when no answer came (refused address, network, deadline).
struct OutboundReply {
    std::optional<int> status;
    Poco::Net::NameValueCollection headers;
    std::string body;      // at most maxBytes
    bool tooLarge = false; // the body was (or was declared) longer than maxBytes
    std::string error;     // why there is no answer
};

/// The one way the sharing code talks HTTP(S) to a partner: the host is resolved once, every
/// address checked by the policy, the connection made to the checked address (a second lookup
/// cannot point elsewhere), redirects followed only as the request allows and checked again, TLS
/// peers verified against the URL's host name, nothing read past the deadline or maxBytes.
/// Any thread.
class OutboundHttp
{
public:
    explicit OutboundHttp(OutboundAddressPolicy policy = OutboundAddressPolicy()) : m_policy(std::move(policy)) {}

    /// Sends `request`; never throws for the network or a refused address (see OutboundReply::error).
    OutboundReply send(const OutboundRequest &request) const;

private:
    OutboundAddressPolicy m_policy;
};

} // namespace helpdesk::integrations::sharing
