#include "db/AuditRepository.h"

#include "db/PqxxOptional.h"

namespace helpdesk::db {

namespace {
const Statement kInsert{"audit_insert",
                        "INSERT INTO audit_log (actor_id, action, object_kind, object_id, object_name, changes)"
                        " VALUES ($1, $2, $3, $4, $5, $6::jsonb)"};
// Null filters match everything; the JSON is built by PostgreSQL so times keep their zone.
const Statement kList{"audit_list",
                      "SELECT json_build_object('id', a.id, 'at', a.at, 'actor_id', a.actor_id, 'actor_name', u.name,"
                      " 'action', a.action, 'object_kind', a.object_kind, 'object_id', a.object_id,"
                      " 'object_name', a.object_name, 'changes', a.changes)"
                      " FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id"
                      " WHERE ($1::text IS NULL OR a.object_kind = $1) AND ($2::bigint IS NULL OR a.object_id = $2)"
                      "   AND ($3::bigint IS NULL OR a.actor_id = $3) AND ($4::bigint IS NULL OR a.id < $4)"
                      " ORDER BY a.id DESC LIMIT $5"};
} // namespace

void AuditRepository::insert(Tx &tx, const AuditEntry &entry)
{
    tx.exec(kInsert, entry.actorId, entry.action, entry.objectKind, entry.objectId, entry.objectName,
            protocol::toJsonText(entry.changes ? entry.changes : protocol::newObject()));
}

protocol::JsonArray AuditRepository::list(Tx &tx, const AuditFilter &filter)
{
    auto out = protocol::newArray();
    for (const auto &row :
         tx.exec(kList, filter.objectKind, filter.objectId, filter.actorId, filter.beforeId, filter.limit))
        out->add(protocol::parseJsonObject(row[0].c_str()));
    return out;
}

} // namespace helpdesk::db
