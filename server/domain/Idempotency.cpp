#include "domain/Idempotency.h"

#include "db/UserRepository.h"

namespace helpdesk::domain {

protocol::JsonObject Idempotency::once(db::Tx &tx, std::int64_t userId, const std::string &key,
                                       const std::string &method, const std::function<protocol::JsonObject()> &change)
{
    if (auto kept = db::IdempotencyRepository::claim(tx, userId, key, method))
        return protocol::parseJsonObject(*kept);
    auto answer = change();
    db::IdempotencyRepository::storeResponse(tx, userId, key, protocol::toJsonText(answer));
    return answer;
}

} // namespace helpdesk::domain
