#include "integrations/freshdesk/ApiVerifier.h"

#include "db/ImportCheckRepository.h"
#include "db/ImportRepository.h"

#include <iomanip>
#include <map>
#include <set>
#include <vector>

namespace helpdesk::integrations::freshdesk {

namespace {
const char *kSource = "freshdesk";
constexpr std::size_t kNamed = 10; // ids named per kind; the count says the rest

std::string idOf(const protocol::JsonObject &o)
{
    return o && o->has("id") && !o->isNull("id") ? o->get("id").convert<std::string>() : std::string();
}

std::string textOf(const protocol::JsonObject &o, const std::string &key)
{
    return o && o->has(key) && !o->isNull(key) ? o->get(key).convert<std::string>() : std::string();
}

/// One line of the report: what Freshdesk lists of a kind and which of it is not here.
struct Listed {
    std::string kind;     // as the report names it: "agent", "contact", "conversation", …
    std::string mappedAs; // import_map's kind
    std::string prefix;   // before the id in import_map ("n" for conversations)
    std::set<std::string> ids;
};
} // namespace

bool ApiVerifier::verify(db::ConnectionPool &pool, std::ostream &report)
{
    std::vector<Listed> listed{{"company", "company", "", {}}, {"group", "group", "", {}},
                               {"agent", "user", "", {}},      {"contact", "user", "", {}},
                               {"ticket", "ticket", "", {}},   {"conversation", "article", "n", {}}};
    auto listAll = [&](Listed &into, const std::string &path) {
        m_api.forEachPage(path, "", 1, [&](const protocol::JsonArray &page, long long) {
            for (unsigned i = 0; i < page->size(); ++i)
                into.ids.insert(idOf(page->getObject(i)));
        });
    };
    listAll(listed[0], "/api/v2/companies");
    listAll(listed[1], "/api/v2/groups");
    listAll(listed[2], "/api/v2/agents");
    listAll(listed[3], "/api/v2/contacts");
    // Every ticket, oldest change first, in windows of m_maxPages pages as the import reads them.
    std::map<std::string, std::pair<std::string, long long>> tickets; // id -> subject, conversations
    m_api.forEachTicketPage("", {}, m_maxPages,
                            [&](const protocol::JsonArray &list, const FreshdeskApi::TicketWindow &) {
                                for (unsigned i = 0; i < list->size(); ++i)
                                    tickets[idOf(list->getObject(i))].first = textOf(list->getObject(i), "subject");
                            });
    for (auto &[ticket, seen] : tickets) {
        listed[4].ids.insert(ticket);
        m_api.forEachPage("/api/v2/tickets/" + ticket + "/conversations", "", 1,
                          [&, &count = seen.second](const protocol::JsonArray &page, long long) {
                              for (unsigned i = 0; i < page->size(); ++i)
                                  listed[5].ids.insert(idOf(page->getObject(i)));
                              count += static_cast<long long>(page->size());
                          });
    }

    auto present = pool.read([&](db::Tx &tx) { return db::ImportCheckRepository::presentIds(tx, kSource); });
    bool ok = true;
    report << "verify: kind, in Freshdesk, here, missing here\n";
    for (const auto &kind : listed) {
        std::vector<std::string> missing;
        for (const auto &id : kind.ids)
            if (!present[kind.mappedAs].count(kind.prefix + id))
                missing.push_back(id);
        ok &= missing.empty();
        report << "  " << std::left << std::setw(14) << kind.kind << std::right << std::setw(10) << kind.ids.size()
               << std::setw(10) << kind.ids.size() - missing.size() << std::setw(10) << missing.size() << "\n";
        for (std::size_t i = 0; i < std::min(missing.size(), kNamed); ++i)
            report << "    missing: " << kind.kind << " " << missing[i] << "\n";
    }
    // The tickets that are here: the subject they have in Freshdesk and an article per conversation.
    long long differing = 0;
    pool.read([&](db::Tx &tx) {
        for (const auto &[ticket, seen] : tickets) {
            auto here = db::ImportRepository::importedTicket(tx, kSource, ticket);
            if (!here)
                continue;
            const auto subject = seen.first.empty() ? std::string("(no subject)") : seen.first;
            if (here->title == subject && here->articleCount == 1 + seen.second)
                continue;
            if (++differing <= static_cast<long long>(kNamed))
                report << "    different: ticket " << ticket << " has \"" << here->title << "\" and "
                       << here->articleCount << " articles here, \"" << subject << "\" and " << seen.second
                       << " conversations in Freshdesk\n";
        }
    });
    report << "  tickets that differ: " << differing << "\n";
    return ok && differing == 0;
}

} // namespace helpdesk::integrations::freshdesk
