#pragma once

#include "integrations/freshdesk/FreshdeskImporter.h"

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace helpdesk::integrations::freshdesk {

/// Counts, remaining time and a bar on a terminal (one line per 10% otherwise). Any thread.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(std::ostream &out);
    void start(const std::string &what, long long total);
    void advance(long long done);
    void finish();

private:
    std::ostream &m_out;
    bool m_terminal;
    std::string m_what;
    long long m_total = 0;
    long long m_lastDecile = -1;
    double m_startedAt = 0;
};

/// A Freshdesk XML export (a zip, or the folder it unpacks to) fed into the importer in the order
/// the records depend on each other: companies, groups, users (and agents), tickets, archived
/// tickets. Resumes each file from the position an earlier run committed. Main thread.
class ExportReader
{
public:
    /// Unpacks a zip into a private temporary folder (removed again by the destructor).
    explicit ExportReader(const std::string &path);
    ~ExportReader();

    /// The temporary folder a zip was unpacked into; empty when the export is a folder.
    const std::string &unpackedInto() const { return m_unpacked; }

    /// Imports everything; per-record problems are logged and counted, never fatal.
    void importInto(FreshdeskImporter &importer, ProgressPrinter &progress, int ticketBatch);
    /// Records per kind in the export (company, group, user, ticket).
    std::map<std::string, long long> sourceCounts();
    /// Compares the export with the database: counts per kind, and subject and article count of
    /// a sample of tickets. Writes a report; returns false on any difference.
    bool verify(db::ConnectionPool &pool, std::ostream &report);

private:
    std::vector<std::string> files(const std::vector<std::string> &prefixes) const;

    std::string m_directory;
    std::string m_unpacked; // temporary folder of an unpacked zip
};

} // namespace helpdesk::integrations::freshdesk
