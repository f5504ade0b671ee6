#include "web/CsrfToken.h"

#include <sodium.h>

#include <array>

namespace helpdesk::web {

std::string CsrfToken::forBinding(const std::string &binding)
{
    // The key is a hash of the cookie under a label of its own, so the token never equals the
    // session's stored hash (SHA-256 of the bare token) nor tells anything of the cookie.
    const std::string keyInput = "helpdesk web form key\n" + binding;
    std::array<unsigned char, crypto_auth_hmacsha256_KEYBYTES> key{};
    crypto_hash_sha256(key.data(), reinterpret_cast<const unsigned char *>(keyInput.data()), keyInput.size());
    static const std::string label = "helpdesk web form v1";
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
    crypto_auth_hmacsha256(mac.data(), reinterpret_cast<const unsigned char *>(label.data()), label.size(), key.data());
    std::array<char, sodium_base64_ENCODED_LEN(crypto_auth_hmacsha256_BYTES, sodium_base64_VARIANT_URLSAFE_NO_PADDING)>
        text{};
    sodium_bin2base64(text.data(), text.size(), mac.data(), mac.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return text.data();
}

bool CsrfToken::matches(const std::string &token, const std::string &binding)
{
    if (binding.empty())
        return false;
    const auto expected = forBinding(binding);
    return token.size() == expected.size() && sodium_memcmp(token.data(), expected.data(), expected.size()) == 0;
}

} // namespace helpdesk::web
