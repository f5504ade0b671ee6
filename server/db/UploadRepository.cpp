#include "db/UploadRepository.h"

namespace helpdesk::db {

namespace {
// Sessions run in UTC (ConnectionPool), so current_date is the UTC day.
const Statement kAddToday{
    "upload_add_today",
    "INSERT INTO upload_usage AS u (user_id, day, bytes) VALUES ($1, current_date, $2)"
    " ON CONFLICT (user_id) DO UPDATE SET"
    "   bytes = CASE WHEN u.day = current_date THEN u.bytes + excluded.bytes ELSE excluded.bytes END,"
    "   day = current_date"
    " RETURNING bytes, ceil(extract(epoch FROM (current_date + 1)::timestamptz - now()))::int"};
const Statement kRecordUploader{"blob_uploads_record", "INSERT INTO blob_uploads (sha256, user_id) VALUES ($2, $1)"
                                                       " ON CONFLICT (sha256, user_id) DO NOTHING"};
const Statement kUploadedBy{"blob_uploads_by",
                            "SELECT EXISTS (SELECT 1 FROM blob_uploads WHERE user_id = $1 AND sha256 = $2)"};
} // namespace

UploadTally UploadRepository::addToday(Tx &tx, std::int64_t userId, std::int64_t bytes)
{
    auto row = tx.exec1(kAddToday, userId, bytes);
    return UploadTally{row[0].as<std::int64_t>(), row[1].as<int>()};
}

void UploadRepository::recordUploader(Tx &tx, std::int64_t userId, const std::string &sha256)
{
    tx.exec(kRecordUploader, userId, sha256);
}

bool UploadRepository::uploadedBy(Tx &tx, std::int64_t userId, const std::string &sha256)
{
    return tx.exec1(kUploadedBy, userId, sha256)[0].as<bool>();
}

} // namespace helpdesk::db
