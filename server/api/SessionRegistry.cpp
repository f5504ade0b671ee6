#include "api/SessionRegistry.h"

#include <vector>

namespace helpdesk::api {

void SessionRegistry::add(std::int64_t userId, const std::shared_ptr<AccountFollower> &session)
{
    std::lock_guard lock(m_mutex);
    m_sessions.emplace(userId, session);
}

void SessionRegistry::remove(std::int64_t userId, const AccountFollower *session)
{
    std::lock_guard lock(m_mutex);
    auto [first, last] = m_sessions.equal_range(userId);
    for (auto it = first; it != last;) {
        auto held = it->second.lock();
        if (!held || held.get() == session)
            it = m_sessions.erase(it);
        else
            ++it;
    }
}

void SessionRegistry::accountChanged(std::optional<std::int64_t> userId)
{
    ++m_notices;
    std::vector<std::shared_ptr<AccountFollower>> told;
    {
        std::lock_guard lock(m_mutex);
        auto [first, last] = userId ? m_sessions.equal_range(*userId) : std::pair(m_sessions.begin(), m_sessions.end());
        for (auto it = first; it != last; ++it)
            if (auto session = it->second.lock())
                told.push_back(std::move(session));
    }
    // Outside the lock: a session may close (and remove itself) while it is told.
    for (const auto &session : told)
        session->accountChanged();
}

std::size_t SessionRegistry::size() const
{
    std::lock_guard lock(m_mutex);
    return m_sessions.size();
}

} // namespace helpdesk::api
