#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>

namespace helpdesk::db {

/// A user's uploads of the current day (UTC) after counting one more.
struct UploadTally {
    std::int64_t bytesToday = 0;
    int secondsUntilTomorrow = 0;
};

/// SQL for what each user uploaded per day. Any thread.
class UploadRepository
{
public:
    /// Adds `bytes` to the user's total of today (locking the user's row until commit, so
    /// concurrent uploads add up) and returns the new total.
    static UploadTally addToday(Tx &tx, std::int64_t userId, std::int64_t bytes);
};

} // namespace helpdesk::db
