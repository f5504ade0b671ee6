#include "domain/JobAdmin.h"

#include "db/JobRepository.h"
#include "domain/PageLimit.h"
#include "domain/Permissions.h"
#include "protocol/ProtocolError.h"

#include <algorithm>
#include <array>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

protocol::JsonArray JobAdmin::list(db::Tx &tx, const Actor &actor, const std::optional<std::string> &state,
                                   const std::optional<std::string> &queue, std::optional<std::int64_t> limit)
{
    permissions::requireAdmin(actor);
    static const std::array<std::string, 5> kStates{"pending", "running", "done", "failed", "quarantined"};
    if (state && std::find(kStates.begin(), kStates.end(), *state) == kStates.end())
        throw ApiError(ErrorCode::ValidationFailed, "state must be pending, running, done, failed or quarantined",
                       "state");
    return db::JobRepository::list(tx, state, queue, pageLimit(limit, 100, 1000));
}

void JobAdmin::retry(db::Tx &tx, const Actor &actor, std::int64_t jobId)
{
    permissions::requireAdmin(actor);
    if (!db::JobRepository::retry(tx, jobId))
        throw ApiError(ErrorCode::NotFound, "no failed or quarantined job " + std::to_string(jobId), "id");
}

} // namespace helpdesk::domain
