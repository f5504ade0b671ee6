#include "db/MailboxRepository.h"

namespace helpdesk::db {

namespace {
const Statement kRules{
    "mailboxes_rules",
    "SELECT group_id, acting_user_id, allow_unknown_senders, keep_eml, open_state_id, open_priority_id,"
    " reply_state_id, reply_priority_id FROM mailboxes WHERE id = $1"};
const Statement kConnection{
    "mailboxes_connection",
    "SELECT id, name, protocol, host, port, security, username, password, folder, enabled, pop3_delete,"
    " imap_processed_folder, imap_error_folder, disable_after_failures, consecutive_failures, tls_verify"
    " FROM mailboxes WHERE id = $1"};

#define MAILBOX_JSON                                                                                                   \
    "SELECT json_build_object('id', id, 'name', name, 'protocol', protocol, 'host', host, 'port', port,"               \
    " 'security', security, 'tls_verify', tls_verify, 'username', username, 'password_set', password <> '', "          \
    "'folder', folder,"                                                                                                \
    " 'enabled', enabled, 'poll_interval_minutes', poll_interval_minutes, 'allow_unknown_senders', "                   \
    "allow_unknown_senders,"                                                                                           \
    " 'keep_eml', keep_eml, 'acting_user_id', acting_user_id, 'group_id', group_id, 'open_state_id', open_state_id,"   \
    " 'open_priority_id', open_priority_id, 'reply_state_id', reply_state_id, 'reply_priority_id', reply_priority_id," \
    " 'pop3_delete', pop3_delete, 'imap_processed_folder', imap_processed_folder, 'imap_error_folder', "               \
    "imap_error_folder,"                                                                                               \
    " 'disable_after_failures', disable_after_failures, 'consecutive_failures', consecutive_failures,"                 \
    " 'disabled_reason', disabled_reason, 'last_polled_at', last_polled_at)::text FROM mailboxes"
const Statement kList{"mailboxes_list", MAILBOX_JSON " ORDER BY id"};
const Statement kGet{"mailboxes_get", MAILBOX_JSON " WHERE id = $1"};
const Statement kRuns{
    "mailbox_runs_list",
    "SELECT json_build_object('id', id, 'mailbox_id', mailbox_id, 'started_at', started_at, 'finished_at',"
    " finished_at, 'fetched', fetched, 'created', created, 'appended', appended, 'failed', failed, 'error', error,"
    " 'details', details)::text FROM mailbox_runs WHERE mailbox_id = $1 ORDER BY id DESC LIMIT $2"};
const Statement kStartRun{"mailbox_runs_start", "INSERT INTO mailbox_runs (mailbox_id) VALUES ($1) RETURNING id"};
const Statement kFinishRun{
    "mailbox_runs_finish",
    "UPDATE mailbox_runs SET finished_at = now(), fetched = $2, created = $3, appended = $4, failed = $5,"
    " error = $6, details = $7::jsonb WHERE id = $1"};
const Statement kRecordPoll{
    "mailboxes_record_poll",
    "UPDATE mailboxes SET last_polled_at = now(), updated_at = now(),"
    " consecutive_failures = CASE WHEN $2 THEN consecutive_failures + 1 ELSE 0 END,"
    " enabled = CASE WHEN $2 AND disable_after_failures > 0 AND consecutive_failures + 1 >= disable_after_failures"
    "   THEN false ELSE enabled END,"
    " disabled_reason = CASE WHEN $2 AND enabled AND disable_after_failures > 0"
    "   AND consecutive_failures + 1 >= disable_after_failures"
    "   THEN 'disabled after ' || (consecutive_failures + 1) || ' failed connections in a row; last error: ' || $3"
    "   ELSE disabled_reason END"
    " WHERE id = $1 RETURNING enabled, consecutive_failures, disabled_reason"};
const Statement kDuePolls{
    "mailboxes_due_polls",
    "SELECT m.id, greatest(0, extract(epoch FROM (coalesce(m.last_polled_at, '-infinity'::timestamptz)"
    "   + make_interval(mins => m.poll_interval_minutes) - now())))::int"
    " FROM mailboxes m WHERE m.enabled AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.queue = 'mail.poll'"
    "   AND j.state IN ('pending', 'running') AND (j.payload->>'mailbox_id')::bigint = m.id)"};
const Statement kLockTransaction{"advisory_xact_lock", "SELECT pg_advisory_xact_lock($1)"};
// Inserts and updates name only the columns given (from the fixed list of mailbox settings), so
// their text is assembled per call and they run unprepared, under these names; the values travel
// as one JSON parameter.
const Statement kInsert{"mailboxes_insert", "INSERT INTO mailboxes (%columns) SELECT %values"
                                            " FROM jsonb_populate_record(NULL::mailboxes, $1::jsonb) r RETURNING id"};
const Statement kUpdate{"mailboxes_update",
                        "UPDATE mailboxes m SET %sets, updated_at = now()"
                        " FROM jsonb_populate_record(NULL::mailboxes, $2::jsonb) r WHERE m.id = $1"};
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

std::optional<MailboxConnection> MailboxRepository::connection(Tx &tx, std::int64_t mailboxId)
{
    auto r = tx.exec(kConnection, mailboxId);
    if (r.empty())
        return std::nullopt;
    const auto &row = r[0];
    MailboxConnection m;
    m.id = row[0].as<std::int64_t>();
    m.name = row[1].c_str();
    m.protocol = row[2].c_str();
    m.host = row[3].c_str();
    m.port = row[4].as<int>();
    m.security = row[5].c_str();
    m.username = row[6].c_str();
    m.storedPassword = row[7].c_str();
    m.folder = row[8].c_str();
    m.enabled = row[9].as<bool>();
    m.pop3Delete = row[10].as<bool>();
    m.processedFolder = optString(row[11]);
    m.errorFolder = optString(row[12]);
    m.disableAfter = row[13].as<int>();
    m.failures = row[14].as<int>();
    m.tlsVerify = row[15].as<bool>();
    return m;
}

protocol::JsonArray MailboxRepository::list(Tx &tx)
{
    auto out = protocol::newArray();
    for (const auto &row : tx.exec(kList))
        out->add(protocol::parseJsonObject(row[0].c_str()));
    return out;
}

protocol::JsonObject MailboxRepository::get(Tx &tx, std::int64_t mailboxId)
{
    auto r = tx.exec(kGet, mailboxId);
    if (r.empty())
        return nullptr;
    return protocol::parseJsonObject(r[0][0].c_str());
}

std::int64_t MailboxRepository::insert(Tx &tx, const std::vector<std::string> &columns,
                                       const protocol::JsonObject &values)
{
    std::string cols, exprs;
    for (const auto &c : columns) {
        cols += (cols.empty() ? "" : ", ") + c;
        exprs += (exprs.empty() ? "r." : ", r.") + c;
    }
    std::string sql = kInsert.sql;
    sql.replace(sql.find("%columns"), 8, cols);
    sql.replace(sql.find("%values"), 7, exprs);
    return tx.execUnprepared(Statement{kInsert.name, sql.c_str()}, protocol::toJsonText(values))[0][0]
        .as<std::int64_t>();
}

bool MailboxRepository::update(Tx &tx, std::int64_t mailboxId, const std::vector<std::string> &columns,
                               bool clearFailures, const protocol::JsonObject &values)
{
    std::string sets;
    for (const auto &c : columns)
        sets += (sets.empty() ? "" : ", ") + c + " = r." + c;
    if (clearFailures)
        sets += std::string(sets.empty() ? "" : ", ") + "consecutive_failures = 0, disabled_reason = NULL";
    std::string sql = kUpdate.sql;
    sql.replace(sql.find("%sets"), 5, sets);
    return tx.execUnprepared(Statement{kUpdate.name, sql.c_str()}, mailboxId, protocol::toJsonText(values))
               .affected_rows() > 0;
}

protocol::JsonArray MailboxRepository::runs(Tx &tx, std::int64_t mailboxId, int limit)
{
    auto out = protocol::newArray();
    for (const auto &row : tx.exec(kRuns, mailboxId, limit))
        out->add(protocol::parseJsonObject(row[0].c_str()));
    return out;
}

std::int64_t MailboxRepository::startRun(Tx &tx, std::int64_t mailboxId)
{
    return tx.exec1(kStartRun, mailboxId)[0].as<std::int64_t>();
}

void MailboxRepository::finishRun(Tx &tx, std::int64_t runId, const MailboxRunCounts &counts)
{
    tx.exec(kFinishRun, runId, counts.fetched, counts.created, counts.appended, counts.failed, counts.error,
            counts.detailsJson);
}

MailboxHealth MailboxRepository::recordPoll(Tx &tx, std::int64_t mailboxId, bool connectionFailed,
                                            const std::string &error)
{
    auto row = tx.exec1(kRecordPoll, mailboxId, connectionFailed, error);
    return {row[0].as<bool>(), row[1].as<int>(), optString(row[2])};
}

std::vector<DuePoll> MailboxRepository::duePolls(Tx &tx)
{
    std::vector<DuePoll> out;
    for (const auto &row : tx.exec(kDuePolls))
        out.push_back({row[0].as<std::int64_t>(), row[1].as<int>()});
    return out;
}

void MailboxRepository::lockTransaction(Tx &tx, long long key)
{
    tx.exec(kLockTransaction, key);
}

} // namespace helpdesk::db
