#pragma once

// What the database alone allows for a write path: the same rows written by pgbench on the same
// cluster in the same run, so a benchmark prints its figure and its ratio to that limit. Also the
// memory of a process, read from /proc.

#include <string>

namespace helpdesk::bench {

/// Whether the product's triggers (and the foreign-key checks, which PostgreSQL runs as triggers)
/// fire for the limit's rows: Off opens pgbench's connections with session_replication_role =
/// replica, set when each connection starts so that it costs no round trip per transaction.
enum class Triggers { On, Off };

/// pgbench's summary of one run.
struct PgbenchLimit {
    double transactionsPerSecond; // excluding connection time
    double latencyAverageMs;
    int clients;
    double seconds;
};

/// Runs pgbench (PostgreSQL 15's, or $HELPDESK_PG_BIN/pgbench) with `scriptPath` on the database at
/// `connectionUri` (a libpq connection string or URI) for `seconds` with `clients` connections:
/// `-n -M prepared -j 2`, the product's triggers as `triggers` says. Throws
/// std::runtime_error carrying pgbench's output when it fails, aborts a client or prints no tps.
PgbenchLimit runPgbenchLimit(const std::string &connectionUri, const std::string &scriptPath, int clients, int seconds,
                             Triggers triggers = Triggers::On);

/// The absolute path of bench/limit/<name>.sql in the source tree (e.g. "ticket_create").
std::string limitScript(const std::string &name);

/// A field of /proc/PID/status as a number (kB for VmRSS/VmHWM, a count for Threads); -1 when the
/// process or the field is gone.
long procStatusField(int pid, const std::string &field);

/// Resident memory of process `pid` now (VmRSS) in KiB; -1 when unreadable.
long residentMemoryKiB(int pid);

/// Peak resident memory of process `pid` so far (VmHWM) in KiB; -1 when unreadable.
long peakResidentMemoryKiB(int pid);

} // namespace helpdesk::bench

// The benchmarks' short name for the namespace (bench::runPgbenchLimit).
namespace bench = helpdesk::bench;
