// bench_client: the agent client with a large account. A cache of N tickets (default 100,000)
// written straight into SQLite with the client's own schema (CacheStore), then:
//  - cold start: build/bin/helpdesk-client launched as a process (offscreen, the server
//    unreachable, its token in a file) until it reports the inbox drawn (HELPDESK_STARTUP_TRACE),
//    median of --launches runs, with the process's resident memory at that moment;
//  - in this process, on the same cache: filter latency per keystroke, scrolling, memory;
//  - with --sync: a server holding N tickets (SQL) and the initial sync into a fresh cache.
//
//   QT_QPA_PLATFORM=offscreen build/bin/bench_client [--tickets 100000] [--launches 5] [--sync]
//
// Targets (issue 19): cold start < 500 ms with 100,000 tickets, keystroke p95 < 16 ms; with
// 1,000,000 the same within 2x.

#include "access/HelpdeskAccess.h"
#include "core/CacheStore.h"
#include "support/Desk.h"
#include "ui/MainWindow.h"

#include <Poco/Net/ServerSocket.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

#include <algorithm>
#include <cstdio>
#include <fstream>

using namespace helpdesk::client;
using namespace helpdesk::test;

namespace {
constexpr qint64 kAgentId = 10; // the signed-in agent of the seeded cache
const QString kAccountKey = QStringLiteral("bench-account");
const QString kToken = QStringLiteral("bench-token");

double rssMiB(const QString &pid = QStringLiteral("self"))
{
    std::ifstream status((QStringLiteral("/proc/") + pid + QStringLiteral("/status")).toStdString());
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

void run(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql)) {
        std::fprintf(stderr, "seeding failed: %s\n%s\n", qPrintable(q.lastError().text()), qPrintable(sql.left(200)));
        std::exit(1);
    }
}

/// An account directory as the client leaves it after a first sync: account.ini, the token in a
/// file, and a cache of `tickets` tickets (two groups, five states, 2,000 customers, owners
/// spread over three agents and nobody, two years and more of update times, two saved views).
void seedAccount(const QString &dir, int tickets, int offlinePort)
{
    const QString cacheFile = dir + QStringLiteral("/cache.sqlite");
    {
        CacheStore schema(cacheFile); // the client's own schema, migrated to the current version
        if (!schema.isOpen()) {
            std::fprintf(stderr, "cache not created: %s\n", qPrintable(schema.errorString()));
            std::exit(1);
        }
    }
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(cacheFile);
        db.open();
        QSqlQuery q(db);
        run(q, QStringLiteral("PRAGMA synchronous = OFF"));
        db.transaction();
        for (const char *sql : {
                 "INSERT INTO config (kind, id, name, detail, rank) VALUES ('group', 1, 'Alpha', '', 0),"
                 " ('group', 2, 'Beta', '', 0), ('state', 1, 'new', 'new', 1), ('state', 2, 'open', 'open', 2),"
                 " ('state', 3, 'pending reminder', 'pending_reminder', 3), ('state', 4, 'closed', 'closed', 4),"
                 " ('state', 5, 'merged', 'merged', 5), ('priority', 1, '1 low', '', 1),"
                 " ('priority', 2, '2 normal', '', 2), ('priority', 3, '3 high', '', 3), ('type', 1, 'Incident', '', "
                 "0)",
                 "INSERT INTO users (id, name, email, role) VALUES (10, 'Carol Agent', 'carol@test.example', 'agent'),"
                 " (11, 'Dave Agent', 'dave@test.example', 'agent'), (12, 'Erin Agent', 'erin@test.example', 'agent')",
                 "INSERT INTO users (id, name, email, role) WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 "
                 "FROM c WHERE i < 1999) SELECT 1000 + i, 'Customer ' || i, 'customer' || i || '@example.com', "
                 "'customer' FROM c",
                 "CREATE TEMP TABLE words (n INTEGER PRIMARY KEY, w TEXT NOT NULL)",
                 "INSERT INTO words VALUES (0, 'printer'), (1, 'invoice'), (2, 'password'), (3, 'network'),"
                 " (4, 'laptop'), (5, 'monitor'), (6, 'vpn'), (7, 'mail'), (8, 'scanner'), (9, 'license'),"
                 " (10, 'keyboard'), (11, 'backup'), (12, 'phone'), (13, 'wifi'), (14, 'server'), (15, 'account')",
                 "INSERT INTO meta (key, value) VALUES ('initial_sync_done', '1'), ('last_seq', '1')",
                 "INSERT INTO saved_views (id, json, editable) VALUES (1, '{\"id\":1,\"name\":\"VIP open\","
                 "\"owner_id\":10,\"filter\":{\"match\":\"all\",\"conditions\":[{\"field\":\"state_type\",\"op\":"
                 "\"in\",\"value\":[\"new\",\"open\"]},{\"field\":\"tags\",\"op\":\"any\",\"value\":[\"vip\"]}]},"
                 "\"sort\":{\"field\":\"updated_at\",\"order\":\"desc\"},\"columns\":[],\"position\":0}', 1),"
                 " (2, '{\"id\":2,\"name\":\"Alpha printers\",\"group_id\":1,\"filter\":{\"match\":\"all\","
                 "\"conditions\":[{\"field\":\"group_id\",\"op\":\"in\",\"value\":[1]},{\"field\":\"query\",\"op\":"
                 "\"contains\",\"value\":\"printer\"}]},\"sort\":{\"field\":\"updated_at\",\"order\":\"desc\"},"
                 "\"columns\":[],\"position\":0}', 0)",
             })
            run(q, QString::fromUtf8(sql));
        q.prepare(QStringLiteral(
            "INSERT INTO tickets (id, number, title, group_id, owner_id, customer_id, state_id, state_type, "
            "priority_id,"
            " updated_at, json, sla_due, organization_id, tags, created_via, created_at, preview)"
            " WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ?),"
            " r AS (SELECT i, 10000 + i AS number,"
            "  upper(substr(w1.w, 1, 1)) || substr(w1.w, 2) || ' ' || w2.w || ' problem ' || i AS title,"
            "  1 + i % 2 AS group_id, CASE i % 5 WHEN 0 THEN 10 WHEN 1 THEN 11 WHEN 2 THEN 12 END AS owner_id,"
            "  1000 + i % 2000 AS customer_id, 1 + i % 4 AS state_id,"
            "  CASE i % 4 WHEN 0 THEN 'new' WHEN 1 THEN 'open' WHEN 2 THEN 'pending_reminder' ELSE 'closed' END"
            "   AS state_type, 1 + i % 3 AS priority_id,"
            "  strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (i * 2) || ' minutes') AS updated_at,"
            "  strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (i * 3) || ' minutes') AS created_at,"
            "  CASE WHEN i % 7 = 0 THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+' || (i % 600) || ' minutes') END"
            "   AS sla_due, w1.w AS word"
            "  FROM s JOIN words w1 ON w1.n = i % 16 JOIN words w2 ON w2.n = (i / 16) % 16)"
            " SELECT i, number, title, group_id, owner_id, customer_id, state_id, state_type, priority_id, updated_at,"
            "  json_object('id', i, 'number', number, 'title', title, 'group_id', group_id, 'owner_id', owner_id,"
            "   'customer_id', customer_id, 'state_id', state_id, 'state_type', state_type, 'priority_id',"
            "   priority_id, 'created_at', created_at, 'updated_at', updated_at, 'created_via', 'email',"
            "   'tags', json(CASE WHEN i % 10 = 0 THEN '[\"vip\"]' ELSE '[]' END), 'custom', json('{}')),"
            "  sla_due, NULL, CASE WHEN i % 10 = 0 THEN '[\"vip\"]' END, 'email', created_at,"
            "  'Hello, my ' || word || ' does not work since this morning.'"
            " FROM r"));
        q.addBindValue(tickets);
        if (!q.exec()) {
            std::fprintf(stderr, "tickets not seeded: %s\n", qPrintable(q.lastError().text()));
            std::exit(1);
        }
        run(q, QStringLiteral("INSERT INTO ticket_search (rowid, number, title, customer, body)"
                              " SELECT t.id, t.number, t.title, u.name || ' ' || u.email, t.preview"
                              " FROM tickets t JOIN users u ON u.id = t.customer_id"));
        db.commit();
        run(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    QSettings settings(dir + QStringLiteral("/account.ini"), QSettings::IniFormat);
    settings.setValue(QStringLiteral("account/server"), QStringLiteral("http://127.0.0.1:%1").arg(offlinePort));
    settings.setValue(QStringLiteral("account/email"), QStringLiteral("carol@test.example"));
    settings.setValue(QStringLiteral("account/user_id"), kAgentId);
    settings.setValue(QStringLiteral("account/key"), kAccountKey);
    settings.setValue(QStringLiteral("account/cache"), QStringLiteral("cache.sqlite"));
    settings.setValue(QStringLiteral("account/groups"), QStringList{QStringLiteral("1"), QStringLiteral("2")});
    FileSecretStore(dir + QStringLiteral("/token")).save(kAccountKey, kToken);
    SessionSecretStore().save(kAccountKey, kToken); // for the in-process part
}

struct Launch {
    double wallMs = 0;   // from starting the process to the trace line read
    double clientMs = 0; // what the client reports: from main() to the inbox drawn
    double rssMiB = 0;   // the client's resident memory then
};

/// Launches helpdesk-client on the seeded account and waits for its "inbox-drawn" trace line.
std::optional<Launch> launchClient(const QString &dir)
{
    QProcess client;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HELPDESK_STARTUP_TRACE"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config")); // the client's QSettings
    client.setProcessEnvironment(env);
    client.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/helpdesk-client"));
    client.setArguments(
        {QStringLiteral("--data-dir"), dir, QStringLiteral("--token-file"), dir + QStringLiteral("/token")});
    client.setStandardOutputFile(QProcess::nullDevice());
    client.setReadChannel(QProcess::StandardError);
    QElapsedTimer timer;
    timer.start();
    client.start();
    std::optional<Launch> launch;
    QByteArray err;
    while (!launch && timer.elapsed() < 120000 && client.state() != QProcess::NotRunning) {
        client.waitForReadyRead(100);
        err += client.readAllStandardError();
        const auto at = err.indexOf("inbox-drawn ");
        const auto end = at < 0 ? -1 : err.indexOf('\n', at);
        if (end < 0)
            continue;
        launch =
            Launch{static_cast<double>(timer.nsecsElapsed()) / 1e6,
                   err.mid(at + 12, end - at - 12).trimmed().toDouble(), rssMiB(QString::number(client.processId()))};
    }
    client.kill();
    client.waitForFinished();
    if (!launch)
        std::fprintf(stderr, "the client did not report the inbox drawn; its stderr:\n%s\n", err.constData());
    return launch;
}

/// The initial sync of `tickets` tickets from a server into a fresh cache (slow: only with --sync).
void measureInitialSync(int tickets)
{
    Desk desk;
    {
        pqxx::connection c(desk.database().conninfo());
        pqxx::work tx(c);
        tx.exec_params(
            "WITH words AS (SELECT ARRAY['printer','invoice','password','network','laptop','monitor','vpn','mail',"
            " 'scanner','license','keyboard','backup','phone','wifi','server','account'] AS w)"
            " INSERT INTO tickets (title, group_id, customer_id, state_id, priority_id, created_at, updated_at)"
            " SELECT initcap(w[1 + i % 16]) || ' ' || w[1 + (i / 16) % 16] || ' problem ' || i,"
            "  CASE WHEN i % 2 = 0 THEN $2::bigint ELSE $3::bigint END, CASE i % 3 WHEN 0 THEN $4::bigint WHEN 1 THEN "
            "$5::bigint ELSE $6::bigint END,"
            "  (SELECT id FROM ticket_states WHERE state_type IN ('new','open','closed','pending_reminder')"
            "   ORDER BY id OFFSET (i % 4) LIMIT 1),"
            "  (SELECT id FROM ticket_priorities ORDER BY id OFFSET (i % 3) LIMIT 1),"
            "  now() - (i || ' minutes')::interval * 10, now() - (i || ' minutes')::interval * 5"
            " FROM generate_series(1, $1::int) AS i, words",
            tickets, desk.alpha(), desk.beta(), desk.userId("carol"), desk.userId("dave"), desk.userId("erin"));
        tx.commit();
    }
    QUrl server(QStringLiteral("http://127.0.0.1:%1").arg(desk.port()));
    QTemporaryDir dir;
    HelpdeskAccess access(dir.path(), std::make_unique<SessionSecretStore>());
    bool done = false;
    int loaded = 0;
    QObject::connect(&access.session(), &AccountSession::syncProgress, [&](int n, bool finished) {
        loaded = n;
        done |= finished;
    });
    QElapsedTimer timer;
    timer.start();
    access.session().signIn(server, QStringLiteral("supervisor@test.example"), QString::fromLatin1(Desk::kPassword));
    while (!done && timer.elapsed() < 30 * 60 * 1000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    std::printf("initial sync from a server with %d tickets: %d in %.1f s = %.0f tickets/s\n", tickets, loaded, seconds,
                loaded / seconds);
}
} // namespace

int main(int argc, char **argv)
{
    int tickets = 100000;
    int launches = 5;
    bool sync = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--tickets") == 0 && i + 1 < argc)
            tickets = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--launches") == 0 && i + 1 < argc)
            launches = std::max(1, std::atoi(argv[i + 1]));
        sync |= std::strcmp(argv[i], "--sync") == 0;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    QApplication app(argc, argv);

    QTemporaryDir dir;
    int offlinePort = 0;
    {
        Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
        offlinePort = probe.address().port(); // closed again: the client starts offline
    }
    QElapsedTimer seeding;
    seeding.start();
    seedAccount(dir.path(), tickets, offlinePort);
    std::printf("cache seeded with %d tickets in %.1f s (SQLite, the client's schema)\n", tickets,
                static_cast<double>(seeding.elapsed()) / 1000.0);

    // Cold start: the binary launched, as an agent starts it.
    std::vector<double> walls;
    std::vector<double> mains;
    std::vector<double> rss;
    for (int run = 0; run < launches; ++run) {
        auto launch = launchClient(dir.path());
        if (!launch)
            return 1;
        walls.push_back(launch->wallMs);
        mains.push_back(launch->clientMs);
        rss.push_back(launch->rssMiB);
    }
    const double coldTarget = tickets > 100000 ? 1000.0 : 500.0; // 1,000,000: within 2x of the 100,000 target
    std::printf("cold start to inbox drawn (%d tickets, launched, offline): median %.0f ms (main() to drawn %.0f ms),"
                " max %.0f ms, %d launches; target %.0f ms, ratio %.2f\n",
                tickets, median(walls), median(mains), *std::max_element(walls.begin(), walls.end()), launches,
                coldTarget, median(walls) / coldTarget);
    std::printf("client resident memory at inbox drawn: median %.0f MiB\n", median(rss));

    // In this process, on the same cache: typing in the search box, scrolling.
    {
        HelpdeskAccess access(dir.path(), std::make_unique<SessionSecretStore>());
        access.session().setWorkOffline(true);
        if (!access.session().resume()) {
            std::fprintf(stderr, "the cached account did not open\n");
            return 1;
        }
        MainWindow window(access);
        window.resize(1400, 850);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            std::printf("the window was not exposed\n");
        auto *table = window.findChild<QAbstractItemView *>(QStringLiteral("inbox"));
        if (!table) {
            std::fprintf(stderr, "the window has no item view named \"inbox\"\n");
            return 1;
        }
        access.inbox().tickets()->setView({InboxView::Kind::All, 0});
        table->viewport()->repaint();
        // Typing in the search box: each keystroke refilters the inbox and draws it.
        std::vector<double> keystrokes;
        for (const QString &word : {QStringLiteral("printer vpn"), QStringLiteral("10042"),
                                    QStringLiteral("customer 17"), QStringLiteral("keyboard problem 99")}) {
            for (int n = 1; n <= word.size(); ++n) {
                QElapsedTimer key;
                key.start();
                access.inbox().tickets()->setSearch(word.left(n));
                table->viewport()->repaint();
                keystrokes.push_back(static_cast<double>(key.nsecsElapsed()) / 1e6);
            }
            access.inbox().tickets()->setSearch(QString());
        }
        const double keyTarget = tickets > 100000 ? 32.0 : 16.0;
        std::printf("filter per keystroke (%zu keystrokes, All tickets): median %.1f ms, p95 %.1f ms, max %.1f ms;"
                    " target p95 %.0f ms, ratio %.2f\n",
                    keystrokes.size(), median(keystrokes), percentile(keystrokes, 0.95),
                    *std::max_element(keystrokes.begin(), keystrokes.end()), keyTarget,
                    percentile(keystrokes, 0.95) / keyTarget);
        // Scrolling through the whole inbox, as an agent drags or pages down: 400 jumps from top to bottom.
        std::vector<double> pages;
        auto *model = table->model();
        const int rows = model->rowCount();
        const int step = std::max(1, rows / 400);
        for (int row = 0; row < rows; row += step) {
            QElapsedTimer page;
            page.start();
            table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
            table->viewport()->repaint();
            pages.push_back(static_cast<double>(page.nsecsElapsed()) / 1e6);
        }
        std::printf("scroll one step and draw (%zu steps over %d rows): median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                    pages.size(), rows, median(pages), percentile(pages, 0.95),
                    *std::max_element(pages.begin(), pages.end()));
        std::printf("resident memory of this process with the window open: %.0f MiB\n", rssMiB());
    }
    if (sync)
        measureInitialSync(tickets);
    return 0;
}
