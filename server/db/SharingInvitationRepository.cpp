#include "db/SharingInvitationRepository.h"

namespace helpdesk::db {

namespace {
// Any fixed number that no other advisory lock of the desk uses ("NHDinvit" in ASCII).
const Statement kLock{"sharing_invitations_lock", "SELECT pg_advisory_xact_lock(5640833752897055092)"};
const Statement kForget{
    "sharing_invitations_forget",
    "DELETE FROM sharing_invitation_attempts WHERE attempted_at <= now() - make_interval(secs => $1)"};
#define SHARING_INVITATION_WINDOW                                                                                      \
    "SELECT count(*), coalesce(ceil(extract(epoch FROM min(attempted_at) + make_interval(secs => $1) - now()))::int, " \
    "0)"                                                                                                               \
    " FROM sharing_invitation_attempts WHERE attempted_at > now() - make_interval(secs => $1)"
const Statement kRecent{"sharing_invitations_recent", SHARING_INVITATION_WINDOW};
const Statement kRecentFrom{"sharing_invitations_recent_from", SHARING_INVITATION_WINDOW " AND client_address = $2"};
#undef SHARING_INVITATION_WINDOW
const Statement kRecord{"sharing_invitations_record",
                        "INSERT INTO sharing_invitation_attempts (client_address) VALUES ($1)"};

SharingInvitationRepository::Window windowOf(const pqxx::row &row)
{
    return {row[0].as<std::int64_t>(), row[1].as<int>()};
}
} // namespace

void SharingInvitationRepository::lockCounting(Tx &tx)
{
    tx.exec(kLock);
}

void SharingInvitationRepository::forgetOlderThan(Tx &tx, int seconds)
{
    tx.exec(kForget, seconds);
}

SharingInvitationRepository::Window SharingInvitationRepository::recent(Tx &tx, int seconds)
{
    return windowOf(tx.exec1(kRecent, seconds));
}

SharingInvitationRepository::Window SharingInvitationRepository::recentFrom(Tx &tx, const std::string &clientAddress,
                                                                            int seconds)
{
    return windowOf(tx.exec1(kRecentFrom, seconds, clientAddress));
}

void SharingInvitationRepository::record(Tx &tx, const std::string &clientAddress)
{
    tx.exec(kRecord, clientAddress);
}

} // namespace helpdesk::db
