#include "domain/MailboxAdmin.h"

#include "db/MailboxRepository.h"
#include "domain/Audit.h"
#include "domain/Secrets.h"

#include "domain/Permissions.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
// Columns an admin may set, with their JSON types; the password is never read back.
struct Column {
    const char *name;
    char type; // s: text, i: integer, b: boolean, n: nullable integer, t: nullable text
};
const Column kColumns[] = {
    {"name", 's'},
    {"protocol", 's'},
    {"host", 's'},
    {"port", 'i'},
    {"security", 's'},
    {"tls_verify", 'b'},
    {"username", 's'},
    {"password", 's'},
    {"folder", 's'},
    {"enabled", 'b'},
    {"poll_interval_minutes", 'i'},
    {"allow_unknown_senders", 'b'},
    {"keep_eml", 'b'},
    {"acting_user_id", 'n'},
    {"group_id", 'n'},
    {"open_state_id", 'n'},
    {"open_priority_id", 'n'},
    {"reply_state_id", 'n'},
    {"reply_priority_id", 'n'},
    {"pop3_delete", 'b'},
    {"imap_processed_folder", 't'},
    {"imap_error_folder", 't'},
    {"disable_after_failures", 'i'},
};

/// The settable columns present in `values`, in kColumns order (so the SQL names only constants).
std::vector<std::string> columnsIn(const protocol::JsonObject &values)
{
    std::vector<std::string> out;
    for (const auto &c : kColumns)
        if (values->has(c.name))
            out.emplace_back(c.name);
    return out;
}

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
        case 's':
            values->set(c.name, r.requireString(c.name));
            break;
        case 'i':
            values->set(c.name, r.requireInt(c.name));
            break;
        case 'b':
            values->set(c.name, *r.optBool(c.name));
            break;
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
            throw ApiError(ErrorCode::ValidationFailed, "poll_interval_minutes must be 1 to 1440",
                           "poll_interval_minutes");
    }
    if (values->has("disable_after_failures") && values->getValue<std::int64_t>("disable_after_failures") < 0)
        throw ApiError(ErrorCode::ValidationFailed, "disable_after_failures must be 0 (never) or more",
                       "disable_after_failures");
    if (values->has("name") && values->getValue<std::string>("name").empty())
        throw ApiError(ErrorCode::ValidationFailed, "name may not be empty", "name");
    // Stored sealed: a database dump does not give away the mailboxes.
    if (values->has("password"))
        values->set("password", secrets::seal(values->getValue<std::string>("password")));
    return values;
}

/// An admin account may not send a mailbox's stored password to another server, or over a
/// weaker connection: a new destination needs the password again in the same request.
void requirePasswordForNewDestination(const protocol::JsonObject &before, const protocol::JsonObject &values)
{
    if (values->has("password") || !before->optValue<bool>("password_set", false))
        return;
    bool moved = false;
    for (const char *column : {"host", "port", "security"})
        moved = moved || (values->has(column) && values->get(column).toString() != before->get(column).toString());
    moved = moved || (values->has("tls_verify") && !values->getValue<bool>("tls_verify") &&
                      before->optValue<bool>("tls_verify", true));
    if (moved)
        throw ApiError(ErrorCode::ValidationFailed,
                       "changing a mailbox's host, port or security needs its password again in the same request",
                       "password");
}

/// The row with why its stored password cannot be opened here (sealed under another key), if so.
protocol::JsonObject withPasswordProblem(db::Tx &tx, protocol::JsonObject row)
{
    if (!row)
        return row;
    if (auto stored = db::MailboxRepository::connection(tx, row->getValue<std::int64_t>("id"))) {
        auto password = secrets::OpenedSecret::fromStored(stored->storedPassword);
        if (!password.problem().empty())
            row->set("password_problem", password.problem());
    }
    return row;
}
} // namespace

protocol::JsonArray MailboxAdmin::list(db::Tx &tx, const Actor &actor)
{
    permissions::requireAdmin(actor);
    auto rows = db::MailboxRepository::list(tx);
    for (unsigned i = 0; i < rows->size(); ++i)
        withPasswordProblem(tx, rows->getObject(i));
    return rows;
}

protocol::JsonObject MailboxAdmin::create(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params)
{
    permissions::requireAdmin(actor);
    std::optional<std::int64_t> unused;
    auto values = readColumns(params, true, unused);
    auto id = db::MailboxRepository::insert(tx, columnsIn(values), values);
    auto row = db::MailboxRepository::get(tx, id);
    audit::record(tx, actor, "mailbox.created", "mailbox", id, nullptr, row,
                  params->has("password") ? std::vector<std::string>{"password"} : std::vector<std::string>{});
    return row;
}

protocol::JsonObject MailboxAdmin::update(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params)
{
    permissions::requireAdmin(actor);
    std::optional<std::int64_t> id;
    auto values = readColumns(params, false, id);
    auto before = db::MailboxRepository::get(tx, *id);
    if (before)
        requirePasswordForNewDestination(before, values);
    auto columns = columnsIn(values);
    // Re-enabling a mailbox clears its failure count and reason.
    bool clearFailures = values->has("enabled") && values->getValue<bool>("enabled");
    if ((!columns.empty() || clearFailures) && !db::MailboxRepository::update(tx, *id, columns, clearFailures, values))
        throw ApiError(ErrorCode::NotFound, "no mailbox " + std::to_string(*id), "id");
    auto after = db::MailboxRepository::get(tx, *id);
    if (!after || !before)
        throw ApiError(ErrorCode::NotFound, "no mailbox " + std::to_string(*id), "id");
    audit::record(tx, actor, "mailbox.updated", "mailbox", *id, before, after,
                  params->has("password") ? std::vector<std::string>{"password"} : std::vector<std::string>{});
    return withPasswordProblem(tx, after);
}

protocol::JsonArray MailboxAdmin::runs(db::Tx &tx, const Actor &actor, std::int64_t mailboxId, int limit)
{
    permissions::requireAdmin(actor);
    return db::MailboxRepository::runs(tx, mailboxId, limit);
}

} // namespace helpdesk::domain
