#pragma once

#include <string>

namespace helpdesk::domain {

/// Password hashing (argon2id via libsodium) and random tokens. Any thread.
namespace passwords {
/// An argon2id hash string (includes salt and parameters).
std::string hash(const std::string &password);
/// Constant-time check of a password against a hash from hash().
bool verify(const std::string &password, const std::string &hash);
/// A new random token, 32 bytes of entropy, URL-safe, with a readable prefix ("hds_", "hdt_").
std::string newToken(const std::string &prefix);
/// A random password for a first admin or an invitation: 20 URL-safe characters.
std::string newPassword();
/// Lowercase hex SHA-256 of any bytes: how tokens are stored, and how blobs are addressed.
std::string sha256Hex(const std::string &bytes);
} // namespace passwords

} // namespace helpdesk::domain
