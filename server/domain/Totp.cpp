#include "domain/Totp.h"

#include <Poco/URI.h>
#include <liboath/oath.h>
#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace helpdesk::domain::totp {

namespace {
constexpr std::size_t kKeyBytes = 20;
constexpr std::size_t kWindow = 1; // one step either way: a phone's clock a little off still works

/// liboath keeps no state worth freeing; oath_init only has to run once per process.
void initOnce()
{
    static const int rc = oath_init();
    if (rc != OATH_OK)
        throw std::runtime_error(std::string("liboath: ") + oath_strerror(rc));
}

std::string percentEncoded(const std::string &text)
{
    std::string out;
    Poco::URI::encode(text, ":/?#[]@!$&'()*+,;=%", out);
    return out;
}
} // namespace

std::string newKey()
{
    std::string key(kKeyBytes, '\0');
    randombytes_buf(key.data(), key.size());
    return key;
}

std::string base32(const std::string &key)
{
    initOnce();
    char *out = nullptr;
    std::size_t length = 0;
    if (oath_base32_encode(key.data(), key.size(), &out, &length) != OATH_OK)
        throw std::runtime_error("liboath could not encode a key in base32");
    std::string text(out, length);
    free(out); // NOLINT(cppcoreguidelines-no-malloc): liboath allocates with malloc
    text.erase(std::remove(text.begin(), text.end(), '='), text.end());
    return text;
}

std::optional<std::int64_t> matchingStep(const std::string &key, const std::string &code, std::time_t now)
{
    if (code.size() != kDigits ||
        !std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isdigit(c); }))
        return std::nullopt;
    initOnce();
    int position = 0;
    std::uint64_t step = 0;
    const int rc =
        oath_totp_validate3(key.data(), key.size(), now, kStepSeconds, 0, kWindow, &position, &step, code.c_str());
    if (rc < 0)
        return std::nullopt;
    return static_cast<std::int64_t>(step);
}

std::string provisioningUri(const std::string &issuer, const std::string &account, const std::string &key)
{
    return "otpauth://totp/" + percentEncoded(issuer) + ":" + percentEncoded(account) + "?secret=" + base32(key) +
           "&issuer=" + percentEncoded(issuer) + "&algorithm=SHA1&digits=" + std::to_string(kDigits) +
           "&period=" + std::to_string(kStepSeconds);
}

} // namespace helpdesk::domain::totp
