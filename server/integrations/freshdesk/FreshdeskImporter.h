#pragma once

#include "db/ConnectionPool.h"
#include "db/ImportRepository.h"
#include "integrations/freshdesk/FreshdeskRecords.h"
#include "integrations/freshdesk/BatchWriters.h"
#include "protocol/Json.h"

#include <functional>
#include <map>
#include <mutex>
#include <memory>
#include <optional>
#include <set>
#include <string>

namespace helpdesk::integrations::freshdesk {

struct ImportOptions {
    bool keepNumbers = false;         // the ticket number becomes Freshdesk's display id (when free)
    bool downloadAttachments = false; // fetch attachment URLs and store the files
    int ticketBatch = 2000;           // tickets per transaction (measured: 2,000 beats 500 by a third)
    bool dryRun = false;              // everything runs in one transaction that is rolled back at the end
};

/// Counts per kind for the summary.
struct KindTotals {
    long long created = 0, updated = 0, skipped = 0, failed = 0;
};

/// Writes Freshdesk records into Helpdesk: companies → organizations, groups, users (agents and
/// contacts), tickets with their description and notes as articles, tags, custom fields, states,
/// priorities, types; old ids and dates in the custom fields freshdesk_id, freshdesk_display_id,
/// freshdesk_created, freshdesk_updated and imported. Each batch is staged with COPY and merged
/// with a few set-based statements in one transaction; import_map makes every write an upsert, so
/// a second run updates and an interrupted one resumes. A batch that fails is retried record by
/// record so one bad record is logged (import_log) and the rest go in. A ticket batch is resolved
/// on the caller's thread and merged on a writer thread while the caller reads the next one; its
/// progress is written after it, and every other call waits for the writer first. Any thread,
/// one at a time.
class FreshdeskImporter
{
public:
    FreshdeskImporter(db::ConnectionPool &pool, ImportOptions options = {});
    ~FreshdeskImporter();

    /// A dry run: what the run logged (what cannot be mapped, records that cannot be read),
    /// read before it is all rolled back. Empty otherwise.
    std::vector<db::ImportLogEntry> findings();

    /// Creates the custom fields the import fills and loads what earlier runs mapped.
    void prepare();
    void importCompanies(const std::vector<FdCompany> &companies);
    void importGroups(const std::vector<FdGroup> &groups);
    void importUsers(const std::vector<FdUser> &users);
    /// Field definitions of `objectKind` ("ticket", "user", "organization") with their choices:
    /// dropdowns become select fields, nested fields one select of "Level 1 > Level 2 > Level 3"
    /// paths (Helpdesk has no dependent selects), the status field's statuses states by name with
    /// their state type, the ticket type field's choices ticket types. Before the records.
    void importFieldDefinitions(const std::string &objectKind, const std::vector<FdFieldDefinition> &fields);
    /// Business-hours calendars with their holidays (each recurring date for five years from last
    /// year) and time zones. After the groups, whose calendar they are.
    void importCalendars(const std::vector<FdBusinessCalendar> &calendars);
    /// SLA policies as SLAs: one per priority target, on the calendar of the policy's groups (one
    /// SLA per calendar when they differ), or on a 24/7 calendar for calendar-hour targets.
    void importSlaPolicies(const std::vector<FdSlaPolicy> &policies);
    /// Canned responses as text modules in their folder.
    void importCannedResponses(const std::vector<FdCannedResponse> &responses);
    /// Support addresses as group addresses (mail to them opens tickets in the group).
    void importEmailConfigs(const std::vector<FdEmailConfig> &configs);
    /// Satisfaction ratings as ticket ratings (source "import"). After the tickets.
    void importRatings(const std::vector<FdRating> &ratings);
    /// One batch of tickets (use ImportOptions::ticketBatch as the size).
    void importTickets(const std::vector<FdTicket> &tickets);
    /// Fixes the ticket number sequence and tells connected clients to sync again.
    void finish();

    /// Records done of an input (file or API collection) in earlier runs; and the new position.
    long long progress(const std::string &item);
    void setProgress(const std::string &item, long long position);
    /// A run completed: the next one reads everything again (and updates what changed).
    void clearProgress();
    /// A time kept between runs (API mode: where the next incremental run starts), ISO 8601 UTC.
    std::string progressText(const std::string &item);
    void setProgressText(const std::string &item, const std::string &isoTime);
    /// Something the agent running the import should know, not a failure.
    void logWarning(const std::string &kind, const std::string &reason);
    /// Logs a record that could not be read at all.
    void logFailure(const std::string &kind, const std::string &externalId, const std::string &reason);

    const std::map<std::string, KindTotals> &totals() const { return m_totals; }
    /// Local id of an imported record, when mapped.
    std::optional<long long> localId(const std::string &kind, long long externalId) const;

private:
    struct Resolved;
    /// Runs `work` in a transaction of its own (committed), or as a step of the dry run.
    void inTransaction(const std::function<void(db::Tx &)> &work);
    void importTicketBatch(db::Tx &tx, const std::vector<FdTicket> &tickets);
    /// A batch resolved into rows for COPY (placeholder customers, states and types are written).
    struct StagedTickets;
    StagedTickets stageTickets(db::Tx &tx, const std::vector<FdTicket> &tickets);
    /// Merges staged rows and fetches their attachments, counting into `totals`.
    void mergeStaged(db::Tx &tx, const StagedTickets &staged, std::map<std::string, KindTotals> &totals);
    /// On the writer: merges a batch, or its tickets one by one when it fails.
    void writeStaged(const StagedTickets &staged);
    std::optional<std::string> downloadAttachment(const FdAttachment &attachment, std::string &contentOut);
    long long stateFor(db::Tx &tx, const FdTicket &t);
    long long priorityFor(int priority) const;
    std::optional<long long> typeFor(db::Tx &tx, const std::string &name);
    long long placeholderUser(db::Tx &tx, long long fdUserId, const FdTicket &t);
    void ensureCustomField(db::Tx &tx, const std::string &objectKind, const std::string &name, const std::string &label,
                           const std::string &type);
    void loadMap(db::Tx &tx);
    /// Agents' signatures (placeholders mapped), each unless the agent's was changed in Helpdesk.
    void importSignatures(db::Tx &tx, const std::vector<FdUser> &users);
    /// Names in the import log, once a run, the Freshdesk placeholders `kind`'s texts keep as written.
    void logUnmappedPlaceholders(db::Tx &tx, const std::string &kind, const std::set<std::string> &unmapped);
    /// The ticket's custom values with nested levels folded into their top field's path.
    void fillTicketCustom(db::Tx &tx, const FdTicket &t, protocol::JsonObject &custom);
    void count(const std::string &kind, bool created);

    db::ConnectionPool &m_pool;
    std::unique_ptr<db::DryRunSession> m_dryRun;
    long long m_logBefore = 0; // the import log's last line before a dry run
    ImportOptions m_options;
    std::map<std::string, KindTotals> m_totals;
    std::map<std::string, std::map<long long, long long>> m_map;      // kind -> external -> local
    std::map<std::string, long long> m_stateByName;                   // lower-case name -> id
    std::map<int, long long> m_stateByStatus;                         // Freshdesk status number -> id (custom ones)
    std::map<std::string, std::pair<std::string, int>> m_nestedLevel; // level field -> (top field, level)
    std::map<long long, long long> m_groupCalendar;                   // Freshdesk group -> its business calendar
    std::optional<long long> m_defaultCalendar;                       // Freshdesk's default business calendar
    std::map<long long, std::string> m_calendarName;                  // local calendar -> name
    std::map<std::string, long long> m_typeByName;
    std::map<int, long long> m_priorityByRank;
    std::map<std::string, std::string> m_customFields; // Freshdesk ticket field -> our name
    std::set<std::string> m_userFields;                // Freshdesk contact fields already defined
    std::set<std::string> m_organizationFields;        // Freshdesk company fields already defined
    std::mutex m_writtenMutex;                         // guards m_writtenTotals (several writer threads)
    std::map<std::string, KindTotals> m_writtenTotals; // counted by the writers, added to m_totals when drained
    std::set<std::string> m_unmappedPlaceholders;      // "kind:placeholder" already named in the log
    long long m_defaultGroup = 0;
    // Ticket batches' writes, on threads of their own (none in a dry run). Last: it finishes its
    // jobs, which use the members above, before they go.
    std::unique_ptr<BatchWriters> m_writer;
};

} // namespace helpdesk::integrations::freshdesk
