#pragma once

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>

namespace helpdesk::domain::totp {

/// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) through
/// liboath, as authenticator apps make them. Any thread.

constexpr int kStepSeconds = 30;
constexpr int kDigits = 6;

/// A new random key of 20 bytes (160 bits, RFC 4226's recommendation).
std::string newKey();
/// The key in base32 without padding (what an authenticator app is given).
std::string base32(const std::string &key);
/// The step of the code `code` for `key` at `now` or one step before or after (clock drift);
/// nullopt when the code is none of these. Only six digits are ever accepted.
std::optional<std::int64_t> matchingStep(const std::string &key, const std::string &code, std::time_t now);
/// The otpauth:// URI an authenticator app reads (from a QR code), per the Key Uri Format.
std::string provisioningUri(const std::string &issuer, const std::string &account, const std::string &key);

} // namespace helpdesk::domain::totp
