#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// A saved view as stored (0042): an agent's own (ownerId) or shared with a group (groupId).
struct SavedViewRow {
    std::int64_t id = 0;
    std::string name;
    std::optional<std::int64_t> ownerId;
    std::optional<std::int64_t> groupId;
    std::string filter; // JSON text, as domain::SavedViews validated it
    std::string sortField = "updated_at";
    std::string sortOrder = "desc";
    std::vector<std::string> columns;
    int position = 0;
    std::string createdAt; // ISO 8601
    std::string updatedAt;
};

/// SQL for saved views. Any thread.
class SavedViewRepository
{
public:
    /// The views of `userId`, those shared with `groupIds`, and with `everyShared` every shared
    /// one: personal first, then by group, position and id.
    static std::vector<SavedViewRow> listFor(Tx &tx, std::int64_t userId, const std::vector<std::int64_t> &groupIds,
                                             bool everyShared);
    /// One view, locked for a change when `forUpdate`; nullopt when there is none.
    static std::optional<SavedViewRow> find(Tx &tx, std::int64_t id, bool forUpdate = false);
    /// Stores a new view (its id and times ignored); returns it as stored.
    static SavedViewRow insert(Tx &tx, const SavedViewRow &view);
    /// Writes every field of an existing view; returns it as stored.
    static SavedViewRow update(Tx &tx, const SavedViewRow &view);
    static void remove(Tx &tx, std::int64_t id);
    /// The position after the last view of the same owner or group.
    static int nextPosition(Tx &tx, std::optional<std::int64_t> ownerId, std::optional<std::int64_t> groupId);
};

} // namespace helpdesk::db
