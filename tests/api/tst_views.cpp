// Saved views on the server: an agent keeps views of their own and shares views with a group; each
// sees their own and their groups' shared ones (admins every shared one), only the owner changes a
// personal view and only admins, supervisors and the group's full members a shared one; a filter
// that does not follow the schema is refused naming the bad part; and every change reaches, live,
// exactly the sessions of those who may see the view.

#include "support/Desk.h"
#include "support/WsClient.h"

#include <QtTest>

#include <memory>
#include <set>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

namespace {
/// The names of the views `who` lists.
std::set<std::string> namesListedBy(Desk &desk, const std::string &who)
{
    std::set<std::string> names;
    auto listed = desk.as(who).get("/api/v1/views");
    if (listed.status != 200)
        return {"(status " + std::to_string(listed.status) + ")"};
    auto views = listed.array("views");
    for (unsigned i = 0; i < views->size(); ++i)
        names.insert(views->getObject(i)->getValue<std::string>("name"));
    return names;
}

/// view.changed events for view `id` received so far: their "view" names, or "(gone)".
std::vector<std::string> changesOf(const WsClient &ws, std::int64_t id)
{
    std::vector<std::string> out;
    for (const auto &e : ws.events()) {
        if (e->getValue<std::string>("kind") != "view.changed")
            continue;
        auto data = e->getObject("data");
        if (data->getValue<std::int64_t>("id") != id)
            continue;
        out.push_back(data->isNull("view") ? "(gone)" : data->getObject("view")->getValue<std::string>("name"));
    }
    return out;
}
} // namespace

class TestViews : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;

    std::string viewPath(std::int64_t id) { return "/api/v1/views/" + std::to_string(id); }

    /// Creates a view as `who`; its id (0 when refused).
    std::int64_t create(const std::string &who, const std::string &body)
    {
        auto created = m_desk->as(who).post("/api/v1/views", json(body));
        if (created.status != 201)
            qWarning("create refused (%d): %s", created.status, created.raw.c_str());
        return created.status == 201 ? created.object("view")->getValue<std::int64_t>("id") : 0;
    }

    std::string sharedWith(std::int64_t group, const std::string &name)
    {
        auto body = json(R"({"filter":{"match":"all","conditions":[]}})");
        body->set("name", name);
        body->set("group_id", group);
        return helpdesk::protocol::toJsonText(body);
    }

private slots:
    void initTestCase() { m_desk = std::make_unique<Desk>(); }
    void cleanupTestCase() { m_desk.reset(); }

    void anAgentCreatesListsChangesAndDeletesAView()
    {
        auto agent = m_desk->as("alphaFull");
        auto created = agent.post("/api/v1/views", json(R"({"name":"  Urgent VIP  ","filter":{"match":"any",
            "conditions":[{"field":"tags","op":"any","value":["vip"]},
                          {"field":"owner_id","op":"in","value":["me",null]},
                          {"field":"sla","op":"due_within_minutes","value":60}]},
            "sort":{"field":"sla_due","order":"asc"},"columns":["number","title","sla_due"]})"));
        QCOMPARE(created.status, 201);
        auto view = created.object("view");
        const auto id = view->getValue<std::int64_t>("id");
        QCOMPARE(view->getValue<std::string>("name"), std::string("Urgent VIP"));
        QCOMPARE(view->getValue<std::int64_t>("owner_id"), m_desk->userId("alphaFull"));
        QVERIFY(view->isNull("group_id"));
        QCOMPARE(view->getObject("filter")->getArray("conditions")->size(), std::size_t(3));
        QCOMPARE(view->getObject("sort")->getValue<std::string>("field"), std::string("sla_due"));
        QCOMPARE(view->getArray("columns")->size(), std::size_t(3));

        QVERIFY(namesListedBy(*m_desk, "alphaFull").count("Urgent VIP"));
        auto changed = agent.patch(viewPath(id), json(R"({"name":"Urgent VIP, mine","sort":{"order":"desc"},"columns":[]
    })"));
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.object("view")->getValue<std::string>("name"), std::string("Urgent VIP, mine"));
        QCOMPARE(changed.object("view")->getObject("sort")->getValue<std::string>("field"), std::string("sla_due"));
        QCOMPARE(changed.object("view")->getObject("sort")->getValue<std::string>("order"), std::string("desc"));
        // The filter stays as it was when a change does not name it.
        QCOMPARE(changed.object("view")->getObject("filter")->getValue<std::string>("match"), std::string("any"));

        QCOMPARE(agent.del(viewPath(id)).status, 200);
        QVERIFY(!namesListedBy(*m_desk, "alphaFull").count("Urgent VIP, mine"));
        QCOMPARE(agent.del(viewPath(id)).status, 404);
    }

    void eachSeesTheirOwnAndTheirGroupsViews()
    {
        QVERIFY(create("alphaFull", R"({"name":"Mine only","filter":{"conditions":[]}})"));
        QVERIFY(create("alphaFull", sharedWith(m_desk->alpha(), "Alpha shared")));
        QVERIFY(create("betaFull", sharedWith(m_desk->beta(), "Beta shared")));
        QCOMPARE(namesListedBy(*m_desk, "alphaFull"), (std::set<std::string>{"Mine only", "Alpha shared"}));
        // A read-only member sees the group's views, not a colleague's own.
        QCOMPARE(namesListedBy(*m_desk, "alphaRead"), (std::set<std::string>{"Alpha shared"}));
        QCOMPARE(namesListedBy(*m_desk, "betaFull"), (std::set<std::string>{"Beta shared"}));
        // Admins see every shared view, still no one's own.
        QCOMPARE(namesListedBy(*m_desk, "admin"), (std::set<std::string>{"Alpha shared", "Beta shared"}));
        // Customers have none.
        QCOMPARE(m_desk->as("carol").get("/api/v1/views").status, 403);
    }

    void onlyThoseWhoMayChangeAViewChangeIt_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("shared");
        QTest::addColumn<int>("status");
        QTest::newRow("the owner changes their own view") << QStringLiteral("alphaFull") << false << 200;
        QTest::newRow("an admin does not see another's own view") << QStringLiteral("admin") << false << 404;
        QTest::newRow("a colleague does not see another's own view") << QStringLiteral("alphaRead") << false << 404;
        QTest::newRow("a full member changes the group's view") << QStringLiteral("alphaFull") << true << 200;
        QTest::newRow("a read-only member may not change the group's view")
            << QStringLiteral("alphaRead") << true << 403;
        QTest::newRow("an agent of another group does not see it") << QStringLiteral("betaFull") << true << 404;
        QTest::newRow("a supervisor changes any shared view") << QStringLiteral("supervisor") << true << 200;
        QTest::newRow("an admin changes any shared view") << QStringLiteral("admin") << true << 200;
    }

    void onlyThoseWhoMayChangeAViewChangeIt()
    {
        QFETCH(QString, who);
        QFETCH(bool, shared);
        QFETCH(int, status);
        const auto id = shared ? create("alphaFull", sharedWith(m_desk->alpha(), "To change"))
                               : create("alphaFull", R"({"name":"To change","filter":{"conditions":[]}})");
        QVERIFY(id);
        auto caller = m_desk->as(who.toStdString());
        QCOMPARE(caller.patch(viewPath(id), json(R"({"name":"Changed"})")).status, status);
        QCOMPARE(caller.del(viewPath(id)).status, status);
        if (status != 200)
            QCOMPARE(m_desk->as("alphaFull").del(viewPath(id)).status, 200);
    }

    void sharingNeedsTheRightToTheGroup()
    {
        // A read-only member may not share with the group, nor an agent with another's group.
        auto refused = m_desk->as("alphaRead").post("/api/v1/views", json(sharedWith(m_desk->alpha(), "Nope")));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorField(), std::string("group_id"));
        QCOMPARE(m_desk->as("betaFull").post("/api/v1/views", json(sharedWith(m_desk->alpha(), "Nope"))).status, 403);
        auto noGroup = m_desk->as("admin").post("/api/v1/views", json(sharedWith(999999, "Nope")));
        QCOMPARE(noGroup.status, 422);
        QCOMPARE(noGroup.errorField(), std::string("group_id"));
        // A supervisor shares with any group.
        QVERIFY(create("supervisor", sharedWith(m_desk->beta(), "Beta by the supervisor")));
    }

    void aBadFilterIsRefusedNamingItsPart_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("an unknown field") << R"({"name":"x","filter":{"conditions":[
            {"field":"state_type","op":"in","value":["open"]},{"field":"priority_id","op":"in","value":[1]},
            {"field":"colour","op":"in","value":[1]}]}})"
                                          << "filter.conditions[2].field";
        QTest::newRow("an operator the field has not")
            << R"({"name":"x","filter":{"conditions":[{"field":"tags","op":"in","value":["a"]}]}})"
            << "filter.conditions[0].op";
        QTest::newRow("a state type that does not exist")
            << R"({"name":"x","filter":{"conditions":[{"field":"state_type","op":"in","value":["open","gone"]}]}})"
            << "filter.conditions[0].value[1]";
        QTest::newRow("an owner that is no id")
            << R"({"name":"x","filter":{"conditions":[{"field":"owner_id","op":"in","value":["you"]}]}})"
            << "filter.conditions[0].value[0]";
        QTest::newRow("an unknown custom field")
            << R"({"name":"x","filter":{"conditions":[{"field":"custom.nope","op":"eq","value":"a"}]}})"
            << "filter.conditions[0].field";
        QTest::newRow("a date that is none")
            << R"({"name":"x","filter":{"conditions":[{"field":"created_at","op":"before","value":"last week"}]}})"
            << "filter.conditions[0].value";
        QTest::newRow("an SLA window out of range")
            << R"({"name":"x","filter":{"conditions":[{"field":"sla","op":"due_within_minutes","value":0}]}})"
            << "filter.conditions[0].value";
        QTest::newRow("a match that is neither all nor any")
            << R"({"name":"x","filter":{"match":"most","conditions":[]}})"
            << "filter.match";
        QTest::newRow("a condition with an extra part")
            << R"({"name":"x","filter":{"conditions":[{"field":"shared","op":"is","value":true,"why":1}]}})"
            << "filter.conditions[0].why";
        QTest::newRow("an empty name") << R"({"name":"  ","filter":{"conditions":[]}})"
                                       << "name";
        QTest::newRow("a name over 200 characters")
            << QStringLiteral(R"({"name":"%1","filter":{"conditions":[]}})").arg(QString(201, QLatin1Char('n')))
            << "name";
        QTest::newRow("a sort field that does not exist")
            << R"({"name":"x","filter":{"conditions":[]},"sort":{"field":"colour"}})"
            << "sort.field";
        QTest::newRow("a column that does not exist")
            << R"({"name":"x","filter":{"conditions":[]},"columns":["number","colour"]})"
            << "columns[1]";
        auto many = [](int n, const QString &condition) {
            QStringList conditions;
            for (int i = 0; i < n; ++i)
                conditions << condition;
            return conditions.join(QLatin1Char(','));
        };
        QTest::newRow("more than 50 conditions")
            << QStringLiteral(R"({"name":"x","filter":{"conditions":[%1]}})")
                   .arg(many(51, QStringLiteral(R"({"field":"shared","op":"is","value":true})")))
            << "filter.conditions";
        QTest::newRow("more than 100 values in a list")
            << QStringLiteral(R"({"name":"x","filter":{"conditions":[{"field":"group_id","op":"in","value":[%1]}]}})")
                   .arg(many(101, QStringLiteral("1")))
            << "filter.conditions[0].value";
    }

    void aBadFilterIsRefusedNamingItsPart()
    {
        QFETCH(QString, body);
        QFETCH(QString, field);
        auto refused = m_desk->as("alphaFull").send("POST", "/api/v1/views", body.toStdString());
        QCOMPARE(refused.status, 422);
        QCOMPARE(QString::fromStdString(refused.errorField()), field);
    }

    void everyFieldOfTheSchemaIsAccepted()
    {
        auto admin = m_desk->as("admin");
        auto field = admin.post("/api/v1/custom_fields",
                                json(R"({"object_kind":"ticket","name":"region","label":"Region","field_type":"select",
                                         "options":["north","south"]})"));
        QVERIFY2(field.status == 201, field.raw.c_str());
        QVERIFY(create("alphaFull", R"({"name":"Everything","filter":{"match":"all","conditions":[
            {"field":"state_id","op":"in","value":[1,2]},
            {"field":"state_type","op":"not_in","value":["closed","merged"]},
            {"field":"priority_id","op":"in","value":[3]},
            {"field":"group_id","op":"in","value":[1]},
            {"field":"owner_id","op":"not_in","value":[null]},
            {"field":"customer_id","op":"in","value":[5]},
            {"field":"organization_id","op":"in","value":[2]},
            {"field":"tags","op":"none","value":["spam"]},
            {"field":"custom.region","op":"in","value":["north"]},
            {"field":"custom.region","op":"empty","value":false},
            {"field":"sla","op":"breached","value":true},
            {"field":"created_at","op":"after","value":"2026-01-01"},
            {"field":"updated_at","op":"within_days","value":7},
            {"field":"channel","op":"in","value":["phone_in",4]},
            {"field":"shared","op":"is","value":false},
            {"field":"query","op":"matches","value":"printer toner"}]}})"));
    }

    void aChangeReachesTheSessionsOfThoseWhoMaySeeTheView()
    {
        WsClient own(m_desk->port(), m_desk->as("alphaFull").token());
        WsClient colleague(m_desk->port(), m_desk->as("alphaRead").token());
        WsClient other(m_desk->port(), m_desk->as("betaFull").token());
        WsClient admin(m_desk->port(), m_desk->as("admin").token());
        for (auto *ws : {&own, &colleague, &other, &admin}) {
            QVERIFY(ws->accepted());
            auto after = newObject();
            after->set("after", ws->hello()->getValue<std::int64_t>("watermark"));
            QVERIFY(ws->request("event.subscribe", after));
        }
        auto agent = m_desk->as("alphaFull");
        const auto mine = create("alphaFull", R"({"name":"Private","filter":{"conditions":[]}})");
        const auto shared = create("alphaFull", sharedWith(m_desk->alpha(), "Team"));
        // The personal one becomes shared with Alpha, the shared one moves to the agent's own.
        QCOMPARE(agent.patch(viewPath(mine), json(R"({"group_id":)" + std::to_string(m_desk->alpha()) + "}")).status,
                 200);
        QCOMPARE(agent.patch(viewPath(shared), json(R"({"group_id":null})")).status, 200);
        QCOMPARE(agent.del(viewPath(shared)).status, 200);
        const auto marker = create("betaFull", sharedWith(m_desk->beta(), "Marker"));

        auto sawMarker = [&](WsClient &ws) {
            return ws.waitForEvents([&](const auto &) { return !changesOf(ws, marker).empty(); });
        };
        QVERIFY(own.waitForEvents([&](const auto &) { return changesOf(own, shared).size() == 4; }));
        QCOMPARE(changesOf(own, mine), (std::vector<std::string>{"Private", "(gone)", "Private"}));
        QCOMPARE(changesOf(own, shared), (std::vector<std::string>{"Team", "(gone)", "Team", "(gone)"}));
        QVERIFY(colleague.waitForEvents([&](const auto &) { return changesOf(colleague, shared).size() == 2; }));
        QCOMPARE(changesOf(colleague, mine), (std::vector<std::string>{"Private"}));
        QCOMPARE(changesOf(colleague, shared), (std::vector<std::string>{"Team", "(gone)"}));
        // Beta's agent hears of none of Alpha's; the admin of the shared ones only.
        QVERIFY(sawMarker(other));
        QVERIFY(changesOf(other, mine).empty() && changesOf(other, shared).empty());
        QVERIFY(sawMarker(admin));
        QCOMPARE(changesOf(admin, mine), (std::vector<std::string>{"Private"}));
        QCOMPARE(changesOf(admin, shared), (std::vector<std::string>{"Team", "(gone)"}));
    }
};

QTEST_GUILESS_MAIN(TestViews)
#include "tst_views.moc"
