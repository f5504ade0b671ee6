#include "domain/MailboxAdmin.h"
#include "domain/Audit.h"

#include "domain/Permissions.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
// Columns an admin may set, with their JSON types; the password is never read back.
struct Column {
    const char *name;
    char type;  // s: text, i: integer, b: boolean, n: nullable integer, t: nullable text
};
const Column kColumns[] = {
    {"name", 's'}, {"protocol", 's'}, {"host", 's'}, {"port", 'i'}, {"security", 's'}, {"tls_verify", 'b'}, {"username", 's'},
    {"password", 's'}, {"folder", 's'}, {"enabled", 'b'}, {"poll_interval_minutes", 'i'},
    {"allow_unknown_senders", 'b'}, {"keep_eml", 'b'}, {"acting_user_id", 'n'}, {"group_id", 'n'},
    {"open_state_id", 'n'}, {"open_priority_id", 'n'}, {"reply_state_id", 'n'}, {"reply_priority_id", 'n'},
    {"pop3_delete", 'b'}, {"imap_processed_folder", 't'}, {"imap_error_folder", 't'}, {"disable_after_failures", 'i'},
};

const char *kSelect =
    "SELECT json_build_object('id', id, 'name', name, 'protocol', protocol, 'host', host, 'port', port,"
    " 'security', security, 'tls_verify', tls_verify, 'username', username, 'password_set', password <> '', 'folder', folder,"
    " 'enabled', enabled, 'poll_interval_minutes', poll_interval_minutes, 'allow_unknown_senders', allow_unknown_senders,"
    " 'keep_eml', keep_eml, 'acting_user_id', acting_user_id, 'group_id', group_id, 'open_state_id', open_state_id,"
    " 'open_priority_id', open_priority_id, 'reply_state_id', reply_state_id, 'reply_priority_id', reply_priority_id,"
    " 'pop3_delete', pop3_delete, 'imap_processed_folder', imap_processed_folder, 'imap_error_folder', imap_error_folder,"
    " 'disable_after_failures', disable_after_failures, 'consecutive_failures', consecutive_failures,"
    " 'disabled_reason', disabled_reason, 'last_polled_at', last_polled_at)::text FROM mailboxes";

protocol::JsonObject readColumns(const protocol::JsonObject &params, bool creating, std::optional<std::int64_t> &id)
{
    protocol::JsonReader r(params);
    if (!creating)
        id = r.requireInt("id");
    auto values = protocol::newObject();
    for (const auto &c : kColumns) {
        if (!r.has(c.name)) {
            r.accept(c.name);
            continue;
        }
        switch (c.type) {
        case 's': values->set(c.name, r.requireString(c.name)); break;
        case 'i': values->set(c.name, r.requireInt(c.name)); break;
        case 'b': values->set(c.name, *r.optBool(c.name)); break;
        case 'n': {
            auto v = r.optInt(c.name);
            values->set(c.name, v ? Poco::Dynamic::Var(*v) : Poco::Dynamic::Var());
            break;
        }
        case 't': {
            auto v = r.optString(c.name);
            values->set(c.name, v && !v->empty() ? Poco::Dynamic::Var(*v) : Poco::Dynamic::Var());
            break;
        }
        }
    }
    r.finish();
    if (creating)
        for (const char *required : {"name", "protocol", "host", "port", "username", "password"})
            if (!values->has(required))
                throw ApiError(ErrorCode::ValidationFailed, std::string(required) + " is required", required);
    if (values->has("protocol")) {
        auto p = values->getValue<std::string>("protocol");
        if (p != "imap" && p != "pop3")
            throw ApiError(ErrorCode::ValidationFailed, "protocol must be imap or pop3", "protocol");
    }
    if (values->has("security")) {
        auto s = values->getValue<std::string>("security");
        if (s != "tls" && s != "starttls" && s != "none")
            throw ApiError(ErrorCode::ValidationFailed, "security must be tls, starttls or none", "security");
    }
    if (values->has("port")) {
        auto p = values->getValue<std::int64_t>("port");
        if (p < 1 || p > 65535)
            throw ApiError(ErrorCode::ValidationFailed, "port must be 1 to 65535", "port");
    }
    if (values->has("poll_interval_minutes")) {
        auto v = values->getValue<std::int64_t>("poll_interval_minutes");
        if (v < 1 || v > 1440)
            throw ApiError(ErrorCode::ValidationFailed, "poll_interval_minutes must be 1 to 1440", "poll_interval_minutes");
    }
    if (values->has("disable_after_failures") && values->getValue<std::int64_t>("disable_after_failures") < 0)
        throw ApiError(ErrorCode::ValidationFailed, "disable_after_failures must be 0 (never) or more", "disable_after_failures");
    if (values->has("name") && values->getValue<std::string>("name").empty())
        throw ApiError(ErrorCode::ValidationFailed, "name may not be empty", "name");
    return values;
}
} // namespace

protocol::JsonArray MailboxAdmin::list(db::Tx &tx, const Actor &actor)
{
    permissions::requireAdmin(actor);
    auto out = protocol::newArray();
    for (const auto &row : tx.raw().exec(std::string(kSelect) + " ORDER BY id"))
        out->add(protocol::parseJsonObject(row[0].c_str()));
    return out;
}

protocol::JsonObject MailboxAdmin::create(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params)
{
    permissions::requireAdmin(actor);
    std::optional<std::int64_t> unused;
    auto values = readColumns(params, true, unused);
    // Column names come from kColumns (constants), values travel as one JSON parameter.
    std::string cols, exprs;
    for (const auto &c : kColumns) {
        if (!values->has(c.name))
            continue;
        cols += (cols.empty() ? "" : ", ") + std::string(c.name);
        exprs += (exprs.empty() ? "r." : ", r.") + std::string(c.name);
    }
    auto id = tx.raw().exec_params1("INSERT INTO mailboxes (" + cols + ") SELECT " + exprs
                                        + " FROM jsonb_populate_record(NULL::mailboxes, $1::jsonb) r RETURNING id",
                                    protocol::toJsonText(values))[0].as<std::int64_t>();
    auto row = protocol::parseJsonObject(tx.raw().exec_params1(std::string(kSelect) + " WHERE id = $1", id)[0].c_str());
    audit::record(tx, actor, "mailbox.created", "mailbox", id, nullptr, row,
                  params->has("password") ? std::vector<std::string>{"password"} : std::vector<std::string>{});
    return row;
}

protocol::JsonObject MailboxAdmin::update(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params)
{
    permissions::requireAdmin(actor);
    std::optional<std::int64_t> id;
    auto values = readColumns(params, false, id);
    auto before = tx.raw().exec_params(std::string(kSelect) + " WHERE id = $1", *id);
    std::string sets;
    for (const auto &c : kColumns)
        if (values->has(c.name))
            sets += (sets.empty() ? "" : ", ") + std::string(c.name) + " = r." + c.name;
    // Re-enabling a mailbox clears its failure count and reason.
    if (values->has("enabled") && values->getValue<bool>("enabled"))
        sets += std::string(sets.empty() ? "" : ", ") + "consecutive_failures = 0, disabled_reason = NULL";
    if (!sets.empty()) {
        auto result = tx.raw().exec_params("UPDATE mailboxes m SET " + sets + ", updated_at = now()"
                                               + " FROM jsonb_populate_record(NULL::mailboxes, $2::jsonb) r WHERE m.id = $1",
                                           *id, protocol::toJsonText(values));
        if (result.affected_rows() == 0)
            throw ApiError(ErrorCode::NotFound, "no mailbox " + std::to_string(*id), "id");
    }
    auto row = tx.raw().exec_params(std::string(kSelect) + " WHERE id = $1", *id);
    if (row.empty() || before.empty())
        throw ApiError(ErrorCode::NotFound, "no mailbox " + std::to_string(*id), "id");
    auto after = protocol::parseJsonObject(row[0][0].c_str());
    audit::record(tx, actor, "mailbox.updated", "mailbox", *id, protocol::parseJsonObject(before[0][0].c_str()), after,
                  params->has("password") ? std::vector<std::string>{"password"} : std::vector<std::string>{});
    return after;
}

protocol::JsonArray MailboxAdmin::runs(db::Tx &tx, const Actor &actor, std::int64_t mailboxId, int limit)
{
    permissions::requireAdmin(actor);
    auto out = protocol::newArray();
    for (const auto &row : tx.raw().exec_params(
             "SELECT json_build_object('id', id, 'mailbox_id', mailbox_id, 'started_at', started_at, 'finished_at',"
             " finished_at, 'fetched', fetched, 'created', created, 'appended', appended, 'failed', failed, 'error', error,"
             " 'details', details)::text FROM mailbox_runs WHERE mailbox_id = $1 ORDER BY id DESC LIMIT $2",
             mailboxId, limit))
        out->add(protocol::parseJsonObject(row[0].c_str()));
    return out;
}

} // namespace helpdesk::domain
