#pragma once

#include "db/ConnectionPool.h"
#include "integrations/freshdesk/ApiReader.h"

#include <ostream>

namespace helpdesk::integrations::freshdesk {

/// `--verify` for an API import: lists the account again (companies, groups, agents, contacts,
/// tickets and each ticket's conversations) and compares the ids with the records the import
/// mapped and that still exist here; a ticket here must also have the listed subject and one
/// article per conversation beside its description. One thread.
class ApiVerifier
{
public:
    /// `maxPages` as ApiReader's: the ticket list is read in windows of that many pages.
    explicit ApiVerifier(FreshdeskApi &api, int maxPages = 300) : m_api(api), m_maxPages(maxPages) {}
    /// Writes counts per kind and what is missing or different; true when nothing is.
    bool verify(db::ConnectionPool &pool, std::ostream &report);

private:
    FreshdeskApi &m_api;
    int m_maxPages;
};

} // namespace helpdesk::integrations::freshdesk
