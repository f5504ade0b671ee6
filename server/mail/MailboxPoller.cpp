#include "mail/MailboxPoller.h"

#include "db/JobRepository.h"
#include "jobs/JobQueue.h"
#include "mail/ImapClient.h"
#include "mail/MailParser.h"
#include "mail/TlsContext.h"

#include <Poco/Logger.h>
#include <Poco/Net/DialogSocket.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/POP3ClientSession.h>
#include <Poco/Net/SecureStreamSocket.h>

#include <pqxx/pqxx>

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

namespace helpdesk::mail {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.mail");
}

constexpr long long kPollLockBase = 0x4d424f58LL << 20;  // "MBOX": advisory locks per mailbox
constexpr long long kScheduleLock = 0x4d424f58LL;
constexpr int kInterpreterThreads = 3;  // per poll; each holds a database connection while it works

struct Mailbox {
    std::int64_t id = 0;
    std::string name, protocol, host, security, username, password, folder;
    int port = 0;
    bool enabled = false;
    bool pop3Delete = false;
    bool tlsVerify = true;
    std::optional<std::string> processedFolder, errorFolder;
    int disableAfter = 10;
    int failures = 0;
};

std::optional<Mailbox> loadMailbox(db::Tx &tx, std::int64_t id)
{
    auto r = tx.raw().exec_params(
        "SELECT id, name, protocol, host, port, security, username, password, folder, enabled, pop3_delete,"
        " imap_processed_folder, imap_error_folder, disable_after_failures, consecutive_failures, tls_verify"
        " FROM mailboxes WHERE id = $1", id);
    if (r.empty())
        return std::nullopt;
    const auto &row = r[0];
    Mailbox m;
    m.id = row[0].as<std::int64_t>();
    m.name = row[1].c_str();
    m.protocol = row[2].c_str();
    m.host = row[3].c_str();
    m.port = row[4].as<int>();
    m.security = row[5].c_str();
    m.username = row[6].c_str();
    m.password = row[7].c_str();
    m.folder = row[8].c_str();
    m.enabled = row[9].as<bool>();
    m.pop3Delete = row[10].as<bool>();
    m.processedFolder = db::optString(row[11]);
    m.errorFolder = db::optString(row[12]);
    m.disableAfter = row[13].as<int>();
    m.failures = row[14].as<int>();
    m.tlsVerify = row[15].as<bool>();
    return m;
}

/// A logged-in POP3 session over plain TCP, implicit TLS or STLS (RFC 2595). Poco's session reads
/// the greeting inside login(), which STLS has already consumed, so USER/PASS are sent here.
std::unique_ptr<Poco::Net::POP3ClientSession> openPop3(const Mailbox &mailbox)
{
    Poco::Net::SocketAddress address(mailbox.host, static_cast<Poco::UInt16>(mailbox.port));
    const Poco::Timespan timeout(30, 0);
    try {
        std::unique_ptr<Poco::Net::POP3ClientSession> pop3;
        if (mailbox.security == "none") {
            pop3 = std::make_unique<Poco::Net::POP3ClientSession>(mailbox.host, static_cast<Poco::UInt16>(mailbox.port));
            pop3->setTimeout(timeout);
            pop3->login(mailbox.username, mailbox.password);
            return pop3;
        }
        auto context = tls::clientContext(mailbox.tlsVerify);
        if (mailbox.security == "tls") {
            Poco::Net::SecureStreamSocket socket(address, mailbox.host, context);
            pop3 = std::make_unique<Poco::Net::POP3ClientSession>(socket);
            pop3->setTimeout(timeout);
            pop3->login(mailbox.username, mailbox.password);
            return pop3;
        }
        Poco::Net::DialogSocket plain(address);
        plain.setReceiveTimeout(timeout);
        std::string response;
        plain.receiveMessage(response);
        if (response.rfind("+OK", 0) != 0)
            throw MailboxError("unexpected POP3 greeting: " + response);
        plain.sendMessage("STLS");
        plain.receiveMessage(response);
        if (response.rfind("+OK", 0) != 0)
            throw MailboxError("the POP3 server refused STLS: " + response);
        Poco::Net::SecureStreamSocket secure = Poco::Net::SecureStreamSocket::attach(plain, mailbox.host, context);
        pop3 = std::make_unique<Poco::Net::POP3ClientSession>(secure);
        pop3->setTimeout(timeout);
        if (!pop3->sendCommand("USER", mailbox.username, response))
            throw MailboxError("the POP3 server refused the user: " + response);
        if (!pop3->sendCommand("PASS", mailbox.password, response))
            throw MailboxError("the POP3 server refused the password: " + response);
        return pop3;
    } catch (const Poco::Exception &e) {
        throw MailboxError("cannot log in to POP3 " + mailbox.host + ":" + std::to_string(mailbox.port) + ": "
                           + e.displayText());
    }
}

struct RunLog {
    int fetched = 0, created = 0, appended = 0, failed = 0;
    std::string error;
    protocol::JsonArray details = protocol::newArray();

    void record(const std::string &reference, const InboundResult &result)
    {
        ++fetched;
        if (result.state == "processed" && result.createdTicket)
            ++created;
        else if (result.state == "processed")
            ++appended;
        else if (result.state == "failed" || result.state == "rejected")
            ++failed;
        auto d = protocol::newObject();
        d->set("message", reference);
        d->set("inbound_id", result.inboundId);
        d->set("state", result.state);
        protocol::setOptional(d, "ticket_id", result.ticketId);
        if (!result.error.empty())
            d->set("error", result.error);
        details->add(d);
    }
};

bool succeeded(const InboundResult &r)
{
    return r.state == "processed" || r.state == "ignored";
}

/// The conversation a message belongs to: the root of its References, else what it replies to,
/// else itself. Messages of one conversation are interpreted in arrival order on one thread, so a
/// follow-up fetched in the same poll as its original still lands on the original's ticket.
std::string conversationOf(const std::string &raw)
{
    try {
        auto mail = MailParser::parse(raw);
        if (!mail.references.empty())
            return mail.references.front();
        if (mail.inReplyTo)
            return *mail.inReplyTo;
        return mail.messageId.value_or(std::string());
    } catch (const std::exception &) {
        return {};  // fails again in interpretation, where the error is recorded
    }
}

/// Interprets stored messages on a few threads while the poll goes on fetching: a poll is bound
/// by round trips to the mail server and the database, not by CPU (measured: a third of both
/// cores idle with one thread). A message whose interpretation hits an error (database gone)
/// stays "pending": its queued job retries it and the mailbox keeps it for the next poll.
class ParallelInterpreter
{
public:
    ParallelInterpreter(InboundProcessor &inbound, int threads) : m_inbound(inbound), m_queues(static_cast<std::size_t>(threads))
    {
        for (std::size_t i = 0; i < m_queues.size(); ++i)
            m_threads.emplace_back([this, i] { work(i); });
    }

    ~ParallelInterpreter() { finish(); }

    /// Queues a stored message of a conversation; results keep the order of add().
    void add(InboundResult stored, const std::string &conversation)
    {
        std::lock_guard lock(m_mutex);
        m_results.push_back(stored);
        if (stored.state == "pending")
            m_queues[std::hash<std::string>{}(conversation) % m_queues.size()].push_back(m_results.size() - 1);
        m_wake.notify_all();
    }

    /// Waits for every queued message; results in the order they were added.
    std::vector<InboundResult> finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
            m_wake.notify_all();
        }
        for (auto &t : m_threads)
            if (t.joinable())
                t.join();
        return m_results;
    }

private:
    void work(std::size_t queue)
    {
        for (;;) {
            std::size_t slot;
            std::int64_t inboundId;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_done || !m_queues[queue].empty(); });
                if (m_queues[queue].empty())
                    return;
                slot = m_queues[queue].front();
                m_queues[queue].pop_front();
                inboundId = m_results[slot].inboundId;
            }
            InboundResult result;
            try {
                result = m_inbound.process(inboundId);
            } catch (const std::exception &e) {
                result.inboundId = inboundId;
                result.state = "pending";
                result.error = std::string("will be retried: ") + e.what();
            }
            std::lock_guard lock(m_mutex);
            m_results[slot] = result;
        }
    }

    InboundProcessor &m_inbound;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<std::deque<std::size_t>> m_queues;  // one per thread, by conversation
    std::vector<InboundResult> m_results;
    bool m_done = false;
    std::vector<std::thread> m_threads;
};
} // namespace

MailboxPoller::MailboxPoller(db::ConnectionPool &pool, InboundProcessor &inbound) : m_pool(pool), m_inbound(inbound) {}

protocol::JsonObject MailboxPoller::testConnection(std::int64_t mailboxId)
{
    auto mailbox = m_pool.read([&](db::Tx &tx) { return loadMailbox(tx, mailboxId); });
    if (!mailbox)
        throw MailboxError("no mailbox " + std::to_string(mailboxId));
    auto out = protocol::newObject();
    try {
        if (mailbox->protocol == "imap") {
            ImapClient imap(mailbox->host, mailbox->port, mailbox->security, mailbox->tlsVerify, 15);
            imap.login(mailbox->username, mailbox->password);
            imap.select(mailbox->folder);
            imap.logout();
            out->set("message", "signed in to " + mailbox->host + " and opened " + mailbox->folder);
        } else {
            auto pop3 = openPop3(*mailbox);
            int count = pop3->messageCount();
            pop3->close();
            out->set("message", "signed in to " + mailbox->host + "; " + std::to_string(count) + " messages waiting");
        }
        out->set("ok", true);
    } catch (const Poco::Exception &e) {
        // Before std::exception: Poco's what() is only the class name ("Net Exception").
        out->set("ok", false);
        out->set("message", e.displayText());
    } catch (const std::exception &e) {
        out->set("ok", false);
        out->set("message", std::string(e.what()));
    }
    return out;
}

protocol::JsonObject MailboxPoller::poll(std::int64_t mailboxId)
{
    auto mailbox = m_pool.read([&](db::Tx &tx) { return loadMailbox(tx, mailboxId); });
    if (!mailbox)
        throw MailboxError("no mailbox " + std::to_string(mailboxId));
    // One poll per mailbox at a time across all instances; the lock lives on its own connection
    // because a poll spans many transactions and network round trips.
    pqxx::connection lockConnection(m_pool.conninfo());
    {
        pqxx::nontransaction tx(lockConnection);
        if (!tx.exec_params1("SELECT pg_try_advisory_lock($1)", kPollLockBase + mailboxId)[0].as<bool>()) {
            auto busy = protocol::newObject();
            busy->set("mailbox_id", mailboxId);
            busy->set("error", "another poll of this mailbox is running");
            return busy;
        }
    }
    auto runId = m_pool.write([&](db::Tx &tx) {
        return tx.raw().exec_params1("INSERT INTO mailbox_runs (mailbox_id) VALUES ($1) RETURNING id", mailboxId)[0].as<std::int64_t>();
    });
    RunLog log;
    bool connected = false;
    // Raw first, committed before anything else; interpretation runs beside the fetching, and the
    // queued job only runs if this poll dies.
    auto storeRaw = [&](const std::string &raw) {
        InboundOrigin origin;
        origin.source = mailbox->protocol;
        origin.mailboxId = mailboxId;
        return m_inbound.store(raw, origin, 60);
    };
    std::vector<std::string> references;
    std::vector<InboundResult> results;
    try {
        if (mailbox->protocol == "imap") {
            ImapClient imap(mailbox->host, mailbox->port, mailbox->security, mailbox->tlsVerify);
            imap.login(mailbox->username, mailbox->password);
            connected = true;
            imap.select(mailbox->folder);
            std::vector<std::uint32_t> uids;
            {
                ParallelInterpreter interpreter(m_inbound, kInterpreterThreads);
                try {
                    for (auto uid : imap.unseen()) {
                        auto raw = imap.fetch(uid);
                        auto stored = storeRaw(raw);
                        uids.push_back(uid);
                        references.push_back("uid " + std::to_string(uid));
                        interpreter.add(stored, conversationOf(raw));
                    }
                } catch (...) {
                    results = interpreter.finish();  // what was stored is still interpreted and logged
                    throw;
                }
                results = interpreter.finish();
            }
            // Moves and flags in one command per folder; a message still pending stays unseen.
            std::map<std::string, std::vector<std::uint32_t>> moves;
            std::vector<std::uint32_t> seen;
            for (std::size_t i = 0; i < results.size(); ++i) {
                if (results[i].state == "pending")
                    continue;
                const auto &folder = succeeded(results[i]) ? mailbox->processedFolder : mailbox->errorFolder;
                if (folder && !folder->empty())
                    moves[*folder].push_back(uids[i]);
                else
                    seen.push_back(uids[i]);
            }
            for (const auto &[folder, set] : moves)
                imap.move(set, folder);
            imap.markSeen(seen);
            imap.logout();
        } else {
            auto pop3 = openPop3(*mailbox);
            connected = true;
            Poco::Net::POP3ClientSession::MessageInfoVec messages;
            pop3->listMessages(messages);
            {
                ParallelInterpreter interpreter(m_inbound, kInterpreterThreads);
                try {
                    for (const auto &info : messages) {
                        std::ostringstream out;
                        pop3->retrieveMessage(info.id, out);
                        auto raw = out.str();
                        auto stored = storeRaw(raw);
                        references.push_back("message " + std::to_string(info.id));
                        interpreter.add(stored, conversationOf(raw));
                    }
                } catch (...) {
                    results = interpreter.finish();
                    throw;
                }
                results = interpreter.finish();
            }
            // Stored raw is safe: deleting is the mailbox's rule, failed messages included.
            if (mailbox->pop3Delete)
                for (const auto &info : messages)
                    pop3->deleteMessage(info.id);
            pop3->close();
        }
    } catch (const Poco::Exception &e) {
        log.error = e.displayText();  // what() would be only the class name
    } catch (const std::exception &e) {
        log.error = e.what();
    }
    for (std::size_t i = 0; i < results.size(); ++i)
        log.record(references[i], results[i]);

    auto run = m_pool.write([&](db::Tx &tx) {
        bool connectionFailed = !connected && !log.error.empty();
        auto updated = tx.raw().exec_params1(
            "UPDATE mailboxes SET last_polled_at = now(), updated_at = now(),"
            " consecutive_failures = CASE WHEN $2 THEN consecutive_failures + 1 ELSE 0 END,"
            " enabled = CASE WHEN $2 AND disable_after_failures > 0 AND consecutive_failures + 1 >= disable_after_failures"
            "   THEN false ELSE enabled END,"
            " disabled_reason = CASE WHEN $2 AND enabled AND disable_after_failures > 0"
            "   AND consecutive_failures + 1 >= disable_after_failures"
            "   THEN 'disabled after ' || (consecutive_failures + 1) || ' failed connections in a row; last error: ' || $3"
            "   ELSE disabled_reason END"
            " WHERE id = $1 RETURNING enabled, consecutive_failures, disabled_reason",
            mailboxId, connectionFailed, log.error);
        tx.raw().exec_params(
            "UPDATE mailbox_runs SET finished_at = now(), fetched = $2, created = $3, appended = $4, failed = $5,"
            " error = $6, details = $7::jsonb WHERE id = $1",
            runId, log.fetched, log.created, log.appended, log.failed,
            log.error.empty() ? std::optional<std::string>() : std::optional<std::string>(log.error),
            [&] {
                std::ostringstream text;
                log.details->stringify(text);
                return text.str();
            }());
        auto out = protocol::newObject();
        out->set("run_id", runId);
        out->set("mailbox_id", mailboxId);
        out->set("fetched", log.fetched);
        out->set("created", log.created);
        out->set("appended", log.appended);
        out->set("failed", log.failed);
        protocol::setOptional(out, "error", log.error.empty() ? std::optional<std::string>() : std::optional<std::string>(log.error));
        out->set("details", log.details);
        out->set("enabled", updated[0].as<bool>());
        out->set("consecutive_failures", updated[1].as<int>());
        protocol::setOptional(out, "disabled_reason", db::optString(updated[2]));
        return out;
    });
    {
        pqxx::nontransaction tx(lockConnection);
        tx.exec_params("SELECT pg_advisory_unlock($1)", kPollLockBase + mailboxId);
    }
    if (!log.error.empty())
        logger().warning("mailbox %s: %s", mailbox->name, log.error);
    else
        logger().information("mailbox %s: fetched %d, created %d, appended %d, failed %d", mailbox->name, log.fetched,
                             log.created, log.appended, log.failed);
    return run;
}

void MailboxPoller::schedule()
{
    m_pool.write([&](db::Tx &tx) {
        tx.raw().exec("SELECT pg_advisory_xact_lock(" + std::to_string(kScheduleLock) + ")");
        auto due = tx.raw().exec(
            "SELECT m.id, greatest(0, extract(epoch FROM (coalesce(m.last_polled_at, '-infinity'::timestamptz)"
            "   + make_interval(mins => m.poll_interval_minutes) - now())))::int"
            " FROM mailboxes m WHERE m.enabled AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.queue = 'mail.poll'"
            "   AND j.state IN ('pending', 'running') AND (j.payload->>'mailbox_id')::bigint = m.id)");
        for (const auto &row : due) {
            auto payload = protocol::newObject();
            payload->set("mailbox_id", row[0].as<std::int64_t>());
            db::JobRepository::enqueue(tx, "mail.poll", payload, row[1].as<int>(), 1);
        }
    });
}

void MailboxPoller::registerJobs(jobs::JobQueue &queue)
{
    queue.registerHandler("mail.poll", [this](const db::Job &job) { poll(job.payload->getValue<std::int64_t>("mailbox_id")); });
}

} // namespace helpdesk::mail
