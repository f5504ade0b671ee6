#include "integrations/freshdesk/ExportReader.h"

#include "db/ImportRepository.h"
#include "integrations/freshdesk/RailsXml.h"
#include "integrations/freshdesk/RecordReadAhead.h"

#include <Poco/DirectoryIterator.h>
#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Zip/Decompress.h>

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iomanip>
#include <stdexcept>
#include <vector>
#include <unistd.h>

namespace helpdesk::integrations::freshdesk {

namespace {
double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/// A new folder only this user may enter (mkdtemp: mode 0700) under a name no other local user can
/// guess beforehand, so nobody can plant files or links where the export is unpacked.
std::string privateTemporaryFolder()
{
    std::string pattern = Poco::Path::temp() + "helpdesk-import-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    if (!::mkdtemp(name.data()))
        throw std::runtime_error("cannot create a folder under " + Poco::Path::temp() + ": " + std::strerror(errno));
    return name.data();
}

std::string basename(const std::string &path)
{
    return Poco::Path(path).getFileName();
}

/// Records in a file, counted by their opening tag without parsing (for the progress bar).
long long countTag(const std::string &path, const std::string &tag)
{
    std::ifstream in(path, std::ios::binary);
    const std::string open = "<" + tag + ">";
    const std::string openWithAttributes = "<" + tag + " ";
    long long count = 0;
    std::string chunk(1 << 20, '\0'), carry;
    while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
        std::string text = carry + chunk.substr(0, static_cast<std::size_t>(in.gcount()));
        for (const auto &needle : {open, openWithAttributes})
            for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
                ++count;
        carry = text.size() > 64 ? text.substr(text.size() - 64) : text;
        // A tag split across chunks is in carry; one wholly inside carry was counted already.
        for (const auto &needle : {open, openWithAttributes})
            for (auto at = carry.find(needle); at != std::string::npos; at = carry.find(needle, at + 1))
                --count;
    }
    return count;
}

const std::vector<std::string> kCompanyFiles{"Companies", "Customers"};
const std::vector<std::string> kUserFiles{"Users", "Contacts", "Agents"};
const std::vector<std::string> kTicketFiles{"Tickets"};
const std::vector<std::string> kArchivedFiles{"ArchivedTickets"};
} // namespace

ProgressPrinter::ProgressPrinter(std::ostream &out) : m_out(out), m_terminal(::isatty(STDERR_FILENO) != 0) {}

void ProgressPrinter::start(const std::string &what, long long total)
{
    m_what = what;
    m_total = total;
    m_lastDecile = -1;
    m_startedAt = now();
    advance(0);
}

void ProgressPrinter::advance(long long done)
{
    if (m_total <= 0) {
        // The total is unknown (API mode): counts and speed.
        double elapsed = now() - m_startedAt;
        if (m_terminal)
            m_out << "\r" << std::left << std::setw(16) << m_what << done << " so far, "
                  << static_cast<long long>(elapsed) << " s" << std::flush;
        else if (done / 1000 != m_lastDecile) {
            m_lastDecile = done / 1000;
            m_out << m_what << ": " << done << " so far (" << static_cast<long long>(elapsed) << " s)" << std::endl;
        }
        return;
    }
    double elapsed = now() - m_startedAt;
    double fraction = m_total > 0 ? static_cast<double>(done) / static_cast<double>(m_total) : 1.0;
    long long remaining = done > 0 && fraction < 1 ? static_cast<long long>(elapsed / fraction * (1 - fraction)) : 0;
    if (m_terminal) {
        int width = 30, filled = static_cast<int>(fraction * width);
        m_out << "\r" << std::left << std::setw(16) << m_what << " ["
              << std::string(static_cast<std::size_t>(filled), '#')
              << std::string(static_cast<std::size_t>(width - filled), '.') << "] " << done << " / " << m_total << "  "
              << static_cast<int>(fraction * 100) << "%  " << remaining / 60 << ":" << std::setw(2) << std::setfill('0')
              << remaining % 60 << " left" << std::setfill(' ') << std::flush;
        return;
    }
    long long decile = static_cast<long long>(fraction * 10);
    if (decile != m_lastDecile) {
        m_lastDecile = decile;
        m_out << m_what << ": " << done << " / " << m_total << " (" << static_cast<int>(fraction * 100) << "%, "
              << remaining << " s left)" << std::endl;
    }
}

void ProgressPrinter::finish()
{
    if (m_terminal)
        m_out << std::endl;
}

ExportReader::ExportReader(const std::string &path)
{
    Poco::File file(path);
    if (!file.exists())
        throw std::runtime_error("no export at " + path);
    if (file.isDirectory()) {
        m_directory = path;
        return;
    }
    m_unpacked = privateTemporaryFolder();
    std::ifstream in(path, std::ios::binary);
    Poco::Zip::Decompress unzip(in, Poco::Path(m_unpacked + "/"), true);
    unzip.decompressAllFiles();
    m_directory = m_unpacked;
    // Some exports wrap everything in one folder.
    std::vector<std::string> entries;
    for (Poco::DirectoryIterator it(m_directory), end; it != end; ++it)
        entries.push_back(it->path());
    if (entries.size() == 1 && Poco::File(entries.front()).isDirectory())
        m_directory = entries.front();
}

ExportReader::~ExportReader()
{
    if (!m_unpacked.empty()) {
        try {
            Poco::File(m_unpacked).remove(true);
        } catch (...) {
        }
    }
}

std::vector<std::string> ExportReader::files(const std::vector<std::string> &prefixes) const
{
    std::vector<std::string> out;
    for (Poco::DirectoryIterator it(m_directory), end; it != end; ++it) {
        auto name = it.name();
        if (name.size() < 4 || name.substr(name.size() - 4) != ".xml")
            continue;
        for (const auto &prefix : prefixes) {
            // "Tickets3.xml" but not "TicketFields.xml"; ArchivedTickets has its own list.
            if (name.rfind(prefix, 0) == 0 &&
                std::all_of(name.begin() + static_cast<long>(prefix.size()), name.end() - 4, ::isdigit)) {
                out.push_back(it->path());
                break;
            }
        }
    }
    // Tickets2.xml before Tickets10.xml.
    std::sort(out.begin(), out.end(), [](const std::string &a, const std::string &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return out;
}

std::map<std::string, long long> ExportReader::sourceCounts()
{
    std::map<std::string, long long> counts;
    for (const auto &f : files(kCompanyFiles))
        counts["company"] += countTag(f, basename(f).rfind("Customers", 0) == 0 ? "customer" : "company");
    for (const auto &f : files({"Groups"}))
        counts["group"] += countTag(f, "group");
    for (const auto &f : files(kUserFiles))
        counts["user"] += countTag(f, basename(f).rfind("Agents", 0) == 0     ? "agent"
                                      : basename(f).rfind("Contacts", 0) == 0 ? "contact"
                                                                              : "user");
    for (const auto &f : files(kTicketFiles))
        counts["ticket"] += countTag(f, "helpdesk-ticket");
    for (const auto &f : files(kArchivedFiles))
        counts["ticket"] += countTag(f, "helpdesk-ticket");
    return counts;
}

void ExportReader::importInto(FreshdeskImporter &importer, ProgressPrinter &progress, int ticketBatch)
{
    importer.prepare();
    // Each file is read from the position an earlier run committed; records go in batches, and the
    // position moves on only with a committed batch. `onRecord` counts what was read (progress).
    auto readAll = [&](const std::vector<std::string> &paths, const std::string &kind, std::size_t batchSize,
                       auto convert, auto store, const std::function<void()> &onRecord) {
        using Record = decltype(convert(std::declval<const XmlNode &>(), std::string()));
        std::vector<long long> done;
        done.reserve(paths.size());
        for (const auto &path : paths)
            done.push_back(importer.progress(basename(path)));
        // The next batch is parsed while this one is stored, and the next file's first batch while
        // this file's last ones are: the pipeline does not run dry between files.
        auto readAhead = [&](std::size_t index) {
            const auto &path = paths[index];
            return std::make_unique<RecordReadAhead<Record>>(
                path, basename(path), done[index], batchSize,
                [&convert, path](const XmlNode &node) { return convert(node, path); });
        };
        std::unique_ptr<RecordReadAhead<Record>> following = paths.empty() ? nullptr : readAhead(0);
        for (std::size_t index = 0; index < paths.size(); ++index) {
            auto item = basename(paths[index]);
            auto ahead = std::move(following);
            if (index + 1 < paths.size())
                following = readAhead(index + 1);
            std::vector<Record> batch;
            long long last = done[index];
            while (auto read = ahead->next()) {
                if (read->record)
                    batch.push_back(std::move(*read->record));
                else
                    importer.logFailure(kind, item + "#" + std::to_string(read->position), read->problem);
                last = read->position + 1;
                onRecord();
                if (batch.size() >= batchSize) {
                    store(batch);
                    importer.setProgress(item, last);
                    batch.clear();
                }
            }
            store(batch);
            importer.setProgress(item, last);
        }
    };
    const auto nothing = [] {};
    // Field definitions first: the records' custom values are typed and checked by them.
    for (const auto &[prefix, objectKind] : std::vector<std::pair<std::string, std::string>>{
             {"TicketFields", "ticket"}, {"ContactFields", "user"}, {"CompanyFields", "organization"}})
        readAll(
            files({prefix}), objectKind + "_field", 5000,
            [](const XmlNode &n, const std::string &) { return fieldFromXml(n); },
            [&, kind = objectKind](const auto &b) { importer.importFieldDefinitions(kind, b); }, nothing);
    readAll(
        files(kCompanyFiles), "company", 5000, [](const XmlNode &n, const std::string &) { return companyFromXml(n); },
        [&](const auto &b) { importer.importCompanies(b); }, nothing);
    readAll(
        files({"Groups"}), "group", 5000, [](const XmlNode &n, const std::string &) { return groupFromXml(n); },
        [&](const auto &b) { importer.importGroups(b); }, nothing);
    readAll(
        files(kUserFiles), "user", 5000,
        [](const XmlNode &node, const std::string &path) {
            // Agents.xml nests the person in <user> inside <agent>.
            bool agents = basename(path).rfind("Agents", 0) == 0;
            const XmlNode *person = agents && node.child("user") ? node.child("user") : &node;
            auto user = userFromXml(*person);
            user.agent = user.agent || agents;
            if (agents) {
                user.agentType = node.flag("occasional") ? "occasional" : "full-time";
                auto scope = node.integer("ticket-permission").value_or(1);
                user.ticketScope = scope == 3 ? "restricted" : scope == 2 ? "group" : "global";
            }
            // The signature is the agent record's (Agents.xml), or the user's own in Users.xml.
            for (const XmlNode *holder : {&node, person})
                if (user.agent && !user.signature && !user.signatureHtml) {
                    user.signature = holder->text("signature");
                    user.signatureHtml = holder->text("signature-html");
                }
            return user;
        },
        [&](const auto &b) { importer.importUsers(b); }, nothing);
    readAll(
        files({"BusinessCalendars"}), "calendar", 5000,
        [](const XmlNode &n, const std::string &) { return calendarFromXml(n); },
        [&](const auto &b) { importer.importCalendars(b); }, nothing);
    readAll(
        files({"SlaPolicies"}), "sla_policy", 5000,
        [](const XmlNode &n, const std::string &) { return slaPolicyFromXml(n); },
        [&](const auto &b) { importer.importSlaPolicies(b); }, nothing);
    readAll(
        files({"CannedResponses"}), "canned_response", 5000,
        [](const XmlNode &n, const std::string &) { return cannedResponseFromXml(n); },
        [&](const auto &b) { importer.importCannedResponses(b); }, nothing);
    readAll(
        files({"EmailConfigs"}), "email_config", 5000,
        [](const XmlNode &n, const std::string &) { return emailConfigFromXml(n); },
        [&](const auto &b) { importer.importEmailConfigs(b); }, nothing);

    auto ticketFiles = files(kTicketFiles);
    auto archivedFiles = files(kArchivedFiles);
    long long total = 0, seen = 0;
    for (const auto *list : {&ticketFiles, &archivedFiles})
        for (const auto &f : *list)
            total += countTag(f, "helpdesk-ticket"), seen += importer.progress(basename(f));
    progress.start("tickets", total);
    auto tick = [&] {
        if (++seen % 100 == 0)
            progress.advance(seen);
    };
    auto storeTickets = [&](const std::vector<FdTicket> &b) {
        importer.importTickets(b);
        progress.advance(seen);
    };
    readAll(
        ticketFiles, "ticket", static_cast<std::size_t>(ticketBatch),
        [](const XmlNode &n, const std::string &) { return ticketFromXml(n, false); }, storeTickets, tick);
    readAll(
        archivedFiles, "ticket", static_cast<std::size_t>(ticketBatch),
        [](const XmlNode &n, const std::string &) { return ticketFromXml(n, true); }, storeTickets, tick);
    progress.finish();
    readAll(
        files({"SatisfactionRatings"}), "rating", 5000,
        [](const XmlNode &n, const std::string &) { return ratingFromXml(n); },
        [&](const auto &b) { importer.importRatings(b); }, nothing);
    importer.finish();
    importer.clearProgress();
}

bool ExportReader::verify(db::ConnectionPool &pool, std::ostream &report)
{
    bool ok = true;
    auto counts = sourceCounts();
    auto mapped = pool.read([&](db::Tx &tx) { return db::ImportRepository::mappedCounts(tx, "freshdesk"); });
    auto failed = pool.read([&](db::Tx &tx) { return db::ImportRepository::failedCounts(tx, "freshdesk"); });
    report << "verify: kind, in the export, in the database (mapped), failed\n";
    for (const auto &kind : {"company", "group", "user", "ticket"}) {
        // Users may be more in the database (requesters missing from the export), never fewer.
        long long source = counts[kind], db = mapped[kind], bad = failed[kind];
        bool good = std::string(kind) == "user" ? db >= source - bad : db == source - bad;
        ok &= good;
        report << "  " << std::left << std::setw(8) << kind << std::right << std::setw(10) << source << std::setw(10)
               << db << std::setw(8) << bad << (good ? "" : "   MISMATCH") << "\n";
    }
    // A sample of tickets: subject and number of articles.
    int sampled = 0, differing = 0;
    for (const auto &path : files(kTicketFiles)) {
        std::ifstream in(path, std::ios::binary);
        readRecords(in, basename(path), [&](const XmlNode &node, long long position) {
            if (position % 97 != 0 || sampled >= 50 || !node.problem.empty())
                return;
            FdTicket t;
            try {
                t = ticketFromXml(node, false);
            } catch (const std::exception &) {
                return;
            }
            ++sampled;
            bool same = false;
            pool.read([&](db::Tx &tx) {
                auto now = db::ImportRepository::importedTicket(tx, "freshdesk", std::to_string(t.id));
                same = now && now->title == (t.subject.empty() ? "(no subject)" : t.subject) &&
                       now->articleCount == 1 + static_cast<long long>(t.notes.size());
            });
            if (!same) {
                ++differing;
                report << "  ticket " << t.displayId << " (freshdesk " << t.id << ") differs or is missing\n";
            }
        });
    }
    report << "  sampled tickets: " << sampled << ", differing: " << differing << "\n";
    return ok && differing == 0;
}

} // namespace helpdesk::integrations::freshdesk
