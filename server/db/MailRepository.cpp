#include "db/MailRepository.h"

#include <algorithm>
#include <limits>

namespace helpdesk::db {

namespace {
const Statement kStoreInbound{
    "inbound_store",
    "WITH ins AS (INSERT INTO inbound_messages (sha256, raw, size, source, mailbox_id, envelope_recipient)"
    " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (sha256) DO NOTHING RETURNING id)"
    " SELECT id, true FROM ins UNION ALL SELECT id, false FROM inbound_messages WHERE sha256 = $1"
    " AND NOT EXISTS (SELECT 1 FROM ins)"};
// Our statement's snapshot cannot see a row committed by a transaction it waited for on the
// unique key (two deliveries of one message at once): the next statement can.
const Statement kInboundIdBySha{"inbound_id_by_sha", "SELECT id FROM inbound_messages WHERE sha256 = $1"};
const Statement kRefuseInbound{
    "inbound_refuse", "WITH ins AS (INSERT INTO inbound_messages (sha256, raw, size, source, mailbox_id, "
                      "envelope_recipient, state, error,"
                      " headers, processed_at) VALUES ($1, $2, $3, $4, $5, $6, 'refused', $7, $8, now())"
                      " ON CONFLICT (sha256) DO NOTHING RETURNING id)"
                      " SELECT id, true FROM ins UNION ALL SELECT id, false FROM inbound_messages WHERE sha256 = $1"
                      " AND NOT EXISTS (SELECT 1 FROM ins)"};
// A pending message whose interpretation job kept killing its worker reads as 'quarantined' (with
// the job's reason): nobody interprets it again until an admin retries the job.
#define HELPDESK_INBOUND_STATE                                                                                         \
    "CASE WHEN m.state = 'pending' AND EXISTS (SELECT 1 FROM jobs j WHERE j.dedupe_key = 'mail.inbound:' || m.id"      \
    " AND j.state = 'quarantined') THEN 'quarantined' ELSE m.state END"
const Statement kInbound{"inbound_get",
                         "SELECT id, raw, source, mailbox_id, envelope_recipient, " HELPDESK_INBOUND_STATE
                         " FROM inbound_messages m"
                         " WHERE id = $1"};
const Statement kInboundLock{"inbound_get_lock",
                             "SELECT id, raw, source, mailbox_id, envelope_recipient, " HELPDESK_INBOUND_STATE
                             " FROM inbound_messages m"
                             " WHERE id = $1 FOR UPDATE OF m"};
#undef HELPDESK_INBOUND_STATE
const Statement kFinishInbound{
    "inbound_finish",
    "UPDATE inbound_messages SET state = $2, error = $3, ticket_id = $4, article_id = $5, message_id = $6,"
    " processed_at = now() WHERE id = $1"};
// With its interpretation job: a quarantined one shows with its reason and id (to retry it).
const Statement kListInbound{
    "inbound_list",
    "SELECT json_build_object('id', m.id, 'sha256', m.sha256, 'size', m.size, 'source', m.source,"
    " 'mailbox_id', m.mailbox_id, 'state', s.state,"
    " 'error', coalesce(m.error, CASE WHEN s.state = 'quarantined' THEN j.last_error END),"
    " 'message_id', m.message_id, 'ticket_id', m.ticket_id, 'article_id', m.article_id,"
    " 'received_at', m.received_at, 'processed_at', m.processed_at, 'headers', m.headers,"
    " 'job_id', j.id, 'attempts', j.attempts)::text"
    " FROM inbound_messages m LEFT JOIN jobs j ON j.dedupe_key = 'mail.inbound:' || m.id,"
    " LATERAL (SELECT CASE WHEN m.state = 'pending' AND j.state = 'quarantined' THEN 'quarantined'"
    "                      ELSE m.state END AS state) s"
    " WHERE ($1::text IS NULL OR (s.state = $1 AND m.state = CASE WHEN $1 = 'quarantined' THEN 'pending' ELSE $1 END))"
    "   AND ($3::bigint IS NULL OR m.mailbox_id = $3)"
    " ORDER BY m.id DESC LIMIT $2"};
const Statement kInsertOutbound{
    "outbound_insert",
    "INSERT INTO outbound_mail (kind, ticket_id, article_id, mail_from, recipients, cc, subject, body_text, body_html,"
    " message_id, in_reply_to, references_, auto_submitted)"
    " VALUES ($1, $2, $3, $4, $5::text[], $6::text[], $7, $8, $9, $10, $11, $12, $13) RETURNING id"};
const Statement kOutbound{
    "outbound_get",
    "SELECT id, kind, ticket_id, article_id, mail_from, array_to_json(recipients)::text, array_to_json(cc)::text,"
    " subject, body_text, body_html, message_id, in_reply_to, references_, auto_submitted, state, attempts"
    " FROM outbound_mail WHERE id = $1"};
const Statement kMarkOutbound{"outbound_mark",
                              "UPDATE outbound_mail SET state = $2, last_error = $3, attempts = attempts + 1,"
                              " sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END WHERE id = $1"};
const Statement kTicketOfOutbound{
    "outbound_ticket_of",
    "SELECT ticket_id FROM outbound_mail WHERE message_id = $1 AND ticket_id IS NOT NULL LIMIT 1"};
const Statement kOutboundOfTicket{
    "outbound_of_ticket",
    "SELECT json_build_object('id', id, 'kind', kind, 'article_id', article_id, 'recipients', recipients,"
    " 'subject', subject, 'state', state, 'attempts', attempts, 'last_error', last_error, 'message_id', message_id,"
    " 'created_at', created_at, 'sent_at', sent_at)::text FROM outbound_mail WHERE ticket_id = $1 ORDER BY id"};
const Statement kTicketOfArticle{"articles_ticket_of_message_id",
                                 "SELECT ticket_id FROM articles WHERE message_id = $1 ORDER BY id LIMIT 1"};
const Statement kGroupOfAddress{"group_of_address", "SELECT a.group_id FROM group_addresses a JOIN groups g ON g.id = "
                                                    "a.group_id WHERE a.address = lower($1) AND g.active"};
const Statement kFirstAddress{"group_first_address",
                              "SELECT address FROM group_addresses WHERE group_id = $1 ORDER BY address LIMIT 1"};
// Whole addresses, not substrings ("bob@corp.co" is not "bob@corp.com"): the address lists lose
// their quoted display names and comments (which may look like addresses), then each addr-spec
// left is compared.
const Statement kParticipant{"ticket_participant",
                             R"sql(SELECT 1 FROM articles a, LATERAL regexp_matches(
         regexp_replace(regexp_replace(a.from_addr || ',' || a.to_addr || ',' || a.cc_addr,
                                       '"(\\.|[^"\\])*"', ' ', 'g'), '\([^()]*\)', ' ', 'g'),
         '[^\s<>,;:"()]+@[^\s<>,;:"()]+', 'g') AS m(address)
       WHERE a.ticket_id = $1 AND lower(m.address[1]) = lower($2) LIMIT 1)sql"};
const Statement kGroupAgents{
    "group_agent_addresses",
    "SELECT u.email FROM group_members m JOIN users u ON u.id = m.user_id"
    " WHERE m.group_id = $1 AND m.access = 'full' AND u.active AND NOT user_is_away(u.absent, u.absent_until)"
    " AND u.role <> 'customer'"
    " ORDER BY u.email"};
const Statement kWatchers{
    "ticket_watcher_addresses",
    "SELECT u.email FROM ticket_watchers w JOIN users u ON u.id = w.user_id WHERE w.ticket_id = $1 AND u.active"};
const Statement kAutoReplies{
    "auto_replies_last_hour",
    "SELECT count(*) FROM auto_reply_log WHERE recipient = lower($1) AND sent_at > now() - interval '1 hour'"};
const Statement kRecordAutoReply{"auto_reply_record", "INSERT INTO auto_reply_log (recipient) VALUES (lower($1))"};
const Statement kMarkFailing{
    "users_mark_failing",
    "UPDATE users SET email_failing = true, email_failure = $2, updated_at = now() WHERE lower(email) = lower($1)"};
const Statement kSetting{"settings_get", "SELECT value::text FROM settings WHERE key = $1"};
const Statement kPutSetting{
    "settings_put",
    "INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = excluded.value"};
const Statement kPutSettingIfMissing{
    "settings_put_if_missing", "INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING"};

std::vector<std::string> jsonStrings(const char *text)
{
    std::vector<std::string> out;
    auto array = protocol::parseJsonObject(std::string("{\"a\":") + text + "}")->getArray("a");
    for (unsigned i = 0; array && i < array->size(); ++i)
        out.push_back(array->getElement<std::string>(i));
    return out;
}
} // namespace

std::pair<std::int64_t, bool> MailRepository::storeInbound(Tx &tx, const std::string &sha256, const std::string &raw,
                                                           const std::string &source,
                                                           std::optional<std::int64_t> mailboxId,
                                                           const std::optional<std::string> &envelopeRecipient)
{
    auto result = tx.exec(kStoreInbound, sha256, pqxx::binarystring(raw), static_cast<std::int64_t>(raw.size()), source,
                          mailboxId, envelopeRecipient);
    if (result.empty())
        return {tx.exec1(kInboundIdBySha, sha256)[0].as<std::int64_t>(), false};
    return {result[0][0].as<std::int64_t>(), result[0][1].as<bool>()};
}

std::pair<std::int64_t, bool> MailRepository::refuseInbound(Tx &tx, const std::string &key, const std::string &headers,
                                                            const std::string &headersText, std::int64_t size,
                                                            const std::string &source,
                                                            std::optional<std::int64_t> mailboxId,
                                                            const std::optional<std::string> &envelopeRecipient,
                                                            const std::string &reason)
{
    auto result = tx.exec(kRefuseInbound, key, pqxx::binarystring(headers),
                          std::min<std::int64_t>(size, std::numeric_limits<std::int32_t>::max()), source, mailboxId,
                          envelopeRecipient, reason, headersText);
    if (result.empty())
        return {tx.exec1(kInboundIdBySha, key)[0].as<std::int64_t>(), false};
    return {result[0][0].as<std::int64_t>(), result[0][1].as<bool>()};
}

std::optional<InboundMessage> MailRepository::inbound(Tx &tx, std::int64_t id, bool lock)
{
    auto result = tx.exec(lock ? kInboundLock : kInbound, id);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    InboundMessage m;
    m.id = row[0].as<std::int64_t>();
    m.raw = pqxx::binarystring(row[1]).str();
    m.source = row[2].c_str();
    m.mailboxId = optInt(row[3]);
    m.envelopeRecipient = optString(row[4]);
    m.state = row[5].c_str();
    return m;
}

void MailRepository::finishInbound(Tx &tx, std::int64_t id, const std::string &state,
                                   const std::optional<std::string> &error, std::optional<std::int64_t> ticketId,
                                   std::optional<std::int64_t> articleId, const std::optional<std::string> &messageId)
{
    tx.exec(kFinishInbound, id, state, error, ticketId, articleId, messageId);
}

protocol::JsonArray MailRepository::listInbound(Tx &tx, const std::optional<std::string> &state,
                                                std::optional<std::int64_t> mailboxId, int limit)
{
    auto out = protocol::newArray();
    for (const auto &row : tx.exec(kListInbound, state, limit, mailboxId))
        out->add(protocol::parseJsonObject(row[0].c_str()));
    return out;
}

std::int64_t MailRepository::insertOutbound(Tx &tx, const OutboundMail &m)
{
    return tx
        .exec1(kInsertOutbound, m.kind, m.ticketId, m.articleId, m.mailFrom, textArrayLiteral(m.recipients),
               textArrayLiteral(m.cc), m.subject, m.bodyText, m.bodyHtml, m.messageId, m.inReplyTo, m.references,
               m.autoSubmitted)[0]
        .as<std::int64_t>();
}

std::optional<OutboundMail> MailRepository::outbound(Tx &tx, std::int64_t id)
{
    auto result = tx.exec(kOutbound, id);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    OutboundMail m;
    m.id = row[0].as<std::int64_t>();
    m.kind = row[1].c_str();
    m.ticketId = optInt(row[2]);
    m.articleId = optInt(row[3]);
    m.mailFrom = row[4].c_str();
    m.recipients = jsonStrings(row[5].c_str());
    m.cc = jsonStrings(row[6].c_str());
    m.subject = row[7].c_str();
    m.bodyText = row[8].c_str();
    m.bodyHtml = optString(row[9]);
    m.messageId = row[10].c_str();
    m.inReplyTo = optString(row[11]);
    m.references = row[12].c_str();
    m.autoSubmitted = optString(row[13]);
    m.state = row[14].c_str();
    m.attempts = row[15].as<int>();
    return m;
}

void MailRepository::markOutbound(Tx &tx, std::int64_t id, const std::string &state,
                                  const std::optional<std::string> &error)
{
    tx.exec(kMarkOutbound, id, state, error);
}

std::optional<std::int64_t> MailRepository::ticketOfOutboundMessageId(Tx &tx, const std::string &messageId)
{
    auto result = tx.exec(kTicketOfOutbound, messageId);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

protocol::JsonArray MailRepository::outboundOfTicket(Tx &tx, std::int64_t ticketId)
{
    auto out = protocol::newArray();
    for (const auto &row : tx.exec(kOutboundOfTicket, ticketId))
        out->add(protocol::parseJsonObject(row[0].c_str()));
    return out;
}

std::optional<std::int64_t> MailRepository::ticketOfArticleMessageId(Tx &tx, const std::string &messageId)
{
    auto result = tx.exec(kTicketOfArticle, messageId);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

std::optional<std::int64_t> MailRepository::groupOfAddress(Tx &tx, const std::string &address)
{
    auto result = tx.exec(kGroupOfAddress, address);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

std::optional<std::string> MailRepository::firstAddressOfGroup(Tx &tx, std::int64_t groupId)
{
    auto result = tx.exec(kFirstAddress, groupId);
    if (result.empty())
        return std::nullopt;
    return std::string(result[0][0].c_str());
}

bool MailRepository::isParticipant(Tx &tx, std::int64_t ticketId, const std::string &address)
{
    return !tx.exec(kParticipant, ticketId, address).empty();
}

std::vector<std::string> MailRepository::groupAgentAddresses(Tx &tx, std::int64_t groupId)
{
    std::vector<std::string> out;
    for (const auto &row : tx.exec(kGroupAgents, groupId))
        out.emplace_back(row[0].c_str());
    return out;
}

std::vector<std::string> MailRepository::watcherAddresses(Tx &tx, std::int64_t ticketId)
{
    std::vector<std::string> out;
    for (const auto &row : tx.exec(kWatchers, ticketId))
        out.emplace_back(row[0].c_str());
    return out;
}

int MailRepository::autoRepliesLastHour(Tx &tx, const std::string &recipient)
{
    return tx.exec1(kAutoReplies, recipient)[0].as<int>();
}

void MailRepository::recordAutoReply(Tx &tx, const std::string &recipient)
{
    tx.exec(kRecordAutoReply, recipient);
}

void MailRepository::markAddressFailing(Tx &tx, const std::string &address, const std::string &reason)
{
    tx.exec(kMarkFailing, address, reason);
}

protocol::JsonObject MailRepository::setting(Tx &tx, const std::string &key)
{
    auto result = tx.exec(kSetting, key);
    if (result.empty())
        return nullptr;
    return protocol::parseJsonObject(result[0][0].c_str());
}

void MailRepository::putSetting(Tx &tx, const std::string &key, const protocol::JsonObject &value)
{
    tx.exec(kPutSetting, key, protocol::toJsonText(value));
}

void MailRepository::putSettingIfMissing(Tx &tx, const std::string &key, const protocol::JsonObject &value)
{
    tx.exec(kPutSettingIfMissing, key, protocol::toJsonText(value));
}

} // namespace helpdesk::db
