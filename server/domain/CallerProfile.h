#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

namespace helpdesk::domain {

/// Who the caller is, as the caller may see it. Stateless; any thread.
class CallerProfile
{
public:
    /// {user, groups}: the caller's own user and their access per group ({"<group id>": "read"|"full"}).
    static protocol::JsonObject of(db::Tx &tx, const Actor &actor);
};

} // namespace helpdesk::domain
