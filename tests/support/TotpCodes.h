#pragma once

#include <QByteArray>

#include <cstdint>
#include <string>

namespace helpdesk::test {

/// Authenticator-app codes computed in the tests, independently of the server's liboath:
/// RFC 4648 base32 and RFC 6238 TOTP (HMAC-SHA1, 30-second steps), checked in tst_two_factor
/// against the RFC's appendix B vectors. Any thread.
namespace totp {
constexpr int kStepSeconds = 30;

/// The bytes of a base32 key (padding optional, any case); empty for a character outside base32.
QByteArray base32Decode(const std::string &text);
/// The `digits`-digit code of `key` at `unixTime`.
std::string codeAt(const QByteArray &key, std::int64_t unixTime, int digits = 6);
/// The current Unix time.
std::int64_t now();
/// Whether a code computed now stays the current one long enough to be sent and checked (tests
/// wait for this with QTRY_VERIFY before computing a code, so a step boundary cannot intervene).
bool wellInsideAStep();
} // namespace totp

} // namespace helpdesk::test
