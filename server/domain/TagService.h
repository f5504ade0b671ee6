#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <string>

namespace helpdesk::domain {

/// Tags across all tickets: the list staff choose from, and the admin's rename, merge and removal
/// (each ticket changed gets history and an event; the change itself is audited). Stateless; any thread.
class TagService
{
public:
    /// Tag names, most used first; `withCounts`: objects {tag, tickets}. Staff only.
    static protocol::JsonArray list(db::Tx &tx, const Actor &actor, bool withCounts);
    /// Renames `from` to `to` on every ticket (into an existing tag: the two merge); returns the
    /// number of tickets changed. Admins only.
    static int rename(db::Tx &tx, const Actor &actor, const std::string &from, const std::string &to);
    /// Removes `tag` from every ticket; returns the number of tickets changed. Admins only.
    static int remove(db::Tx &tx, const Actor &actor, const std::string &tag);
};

} // namespace helpdesk::domain
