// Saved views in the agent client, against a real server: a view made in the view editor with
// several conditions (tags, group, owner), shared with a group, is stored on the server and shows
// in the view list with the number of tickets its filter takes and those tickets in its sort and
// columns; a colleague of the group gets it live, an agent of another group never; it works from
// the cache with no network; and deleting it takes it away from every client.

#include "access/HelpdeskAccess.h"
#include "support/Desk.h"
#include "ui/MainWindow.h"
#include "ui/ViewEditorDialog.h"

#include <Poco/Net/ServerSocket.h>

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;

namespace {
int deadPort()
{
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    return probe.address().port();
}

/// The row of the saved view named `name` in the view list; -1 when it is not listed.
int rowOfView(HelpdeskAccess &access, const QString &name)
{
    auto *views = access.inbox().views();
    for (int row = 0; row < views->rowCount(); ++row)
        if (auto saved = views->savedViewAt(row); saved && saved->name == name)
            return row;
    return -1;
}

/// The headings of the view list ("My views", "Shared with Alpha").
QStringList headingsOf(HelpdeskAccess &access)
{
    QStringList headings;
    auto *views = access.inbox().views();
    for (int row = 0; row < views->rowCount(); ++row)
        if (views->index(row).data(ViewListModel::HeadingRole).toBool())
            headings << views->index(row).data().toString();
    return headings;
}
} // namespace

class TestClientViews : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    QUrl m_url;
    std::int64_t m_printer = 0, m_toner = 0, m_lunch = 0, m_betaVip = 0;
    QTemporaryDir m_colleagueDir;

    std::unique_ptr<HelpdeskAccess> signedIn(const QString &dir, const std::string &who)
    {
        auto access = std::make_unique<HelpdeskAccess>(dir, std::make_unique<SessionSecretStore>());
        QSignalSpy done(&access->session(), &AccountSession::syncProgress);
        access->session().signIn(m_url, QString::fromStdString(who + "@test.example"),
                                 QString::fromLatin1(Desk::kPassword));
        for (int i = 0; i < 100 && (done.isEmpty() || !done.last().at(1).toBool()); ++i)
            done.wait(200);
        return access;
    }

    void tag(std::int64_t ticket, const std::string &who)
    {
        auto changed = m_desk->as(who).patch("/api/v1/tickets/" + std::to_string(ticket), json(R"({"tags":["vip"]})"));
        QCOMPARE(changed.status, 200);
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_desk->port()));
        m_printer = m_desk->openTicket("Alpha", "carol", "Printer on fire");
        m_toner = m_desk->openTicket("Alpha", "carol", "Toner low");
        m_lunch = m_desk->openTicket("Alpha", "dave", "Lunch order");
        m_betaVip = m_desk->openTicket("Beta", "erin", "Beta's VIP");
        tag(m_printer, "alphaFull");
        tag(m_toner, "alphaFull");
        tag(m_betaVip, "betaFull");
    }

    void cleanupTestCase() { m_desk.reset(); }

    void aViewMadeInTheEditorReachesTheGroupAndWorksOffline()
    {
        QTemporaryDir ownDir, otherDir;
        auto own = signedIn(ownDir.path(), "alphaFull");
        auto colleague = signedIn(m_colleagueDir.path(), "alphaRead");
        auto other = signedIn(otherDir.path(), "betaFull");

        // The editor, as the agent fills it: a name, shared with Alpha, three conditions, a sort
        // and two columns.
        SavedView start;
        start.conditions = {
            {QStringLiteral("tags"), QStringLiteral("any"), QVariantList{QStringLiteral("vip")}},
            {QStringLiteral("group_id"), QStringLiteral("in"), QVariantList{qlonglong(m_desk->alpha())}},
            {QStringLiteral("owner_id"), QStringLiteral("in"), QVariantList{QVariant()}}, // unassigned
        };
        start.sortField = QStringLiteral("title");
        start.sortAscending = true;
        start.columns = {QStringLiteral("number"), QStringLiteral("title")};
        ViewEditorDialog editor(own->directory(), start);
        QCOMPARE(editor.conditionCount(), 3);
        auto *name = editor.findChild<QLineEdit *>();
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("VIP waiting"));
        QComboBox *sharing = nullptr;
        for (auto *box : editor.findChildren<QComboBox *>())
            if (box->findText(QStringLiteral("Shared with Alpha")) >= 0)
                sharing = box;
        QVERIFY(sharing);
        sharing->setCurrentIndex(sharing->findText(QStringLiteral("Shared with Alpha")));
        const auto made = editor.view();
        QCOMPARE(made.name, QStringLiteral("VIP waiting"));
        QCOMPARE(made.groupId, std::optional<qint64>(m_desk->alpha()));
        QCOMPARE(made.conditions.size(), std::size_t(3));
        own->workspace().createView(made);

        // Listed under its group with the tickets its filter takes: Alpha's two VIP tickets.
        QTRY_VERIFY_WITH_TIMEOUT(rowOfView(*own, QStringLiteral("VIP waiting")) >= 0, 10000);
        QVERIFY(headingsOf(*own).contains(QStringLiteral("Shared with Alpha")));
        auto *views = own->inbox().views();
        const int row = rowOfView(*own, QStringLiteral("VIP waiting"));
        QCOMPARE(views->index(row).data(ViewListModel::CountRole).toInt(), 2);
        QVERIFY(views->index(row).data(ViewListModel::EditableRole).toBool());
        auto *tickets = own->inbox().tickets();
        QSignalSpy columns(tickets, &TicketListModel::viewColumnsChanged);
        tickets->setView(views->viewAt(row));
        QCOMPARE(tickets->rowCount(), 2);
        QCOMPARE(tickets->ticketIdAt(0), qint64(m_printer)); // by title, ascending
        QCOMPARE(tickets->ticketIdAt(1), qint64(m_toner));
        QCOMPARE(tickets->viewColumns(), (QList<int>{TicketListModel::Number, TicketListModel::Title}));
        QCOMPARE(columns.count(), 1);

        // A colleague of Alpha gets it live, with the same count; they may not change it.
        QTRY_VERIFY_WITH_TIMEOUT(rowOfView(*colleague, QStringLiteral("VIP waiting")) >= 0, 10000);
        const int theirs = rowOfView(*colleague, QStringLiteral("VIP waiting"));
        QCOMPARE(colleague->inbox().views()->index(theirs).data(ViewListModel::CountRole).toInt(), 2);
        QVERIFY(!colleague->inbox().views()->index(theirs).data(ViewListModel::EditableRole).toBool());
        // Beta's agent never sees it.
        QTest::qWait(300);
        QCOMPARE(rowOfView(*other, QStringLiteral("VIP waiting")), -1);

        // Taking a ticket moves it out of the view (owner: unassigned) for both.
        QCOMPARE(m_desk->as("alphaFull")
                     .patch("/api/v1/tickets/" + std::to_string(m_toner),
                            json(R"({"owner_id":)" + std::to_string(m_desk->userId("alphaFull")) + "}"))
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(tickets->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(colleague->inbox()
                                      .views()
                                      ->index(rowOfView(*colleague, QStringLiteral("VIP waiting")))
                                      .data(ViewListModel::CountRole),
                                  QVariant(1), 10000);

        // From the cache, with no network: the colleague's client still has the view and its count.
        colleague.reset();
        {
            QSettings settings(m_colleagueDir.path() + QStringLiteral("/account.ini"), QSettings::IniFormat);
            settings.setValue(QStringLiteral("account/server"), QStringLiteral("http://127.0.0.1:%1").arg(deadPort()));
        }
        auto offline = std::make_unique<HelpdeskAccess>(m_colleagueDir.path(), std::make_unique<SessionSecretStore>());
        QVERIFY(offline->session().resume());
        const int cached = rowOfView(*offline, QStringLiteral("VIP waiting"));
        QVERIFY(cached >= 0);
        QCOMPARE(offline->inbox().views()->index(cached).data(ViewListModel::CountRole).toInt(), 1);
        offline.reset();

        // Deleted by its author: gone from their list, and a colleague signing in does not get it.
        own->workspace().deleteView(*views->savedViewAt(rowOfView(*own, QStringLiteral("VIP waiting"))));
        QTRY_COMPARE_WITH_TIMEOUT(rowOfView(*own, QStringLiteral("VIP waiting")), -1, 10000);
        QTemporaryDir againDir;
        auto again = signedIn(againDir.path(), "alphaRead");
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOfView(*again, QStringLiteral("VIP waiting")) == -1 && again->inbox().views()->rowCount() > 0, 10000);
    }

    void aViewOfOnesOwnIsShownUnderMyViewsOnly()
    {
        QTemporaryDir ownDir, colleagueDir;
        auto own = signedIn(ownDir.path(), "alphaFull");
        auto colleague = signedIn(colleagueDir.path(), "alphaRead");
        SavedView mine;
        mine.name = QStringLiteral("Lunch");
        mine.conditions = {{QStringLiteral("query"), QStringLiteral("matches"), QStringLiteral("lunch")}};
        own->workspace().createView(mine);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfView(*own, QStringLiteral("Lunch")) >= 0, 10000);
        QVERIFY(headingsOf(*own).contains(QStringLiteral("My views")));
        QCOMPARE(own->inbox().views()->index(rowOfView(*own, QStringLiteral("Lunch"))).data(ViewListModel::CountRole),
                 QVariant(1));
        QTest::qWait(300);
        QCOMPARE(rowOfView(*colleague, QStringLiteral("Lunch")), -1);
    }

    void aHeadingIsNoViewAndADeletedViewFallsBack()
    {
        QTemporaryDir ownDir;
        auto own = signedIn(ownDir.path(), "alphaFull");
        MainWindow window(*own);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListView *list = nullptr;
        for (auto *candidate : window.findChildren<QListView *>())
            if (candidate->model() == own->inbox().views())
                list = candidate;
        QVERIFY(list);
        auto *views = own->inbox().views();
        auto *tickets = own->inbox().tickets();
        SavedView toner;
        toner.name = QStringLiteral("Toner");
        toner.conditions = {{QStringLiteral("query"), QStringLiteral("matches"), QStringLiteral("toner")}};
        own->workspace().createView(toner);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfView(*own, QStringLiteral("Toner")) >= 0, 10000);
        int heading = -1;
        for (int r = 0; r < views->rowCount(); ++r)
            if (views->index(r).data(ViewListModel::HeadingRole).toBool() &&
                views->index(r).data().toString() == QLatin1String("My views"))
                heading = r;
        QVERIFY(heading > 0);

        // A heading chosen from elsewhere keeps the view shown; an arrow key steps over it.
        list->setCurrentIndex(views->index(0));
        const auto first = views->viewAt(0);
        list->setCurrentIndex(views->index(heading));
        QCOMPARE(tickets->view(), first);
        QCOMPARE(list->currentIndex().row(), 0);
        list->setCurrentIndex(views->index(heading - 1));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), heading + 1);
        QCOMPARE(tickets->view(), views->viewAt(heading + 1));
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(list->currentIndex().row(), heading - 1);
        list->setCurrentIndex(views->index(rowOfView(*own, QStringLiteral("Toner"))));
        QCOMPARE(tickets->rowCount(), 1);

        // Another view added rebuilds the list: the view shown stays selected.
        SavedView lunch;
        lunch.name = QStringLiteral("A lunch");
        lunch.conditions = {{QStringLiteral("query"), QStringLiteral("matches"), QStringLiteral("lunch")}};
        own->workspace().createView(lunch);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfView(*own, QStringLiteral("A lunch")) >= 0, 10000);
        QCOMPARE(list->currentIndex().row(), rowOfView(*own, QStringLiteral("Toner")));
        QCOMPARE(tickets->view(), views->viewAt(rowOfView(*own, QStringLiteral("Toner"))));

        // Deleted: the inbox falls back to the start view instead of showing nothing.
        own->workspace().deleteView(*views->savedViewAt(rowOfView(*own, QStringLiteral("Toner"))));
        QTRY_COMPARE_WITH_TIMEOUT(rowOfView(*own, QStringLiteral("Toner")), -1, 10000);
        QCOMPARE(tickets->view(), tickets->startView());
        QCOMPARE(list->currentIndex().row(), views->rowOf(tickets->startView()));
        own->workspace().deleteView(*views->savedViewAt(rowOfView(*own, QStringLiteral("A lunch"))));
    }
};

QTEST_MAIN(TestClientViews)
#include "tst_client_views.moc"
