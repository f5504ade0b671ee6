#include "db/SavedViewRepository.h"

namespace helpdesk::db {

namespace {
#define HD_VIEW_COLUMNS                                                                                                \
    "id, name, owner_id, group_id, filter::text, sort_field, sort_order, columns, position, created_at, updated_at"

const Statement kList{"saved_views_list",
                      "SELECT " HD_VIEW_COLUMNS " FROM saved_views"
                      " WHERE owner_id = $1 OR group_id = ANY ($2::bigint[]) OR ($3 AND group_id IS NOT NULL)"
                      " ORDER BY group_id NULLS FIRST, position, id"};
const Statement kFind{"saved_views_find", "SELECT " HD_VIEW_COLUMNS " FROM saved_views WHERE id = $1"};
const Statement kFindForUpdate{"saved_views_find_for_update",
                               "SELECT " HD_VIEW_COLUMNS " FROM saved_views WHERE id = $1 FOR UPDATE"};
const Statement kInsert{"saved_views_insert",
                        "INSERT INTO saved_views (name, owner_id, group_id, filter, sort_field, sort_order, columns,"
                        " position) VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7::text[], $8) RETURNING " HD_VIEW_COLUMNS};
const Statement kUpdate{"saved_views_update",
                        "UPDATE saved_views SET name = $2, owner_id = $3, group_id = $4, filter = $5::jsonb,"
                        " sort_field = $6, sort_order = $7, columns = $8::text[], position = $9, updated_at = now()"
                        " WHERE id = $1 RETURNING " HD_VIEW_COLUMNS};
const Statement kDelete{"saved_views_delete", "DELETE FROM saved_views WHERE id = $1"};
const Statement kNextPosition{"saved_views_next_position",
                              "SELECT coalesce(max(position) + 1, 0) FROM saved_views"
                              " WHERE owner_id IS NOT DISTINCT FROM $1 AND group_id IS NOT DISTINCT FROM $2"};
#undef HD_VIEW_COLUMNS

SavedViewRow rowOf(const pqxx::row &row)
{
    SavedViewRow view;
    view.id = row[0].as<std::int64_t>();
    view.name = row[1].as<std::string>();
    view.ownerId = optInt(row[2]);
    view.groupId = optInt(row[3]);
    view.filter = row[4].as<std::string>();
    view.sortField = row[5].as<std::string>();
    view.sortOrder = row[6].as<std::string>();
    view.columns = textArray(row[7]);
    view.position = row[8].as<int>();
    view.createdAt = isoTime(row[9]);
    view.updatedAt = isoTime(row[10]);
    return view;
}
} // namespace

std::vector<SavedViewRow> SavedViewRepository::listFor(Tx &tx, std::int64_t userId,
                                                       const std::vector<std::int64_t> &groupIds, bool everyShared)
{
    std::vector<SavedViewRow> views;
    for (const auto &row : tx.exec(kList, userId, intArrayLiteral(groupIds), everyShared))
        views.push_back(rowOf(row));
    return views;
}

std::optional<SavedViewRow> SavedViewRepository::find(Tx &tx, std::int64_t id, bool forUpdate)
{
    auto rows = tx.exec(forUpdate ? kFindForUpdate : kFind, id);
    if (rows.empty())
        return std::nullopt;
    return rowOf(rows[0]);
}

SavedViewRow SavedViewRepository::insert(Tx &tx, const SavedViewRow &view)
{
    return rowOf(tx.exec1(kInsert, view.name, view.ownerId, view.groupId, view.filter, view.sortField, view.sortOrder,
                          textArrayLiteral(view.columns), view.position));
}

SavedViewRow SavedViewRepository::update(Tx &tx, const SavedViewRow &view)
{
    return rowOf(tx.exec1(kUpdate, view.id, view.name, view.ownerId, view.groupId, view.filter, view.sortField,
                          view.sortOrder, textArrayLiteral(view.columns), view.position));
}

void SavedViewRepository::remove(Tx &tx, std::int64_t id)
{
    tx.exec(kDelete, id);
}

int SavedViewRepository::nextPosition(Tx &tx, std::optional<std::int64_t> ownerId, std::optional<std::int64_t> groupId)
{
    return tx.exec1(kNextPosition, ownerId, groupId)[0].as<int>();
}

} // namespace helpdesk::db
