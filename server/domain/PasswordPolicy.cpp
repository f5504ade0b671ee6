#include "domain/PasswordPolicy.h"

#include "protocol/ProtocolError.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
std::string lowercase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

/// The shipped list, one password a line, lowercase: the 10,000 most common passwords of
/// zxcvbn's frequency list (Debian's python3-zxcvbn, MIT; see resources/README.md).
const std::unordered_set<std::string_view> &commonPasswords()
{
    static const std::unordered_set<std::string_view> set = [] {
        std::unordered_set<std::string_view> words;
        std::string_view text = commonPasswordFiles().at("common-passwords.txt");
        while (!text.empty()) {
            auto end = text.find('\n');
            auto line = text.substr(0, end);
            if (!line.empty())
                words.insert(line);
            text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        }
        return words;
    }();
    return set;
}
} // namespace

std::optional<PasswordWeakness> PasswordPolicy::weaknessOf(const std::string &password)
{
    if (password.size() < kMinimumLength)
        return PasswordWeakness::TooShort;
    if (commonPasswords().count(lowercase(password)) > 0)
        return PasswordWeakness::TooCommon;
    return std::nullopt;
}

void PasswordPolicy::require(const std::string &password, const std::string &field)
{
    auto weakness = weaknessOf(password);
    if (weakness == PasswordWeakness::TooShort)
        throw ApiError(ErrorCode::ValidationFailed,
                       "a password needs at least " + std::to_string(kMinimumLength) + " characters", field);
    if (weakness == PasswordWeakness::TooCommon)
        throw ApiError(ErrorCode::ValidationFailed,
                       "this password is one of the most common ones, which are tried first; choose another", field);
}

std::size_t PasswordPolicy::commonPasswordCount()
{
    return commonPasswords().size();
}

} // namespace helpdesk::domain
