#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace helpdesk::api {

/// A session that checks its credentials and rights again when told its account changed.
class AccountFollower
{
public:
    virtual ~AccountFollower() = default;
    /// The account changed (or may have): check the token and rights again soon, off the
    /// caller's thread. Any thread.
    virtual void accountChanged() = 0;
};

/// This instance's signed-in WebSocket sessions by user, so that an account notice (from any
/// instance, through domain::AccountWatch) reaches that user's open sessions at once. Any thread.
class SessionRegistry
{
public:
    /// Adds a session once its hello named the user.
    void add(std::int64_t userId, const std::shared_ptr<AccountFollower> &session);
    /// Removes a session (closed); unknown ones are ignored.
    void remove(std::int64_t userId, const AccountFollower *session);
    /// Tells the user's sessions, or every session for nullopt, that their account changed.
    void accountChanged(std::optional<std::int64_t> userId);
    std::size_t size() const;
    /// How many notices were handed out so far: a session that reads it before authenticating
    /// and again after add() knows whether it may have missed one.
    std::uint64_t noticesSoFar() const { return m_notices.load(); }

private:
    mutable std::mutex m_mutex;
    std::multimap<std::int64_t, std::weak_ptr<AccountFollower>> m_sessions;
    std::atomic<std::uint64_t> m_notices{0};
};

} // namespace helpdesk::api
