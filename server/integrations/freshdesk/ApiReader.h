#pragma once

#include "integrations/freshdesk/ExportReader.h"
#include "integrations/freshdesk/FreshdeskImporter.h"

#include "protocol/Json.h"

#include <Poco/URI.h>

#include <functional>
#include <string>

namespace helpdesk::integrations::freshdesk {

/// Freshdesk's API v2 over HTTP(S): basic auth with the API key, pages of 100, 429 answered by
/// waiting for Retry-After, dropped connections and 5xx retried with backoff. One thread.
class FreshdeskApi
{
public:
    FreshdeskApi(const std::string &baseUrl, const std::string &apiKey);

    /// GET path?query; the parsed JSON (object or array). Throws std::runtime_error after the
    /// retries, naming the address and the last error.
    Poco::Dynamic::Var get(const std::string &pathAndQuery);
    /// Every element of a paged list (`per_page=100&page=N` appended), page by page.
    void forEachPage(const std::string &path, const std::string &query, long long firstPage,
                     const std::function<void(const protocol::JsonArray &page, long long pageNumber)> &onPage);

    /// Where a walk over the tickets stands: their `updated_since` window (all when empty) and
    /// the page in it.
    struct TicketWindow {
        std::string updatedSince;
        long long page = 1;
    };
    /// Every ticket from `from` on, oldest change first (`query`, e.g. "include=description", is
    /// added). Freshdesk lists at most `maxPages` pages: past that a new window starts at the last
    /// ticket's update time (its tickets come again). `onPage` gets each page and where a walk
    /// resumes after it.
    void
    forEachTicketPage(const std::string &query, TicketWindow from, int maxPages,
                      const std::function<void(const protocol::JsonArray &page, const TicketWindow &next)> &onPage);

    int retries() const { return m_retries; }

private:
    Poco::URI m_base;
    std::string m_authorization;
    int m_retries = 0;
};

/// An account read through the API and fed into the importer: companies, groups, agents,
/// contacts, ticket fields (for the custom field types), then tickets with their conversations.
/// Incremental: a later run asks only for tickets updated since the previous run began; an
/// interrupted run resumes from the last page it committed.
class ApiReader
{
public:
    /// `maxPages`: Freshdesk lists at most 300 pages; past that the reader starts a new window at
    /// the last ticket's update time (tickets come oldest change first).
    explicit ApiReader(FreshdeskApi &api, int maxPages = 300) : m_api(api), m_maxPages(maxPages) {}
    void importInto(FreshdeskImporter &importer, ProgressPrinter &progress);

private:
    FreshdeskApi &m_api;
    int m_maxPages;
};

} // namespace helpdesk::integrations::freshdesk
