#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>

namespace helpdesk::db {

/// How mail taken from one mailbox becomes tickets.
struct MailboxRules {
    std::optional<std::int64_t> groupId;
    std::optional<std::int64_t> actingUserId;
    bool allowUnknownSenders = true;
    bool keepEml = false;
    std::optional<std::int64_t> openStateId, openPriorityId, replyStateId, replyPriorityId;
};

/// SQL for the mailboxes polled over IMAP or POP3 and their run log. Any thread.
class MailboxRepository
{
public:
    /// The intake rules of a mailbox; nullopt when there is no such mailbox.
    static std::optional<MailboxRules> rules(Tx &tx, std::int64_t mailboxId);
};

} // namespace helpdesk::db
