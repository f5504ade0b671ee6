// bench_import: a Freshdesk account at the scale of the real migration (10,835 users, 34,282
// tickets with four notes each) imported from its XML export into an empty database.
//
//   build/bin/bench_import [--tickets 34282] [--users 10835]

#include "db/ConnectionPool.h"
#include "db/Migrator.h"
#include "integrations/freshdesk/ExportReader.h"
#include "support/FreshdeskExport.h"
#include "support/TestDatabase.h"

#include <Poco/DirectoryIterator.h>
#include <Poco/File.h>
#include <Poco/TemporaryFile.h>

#include <pqxx/pqxx>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>

using namespace helpdesk;
using Clock = std::chrono::steady_clock;

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    int tickets = 34282, users = 10835, batch = 2000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--tickets") == 0)
            tickets = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--batch") == 0)
            batch = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--users") == 0)
            users = std::atoi(argv[i + 1]);
    }
    test::FreshdeskExportSpec spec;
    spec.companies = 800;
    spec.groups = 12;
    spec.agents = 35;
    spec.contacts = users - spec.agents;
    spec.archivedTickets = tickets / 8;
    spec.tickets = tickets - spec.archivedTickets;
    spec.notesPerTicket = 4;
    spec.ticketsPerFile = 5000;
    std::string folder = Poco::TemporaryFile::tempName();
    auto generated = Clock::now();
    test::FreshdeskExport::write(folder, spec);
    long long bytes = 0;
    for (Poco::DirectoryIterator it(folder), end; it != end; ++it)
        bytes += static_cast<long long>(it->getSize());
    std::printf("export: %d users, %d tickets (%d archived) with %d notes each, %d companies; %.1f MiB of XML "
                "(generated in %.1f s)\n",
                users, tickets, spec.archivedTickets, spec.notesPerTicket, spec.companies,
                static_cast<double>(bytes) / (1 << 20),
                std::chrono::duration<double>(Clock::now() - generated).count());

    test::TestDatabase database;
    database.start();
    db::Migrator(database.conninfo()).migrate();
    db::ConnectionPool pool(database.conninfo(), 2);
    integrations::freshdesk::FreshdeskImporter importer(pool, {});
    integrations::freshdesk::ExportReader reader(folder);
    integrations::freshdesk::ProgressPrinter progress(std::cerr);
    auto start = Clock::now();
    reader.importInto(importer, progress, batch);
    double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    auto totals = importer.totals();
    long long articles = totals["article"].created, failed = 0;
    for (const auto &[kind, t] : totals)
        failed += t.failed;
    std::printf(
        "import: %.1f s for %lld users, %lld tickets, %lld articles (%.0f tickets/s, %.0f articles/s), %lld failed\n",
        seconds, totals["user"].created, totals["ticket"].created, articles,
        static_cast<double>(totals["ticket"].created) / seconds, static_cast<double>(articles) / seconds, failed);
    auto again = Clock::now();
    integrations::freshdesk::FreshdeskImporter second(pool, {});
    reader.importInto(second, progress, batch);
    std::printf(
        "second run over the same export (updates, no duplicates): %.1f s, %lld tickets updated, %lld created\n",
        std::chrono::duration<double>(Clock::now() - again).count(), second.totals().at("ticket").updated,
        second.totals().at("ticket").created);
    Poco::File(folder).remove(true);
    return 0;
}
