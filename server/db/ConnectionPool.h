#pragma once

#include "db/PqxxOptional.h"

#include <pqxx/pqxx>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <utility>
#include <unordered_set>
#include <vector>

namespace helpdesk::db {

/// A named SQL statement, prepared once per connection on first use.
struct Statement {
    const char *name;
    const char *sql;
};

/// One database connection with the statements already prepared on it.
struct PooledConnection {
    explicit PooledConnection(const std::string &conninfo);
    pqxx::connection connection;
    std::unordered_set<std::string> prepared;
    std::chrono::milliseconds statementTimeout{0}; // the session's statement_timeout (0: none)
};

/// While it lives, statements this thread runs through a ConnectionPool are cancelled by
/// PostgreSQL after `limit` (zero: never), and the call fails with ApiError(Unavailable).
/// The API sets one around each request; background jobs, imports and migrations run without.
class StatementTimeout
{
public:
    explicit StatementTimeout(std::chrono::milliseconds limit);
    ~StatementTimeout();
    StatementTimeout(const StatementTimeout &) = delete;
    StatementTimeout &operator=(const StatementTimeout &) = delete;

    /// The limit in force on the calling thread; zero outside any scope.
    static std::chrono::milliseconds current();

private:
    std::chrono::milliseconds m_previous;
};

/// A transaction on a leased connection; executes named statements. Any thread, one at a time.
class Tx
{
public:
    Tx(PooledConnection &connection, pqxx::transaction_base &transaction);

    /// Executes a named statement with positional parameters ($1, $2, …).
    /// Each run is timed; a slow one is logged with its name (see slowStatementThreshold).
    template <typename... Args> pqxx::result exec(const Statement &statement, Args &&...args)
    {
        ensurePrepared(statement);
        const auto started = std::chrono::steady_clock::now();
        auto result = m_transaction.exec_prepared(statement.name, std::forward<Args>(args)...);
        noteDuration(statement, started);
        return result;
    }
    /// As exec, but the statement must return exactly one row.
    template <typename... Args> pqxx::row exec1(const Statement &statement, Args &&...args)
    {
        ensurePrepared(statement);
        const auto started = std::chrono::steady_clock::now();
        auto row = m_transaction.exec_prepared1(statement.name, std::forward<Args>(args)...);
        noteDuration(statement, started);
        return row;
    }
    /// As exec, but planned afresh for these parameter values instead of prepared: for a query
    /// whose best plan depends on its values, a statement whose text a repository assembles from
    /// a fixed vocabulary, or one PostgreSQL cannot prepare (DDL, LOCK). Timed and logged like exec.
    template <typename... Args> pqxx::result execUnprepared(const Statement &statement, Args &&...args)
    {
        const auto started = std::chrono::steady_clock::now();
        pqxx::result result;
        if constexpr (sizeof...(Args) == 0)
            result = m_transaction.exec(statement.sql);
        else
            result = m_transaction.exec_params(statement.sql, std::forward<Args>(args)...);
        noteDuration(statement, started);
        return result;
    }
    /// Statements slower than this are logged (helpdesk.server.db, warning) with their name.
    static constexpr std::chrono::milliseconds slowStatementThreshold{200};

    /// Sends NOTIFY `channel` with `payload` once this transaction has committed, never when it
    /// rolls back; the same notification of concurrent transactions may arrive once for all.
    /// For wake-ups whose listeners then read what changed (events, jobs): a NOTIFY inside the
    /// transaction makes PostgreSQL commit all notifying transactions one after another under one
    /// lock, held through each one's WAL flush.
    void notifyAfterCommit(const std::string &channel, const std::string &payload = {});
    /// What notifyAfterCommit collected.
    const std::set<std::pair<std::string, std::string>> &notificationsAfterCommit() const { return m_notifications; }

private:
    // SQL runs only through named statements; bulk loads (COPY) need the transaction itself.
    friend class ImportRepository;
    pqxx::transaction_base &raw() { return m_transaction; }

    void ensurePrepared(const Statement &statement);
    /// Logs the statement when it ran longer than slowStatementThreshold.
    static void noteDuration(const Statement &statement, std::chrono::steady_clock::time_point started);

    PooledConnection &m_connection;
    pqxx::transaction_base &m_transaction;
    std::set<std::pair<std::string, std::string>> m_notifications;
};

class AfterCommitNotifier;

/// A fixed-size pool of exclusive connections. Any thread.
/// write()/read() map libpqxx failures to ApiError: unique_violation → 409, a lost database or a
/// statement cancelled by its StatementTimeout → 503; serialization failures and deadlocks are
/// retried, and a broken connection is replaced.
class ConnectionPool
{
public:
    ConnectionPool(std::string conninfo, std::size_t size);
    ~ConnectionPool();

    /// Runs `work` in a read-write transaction and commits; returns what it returns.
    template <typename F> auto write(F &&work) -> decltype(work(std::declval<Tx &>()))
    {
        using R = decltype(work(std::declval<Tx &>()));
        if constexpr (std::is_void_v<R>) {
            run(Mode::Write, [&](Tx &tx) { work(tx); });
        } else {
            std::optional<R> out;
            run(Mode::Write, [&](Tx &tx) { out.emplace(work(tx)); });
            return std::move(*out);
        }
    }

    /// Runs `work` in a read-only transaction.
    template <typename F> auto read(F &&work) -> decltype(work(std::declval<Tx &>()))
    {
        using R = decltype(work(std::declval<Tx &>()));
        if constexpr (std::is_void_v<R>) {
            run(Mode::ReadOnly, [&](Tx &tx) { work(tx); });
        } else {
            std::optional<R> out;
            run(Mode::ReadOnly, [&](Tx &tx) { out.emplace(work(tx)); });
            return std::move(*out);
        }
    }

    /// Runs `work` outside a transaction: each statement sees what is committed when it starts.
    /// For a read of one statement, or of independent ones where a change between them does no harm
    /// (the session check of every request).
    template <typename F> auto readEach(F &&work) -> decltype(work(std::declval<Tx &>()))
    {
        using R = decltype(work(std::declval<Tx &>()));
        if constexpr (std::is_void_v<R>) {
            run(Mode::EachStatement, [&](Tx &tx) { work(tx); });
        } else {
            std::optional<R> out;
            run(Mode::EachStatement, [&](Tx &tx) { out.emplace(work(tx)); });
            return std::move(*out);
        }
    }

    const std::string &conninfo() const { return m_conninfo; }

private:
    enum class Mode { Write, ReadOnly, EachStatement };

    std::unique_ptr<PooledConnection> acquire();
    void release(std::unique_ptr<PooledConnection> connection, bool leased);
    void run(Mode mode, const std::function<void(Tx &)> &work);
    static void applyStatementTimeout(PooledConnection &connection);
    /// Hands the notifications of a committed transaction to the notifier.
    void notifyCommitted(const std::set<std::pair<std::string, std::string>> &notifications);

    std::string m_conninfo;
    std::size_t m_size;
    std::unique_ptr<AfterCommitNotifier> m_notifier; // started by the first notifyAfterCommit
    std::size_t m_open = 0;
    std::vector<std::unique_ptr<PooledConnection>> m_idle;
    std::mutex m_mutex;
    std::condition_variable m_available;
};

/// A PostgreSQL array literal with every element quoted (commas, braces and quotes are safe),
/// for passing a list as one parameter cast with ::text[].
std::string textArrayLiteral(const std::vector<std::string> &values);
/// The same for integers, cast with ::bigint[].
std::string intArrayLiteral(const std::vector<std::int64_t> &values);
/// The elements of a text[] column (NULL elements left out); the inverse of textArrayLiteral.
std::vector<std::string> textArray(const pqxx::field &field);

/// Converts a timestamptz read in a UTC session ("2026-01-02 03:04:05.6+00") to ISO 8601.
std::string isoTime(const pqxx::field &field);
std::optional<std::string> optIsoTime(const pqxx::field &field);
std::optional<std::int64_t> optInt(const pqxx::field &field);
std::optional<std::string> optString(const pqxx::field &field);

} // namespace helpdesk::db
