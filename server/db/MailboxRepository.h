#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace helpdesk::db {

/// How mail taken from one mailbox becomes tickets.
struct MailboxRules {
    std::optional<std::int64_t> groupId;
    std::optional<std::int64_t> actingUserId;
    bool allowUnknownSenders = true;
    bool keepEml = false;
    std::optional<std::int64_t> openStateId, openPriorityId, replyStateId, replyPriorityId;
};

/// Where and how to fetch a mailbox's mail; the password as stored.
struct MailboxConnection {
    std::int64_t id = 0;
    std::string name, protocol, host, security, username, storedPassword, folder;
    int port = 0;
    bool enabled = false;
    bool pop3Delete = false;
    bool tlsVerify = true;
    std::optional<std::string> processedFolder, errorFolder;
    int disableAfter = 10;
    int failures = 0;
};

/// The mailbox's state after a poll was counted.
struct MailboxHealth {
    bool enabled = true;
    int consecutiveFailures = 0;
    std::optional<std::string> disabledReason;
};

/// What one poll did, for the run log.
struct MailboxRunCounts {
    int fetched = 0, created = 0, appended = 0, failed = 0;
    std::optional<std::string> error;
    std::string detailsJson = "[]";
};

/// A mailbox whose next poll is due, and in how many seconds.
struct DuePoll {
    std::int64_t mailboxId = 0;
    int delaySeconds = 0;
};

/// SQL for the mailboxes polled over IMAP or POP3 and their run log. Any thread.
class MailboxRepository
{
public:
    /// The intake rules of a mailbox; nullopt when there is no such mailbox.
    static std::optional<MailboxRules> rules(Tx &tx, std::int64_t mailboxId);
    /// How to reach a mailbox; nullopt when there is no such mailbox.
    static std::optional<MailboxConnection> connection(Tx &tx, std::int64_t mailboxId);
    /// Every mailbox as the admin API shows it (no password, only password_set), by id.
    static protocol::JsonArray list(Tx &tx);
    /// One mailbox as list() shows it; nullptr when missing.
    static protocol::JsonObject get(Tx &tx, std::int64_t mailboxId);
    /// Inserts a mailbox from `values` ({column: value}); `columns` are the keys to store, in order,
    /// and must be column names of mailboxes (the caller's fixed list). Returns the id.
    static std::int64_t insert(Tx &tx, const std::vector<std::string> &columns, const protocol::JsonObject &values);
    /// Updates those columns (and clears the failure count and reason when `clearFailures`);
    /// false when there is no such mailbox.
    static bool update(Tx &tx, std::int64_t mailboxId, const std::vector<std::string> &columns, bool clearFailures,
                       const protocol::JsonObject &values);
    /// The newest run log entries of a mailbox, newest first.
    static protocol::JsonArray runs(Tx &tx, std::int64_t mailboxId, int limit);
    /// Opens a run log entry; returns its id.
    static std::int64_t startRun(Tx &tx, std::int64_t mailboxId);
    /// Closes a run log entry.
    static void finishRun(Tx &tx, std::int64_t runId, const MailboxRunCounts &counts);
    /// Counts a poll: a connection failure adds to the failures in a row and disables the mailbox
    /// at its limit (with the error as the reason); a connection that worked resets the count.
    static MailboxHealth recordPoll(Tx &tx, std::int64_t mailboxId, bool connectionFailed, const std::string &error);
    /// Enabled mailboxes without a poll job pending or running, with the delay until they are due.
    static std::vector<DuePoll> duePolls(Tx &tx);
    /// Waits for the transaction-scoped advisory lock `key` (held until commit).
    static void lockTransaction(Tx &tx, long long key);
};

} // namespace helpdesk::db
