#include "domain/AccountWatch.h"

#include "db/EventRepository.h"
#include "db/NotificationListener.h"

#include <Poco/Logger.h>

#include <charconv>
#include <utility>

namespace helpdesk::domain {

namespace {
constexpr const char *kAccountsChannel = "helpdesk_accounts";

Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.auth");
}

std::optional<std::int64_t> userIdIn(const std::string &payload)
{
    std::int64_t id = 0;
    auto [end, error] = std::from_chars(payload.data(), payload.data() + payload.size(), id);
    if (error != std::errc() || end != payload.data() + payload.size())
        return std::nullopt;
    return id;
}
} // namespace

AccountWatch::AccountWatch(std::string conninfo, Handler handler)
    : m_conninfo(std::move(conninfo)), m_handler(std::move(handler))
{
}

AccountWatch::~AccountWatch()
{
    stop();
}

void AccountWatch::announce(db::Tx &tx, std::int64_t userId)
{
    db::EventRepository::notify(tx, kAccountsChannel, std::to_string(userId));
}

std::unique_ptr<db::NotificationListener> AccountWatch::listen()
{
    return std::make_unique<db::NotificationListener>(m_conninfo, std::vector<std::string>{kAccountsChannel},
                                                      [this](const std::string &, const std::string &payload) {
                                                          if (auto userId = userIdIn(payload))
                                                              m_handler(userId);
                                                          else
                                                              logger().warning("unreadable account notice: %s",
                                                                               payload);
                                                      });
}

void AccountWatch::start()
{
    // Listening before start() returns: a change committed after the server is up is never missed.
    m_listener = listen();
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void AccountWatch::run()
{
    bool missed = false;
    while (!m_stopping) {
        try {
            if (!m_listener)
                m_listener = listen();
            // Notices sent while the connection was down are gone: every session checks.
            if (std::exchange(missed, false))
                m_handler(std::nullopt);
            // Short waits keep stop() prompt; a notification ends the wait at once.
            while (!m_stopping)
                m_listener->await(std::chrono::milliseconds(100));
        } catch (const std::exception &e) {
            logger().warning("account notices lost the database: %s", std::string(e.what()));
            m_listener.reset();
            missed = true;
            for (int i = 0; i < 10 && !m_stopping; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
}

void AccountWatch::stop()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
    m_listener.reset();
}

} // namespace helpdesk::domain
