#pragma once

#include <chrono>
#include <string>

namespace helpdesk::domain {

/// Password hashing (argon2id via libsodium) and random tokens. Any thread.
/// Each hash or check takes ~64 MiB for ~80 ms, so at most a few run at once (see
/// limitConcurrency); a caller beyond the waiting bound is refused at once with
/// ApiError(Unavailable) and a retry-after, instead of piling up memory.
namespace passwords {
/// Sizes the process-wide gate: `running` hashes at once (0: by cores and memory), `waiting`
/// callers queued behind them; each waits at most `maxWait`. Call before serving requests.
void limitConcurrency(int running, int waiting, std::chrono::milliseconds maxWait = std::chrono::seconds(10));
/// An argon2id hash string (includes salt and parameters).
std::string hash(const std::string &password);
/// Constant-time check of a password against a hash from hash().
bool verify(const std::string &password, const std::string &hash);
/// A new random token, 32 bytes of entropy, URL-safe, with a readable prefix ("hds_", "hdt_").
std::string newToken(const std::string &prefix);
/// A random password for a first admin or an invitation: 20 URL-safe characters.
std::string newPassword();
} // namespace passwords

} // namespace helpdesk::domain
