#include "db/MailboxRepository.h"

namespace helpdesk::db {

namespace {
const Statement kRules{"mailboxes_rules",
    "SELECT group_id, acting_user_id, allow_unknown_senders, keep_eml, open_state_id, open_priority_id,"
    " reply_state_id, reply_priority_id FROM mailboxes WHERE id = $1"};
} // namespace

std::optional<MailboxRules> MailboxRepository::rules(Tx &tx, std::int64_t mailboxId)
{
    auto result = tx.exec(kRules, mailboxId);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    MailboxRules rules;
    rules.groupId = optInt(row[0]);
    rules.actingUserId = optInt(row[1]);
    rules.allowUnknownSenders = row[2].as<bool>();
    rules.keepEml = row[3].as<bool>();
    rules.openStateId = optInt(row[4]);
    rules.openPriorityId = optInt(row[5]);
    rules.replyStateId = optInt(row[6]);
    rules.replyPriorityId = optInt(row[7]);
    return rules;
}

} // namespace helpdesk::db
