#include "integrations/freshdesk/FreshdeskImporter.h"

#include "db/ArticleRepository.h"
#include "db/ContentHash.h"
#include "db/EventRepository.h"
#include "db/ImportRepository.h"
#include "domain/HtmlSanitizer.h"
#include "mail/HtmlText.h"
#include "mail/TlsContext.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <sstream>
#include <utility>

namespace helpdesk::integrations::freshdesk {

namespace {
const char *kSource = "freshdesk";
constexpr std::size_t kMaxAttachmentBytes = 25 * 1024 * 1024;
// Ticket batches written at once, each on its own connection: two kept both cores of the
// benchmark machine busy (one writer left a third of them idle, measured).
constexpr int kWriterThreads = 2;

Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.import");
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
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
    case 1:  // email
    case 10: // outbound email
        return "email";
    case 3: // phone
        return "phone_in";
    default: // portal, chat, feedback widget, forum, …
        return "web";
    }
}

std::string fieldName(const std::string &freshdesk)
{
    return customFieldName(freshdesk);
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

/// HTML from another system goes through the one sanitizer, as mail and the API do.
std::string sanitizedHtml(const std::string &html)
{
    return domain::HtmlSanitizer::sanitize(html);
}

/// The old id, dates and the imported flag every imported user and organization carries.
protocol::JsonObject importedCustom(long long id, const std::string &createdAt, const std::string &updatedAt)
{
    auto custom = protocol::newObject();
    custom->set("freshdesk_id", static_cast<std::int64_t>(id));
    if (!createdAt.empty())
        custom->set("freshdesk_created", createdAt);
    if (!updatedAt.empty())
        custom->set("freshdesk_updated", updatedAt);
    custom->set("imported", true);
    return custom;
}

void setText(protocol::JsonObject &custom, const std::string &name, const std::string &value)
{
    if (!value.empty())
        custom->set(name, value);
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

struct FreshdeskImporter::StagedTickets {
    db::StagedTicketBatch rows;
    std::vector<std::tuple<std::string, FdAttachment>> downloads; // article ext id, attachment

    /// The rows of one ticket (by its Freshdesk id as staged).
    StagedTickets only(const std::string &fdId) const
    {
        StagedTickets one;
        std::set<std::string> articles;
        for (const auto &row : rows.tickets)
            if (row[1] == fdId)
                one.rows.tickets.push_back(row);
        for (const auto &row : rows.tags)
            if (row[0] == fdId)
                one.rows.tags.push_back(row);
        for (const auto &row : rows.articles)
            if (row[1] == fdId) {
                one.rows.articles.push_back(row);
                articles.insert(*row[0]);
            }
        for (const auto &download : downloads)
            if (articles.count(std::get<0>(download)))
                one.downloads.push_back(download);
        return one;
    }
};

FreshdeskImporter::FreshdeskImporter(db::ConnectionPool &pool, ImportOptions options) : m_pool(pool), m_options(options)
{
    if (m_options.dryRun) {
        m_options.downloadAttachments = false; // nothing is fetched that would not be kept
        m_dryRun = std::make_unique<db::DryRunSession>(pool.conninfo());
        inTransaction([&](db::Tx &tx) { m_logBefore = db::ImportRepository::lastLogId(tx); });
    } else {
        m_writer = std::make_unique<BatchWriters>(kWriterThreads);
    }
}

FreshdeskImporter::~FreshdeskImporter() = default;

void FreshdeskImporter::inTransaction(const std::function<void(db::Tx &)> &work)
{
    if (m_writer) {
        // What the writer has queued goes first (it may hold a batch this work depends on).
        m_writer->drain();
        for (auto &[kind, counted] : std::exchange(m_writtenTotals, {})) {
            auto &total = m_totals[kind];
            total.created += counted.created;
            total.updated += counted.updated;
            total.skipped += counted.skipped;
            total.failed += counted.failed;
        }
    }
    if (m_dryRun)
        m_dryRun->step(work);
    else
        m_pool.write(work);
}

std::vector<db::ImportLogEntry> FreshdeskImporter::findings()
{
    std::vector<db::ImportLogEntry> out;
    if (m_dryRun)
        inTransaction([&](db::Tx &tx) { out = db::ImportRepository::logSince(tx, kSource, m_logBefore); });
    return out;
}

void FreshdeskImporter::ensureCustomField(db::Tx &tx, const std::string &objectKind, const std::string &name,
                                          const std::string &label, const std::string &type)
{
    db::ImportRepository::ensureCustomField(tx, objectKind, name, label, type);
}

void FreshdeskImporter::loadMap(db::Tx &tx)
{
    m_map.clear();
    for (const auto &mapping : db::ImportRepository::mappings(tx, kSource))
        m_map[mapping.kind][mapping.externalId] = mapping.localId;
}

void FreshdeskImporter::prepare()
{
    inTransaction([&](db::Tx &tx) {
        ensureCustomField(tx, "ticket", "freshdesk_id", "Freshdesk id", "integer");
        ensureCustomField(tx, "ticket", "freshdesk_display_id", "Freshdesk ticket number", "integer");
        ensureCustomField(tx, "ticket", "freshdesk_created", "Created in Freshdesk", "datetime");
        ensureCustomField(tx, "ticket", "freshdesk_updated", "Updated in Freshdesk", "datetime");
        ensureCustomField(tx, "ticket", "imported", "Imported", "boolean");
        // Users and organizations keep their old ids and dates as tickets do.
        for (const char *kind : {"user", "organization"}) {
            ensureCustomField(tx, kind, "freshdesk_id", "Freshdesk id", "integer");
            ensureCustomField(tx, kind, "freshdesk_created", "Created in Freshdesk", "datetime");
            ensureCustomField(tx, kind, "freshdesk_updated", "Updated in Freshdesk", "datetime");
            ensureCustomField(tx, kind, "imported", "Imported", "boolean");
        }
        for (const auto &[name, label] :
             std::vector<std::pair<std::string, std::string>>{{"job_title", "Job title"},
                                                              {"phone", "Phone"},
                                                              {"mobile", "Mobile"},
                                                              {"twitter_id", "Twitter"},
                                                              {"time_zone", "Time zone"},
                                                              {"freshdesk_agent_type", "Agent type in Freshdesk"},
                                                              {"freshdesk_ticket_scope", "Ticket scope in Freshdesk"}})
            ensureCustomField(tx, "user", name, label, "text");
        ensureCustomField(tx, "organization", "description", "Description", "text");
        ensureCustomField(tx, "organization", "domains", "Domains", "text");
        // Freshdesk's fixed statuses and priorities, found or created once.
        for (const auto &[name, type] :
             std::vector<std::pair<std::string, std::string>>{{"open", "open"},
                                                              {"pending reminder", "pending_reminder"},
                                                              {"resolved", "closed"},
                                                              {"closed", "closed"}})
            db::ImportRepository::ensureState(tx, name, type);
        for (const auto &[name, id] : db::ImportRepository::stateIds(tx))
            m_stateByName[name] = id;
        for (const auto &[name, id] : db::ImportRepository::typeIds(tx))
            m_typeByName[name] = id;
        for (const auto &[rank, id] : db::ImportRepository::priorityIdsByRank(tx))
            m_priorityByRank[rank] = id;
        m_defaultGroup = db::ImportRepository::firstActiveGroup(tx).value_or(0);
        loadMap(tx);
    });
}

long long FreshdeskImporter::progress(const std::string &item)
{
    long long position = 0;
    inTransaction([&](db::Tx &tx) { position = db::ImportRepository::position(tx, kSource, item); });
    return position;
}

void FreshdeskImporter::setProgress(const std::string &item, long long position)
{
    if (m_writer) {
        // Written after the batches queued before it, so a resumed run never skips one.
        m_writer->afterEarlier([this, item, position] {
            m_pool.write([&](db::Tx &tx) { db::ImportRepository::setPosition(tx, kSource, item, position); });
        });
        return;
    }
    inTransaction([&](db::Tx &tx) { db::ImportRepository::setPosition(tx, kSource, item, position); });
}

void FreshdeskImporter::clearProgress()
{
    inTransaction([&](db::Tx &tx) { db::ImportRepository::clearPositions(tx, kSource); });
}

std::string FreshdeskImporter::progressText(const std::string &item)
{
    std::string time;
    inTransaction([&](db::Tx &tx) { time = db::ImportRepository::positionTime(tx, kSource, item); });
    return time;
}

void FreshdeskImporter::setProgressText(const std::string &item, const std::string &isoTime)
{
    inTransaction([&](db::Tx &tx) { db::ImportRepository::setPositionTime(tx, kSource, item, isoTime); });
}

void FreshdeskImporter::logWarning(const std::string &kind, const std::string &reason)
{
    logger().warning("freshdesk %s: %s", kind, reason);
    inTransaction([&](db::Tx &tx) { db::ImportRepository::log(tx, kSource, {kind, std::nullopt, "warning", reason}); });
}

void FreshdeskImporter::logFailure(const std::string &kind, const std::string &externalId, const std::string &reason)
{
    ++m_totals[kind].failed;
    logger().warning("freshdesk %s %s failed: %s", kind, externalId, reason);
    try {
        inTransaction([&](db::Tx &tx) {
            db::ImportRepository::log(tx, kSource, {kind, externalId, "failed", reason.substr(0, 2000)});
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
    inTransaction([&](db::Tx &tx) {
        db::StagedRows<5> rows;
        for (const auto &c : companies) {
            auto custom = importedCustom(c.id, c.createdAt, c.updatedAt);
            setText(custom, "description", c.description);
            setText(custom, "domains", c.domains);
            for (const auto &field : c.custom) {
                auto name = fieldName(field.name);
                if (m_organizationFields.insert(field.name).second)
                    ensureCustomField(tx, "organization", name, field.name, fieldType(field.type));
                if (field.value && !field.value->empty())
                    setCustom(custom, name, fieldType(field.type), *field.value);
            }
            rows.push_back({num(c.id), c.name, opt(c.createdAt), opt(c.updatedAt), protocol::toJsonText(custom)});
        }
        auto counts = db::ImportRepository::mergeCompanies(tx, kSource, rows);
        m_totals["company"].created += counts.created;
        m_totals["company"].updated += counts.updated;
        loadMap(tx);
    });
}

void FreshdeskImporter::importGroups(const std::vector<FdGroup> &groups)
{
    if (groups.empty())
        return;
    inTransaction([&](db::Tx &tx) {
        db::StagedRows<2> rows;
        for (const auto &g : groups) {
            rows.push_back({num(g.id), g.name});
            if (g.businessCalendarId)
                m_groupCalendar[g.id] = *g.businessCalendarId;
        }
        auto counts = db::ImportRepository::mergeGroups(tx, kSource, rows);
        m_totals["group"].created += counts.created;
        m_totals["group"].updated += counts.updated;
        loadMap(tx);
    });
}

void FreshdeskImporter::importUsers(const std::vector<FdUser> &users)
{
    if (users.empty())
        return;
    inTransaction([&](db::Tx &tx) {
        // Contact fields become user custom fields, created before the COPY starts.
        std::vector<std::string> customs;
        for (const auto &u : users) {
            auto custom = importedCustom(u.id, u.createdAt, u.updatedAt);
            setText(custom, "job_title", u.jobTitle);
            setText(custom, "phone", u.phone);
            setText(custom, "mobile", u.mobile);
            setText(custom, "twitter_id", u.twitter);
            setText(custom, "time_zone", u.timeZone);
            setText(custom, "freshdesk_agent_type", u.agentType);
            setText(custom, "freshdesk_ticket_scope", u.ticketScope);
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
        db::StagedRows<10> rows;
        {
            std::size_t index = 0;
            for (const auto &u : users) {
                // Contacts without an address still own tickets: a placeholder that can never receive mail.
                std::string email = u.email.empty() ? "fd-user-" + num(u.id) + "@freshdesk.invalid" : u.email;
                std::string name = u.name.empty() ? email.substr(0, email.find('@')) : u.name;
                std::optional<std::string> org;
                if (u.companyId)
                    if (auto local = localId("company", *u.companyId))
                        org = num(*local);
                rows.push_back({num(u.id), email, name, std::string(u.agent ? "agent" : "customer"), org,
                                std::string(u.active ? "t" : "f"), opt(u.language), opt(u.createdAt), opt(u.updatedAt),
                                customs[index++]});
            }
        }
        auto counts = db::ImportRepository::mergeUsers(tx, kSource, rows);
        m_totals["user"].created += counts.created;
        m_totals["user"].updated += counts.updated;
        // Two contacts with one address become one person: said in the log.
        auto merged = static_cast<long long>(users.size()) - counts.created - counts.updated;
        if (merged > 0)
            db::ImportRepository::log(
                tx, kSource,
                {"user", std::nullopt, "warning",
                 std::to_string(merged) + " contacts shared an e-mail address with another and were merged"});
        loadMap(tx);
        importSignatures(tx, users);
    });
}

long long FreshdeskImporter::stateFor(db::Tx &tx, const FdTicket &t)
{
    std::string name;
    switch (t.status) {
    case 2:
        name = "open";
        break;
    case 3:
        name = "pending reminder";
        break;
    case 4:
        name = "resolved";
        break;
    case 5:
        name = "closed";
        break;
    default:
        // A custom status: by the name the status field defined (with its state type), else the
        // name the ticket carries (XML), else its number.
        if (auto known = m_stateByStatus.find(t.status); known != m_stateByStatus.end())
            return known->second;
        name = t.statusName.empty() ? "status " + std::to_string(t.status) : lower(t.statusName);
        break;
    }
    auto it = m_stateByName.find(name);
    if (it != m_stateByName.end())
        return it->second;
    // A custom Freshdesk status: a state of its own, counted as open work.
    auto id = db::ImportRepository::stateIdCreatingOpen(tx, name);
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
    auto id = db::ImportRepository::typeIdCreating(tx, key);
    m_typeByName[key] = id;
    return id;
}

long long FreshdeskImporter::placeholderUser(db::Tx &tx, long long fdUserId, const FdTicket &t)
{
    // A requester the export does not list (deleted contact): kept as a customer of its own.
    std::string email = t.requesterEmail.empty() ? "fd-user-" + num(fdUserId) + "@freshdesk.invalid" : t.requesterEmail;
    std::string name = t.requesterName.empty() ? "Freshdesk contact " + num(fdUserId) : t.requesterName;
    auto id = db::ImportRepository::placeholderCustomer(tx, kSource, fdUserId, email, name);
    db::ImportRepository::log(
        tx, kSource,
        {"user", num(fdUserId), "warning",
         "requester of ticket " + num(t.displayId) + " is not in the export; created as " + email});
    return id;
}

std::optional<std::string> FreshdeskImporter::downloadAttachment(const FdAttachment &attachment, std::string &content)
{
    try {
        Poco::URI uri(attachment.url);
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (uri.getScheme() == "https")
            session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(),
                                                                      mail::tls::clientContext(true));
        else if (uri.getScheme() == "http")
            session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
        else
            return "not an http(s) address";
        session->setTimeout(Poco::Timespan(30, 0));
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, uri.getPathAndQuery(),
                                       Poco::Net::HTTPMessage::HTTP_1_1);
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
    if (m_writer) {
        // Resolved here and merged by the writer while the caller reads the next batch; a batch
        // that cannot even be resolved takes the path below, one ticket at a time.
        auto staged = std::make_shared<StagedTickets>();
        try {
            m_pool.write([&](db::Tx &tx) { *staged = stageTickets(tx, tickets); });
            m_writer->submit([this, staged] { writeStaged(*staged); });
            return;
        } catch (const std::exception &e) {
            logger().information("a batch of %z tickets could not be resolved (%s)", tickets.size(),
                                 std::string(e.what()));
        }
    }
    try {
        inTransaction([&](db::Tx &tx) { importTicketBatch(tx, tickets); });
        return;
    } catch (const std::exception &e) {
        if (tickets.size() == 1) {
            logFailure("ticket", num(tickets.front().id), e.what());
            return;
        }
        logger().information("a batch of %z tickets failed (%s); importing them one by one", tickets.size(),
                             std::string(e.what()));
    }
    // Find the bad record: every good one still goes in.
    for (const auto &t : tickets) {
        try {
            inTransaction([&](db::Tx &tx) { importTicketBatch(tx, {t}); });
        } catch (const std::exception &e) {
            logFailure("ticket", num(t.id), e.what());
        }
    }
}

void FreshdeskImporter::importTicketBatch(db::Tx &tx, const std::vector<FdTicket> &tickets)
{
    mergeStaged(tx, stageTickets(tx, tickets), m_totals);
}

void FreshdeskImporter::writeStaged(const StagedTickets &staged)
{
    std::map<std::string, KindTotals> written;
    auto count = [&] {
        std::lock_guard lock(m_writtenMutex);
        for (const auto &[kind, counted] : written) {
            auto &total = m_writtenTotals[kind];
            total.created += counted.created;
            total.updated += counted.updated;
            total.skipped += counted.skipped;
            total.failed += counted.failed;
        }
        written.clear();
    };
    try {
        m_pool.write([&](db::Tx &tx) {
            written.clear(); // a transaction the pool runs again counts once
            mergeStaged(tx, staged, written);
        });
        count();
        return;
    } catch (const std::exception &e) {
        logger().information("a batch of %z tickets failed (%s); importing them one by one", staged.rows.tickets.size(),
                             std::string(e.what()));
    }
    for (const auto &ticket : staged.rows.tickets) {
        const auto &fdId = *ticket[1];
        try {
            auto one = staged.only(fdId);
            m_pool.write([&](db::Tx &tx) {
                written.clear();
                mergeStaged(tx, one, written);
            });
            count();
        } catch (const std::exception &e) {
            // As logFailure, counted by the writer.
            written.clear(); // what the failed transaction counted was rolled back
            ++written["ticket"].failed;
            count();
            logger().warning("freshdesk ticket %s failed: %s", fdId, std::string(e.what()));
            try {
                m_pool.write([&](db::Tx &tx) {
                    db::ImportRepository::log(tx, kSource,
                                              {"ticket", fdId, "failed", std::string(e.what()).substr(0, 2000)});
                });
            } catch (const std::exception &) {
            }
        }
    }
}

FreshdeskImporter::StagedTickets FreshdeskImporter::stageTickets(db::Tx &tx, const std::vector<FdTicket> &tickets)
{
    StagedTickets out;
    std::set<long long> agents;
    for (auto id : db::ImportRepository::staffUserIds(tx))
        agents.insert(id);
    auto &downloads = out.downloads;
    auto &staged = out.rows;
    {
        // Everything is resolved first (that may write placeholders and states); a COPY in
        // progress allows no other statement on the connection.
        auto &ticketRows = staged.tickets;
        auto &tags = staged.tags;
        auto &articles = staged.articles;
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
                db::ImportRepository::log(tx, kSource,
                                          {"ticket", num(t.id), "warning",
                                           "owner " + num(*t.responderId) + " is not a known agent; left unassigned"});
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
            fillTicketCustom(tx, t, custom);
            ticketRows.push_back({std::to_string(pos), num(t.id), num(t.displayId),
                                  t.subject.empty() ? "(no subject)" : t.subject, num(*group), num(*customer),
                                  opt(owner), num(state), num(priorityFor(t.priority)), opt(typeFor(tx, t.type)),
                                  protocol::toJsonText(custom), opt(t.createdAt), opt(t.updatedAt),
                                  std::string(closed ? "t" : "f")});
            for (const auto &tag : t.tags)
                tags.push_back({num(t.id), tag.substr(0, 100)});
            // The description is the first article, from the requester (or from the agent for outbound mail).
            bool outbound = t.source == 10;
            std::string descriptionId = "d" + num(t.id);
            std::string text = t.description.empty() && !t.descriptionHtml.empty()
                                   ? mail::htmltext::toPlainText(t.descriptionHtml)
                                   : t.description;
            if (!m_options.downloadAttachments)
                text += attachmentList(t.attachments);
            else
                for (const auto &a : t.attachments)
                    downloads.emplace_back(descriptionId, a);
            articles.push_back({descriptionId, num(t.id), std::string("0"), std::string("f"),
                                std::string(outbound ? "agent" : "customer"), channelOf(t.source),
                                num(outbound && owner ? *owner : *customer), std::nullopt, t.subject, text,
                                opt(sanitizedHtml(t.descriptionHtml)), opt(t.createdAt)});
            int notePos = 1;
            for (const auto &n : t.notes) {
                std::optional<long long> author = n.userId ? localId("user", *n.userId) : std::nullopt;
                bool byAgent = !n.incoming && author && agents.count(*author);
                std::string channel = n.isPrivate ? "note" : (byAgent ? "email" : channelOf(t.source));
                std::string body =
                    n.body.empty() && !n.bodyHtml.empty() ? mail::htmltext::toPlainText(n.bodyHtml) : n.body;
                std::string noteId = "n" + num(n.id);
                if (!m_options.downloadAttachments)
                    body += attachmentList(n.attachments);
                else
                    for (const auto &a : n.attachments)
                        downloads.emplace_back(noteId, a);
                articles.push_back({noteId, num(t.id), std::to_string(notePos++), std::string(n.isPrivate ? "t" : "f"),
                                    std::string(byAgent ? "agent" : "customer"), channel, opt(author), std::nullopt,
                                    t.subject, body, opt(sanitizedHtml(n.bodyHtml)), opt(n.createdAt)});
            }
            ++pos;
        }
    }
    return out;
}

void FreshdeskImporter::mergeStaged(db::Tx &tx, const StagedTickets &staged, std::map<std::string, KindTotals> &totals)
{
    const std::string source = kSource;
    auto counts = db::ImportRepository::mergeTicketBatch(tx, source, m_options.keepNumbers, staged.rows);
    totals["ticket"].created += counts.tickets.created;
    totals["ticket"].updated += counts.tickets.updated;
    totals["article"].created += counts.articles.created;
    totals["article"].updated += counts.articles.updated;
    for (const auto &[articleExt, attachment] : staged.downloads) {
        auto article = db::ImportRepository::importedArticleId(tx, source, articleExt);
        if (!article)
            continue;
        std::string content;
        if (auto error = downloadAttachment(attachment, content)) {
            db::ImportRepository::log(tx, source,
                                      {"attachment", articleExt, "warning",
                                       attachment.name + " not downloaded (" + *error + "): " + attachment.url});
            continue;
        }
        auto sha = db::ContentHash::sha256Hex(content);
        db::ArticleRepository::storeBlob(tx, sha, content);
        db::ImportRepository::attach(tx, *article, sha, attachment.name, attachment.contentType);
        ++totals["attachment"].created;
    }
}

void FreshdeskImporter::fillTicketCustom(db::Tx &tx, const FdTicket &t, protocol::JsonObject &custom)
{
    std::map<std::string, std::map<int, std::string>> paths; // top field -> level -> value
    for (const auto &field : t.custom) {
        bool hasValue = field.value && !field.value->empty();
        if (auto level = m_nestedLevel.find(field.name); level != m_nestedLevel.end()) {
            if (hasValue)
                paths[level->second.first][level->second.second] = *field.value;
            continue;
        }
        auto name = fieldName(field.name);
        if (!m_customFields.count(field.name)) {
            ensureCustomField(tx, "ticket", name, field.name, fieldType(field.type));
            m_customFields[field.name] = name;
        }
        if (hasValue)
            setCustom(custom, name, fieldType(field.type), *field.value);
    }
    // Nested fields: "Hardware > Printer > Toner" in the top field, as its options list them.
    for (const auto &[top, levels] : paths) {
        auto name = fieldName(top);
        if (!custom->has(name))
            continue;
        auto path = custom->getValue<std::string>(name);
        for (const auto &[level, value] : levels)
            path += kNestedSeparator + value;
        custom->set(name, path);
    }
}

void FreshdeskImporter::finish()
{
    inTransaction([&](db::Tx &tx) {
        // New tickets numbered after the highest imported display id.
        db::ImportRepository::raiseTicketNumberSequence(tx);
        db::NewEvent event;
        event.kind = "sync.reset"; // clients fetch their tickets again instead of one event per imported row
        event.audience = db::Audience::Staff;
        event.data = protocol::newObject();
        event.data->set("reason", std::string("freshdesk import"));
        db::EventRepository::append(tx, event);
    });
}

} // namespace helpdesk::integrations::freshdesk
