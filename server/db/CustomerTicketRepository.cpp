#include "db/CustomerTicketRepository.h"

namespace helpdesk::db {

namespace {
const Statement kList{
    "customer_tickets_list",
    "SELECT t.id, t.number, t.title, s.state_type, t.created_at, a.last, t.customer_id, u.name, g.name"
    " FROM tickets t JOIN ticket_states s ON s.id = t.state_id JOIN users u ON u.id = t.customer_id"
    " JOIN groups g ON g.id = t.group_id"
    " CROSS JOIN LATERAL (SELECT greatest(t.created_at,"
    "   (SELECT max(x.created_at) FROM articles x WHERE x.ticket_id = t.id AND NOT x.internal),"
    "   (SELECT max(h.at) FROM history h WHERE h.ticket_id = t.id AND h.field = ANY($3::text[]))) AS last) a"
    " WHERE CASE WHEN $2::bigint IS NULL THEN t.customer_id = $1 ELSE t.organization_id = $2 END"
    "   AND s.state_type = ANY($4::text[])"
    " ORDER BY a.last DESC, t.id DESC LIMIT $5 OFFSET $6"};
} // namespace

std::vector<CustomerTicketRow> CustomerTicketRepository::list(Tx &tx, const CustomerTicketQuery &query)
{
    std::vector<CustomerTicketRow> out;
    auto rows = tx.exec(kList, query.customerId, query.organizationId, textArrayLiteral(query.publicFields),
                        textArrayLiteral(query.stateTypes), query.limit, query.offset);
    for (const auto &row : rows) {
        CustomerTicketRow t;
        t.id = row[0].as<std::int64_t>();
        t.number = row[1].as<std::int64_t>();
        t.title = row[2].c_str();
        t.stateType = row[3].c_str();
        t.createdAt = isoTime(row[4]);
        t.lastActivityAt = isoTime(row[5]);
        t.customerId = row[6].as<std::int64_t>();
        t.customerName = row[7].c_str();
        t.groupName = row[8].c_str();
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace helpdesk::db
