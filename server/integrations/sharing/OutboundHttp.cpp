#include "integrations/sharing/OutboundHttp.h"

#include "mail/TlsContext.h"

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <Poco/Net/DNS.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace helpdesk::integrations::sharing {

namespace {
using Poco::Net::IPAddress;

std::vector<unsigned char> bytesOf(const IPAddress &address)
{
    const auto *data = static_cast<const unsigned char *>(address.addr());
    return {data, data + address.length()};
}

bool inNetwork(const IPAddress &address, const IPAddress &network, unsigned prefix)
{
    if (address.family() != network.family())
        return false;
    const auto a = bytesOf(address);
    const auto n = bytesOf(network);
    for (unsigned bit = 0; bit < prefix; ++bit) {
        const unsigned char mask = static_cast<unsigned char>(0x80U >> (bit % 8));
        if ((a[bit / 8] & mask) != (n[bit / 8] & mask))
            return false;
    }
    return true;
}

struct ReservedRange {
    const char *network;
    unsigned prefix;
    const char *what;
};

// Addresses that are not a public partner (RFC 6890 and the cloud metadata services at 169.254.169.254
// and fd00:ec2::254, both inside these ranges).
constexpr std::array<ReservedRange, 17> kReserved{{
    {"0.0.0.0", 8, "an unspecified address"},
    {"10.0.0.0", 8, "a private address"},
    {"100.64.0.0", 10, "a shared (carrier NAT) address"},
    {"127.0.0.0", 8, "a loopback address"},
    {"169.254.0.0", 16, "a link-local address"},
    {"172.16.0.0", 12, "a private address"},
    {"192.0.0.0", 24, "a reserved address"},
    {"192.168.0.0", 16, "a private address"},
    {"198.18.0.0", 15, "a benchmarking address"},
    {"224.0.0.0", 4, "a multicast address"},
    {"240.0.0.0", 4, "a reserved address"},
    {"::", 128, "an unspecified address"},
    {"::1", 128, "a loopback address"},
    {"fc00::", 7, "a unique local address"},
    {"fe80::", 10, "a link-local address"},
    {"fec0::", 10, "a site-local address"},
    {"ff00::", 8, "a multicast address"},
}};

/// The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) one.
std::optional<IPAddress> embeddedIPv4(const IPAddress &address)
{
    if (address.family() != IPAddress::IPv6)
        return std::nullopt;
    static const IPAddress mapped("::ffff:0:0");
    static const IPAddress nat64("64:ff9b::");
    if (!inNetwork(address, mapped, 96) && !inNetwork(address, nat64, 96))
        return std::nullopt;
    const auto b = bytesOf(address);
    return IPAddress(b.data() + 12, 4);
}

Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.sharing");
}

std::string originOf(const Poco::URI &uri)
{
    return uri.getScheme() + "://" + Poco::toLower(uri.getHost()) + ":" + std::to_string(uri.getPort());
}

/// The one address of `host` to connect to, after checking every address it resolves to (a name
/// that also resolves to a refused address is refused: which one a client picks is not ours to bet on).
IPAddress checkedAddress(const std::string &host, const OutboundAddressPolicy &policy)
{
    std::vector<IPAddress> addresses;
    IPAddress literal;
    if (IPAddress::tryParse(host, literal))
        addresses.push_back(literal);
    else
        addresses = Poco::Net::DNS::hostByName(host).addresses();
    if (addresses.empty())
        throw Poco::Net::HostNotFoundException(host);
    for (const auto &address : addresses)
        if (auto why = policy.refusal(address))
            throw Poco::Net::NoAddressFoundException(host + " resolves to " + *why +
                                                     " (not allowed by sharing-allowed-networks)");
    // IPv4 first: a desk without an IPv6 route would wait for its connect timeout otherwise.
    auto v4 = std::find_if(addresses.begin(), addresses.end(),
                           [](const IPAddress &a) { return a.family() == IPAddress::IPv4; });
    return v4 != addresses.end() ? *v4 : addresses.front();
}

/// A session to the checked address; TLS verifies (and SNI names) the URL's host, not the address.
std::unique_ptr<Poco::Net::HTTPClientSession> sessionTo(const Poco::URI &uri, const IPAddress &address)
{
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    if (uri.getScheme() == "https") {
        Poco::Net::SecureStreamSocket socket(mail::tls::clientContext(true));
        socket.setPeerHostName(uri.getHost());
        session = std::make_unique<Poco::Net::HTTPSClientSession>(socket);
    } else if (uri.getScheme() == "http") {
        session = std::make_unique<Poco::Net::HTTPClientSession>();
    } else {
        throw Poco::InvalidArgumentException("not an http or https URL: " + uri.toString());
    }
    session->setHost(address.toString());
    session->setPort(uri.getPort());
    return session;
}

Poco::Timespan remainingOr(std::chrono::seconds timeout, std::chrono::steady_clock::time_point deadline)
{
    auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - std::chrono::steady_clock::now());
    if (left <= std::chrono::microseconds::zero())
        throw Poco::TimeoutException("the request's deadline passed");
    auto limit = std::min<std::chrono::microseconds>(timeout, left);
    return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(limit.count()));
}
} // namespace

OutboundAddressPolicy::OutboundAddressPolicy(const std::vector<std::string> &allowedNetworks)
{
    try {
        m_allowed = domain::NetworkList(allowedNetworks);
    } catch (const std::invalid_argument &e) {
        throw std::invalid_argument(std::string("sharing-allowed-networks: ") + e.what());
    }
}

std::optional<std::string> OutboundAddressPolicy::hostRefusal(const std::string &host) const
{
    try {
        checkedAddress(host, *this);
        return std::nullopt;
    } catch (const Poco::Exception &e) {
        return e.displayText();
    }
}

std::optional<std::string> OutboundAddressPolicy::refusal(const IPAddress &address) const
{
    if (m_allowed.contains(static_cast<const unsigned char *>(address.addr()), address.length()))
        return std::nullopt;
    const auto v4 = embeddedIPv4(address);
    const auto &checked = v4 ? *v4 : address;
    for (const auto &range : kReserved)
        if (inNetwork(checked, IPAddress(range.network), range.prefix))
            return address.toString() + " is " + range.what;
    return std::nullopt;
}

OutboundReply OutboundHttp::send(const OutboundRequest &request) const
{
    OutboundReply reply;
    try {
        Poco::URI uri(request.url);
        const auto origin = originOf(uri);
        for (int redirects = 0;; ++redirects) {
            auto session = sessionTo(uri, checkedAddress(uri.getHost(), m_policy));
            session->setTimeout(remainingOr(request.connectTimeout, request.deadline),
                                remainingOr(request.readTimeout, request.deadline),
                                remainingOr(request.readTimeout, request.deadline));
            Poco::Net::HTTPRequest out(request.method, uri.getPathEtc(), Poco::Net::HTTPMessage::HTTP_1_1);
            out.setHost(uri.getHost(), uri.getPort());
            for (const auto &[name, value] : request.headers)
                out.set(name, value);
            out.setContentLength(static_cast<std::streamsize>(request.body.size()));
            session->sendRequest(out) << request.body;
            Poco::Net::HTTPResponse response;
            auto &in = session->receiveResponse(response);
            const int status = static_cast<int>(response.getStatus());
            if (status >= 300 && status < 400 && response.has("Location") && redirects < request.maxRedirects) {
                Poco::URI next(uri);
                next.resolve(response.get("Location"));
                if (request.sameOriginRedirects && originOf(next) != origin)
                    throw Poco::Net::HTTPException("redirected to another site (" + originOf(next) + "), not followed");
                if (uri.getScheme() == "https" && next.getScheme() != "https")
                    throw Poco::Net::HTTPException("redirected from https to " + next.getScheme() + ", not followed");
                uri = next;
                continue;
            }
            reply.headers = response;
            if (response.hasContentLength() && response.getContentLength64() > request.maxBytes) {
                reply.tooLarge = true;
            } else {
                std::array<char, 64 * 1024> chunk{};
                while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
                    const auto room = request.maxBytes - static_cast<std::int64_t>(reply.body.size());
                    if (in.gcount() > room) {
                        reply.body.append(chunk.data(), static_cast<std::size_t>(room));
                        reply.tooLarge = true;
                        break;
                    }
                    reply.body.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
                    if (std::chrono::steady_clock::now() > request.deadline)
                        throw Poco::TimeoutException("the reply did not arrive in time");
                }
            }
            reply.status = status;
            return reply;
        }
    } catch (const Poco::Exception &e) {
        reply.error = e.displayText();
    } catch (const std::exception &e) {
        reply.error = e.what();
    }
    // Without the query: a file's URL may carry the partner's signature.
    logger().warning("%s %s: %s", request.method, request.url.substr(0, request.url.find('?')), reply.error);
    reply.status.reset();
    reply.body.clear();
    return reply;
}

} // namespace helpdesk::integrations::sharing
