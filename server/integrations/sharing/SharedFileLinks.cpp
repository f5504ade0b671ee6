#include "integrations/sharing/SharedFileLinks.h"

#include <sodium.h>

#include <array>

namespace helpdesk::integrations::sharing {

SharedFileLinks::SharedFileLinks(std::string sharingBaseUrl, std::string secret)
    : m_baseUrl(std::move(sharingBaseUrl)), m_secret(std::move(secret))
{
    while (!m_baseUrl.empty() && m_baseUrl.back() == '/')
        m_baseUrl.pop_back();
}

std::string SharedFileLinks::signatureOf(const std::string &sha256, std::int64_t agreementId,
                                         std::int64_t expiresAt) const
{
    // A key of its own, derived under a label, so a link's signature is never valid as a
    // Message-ID's (the same secret signs those) nor tells anything of the secret.
    const std::string keyInput = "helpdesk shared file key v1\n" + m_secret;
    std::array<unsigned char, crypto_auth_hmacsha256_KEYBYTES> key{};
    crypto_hash_sha256(key.data(), reinterpret_cast<const unsigned char *>(keyInput.data()), keyInput.size());
    const std::string message = sha256 + "\n" + std::to_string(agreementId) + "\n" + std::to_string(expiresAt);
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
    crypto_auth_hmacsha256(mac.data(), reinterpret_cast<const unsigned char *>(message.data()), message.size(),
                           key.data());
    std::array<char, crypto_auth_hmacsha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), mac.data(), mac.size());
    return hex.data();
}

std::string SharedFileLinks::urlFor(const std::string &sha256, std::int64_t agreementId, std::int64_t expiresAt) const
{
    return m_baseUrl + "/attachments/" + sha256 + "?agreement=" + std::to_string(agreementId) +
           "&expires=" + std::to_string(expiresAt) + "&signature=" + signatureOf(sha256, agreementId, expiresAt);
}

bool SharedFileLinks::verify(const std::string &sha256, std::int64_t agreementId, std::int64_t expiresAt,
                             const std::string &signature, std::int64_t now) const
{
    if (m_secret.empty() || now > expiresAt)
        return false;
    const auto expected = signatureOf(sha256, agreementId, expiresAt);
    return signature.size() == expected.size() &&
           sodium_memcmp(signature.data(), expected.data(), expected.size()) == 0;
}

} // namespace helpdesk::integrations::sharing
