#include "mail/MailboxPoller.h"

#include "db/JobRepository.h"
#include "db/MailboxRepository.h"
#include "db/MailboxSyncRepository.h"
#include "db/SessionLock.h"
#include "domain/MailSettings.h"
#include "domain/Secrets.h"
#include "jobs/JobQueue.h"
#include "mail/ImapClient.h"
#include "mail/MailParser.h"
#include "mail/OversizedMail.h"
#include "mail/TlsContext.h"

#include <Poco/Logger.h>
#include <Poco/Net/DialogSocket.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/POP3ClientSession.h>
#include <Poco/Net/SecureStreamSocket.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <sstream>
#include <streambuf>
#include <thread>

namespace helpdesk::mail {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.mail");
}

constexpr long long kPollLockBase = 0x4d424f58LL << 20; // "MBOX": advisory locks per mailbox
constexpr long long kScheduleLock = 0x4d424f58LL;
constexpr int kInterpreterThreads = 3; // per poll; each holds a database connection while it works

struct Mailbox : db::MailboxConnection {
    // A password sealed under a key this instance lacks throws SecretError where it would be sent:
    // the poll fails (logged in the run, counted towards disabling) saying why.
    domain::secrets::OpenedSecret password;
};

std::optional<Mailbox> loadMailbox(db::Tx &tx, std::int64_t id)
{
    auto stored = db::MailboxRepository::connection(tx, id);
    if (!stored)
        return std::nullopt;
    return Mailbox{*stored, domain::secrets::OpenedSecret::fromStored(stored->storedPassword)};
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
            pop3 =
                std::make_unique<Poco::Net::POP3ClientSession>(mailbox.host, static_cast<Poco::UInt16>(mailbox.port));
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
        throw MailboxError("cannot log in to POP3 " + mailbox.host + ":" + std::to_string(mailbox.port) + ": " +
                           e.displayText());
    }
}

struct RunLog {
    int fetched = 0, created = 0, appended = 0, failed = 0;
    std::string error;
    protocol::JsonArray details = protocol::newArray();

    /// `alreadyStored`: a copy of a message taken before (fetched again after a failed poll or a
    /// UIDVALIDITY change); it is the same entry and counts only as fetched.
    void record(const std::string &reference, const InboundResult &result, bool alreadyStored)
    {
        ++fetched;
        if (!alreadyStored && result.state == "processed")
            ++(result.createdTicket ? created : appended);
        else if (!alreadyStored &&
                 (result.state == "failed" || result.state == "rejected" || result.state == "refused"))
            ++failed;
        auto d = protocol::newObject();
        d->set("message", reference);
        d->set("inbound_id", result.inboundId);
        d->set("state", result.state);
        protocol::setOptional(d, "ticket_id", result.ticketId);
        if (alreadyStored)
            d->set("already_stored", true);
        if (!result.error.empty())
            d->set("error", result.error);
        details->add(d);
    }
};

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
        return {}; // fails again in interpretation, where the error is recorded
    }
}

/// Interprets stored messages on a few threads while the poll goes on fetching: a poll is bound
/// by round trips to the mail server and the database, not by CPU (measured: a third of both
/// cores idle with one thread). A message whose interpretation hits an error (database gone)
/// stays "pending": its queued job retries it and the mailbox keeps it for the next poll.
class ParallelInterpreter
{
public:
    ParallelInterpreter(InboundProcessor &inbound, jobs::JobQueue *jobs, int threads)
        : m_inbound(inbound), m_jobs(jobs), m_queues(static_cast<std::size_t>(threads))
    {
        for (std::size_t i = 0; i < m_queues.size(); ++i)
            m_threads.emplace_back([this, i] { work(i); });
    }

    ~ParallelInterpreter() { finish(); }

    /// Queues a stored message of a conversation; results keep the order of add().
    void add(const InboundResult &stored, const std::string &conversation)
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
            result.inboundId = inboundId;
            result.state = "pending"; // unless interpreted here: another worker has it, or it is quarantined
            try {
                // A counted attempt of the message's job: a message that kills the process is
                // quarantined after a few deaths instead of being fetched and retried forever.
                auto interpret = [&] { result = m_inbound.process(inboundId); };
                if (m_jobs)
                    m_jobs->runNow(InboundProcessor::jobKey(inboundId), interpret);
                else
                    interpret();
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
    jobs::JobQueue *m_jobs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<std::deque<std::size_t>> m_queues; // one per thread, by conversation
    std::vector<InboundResult> m_results;
    bool m_done = false;
    std::vector<std::thread> m_threads;
};

/// Takes one message into the pipeline for a poll: stored raw (committed before the mailbox is
/// told anything), or refused with only its headers when it is over the size limit.
struct Intake {
    db::ConnectionPool &pool;
    InboundProcessor &inbound;
    InboundOrigin origin;
    std::int64_t sizeLimit = 0;
    jobs::JobQueue *jobs = nullptr;

    /// The queued job only runs if this poll dies: interpretation runs beside the fetching.
    InboundResult store(const std::string &raw) { return inbound.store(raw, origin, 60); }
    InboundResult refuse(const std::string &headers, std::int64_t size)
    {
        return pool.write([&](db::Tx &tx) { return OversizedMail::refuse(tx, headers, size, sizeLimit, origin); });
    }
};

/// What a poll took, in order; kept when the poll fails half-way, so the run log tells all.
struct Taken {
    std::vector<std::string> references;
    std::vector<bool> alreadyStored;
    std::vector<InboundResult> results;
    std::vector<std::string> notes;

    /// Hands a stored (or refused) message to the interpreter and remembers it for the log.
    void add(ParallelInterpreter &interpreter, const std::string &reference, const InboundResult &result,
             const std::string &conversation)
    {
        references.push_back(reference);
        // Right after storing, a new message is always pending (or refused): a final state
        // means the very same bytes were stored before.
        alreadyStored.push_back(result.state != "pending" && result.state != "refused");
        interpreter.add(result, conversation);
    }
};

/// Keeps the first bytes written to it and drops the rest: reads an oversized POP3 message to its
/// end (POP3 has no partial fetch but TOP, whose answer Poco only hands over parsed) without holding it.
class HeadKeepingBuffer : public std::streambuf
{
public:
    explicit HeadKeepingBuffer(std::size_t keep) : m_keep(keep) {}
    const std::string &head() const { return m_head; }

protected:
    int_type overflow(int_type c) override
    {
        if (c != traits_type::eof() && m_head.size() < m_keep)
            m_head.push_back(static_cast<char>(c));
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char *s, std::streamsize n) override
    {
        auto room = m_keep - m_head.size();
        m_head.append(s, std::min(room, static_cast<std::size_t>(n)));
        return n;
    }

private:
    std::size_t m_keep;
    std::string m_head;
};

std::string folderKeyOf(const Mailbox &m)
{
    return m.host + ":" + std::to_string(m.port) + "/" + m.username + "/" + m.folder;
}

/// Where a message goes once interpreted: the processed or error folder; nothing (flag it seen).
std::optional<std::string> destinationOf(const Mailbox &mailbox, const std::string &state)
{
    const auto &folder = state == "processed" || state == "ignored" ? mailbox.processedFolder : mailbox.errorFolder;
    if (folder && !folder->empty())
        return folder;
    return std::nullopt;
}

/// One IMAP poll. UIDs, not the \Seen flag, decide what is new: another client reading the
/// mailbox must not make mail vanish. Every message above the cursor's last UID is taken;
/// messages still pending are remembered and moved (or flagged) by a later poll; a changed
/// UIDVALIDITY voids every UID known, so the folder is read again (stored mail comes back as the
/// same entry: content addressing, then the Message-ID check, keep it from counting twice).
void pollImap(const Mailbox &mailbox, Intake &intake, InboundProcessor &inbound, Taken &taken, bool &connected)
{
    auto &pool = intake.pool;
    ImapClient imap(mailbox.host, mailbox.port, mailbox.security, mailbox.tlsVerify);
    imap.login(mailbox.username, mailbox.password);
    connected = true;
    const auto status = imap.select(mailbox.folder);
    const std::int64_t validity = status.uidValidity;
    const auto key = folderKeyOf(mailbox);
    auto cursor = pool.read([&](db::Tx &tx) { return db::MailboxSyncRepository::imapCursor(tx, mailbox.id); });
    std::vector<std::uint32_t> uids;
    std::int64_t lastUid = 0;
    std::vector<db::UnsettledUid> unsettled;
    if (!cursor || cursor->folderKey != key) {
        // First contact with this folder: what people have already read there is theirs, what is
        // unread is ours; from here on UIDs decide.
        uids = imap.unseen();
        lastUid = status.uidNext > 0 ? status.uidNext - 1 : 0;
    } else if (cursor->uidValidity != validity) {
        uids = imap.uidsAbove(0);
        taken.notes.push_back("UIDVALIDITY of " + mailbox.folder + " changed from " +
                              std::to_string(cursor->uidValidity) + " to " + std::to_string(validity) +
                              ": the folder is read again");
    } else {
        uids = imap.uidsAbove(static_cast<std::uint32_t>(cursor->lastUid));
        lastUid = cursor->lastUid;
        unsettled =
            pool.read([&](db::Tx &tx) { return db::MailboxSyncRepository::unsettledUids(tx, mailbox.id, validity); });
    }
    auto sizes = imap.sizes(uids);
    {
        ParallelInterpreter interpreter(inbound, intake.jobs, kInterpreterThreads);
        try {
            for (auto uid : uids) {
                auto size = sizes.count(uid) ? sizes[uid] : 0;
                auto reference = "uid " + std::to_string(uid);
                if (size > intake.sizeLimit) {
                    taken.add(interpreter, reference, intake.refuse(imap.fetchHeader(uid), size), {});
                    continue;
                }
                auto raw = imap.fetch(uid);
                taken.add(interpreter, reference, intake.store(raw), conversationOf(raw));
            }
        } catch (...) {
            taken.results = interpreter.finish(); // what was stored is still interpreted and logged
            throw;
        }
        taken.results = interpreter.finish();
    }
    // Moves and flags in one command per folder; a message still pending waits for a later poll.
    std::map<std::string, std::vector<std::uint32_t>> moves;
    std::vector<std::uint32_t> seen;
    std::vector<std::pair<std::uint32_t, std::int64_t>> pending;
    std::vector<std::uint32_t> settled;
    auto place = [&](std::uint32_t uid, const std::string &state) {
        if (auto folder = destinationOf(mailbox, state))
            moves[*folder].push_back(uid);
        else
            seen.push_back(uid);
    };
    for (std::size_t i = 0; i < taken.results.size(); ++i) {
        if (taken.results[i].state == "pending")
            pending.emplace_back(uids[i], taken.results[i].inboundId);
        else
            place(uids[i], taken.results[i].state);
        lastUid = std::max<std::int64_t>(lastUid, uids[i]);
    }
    for (const auto &u : unsettled) {
        if (u.inboundState == "pending")
            continue;
        place(static_cast<std::uint32_t>(u.uid), u.inboundState);
        settled.push_back(static_cast<std::uint32_t>(u.uid));
    }
    for (const auto &[folder, set] : moves)
        imap.move(set, folder);
    imap.markSeen(seen);
    imap.logout();
    pool.write([&](db::Tx &tx) {
        db::MailboxSyncRepository::dropUnsettledOutside(tx, mailbox.id, validity);
        for (auto uid : settled)
            db::MailboxSyncRepository::settleUid(tx, mailbox.id, validity, uid);
        for (const auto &[uid, inboundId] : pending)
            db::MailboxSyncRepository::addUnsettledUid(tx, mailbox.id, validity, uid, inboundId);
        db::MailboxSyncRepository::saveImapCursor(tx, mailbox.id, {key, validity, lastUid});
    });
}

/// The UIDL of a POP3 message (RFC 1939 7), one short command each (Poco reads no multi-line
/// UIDL listing); "" when the server keeps none.
std::string uidlOf(Poco::Net::POP3ClientSession &pop3, int id)
{
    std::string response;
    if (!pop3.sendCommand("UIDL", std::to_string(id), response))
        return {};
    std::istringstream in(response); // "+OK 3 000000017aa6f3e2"
    std::string ok, number, uidl;
    in >> ok >> number >> uidl;
    return uidl;
}

/// One POP3 poll: messages whose UIDL was taken before are not fetched again; deleting (when the
/// mailbox says so) takes every stored message, failed ones included, but never a refused one,
/// which stays on the server with only its headers recorded.
void pollPop3(const Mailbox &mailbox, Intake &intake, InboundProcessor &inbound, Taken &taken, bool &connected)
{
    auto &pool = intake.pool;
    auto pop3 = openPop3(mailbox);
    connected = true;
    Poco::Net::POP3ClientSession::MessageInfoVec messages;
    pop3->listMessages(messages);
    auto known = pool.read([&](db::Tx &tx) { return db::MailboxSyncRepository::pop3Uidls(tx, mailbox.id); });
    std::vector<std::string> present;
    bool haveUidls = true;
    std::vector<std::pair<std::string, std::int64_t>> newlyTaken;
    std::vector<int> deletable;
    auto remember = [&] {
        pool.write([&](db::Tx &tx) {
            for (const auto &[uidl, inboundId] : newlyTaken)
                db::MailboxSyncRepository::recordPop3Uidl(tx, mailbox.id, uidl, inboundId);
        });
        newlyTaken.clear();
    };
    {
        ParallelInterpreter interpreter(inbound, intake.jobs, kInterpreterThreads);
        try {
            for (const auto &info : messages) {
                auto uidl = haveUidls ? uidlOf(*pop3, info.id) : std::string();
                haveUidls = !uidl.empty();
                if (haveUidls) {
                    present.push_back(uidl);
                    if (auto k = known.find(uidl); k != known.end()) {
                        if (!k->second.refused)
                            deletable.push_back(info.id);
                        continue;
                    }
                }
                InboundResult result;
                std::string conversation;
                if (info.size > intake.sizeLimit) {
                    HeadKeepingBuffer buffer(OversizedMail::kHeaderKeep);
                    std::ostream head(&buffer);
                    pop3->retrieveMessage(info.id, head);
                    result = intake.refuse(OversizedMail::headerBlock(buffer.head()), info.size);
                } else {
                    std::ostringstream out;
                    pop3->retrieveMessage(info.id, out);
                    auto raw = out.str();
                    result = intake.store(raw);
                    conversation = conversationOf(raw);
                }
                if (result.state != "refused")
                    deletable.push_back(info.id);
                if (haveUidls)
                    newlyTaken.emplace_back(uidl, result.inboundId);
                taken.add(interpreter, "message " + std::to_string(info.id), result, conversation);
            }
        } catch (...) {
            taken.results = interpreter.finish();
            try {
                remember();
            } catch (const std::exception &) {
                // the database is the trouble: the next poll fetches them again, stored once
            }
            throw;
        }
        taken.results = interpreter.finish();
    }
    remember();
    if (mailbox.pop3Delete)
        for (auto id : deletable)
            pop3->deleteMessage(id);
    pop3->close();
    if (haveUidls)
        pool.write([&](db::Tx &tx) { db::MailboxSyncRepository::prunePop3Uidls(tx, mailbox.id, present); });
}
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
    auto lock = db::SessionLock::tryAcquire(m_pool.conninfo(), kPollLockBase + mailboxId);
    if (!lock) {
        auto busy = protocol::newObject();
        busy->set("mailbox_id", mailboxId);
        busy->set("error", "another poll of this mailbox is running");
        return busy;
    }
    auto runId = m_pool.write([&](db::Tx &tx) { return db::MailboxRepository::startRun(tx, mailboxId); });
    RunLog log;
    bool connected = false;
    Intake intake{m_pool, m_inbound, {}, 0, m_jobs};
    intake.origin.source = mailbox->protocol;
    intake.origin.mailboxId = mailboxId;
    Taken taken;
    try {
        intake.sizeLimit = m_pool.read([](db::Tx &tx) { return domain::MailSettings::load(tx).maxMessageBytes; });
        if (mailbox->protocol == "imap")
            pollImap(*mailbox, intake, m_inbound, taken, connected);
        else
            pollPop3(*mailbox, intake, m_inbound, taken, connected);
    } catch (const Poco::Exception &e) {
        log.error = e.displayText(); // what() would be only the class name
    } catch (const std::exception &e) {
        log.error = e.what();
    }
    for (std::size_t i = 0; i < taken.results.size(); ++i)
        log.record(taken.references[i], taken.results[i], taken.alreadyStored[i]);
    for (const auto &note : taken.notes) {
        auto d = protocol::newObject();
        d->set("note", note);
        log.details->add(d);
        logger().information("mailbox %s: %s", mailbox->name, note);
    }

    auto run = m_pool.write([&](db::Tx &tx) {
        bool connectionFailed = !connected && !log.error.empty();
        auto health = db::MailboxRepository::recordPoll(tx, mailboxId, connectionFailed, log.error);
        db::MailboxRunCounts counts{log.fetched,
                                    log.created,
                                    log.appended,
                                    log.failed,
                                    log.error.empty() ? std::optional<std::string>()
                                                      : std::optional<std::string>(log.error),
                                    [&] {
                                        std::ostringstream text;
                                        log.details->stringify(text);
                                        return text.str();
                                    }()};
        db::MailboxRepository::finishRun(tx, runId, counts);
        auto out = protocol::newObject();
        out->set("run_id", runId);
        out->set("mailbox_id", mailboxId);
        out->set("fetched", log.fetched);
        out->set("created", log.created);
        out->set("appended", log.appended);
        out->set("failed", log.failed);
        protocol::setOptional(out, "error",
                              log.error.empty() ? std::optional<std::string>() : std::optional<std::string>(log.error));
        out->set("details", log.details);
        out->set("enabled", health.enabled);
        out->set("consecutive_failures", health.consecutiveFailures);
        protocol::setOptional(out, "disabled_reason", health.disabledReason);
        return out;
    });
    lock->release();
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
        db::MailboxRepository::lockTransaction(tx, kScheduleLock);
        for (const auto &due : db::MailboxRepository::duePolls(tx)) {
            auto payload = protocol::newObject();
            payload->set("mailbox_id", due.mailboxId);
            db::JobRepository::enqueue(tx, "mail.poll", payload, due.delaySeconds, 1);
        }
    });
}

void MailboxPoller::registerJobs(jobs::JobQueue &queue)
{
    m_jobs = &queue;
    queue.registerHandler("mail.poll",
                          [this](const db::Job &job) { poll(job.payload->getValue<std::int64_t>("mailbox_id")); });
}

} // namespace helpdesk::mail
