#include "integrations/sharing/StatusMaps.h"

#include "db/SharingStatusMapRepository.h"
#include "domain/Audit.h"
#include "domain/Permissions.h"
#include "domain/SharingAgreements.h"
#include "integrations/sharing/SharedTicketView.h"
#include "protocol/ProtocolError.h"

namespace helpdesk::integrations::sharing {

namespace {
void requireAgreement(db::Tx &tx, std::int64_t agreementId)
{
    if (!domain::sharing::SharingAgreements::find(tx, agreementId))
        throw protocol::ApiError(protocol::ErrorCode::NotFound, "no such sharing agreement");
}
} // namespace

protocol::JsonObject StatusMaps::get(db::Tx &tx, const domain::Actor &actor, std::int64_t agreementId)
{
    domain::permissions::requireAdmin(actor);
    requireAgreement(tx, agreementId);
    return SharedTicketView::statusMap(tx, agreementId).toJson();
}

protocol::JsonObject StatusMaps::set(db::Tx &tx, const domain::Actor &actor, std::int64_t agreementId,
                                     const protocol::JsonObject &map)
{
    domain::permissions::requireAdmin(actor);
    requireAgreement(tx, agreementId);
    auto overrides = StatusMap::checkedOverrides(map);
    auto before = SharedTicketView::statusMap(tx, agreementId).toJson();
    db::SharingStatusMapRepository::store(tx, agreementId, overrides);
    auto after = SharedTicketView::statusMap(tx, agreementId).toJson();
    domain::audit::record(tx, actor, "sharing_agreement.status_map", "sharing_agreement", agreementId, before, after);
    return after;
}

} // namespace helpdesk::integrations::sharing
