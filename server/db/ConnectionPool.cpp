#include "db/ConnectionPool.h"

#include "protocol/ProtocolError.h"

#include <Poco/Logger.h>

#include <algorithm>
#include <thread>
#include <tuple>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::db {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.db");
}

/// Logs a change the database refused (a duplicate, a broken rule). Its text names tables,
/// constraints and values, so it goes to the log only; the caller gets a message of our own.
void logRefused(const pqxx::sql_error &e)
{
    logger().notice("the database refused a change (%s): %s", e.sqlstate(), std::string(e.what()));
}

constexpr int kMaxAttempts = 4;
constexpr auto kAcquireTimeout = std::chrono::seconds(10);

thread_local std::chrono::milliseconds t_statementTimeout{0};

std::string describe(std::chrono::milliseconds limit)
{
    if (limit.count() % 1000 == 0)
        return std::to_string(limit.count() / 1000) + " s";
    return std::to_string(limit.count()) + " ms";
}
} // namespace

StatementTimeout::StatementTimeout(std::chrono::milliseconds limit) : m_previous(t_statementTimeout)
{
    t_statementTimeout = limit.count() > 0 ? limit : std::chrono::milliseconds(0);
}

StatementTimeout::~StatementTimeout()
{
    t_statementTimeout = m_previous;
}

std::chrono::milliseconds StatementTimeout::current()
{
    return t_statementTimeout;
}

PooledConnection::PooledConnection(const std::string &conninfo) : connection(conninfo)
{
    // Timestamps come back in UTC so isoTime() can convert them without parsing zones. No
    // statement limit until a StatementTimeout asks for one (whatever the database's default):
    // the pool then knows the session's setting without asking.
    pqxx::nontransaction setup(connection);
    setup.exec("SET TIME ZONE 'UTC'; SET statement_timeout = 0");
}

Tx::Tx(PooledConnection &connection, pqxx::transaction_base &transaction)
    : m_connection(connection), m_transaction(transaction)
{
}

void Tx::notifyAfterCommit(const std::string &channel, const std::string &payload)
{
    m_notifications.emplace(channel, payload);
}

/// Sends the notifications of committed transactions on a connection of its own, from a thread of
/// its own: whatever collected while it sent the last ones goes out in one statement, so under load
/// one NOTIFY serves many commits. A transaction without writes of its own takes the notify lock
/// only for a moment (it flushes no WAL). A notification lost to a failure costs its listeners at
/// most their fallback poll. Any thread.
class AfterCommitNotifier
{
public:
    explicit AfterCommitNotifier(std::string conninfo) : m_conninfo(std::move(conninfo)), m_thread([this] { run(); }) {}
    ~AfterCommitNotifier()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    AfterCommitNotifier(const AfterCommitNotifier &) = delete;
    AfterCommitNotifier &operator=(const AfterCommitNotifier &) = delete;

    void post(const std::set<std::pair<std::string, std::string>> &notifications)
    {
        {
            std::lock_guard lock(m_mutex);
            m_pending.insert(notifications.begin(), notifications.end());
        }
        m_wake.notify_one();
    }

private:
    void run()
    {
        std::unique_ptr<pqxx::connection> connection;
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [&] { return m_stopping || !m_pending.empty(); });
            if (m_pending.empty())
                return; // stopping with nothing left to send
            auto sending = std::move(m_pending);
            m_pending.clear();
            lock.unlock();
            send(connection, sending);
            lock.lock();
        }
    }

    void send(std::unique_ptr<pqxx::connection> &connection, const std::set<std::pair<std::string, std::string>> &all)
    {
        std::vector<std::string> channels;
        std::vector<std::string> payloads;
        for (const auto &[channel, payload] : all) {
            channels.push_back(channel);
            payloads.push_back(payload);
        }
        for (int attempt = 1; attempt <= 2; ++attempt) {
            try {
                if (!connection || !connection->is_open())
                    connection = std::make_unique<pqxx::connection>(m_conninfo);
                pqxx::nontransaction tx(*connection);
                tx.exec_params("SELECT pg_notify(c, p) FROM unnest($1::text[], $2::text[]) AS n(c, p)",
                               textArrayLiteral(channels), textArrayLiteral(payloads));
                return;
            } catch (const std::exception &e) {
                connection.reset();
                if (attempt == 2)
                    logger().warning("could not send %s notifications after commit: %s", std::to_string(all.size()),
                                     std::string(e.what()));
            }
        }
    }

    std::string m_conninfo;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::set<std::pair<std::string, std::string>> m_pending;
    bool m_stopping = false;
    std::thread m_thread;
};

void Tx::noteDuration(const Statement &statement, std::chrono::steady_clock::time_point started)
{
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    if (elapsed >= slowStatementThreshold)
        Poco::Logger::get("helpdesk.server.db")
            .warning("slow statement %s: %s ms", std::string(statement.name), std::to_string(elapsed.count()));
}

void Tx::ensurePrepared(const Statement &statement)
{
    if (m_connection.prepared.insert(statement.name).second)
        m_connection.connection.prepare(statement.name, statement.sql);
}

ConnectionPool::ConnectionPool(std::string conninfo, std::size_t size) : m_conninfo(std::move(conninfo)), m_size(size)
{
}

// The notifier sends what is pending before it stops (a mailgate process ends right after its commit).
ConnectionPool::~ConnectionPool() = default;

void ConnectionPool::notifyCommitted(const std::set<std::pair<std::string, std::string>> &notifications)
{
    if (notifications.empty())
        return;
    {
        std::lock_guard lock(m_mutex);
        if (!m_notifier)
            m_notifier = std::make_unique<AfterCommitNotifier>(m_conninfo);
    }
    m_notifier->post(notifications);
}

std::unique_ptr<PooledConnection> ConnectionPool::acquire()
{
    {
        std::unique_lock lock(m_mutex);
        if (!m_available.wait_for(lock, kAcquireTimeout, [&] { return !m_idle.empty() || m_open < m_size; }))
            throw ApiError(ErrorCode::Unavailable, "all database connections are busy; retry later");
        if (!m_idle.empty()) {
            // The most recently used connection that already has this thread's statement limit,
            // so requests and background jobs do not keep resetting each other's sessions.
            auto wanted = StatementTimeout::current();
            auto match = std::find_if(m_idle.rbegin(), m_idle.rend(),
                                      [&](const auto &idle) { return idle->statementTimeout == wanted; });
            auto chosen = match == m_idle.rend() ? std::prev(m_idle.end()) : std::prev(match.base());
            auto connection = std::move(*chosen);
            m_idle.erase(chosen);
            return connection;
        }
        ++m_open;
    }
    try {
        return std::make_unique<PooledConnection>(m_conninfo);
    } catch (...) {
        std::lock_guard lock(m_mutex);
        --m_open;
        m_available.notify_one();
        throw;
    }
}

void ConnectionPool::release(std::unique_ptr<PooledConnection> connection, bool leased)
{
    if (!leased)
        return; // acquire() failed and already gave its slot back
    std::lock_guard lock(m_mutex);
    if (connection && connection->connection.is_open())
        m_idle.push_back(std::move(connection));
    else
        --m_open;
    m_available.notify_one();
}

void ConnectionPool::applyStatementTimeout(PooledConnection &connection)
{
    // A session setting, sent only when this thread wants another limit than the connection
    // last had: API requests and background jobs share the pool, and most leases change nothing.
    auto wanted = StatementTimeout::current();
    if (connection.statementTimeout == wanted)
        return;
    pqxx::nontransaction setting(connection.connection);
    setting.exec("SET statement_timeout = " + std::to_string(wanted.count()));
    connection.statementTimeout = wanted;
}

void ConnectionPool::run(Mode mode, const std::function<void(Tx &)> &work)
{
    for (int attempt = 1;; ++attempt) {
        std::unique_ptr<PooledConnection> connection;
        bool leased = false;
        try {
            connection = acquire();
            leased = true;
            applyStatementTimeout(*connection);
            std::set<std::pair<std::string, std::string>> notifications;
            if (mode == Mode::EachStatement) {
                // No BEGIN and COMMIT: two round trips of the four a one-statement read costs.
                pqxx::nontransaction transaction(connection->connection);
                Tx tx(*connection, transaction);
                work(tx);
                notifications = tx.notificationsAfterCommit();
            } else if (mode == Mode::ReadOnly) {
                pqxx::read_transaction transaction(connection->connection);
                Tx tx(*connection, transaction);
                work(tx);
                transaction.commit();
                notifications = tx.notificationsAfterCommit();
            } else {
                pqxx::work transaction(connection->connection);
                Tx tx(*connection, transaction);
                work(tx);
                transaction.commit();
                notifications = tx.notificationsAfterCommit();
            }
            release(std::move(connection), leased);
            leased = false;
            notifyCommitted(notifications);
            return;
        } catch (const pqxx::in_doubt_error &e) {
            // The commit may or may not have happened: never retry blindly; the caller's
            // idempotency key makes its own retry safe.
            connection.reset();
            release(nullptr, leased);
            logger().error("transaction outcome unknown: %s", std::string(e.what()));
            throw ApiError(ErrorCode::Unavailable, "the database connection was lost during commit; retry the request");
        } catch (const pqxx::broken_connection &e) {
            connection.reset();
            release(nullptr, leased);
            if (attempt >= 2) {
                logger().warning("database unreachable: %s", std::string(e.what()));
                throw ApiError(ErrorCode::Unavailable, "the database is unavailable; retry later");
            }
            // A connection left over from before a database restart fails once; retry on a new one.
            continue;
        } catch (const pqxx::transaction_rollback &e) {
            // libpqxx 6 throws serialization failures and deadlocks as transaction_rollback, not
            // sql_error: the transaction was rolled back whole, so running it again is safe.
            release(std::move(connection), leased);
            bool retryable = dynamic_cast<const pqxx::serialization_failure *>(&e) != nullptr ||
                             dynamic_cast<const pqxx::deadlock_detected *>(&e) != nullptr;
            if (retryable && attempt < kMaxAttempts) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt));
                continue;
            }
            logger().warning("transaction rolled back by the database: %s", std::string(e.what()));
            throw ApiError(ErrorCode::Unavailable, "the database could not complete the change now; retry the request");
        } catch (const pqxx::unique_violation &e) {
            release(std::move(connection), leased);
            logRefused(e);
            throw ApiError(ErrorCode::Conflict, "this already exists");
        } catch (const pqxx::foreign_key_violation &e) {
            release(std::move(connection), leased);
            logRefused(e);
            throw ApiError(ErrorCode::ValidationFailed, "refers to something that does not exist");
        } catch (const pqxx::check_violation &e) {
            release(std::move(connection), leased);
            logRefused(e);
            throw ApiError(ErrorCode::ValidationFailed, "a value is outside what the desk allows");
        } catch (const pqxx::data_exception &e) {
            release(std::move(connection), leased);
            logRefused(e);
            throw ApiError(ErrorCode::ValidationFailed, "a value is not valid");
        } catch (const pqxx::sql_error &e) {
            const std::string &state = e.sqlstate();
            bool retryable = state == "40001" || state == "40P01"; // serialization failure, deadlock
            bool shuttingDown =
                state == "57P01" || state == "57P02" || state == "57P03"; // admin shutdown, crash, cannot connect now
            if (shuttingDown) {
                connection.reset();
                release(nullptr, leased);
            } else {
                release(std::move(connection), leased);
            }
            if (retryable && attempt < kMaxAttempts) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt));
                continue;
            }
            if (shuttingDown || retryable)
                throw ApiError(ErrorCode::Unavailable, "the database is unavailable; retry later");
            if (state == "57014") { // query_canceled: our statement_timeout, or an operator's pg_cancel_backend
                auto limit = StatementTimeout::current();
                logger().warning("statement cancelled after the limit of %s: %s", describe(limit),
                                 std::string(e.query()).substr(0, 200));
                throw ApiError(ErrorCode::Unavailable,
                               limit.count() > 0 ? "the request took longer than its limit of " + describe(limit) +
                                                       " in the database and was stopped; retry later or ask for less"
                                                 : "the database cancelled the request; retry later");
            }
            logger().error("SQL error %s: %s", state, std::string(e.what()));
            throw ApiError(ErrorCode::Internal, "database error " + state);
        } catch (...) {
            release(std::move(connection), leased);
            throw;
        }
    }
}

std::string textArrayLiteral(const std::vector<std::string> &values)
{
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        out += i ? ",\"" : "\"";
        for (char c : values[i]) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

std::string intArrayLiteral(const std::vector<std::int64_t> &values)
{
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i)
        out += (i ? "," : "") + std::to_string(values[i]);
    return out + "}";
}

std::string isoTime(const pqxx::field &field)
{
    if (field.is_null())
        return {};
    std::string text = field.c_str();
    // "YYYY-MM-DD HH:MM:SS[.ffffff]+00" → "YYYY-MM-DDTHH:MM:SS[.ffffff]Z"
    if (text.size() > 10 && text[10] == ' ')
        text[10] = 'T';
    if (text.size() >= 3 && text.compare(text.size() - 3, 3, "+00") == 0)
        text.replace(text.size() - 3, 3, "Z");
    return text;
}

std::optional<std::string> optIsoTime(const pqxx::field &field)
{
    if (field.is_null())
        return std::nullopt;
    return isoTime(field);
}

std::optional<std::int64_t> optInt(const pqxx::field &field)
{
    if (field.is_null())
        return std::nullopt;
    return field.as<std::int64_t>();
}

std::vector<std::string> textArray(const pqxx::field &field)
{
    std::vector<std::string> out;
    if (field.is_null())
        return out;
    auto parser = field.as_array();
    for (auto [juncture, value] = parser.get_next(); juncture != pqxx::array_parser::done;
         std::tie(juncture, value) = parser.get_next())
        if (juncture == pqxx::array_parser::string_value)
            out.push_back(std::move(value));
    return out;
}

std::optional<std::string> optString(const pqxx::field &field)
{
    if (field.is_null())
        return std::nullopt;
    return std::string(field.c_str());
}

} // namespace helpdesk::db
