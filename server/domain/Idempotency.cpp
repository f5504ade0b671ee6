#include "domain/Idempotency.h"

#include "db/UserRepository.h"

namespace helpdesk::domain {

Idempotency::Answer Idempotency::once(db::Tx &tx, std::int64_t userId, const std::string &key,
                                      const std::string &method, const std::function<Answer()> &change)
{
    if (auto kept = db::IdempotencyRepository::claim(tx, userId, key, method))
        return {protocol::parseJsonObject(kept->json), kept->status};
    auto answer = change();
    db::IdempotencyRepository::storeResponse(tx, userId, key, {protocol::toJsonText(answer.body), answer.status});
    return answer;
}

} // namespace helpdesk::domain
