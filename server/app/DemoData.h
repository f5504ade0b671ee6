#pragma once

namespace helpdesk::db {
class ConnectionPool;
}

namespace helpdesk::app {

/// Fills an empty database with a small believable desk: groups with addresses, agents with
/// passwords "demo-password", customers, organizations, tickets with conversations. Idempotent:
/// does nothing when demo data is already there.
void loadDemoData(db::ConnectionPool &pool);

} // namespace helpdesk::app
