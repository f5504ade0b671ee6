#include "domain/ReturnPath.h"

#include <sodium.h>

#include <algorithm>

#include <re2/re2.h>

namespace helpdesk::domain::returnpath {

namespace {
/// A 64-bit keyed BLAKE2b of the row id under the desk's secret, as hex; "" without a usable secret.
std::string signatureOf(const MailSettings &settings, const std::string &id)
{
    // Its own context in the message, so a return path's signature is never valid as anything else.
    const std::string message = "verp:" + id;
    if (settings.secret.size() < crypto_generichash_KEYBYTES_MIN)
        return {};
    unsigned char mac[8];
    crypto_generichash(mac, sizeof mac, reinterpret_cast<const unsigned char *>(message.data()), message.size(),
                       reinterpret_cast<const unsigned char *>(settings.secret.data()),
                       std::min<std::size_t>(settings.secret.size(), crypto_generichash_KEYBYTES_MAX));
    char hex[sizeof mac * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
    return hex;
}
} // namespace

std::string make(const MailSettings &settings, std::int64_t outboundId, const std::string &fromAddress)
{
    auto at = fromAddress.rfind('@');
    auto id = std::to_string(outboundId);
    auto mac = signatureOf(settings, id);
    if (at == std::string::npos || mac.empty())
        return {};
    return "bounces+" + id + "." + mac + fromAddress.substr(at);
}

std::optional<std::int64_t> outboundOf(const MailSettings &settings, const std::string &address)
{
    // RE2: linear time on an address a stranger may have written.
    static const RE2 pattern(R"((?i)bounces\+([0-9]{1,18})\.([0-9a-f]{16})@[^@]+)");
    std::string id, mac;
    if (!RE2::FullMatch(address, pattern, &id, &mac))
        return std::nullopt;
    auto expected = signatureOf(settings, id);
    for (auto &c : mac)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (expected.empty() || sodium_memcmp(expected.data(), mac.data(), expected.size()) != 0)
        return std::nullopt;
    return std::stoll(id);
}

} // namespace helpdesk::domain::returnpath
