#include "integrations/webhooks/WebhookSignature.h"

#include <sodium.h>

namespace helpdesk::integrations::webhooks {

std::string webhookSignature(const std::string &secret, std::int64_t timestamp, const std::string &body)
{
    // libsodium's HMAC takes a key of any length, as receivers' libraries do.
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(secret.data()), secret.size());
    const auto signedPrefix = std::to_string(timestamp) + ".";
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(signedPrefix.data()),
                                  signedPrefix.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(body.data()), body.size());
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_final(&state, mac);
    char hex[crypto_auth_hmacsha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
    return std::string("sha256=") + hex;
}

} // namespace helpdesk::integrations::webhooks
