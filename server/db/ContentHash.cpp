#include "db/ContentHash.h"

#include <sodium.h>

#include <stdexcept>

namespace helpdesk::db {

std::string ContentHash::sha256Hex(const std::string &bytes)
{
    // libsodium must be initialized once before any use; sodium_init is thread-safe and idempotent.
    static const bool ready = [] { return sodium_init() >= 0; }();
    if (!ready)
        throw std::runtime_error("libsodium failed to initialize");
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

} // namespace helpdesk::db
