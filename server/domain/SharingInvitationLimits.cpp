#include "domain/SharingInvitationLimits.h"

#include "db/SharingInvitationRepository.h"
#include "protocol/ProtocolError.h"

#include <algorithm>

using helpdesk::db::SharingInvitationRepository;
using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain::sharing {

namespace {
constexpr int kWindowSeconds = 3600;

void refuseWhenFull(const SharingInvitationRepository::Window &window, std::int64_t limit, const std::string &message)
{
    if (limit > 0 && window.count >= limit)
        throw ApiError::retryLater(ErrorCode::TooManyRequests, message, std::max(1, window.secondsUntilOneLeaves));
}
} // namespace

void SharingInvitationLimits::admit(db::Tx &tx, const std::string &clientAddress, const InvitationLimits &limits)
{
    // Counted and recorded under one lock, else two instances could both take the last one.
    SharingInvitationRepository::lockCounting(tx);
    SharingInvitationRepository::forgetOlderThan(tx, kWindowSeconds);
    refuseWhenFull(SharingInvitationRepository::recentFrom(tx, clientAddress, kWindowSeconds), limits.perAddressPerHour,
                   "too many invitations from this address");
    refuseWhenFull(SharingInvitationRepository::recent(tx, kWindowSeconds), limits.perHour,
                   "too many invitations arrive here");
    SharingInvitationRepository::record(tx, clientAddress);
}

} // namespace helpdesk::domain::sharing
