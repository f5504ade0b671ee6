// The client cache's transactions: a batch of writes that fails half-way (an exception, as a
// malformed event throws while its batch is applied) leaves the cache as it was, announces no
// change, and does not leave the SQLite transaction open: the next batch applies and is seen by
// another connection to the same file. An upgraded cache fetches its tickets again to learn
// their partner desks, which ticket events leave as they are and share events change. A ticket's
// and a person's ids in integrations stay until an answer lists them again, and an outgoing
// article's delivery is shown in the thread, the thread being told only when it changed.

#include "core/CacheStore.h"
#include "core/CacheTransaction.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <stdexcept>

using namespace helpdesk::client;
namespace protocol = helpdesk::protocol;

namespace {
protocol::Ticket ticket(qint64 id, const std::string &title)
{
    protocol::Ticket t;
    t.id = id;
    t.number = 10000 + id;
    t.title = title;
    t.groupId = 1;
    t.customerId = 7;
    t.stateId = 1;
    t.stateType = "open";
    t.priorityId = 2;
    t.custom = protocol::newObject();
    t.createdAt = "2026-03-01T09:00:00.000Z";
    t.updatedAt = "2026-03-01T09:00:00.000Z";
    return t;
}

protocol::Article article(qint64 id, qint64 ticketId, const std::string &text)
{
    protocol::Article a;
    a.id = id;
    a.ticketId = ticketId;
    a.sender = "customer";
    a.channel = "email";
    a.from = "carol@customer.example";
    a.bodyText = text;
    a.createdAt = "2026-03-01T09:05:00.000Z";
    return a;
}

QString titleOf(const CacheStore &cache, qint64 id)
{
    auto t = cache.ticket(id);
    return t ? QString::fromStdString(t->title) : QString();
}
} // namespace

class TestClientCache : public QObject
{
    Q_OBJECT

private slots:
    void theUnverifiedSenderMarkTravelsIntoTheThread_data()
    {
        QTest::addColumn<bool>("unverified");
        QTest::newRow("mail in a staff member's name nobody vouched for keeps its warning") << true;
        QTest::newRow("ordinary mail carries none") << false;
    }

    void theUnverifiedSenderMarkTravelsIntoTheThread()
    {
        QFETCH(bool, unverified);
        QTemporaryDir dir;
        CacheStore cache(dir.path() + QStringLiteral("/cache.sqlite"));
        QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
        cache.upsertTicket(ticket(1, "Refund order 7"));
        auto a = article(10, 1, "Please refund order 7 to this new account.");
        a.senderUnverified = unverified;
        cache.upsertArticle(a);
        auto thread = cache.thread(1);
        QCOMPARE(thread.size(), std::size_t(1));
        QCOMPARE(thread.front().senderUnverified, unverified);
    }

    void aBatchFailingHalfWayLeavesTheCacheAsBefore_data()
    {
        QTest::addColumn<QString>("written");
        QTest::newRow("a cached ticket changed") << "changed ticket";
        QTest::newRow("a new ticket with its article") << "new ticket";
        QTest::newRow("the event stream's position moved") << "position";
        QTest::newRow("a change of ours queued and shown") << "outbox";
        QTest::newRow("an inner batch that committed its own part") << "inner batch";
    }

    void aBatchFailingHalfWayLeavesTheCacheAsBefore()
    {
        QFETCH(QString, written);
        QTemporaryDir dir;
        const QString file = dir.path() + QStringLiteral("/cache.sqlite");
        CacheStore cache(file);
        QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
        cache.upsertTicket(ticket(1, "Printer jams"));
        cache.setMeta(QStringLiteral("last_seq"), QStringLiteral("10"));
        QSignalSpy ticketsChanged(&cache, &CacheReader::ticketsChanged);
        QSignalSpy articlesChanged(&cache, &CacheReader::articlesChanged);
        QSignalSpy outboxChanged(&cache, &CacheReader::outboxChanged);

        bool failed = false;
        try {
            CacheTransaction batch(cache);
            if (written == QLatin1String("changed ticket")) {
                cache.upsertTicket(ticket(1, "Printer fixed"));
            } else if (written == QLatin1String("new ticket")) {
                cache.upsertTicket(ticket(2, "Toner empty"));
                cache.upsertArticle(article(20, 2, "The toner is empty on floor 3."));
            } else if (written == QLatin1String("position")) {
                cache.setMeta(QStringLiteral("last_seq"), QStringLiteral("12"));
            } else if (written == QLatin1String("outbox")) {
                auto outboxId = cache.addOutbox(QStringLiteral("key-1"), QStringLiteral("article.create"),
                                                QStringLiteral("{}"), 1, QStringLiteral("Reply to #10001"));
                cache.addPendingArticle(outboxId, article(0, 1, "Please try the other tray."));
            } else {
                CacheTransaction inner(cache);
                cache.upsertTicket(ticket(1, "Printer fixed"));
                cache.upsertTicket(ticket(2, "Toner empty"));
                inner.commit();
            }
            throw std::runtime_error("the next event of the batch is malformed");
        } catch (const std::runtime_error &) {
            failed = true;
        }
        QVERIFY(failed);

        // As before the batch, and nothing announced.
        QCOMPARE(titleOf(cache, 1), QStringLiteral("Printer jams"));
        QVERIFY(!cache.ticket(2));
        QVERIFY(cache.thread(1).empty());
        QVERIFY(cache.thread(2).empty());
        QCOMPARE(cache.lastSeq(), qint64(10));
        QVERIFY(cache.outbox().empty());
        QVERIFY(cache.search(QStringLiteral("toner")).isEmpty());
        QCOMPARE(cache.search(QStringLiteral("printer")), QSet<qint64>{1});
        QCOMPARE(ticketsChanged.count(), 0);
        QCOMPARE(articlesChanged.count(), 0);
        QCOMPARE(outboxChanged.count(), 0);

        // The next batch applies, is announced once, and is committed: another connection sees it.
        {
            CacheTransaction batch(cache);
            cache.upsertTicket(ticket(2, "Toner empty"));
            cache.upsertArticle(article(20, 2, "The toner is empty on floor 3."));
            cache.setMeta(QStringLiteral("last_seq"), QStringLiteral("11"));
            batch.commit();
        }
        QCOMPARE(ticketsChanged.count(), 1);
        QCOMPARE(ticketsChanged.first().first().value<QSet<qint64>>(), QSet<qint64>{2});
        QCOMPARE(articlesChanged.count(), 1);
        QCOMPARE(cache.search(QStringLiteral("toner")), QSet<qint64>{2});
        CacheStore other(file);
        QVERIFY(other.isOpen());
        QCOMPARE(titleOf(other, 2), QStringLiteral("Toner empty"));
        QCOMPARE(other.thread(2).size(), std::size_t(1));
        QCOMPARE(other.lastSeq(), qint64(11));
        QCOMPARE(titleOf(other, 1), QStringLiteral("Printer jams"));
    }
    void theInboxRowKeepsItsPartnersUntilAShareEventChangesThem()
    {
        QTemporaryDir dir;
        const auto path = dir.path() + QStringLiteral("/cache.sqlite");
        {
            // A cache written by the previous client (schema 3) with a complete first sync.
            CacheStore old(path);
            QVERIFY(old.isOpen());
            old.setMeta(QStringLiteral("initial_sync_done"), QStringLiteral("1"));
            old.setMeta(QStringLiteral("last_seq"), QStringLiteral("41"));
        }
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const char *sql :
                 {"ALTER TABLE tickets DROP COLUMN shared_with", "ALTER TABLE tickets DROP COLUMN external_ids",
                  "ALTER TABLE tickets DROP COLUMN organization_id", "ALTER TABLE tickets DROP COLUMN tags",
                  "ALTER TABLE tickets DROP COLUMN custom", "ALTER TABLE tickets DROP COLUMN created_via",
                  "ALTER TABLE tickets DROP COLUMN channel_id", "ALTER TABLE tickets DROP COLUMN created_at",
                  "ALTER TABLE tickets DROP COLUMN preview", "ALTER TABLE tickets DROP COLUMN time_spent_minutes",
                  "DROP TABLE saved_views", "ALTER TABLE users DROP COLUMN external_ids", "DROP TABLE deliveries",
                  "PRAGMA user_version = 3"})
                QVERIFY2(QSqlQuery(db).exec(QString::fromLatin1(sql)), sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        CacheStore cache(path);
        QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
        // Upgraded: every ticket is fetched again (to learn its partners), then events from where it was.
        QCOMPARE(cache.meta(QStringLiteral("initial_sync_done")), QStringLiteral("0"));
        QCOMPARE(cache.meta(QStringLiteral("initial_sync_from")), QStringLiteral("41"));

        auto shared = ticket(1, "Shared one");
        protocol::TicketSharePartner partner;
        partner.agreementId = 3;
        partner.partner = "Partner desk";
        partner.direction = "outbound";
        partner.state = "failing";
        partner.reason = "HTTP 403";
        shared.sharedWith = std::vector{partner};
        cache.upsertTicket(shared);
        auto partnersShown = [&] {
            QStringList out;
            const auto rows = cache.ticketRows({1});
            for (const auto &p : rows.at(0).sharedWith)
                out << p.partner + QLatin1Char(' ') + p.state + QLatin1Char(' ') + p.reason;
            return out;
        };
        QCOMPARE(partnersShown(), QStringList{QStringLiteral("Partner desk failing HTTP 403")});
        // A ticket.updated event carries no partners: they stay.
        auto changed = ticket(1, "Shared one, renamed");
        changed.updatedAt = "2026-03-01T10:00:00.000Z";
        cache.upsertTicket(changed);
        QCOMPARE(titleOf(cache, 1), QStringLiteral("Shared one, renamed"));
        QCOMPARE(partnersShown(), QStringList{QStringLiteral("Partner desk failing HTTP 403")});
        QCOMPARE(cache.ticket(1)->sharedWith->size(), std::size_t(1));
        // A share event changes them, and the inbox hears of the row.
        QSignalSpy changes(&cache, &CacheStore::ticketsChanged);
        partner.state = "in_sync";
        partner.reason.reset();
        cache.setSharedWith(1, {partner});
        QCOMPARE(partnersShown(), QStringList{QStringLiteral("Partner desk in_sync ")});
        QCOMPARE(changes.count(), 1);
        cache.setSharedWith(1, {});
        QVERIFY(partnersShown().isEmpty());
        QVERIFY(cache.ticket(1)->sharedWith && cache.ticket(1)->sharedWith->empty());
    }

    void theInboxRowCarriesWhatViewsFilterOnAlsoAfterAnUpgrade()
    {
        QTemporaryDir dir;
        const auto path = dir.path() + QStringLiteral("/cache.sqlite");
        auto full = ticket(1, "Phone call about invoices");
        full.stateId = 4;
        full.priorityId = 3;
        full.organizationId = 12;
        full.tags = {"billing", "vip"};
        full.custom->set("region", std::string("north"));
        full.createdVia = "phone_in";
        full.channelId = 5;
        full.createdAt = "2026-02-27T08:00:00.000Z";
        full.preview = "Where is my invoice for February?";
        full.timeSpentMinutes = 25;
        auto check = [](const TicketRow &row) {
            QCOMPARE(row.stateId, qint64(4));
            QCOMPARE(row.priorityId, qint64(3));
            QCOMPARE(row.organizationId, std::optional<qint64>(12));
            QCOMPARE(row.tags, (QStringList{QStringLiteral("billing"), QStringLiteral("vip")}));
            QCOMPARE(row.custom.value(QStringLiteral("region")).toString(), QStringLiteral("north"));
            QCOMPARE(row.createdVia, QStringLiteral("phone_in"));
            QCOMPARE(row.channelId, std::optional<qint64>(5));
            QCOMPARE(row.createdAt, QStringLiteral("2026-02-27T08:00:00.000Z"));
            QCOMPARE(row.preview, QStringLiteral("Where is my invoice for February?"));
            QCOMPARE(row.timeSpentMinutes, qint64(25));
        };
        {
            CacheStore cache(path);
            QVERIFY(cache.isOpen());
            cache.upsertTicket(full);
            cache.upsertTicket(ticket(2, "Plain"));
            const auto rows = cache.ticketRows({1});
            QCOMPARE(rows.size(), std::size_t(1));
            check(rows.front());
            const auto plain = cache.ticketRows({2}).at(0);
            QVERIFY(plain.tags.isEmpty() && plain.custom.isEmpty() && !plain.organizationId && !plain.channelId);
        }
        {
            // As the previous client (schema 5) left it: the fields only in the ticket's JSON.
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade6"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const char *column : {"organization_id", "tags", "custom", "created_via", "channel_id", "created_at",
                                       "preview", "time_spent_minutes"})
                QVERIFY2(QSqlQuery(db).exec(QStringLiteral("ALTER TABLE tickets DROP COLUMN ") +
                                            QString::fromLatin1(column)),
                         column);
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE saved_views")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 5")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade6"));
        CacheStore upgraded(path);
        QVERIFY2(upgraded.isOpen(), qPrintable(upgraded.errorString()));
        check(upgraded.ticketRows({1}).at(0));
    }

    void aNameWithoutDetailIsKept()
    {
        // A group with no addresses has no detail: it is listed all the same, for the agent to pick.
        QTemporaryDir dir;
        CacheStore cache(dir.path() + QStringLiteral("/cache.sqlite"));
        QVERIFY(cache.isOpen());
        cache.upsertConfig(QStringLiteral("group"), 1, QStringLiteral("Alpha"), QStringLiteral("alpha@desk.example"));
        cache.upsertConfig(QStringLiteral("group"), 2, QStringLiteral("Beta"), QString());
        QStringList names;
        for (const auto &group : cache.config(QStringLiteral("group")))
            names << group.name;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    }

    void externalIdsAndDeliveriesStayUntilTheServerTellsOtherwise()
    {
        QTemporaryDir dir;
        CacheStore cache(dir.path() + QStringLiteral("/cache.sqlite"));
        QVERIFY(cache.isOpen());
        auto channelTicket = ticket(1, "Cannot pay");
        channelTicket.channelId = 4;
        cache.upsertTicket(channelTicket);
        cache.upsertUser(7, QStringLiteral("Uma Panel"), QStringLiteral("uma@panel.example"),
                         QStringLiteral("customer"));
        cache.upsertConfig(QStringLiteral("integration"), 3, QStringLiteral("Billing panel"), QStringLiteral(""));
        cache.upsertConfig(QStringLiteral("channel"), 4, QStringLiteral("Panel chat"), QStringLiteral("3"));
        // Told by an event: no ids yet, so the ticket's are to be fetched.
        QVERIFY(!cache.knowsExternalIds(1));
        cache.setTicketExternalIds(1, {{3, {}, QStringLiteral("case-1")}});
        QVERIFY(!cache.knowsExternalIds(1)); // the customer's are not known either
        cache.setUserExternalIds(7, {{3, {}, QStringLiteral("u-1")}});
        QVERIFY(cache.knowsExternalIds(1));
        // An event's ticket carries none: they stay.
        auto renamed = channelTicket;
        renamed.title = "Cannot pay, renamed";
        renamed.updatedAt = "2026-03-01T10:00:00.000Z";
        cache.upsertTicket(renamed);
        cache.upsertUser(7, QStringLiteral("Uma P."), QStringLiteral("uma@panel.example"), QStringLiteral("customer"));
        const auto origin = cache.ticketOrigin(1);
        QCOMPARE(origin.channelId.value_or(0), qint64(4));
        QCOMPARE(origin.channel, QStringLiteral("Panel chat"));
        QCOMPARE(origin.channelIntegration, QStringLiteral("Billing panel"));
        QCOMPARE(origin.externalIds.size(), std::size_t(1));
        QCOMPARE(origin.externalIds.at(0).integration + QLatin1Char(':') + origin.externalIds.at(0).id,
                 QStringLiteral("Billing panel:case-1"));
        QCOMPARE(origin.customer, QStringLiteral("Uma P."));
        QCOMPARE(origin.customerExternalIds.at(0).id, QStringLiteral("u-1"));

        auto reply = article(11, 1, "Fixed it");
        reply.sender = "agent";
        cache.upsertArticle(reply);
        QSignalSpy threadChanges(&cache, &CacheStore::articlesChanged);
        cache.setDeliveries(
            1, {{11, {QStringLiteral("channel"), QStringLiteral("pending"), 1, QStringLiteral("HTTP 503")}}});
        QCOMPARE(threadChanges.count(), 1);
        QCOMPARE(cache.thread(1).at(0).delivery->error, QStringLiteral("HTTP 503"));
        // Asked again while nothing changed: the thread is not redrawn.
        cache.setDeliveries(
            1, {{11, {QStringLiteral("channel"), QStringLiteral("pending"), 1, QStringLiteral("HTTP 503")}}});
        QCOMPARE(threadChanges.count(), 1);
        cache.setDeliveries(1, {{11, {QStringLiteral("channel"), QStringLiteral("sent"), 2, QString()}}});
        QCOMPARE(threadChanges.count(), 2);
        QCOMPARE(cache.thread(1).at(0).delivery->state, QStringLiteral("sent"));
        QVERIFY(cache.thread(1).at(0).delivery->error.isEmpty());
        cache.removeTicket(1);
        QVERIFY(cache.deliveries(1).empty());
    }
};

QTEST_GUILESS_MAIN(TestClientCache)
#include "tst_client_cache.moc"
