// What admins change is audited (who, when, old and new value, never a secret); admins manage
// everyone's API tokens; tags are renamed, merged and removed across tickets with history.

#include "support/Desk.h"

#include <QtTest>

#include <memory>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

class TestAdminAudit : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;

    /// The newest audit entry about an object kind.
    JsonObject newestAudit(const std::string &query)
    {
        auto r = m_desk->as("admin").get("/api/v1/audit?limit=1&" + query);
        if (r.status != 200 || r.array("entries")->size() == 0) {
            qWarning("%s", r.raw.c_str());
            return nullptr;
        }
        return r.array("entries")->getObject(0);
    }

    std::string emailOf(const std::string &who)
    {
        return m_desk->as("admin")
            .get("/api/v1/users/" + std::to_string(m_desk->userId(who)))
            .object("user")
            ->getValue<std::string>("email");
    }

    std::vector<std::string> tagsOf(std::int64_t ticketId)
    {
        auto tags = m_desk->as("alphaFull")
                        .get("/api/v1/tickets/" + std::to_string(ticketId))
                        .object("ticket")
                        ->getArray("tags");
        std::vector<std::string> out;
        for (unsigned i = 0; i < tags->size(); ++i)
            out.push_back(tags->getElement<std::string>(i));
        return out;
    }

    void tag(std::int64_t ticketId, const std::string &tagsJson)
    {
        auto r = m_desk->as("alphaFull")
                     .patch("/api/v1/tickets/" + std::to_string(ticketId), json(R"({"tags":)" + tagsJson + "}"));
        QCOMPARE(r.status, 200);
    }

private slots:
    void initTestCase() { m_desk = std::make_unique<Desk>(); }
    void cleanupTestCase() { m_desk.reset(); }

    void aSettingChangeIsAuditedWithWhoAndTheOldAndNewValue()
    {
        auto admin = m_desk->as("admin");
        auto created = admin.post("/api/v1/priorities", json(R"({"name":"Audited","rank":7})"));
        QCOMPARE(created.status, 201);
        auto id = created.object("priority")->getValue<std::int64_t>("id");
        QCOMPARE(admin.patch("/api/v1/priorities/" + std::to_string(id), json(R"({"rank":9})")).status, 200);
        auto entry = newestAudit("object_kind=priority&object_id=" + std::to_string(id));
        QVERIFY(entry);
        QCOMPARE(entry->getValue<std::string>("action"), std::string("priority.updated"));
        QCOMPARE(entry->getValue<std::int64_t>("actor_id"), m_desk->userId("admin"));
        QCOMPARE(entry->getValue<std::string>("object_name"), std::string("Audited"));
        auto changes = entry->getObject("changes");
        QCOMPARE(changes->size(), std::size_t(1)); // only the rank changed
        QCOMPARE(changes->getObject("rank")->getValue<int>("old"), 7);
        QCOMPARE(changes->getObject("rank")->getValue<int>("new"), 9);
        // Saving the same values again adds no line.
        QCOMPARE(admin.patch("/api/v1/priorities/" + std::to_string(id), json(R"({"rank":9})")).status, 200);
        QCOMPARE(newestAudit("object_kind=priority&object_id=" + std::to_string(id))->getValue<std::int64_t>("id"),
                 entry->getValue<std::int64_t>("id"));
        // The creation is there too, older.
        auto all = admin.get("/api/v1/audit?object_kind=priority&object_id=" + std::to_string(id)).array("entries");
        QCOMPARE(all->size(), std::size_t(2));
        QCOMPARE(all->getObject(1)->getValue<std::string>("action"), std::string("priority.created"));
    }

    void aPasswordIsAuditedAsChangedAndNeverStored()
    {
        auto admin = m_desk->as("admin");
        auto created = admin.post("/api/v1/mailboxes", json(R"({"name":"Audit box","protocol":"imap","host":"127.0.0.1",
            "port":1,"username":"box","password":"s3cret-mailbox-pass","enabled":false})"));
        QCOMPARE(created.status, 201);
        auto id = created.object("mailbox")->getValue<std::int64_t>("id");
        QCOMPARE(admin
                     .patch("/api/v1/mailboxes/" + std::to_string(id),
                            json(R"({"password":"an0ther-secret","poll_interval_minutes":7})"))
                     .status,
                 200);
        auto entry = newestAudit("object_kind=mailbox&object_id=" + std::to_string(id));
        QVERIFY(entry);
        QCOMPARE(entry->getValue<std::string>("action"), std::string("mailbox.updated"));
        auto changes = entry->getObject("changes");
        QCOMPARE(changes->getObject("password")->getValue<std::string>("new"), std::string("(changed)"));
        QCOMPARE(changes->getObject("poll_interval_minutes")->getValue<int>("new"), 7);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM audit_log WHERE changes::text LIKE '%secret%'"), 0LL);
        // The SMTP password of the outgoing mail settings, likewise.
        QCOMPARE(admin
                     .patch("/api/v1/settings/mail",
                            json(R"({"smtp":{"host":"127.0.0.1","port":2525,"password":"smtp-secret-9"}})"))
                     .status,
                 200);
        auto mail = newestAudit("object_kind=mail_settings");
        QVERIFY(mail);
        QCOMPARE(mail->getObject("changes")->getObject("smtp.password")->getValue<std::string>("new"),
                 std::string("(changed)"));
        QCOMPARE(mail->getObject("changes")->getObject("smtp.port")->getValue<int>("new"), 2525);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM audit_log WHERE changes::text LIKE '%smtp-secret%'"), 0LL);
    }

    void groupAccessAndRolesAreAudited()
    {
        auto admin = m_desk->as("admin");
        auto path = "/api/v1/groups/" + std::to_string(m_desk->alpha()) + "/members/" +
                    std::to_string(m_desk->userId("betaFull"));
        QCOMPARE(admin.put(path, json(R"({"access":"read"})")).status, 200);
        auto entry = newestAudit("object_kind=group&object_id=" + std::to_string(m_desk->alpha()));
        QVERIFY(entry);
        QCOMPARE(entry->getValue<std::string>("action"), std::string("group.access_changed"));
        auto change = entry->getObject("changes")->getObject("access." + emailOf("betaFull"));
        QVERIFY(change);
        QVERIFY(change->isNull("old"));
        QCOMPARE(change->getValue<std::string>("new"), std::string("read"));
        QCOMPARE(admin.put(path, json(R"({"access":null})")).status, 200);
        change = newestAudit("object_kind=group&object_id=" + std::to_string(m_desk->alpha()))
                     ->getObject("changes")
                     ->getObject("access." + emailOf("betaFull"));
        QCOMPARE(change->getValue<std::string>("old"), std::string("read"));
        QVERIFY(change->isNull("new"));
        // An admin's change to a person: the role, with the actor's name.
        auto user =
            admin.post("/api/v1/users", json(R"({"email":"newagent@desk.example","name":"New Agent","role":"agent"})"));
        QCOMPARE(user.status, 201);
        auto userId = user.object("user")->getValue<std::int64_t>("id");
        QCOMPARE(admin.patch("/api/v1/users/" + std::to_string(userId), json(R"({"role":"supervisor"})")).status, 200);
        auto roleEntry = newestAudit("object_kind=user&object_id=" + std::to_string(userId));
        QCOMPARE(roleEntry->getObject("changes")->getObject("role")->getValue<std::string>("old"),
                 std::string("agent"));
        QCOMPARE(roleEntry->getObject("changes")->getObject("role")->getValue<std::string>("new"),
                 std::string("supervisor"));
        QVERIFY(!roleEntry->getValue<std::string>("actor_name").empty());
    }

    void onlyAdminsReadTheAuditLog()
    {
        QCOMPARE(m_desk->as("supervisor").get("/api/v1/audit").status, 403);
        QCOMPARE(m_desk->as("alphaFull").get("/api/v1/audit").status, 403);
        auto bad = m_desk->as("admin").get("/api/v1/audit?limit=5000");
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.errorField(), std::string("limit"));
        // Paging: before_id returns older entries only.
        auto page = m_desk->as("admin").get("/api/v1/audit?limit=2").array("entries");
        QCOMPARE(page->size(), std::size_t(2));
        auto older = m_desk->as("admin")
                         .get("/api/v1/audit?limit=1&before_id=" +
                              std::to_string(page->getObject(1)->getValue<std::int64_t>("id")))
                         .array("entries");
        QVERIFY(older->getObject(0)->getValue<std::int64_t>("id") < page->getObject(1)->getValue<std::int64_t>("id"));
    }

    void adminsIssueAndRevokeTokensForOtherAccounts()
    {
        auto admin = m_desk->as("admin");
        auto body = newObject();
        body->set("name", "billing panel");
        body->set("user_id", m_desk->userId("alphaFull"));
        auto created = admin.post("/api/v1/tokens", body);
        QCOMPARE(created.status, 201);
        auto tokenId = created.body->getValue<std::int64_t>("id");
        ApiClient integration(m_desk->port());
        integration.setToken(created.body->getValue<std::string>("token"));
        QCOMPARE(integration.get("/api/v1/me").object("user")->getValue<std::string>("email"), emailOf("alphaFull"));
        // The owner sees it among their tokens; admins see everyone's with the owner.
        bool found = false;
        auto own = m_desk->as("alphaFull").get("/api/v1/tokens").array("tokens");
        for (unsigned i = 0; i < own->size(); ++i)
            found = found || own->getObject(i)->getValue<std::int64_t>("id") == tokenId;
        QVERIFY(found);
        auto all = admin.get("/api/v1/tokens?all=true").array("tokens");
        found = false;
        for (unsigned i = 0; i < all->size(); ++i)
            if (all->getObject(i)->getValue<std::int64_t>("id") == tokenId)
                found = all->getObject(i)->getValue<std::string>("user_email") == emailOf("alphaFull");
        QVERIFY(found);
        // Agents neither issue tokens for others nor list everyone's.
        QCOMPARE(m_desk->as("betaFull").post("/api/v1/tokens", body).status, 403);
        QCOMPARE(m_desk->as("betaFull").get("/api/v1/tokens?all=true").status, 403);
        QCOMPARE(m_desk->as("betaFull").del("/api/v1/tokens/" + std::to_string(tokenId)).status, 404);
        // The admin revokes it: it stops working at once.
        QCOMPARE(admin.del("/api/v1/tokens/" + std::to_string(tokenId)).status, 200);
        QCOMPARE(integration.get("/api/v1/me").status, 401);
        auto entry = newestAudit("object_kind=token&object_id=" + std::to_string(tokenId));
        QCOMPARE(entry->getValue<std::string>("action"), std::string("token.revoked"));
        QCOMPARE(entry->getValue<std::string>("object_name"), std::string("billing panel"));
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM audit_log WHERE changes::text LIKE '%" +
                                created.body->getValue<std::string>("token").substr(0, 12) + "%'"),
                 0LL);
    }

    void tagsAreRenamedMergedAndRemovedAcrossTickets()
    {
        auto first = m_desk->openTicket("Alpha", "carol", "Tagged one");
        auto second = m_desk->openTicket("Alpha", "carol", "Tagged two");
        auto third = m_desk->openTicket("Alpha", "carol", "Tagged three");
        tag(first, R"(["vip","billing"])");
        tag(second, R"(["vip-customer"])");
        tag(third, R"(["vip","vip-customer"])");
        auto admin = m_desk->as("admin");
        // Renaming onto an existing tag merges the two.
        auto renamed = admin.post("/api/v1/tags/rename", json(R"({"from":"vip-customer","to":"vip"})"));
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.body->getValue<int>("tickets"), 2);
        QCOMPARE(tagsOf(second), std::vector<std::string>{"vip"});
        QCOMPARE(tagsOf(third), std::vector<std::string>{"vip"});
        auto counts = admin.get("/api/v1/tags?with_counts=true").array("tags");
        long long vip = -1, old = 0;
        for (unsigned i = 0; i < counts->size(); ++i) {
            auto t = counts->getObject(i);
            if (t->getValue<std::string>("tag") == "vip")
                vip = t->getValue<long long>("tickets");
            if (t->getValue<std::string>("tag") == "vip-customer")
                old = t->getValue<long long>("tickets");
        }
        QCOMPARE(vip, 3LL);
        QCOMPARE(old, 0LL);
        // Removing takes it off every ticket; each ticket's history says so.
        auto removed = admin.post("/api/v1/tags/remove", json(R"({"tag":"billing"})"));
        QCOMPARE(removed.status, 200);
        QCOMPARE(tagsOf(first), std::vector<std::string>{"vip"});
        auto history =
            m_desk->as("alphaFull").get("/api/v1/tickets/" + std::to_string(first) + "/history").array("history");
        auto last = history->getObject(history->size() - 1);
        QCOMPARE(last->getValue<std::string>("field"), std::string("tags"));
        QCOMPARE(last->getValue<std::string>("new_value"), std::string("vip"));
        QCOMPARE(newestAudit("object_kind=tag")->getValue<std::string>("action"), std::string("tag.removed"));
        // Agents may not.
        QCOMPARE(m_desk->as("alphaFull").post("/api/v1/tags/remove", json(R"({"tag":"vip"})")).status, 403);
        QCOMPARE(admin.post("/api/v1/tags/rename", json(R"({"from":"vip","to":"  "})")).errorField(),
                 std::string("to"));
    }
};

QTEST_GUILESS_MAIN(TestAdminAudit)
#include "tst_admin_audit.moc"
