#pragma once

#include <stdexcept>
#include <string>

namespace helpdesk::protocol {

/// The error codes every API answer may carry; each maps to one HTTP status.
enum class ErrorCode {
    BadRequest,             // malformed JSON, wrong type, unknown field (400)
    ProtocolVersion,        // hello with an incompatible protocol version (400)
    Unauthenticated,        // missing, wrong or expired credentials (401)
    Forbidden,              // authenticated but not allowed (403)
    NotFound,               // no such object, or not visible to the caller (404)
    MethodNotAllowed,       // a known path asked with a verb it does not take (405)
    Conflict,               // duplicate or concurrent change (409)
    PayloadTooLarge,        // body over the configured limit (413)
    ValidationFailed,       // well-formed but violates a rule (422)
    TooManyRequests,        // a rate limit, back-off or quota; retry after the given seconds (429)
    Unavailable,            // database or dependency down; retry later (503)
    Internal,               // a bug on our side (500)
    TwoFactorRequired,      // the password was right; the account's second factor must follow (401)
    TwoFactorInvalid,       // the password was right; the second factor was wrong or already used (401)
    TwoFactorSetupRequired, // a session that may only set two-factor sign-in up asked for more (403)
};

/// Wire name of a code, e.g. "validation_failed".
const char *errorCodeName(ErrorCode code);
/// Parses a wire name back; unknown names become Internal.
ErrorCode errorCodeFromName(const std::string &name);
/// HTTP status for a code.
int httpStatusFor(ErrorCode code);

/// A typed error with the offending field; thrown anywhere, mapped to a response in one place.
class ApiError : public std::runtime_error
{
public:
    ApiError(ErrorCode code, const std::string &message, std::string field = {});
    /// An error the caller may retry after `retryAfterSeconds` (> 0): `Retry-After` on HTTP.
    static ApiError retryLater(ErrorCode code, const std::string &message, int retryAfterSeconds);

    ErrorCode code() const { return m_code; }
    const std::string &field() const { return m_field; }
    int httpStatus() const { return httpStatusFor(m_code); }
    /// Seconds after which a retry may succeed; 0 when the error says nothing about it.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }

private:
    ErrorCode m_code;
    std::string m_field;
    int m_retryAfterSeconds = 0;
};

} // namespace helpdesk::protocol
