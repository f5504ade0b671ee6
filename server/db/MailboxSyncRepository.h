#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// Where an IMAP mailbox's polls stand: every message of the folder with a UID up to `lastUid`
/// under `uidValidity` has been stored. `folderKey` names server, account and folder.
struct ImapCursor {
    std::string folderKey;
    std::int64_t uidValidity = 0;
    std::int64_t lastUid = 0;
};

/// A message stored from an IMAP folder that still has to be moved or flagged there.
struct UnsettledUid {
    std::int64_t uid = 0;
    std::int64_t inboundId = 0;
    std::string inboundState;
};

/// A POP3 message already taken, by its UIDL.
struct KnownUidl {
    std::optional<std::int64_t> inboundId;
    bool refused = false; // only its headers were kept: it stays on the server
};

/// SQL of what mailbox polls remember between runs (IMAP UIDs under UIDVALIDITY, POP3 UIDLs), so
/// that neither another client's \Seen flag nor a kept POP3 mailbox decides what is fetched. Any thread.
class MailboxSyncRepository
{
public:
    static std::optional<ImapCursor> imapCursor(Tx &tx, std::int64_t mailboxId);
    static void saveImapCursor(Tx &tx, std::int64_t mailboxId, const ImapCursor &cursor);
    /// Stored messages of the folder under `uidValidity` not yet moved or flagged, with their state.
    static std::vector<UnsettledUid> unsettledUids(Tx &tx, std::int64_t mailboxId, std::int64_t uidValidity);
    static void addUnsettledUid(Tx &tx, std::int64_t mailboxId, std::int64_t uidValidity, std::int64_t uid,
                                std::int64_t inboundId);
    static void settleUid(Tx &tx, std::int64_t mailboxId, std::int64_t uidValidity, std::int64_t uid);
    /// Forgets unsettled UIDs of any other UIDVALIDITY: after a change they name other messages.
    static void dropUnsettledOutside(Tx &tx, std::int64_t mailboxId, std::int64_t uidValidity);

    /// The UIDLs of messages of this mailbox already taken.
    static std::map<std::string, KnownUidl> pop3Uidls(Tx &tx, std::int64_t mailboxId);
    static void recordPop3Uidl(Tx &tx, std::int64_t mailboxId, const std::string &uidl, std::int64_t inboundId);
    /// Forgets the UIDLs of messages no longer on the server (`present`: a complete listing).
    static void prunePop3Uidls(Tx &tx, std::int64_t mailboxId, const std::vector<std::string> &present);
};

} // namespace helpdesk::db
