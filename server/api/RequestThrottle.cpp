#include "api/RequestThrottle.h"

#include "protocol/ProtocolError.h"

#include <Poco/Logger.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/String.h>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::api {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.limits");
}

/// Accounts are named by e-mail, whatever its case.
std::string accountKey(const std::string &email)
{
    return Poco::toLower(Poco::trim(email));
}

[[noreturn]] void refuse(const std::string &message, int seconds)
{
    throw ApiError::retryLater(ErrorCode::TooManyRequests, message + "; try again in " + std::to_string(seconds) + " s",
                               seconds);
}
} // namespace

RequestThrottle::RequestThrottle(const ApiLimits &limits, const SteadyNow &now)
    : m_addressRequests(limits.requestsPerSecondPerAddress, limits.requestBurstPerAddress, limits.maxTrackedCallers,
                        now),
      m_userRequests(limits.requestsPerSecondPerUser, limits.requestBurstPerUser, limits.maxTrackedCallers, now),
      m_accountResets(limits.passwordResetsPerAccountPerHour / 3600, limits.passwordResetsPerAccountPerHour,
                      limits.maxTrackedCallers, now),
      m_addressResets(limits.passwordResetsPerAddressPerHour / 3600, limits.passwordResetsPerAddressPerHour,
                      limits.maxTrackedCallers, now),
      m_accountSignInLinks(limits.signInLinksPerAccountPerHour / 3600, limits.signInLinksPerAccountPerHour,
                           limits.maxTrackedCallers, now),
      m_addressSignInLinks(limits.signInLinksPerAddressPerHour / 3600, limits.signInLinksPerAddressPerHour,
                           limits.maxTrackedCallers, now),
      m_senderWebForms(limits.webFormsPerSenderPerHour / 3600, limits.webFormsPerSenderPerHour,
                       limits.maxTrackedCallers, now),
      m_addressWebForms(limits.webFormsPerAddressPerHour / 3600, limits.webFormsPerAddressPerHour,
                        limits.maxTrackedCallers, now)
{
}

std::string RequestThrottle::clientKey(const std::string &address)
{
    Poco::Net::IPAddress parsed;
    if (!Poco::Net::IPAddress::tryParse(address, parsed) || parsed.family() != Poco::Net::IPAddress::IPv6 ||
        parsed.isIPv4Mapped())
        return address;
    return (parsed & Poco::Net::IPAddress(64, Poco::Net::IPAddress::IPv6)).toString() + "/64";
}

void RequestThrottle::admitAddress(const std::string &address)
{
    if (address.empty())
        return;
    if (auto wait = m_addressRequests.spend(clientKey(address))) {
        logger().warning("request rate of %s exceeded", address);
        refuse("too many requests from your address", *wait);
    }
}

void RequestThrottle::admitUser(std::int64_t userId)
{
    if (auto wait = m_userRequests.spend(std::to_string(userId))) {
        logger().warning("request rate of user %s exceeded", std::to_string(userId));
        refuse("too many requests from your account", *wait);
    }
}

void RequestThrottle::beforePasswordReset(const std::string &email, const std::string &address)
{
    spendMailedLink(m_accountResets, m_addressResets, email, address, "password resets");
}

void RequestThrottle::beforeSignInLink(const std::string &email, const std::string &address)
{
    spendMailedLink(m_accountSignInLinks, m_addressSignInLinks, email, address, "sign-in links");
}

void RequestThrottle::beforeWebForm(const std::string &email, const std::string &address)
{
    spendMailedLink(m_senderWebForms, m_addressWebForms, email, address, "web forms");
}

void RequestThrottle::spendMailedLink(RateLimiter &perAccount, RateLimiter &perAddress, const std::string &email,
                                      const std::string &address, const std::string &what)
{
    if (!address.empty())
        if (auto wait = perAddress.spend(clientKey(address)))
            refuse("too many " + what + " asked for from your address", *wait);
    if (auto wait = perAccount.spend(accountKey(email)))
        refuse("too many " + what + " asked for this account", *wait);
}

} // namespace helpdesk::api
