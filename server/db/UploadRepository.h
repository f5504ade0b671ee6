#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <string>

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
    /// Records that the user uploaded the stored file `sha256` (once however often).
    static void recordUploader(Tx &tx, std::int64_t userId, const std::string &sha256);
    /// Whether the user uploaded the file `sha256`.
    static bool uploadedBy(Tx &tx, std::int64_t userId, const std::string &sha256);
};

} // namespace helpdesk::db
