#include "db/MailTemplateRepository.h"

#include "db/PqxxOptional.h"

namespace helpdesk::db {

namespace {

const Statement kOverridesOf{"mail_templates_of",
                             "SELECT group_id, name, language, subject, body, updated_at::text"
                             " FROM mail_template_overrides WHERE name = $1 AND (group_id IS NULL OR group_id = $2)"};
const Statement kOverridesAt{"mail_templates_at", "SELECT group_id, name, language, subject, body, updated_at::text"
                                                  " FROM mail_template_overrides WHERE group_id IS NOT DISTINCT FROM $1"
                                                  " ORDER BY name, language"};
const Statement kPut{"mail_templates_put",
                     "INSERT INTO mail_template_overrides (group_id, name, language, subject, body, updated_by)"
                     " VALUES ($1, $2, $3, $4, $5, $6)"
                     " ON CONFLICT (group_id, name, language) DO UPDATE SET subject = excluded.subject,"
                     " body = excluded.body, updated_by = excluded.updated_by, updated_at = now()"};
const Statement kRemove{"mail_templates_remove",
                        "DELETE FROM mail_template_overrides WHERE group_id IS NOT DISTINCT FROM $1 AND name = $2"
                        " AND language = $3"};
const Statement kDefer{"acknowledgements_defer", "INSERT INTO pending_acknowledgements (ticket_id, in_reply_to)"
                                                 " VALUES ($1, $2) ON CONFLICT (ticket_id) DO NOTHING"};
const Statement kTake{"acknowledgements_take",
                      "DELETE FROM pending_acknowledgements WHERE ticket_id = $1 RETURNING in_reply_to"};
const Statement kLanguages{"users_languages_of",
                           "SELECT lower(email), language FROM users WHERE lower(email) = ANY($1::text[])"
                           " AND language IS NOT NULL AND language <> ''"};

TemplateOverride overrideOf(const pqxx::row &row)
{
    TemplateOverride entry;
    if (!row[0].is_null())
        entry.groupId = row[0].as<std::int64_t>();
    entry.name = row[1].c_str();
    entry.language = row[2].c_str();
    if (!row[3].is_null())
        entry.subject = row[3].c_str();
    if (!row[4].is_null())
        entry.body = row[4].c_str();
    entry.updatedAt = row[5].c_str();
    return entry;
}

std::vector<TemplateOverride> overridesIn(const pqxx::result &result)
{
    std::vector<TemplateOverride> out;
    out.reserve(result.size());
    for (const auto &row : result)
        out.push_back(overrideOf(row));
    return out;
}
} // namespace

std::vector<TemplateOverride> MailTemplateRepository::overridesOf(Tx &tx, const std::string &name,
                                                                  std::optional<std::int64_t> groupId)
{
    return overridesIn(tx.exec(kOverridesOf, name, groupId));
}

std::vector<TemplateOverride> MailTemplateRepository::overridesAt(Tx &tx, std::optional<std::int64_t> groupId)
{
    return overridesIn(tx.exec(kOverridesAt, groupId));
}

void MailTemplateRepository::put(Tx &tx, const TemplateOverride &entry, std::optional<std::int64_t> changedBy)
{
    if (!entry.subject && !entry.body) {
        remove(tx, entry.groupId, entry.name, entry.language);
        return;
    }
    tx.exec(kPut, entry.groupId, entry.name, entry.language, entry.subject, entry.body, changedBy);
}

bool MailTemplateRepository::remove(Tx &tx, std::optional<std::int64_t> groupId, const std::string &name,
                                    const std::string &language)
{
    return tx.exec(kRemove, groupId, name, language).affected_rows() > 0;
}

void MailTemplateRepository::deferAcknowledgement(Tx &tx, std::int64_t ticketId,
                                                  const std::optional<std::string> &inReplyTo)
{
    tx.exec(kDefer, ticketId, inReplyTo);
}

std::optional<std::optional<std::string>> MailTemplateRepository::takeDeferredAcknowledgement(Tx &tx,
                                                                                              std::int64_t ticketId)
{
    auto result = tx.exec(kTake, ticketId);
    if (result.empty())
        return std::nullopt;
    return result[0][0].is_null() ? std::optional<std::string>() : std::optional<std::string>(result[0][0].c_str());
}

std::map<std::string, std::string> MailTemplateRepository::languagesOf(Tx &tx,
                                                                       const std::vector<std::string> &addresses)
{
    std::vector<std::string> lowered;
    lowered.reserve(addresses.size());
    for (auto address : addresses) {
        for (auto &c : address)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        lowered.push_back(std::move(address));
    }
    std::map<std::string, std::string> out;
    for (const auto &row : tx.exec(kLanguages, textArrayLiteral(lowered)))
        out[row[0].c_str()] = row[1].c_str();
    return out;
}

} // namespace helpdesk::db
