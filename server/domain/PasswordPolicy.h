#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace helpdesk::domain {

/// Why a password someone chose is refused.
enum class PasswordWeakness {
    TooShort,  // fewer than PasswordPolicy::kMinimumLength bytes
    TooCommon, // among the most common passwords (resources/passwords), in any letter case
};

/// The one rule for passwords people choose (set with a reset or invitation link, by an admin,
/// or changed by their owner), applied by every way in: the API and the web pages. Any thread.
class PasswordPolicy
{
public:
    static constexpr std::size_t kMinimumLength = 10;

    /// What is wrong with `password`, or nullopt when it may be used.
    static std::optional<PasswordWeakness> weaknessOf(const std::string &password);
    /// Throws ApiError(ValidationFailed) naming `field`, in words, unless `password` may be used.
    static void require(const std::string &password, const std::string &field = "password");
    /// How many common passwords are refused (the size of the shipped list).
    static std::size_t commonPasswordCount();
};

/// The files under resources/passwords, compiled in (cmake/EmbedFiles.cmake).
const std::map<std::string, std::string_view> &commonPasswordFiles();

} // namespace helpdesk::domain
