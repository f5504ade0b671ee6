#include "protocol/ProtocolError.h"

#include <array>
#include <utility>

namespace helpdesk::protocol {

namespace {
struct CodeInfo {
    ErrorCode code;
    const char *name;
    int status;
};
constexpr std::array<CodeInfo, 15> kCodes{{
    {ErrorCode::BadRequest, "bad_request", 400},
    {ErrorCode::ProtocolVersion, "protocol_version", 400},
    {ErrorCode::Unauthenticated, "unauthenticated", 401},
    {ErrorCode::Forbidden, "forbidden", 403},
    {ErrorCode::NotFound, "not_found", 404},
    {ErrorCode::MethodNotAllowed, "method_not_allowed", 405},
    {ErrorCode::Conflict, "conflict", 409},
    {ErrorCode::PayloadTooLarge, "payload_too_large", 413},
    {ErrorCode::ValidationFailed, "validation_failed", 422},
    {ErrorCode::TooManyRequests, "too_many_requests", 429},
    {ErrorCode::Unavailable, "unavailable", 503},
    {ErrorCode::Internal, "internal", 500},
    {ErrorCode::TwoFactorRequired, "two_factor_required", 401},
    {ErrorCode::TwoFactorInvalid, "two_factor_invalid", 401},
    {ErrorCode::TwoFactorSetupRequired, "two_factor_setup_required", 403},
}};
} // namespace

const char *errorCodeName(ErrorCode code)
{
    for (const auto &info : kCodes)
        if (info.code == code)
            return info.name;
    return "internal";
}

ErrorCode errorCodeFromName(const std::string &name)
{
    for (const auto &info : kCodes)
        if (name == info.name)
            return info.code;
    return ErrorCode::Internal;
}

int httpStatusFor(ErrorCode code)
{
    for (const auto &info : kCodes)
        if (info.code == code)
            return info.status;
    return 500;
}

ApiError::ApiError(ErrorCode code, const std::string &message, std::string field)
    : std::runtime_error(message), m_code(code), m_field(std::move(field))
{
}

ApiError ApiError::retryLater(ErrorCode code, const std::string &message, int retryAfterSeconds)
{
    ApiError error(code, message);
    error.m_retryAfterSeconds = retryAfterSeconds > 0 ? retryAfterSeconds : 1;
    return error;
}

} // namespace helpdesk::protocol
