#include "integrations/freshdesk/FreshdeskImporter.h"

#include "db/ArticleRepository.h"
#include "db/EventRepository.h"
#include "domain/Passwords.h"
#include "mail/HtmlText.h"
#include "mail/TlsContext.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <pqxx/pqxx>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <sstream>

namespace helpdesk::integrations::freshdesk {

namespace {
const char *kSource = "freshdesk";
constexpr std::size_t kMaxAttachmentBytes = 25 * 1024 * 1024;

Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.import");
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

/// COPY of one row; a missing value is NULL.
template <std::size_t N>
void copyRow(pqxx::stream_to &stream, const std::array<std::optional<std::string>, N> &cells)
{
    std::array<const char *, N> row{};
    for (std::size_t i = 0; i < N; ++i)
        row[i] = cells[i] ? cells[i]->c_str() : nullptr;
    stream << row;
}

std::optional<std::string> opt(const std::string &s)
{
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

std::optional<std::string> opt(std::optional<long long> v)
{
    return v ? std::optional<std::string>(std::to_string(*v)) : std::nullopt;
}

std::string num(long long v)
{
    return std::to_string(v);
}

/// Freshdesk's source of a ticket as one of our article channels.
std::string channelOf(int source)
{
    switch (source) {
    case 1:   // email
    case 10:  // outbound email
        return "email";
    case 3:  // phone
        return "phone_in";
    default:  // portal, chat, feedback widget, forum, …
        return "web";
    }
}

/// "cf_serial_number_4711" (the account id appended by Freshdesk) as our field name.
std::string fieldName(const std::string &freshdesk)
{
    std::string name = lower(freshdesk);
    static const RE2 accountSuffix("_[0-9]+$");
    static const RE2 notAllowed("[^a-z0-9_]", RE2::Latin1);  // byte by byte, as names were always made
    RE2::Replace(&name, accountSuffix, "");
    RE2::GlobalReplace(&name, notAllowed, "_");
    if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0])))
        name = "cf_" + name;
    return name.substr(0, 63);
}

std::string fieldType(const std::string &railsType)
{
    if (railsType == "integer")
        return "integer";
    if (railsType == "boolean")
        return "boolean";
    if (railsType == "date")
        return "date";
    if (railsType == "datetime")
        return "datetime";
    return "text";
}

/// A custom value as JSON text for jsonb_build_object-free assembly.
void setCustom(protocol::JsonObject &custom, const std::string &name, const std::string &type, const std::string &value)
{
    try {
        if (type == "integer")
            custom->set(name, static_cast<std::int64_t>(std::stoll(value)));
        else if (type == "boolean")
            custom->set(name, value == "true" || value == "1");
        else
            custom->set(name, value);
    } catch (const std::exception &) {
        custom->set(name, value);
    }
}

/// HTML from another system goes through the same sanitizer as mail: no active content stored.
std::string sanitizedHtml(const std::string &html)
{
    return html.empty() ? std::string() : mail::htmltext::sanitize(html);
}

std::string attachmentList(const std::vector<FdAttachment> &attachments)
{
    if (attachments.empty())
        return {};
    std::string out = "\n\n[Attachments in Freshdesk, not downloaded]";
    for (const auto &a : attachments)
        out += "\n- " + a.name + " (" + std::to_string(a.size) + " bytes) " + a.url;
    return out;
}
} // namespace

struct FreshdeskImporter::Resolved {
};

FreshdeskImporter::FreshdeskImporter(db::ConnectionPool &pool, ImportOptions options) : m_pool(pool), m_options(options) {}

void FreshdeskImporter::ensureCustomField(db::Tx &tx, const std::string &objectKind, const std::string &name,
                                          const std::string &label, const std::string &type)
{
    tx.raw().exec_params("INSERT INTO custom_field_defs (object_kind, name, label, field_type) VALUES ($1, $2, $3, $4)"
                         " ON CONFLICT (object_kind, name) DO NOTHING",
                         objectKind, name, label, type);
}

void FreshdeskImporter::loadMap(db::Tx &tx)
{
    m_map.clear();
    for (const auto &row : tx.raw().exec_params("SELECT kind, external_id, local_id FROM import_map WHERE source = $1"
                                                " AND kind <> 'article'",
                                                std::string(kSource)))
        m_map[row[0].c_str()][std::stoll(row[1].c_str())] = row[2].as<long long>();
}

void FreshdeskImporter::prepare()
{
    m_pool.write([&](db::Tx &tx) {
        ensureCustomField(tx, "ticket", "freshdesk_id", "Freshdesk id", "integer");
        ensureCustomField(tx, "ticket", "freshdesk_display_id", "Freshdesk ticket number", "integer");
        ensureCustomField(tx, "ticket", "freshdesk_created", "Created in Freshdesk", "datetime");
        ensureCustomField(tx, "ticket", "freshdesk_updated", "Updated in Freshdesk", "datetime");
        ensureCustomField(tx, "ticket", "imported", "Imported", "boolean");
        ensureCustomField(tx, "user", "freshdesk_id", "Freshdesk id", "integer");
        ensureCustomField(tx, "organization", "freshdesk_id", "Freshdesk id", "integer");
        // Freshdesk's fixed statuses and priorities, found or created once.
        for (const auto &[name, type] : std::vector<std::pair<std::string, std::string>>{
                 {"open", "open"}, {"pending reminder", "pending_reminder"}, {"resolved", "closed"}, {"closed", "closed"}})
            tx.raw().exec_params("INSERT INTO ticket_states (name, state_type) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING", name,
                                 type);
        for (const auto &row : tx.raw().exec("SELECT lower(name), id FROM ticket_states"))
            m_stateByName[row[0].c_str()] = row[1].as<long long>();
        for (const auto &row : tx.raw().exec("SELECT lower(name), id FROM ticket_types"))
            m_typeByName[row[0].c_str()] = row[1].as<long long>();
        for (const auto &row : tx.raw().exec("SELECT rank, id FROM ticket_priorities ORDER BY rank"))
            m_priorityByRank[row[0].as<int>()] = row[1].as<long long>();
        auto group = tx.raw().exec("SELECT id FROM groups WHERE active ORDER BY id LIMIT 1");
        m_defaultGroup = group.empty() ? 0 : group[0][0].as<long long>();
        loadMap(tx);
    });
}

long long FreshdeskImporter::progress(const std::string &item)
{
    return m_pool.read([&](db::Tx &tx) {
        auto r = tx.raw().exec_params("SELECT position FROM import_progress WHERE source = $1 AND item = $2", std::string(kSource), item);
        return r.empty() ? 0LL : r[0][0].as<long long>();
    });
}

void FreshdeskImporter::setProgress(const std::string &item, long long position)
{
    m_pool.write([&](db::Tx &tx) {
        tx.raw().exec_params("INSERT INTO import_progress (source, item, position) VALUES ($1, $2, $3)"
                             " ON CONFLICT (source, item) DO UPDATE SET position = excluded.position, updated_at = now()",
                             std::string(kSource), item, position);
    });
}

void FreshdeskImporter::clearProgress()
{
    m_pool.write([&](db::Tx &tx) {
        tx.raw().exec_params("DELETE FROM import_progress WHERE source = $1 AND item <> 'api:updated_since'", std::string(kSource));
    });
}

std::string FreshdeskImporter::progressText(const std::string &item)
{
    return m_pool.read([&](db::Tx &tx) {
        auto r = tx.raw().exec_params("SELECT to_char(to_timestamp(position) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                                      " FROM import_progress WHERE source = $1 AND item = $2",
                                      std::string(kSource), item);
        return r.empty() ? std::string() : std::string(r[0][0].c_str());
    });
}

void FreshdeskImporter::setProgressText(const std::string &item, const std::string &isoTime)
{
    m_pool.write([&](db::Tx &tx) {
        tx.raw().exec_params("INSERT INTO import_progress (source, item, position)"
                             " VALUES ($1, $2, extract(epoch FROM $3::timestamptz)::bigint)"
                             " ON CONFLICT (source, item) DO UPDATE SET position = excluded.position, updated_at = now()",
                             std::string(kSource), item, isoTime);
    });
}

void FreshdeskImporter::logWarning(const std::string &kind, const std::string &reason)
{
    logger().warning("freshdesk %s: %s", kind, reason);
    m_pool.write([&](db::Tx &tx) {
        tx.raw().exec_params("INSERT INTO import_log (source, kind, outcome, reason) VALUES ($1, $2, 'warning', $3)",
                             std::string(kSource), kind, reason);
    });
}

void FreshdeskImporter::logFailure(const std::string &kind, const std::string &externalId, const std::string &reason)
{
    ++m_totals[kind].failed;
    logger().warning("freshdesk %s %s failed: %s", kind, externalId, reason);
    try {
        m_pool.write([&](db::Tx &tx) {
            tx.raw().exec_params("INSERT INTO import_log (source, kind, external_id, outcome, reason) VALUES ($1, $2, $3, 'failed', $4)",
                                 std::string(kSource), kind, externalId, reason.substr(0, 2000));
        });
    } catch (const std::exception &) {
    }
}

std::optional<long long> FreshdeskImporter::localId(const std::string &kind, long long externalId) const
{
    auto k = m_map.find(kind);
    if (k == m_map.end())
        return std::nullopt;
    auto it = k->second.find(externalId);
    return it == k->second.end() ? std::nullopt : std::optional<long long>(it->second);
}

void FreshdeskImporter::importCompanies(const std::vector<FdCompany> &companies)
{
    if (companies.empty())
        return;
    m_pool.write([&](db::Tx &tx) {
        auto &w = tx.raw();
        w.exec("CREATE TEMP TABLE st_companies (fd_id bigint, name text, created_at timestamptz, updated_at timestamptz) ON COMMIT DROP");
        {
            pqxx::stream_to stream(w, "st_companies", std::vector<std::string>{"fd_id", "name", "created_at", "updated_at"});
            for (const auto &c : companies)
                copyRow<4>(stream, {num(c.id), c.name, opt(c.createdAt), opt(c.updatedAt)});
            stream.complete();
        }
        w.exec("ANALYZE st_companies");
        auto counts = w.exec_params(
            "WITH up AS (INSERT INTO organizations (name, custom, created_at, updated_at)"
            "  SELECT DISTINCT ON (lower(name)) name, jsonb_build_object('freshdesk_id', fd_id),"
            "   coalesce(created_at, now()), coalesce(updated_at, created_at, now()) FROM st_companies ORDER BY lower(name), fd_id"
            "  ON CONFLICT (lower(name)) DO UPDATE SET custom = organizations.custom || excluded.custom, updated_at = excluded.updated_at"
            "  RETURNING id, lower(name) AS lname, (xmax = 0) AS inserted),"
            " mapped AS (INSERT INTO import_map (source, kind, external_id, local_id)"
            "  SELECT $1, 'company', s.fd_id::text, up.id FROM st_companies s JOIN up ON up.lname = lower(s.name)"
            "  ON CONFLICT (source, kind, external_id) DO UPDATE SET local_id = excluded.local_id RETURNING 1)"
            " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted), (SELECT count(*) FROM mapped) FROM up",
            std::string(kSource));
        m_totals["company"].created += counts[0][0].as<long long>();
        m_totals["company"].updated += counts[0][1].as<long long>();
        loadMap(tx);
    });
}

void FreshdeskImporter::importGroups(const std::vector<FdGroup> &groups)
{
    if (groups.empty())
        return;
    m_pool.write([&](db::Tx &tx) {
        auto &w = tx.raw();
        w.exec("CREATE TEMP TABLE st_groups (fd_id bigint, name text) ON COMMIT DROP");
        {
            pqxx::stream_to stream(w, "st_groups", std::vector<std::string>{"fd_id", "name"});
            for (const auto &g : groups)
                copyRow<2>(stream, {num(g.id), g.name});
            stream.complete();
        }
        w.exec("ANALYZE st_groups");
        auto counts = w.exec_params(
            "WITH up AS (INSERT INTO groups (name) SELECT DISTINCT ON (lower(name)) name FROM st_groups ORDER BY lower(name), fd_id"
            "  ON CONFLICT (lower(name)) DO UPDATE SET updated_at = now() RETURNING id, lower(name) AS lname, (xmax = 0) AS inserted),"
            " mapped AS (INSERT INTO import_map (source, kind, external_id, local_id)"
            "  SELECT $1, 'group', s.fd_id::text, up.id FROM st_groups s JOIN up ON up.lname = lower(s.name)"
            "  ON CONFLICT (source, kind, external_id) DO UPDATE SET local_id = excluded.local_id RETURNING 1)"
            " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted), (SELECT count(*) FROM mapped) FROM up",
            std::string(kSource));
        m_totals["group"].created += counts[0][0].as<long long>();
        m_totals["group"].updated += counts[0][1].as<long long>();
        loadMap(tx);
    });
}

void FreshdeskImporter::importUsers(const std::vector<FdUser> &users)
{
    if (users.empty())
        return;
    m_pool.write([&](db::Tx &tx) {
        auto &w = tx.raw();
        w.exec("CREATE TEMP TABLE st_users (fd_id bigint, email text, name text, role text, organization_id bigint,"
               " active boolean, language text, created_at timestamptz, updated_at timestamptz, custom jsonb) ON COMMIT DROP");
        // Contact fields become user custom fields, created before the COPY starts.
        std::vector<std::string> customs;
        for (const auto &u : users) {
            auto custom = protocol::newObject();
            custom->set("freshdesk_id", static_cast<std::int64_t>(u.id));
            for (const auto &field : u.custom) {
                auto name = fieldName(field.name);
                if (!m_userFields.count(field.name)) {
                    ensureCustomField(tx, "user", name, field.name, fieldType(field.type));
                    m_userFields.insert(field.name);
                }
                if (field.value && !field.value->empty())
                    setCustom(custom, name, fieldType(field.type), *field.value);
            }
            customs.push_back(protocol::toJsonText(custom));
        }
        {
            pqxx::stream_to stream(w, "st_users", std::vector<std::string>{"fd_id", "email", "name", "role", "organization_id",
                                                                              "active", "language", "created_at", "updated_at", "custom"});
            std::size_t index = 0;
            for (const auto &u : users) {
                // Contacts without an address still own tickets: a placeholder that can never receive mail.
                std::string email = u.email.empty() ? "fd-user-" + num(u.id) + "@freshdesk.invalid" : u.email;
                std::string name = u.name.empty() ? email.substr(0, email.find('@')) : u.name;
                std::optional<std::string> org;
                if (u.companyId)
                    if (auto local = localId("company", *u.companyId))
                        org = num(*local);
                copyRow<10>(stream, {num(u.id), email, name, std::string(u.agent ? "agent" : "customer"), org,
                                     std::string(u.active ? "t" : "f"), opt(u.language), opt(u.createdAt), opt(u.updatedAt),
                                     customs[index++]});
            }
            stream.complete();
        }
        w.exec("ANALYZE st_users");
        auto counts = w.exec_params(
            "WITH up AS (INSERT INTO users (email, name, role, organization_id, active, language, custom, created_at, updated_at)"
            "  SELECT DISTINCT ON (lower(email)) email, name, role, organization_id, active, language,"
            "   custom, coalesce(created_at, now()), coalesce(updated_at, created_at, now())"
            "  FROM st_users ORDER BY lower(email), fd_id"
            "  ON CONFLICT (lower(email)) DO UPDATE SET name = excluded.name,"
            "   role = CASE WHEN users.role IN ('admin', 'supervisor') THEN users.role ELSE excluded.role END,"
            "   organization_id = coalesce(excluded.organization_id, users.organization_id),"
            "   active = excluded.active, language = coalesce(excluded.language, users.language),"
            "   custom = users.custom || excluded.custom, updated_at = excluded.updated_at"
            "  RETURNING id, lower(email) AS lemail, (xmax = 0) AS inserted),"
            " mapped AS (INSERT INTO import_map (source, kind, external_id, local_id)"
            "  SELECT $1, 'user', s.fd_id::text, up.id FROM st_users s JOIN up ON up.lemail = lower(s.email)"
            "  ON CONFLICT (source, kind, external_id) DO UPDATE SET local_id = excluded.local_id RETURNING 1)"
            " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted), (SELECT count(*) FROM mapped) FROM up",
            std::string(kSource));
        m_totals["user"].created += counts[0][0].as<long long>();
        m_totals["user"].updated += counts[0][1].as<long long>();
        // Two contacts with one address become one person: said in the log.
        auto merged = static_cast<long long>(users.size()) - counts[0][0].as<long long>() - counts[0][1].as<long long>();
        if (merged > 0)
            w.exec_params("INSERT INTO import_log (source, kind, outcome, reason) VALUES ($1, 'user', 'warning', $2)",
                          std::string(kSource), std::to_string(merged) + " contacts shared an e-mail address with another and were merged");
        loadMap(tx);
    });
}

long long FreshdeskImporter::stateFor(db::Tx &tx, const FdTicket &t)
{
    std::string name;
    switch (t.status) {
    case 2: name = "open"; break;
    case 3: name = "pending reminder"; break;
    case 4: name = "resolved"; break;
    case 5: name = "closed"; break;
    default: name = t.statusName.empty() ? "status " + std::to_string(t.status) : lower(t.statusName); break;
    }
    auto it = m_stateByName.find(name);
    if (it != m_stateByName.end())
        return it->second;
    // A custom Freshdesk status: a state of its own, counted as open work.
    auto id = tx.raw()
                  .exec_params1("INSERT INTO ticket_states (name, state_type) VALUES ($1, 'open')"
                                " ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id",
                                name)[0]
                  .as<long long>();
    m_stateByName[name] = id;
    return id;
}

long long FreshdeskImporter::priorityFor(int priority) const
{
    auto it = m_priorityByRank.find(std::clamp(priority, 1, 4));
    return it != m_priorityByRank.end() ? it->second : m_priorityByRank.begin()->second;
}

std::optional<long long> FreshdeskImporter::typeFor(db::Tx &tx, const std::string &name)
{
    if (name.empty())
        return std::nullopt;
    auto key = lower(name);
    auto it = m_typeByName.find(key);
    if (it != m_typeByName.end())
        return it->second;
    auto id = tx.raw()
                  .exec_params1("INSERT INTO ticket_types (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = excluded.name"
                                " RETURNING id",
                                key)[0]
                  .as<long long>();
    m_typeByName[key] = id;
    return id;
}

long long FreshdeskImporter::placeholderUser(db::Tx &tx, long long fdUserId, const FdTicket &t)
{
    // A requester the export does not list (deleted contact): kept as a customer of its own.
    std::string email = t.requesterEmail.empty() ? "fd-user-" + num(fdUserId) + "@freshdesk.invalid" : t.requesterEmail;
    std::string name = t.requesterName.empty() ? "Freshdesk contact " + num(fdUserId) : t.requesterName;
    auto id = tx.raw()
                  .exec_params1("INSERT INTO users (email, name, role, custom) VALUES ($1, $2, 'customer', jsonb_build_object('freshdesk_id', $3::bigint))"
                                " ON CONFLICT (lower(email)) DO UPDATE SET updated_at = users.updated_at RETURNING id",
                                email, name, fdUserId)[0]
                  .as<long long>();
    tx.raw().exec_params("INSERT INTO import_map (source, kind, external_id, local_id) VALUES ($1, 'user', $2, $3)"
                         " ON CONFLICT (source, kind, external_id) DO NOTHING",
                         std::string(kSource), num(fdUserId), id);
    tx.raw().exec_params("INSERT INTO import_log (source, kind, external_id, outcome, reason) VALUES ($1, 'user', $2, 'warning', $3)",
                         std::string(kSource), num(fdUserId),
                         "requester of ticket " + num(t.displayId) + " is not in the export; created as " + email);
    return id;
}

std::optional<std::string> FreshdeskImporter::downloadAttachment(const FdAttachment &attachment, std::string &content)
{
    try {
        Poco::URI uri(attachment.url);
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (uri.getScheme() == "https")
            session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), mail::tls::clientContext(true));
        else if (uri.getScheme() == "http")
            session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
        else
            return "not an http(s) address";
        session->setTimeout(Poco::Timespan(30, 0));
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, uri.getPathAndQuery(), Poco::Net::HTTPMessage::HTTP_1_1);
        session->sendRequest(request);
        Poco::Net::HTTPResponse response;
        auto &body = session->receiveResponse(response);
        if (response.getStatus() != Poco::Net::HTTPResponse::HTTP_OK)
            return "HTTP " + std::to_string(static_cast<int>(response.getStatus()));
        content.clear();
        char buffer[65536];
        while (body.read(buffer, sizeof buffer) || body.gcount() > 0) {
            content.append(buffer, static_cast<std::size_t>(body.gcount()));
            if (content.size() > kMaxAttachmentBytes)
                return "larger than 25 MB";
        }
        return std::nullopt;
    } catch (const Poco::Exception &e) {
        return e.displayText();
    }
}

void FreshdeskImporter::importTickets(const std::vector<FdTicket> &tickets)
{
    if (tickets.empty())
        return;
    try {
        m_pool.write([&](db::Tx &tx) { importTicketBatch(tx, tickets); });
        return;
    } catch (const std::exception &e) {
        if (tickets.size() == 1) {
            logFailure("ticket", num(tickets.front().id), e.what());
            return;
        }
        logger().information("a batch of %z tickets failed (%s); importing them one by one", tickets.size(), std::string(e.what()));
    }
    // Find the bad record: every good one still goes in.
    for (const auto &t : tickets) {
        try {
            m_pool.write([&](db::Tx &tx) { importTicketBatch(tx, {t}); });
        } catch (const std::exception &e) {
            logFailure("ticket", num(t.id), e.what());
        }
    }
}

void FreshdeskImporter::importTicketBatch(db::Tx &tx, const std::vector<FdTicket> &tickets)
{
    auto &w = tx.raw();
    w.exec("CREATE TEMP TABLE st_tickets (pos int, fd_id bigint, display_id bigint, title text, group_id bigint, customer_id bigint,"
           " owner_id bigint, state_id bigint, priority_id bigint, type_id bigint, custom jsonb, created_at timestamptz,"
           " updated_at timestamptz, closed boolean) ON COMMIT DROP");
    w.exec("CREATE TEMP TABLE st_tags (fd_id bigint, tag text) ON COMMIT DROP");
    w.exec("CREATE TEMP TABLE st_articles (ext_id text, ticket_fd bigint, pos int, internal boolean, sender text, channel text,"
           " author_id bigint, from_addr text, subject text, body_text text, body_html text, created_at timestamptz) ON COMMIT DROP");
    std::set<long long> agents;
    for (const auto &row : w.exec("SELECT id FROM users WHERE role <> 'customer'"))
        agents.insert(row[0].as<long long>());
    std::vector<std::tuple<std::string, FdAttachment>> downloads;  // article ext id, attachment
    {
        // Everything is resolved first (that may write placeholders and states); a COPY in
        // progress allows no other statement on the connection.
        std::vector<std::array<std::optional<std::string>, 14>> ticketRows;
        std::vector<std::array<std::optional<std::string>, 2>> tags;
        std::vector<std::array<std::optional<std::string>, 12>> articles;
        int pos = 0;
        for (const auto &t : tickets) {
            auto group = t.groupId ? localId("group", *t.groupId) : std::nullopt;
            if (!group)
                group = m_defaultGroup;
            std::optional<long long> customer = t.requesterId ? localId("user", *t.requesterId) : std::nullopt;
            if (!customer) {
                customer = placeholderUser(tx, t.requesterId.value_or(-t.id), t);
                m_map["user"][t.requesterId.value_or(-t.id)] = *customer;
            }
            std::optional<long long> owner = t.responderId ? localId("user", *t.responderId) : std::nullopt;
            if (t.responderId && (!owner || !agents.count(*owner))) {
                w.exec_params("INSERT INTO import_log (source, kind, external_id, outcome, reason) VALUES ($1, 'ticket', $2, 'warning', $3)",
                              std::string(kSource), num(t.id), "owner " + num(*t.responderId) + " is not a known agent; left unassigned");
                owner.reset();
            }
            auto state = stateFor(tx, t);
            bool closed = t.status == 4 || t.status == 5;
            auto custom = protocol::newObject();
            custom->set("freshdesk_id", static_cast<std::int64_t>(t.id));
            custom->set("freshdesk_display_id", static_cast<std::int64_t>(t.displayId));
            if (!t.createdAt.empty())
                custom->set("freshdesk_created", t.createdAt);
            if (!t.updatedAt.empty())
                custom->set("freshdesk_updated", t.updatedAt);
            custom->set("imported", true);
            for (const auto &field : t.custom) {
                auto name = fieldName(field.name);
                if (!m_customFields.count(field.name)) {
                    ensureCustomField(tx, "ticket", name, field.name, fieldType(field.type));
                    m_customFields[field.name] = name;
                }
                if (field.value && !field.value->empty())
                    setCustom(custom, name, fieldType(field.type), *field.value);
            }
            ticketRows.push_back({std::to_string(pos), num(t.id), num(t.displayId), t.subject.empty() ? "(no subject)" : t.subject,
                                  num(*group), num(*customer), opt(owner), num(state), num(priorityFor(t.priority)),
                                  opt(typeFor(tx, t.type)), protocol::toJsonText(custom), opt(t.createdAt), opt(t.updatedAt),
                                  std::string(closed ? "t" : "f")});
            for (const auto &tag : t.tags)
                tags.push_back({num(t.id), tag.substr(0, 100)});
            // The description is the first article, from the requester (or from the agent for outbound mail).
            bool outbound = t.source == 10;
            std::string descriptionId = "d" + num(t.id);
            std::string text = t.description.empty() && !t.descriptionHtml.empty() ? mail::htmltext::toPlainText(t.descriptionHtml) : t.description;
            if (!m_options.downloadAttachments)
                text += attachmentList(t.attachments);
            else
                for (const auto &a : t.attachments)
                    downloads.emplace_back(descriptionId, a);
            articles.push_back({descriptionId, num(t.id), std::string("0"), std::string("f"), std::string(outbound ? "agent" : "customer"),
                                channelOf(t.source), num(outbound && owner ? *owner : *customer), std::nullopt, t.subject, text,
                                opt(sanitizedHtml(t.descriptionHtml)), opt(t.createdAt)});
            int notePos = 1;
            for (const auto &n : t.notes) {
                std::optional<long long> author = n.userId ? localId("user", *n.userId) : std::nullopt;
                bool byAgent = !n.incoming && author && agents.count(*author);
                std::string channel = n.isPrivate ? "note" : (byAgent ? "email" : channelOf(t.source));
                std::string body = n.body.empty() && !n.bodyHtml.empty() ? mail::htmltext::toPlainText(n.bodyHtml) : n.body;
                std::string noteId = "n" + num(n.id);
                if (!m_options.downloadAttachments)
                    body += attachmentList(n.attachments);
                else
                    for (const auto &a : n.attachments)
                        downloads.emplace_back(noteId, a);
                articles.push_back({noteId, num(t.id), std::to_string(notePos++), std::string(n.isPrivate ? "t" : "f"),
                                    std::string(byAgent ? "agent" : "customer"), channel, opt(author), std::nullopt, t.subject, body,
                                    opt(sanitizedHtml(n.bodyHtml)), opt(n.createdAt)});
            }
            ++pos;
        }
        pqxx::stream_to ticketStream(w, "st_tickets",
                                     std::vector<std::string>{"pos", "fd_id", "display_id", "title", "group_id", "customer_id", "owner_id",
                                                              "state_id", "priority_id", "type_id", "custom", "created_at", "updated_at",
                                                              "closed"});
        for (const auto &row : ticketRows)
            copyRow<14>(ticketStream, row);
        ticketStream.complete();
        pqxx::stream_to tagStream(w, "st_tags", std::vector<std::string>{"fd_id", "tag"});
        for (const auto &row : tags)
            copyRow<2>(tagStream, row);
        tagStream.complete();
        pqxx::stream_to articleStream(w, "st_articles",
                                      std::vector<std::string>{"ext_id", "ticket_fd", "pos", "internal", "sender", "channel", "author_id",
                                                               "from_addr", "subject", "body_text", "body_html", "created_at"});
        for (const auto &row : articles)
            copyRow<12>(articleStream, row);
        articleStream.complete();
    }
    // Temporary tables have no statistics: without them the planner joins the staged rows to the
    // growing import_map by nested loops, and each batch gets slower than the last (measured).
    w.exec("ANALYZE st_tickets, st_tags, st_articles");
    const std::string source = kSource;
    auto updated = w.exec_params(
        "WITH upd AS (UPDATE tickets t SET title = s.title, group_id = s.group_id, customer_id = s.customer_id, owner_id = s.owner_id,"
        "  organization_id = (SELECT organization_id FROM users u WHERE u.id = s.customer_id), state_id = s.state_id,"
        "  priority_id = s.priority_id, type_id = s.type_id, custom = t.custom || s.custom,"
        "  created_at = coalesce(s.created_at, t.created_at), updated_at = coalesce(s.updated_at, t.updated_at),"
        "  closed_at = CASE WHEN s.closed THEN coalesce(s.updated_at, now()) END"
        "  FROM st_tickets s JOIN import_map m ON m.source = $1 AND m.kind = 'ticket' AND m.external_id = s.fd_id::text"
        "  WHERE t.id = m.local_id RETURNING t.id) SELECT count(*) FROM upd",
        source)[0][0].as<long long>();
    auto created = w.exec_params(
        "WITH ins AS (INSERT INTO tickets (number, title, group_id, customer_id, owner_id, organization_id, state_id, priority_id,"
        "  type_id, custom, created_at, updated_at, closed_at)"
        "  SELECT CASE WHEN $2 AND NOT EXISTS (SELECT 1 FROM tickets x WHERE x.number = s.display_id) THEN s.display_id"
        "   ELSE nextval('ticket_number_seq') END, s.title, s.group_id, s.customer_id, s.owner_id,"
        "   (SELECT organization_id FROM users u WHERE u.id = s.customer_id), s.state_id, s.priority_id, s.type_id, s.custom,"
        "   coalesce(s.created_at, now()), coalesce(s.updated_at, s.created_at, now()),"
        "   CASE WHEN s.closed THEN coalesce(s.updated_at, now()) END"
        "  FROM st_tickets s WHERE NOT EXISTS (SELECT 1 FROM import_map m WHERE m.source = $1 AND m.kind = 'ticket'"
        "   AND m.external_id = s.fd_id::text) ORDER BY s.pos"
        "  RETURNING id, custom->>'freshdesk_id' AS fd_id, custom->>'freshdesk_display_id' AS display_id),"
        " mapped AS (INSERT INTO import_map (source, kind, external_id, local_id) SELECT $1, 'ticket', fd_id, id FROM ins RETURNING 1),"
        " hist AS (INSERT INTO history (ticket_id, field, new_value) SELECT id, 'imported', 'Freshdesk ticket ' || display_id"
        "  FROM ins RETURNING 1)"
        " SELECT count(*), (SELECT count(*) FROM mapped), (SELECT count(*) FROM hist) FROM ins",
        source, m_options.keepNumbers)[0][0].as<long long>();
    m_totals["ticket"].created += created;
    m_totals["ticket"].updated += updated;
    // The batch's tickets, now all mapped.
    w.exec_params("CREATE TEMP TABLE st_ids ON COMMIT DROP AS SELECT s.fd_id, m.local_id FROM st_tickets s JOIN import_map m"
                  " ON m.source = $1 AND m.kind = 'ticket' AND m.external_id = s.fd_id::text",
                  source);
    w.exec("ANALYZE st_ids");
    w.exec("DELETE FROM ticket_tags WHERE ticket_id IN (SELECT local_id FROM st_ids)");
    w.exec("INSERT INTO ticket_tags (ticket_id, tag) SELECT DISTINCT i.local_id, t.tag FROM st_tags t JOIN st_ids i ON i.fd_id = t.fd_id"
           " WHERE length(t.tag) BETWEEN 1 AND 100 ON CONFLICT DO NOTHING");
    auto articlesUpdated = w.exec_params(
        "WITH upd AS (UPDATE articles a SET internal = s.internal, sender = s.sender, channel = s.channel, author_id = s.author_id,"
        "  subject = s.subject, body_text = s.body_text, body_html = s.body_html"
        "  FROM st_articles s JOIN import_map m ON m.source = $1 AND m.kind = 'article' AND m.external_id = s.ext_id"
        "  WHERE a.id = m.local_id RETURNING a.id) SELECT count(*) FROM upd",
        source)[0][0].as<long long>();
    // The external id rides along in message_id (never a real mail's) so RETURNING can map it.
    auto articlesCreated = w.exec_params(
        "WITH ins AS (INSERT INTO articles (ticket_id, internal, sender, channel, author_id, from_addr, subject, body_text, body_html,"
        "  message_id, created_at)"
        "  SELECT i.local_id, s.internal, s.sender, s.channel, s.author_id, coalesce(u.name || ' <' || u.email || '>', ''),"
        "   s.subject, s.body_text, s.body_html, 'freshdesk-' || s.ext_id || '@import.invalid', coalesce(s.created_at, now())"
        "  FROM st_articles s JOIN st_ids i ON i.fd_id = s.ticket_fd LEFT JOIN users u ON u.id = s.author_id"
        "  WHERE NOT EXISTS (SELECT 1 FROM import_map m WHERE m.source = $1 AND m.kind = 'article' AND m.external_id = s.ext_id)"
        "  ORDER BY s.ticket_fd, s.pos RETURNING id, message_id),"
        " mapped AS (INSERT INTO import_map (source, kind, external_id, local_id)"
        "  SELECT $1, 'article', substring(message_id FROM 11 FOR length(message_id) - 25), id FROM ins RETURNING 1)"
        " SELECT count(*), (SELECT count(*) FROM mapped) FROM ins",
        source)[0][0].as<long long>();
    m_totals["article"].created += articlesCreated;
    m_totals["article"].updated += articlesUpdated;
    w.exec("UPDATE tickets t SET article_count = (SELECT count(*) FROM articles a WHERE a.ticket_id = t.id),"
           " first_response_at = (SELECT min(a.created_at) FROM articles a WHERE a.ticket_id = t.id AND a.sender = 'agent'"
           "  AND NOT a.internal)"
           " WHERE t.id IN (SELECT local_id FROM st_ids)");
    // An owner must be able to work on the ticket: owners get full access to their tickets' groups.
    w.exec("INSERT INTO group_members (group_id, user_id, access) SELECT DISTINCT group_id, owner_id, 'full' FROM st_tickets"
           " WHERE owner_id IS NOT NULL ON CONFLICT (group_id, user_id) DO NOTHING");
    for (const auto &[articleExt, attachment] : downloads) {
        auto article = w.exec_params("SELECT local_id FROM import_map WHERE source = $1 AND kind = 'article' AND external_id = $2",
                                     source, articleExt);
        if (article.empty())
            continue;
        std::string content;
        if (auto error = downloadAttachment(attachment, content)) {
            w.exec_params("INSERT INTO import_log (source, kind, external_id, outcome, reason) VALUES ($1, 'attachment', $2, 'warning', $3)",
                          source, articleExt, attachment.name + " not downloaded (" + *error + "): " + attachment.url);
            continue;
        }
        auto sha = domain::passwords::sha256Hex(content);
        db::ArticleRepository::storeBlob(tx, sha, content);
        w.exec_params("INSERT INTO article_attachments (article_id, sha256, filename, content_type)"
                      " SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM article_attachments WHERE article_id = $1 AND sha256 = $2)",
                      article[0][0].as<long long>(), sha, attachment.name, attachment.contentType);
        ++m_totals["attachment"].created;
    }
}

void FreshdeskImporter::finish()
{
    m_pool.write([&](db::Tx &tx) {
        // New tickets numbered after the highest imported display id.
        tx.raw().exec("SELECT setval('ticket_number_seq', greatest((SELECT coalesce(max(number), 0) FROM tickets),"
                      " (SELECT last_value FROM ticket_number_seq)))");
        db::NewEvent event;
        event.kind = "sync.reset";  // clients fetch their tickets again instead of one event per imported row
        event.audience = db::Audience::Staff;
        event.data = protocol::newObject();
        event.data->set("reason", std::string("freshdesk import"));
        db::EventRepository::append(tx, event);
    });
}

} // namespace helpdesk::integrations::freshdesk
