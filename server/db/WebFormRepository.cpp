#include "db/WebFormRepository.h"

#include "db/PqxxOptional.h"

#include <sstream>

namespace helpdesk::db {

namespace {
// Origins hold no spaces (GroupKind checks them), so one space-separated text carries the list.
const Statement kOpenForm{"web_form_open_by_key",
                          "SELECT g.id, g.name, (SELECT coalesce(string_agg(s, ' '), '')"
                          " FROM jsonb_array_elements_text(g.web_form_sites) s)"
                          " FROM groups g WHERE g.web_form_key = $1 AND g.web_form_enabled AND g.active"};
const Statement kInsert{"web_form_requests_insert",
                        "INSERT INTO web_form_requests (token_hash, group_id, email, name, subject, message, language,"
                        " client_address, expires_at)"
                        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + make_interval(secs => $9))"};
const Statement kPurge{"web_form_requests_purge",
                       "DELETE FROM web_form_requests WHERE expires_at < now() - make_interval(secs => $1)"};
const Statement kFind{"web_form_requests_find",
                      "SELECT r.id, r.group_id, r.email, r.name, r.subject, r.message, r.language,"
                      " r.expires_at <= now(), r.confirmed_at IS NOT NULL, t.number"
                      " FROM web_form_requests r LEFT JOIN tickets t ON t.id = r.ticket_id WHERE r.token_hash = $1"};
const Statement kFindLocked{"web_form_requests_find_locked",
                            "SELECT r.id, r.group_id, r.email, r.name, r.subject, r.message, r.language,"
                            " r.expires_at <= now(), r.confirmed_at IS NOT NULL, t.number"
                            " FROM web_form_requests r LEFT JOIN tickets t ON t.id = r.ticket_id"
                            " WHERE r.token_hash = $1 FOR UPDATE OF r"};
const Statement kConfirm{"web_form_requests_confirm",
                         "UPDATE web_form_requests SET confirmed_at = now(), ticket_id = $2 WHERE id = $1"};
const Statement kRenewKey{"web_form_renew_key", "UPDATE groups SET web_form_key = replace(gen_random_uuid()::text,"
                                                " '-', '') WHERE id = $1 RETURNING web_form_key"};

std::vector<std::string> words(const std::string &text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string word; in >> word;)
        out.push_back(word);
    return out;
}
} // namespace

std::optional<WebFormGroup> WebFormRepository::openFormByKey(Tx &tx, const std::string &key)
{
    auto result = tx.exec(kOpenForm, key);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    return WebFormGroup{row[0].as<std::int64_t>(), row[1].c_str(), words(row[2].c_str())};
}

void WebFormRepository::insert(Tx &tx, const std::string &tokenHash, const WebFormRequest &request,
                               const std::string &clientAddress, int validSeconds, int keepSeconds)
{
    tx.exec(kPurge, keepSeconds);
    tx.exec(kInsert, tokenHash, request.groupId, request.email, request.name, request.subject, request.message,
            request.language, clientAddress, validSeconds);
}

std::optional<WebFormRequest> WebFormRepository::find(Tx &tx, const std::string &tokenHash, bool lock)
{
    auto result = tx.exec(lock ? kFindLocked : kFind, tokenHash);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    WebFormRequest request;
    request.id = row[0].as<std::int64_t>();
    request.groupId = row[1].as<std::int64_t>();
    request.email = row[2].c_str();
    request.name = row[3].c_str();
    request.subject = row[4].c_str();
    request.message = row[5].c_str();
    if (!row[6].is_null())
        request.language = row[6].c_str();
    request.expired = row[7].as<bool>();
    request.confirmed = row[8].as<bool>();
    if (!row[9].is_null())
        request.ticketNumber = row[9].as<std::int64_t>();
    return request;
}

void WebFormRepository::markConfirmed(Tx &tx, std::int64_t requestId, std::int64_t ticketId)
{
    tx.exec(kConfirm, requestId, ticketId);
}

std::string WebFormRepository::renewKey(Tx &tx, std::int64_t groupId)
{
    return tx.exec1(kRenewKey, groupId)[0].c_str();
}

} // namespace helpdesk::db
