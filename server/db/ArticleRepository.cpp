#include "db/ArticleRepository.h"

#include <map>

namespace helpdesk::db {

namespace {
const Statement kInsertAttachment{
    "article_attachments_insert",
    "INSERT INTO article_attachments (article_id, sha256, filename, content_type, content_id, is_inline)"
    " VALUES ($1, $2, $3, $4, $5, $6)"};
const Statement kList{
    "articles_list",
    "SELECT id, ticket_id, internal, sender, channel, author_id, from_addr, to_addr, cc_addr, subject, body_text,"
    " body_html, message_id, in_reply_to, created_at, sender_unverified, time_spent_minutes FROM articles"
    " WHERE ticket_id = $1 AND ($2 OR NOT internal)"
    " ORDER BY id"};
const Statement kTimeEntries{"articles_time_entries",
                             "SELECT a.id, a.author_id, coalesce(u.name, ''), a.time_spent_minutes, a.created_at"
                             " FROM articles a LEFT JOIN users u ON u.id = a.author_id"
                             " WHERE a.ticket_id = $1 AND a.time_spent_minutes IS NOT NULL ORDER BY a.id"};
const Statement kListAttachments{
    "article_attachments_list",
    "SELECT aa.article_id, aa.sha256, aa.filename, aa.content_type, b.size, aa.content_id, aa.is_inline"
    " FROM article_attachments aa JOIN articles a ON a.id = aa.article_id JOIN blobs b ON b.sha256 = aa.sha256"
    " WHERE a.ticket_id = $1 ORDER BY aa.id"};
const Statement kStoreBlob{
    "blobs_store", "INSERT INTO blobs (sha256, size, content) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING"};
const Statement kBlobSize{"blobs_size", "SELECT size FROM blobs WHERE sha256 = $1"};
const Statement kBlobContent{"blobs_content", "SELECT content FROM blobs WHERE sha256 = $1"};
const Statement kBlobOwners{
    "blobs_owners", "SELECT a.ticket_id, a.internal FROM article_attachments aa JOIN articles a ON a.id = aa.article_id"
                    " WHERE aa.sha256 = $1"};
const Statement kRecentMessageIds{
    "articles_recent_message_ids",
    "SELECT message_id FROM articles WHERE ticket_id = $1 AND message_id IS NOT NULL ORDER BY id DESC LIMIT 20"};
const Statement kTicketOf{"articles_ticket_of", "SELECT ticket_id FROM articles WHERE id = $1"};
const Statement kReplaceInBody{"articles_replace_in_body",
                               "UPDATE articles SET body_text ="
                               " overlay(body_text placing $3 from strpos(body_text, $2) for length($2))"
                               " WHERE id = $1 AND strpos(body_text, $2) > 0"};
const Statement kLockMessageId{"articles_lock_message_id", "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))"};
} // namespace

void ArticleRepository::addAttachment(Tx &tx, std::int64_t articleId, const protocol::AttachmentRef &a)
{
    tx.exec(kInsertAttachment, articleId, a.sha256, a.filename, a.contentType, a.contentId, a.isInline);
}

std::optional<std::int64_t> ArticleRepository::ticketOf(Tx &tx, std::int64_t articleId)
{
    auto rows = tx.exec(kTicketOf, articleId);
    if (rows.empty())
        return std::nullopt;
    return rows[0][0].as<std::int64_t>();
}

bool ArticleRepository::replaceInBodyText(Tx &tx, std::int64_t articleId, const std::string &from,
                                          const std::string &to)
{
    return tx.exec(kReplaceInBody, articleId, from, to).affected_rows() > 0;
}

std::vector<protocol::Article> ArticleRepository::list(Tx &tx, std::int64_t ticketId, bool includeInternal)
{
    std::vector<protocol::Article> out;
    std::map<std::int64_t, std::size_t> index;
    for (const auto &row : tx.exec(kList, ticketId, includeInternal)) {
        protocol::Article a;
        a.id = row[0].as<std::int64_t>();
        a.ticketId = row[1].as<std::int64_t>();
        a.internal = row[2].as<bool>();
        a.sender = row[3].c_str();
        a.channel = row[4].c_str();
        a.authorId = optInt(row[5]);
        a.from = row[6].c_str();
        a.to = row[7].c_str();
        a.cc = row[8].c_str();
        a.subject = row[9].c_str();
        a.bodyText = row[10].c_str();
        a.bodyHtml = optString(row[11]);
        a.messageId = optString(row[12]);
        a.inReplyTo = optString(row[13]);
        a.createdAt = isoTime(row[14]);
        a.senderUnverified = row[15].as<bool>();
        a.timeSpentMinutes = optInt(row[16]);
        index[a.id] = out.size();
        out.push_back(std::move(a));
    }
    for (const auto &row : tx.exec(kListAttachments, ticketId)) {
        auto it = index.find(row[0].as<std::int64_t>());
        if (it == index.end())
            continue; // attachment of an internal article the caller may not see
        protocol::AttachmentRef ref;
        ref.sha256 = row[1].c_str();
        ref.filename = row[2].c_str();
        ref.contentType = row[3].c_str();
        ref.size = row[4].as<std::int64_t>();
        ref.contentId = optString(row[5]);
        ref.isInline = row[6].as<bool>();
        out[it->second].attachments.push_back(std::move(ref));
    }
    return out;
}

std::vector<TimeEntry> ArticleRepository::timeEntries(Tx &tx, std::int64_t ticketId)
{
    std::vector<TimeEntry> out;
    for (const auto &row : tx.exec(kTimeEntries, ticketId))
        out.push_back(
            {row[0].as<std::int64_t>(), optInt(row[1]), row[2].c_str(), row[3].as<std::int64_t>(), isoTime(row[4])});
    return out;
}

void ArticleRepository::storeBlob(Tx &tx, const std::string &sha256, const std::string &content)
{
    tx.exec(kStoreBlob, sha256, static_cast<std::int64_t>(content.size()), pqxx::binarystring(content));
}

std::optional<std::int64_t> ArticleRepository::blobSize(Tx &tx, const std::string &sha256)
{
    auto result = tx.exec(kBlobSize, sha256);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

std::optional<std::string> ArticleRepository::blobContent(Tx &tx, const std::string &sha256)
{
    auto result = tx.exec(kBlobContent, sha256);
    if (result.empty())
        return std::nullopt;
    pqxx::binarystring bytes(result[0][0]);
    return bytes.str();
}

std::vector<std::pair<std::int64_t, bool>> ArticleRepository::blobOwners(Tx &tx, const std::string &sha256)
{
    std::vector<std::pair<std::int64_t, bool>> out;
    for (const auto &row : tx.exec(kBlobOwners, sha256))
        out.emplace_back(row[0].as<std::int64_t>(), row[1].as<bool>());
    return out;
}

std::vector<std::string> ArticleRepository::recentMessageIds(Tx &tx, std::int64_t ticketId)
{
    std::vector<std::string> out;
    for (const auto &row : tx.exec(kRecentMessageIds, ticketId))
        out.emplace_back(row[0].c_str());
    return out;
}

void ArticleRepository::lockMessageId(Tx &tx, const std::string &messageId)
{
    tx.exec(kLockMessageId, "message-id:" + messageId);
}

} // namespace helpdesk::db
