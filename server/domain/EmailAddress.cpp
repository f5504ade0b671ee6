#include "domain/EmailAddress.h"

#include "domain/Validation.h"
#include "protocol/ProtocolError.h"

#include <re2/re2.h>

#include <optional>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr std::size_t kMaxAddressBytes = 254; // RFC 5321's path limit less the angle brackets
constexpr std::size_t kMaxLocalBytes = 64;

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

/// The entries of a list: split at ',' and ';' outside a quoted display name and outside <…>.
std::vector<std::string_view> entriesOf(std::string_view list)
{
    std::vector<std::string_view> entries;
    bool quoted = false;
    bool angled = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const char c = list[i];
        if (quoted) {
            if (c == '\\')
                ++i; // a quoted pair
            else if (c == '"')
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == '<') {
            angled = true;
        } else if (c == '>') {
            angled = false;
        } else if ((c == ',' || c == ';') && !angled) {
            entries.push_back(list.substr(start, i - start));
            start = i + 1;
        }
    }
    entries.push_back(list.substr(start));
    return entries;
}

/// A display name before "<addr-spec>": plain words or a quoted string, no angle brackets outside
/// the quotes.
bool isDisplayName(std::string_view name)
{
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"')
        return true; // entriesOf kept quoted pairs inside; nothing in it reaches a header unquoted
    return name.find_first_of("<>\"") == std::string_view::npos;
}

/// The addr-spec of one entry ("a@x.org", "Erin <a@x.org>", "\"Doe, J\" <a@x.org>"), if it is one.
std::optional<std::string> addrSpecOf(std::string_view entry)
{
    if (!entry.empty() && entry.back() == '>') {
        const auto open = entry.rfind('<');
        if (open == std::string_view::npos || !isDisplayName(trimmed(entry.substr(0, open))))
            return std::nullopt;
        entry = entry.substr(open + 1, entry.size() - open - 2);
    }
    if (!EmailAddress::isAddrSpec(entry))
        return std::nullopt;
    return std::string(entry);
}
} // namespace

bool EmailAddress::isAddrSpec(std::string_view address)
{
    // Latin-1 so that bytes of UTF-8 (RFC 6531) are matched as bytes.
    static const RE2 pattern(
        R"re(([A-Za-z0-9!#$%&'*+/=?^_`{|}~\x{80}-\x{ff}-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\x{80}-\x{ff}-]+)*)@)re"
        R"re([A-Za-z0-9\x{80}-\x{ff}](?:[A-Za-z0-9\x{80}-\x{ff}-]{0,61}[A-Za-z0-9\x{80}-\x{ff}])?)re"
        R"re((?:\.[A-Za-z0-9\x{80}-\x{ff}](?:[A-Za-z0-9\x{80}-\x{ff}-]{0,61}[A-Za-z0-9\x{80}-\x{ff}])?)*)re",
        [] {
            RE2::Options options;
            options.set_encoding(RE2::Options::EncodingLatin1);
            return options;
        }());
    if (address.size() > kMaxAddressBytes)
        return false;
    re2::StringPiece local;
    if (!RE2::FullMatch(re2::StringPiece(address.data(), address.size()), pattern, &local))
        return false;
    return local.size() <= kMaxLocalBytes;
}

std::vector<std::string> EmailAddress::requireList(std::string_view list, const std::string &field)
{
    requireHeaderSafe(list, field);
    std::vector<std::string> addresses;
    for (auto entry : entriesOf(list)) {
        entry = trimmed(entry);
        if (entry.empty())
            continue;
        auto address = addrSpecOf(entry);
        if (!address)
            throw ApiError(ErrorCode::ValidationFailed,
                           field + ": \"" + std::string(entry.substr(0, 100)) + "\" is not an e-mail address", field);
        addresses.push_back(std::move(*address));
    }
    if (addresses.size() > kMaxRecipients)
        throw ApiError(ErrorCode::ValidationFailed,
                       field + " may name at most " + std::to_string(kMaxRecipients) + " recipients", field);
    return addresses;
}

std::vector<std::string> EmailAddress::validIn(std::string_view list)
{
    std::vector<std::string> addresses;
    if (!isHeaderSafe(list))
        return addresses;
    for (auto entry : entriesOf(list))
        if (auto address = addrSpecOf(trimmed(entry)))
            addresses.push_back(std::move(*address));
    return addresses;
}

} // namespace helpdesk::domain
