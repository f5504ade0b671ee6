#pragma once

#include "core/CacheTypes.h"

#include <QSet>

#include <functional>

namespace helpdesk::client {

/// Whether a cached ticket is in a saved view (docs/api.md, "Saved views"): the view's conditions
/// compiled once (id sets, time thresholds, the search's hits for a `query`), then asked per row,
/// so that counting 100,000 rows stays a loop over values. Built again when the rows or the view
/// change (times like "within 7 days" are fixed when it is built). Main thread.
class ViewFilter
{
public:
    /// Ids of tickets matching a search text (the cache's full-text search).
    using Search = std::function<QSet<qint64>(const QString &text)>;

    /// `userId`: the agent "me" stands for.
    ViewFilter(const SavedView &view, qint64 userId, const Search &search);

    bool matches(const TicketRow &row) const;

private:
    struct Condition {
        QString field;
        QString op;
        QVariant value;
        QSet<qint64> ids;        // ids listed (state, group, owner, channel…); the search's hits for a query
        QSet<QString> texts;     // texts listed (state types, tags, channels, custom values)
        bool unassigned = false; // owner_id lists null
        QString threshold;       // a time to compare with, as the cache writes times (ISO 8601 UTC)
    };
    bool holds(const Condition &c, const TicketRow &row) const;

    bool m_matchAll = true;
    std::vector<Condition> m_conditions;
};

} // namespace helpdesk::client
