#include "domain/Validation.h"

#include "domain/EmailAddress.h"
#include "protocol/ProtocolError.h"

namespace helpdesk::domain {

bool looksLikeEmail(const std::string &address)
{
    const auto at = address.rfind('@');
    return EmailAddress::isAddrSpec(address) && at != std::string::npos && address.find('.', at) != std::string::npos;
}

void requireName(const std::string &name, const std::string &field)
{
    if (name.empty() || name.size() > 200)
        throw protocol::ApiError(protocol::ErrorCode::ValidationFailed, field + " must have 1 to 200 characters",
                                 field);
    requireHeaderSafe(name, field);
}

bool isHeaderSafe(std::string_view text)
{
    return text.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos;
}

void requireHeaderSafe(std::string_view text, const std::string &field)
{
    if (!isHeaderSafe(text))
        throw protocol::ApiError(protocol::ErrorCode::ValidationFailed,
                                 field + " must not contain a line break or NUL character", field);
}

std::string headerSafe(std::string_view text)
{
    std::string out(text);
    for (auto &c : out)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t')
            c = ' ';
    return out;
}

} // namespace helpdesk::domain
