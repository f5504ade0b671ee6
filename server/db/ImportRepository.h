#pragma once

#include "db/ConnectionPool.h"

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// Rows for COPY into a staging table: one text per column in the table's order (nullopt: NULL).
template <std::size_t N> using StagedRows = std::vector<std::array<std::optional<std::string>, N>>;

/// What a merge of staged rows did.
struct MergeCounts {
    long long created = 0;
    long long updated = 0;
};

/// A record imported earlier: its kind ("company", "user", …), id in the source and local id.
struct ImportMapping {
    std::string kind;
    long long externalId = 0;
    long long localId = 0;
};

/// One line of the import log (outcome "warning" or "failed").
struct ImportLogEntry {
    std::string kind;
    std::optional<std::string> externalId;
    std::string outcome;
    std::string reason;
};

/// The staged rows of one batch of tickets; columns as in mergeTicketBatch's staging tables.
struct StagedTicketBatch {
    StagedRows<14> tickets;  // pos, fd_id, display_id, title, group_id, customer_id, owner_id, state_id,
                             // priority_id, type_id, custom, created_at, updated_at, closed
    StagedRows<2> tags;      // fd_id, tag
    StagedRows<12> articles; // ext_id, ticket_fd, pos, internal, sender, channel, author_id, from_addr,
                             // subject, body_text, body_html, created_at
};

/// What a merge of imported ratings did.
struct RatingCounts {
    long long created = 0;
    long long updated = 0;
    long long kept = 0;          // the customer rated in Helpdesk since: theirs stands
    long long withoutTicket = 0; // the rated ticket is not imported (logged)
};

/// What a ticket batch did.
struct TicketBatchCounts {
    MergeCounts tickets;
    MergeCounts articles;
};

/// An imported ticket as it is now, for verification.
struct ImportedTicket {
    std::string title;
    long long articleCount = 0;
};

/// One transaction on a connection of its own that is never committed: a dry run's writes, each
/// step in a savepoint (a failed step is undone alone, as a failed transaction would be). Everything
/// is rolled back when the session ends. One thread.
class DryRunSession
{
public:
    explicit DryRunSession(const std::string &conninfo);
    ~DryRunSession();
    /// Runs `work` in a savepoint of the session's transaction; rethrows what it throws.
    void step(const std::function<void(Tx &)> &work);

private:
    struct Open;
    std::unique_ptr<Open> m_open;
};

/// SQL for imports from other systems: the map of imported records, progress between runs, the
/// import log, and set-based merges of batches staged with COPY into temporary tables. Any thread.
class ImportRepository
{
public:
    /// Every mapping of `source` except articles (there are too many; batches look them up).
    static std::vector<ImportMapping> mappings(Tx &tx, const std::string &source);
    /// Mapped records per kind.
    static std::map<std::string, long long> mappedCounts(Tx &tx, const std::string &source);
    /// Failed records per kind in the log.
    static std::map<std::string, long long> failedCounts(Tx &tx, const std::string &source);
    /// The local ticket an imported one became; nullopt when not mapped.
    static std::optional<ImportedTicket> importedTicket(Tx &tx, const std::string &source,
                                                        const std::string &externalId);
    /// The local id of an imported article.
    static std::optional<long long> importedArticleId(Tx &tx, const std::string &source, const std::string &externalId);

    /// Defines a custom field unless one of that name exists.
    static void ensureCustomField(Tx &tx, const std::string &objectKind, const std::string &name,
                                  const std::string &label, const std::string &type);
    /// Defines an imported custom field, or redefines it: type, label and options (a JSON list)
    /// follow the source. Returns true when the field is new.
    static bool defineCustomField(Tx &tx, const std::string &objectKind, const std::string &name,
                                  const std::string &label, const std::string &type, const std::string &optionsJson);
    /// A state of that name with the source's state type (an existing one takes the type); its id.
    static long long stateIdOfType(Tx &tx, const std::string &name, const std::string &stateType);
    /// Upserts a calendar by name and maps it as `calendar` `externalId`; its id and whether it is new.
    static std::pair<long long, bool> mergeCalendar(Tx &tx, const std::string &source, long long externalId,
                                                    const std::string &name, const std::string &timeZone,
                                                    const std::string &hoursJson, const std::string &holidaysJson);
    /// Upserts an SLA by name (its targets in minutes); true when it is new.
    static bool mergeSla(Tx &tx, const std::string &name, long long calendarId, const std::string &conditionJson,
                         int rank, std::optional<int> firstResponseMinutes, std::optional<int> updateMinutes,
                         std::optional<int> solutionMinutes, bool active);
    /// A text module for the record `externalId` of kind `kind`: updated when mapped, else created
    /// under the first free keyword of `keyword`, `keyword-2`, … and mapped; true when created.
    static bool mergeTextModule(Tx &tx, const std::string &source, const std::string &kind, long long externalId,
                                const std::string &keyword, const std::string &name, const std::string &body,
                                const std::string &folder);
    /// Routes an inbound address to a group (moved when another group had it); true when new.
    static bool mergeGroupAddress(Tx &tx, const std::string &address, long long groupId);
    /// Whether PostgreSQL knows the time zone (e.g. Europe/Berlin).
    static bool isTimeZone(Tx &tx, const std::string &name);
    /// Creates a ticket state unless one of that name exists.
    static void ensureState(Tx &tx, const std::string &name, const std::string &stateType);
    /// A state of that name, created as open work when missing; its id.
    static long long stateIdCreatingOpen(Tx &tx, const std::string &name);
    /// A ticket type of that name, created when missing; its id.
    static long long typeIdCreating(Tx &tx, const std::string &name);
    /// Ids by lower-case name; priorities by rank.
    static std::map<std::string, long long> stateIds(Tx &tx);
    static std::map<std::string, long long> typeIds(Tx &tx);
    static std::map<int, long long> priorityIdsByRank(Tx &tx);
    /// The first active group, where tickets without a known group go.
    static std::optional<long long> firstActiveGroup(Tx &tx);
    /// Ids of users who are not customers.
    static std::vector<long long> staffUserIds(Tx &tx);
    /// A customer for a requester the source does not list (found by address when one exists),
    /// mapped as the user `externalId`; its id.
    static long long placeholderCustomer(Tx &tx, const std::string &source, long long externalId,
                                         const std::string &email, const std::string &name);

    /// Records done of an input in earlier runs (0 when none).
    static long long position(Tx &tx, const std::string &source, const std::string &item);
    static void setPosition(Tx &tx, const std::string &source, const std::string &item, long long position);
    /// Forgets every position but the API's incremental start time.
    static void clearPositions(Tx &tx, const std::string &source);
    /// A position kept as a time (seconds since the epoch), as ISO 8601 UTC; empty when none.
    static std::string positionTime(Tx &tx, const std::string &source, const std::string &item);
    static void setPositionTime(Tx &tx, const std::string &source, const std::string &item, const std::string &isoTime);
    static void log(Tx &tx, const std::string &source, const ImportLogEntry &entry);
    /// The newest line of the import log (0 when empty).
    static long long lastLogId(Tx &tx);
    /// The lines of `source` logged after line `afterId`, oldest first.
    static std::vector<ImportLogEntry> logSince(Tx &tx, const std::string &source, long long afterId);

    /// Upserts organizations by name (columns fd_id, name, created_at, updated_at, custom) and maps them.
    static MergeCounts mergeCompanies(Tx &tx, const std::string &source, const StagedRows<5> &rows);
    /// Upserts groups by name (columns fd_id, name) and maps them.
    static MergeCounts mergeGroups(Tx &tx, const std::string &source, const StagedRows<2> &rows);
    /// Upserts users by address (columns fd_id, email, name, role, organization_id, active, language,
    /// created_at, updated_at, custom) and maps them; admins and supervisors keep their role.
    static MergeCounts mergeUsers(Tx &tx, const std::string &source, const StagedRows<10> &rows);
    /// Upserts imported satisfaction ratings (columns fd_id, ticket_fd, user_fd, score, comment,
    /// created_at; the ticket and rater by their source ids) as the tickets' own ratings, one per
    /// ticket, of its owner; a customer's own rating is never replaced; a rating of a ticket not
    /// imported is logged.
    static RatingCounts mergeRatings(Tx &tx, const std::string &source, const StagedRows<6> &rows);
    /// Upserts a batch of tickets with their tags and articles and maps them (ticket numbers from
    /// the source's display ids when `keepNumbers` and free); owners get full access to the groups.
    static TicketBatchCounts mergeTicketBatch(Tx &tx, const std::string &source, bool keepNumbers,
                                              const StagedTicketBatch &batch);
    /// Attaches a stored blob to an article once.
    static void attach(Tx &tx, long long articleId, const std::string &sha256, const std::string &filename,
                       const std::string &contentType);
    /// Moves the ticket number sequence past the highest number in use.
    static void raiseTicketNumberSequence(Tx &tx);
};

} // namespace helpdesk::db
