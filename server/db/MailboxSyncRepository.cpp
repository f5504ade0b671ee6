#include "db/MailboxSyncRepository.h"

namespace helpdesk::db {

namespace {
const Statement kCursor{"imap_cursor_get",
                        "SELECT folder_key, uidvalidity, last_uid FROM mailbox_imap_cursors WHERE mailbox_id = $1"};
const Statement kSaveCursor{
    "imap_cursor_save",
    "INSERT INTO mailbox_imap_cursors (mailbox_id, folder_key, uidvalidity, last_uid) VALUES ($1, $2, $3, $4)"
    " ON CONFLICT (mailbox_id) DO UPDATE SET folder_key = excluded.folder_key, uidvalidity = excluded.uidvalidity,"
    " last_uid = excluded.last_uid, updated_at = now()"};
const Statement kUnsettled{
    "imap_unsettled_list",
    "SELECT u.uid, u.inbound_id, m.state FROM mailbox_unsettled_uids u JOIN inbound_messages m ON m.id = u.inbound_id"
    " WHERE u.mailbox_id = $1 AND u.uidvalidity = $2 ORDER BY u.uid"};
const Statement kAddUnsettled{
    "imap_unsettled_add",
    "INSERT INTO mailbox_unsettled_uids (mailbox_id, uidvalidity, uid, inbound_id) VALUES ($1, $2, $3, $4)"
    " ON CONFLICT (mailbox_id, uidvalidity, uid) DO UPDATE SET inbound_id = excluded.inbound_id"};
const Statement kSettle{"imap_unsettled_settle",
                        "DELETE FROM mailbox_unsettled_uids WHERE mailbox_id = $1 AND uidvalidity = $2 AND uid = $3"};
const Statement kDropUnsettled{"imap_unsettled_drop_outside",
                               "DELETE FROM mailbox_unsettled_uids WHERE mailbox_id = $1 AND uidvalidity <> $2"};
const Statement kUidls{"pop3_uidls_list",
                       "SELECT u.uidl, u.inbound_id, coalesce(m.state = 'refused', false) FROM mailbox_pop3_uidls u"
                       " LEFT JOIN inbound_messages m ON m.id = u.inbound_id WHERE u.mailbox_id = $1"};
const Statement kRecordUidl{"pop3_uidls_record",
                            "INSERT INTO mailbox_pop3_uidls (mailbox_id, uidl, inbound_id) VALUES ($1, $2, $3)"
                            " ON CONFLICT (mailbox_id, uidl) DO UPDATE SET inbound_id = excluded.inbound_id"};
const Statement kPruneUidls{"pop3_uidls_prune",
                            "DELETE FROM mailbox_pop3_uidls WHERE mailbox_id = $1 AND NOT (uidl = ANY ($2::text[]))"};
} // namespace

std::optional<ImapCursor> MailboxSyncRepository::imapCursor(Tx &tx, std::int64_t mailboxId)
{
    auto result = tx.exec(kCursor, mailboxId);
    if (result.empty())
        return std::nullopt;
    ImapCursor cursor;
    cursor.folderKey = result[0][0].c_str();
    cursor.uidValidity = result[0][1].as<std::int64_t>();
    cursor.lastUid = result[0][2].as<std::int64_t>();
    return cursor;
}

void MailboxSyncRepository::saveImapCursor(Tx &tx, std::int64_t mailboxId, const ImapCursor &cursor)
{
    tx.exec(kSaveCursor, mailboxId, cursor.folderKey, cursor.uidValidity, cursor.lastUid);
}

std::vector<UnsettledUid> MailboxSyncRepository::unsettledUids(Tx &tx, std::int64_t mailboxId, std::int64_t uidValidity)
{
    std::vector<UnsettledUid> out;
    for (const auto &row : tx.exec(kUnsettled, mailboxId, uidValidity))
        out.push_back({row[0].as<std::int64_t>(), row[1].as<std::int64_t>(), row[2].c_str()});
    return out;
}

void MailboxSyncRepository::addUnsettledUid(Tx &tx, std::int64_t mailboxId, std::int64_t uidValidity, std::int64_t uid,
                                            std::int64_t inboundId)
{
    tx.exec(kAddUnsettled, mailboxId, uidValidity, uid, inboundId);
}

void MailboxSyncRepository::settleUid(Tx &tx, std::int64_t mailboxId, std::int64_t uidValidity, std::int64_t uid)
{
    tx.exec(kSettle, mailboxId, uidValidity, uid);
}

void MailboxSyncRepository::dropUnsettledOutside(Tx &tx, std::int64_t mailboxId, std::int64_t uidValidity)
{
    tx.exec(kDropUnsettled, mailboxId, uidValidity);
}

std::map<std::string, KnownUidl> MailboxSyncRepository::pop3Uidls(Tx &tx, std::int64_t mailboxId)
{
    std::map<std::string, KnownUidl> out;
    for (const auto &row : tx.exec(kUidls, mailboxId))
        out[row[0].c_str()] = KnownUidl{optInt(row[1]), row[2].as<bool>()};
    return out;
}

void MailboxSyncRepository::recordPop3Uidl(Tx &tx, std::int64_t mailboxId, const std::string &uidl,
                                           std::int64_t inboundId)
{
    tx.exec(kRecordUidl, mailboxId, uidl, inboundId);
}

void MailboxSyncRepository::prunePop3Uidls(Tx &tx, std::int64_t mailboxId, const std::vector<std::string> &present)
{
    tx.exec(kPruneUidls, mailboxId, textArrayLiteral(present));
}

} // namespace helpdesk::db
