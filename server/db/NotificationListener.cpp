#include "db/NotificationListener.h"

#include <pqxx/pqxx>

namespace helpdesk::db {

namespace {
class Receiver : public pqxx::notification_receiver
{
public:
    Receiver(pqxx::connection_base &c, const std::string &channel, const NotificationListener::Handler &handler)
        : pqxx::notification_receiver(c, channel), m_handler(handler)
    {
    }
    void operator()(const std::string &payload, int) override { m_handler(channel(), payload); }

private:
    const NotificationListener::Handler &m_handler;
};
} // namespace

struct NotificationListener::Connection {
    Connection(const std::string &conninfo, Handler h) : connection(conninfo), handler(std::move(h)) {}
    pqxx::connection connection;
    Handler handler;
    std::vector<std::unique_ptr<Receiver>> receivers; // destroyed before the connection
};

NotificationListener::NotificationListener(const std::string &conninfo, const std::vector<std::string> &channels,
                                           Handler handler)
    : m_connection(std::make_unique<Connection>(conninfo, std::move(handler)))
{
    for (const auto &channel : channels)
        m_connection->receivers.push_back(
            std::make_unique<Receiver>(m_connection->connection, channel, m_connection->handler));
}

NotificationListener::~NotificationListener() = default;

void NotificationListener::holdSessionLock(std::int64_t key)
{
    pqxx::nontransaction tx(m_connection->connection);
    tx.exec("SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3");
    tx.exec_params("SELECT pg_advisory_lock($1)", key);
}

int NotificationListener::await(std::chrono::microseconds timeout)
{
    auto seconds = std::chrono::duration_cast<std::chrono::seconds>(timeout);
    return m_connection->connection.await_notification(static_cast<long>(seconds.count()),
                                                       static_cast<long>((timeout - seconds).count()));
}

int NotificationListener::deliverArrived()
{
    return m_connection->connection.get_notifs();
}

} // namespace helpdesk::db
