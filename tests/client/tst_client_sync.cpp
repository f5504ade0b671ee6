// The agent client's core against a real server and PostgreSQL: the first sync fills the inbox
// and events keep it live; a warm cache shows the inbox with no network; a reply written offline
// survives a restart and reaches the customer exactly once; a change the server refuses is shown
// with its reason and undone; search filters over number, title, customer and article text; ending
// the session (signing out, revoked or expired on the server) leaves nothing of the account on disk.

#include "access/HelpdeskAccess.h"
#include "core/Replica.h"
#include "support/Desk.h"
#include "support/SmtpSink.h"

#include <Poco/Net/ServerSocket.h>

#include <pqxx/pqxx>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;
using helpdesk::protocol::newObject;

namespace {
int deadPort()
{
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    return probe.address().port(); // closed again when probe goes
}
} // namespace

class TestClientSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;
    QUrl m_url;

    std::unique_ptr<HelpdeskAccess> makeAccess(const QString &dir)
    {
        return std::make_unique<HelpdeskAccess>(dir, std::make_unique<SessionSecretStore>());
    }

    /// Signs in and waits for the first sync to finish.
    std::unique_ptr<HelpdeskAccess> signedIn(const QString &dir, const std::string &who)
    {
        auto access = makeAccess(dir);
        QSignalSpy done(&access->session(), &AccountSession::syncProgress);
        access->session().signIn(m_url, QString::fromStdString(who + "@test.example"),
                                 QString::fromLatin1(Desk::kPassword));
        for (int i = 0; i < 100 && (done.isEmpty() || !done.last().at(1).toBool()); ++i)
            done.wait(200);
        return access;
    }

    static int countInView(HelpdeskAccess &access, InboxView::Kind kind)
    {
        return access.inbox().tickets()->countFor({kind, 0});
    }

    static void pointAccountAt(const QString &dir, const QUrl &url)
    {
        QSettings settings(dir + QStringLiteral("/account.ini"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("account/server"), url.toString());
    }

    long long scalarOf(const std::string &sql)
    {
        pqxx::connection c(m_desk->database().conninfo());
        pqxx::read_transaction tx(c);
        return tx.exec1(sql)[0].as<long long>();
    }

    /// A ticket row written straight into the database, as an import does: no event tells anyone.
    long long insertTicketWithoutEvent(const std::string &title)
    {
        pqxx::connection c(m_desk->database().conninfo());
        pqxx::work tx(c);
        auto id = tx.exec_params1("INSERT INTO tickets (title, group_id, customer_id, state_id, priority_id)"
                                  " SELECT $1, $2, $3, (SELECT id FROM ticket_states WHERE name = 'open'),"
                                  " (SELECT id FROM ticket_priorities WHERE rank = 2) RETURNING id",
                                  title, m_desk->alpha(), m_desk->userId("carol"))[0]
                      .as<long long>();
        tx.commit();
        return id;
    }

    /// Events for every agent (kind, data as JSON text), written in one transaction: the server
    /// sends them to the client in one batch.
    void appendStaffEvents(const std::vector<std::pair<std::string, std::string>> &events)
    {
        pqxx::connection c(m_desk->database().conninfo());
        pqxx::work tx(c);
        for (const auto &[kind, data] : events)
            tx.exec_params("INSERT INTO events (seq, tx, kind, audience, data)"
                           " VALUES (nextval('events_seq'), pg_current_xact_id(), $1, 'staff', $2::jsonb)",
                           kind, data);
        tx.exec("NOTIFY helpdesk_events");
        tx.commit();
    }

    /// Every file under `dir` holding `text` (the cache, its write-ahead log, the settings…).
    static QStringList filesHolding(const QString &dir, const QByteArray &text)
    {
        QStringList found;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
                found << file.fileName();
        }
        return found;
    }

    /// The account's cache file, as named in the account's settings.
    static QString findCacheFile(const QString &dir)
    {
        QSettings settings(dir + QStringLiteral("/account.ini"), QSettings::IniFormat);
        const auto name = settings.value(QStringLiteral("account/cache")).toString();
        return name.isEmpty() ? QString() : dir + QLatin1Char('/') + name;
    }

    /// The session token the client keeps for the account signed in under `dir`.
    static QString sessionToken(const QString &dir)
    {
        QSettings settings(dir + QStringLiteral("/account.ini"), QSettings::IniFormat);
        return SessionSecretStore().load(settings.value(QStringLiteral("account/key")).toString()).value_or(QString());
    }

    int serverTicketCount(const std::string &who)
    {
        return static_cast<int>(m_desk->as(who).get("/api/v1/tickets?limit=1000").array("tickets")->size());
    }

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>();
        m_desk->useSmtp(m_sink->port());
        for (int i = 0; i < 30; ++i)
            m_desk->openTicket(i % 3 ? "Alpha" : "Beta", i % 2 ? "carol" : "dave", "Ticket " + std::to_string(i));
        m_desk->openTicket("Alpha", "erin", "Projector in room 4 flickers");
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_desk->port()));
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
    }

    void theFirstSyncFillsTheInboxAndEventsKeepItLive()
    {
        QTemporaryDir dir;
        auto access = signedIn(dir.path(), "alphaFull");
        QVERIFY(access->session().isOpen());
        QTRY_COMPARE(access->session().connectionState(), ConnectionState::Online);
        // Exactly what the server lets this agent see: Alpha, not Beta.
        QCOMPARE(countInView(*access, InboxView::Kind::All), serverTicketCount("alphaFull"));
        QVERIFY(countInView(*access, InboxView::Kind::All) > 0);

        // Another agent's change arrives without a refresh.
        auto id = m_desk->openTicket("Alpha", "carol", "Arrives live");
        QTRY_VERIFY_WITH_TIMEOUT(
            access->inbox().tickets()->countFor({InboxView::Kind::All, 0}) == serverTicketCount("alphaFull"), 10000);
        // The view list's count follows, without a refresh.
        auto *views = access->inbox().views();
        auto allRow = views->index(views->rowOf({InboxView::Kind::All, 0}));
        QTRY_COMPARE(allRow.data(Qt::UserRole).toInt(), serverTicketCount("alphaFull"));
        auto patch = newObject();
        patch->set("title", std::string("Renamed by a colleague"));
        QCOMPARE(m_desk->as("admin").patch("/api/v1/tickets/" + std::to_string(id), patch).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(access->directory().ticket(id) &&
                                     access->directory().ticket(id)->title == QStringLiteral("Renamed by a colleague"),
                                 10000);
        // Unread until opened.
        int row = access->inbox().tickets()->rowOfTicket(id);
        access->inbox().tickets()->setView({InboxView::Kind::All, 0});
        row = access->inbox().tickets()->rowOfTicket(id);
        QVERIFY(row >= 0);
        QVERIFY(access->inbox().tickets()->index(row, 0).data(TicketListModel::UnreadRole).toBool());
        access->inbox().openTicket(id);
        auto index = access->inbox().tickets()->index(access->inbox().tickets()->rowOfTicket(id), 0);
        QVERIFY(!index.data(TicketListModel::UnreadRole).toBool());
        QVERIFY(!index.data(TicketListModel::ChangedSinceLookRole).toBool());
        // A colleague changes it after we looked: marked as news, though not unread.
        patch->set("title", std::string("Renamed again"));
        QCOMPARE(m_desk->as("admin").patch("/api/v1/tickets/" + std::to_string(id), patch).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(access->inbox()
                                     .tickets()
                                     ->index(access->inbox().tickets()->rowOfTicket(id), 0)
                                     .data(TicketListModel::ChangedSinceLookRole)
                                     .toBool(),
                                 10000);
        QVERIFY(!access->inbox()
                     .tickets()
                     ->index(access->inbox().tickets()->rowOfTicket(id), 0)
                     .data(TicketListModel::UnreadRole)
                     .toBool());
        QTRY_VERIFY_WITH_TIMEOUT(access->inbox().thread()->rowCount() >= 1, 10000);
    }

    void aWarmCacheShowsTheInboxWithoutTheNetwork()
    {
        QTemporaryDir dir;
        int expected = 0;
        {
            auto access = signedIn(dir.path(), "alphaFull");
            expected = countInView(*access, InboxView::Kind::All);
        }
        pointAccountAt(dir.path(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort())));
        auto access = makeAccess(dir.path());
        QVERIFY(access->session().resume());
        // Drawn from disk before any network traffic: the same tickets, and offline said plainly.
        QCOMPARE(countInView(*access, InboxView::Kind::All), expected);
        QTRY_COMPARE(access->session().connectionState(), ConnectionState::Offline);
    }

    void aReplyWrittenOfflineIsSentOnceAfterARestart()
    {
        QTemporaryDir dir;
        qint64 ticketId = 0;
        {
            auto access = signedIn(dir.path(), "alphaFull");
            access->inbox().tickets()->setView({InboxView::Kind::All, 0});
            access->inbox().tickets()->setSearch(QStringLiteral("Projector"));
            QCOMPARE(access->inbox().tickets()->rowCount(), 1);
            ticketId = access->inbox().tickets()->ticketIdAt(0);
        }
        // Offline: the reply is kept and shown as pending.
        pointAccountAt(dir.path(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort())));
        {
            auto access = makeAccess(dir.path());
            QVERIFY(access->session().resume());
            access->inbox().openTicket(ticketId);
            int before = access->inbox().thread()->rowCount();
            access->actions().reply(ticketId, QStringLiteral("The projector lamp is replaced; please try again."));
            QCOMPARE(access->actions().pendingChanges(), 1);
            QCOMPARE(access->inbox().thread()->rowCount(), before + 1);
            QVERIFY(access->inbox().thread()->index(before).data(ArticleListModel::PendingRole).toBool());
        } // the client quits with the reply unsent
        // Back online after a restart: sent, once.
        pointAccountAt(dir.path(), m_url);
        auto access = makeAccess(dir.path());
        QVERIFY(access->session().resume());
        QTRY_COMPARE_WITH_TIMEOUT(access->actions().pendingChanges(), 0, 15000);
        QVERIFY(m_sink->waitForCount(1));
        auto countTo = [&] {
            int n = 0;
            for (const auto &mail : m_sink->messages())
                n += mail.header("To").find("erin@test.example") != std::string::npos &&
                     mail.body().find("projector lamp is replaced") != std::string::npos;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(countTo(), 1, 15000);
        // Another restart sends nothing again.
        access.reset();
        access = makeAccess(dir.path());
        QVERIFY(access->session().resume());
        QTRY_VERIFY_WITH_TIMEOUT(access->session().isSynced(), 10000);
        // A later reply is the marker: the outbox sends in order, so a second copy of the first
        // would have gone out (and been mailed) before it.
        access->actions().reply(ticketId, QStringLiteral("Is the picture steady now?"));
        QTRY_COMPARE_WITH_TIMEOUT(access->actions().pendingChanges(), 0, 15000);
        auto markerMailed = [&] {
            for (const auto &mail : m_sink->messages())
                if (mail.body().find("picture steady") != std::string::npos)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(markerMailed(), 15000);
        QCOMPARE(countTo(), 1);
        auto articles =
            m_desk->as("alphaFull").get("/api/v1/tickets/" + std::to_string(ticketId) + "/articles").array("articles");
        int replies = 0;
        for (unsigned i = 0; i < articles->size(); ++i)
            replies +=
                articles->getObject(i)->getValue<std::string>("body_text").find("projector lamp") != std::string::npos;
        QCOMPARE(replies, 1);
    }

    void aRefusedChangeIsShownWithTheReasonAndUndone()
    {
        QTemporaryDir dir;
        auto access = signedIn(dir.path(), "alphaRead"); // may read Alpha, not change it
        access->inbox().tickets()->setView({InboxView::Kind::All, 0});
        QVERIFY(access->inbox().tickets()->rowCount() > 0);
        qint64 id = access->inbox().tickets()->ticketIdAt(0);
        auto before = *access->directory().ticket(id);
        qint64 otherPriority = 0;
        for (const auto &p : access->directory().priorities())
            if (p.id != before.priorityId)
                otherPriority = p.id;
        QVERIFY(otherPriority);
        QSignalSpy rejected(&access->actions(), &TicketActions::changeRejected);
        access->actions().setField(id, QStringLiteral("priority_id"), otherPriority);
        QCOMPARE(access->directory().ticket(id)->priorityId, otherPriority); // shown at once
        QVERIFY(rejected.wait(10000));
        QCOMPARE(rejected.first().at(0).toLongLong(), id);
        QVERIFY2(!rejected.first().at(2).toString().isEmpty(), "the server's reason is passed on");
        QCOMPARE(access->actions().rejectedChanges().size(), std::size_t(1));
        QTRY_COMPARE_WITH_TIMEOUT(access->directory().ticket(id)->priorityId, before.priorityId, 10000);
        access->actions().dismissRejected(access->actions().rejectedChanges().front().id);
        QCOMPARE(access->actions().rejectedChanges().size(), std::size_t(0));
    }

    void mergeLinkNewTicketForwardHistoryAndSavedViews()
    {
        QTemporaryDir dir;
        auto access = signedIn(dir.path(), "alphaFull");
        auto first = m_desk->openTicket("Alpha", "carol", "Toner empty on floor 3");
        auto second = m_desk->openTicket("Alpha", "carol", "Toner still empty");
        auto third = m_desk->openTicket("Alpha", "dave", "Toner order for floor 3");
        QTRY_VERIFY_WITH_TIMEOUT(access->directory().ticket(first) && access->directory().ticket(second) &&
                                     access->directory().ticket(third),
                                 10000);

        // Link and merge by ticket number, through the outbox.
        QVERIFY(access->actions().linkTo(first, access->directory().ticket(third)->number, QStringLiteral("related")));
        QVERIFY(access->actions().mergeInto(second, access->directory().ticket(first)->number));
        QVERIFY(!access->actions().mergeInto(second, 99999999)); // unknown number: nothing queued
        QTRY_COMPARE_WITH_TIMEOUT(access->actions().pendingChanges(), 0, 10000);
        auto links = m_desk->as("alphaFull").get("/api/v1/tickets/" + std::to_string(first) + "/links").array("links");
        QCOMPARE(links->size(), 1u);
        QTRY_COMPARE_WITH_TIMEOUT(access->directory().ticket(second)->stateType, QStringLiteral("merged"), 10000);

        // Forward: the mail goes to the address the agent typed, not to the customer.
        access->inbox().openTicket(first);
        access->actions().reply(first, QStringLiteral("FYI, the toner order is late."),
                                QStringLiteral("facilities@partner.example"));
        QTRY_COMPARE_WITH_TIMEOUT(access->actions().pendingChanges(), 0, 10000);
        auto toFacilities = [&] {
            int n = 0;
            for (const auto &mail : m_sink->messages())
                n += mail.header("To").find("facilities@partner.example") != std::string::npos;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(toFacilities(), 1, 15000);

        // A new ticket by e-mail reaches the customer and appears in the inbox.
        access->actions().createOutboundTicket(QStringLiteral("quentin@customer.example"),
                                               QStringLiteral("Your laptop is ready"), m_desk->alpha(),
                                               QStringLiteral("Pick it up at the desk on floor 2."));
        QTRY_COMPARE_WITH_TIMEOUT(access->actions().pendingChanges(), 0, 10000);
        auto toQuentin = [&] {
            for (const auto &mail : m_sink->messages())
                if (mail.header("To").find("quentin@customer.example") != std::string::npos)
                    return mail.header("Subject");
            return std::string();
        };
        QTRY_VERIFY_WITH_TIMEOUT(toQuentin().find("Your laptop is ready") != std::string::npos, 15000);
        access->inbox().tickets()->setView({InboxView::Kind::All, 0});
        access->inbox().tickets()->setSearch(QStringLiteral("laptop ready"));
        QTRY_COMPARE_WITH_TIMEOUT(access->inbox().tickets()->rowCount(), 1, 10000);
        access->inbox().tickets()->setSearch(QString());

        // History, from the server.
        QSignalSpy history(&access->actions(), &TicketActions::historyLoaded);
        access->actions().loadHistory(second);
        QVERIFY(history.wait(10000));
        bool sawMerge = false;
        for (const auto &row : history.first().at(1).value<QList<QStringList>>())
            sawMerge |= row.join(QLatin1Char(' ')).contains(QStringLiteral("merge"));
        QVERIFY(sawMerge);

        // A search saved as a view on the server is a view with its count.
        SavedView toner;
        toner.name = QStringLiteral("Toner");
        toner.conditions = {
            {QStringLiteral("query"), QStringLiteral("matches"), QStringLiteral("toner")},
            {QStringLiteral("state_type"), QStringLiteral("not_in"), QVariantList{QStringLiteral("merged")}}};
        access->workspace().createView(toner);
        auto *views = access->inbox().views();
        auto rowOfToner = [&] {
            for (int r = 0; r < views->rowCount(); ++r)
                if (views->savedViewAt(r) && views->savedViewAt(r)->name == QLatin1String("Toner"))
                    return r;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOfToner() >= 0, 10000);
        const int row = rowOfToner();
        QCOMPARE(views->index(row).data(ViewListModel::CountRole).toInt(), 2); // the merged one is not shown
        access->inbox().tickets()->setView(views->viewAt(row));
        QCOMPARE(access->inbox().tickets()->rowCount(), 2);
        access->workspace().deleteView(*views->savedViewAt(row));
        QTRY_COMPARE_WITH_TIMEOUT(rowOfToner(), -1, 10000);
    }

    void colleaguesOnTheSameTicketAreShown()
    {
        QTemporaryDir dirA, dirB, dirC;
        auto alpha = signedIn(dirA.path(), "alphaFull");
        auto supervisor = signedIn(dirB.path(), "supervisor");
        auto beta = signedIn(dirC.path(), "betaFull"); // cannot read Alpha's tickets
        auto id = m_desk->openTicket("Alpha", "dave", "Who is on this one?");
        QTRY_VERIFY_WITH_TIMEOUT(alpha->directory().ticket(id) && supervisor->directory().ticket(id), 10000);
        // Subscribed: the server tells each session of its colleagues from now on.
        QTRY_VERIFY_WITH_TIMEOUT(
            alpha->session().isSynced() && supervisor->session().isSynced() && beta->session().isSynced(), 10000);
        QSignalSpy toldBeta(&beta->presence(), &PresenceTracker::presenceChanged);

        supervisor->presence().setPresence(id, QStringLiteral("viewing"));
        QTRY_VERIFY_WITH_TIMEOUT(alpha->presence().presenceText(id).contains(QStringLiteral("is viewing this ticket")),
                                 10000);
        supervisor->presence().setPresence(id, QStringLiteral("replying"));
        QTRY_VERIFY_WITH_TIMEOUT(alpha->presence().presenceText(id).contains(QStringLiteral("is writing a reply")),
                                 10000);
        // Opening another ticket leaves this one.
        auto elsewhere = m_desk->openTicket("Beta", "erin", "Elsewhere");
        supervisor->presence().setPresence(elsewhere, QStringLiteral("viewing"));
        QTRY_VERIFY_WITH_TIMEOUT(alpha->presence().presenceText(id).isEmpty(), 10000);
        // Beta's agent hears of the ticket it can see, after the others, and never of the one it cannot.
        QTRY_VERIFY_WITH_TIMEOUT(!beta->presence().presenceText(elsewhere).isEmpty(), 10000);
        QVERIFY(beta->presence().presenceText(id).isEmpty());
        for (const auto &told : toldBeta)
            QCOMPARE(told.at(0).toLongLong(), qint64(elsewhere));
        // So does quitting.
        supervisor->presence().setPresence(id, QStringLiteral("viewing"));
        QTRY_VERIFY_WITH_TIMEOUT(!alpha->presence().presenceText(id).isEmpty(), 10000);
        supervisor.reset();
        QTRY_VERIFY_WITH_TIMEOUT(alpha->presence().presenceText(id).isEmpty(), 10000);
    }

    void anAttachmentWrittenOfflineIsUploadedWithItsArticle()
    {
        QTemporaryDir dir;
        auto access = signedIn(dir.path(), "alphaFull");
        auto id = m_desk->openTicket("Alpha", "carol", "Please send the manual");
        QTRY_VERIFY_WITH_TIMEOUT(access->directory().ticket(id).has_value(), 10000);
        access->session().setWorkOffline(true);
        QByteArray pdf("%PDF-1.4 pretend manual\n");
        pdf += QByteArray(300000, 'x');
        PendingFile file;
        file.filename = QStringLiteral("manual.pdf");
        file.contentType = QStringLiteral("application/pdf");
        file.data = pdf;
        access->actions().reply(id, QStringLiteral("The manual is attached."), {}, {}, {},
                                QStringLiteral("<p>The manual is <b>attached</b>.</p>"), {file});
        QCOMPARE(access->actions().pendingChanges(), 1);
        access->session().setWorkOffline(false);
        QTRY_COMPARE_WITH_TIMEOUT(access->actions().pendingChanges(), 0, 15000);
        auto articles =
            m_desk->as("alphaFull").get("/api/v1/tickets/" + std::to_string(id) + "/articles").array("articles");
        auto last = articles->getObject(articles->size() - 1);
        QCOMPARE(last->getArray("attachments")->size(), 1u);
        auto sha = QString::fromStdString(last->getArray("attachments")->getObject(0)->getValue<std::string>("sha256"));
        QCOMPARE(QString::fromStdString(last->getArray("attachments")->getObject(0)->getValue<std::string>("filename")),
                 QStringLiteral("manual.pdf"));
        QVERIFY(last->getValue<std::string>("body_html").find("<b>attached</b>") != std::string::npos);
        // And it comes back down byte for byte.
        QSignalSpy saved(&access->attachments(), &AttachmentTransfer::attachmentSaved);
        access->attachments().downloadAttachment(sha, dir.path() + QStringLiteral("/copy.pdf"));
        QVERIFY(saved.wait(10000));
        QFile copy(dir.path() + QStringLiteral("/copy.pdf"));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), pdf);
        // The customer's mail carries it.
        auto withManual = [&] {
            for (const auto &mail : m_sink->messages())
                if (mail.raw.find("manual.pdf") != std::string::npos &&
                    mail.header("To").find("carol@test.example") != std::string::npos)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(withManual(), 15000);
    }

    void newTicketsAndCustomerRepliesOnMyTicketsNotify()
    {
        QTemporaryDir dir;
        auto access = signedIn(dir.path(), "alphaFull");
        QTRY_VERIFY_WITH_TIMEOUT(access->session().isSynced(), 10000); // live from here on
        QSignalSpy notes(&access->notifier(), &DeskNotifier::notification);
        // Someone else (here the admin) opens a ticket in my group: I hear of it.
        auto body = newObject();
        body->set("title", std::string("Keyboard missing keys"));
        body->set("group_id", m_desk->alpha());
        body->set("customer_id", m_desk->userId("carol"));
        auto created = m_desk->as("admin").post("/api/v1/tickets", body);
        QCOMPARE(created.status, 201);
        auto id = created.object("ticket")->getValue<std::int64_t>("id");
        QTRY_VERIFY_WITH_TIMEOUT(!notes.isEmpty(), 10000);
        QVERIFY(notes.last().at(0).toString().contains(QStringLiteral("New ticket")));
        QCOMPARE(notes.last().at(2).toLongLong(), qint64(id));
        // A ticket in a group I do not belong to: silence.
        notes.clear();
        body->set("title", std::string("Not my business"));
        body->set("group_id", m_desk->beta());
        QCOMPARE(m_desk->as("admin").post("/api/v1/tickets", body).status, 201);
        // A ticket in my group after it is the marker: had the first notified, it came before.
        body->set("title", std::string("Marker in my group"));
        body->set("group_id", m_desk->alpha());
        auto marker = m_desk->as("admin").post("/api/v1/tickets", body);
        QCOMPARE(marker.status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(!notes.isEmpty(), 10000);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().at(2).toLongLong(), qint64(marker.object("ticket")->getValue<std::int64_t>("id")));
        // The customer answers on a ticket I own.
        access->actions().take(id);
        QTRY_VERIFY_WITH_TIMEOUT(access->directory().ticket(id)->ownerId.value_or(0) == m_desk->userId("alphaFull"),
                                 10000);
        auto reply = newObject();
        reply->set("body_text", std::string("Two keys are still missing."));
        QCOMPARE(m_desk->as("carol").post("/api/v1/tickets/" + std::to_string(id) + "/articles", reply).status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(
            !notes.isEmpty() && notes.last().at(0).toString().contains(QStringLiteral("Customer reply")), 10000);
        // The same reply told again, as the desk tells an article a partner's late file joined
        // (SharedFileRetries): once the client has read that event, no second notification.
        notes.clear();
        auto articles =
            m_desk->as("admin").get("/api/v1/tickets/" + std::to_string(id) + "/articles").array("articles");
        QVERIFY(articles && articles->size() > 0);
        auto told = articles->getObject(articles->size() - 1);
        QCOMPARE(told->getValue<std::string>("body_text"), std::string("Two keys are still missing."));
        appendStaffEvents({{"article.created", "{\"article\": " + helpdesk::protocol::toJsonText(told) + "}"}});
        const auto toldAt = m_desk->scalar("SELECT max(seq) FROM events");
        QTRY_VERIFY_WITH_TIMEOUT(access->session().replica()->cache.lastSeq() >= toldAt, 10000);
        QVERIFY(notes.isEmpty());
        // A new reply still notifies (so the silence above is not of a deaf notifier).
        reply->set("body_text", std::string("And the space bar."));
        QCOMPARE(m_desk->as("carol").post("/api/v1/tickets/" + std::to_string(id) + "/articles", reply).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(notes.size(), 1, 10000);
        QVERIFY(notes.first().at(0).toString().contains(QStringLiteral("Customer reply")));
    }

    void aFullSyncRequestFromTheServerFetchesRowsWrittenWithoutEvents()
    {
        QTemporaryDir dir;
        auto access = signedIn(dir.path(), "alphaFull");
        QTRY_COMPARE(access->session().connectionState(), ConnectionState::Online);
        // What an import does: rows written in bulk, then one sync.reset event for staff.
        auto id = insertTicketWithoutEvent("Imported in bulk");
        appendStaffEvents({{"sync.reset", "{}"}});
        QTRY_VERIFY_WITH_TIMEOUT(access->directory().ticket(id).has_value(), 15000);
        QCOMPARE(access->directory().ticket(id)->title, QStringLiteral("Imported in bulk"));
    }

    void aMalformedEventBatchIsReportedAndUndoneAndTheNextOneApplies()
    {
        QTemporaryDir dir;
        auto access = signedIn(dir.path(), "alphaFull");
        QTRY_VERIFY_WITH_TIMEOUT(access->session().isSynced(), 10000);
        QSignalSpy unreadable(&access->session(), &AccountSession::serverMessageUnreadable);
        // A good event about a ticket the client has not heard of, then one it cannot read
        // (a ticket without its number), in one batch from the real server.
        auto id = insertTicketWithoutEvent("Told in a bad batch");
        auto good = "{\"ticket\": " +
                    helpdesk::protocol::toJsonText(
                        m_desk->as("admin").get("/api/v1/tickets/" + std::to_string(id)).object("ticket")) +
                    "}";
        appendStaffEvents(
            {{"ticket.updated", good}, {"ticket.updated", "{\"ticket\": {\"id\": " + std::to_string(id) + "}}"}});
        QVERIFY(unreadable.wait(10000));
        QVERIFY(!unreadable.first().at(0).toString().isEmpty());
        // Undone as a whole: the good event before the bad one left nothing in the cache.
        QVERIFY(!access->directory().ticket(id).has_value());
        // The client carries on: the good event alone applies (so it was deliverable), and so do
        // the live changes after it; nothing else was unreadable.
        appendStaffEvents({{"ticket.updated", good}});
        QTRY_VERIFY_WITH_TIMEOUT(access->directory().ticket(id).has_value(), 10000);
        QCOMPARE(access->directory().ticket(id)->title, QStringLiteral("Told in a bad batch"));
        auto next = m_desk->openTicket("Alpha", "carol", "After the bad batch");
        QTRY_VERIFY_WITH_TIMEOUT(access->directory().ticket(next).has_value(), 10000);
        access->actions().reply(next, QStringLiteral("We are on it."));
        QTRY_COMPARE_WITH_TIMEOUT(access->actions().pendingChanges(), 0, 10000);
        QVERIFY(access->actions().rejectedChanges().empty());
        QCOMPARE(access->session().connectionState(), ConnectionState::Online);
        QCOMPARE(unreadable.count(), 1);
    }

    void theInboxShowsAndSortsByTheNearestSlaDeadline()
    {
        auto calendar = json(
            "{\"name\": \"Client test hours\", \"time_zone\": \"UTC\", \"hours\": {\"mon\": [[\"00:00\", \"24:00\"]],"
            " \"tue\": [[\"00:00\", \"24:00\"]], \"wed\": [[\"00:00\", \"24:00\"]], \"thu\": [[\"00:00\", \"24:00\"]],"
            " \"fri\": [[\"00:00\", \"24:00\"]], \"sat\": [[\"00:00\", \"24:00\"]], \"sun\": [[\"00:00\", "
            "\"24:00\"]]}}");
        auto c = m_desk->as("admin").post("/api/v1/calendars", calendar);
        QCOMPARE(c.status, 201);
        auto sla = newObject();
        sla->set("name", std::string("Client test SLA"));
        sla->set("calendar_id", c.object("calendar")->getValue<std::int64_t>("id"));
        sla->set("solution_minutes", 600);
        QCOMPARE(m_desk->as("admin").post("/api/v1/slas", sla).status, 201);
        QTemporaryDir dir;
        auto access = signedIn(dir.path(), "alphaFull");
        auto id = m_desk->openTicket("Alpha", "carol", "Has a deadline");
        QTRY_VERIFY_WITH_TIMEOUT(
            access->directory().ticket(id) && access->directory().ticket(id)->solutionDue.isValid(), 10000);
        access->inbox().tickets()->setView({InboxView::Kind::All, 0});
        access->inbox().tickets()->sort(TicketListModel::SlaDue, Qt::AscendingOrder);
        QTRY_VERIFY(!access->inbox().tickets()->index(0, TicketListModel::SlaDue).data().toString().isEmpty());
        // Every ticket with a deadline sorts before those without.
        bool seenEmpty = false;
        for (int row = 0; row < access->inbox().tickets()->rowCount(); ++row) {
            bool empty = access->inbox().tickets()->index(row, TicketListModel::SlaDue).data().toString().isEmpty();
            QVERIFY(!(seenEmpty && !empty));
            seenEmpty |= empty;
        }
    }

    void aMacroIsAppliedWithOneClickThroughTheOutbox()
    {
        auto closed = std::to_string(scalarOf("SELECT id FROM ticket_states WHERE state_type = 'closed' LIMIT 1"));
        auto macro = m_desk->as("admin").post(
            "/api/v1/macros", json("{\"name\": \"Close politely\", \"actions\": {\"set\": {\"state_id\": " + closed +
                                   "}, \"add_tags\": [\"polite\"]}}"));
        QCOMPARE(macro.status, 201);
        QTemporaryDir dir;
        auto access = signedIn(dir.path(), "alphaFull");
        QTRY_VERIFY_WITH_TIMEOUT(!access->directory().macros().empty(), 10000);
        auto id = m_desk->openTicket("Alpha", "dave", "Macro target");
        QTRY_VERIFY_WITH_TIMEOUT(access->directory().ticket(id).has_value(), 10000);
        access->actions().applyMacro(id, access->directory().macros().front().id,
                                     access->directory().macros().front().name);
        QTRY_COMPARE_WITH_TIMEOUT(access->directory().ticket(id)->stateType, QStringLiteral("closed"), 10000);
        QCOMPARE(access->directory().ticket(id)->tags, QStringList{QStringLiteral("polite")});
    }

    void endingTheSessionErasesTheCache_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("the agent signs out") << "sign out";
        QTest::newRow("the session is signed out elsewhere") << "revoke";
        QTest::newRow("the session expires on the server") << "expire";
    }

    void endingTheSessionErasesTheCache()
    {
        QFETCH(QString, how);
        QTemporaryDir dir;
        auto access = signedIn(dir.path(), "alphaFull");
        QVERIFY(access->session().isOpen());
        const QString cacheFile = findCacheFile(dir.path());
        QVERIFY(!cacheFile.isEmpty());
        // An internal note arrives live and another waits in the outbox: both are on disk.
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Vault " + how.toStdString());
        const QByteArray arrived = "the vault code is 4711 (" + how.toUtf8() + ")";
        auto note = newObject();
        note->set("internal", true);
        note->set("body_text", arrived.toStdString());
        QCOMPARE(m_desk->as("alphaFull").post("/api/v1/tickets/" + std::to_string(ticket) + "/articles", note).status,
                 201);
        QTRY_VERIFY_WITH_TIMEOUT(!filesHolding(dir.path(), arrived).isEmpty(), 10000);
        access->session().setWorkOffline(true);
        const QByteArray unsent = "the spare key is under the mat (" + how.toUtf8() + ")";
        access->actions().addNote(ticket, QString::fromUtf8(unsent));
        QCOMPARE(access->actions().pendingChanges(), 1);
        QVERIFY(!filesHolding(dir.path(), unsent).isEmpty());

        QSignalSpy expired(&access->session(), &AccountSession::sessionExpired);
        QSignalSpy signedOut(&access->session(), &AccountSession::signedOut);
        const QString token = sessionToken(dir.path());
        QVERIFY(!token.isEmpty());
        if (how == QLatin1String("sign out")) {
            access->session().signOut();
            QCOMPARE(signedOut.size(), 1);
        } else {
            if (how == QLatin1String("revoke")) {
                ApiClient elsewhere(m_desk->port());
                elsewhere.setToken(token.toStdString());
                QCOMPARE(elsewhere.post("/api/v1/auth/logout", newObject()).status, 200);
            } else {
                m_desk->exec(
                    "UPDATE sessions SET expires_at = now() - interval '1 second'"
                    " WHERE token_hash = decode('" +
                    QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex().toStdString() +
                    "', 'hex')");
            }
            access->session().setWorkOffline(false); // the client comes back and is refused
            QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 1, 10000);
        }
        QVERIFY(!access->session().isOpen());
        // Nothing of the account's tickets is left on this machine: no cache file, no note.
        for (const auto *suffix : {"", "-wal", "-shm", "-journal"})
            QVERIFY2(!QFile::exists(cacheFile + QLatin1String(suffix)), suffix);
        QCOMPARE(filesHolding(dir.path(), arrived), QStringList());
        QCOMPARE(filesHolding(dir.path(), unsent), QStringList());
        QVERIFY(!access->session().resume()); // the session is not remembered either

        // Signing in again starts from an empty cache and syncs what the server has.
        QSignalSpy progress(&access->session(), &AccountSession::syncProgress);
        access->session().signIn(m_url, QStringLiteral("alphaFull@test.example"), QString::fromLatin1(Desk::kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toBool(), 20000);
        QVERIFY(access->directory().ticket(ticket).has_value());
    }

    void searchFiltersOverNumberTitleCustomerAndText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("expected");
        QTest::newRow("a word of the title") << "projector" << 1;
        QTest::newRow("the start of a word") << "proj" << 1;
        QTest::newRow("the customer's name") << "erin" << 1;
        QTest::newRow("words from the article text") << "customer called flickers" << 1;
        QTest::newRow("something nobody wrote") << "zebra" << 0;
    }

    void searchFiltersOverNumberTitleCustomerAndText()
    {
        QFETCH(QString, typed);
        QFETCH(int, expected);
        static QTemporaryDir dir;
        static std::unique_ptr<HelpdeskAccess> access;
        if (!access) {
            access = signedIn(dir.path(), "alphaFull");
            QTRY_VERIFY_WITH_TIMEOUT(access->inbox().tickets()->countFor({InboxView::Kind::All, 0}) > 0, 10000);
            // The newest tickets' threads are fetched ahead; wait for the one whose text is searched.
            access->inbox().tickets()->setView({InboxView::Kind::All, 0});
            access->inbox().tickets()->setSearch(QStringLiteral("Projector"));
            QCOMPARE(access->inbox().tickets()->rowCount(), 1);
            access->inbox().thread()->setTicket(access->inbox().tickets()->ticketIdAt(0));
            QTRY_VERIFY_WITH_TIMEOUT(access->inbox().thread()->rowCount() > 0, 10000);
        }
        access->inbox().tickets()->setView({InboxView::Kind::All, 0});
        access->inbox().tickets()->setSearch(typed);
        QCOMPARE(access->inbox().tickets()->rowCount(), expected);
        // By number too.
        if (expected == 1) {
            auto number = access->directory().ticket(access->inbox().tickets()->ticketIdAt(0))->number;
            access->inbox().tickets()->setSearch(QString::number(number));
            QVERIFY(access->inbox().tickets()->rowCount() >= 1);
        }
    }
};

QTEST_MAIN(TestClientSync)
#include "tst_client_sync.moc"
