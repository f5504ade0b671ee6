#include "domain/ProxySignOn.h"

#include "db/ContentHash.h"
#include "db/MailRepository.h"
#include "db/TwoFactorRepository.h"
#include "db/UserRepository.h"
#include "domain/DeskSettings.h"
#include "domain/Passwords.h"
#include "domain/TwoFactorService.h"
#include "protocol/ProtocolError.h"

#include <Poco/Logger.h>
#include <Poco/String.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <set>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr const char *kKey = "sso";
constexpr const char *kEnabled = "enabled";
constexpr const char *kHeader = "header";
constexpr const char *kProxies = "proxies";
constexpr const char *kRealmDomains = "realm_domains";
constexpr std::size_t kMaxName = 254; // the longest address SMTP carries
constexpr std::size_t kMaxReported = 1000;

Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.sso");
}

bool allOf(const std::string &text, const char *allowed)
{
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [&](char c) { return std::strchr(allowed, c) != nullptr; });
}

/// A header name an admin may choose: a token, and never one that carries other credentials.
std::string checkedHeader(const std::string &name)
{
    static const char *const kToken = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    if (name.size() > 64 || !allOf(name, kToken) || Poco::icompare(name, "Authorization") == 0 ||
        Poco::icompare(name, "Cookie") == 0 || Poco::icompare(name, "Host") == 0)
        throw ApiError(ErrorCode::ValidationFailed,
                       "the header is a name of letters, digits, '-' and '_' (at most 64), not Authorization, "
                       "Cookie or Host",
                       kHeader);
    return name;
}

std::string checkedAddress(const std::string &address)
{
    // As the server sees a peer: 127.0.0.1, ::1 (no names: a name could move).
    if (address.size() > 45 || !allOf(address, "0123456789abcdefABCDEF.:"))
        throw ApiError(ErrorCode::ValidationFailed, "a proxy is an IPv4 or IPv6 address, e.g. 127.0.0.1 or ::1",
                       kProxies);
    return Poco::toLower(address);
}

/// Reports a peer that sent the header without being a trusted proxy, once per address.
void reportUntrusted(const std::string &peer, const std::string &header)
{
    static std::mutex mutex;
    static std::set<std::string> reported;
    const std::lock_guard lock(mutex);
    if (reported.size() >= kMaxReported || !reported.insert(peer).second)
        return;
    logger().warning("header %s from %s ignored: that address is not a trusted proxy (this is reported once)", header,
                     peer);
}
} // namespace

ProxySignOnSettings ProxySignOnSettings::load(db::Tx &tx)
{
    ProxySignOnSettings settings;
    auto stored = db::MailRepository::setting(tx, kKey);
    if (!stored)
        return settings;
    settings.enabled = stored->optValue<bool>(kEnabled, false);
    settings.header = stored->optValue<std::string>(kHeader, settings.header);
    if (auto proxies = stored->getArray(kProxies))
        for (std::size_t i = 0; i < proxies->size(); ++i)
            settings.proxies.push_back(proxies->getElement<std::string>(i));
    if (auto realms = stored->getObject(kRealmDomains))
        for (const auto &[realm, domain] : *realms)
            settings.realmDomains[realm] = domain.toString();
    return settings;
}

ProxySignOnSettings ProxySignOnSettings::update(db::Tx &tx, const Actor &actor, const protocol::JsonObject &changes)
{
    return desksettings::update<ProxySignOnSettings>(
        tx, actor, kKey, "sso", changes, [](ProxySignOnSettings &after, protocol::JsonReader &r) {
            if (auto enabled = r.optBool(kEnabled))
                after.enabled = *enabled;
            if (auto header = r.optString(kHeader))
                after.header = checkedHeader(*header);
            if (auto proxies = r.optStringList(kProxies)) {
                after.proxies.clear();
                for (const auto &address : *proxies)
                    after.proxies.push_back(checkedAddress(address));
            }
            if (auto realms = r.optObject(kRealmDomains)) {
                after.realmDomains.clear();
                for (const auto &[realm, domain] : *realms) {
                    auto mailDomain = domain.isString() ? Poco::toLower(domain.toString()) : std::string();
                    if (!allOf(realm, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_") ||
                        !allOf(mailDomain, "abcdefghijklmnopqrstuvwxyz0123456789.-"))
                        throw ApiError(ErrorCode::ValidationFailed,
                                       "realm_domains maps a Kerberos realm to a mail domain, e.g. "
                                       "{\"EXAMPLE.ORG\": \"example.org\"}",
                                       kRealmDomains);
                    after.realmDomains[Poco::toUpper(realm)] = mailDomain;
                }
            }
        });
}

protocol::JsonObject ProxySignOnSettings::toJson() const
{
    auto proxyList = protocol::newArray();
    for (const auto &address : proxies)
        proxyList->add(address);
    auto realms = protocol::newObject();
    for (const auto &[realm, domain] : realmDomains)
        realms->set(realm, domain);
    auto out = protocol::newObject();
    out->set(kEnabled, enabled);
    out->set(kHeader, header);
    out->set(kProxies, proxyList);
    out->set(kRealmDomains, realms);
    return out;
}

std::optional<ProxyUserName> ProxyUserName::parse(const std::string &name,
                                                  const std::map<std::string, std::string> &realmDomains)
{
    const bool unusable = name.empty() || name.size() > kMaxName || std::any_of(name.begin(), name.end(), [](char c) {
                              return static_cast<unsigned char>(c) <= ' ' || c == '\\' || c == 0x7f;
                          });
    const auto at = name.find('@');
    if (unusable || at == 0 || at + 1 == name.size() ||
        (at != std::string::npos && name.find('@', at + 1) != std::string::npos))
        return std::nullopt;
    if (at == std::string::npos)
        return ProxyUserName{true, Poco::toLower(name)};
    auto realm = realmDomains.find(Poco::toUpper(name.substr(at + 1)));
    if (realm != realmDomains.end())
        return ProxyUserName{false, Poco::toLower(name.substr(0, at)) + "@" + realm->second};
    return ProxyUserName{false, Poco::toLower(name)};
}

std::optional<std::string>
ProxySignOn::signIn(db::ConnectionPool &pool, const std::vector<std::string> &serverProxies,
                    const std::string &peerAddress,
                    const std::function<std::optional<std::string>(const std::string &)> &header)
{
    auto settings = pool.read([](db::Tx &tx) { return ProxySignOnSettings::load(tx); });
    if (!settings.enabled)
        return std::nullopt;
    auto name = header(settings.header);
    if (!name)
        return std::nullopt;
    const auto &proxies = settings.proxies.empty() ? serverProxies : settings.proxies;
    if (std::find(proxies.begin(), proxies.end(), Poco::toLower(peerAddress)) == proxies.end()) {
        reportUntrusted(peerAddress, settings.header);
        return std::nullopt;
    }
    auto parsed = ProxyUserName::parse(Poco::trim(*name), settings.realmDomains);
    if (!parsed) {
        logger().notice("proxy %s sent %s '%s', which names no account", peerAddress, settings.header, *name);
        return std::nullopt;
    }
    auto token = passwords::newToken("hds_");
    auto outcome = pool.write([&](db::Tx &tx) -> std::string {
        std::optional<protocol::User> user;
        if (parsed->byLocalPart) {
            auto candidates = db::UserRepository::activeByLocalPart(tx, parsed->value);
            if (candidates.size() > 1)
                return "is ambiguous: several accounts have that name before '@'; send a full address or map the "
                       "realm";
            if (!candidates.empty())
                user = candidates.front();
        } else if (auto found = db::UserRepository::findByEmail(tx, parsed->value); found && found->user.active) {
            user = found->user;
        }
        if (!user)
            return "names no active account";
        auto judged = TwoFactorService::checkAtSignIn(tx, *user, std::nullopt);
        if (judged == SecondFactor::Missing)
            return "names an account with a second factor, which signs in with its password and code";
        auto hash = db::ContentHash::sha256Hex(token);
        db::CredentialRepository::insertSession(tx, hash, user->id, kSessionSeconds);
        if (judged == SecondFactor::SetupRequired)
            db::TwoFactorRepository::setSessionSetupOnly(tx, hash, true);
        logger().information("%s signed in through proxy %s as %s", user->email, peerAddress, *name);
        return {};
    });
    if (!outcome.empty()) {
        logger().notice("proxy %s sent %s '%s', which %s", peerAddress, settings.header, *name, outcome);
        return std::nullopt;
    }
    return token;
}

} // namespace helpdesk::domain
