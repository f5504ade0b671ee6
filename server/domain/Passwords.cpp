#include "domain/Passwords.h"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace helpdesk::domain::passwords {

namespace {
void ensureSodium()
{
    static const bool ready = [] { return sodium_init() >= 0; }();
    if (!ready)
        throw std::runtime_error("libsodium failed to initialize");
}

std::string randomUrlSafe(std::size_t bytes)
{
    ensureSodium();
    std::vector<unsigned char> raw(bytes);
    randombytes_buf(raw.data(), raw.size());
    std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), raw.data(), raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::char_traits<char>::length(out.c_str()));
    return out;
}
} // namespace

std::string hash(const std::string &password)
{
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    // Interactive limits: ~64 MiB and a few tens of ms per login on these machines.
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool verify(const std::string &password, const std::string &hash)
{
    ensureSodium();
    if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string newToken(const std::string &prefix)
{
    return prefix + randomUrlSafe(32);
}

std::string newPassword()
{
    return randomUrlSafe(15);
}

std::string sha256Hex(const std::string &bytes)
{
    ensureSodium();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

} // namespace helpdesk::domain::passwords
