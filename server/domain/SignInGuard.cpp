#include "domain/SignInGuard.h"

#include "db/SignInRepository.h"
#include "domain/MailOutbox.h"
#include "domain/MailSettings.h"
#include "domain/MailTemplateCatalog.h"
#include "protocol/ProtocolError.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Logger.h>
#include <Poco/String.h>
#include <Poco/Timestamp.h>

#include <algorithm>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr const char *kAccountPrefix = "account:";
constexpr const char *kAddressPrefix = "address:";

Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.auth");
}

/// Accounts are named by e-mail, whatever its case, known or not.
std::string accountKey(const std::string &email)
{
    return kAccountPrefix + Poco::toLower(Poco::trim(email));
}

int secondsOf(std::chrono::seconds duration)
{
    return static_cast<int>(duration.count());
}

void mailLockToOwner(db::Tx &tx, const protocol::User &owner, int failures, std::chrono::seconds lockDuration,
                     const std::string &clientKey)
{
    auto settings = MailSettings::load(tx);
    const auto until = Poco::DateTimeFormatter::format(Poco::Timestamp() + Poco::Timespan(lockDuration.count(), 0),
                                                       "%Y-%m-%d %H:%M UTC");
    MailValues values;
    values.text = {{"failures", std::to_string(failures)},
                   {"locked_until", until},
                   {"last_address", clientKey}, // empty: the section that names it is left out
                   {"reset_url", settings.publicUrl + "/forgot-password"}};
    MailOutbox::queueAccountMail(tx, settings, owner, owner.email, mailtemplates::kSignInLocked, values);
}
} // namespace

std::chrono::seconds SignInPolicy::waitAfter(int failures, int freeFailures) const
{
    if (freeFailures <= 0 || failures < freeFailures)
        return std::chrono::seconds(0);
    // backoff·2^(failures − free), computed without overflow: the doubling stops at the cap.
    auto wait = backoff;
    for (int i = freeFailures; i < failures && wait < backoffMax; ++i)
        wait *= 2;
    return std::min(wait, backoffMax);
}

void SignInGuard::check(db::Tx &tx, const std::string &email, const std::string &clientKey) const
{
    std::vector<std::string> keys{accountKey(email)};
    if (!clientKey.empty())
        keys.push_back(kAddressPrefix + clientKey);
    auto blocked = db::SignInRepository::longestBlock(tx, keys);
    if (!blocked)
        return;
    const int seconds = std::max(blocked->seconds, 1);
    std::string why;
    if (blocked->key.rfind(kAddressPrefix, 0) == 0)
        why = "too many failed sign-ins from your address";
    else if (m_policy.lockAfterFailures > 0 && blocked->failures >= m_policy.lockAfterFailures)
        why = "this account is locked after too many failed sign-ins";
    else
        why = "too many failed sign-ins for this account";
    throw ApiError::retryLater(ErrorCode::TooManyRequests, why + "; try again in " + std::to_string(seconds) + " s",
                               seconds);
}

void SignInGuard::failed(db::Tx &tx, const std::string &email, const std::string &clientKey,
                         const std::optional<protocol::User> &owner) const
{
    const int forgetAfter = secondsOf(m_policy.forgetAfter);
    db::SignInRepository::forgetQuiet(tx, forgetAfter);
    const auto account = accountKey(email);
    const int failures = db::SignInRepository::recordFailure(tx, account, forgetAfter);
    const bool locked = m_policy.lockAfterFailures > 0 && failures >= m_policy.lockAfterFailures;
    auto wait = locked ? m_policy.lockDuration : m_policy.waitAfter(failures, m_policy.freeFailuresPerAccount);
    if (wait.count() > 0)
        db::SignInRepository::blockFor(tx, account, secondsOf(wait));
    if (locked && failures == m_policy.lockAfterFailures) {
        logger().warning("account %s locked after %d failed sign-ins", account, failures);
        if (owner)
            mailLockToOwner(tx, *owner, failures, m_policy.lockDuration, clientKey);
    }
    if (clientKey.empty())
        return;
    const auto address = kAddressPrefix + clientKey;
    const int fromAddress = db::SignInRepository::recordFailure(tx, address, forgetAfter);
    if (auto addressWait = m_policy.waitAfter(fromAddress, m_policy.freeFailuresPerAddress); addressWait.count() > 0)
        db::SignInRepository::blockFor(tx, address, secondsOf(addressWait));
}

void SignInGuard::succeeded(db::Tx &tx, const std::string &email) const
{
    forgetAccount(tx, email);
}

void SignInGuard::forgetAccount(db::Tx &tx, const std::string &email)
{
    db::SignInRepository::forget(tx, accountKey(email));
}

} // namespace helpdesk::domain
