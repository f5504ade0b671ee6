#include "db/MailDefenceRepository.h"

namespace helpdesk::db {

namespace {
const Statement kRecipientsOfSent{
    "defence_recipients_of_sent",
    "SELECT array(SELECT lower(r) FROM unnest(recipients || cc) AS r) FROM outbound_mail WHERE message_id = $1"};
const Statement kClearFailing{"defence_clear_failing",
                              "UPDATE users SET email_failing = false, email_failure = NULL, updated_at = now()"
                              " WHERE lower(email) = lower($1) AND email_failing RETURNING id"};
const Statement kMarkOpened{"defence_mark_opened", "UPDATE inbound_messages SET opened_ticket = true WHERE id = $1"};
const Statement kOpenedBySender{
    "defence_opened_by_sender",
    "SELECT count(*) FROM inbound_messages m JOIN tickets t ON t.id = m.ticket_id"
    " WHERE m.opened_ticket AND m.processed_at > now() - interval '1 hour' AND t.customer_id = $1"};
const Statement kOpenedInGroup{
    "defence_opened_in_group",
    "SELECT count(*) FROM inbound_messages m JOIN tickets t ON t.id = m.ticket_id"
    " WHERE m.opened_ticket AND m.processed_at > now() - interval '1 hour' AND t.group_id = $1"};
const Statement kIsReleased{"defence_is_released",
                            "SELECT released_by IS NOT NULL FROM inbound_messages WHERE id = $1"};
const Statement kRelease{"defence_release",
                         "UPDATE inbound_messages SET state = 'pending', error = NULL, released_by = $2,"
                         " processed_at = NULL WHERE id = $1 AND state = 'held' RETURNING id"};
const Statement kDiscard{"defence_discard",
                         "UPDATE inbound_messages SET state = 'ignored', error = $2, processed_at = now()"
                         " WHERE id = $1 AND state = 'held' RETURNING id"};
} // namespace

std::optional<std::vector<std::string>> MailDefenceRepository::recipientsOfSent(Tx &tx, const std::string &messageId)
{
    auto result = tx.exec(kRecipientsOfSent, messageId);
    if (result.empty())
        return std::nullopt;
    return textArray(result[0][0]);
}

bool MailDefenceRepository::clearAddressFailing(Tx &tx, const std::string &address)
{
    return !tx.exec(kClearFailing, address).empty();
}

void MailDefenceRepository::markOpenedTicket(Tx &tx, std::int64_t inboundId)
{
    tx.exec(kMarkOpened, inboundId);
}

int MailDefenceRepository::ticketsOpenedBySenderLastHour(Tx &tx, std::int64_t customerId)
{
    return tx.exec1(kOpenedBySender, customerId)[0].as<int>();
}

int MailDefenceRepository::ticketsOpenedInGroupLastHour(Tx &tx, std::int64_t groupId)
{
    return tx.exec1(kOpenedInGroup, groupId)[0].as<int>();
}

bool MailDefenceRepository::isReleased(Tx &tx, std::int64_t inboundId)
{
    auto result = tx.exec(kIsReleased, inboundId);
    return !result.empty() && result[0][0].as<bool>();
}

bool MailDefenceRepository::release(Tx &tx, std::int64_t inboundId, std::int64_t adminId)
{
    return !tx.exec(kRelease, inboundId, adminId).empty();
}

bool MailDefenceRepository::discard(Tx &tx, std::int64_t inboundId, const std::string &reason)
{
    return !tx.exec(kDiscard, inboundId, reason).empty();
}

} // namespace helpdesk::db
