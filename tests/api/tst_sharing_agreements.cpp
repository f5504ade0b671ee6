// Ticket sharing between desks (Networked Help Desk, shared/protocols/nhd.md): two real desks on
// two databases make, answer and end sharing agreements over the wire, as their admins would;
// the /sharing endpoint answers a partner as the other implementations expect (token, status
// codes, content types, version header); and a request to a partner that is down waits in the
// outbox and arrives once when it is back.

#include "domain/Secrets.h"
#include "domain/SharingWire.h"
#include "integrations/sharing/OutboundHttp.h"
#include "support/Desk.h"
#include "support/WaitUntil.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include <QtTest>

#include <pqxx/pqxx>

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <utility>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;
namespace wire = helpdesk::domain::sharing;

namespace {
// The invitation of the walkthrough, as nhd.md quotes it (URLs are filled in per test).
constexpr const char *kExampleUuid = "23538de2af57572219a037c98aa4623a6767a498";
constexpr const char *kExampleKey = "08a479474fc0c3fabfa2b7906f0ce5e55ad2d78f";
constexpr const char *kExampleSender = "http://mycompany.net/sharing";

std::string str(std::int64_t n)
{
    return std::to_string(n);
}

/// A loopback port nobody listens on (bound once to find it, then closed).
int closedPort()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    int port = socket.address().port();
    socket.close();
    return port;
}
/// A web server that answers every request with a redirect (as a moved partner's old address
/// would), counting them: to another port (another site), or on its own site to /moved/…, where
/// it takes the request (201) and keeps what arrived.
class Redirector : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Redirector(int targetPort, Poco::Net::HTTPResponse::HTTPStatus status) : m_target(targetPort), m_status(status) {}
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &) override
    {
        return new Handler(*this);
    }
    std::atomic<int> hits{0};
    std::atomic<int> ownPort{0}; // set once its server listens; with targetPort 0: redirect on the same site
    struct Arrived {
        std::string method, body, token;
    };
    std::optional<Arrived> arrived() const
    {
        std::lock_guard lock(m_mutex);
        return m_arrived;
    }

private:
    struct Handler : Poco::Net::HTTPRequestHandler {
        explicit Handler(Redirector &owner) : m_owner(owner) {}
        void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override
        {
            std::string body((std::istreambuf_iterator<char>(request.stream())), std::istreambuf_iterator<char>());
            if (request.getURI().rfind("/moved/", 0) == 0) {
                std::lock_guard lock(m_owner.m_mutex);
                m_owner.m_arrived = Arrived{request.getMethod(), body, request.get("X-Ticket-Sharing-Token", "")};
                response.setStatus(Poco::Net::HTTPResponse::HTTP_CREATED);
                response.setContentLength(0);
                response.send();
                return;
            }
            ++m_owner.hits;
            const int port = m_owner.m_target != 0 ? m_owner.m_target : m_owner.ownPort.load();
            response.set("Location", "http://127.0.0.1:" + std::to_string(port) +
                                         (m_owner.m_target != 0 ? "" : "/moved") + request.getURI());
            response.setStatus(m_owner.m_status);
            response.setContentLength(0);
            response.send();
        }
        Redirector &m_owner;
    };
    int m_target;
    Poco::Net::HTTPResponse::HTTPStatus m_status;
    mutable std::mutex m_mutex;
    std::optional<Arrived> m_arrived;
};
} // namespace

class TestSharingAgreements : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_a;           // the sender in most tests
    std::unique_ptr<Desk> m_b;           // the partner
    std::unique_ptr<TestServer> m_bTwin; // a second server on B's database, started once when needed
    std::string m_mappedUuid;            // mappedAgreement()

    static std::string baseOf(int port) { return "http://127.0.0.1:" + str(port) + "/sharing"; }

    static void setPublicUrl(ApiClient admin, int port)
    {
        auto settings = json("{}");
        settings->set("public_url", "http://127.0.0.1:" + str(port));
        QCOMPARE(admin.send("PATCH", "/api/v1/settings/mail", helpdesk::protocol::toJsonText(settings)).status, 200);
    }

    /// An agreement as an admin of the desk behind `admin` sees it; null when the desk has none with `uuid`.
    static JsonObject agreementWith(ApiClient admin, const std::string &uuid)
    {
        auto list = admin.get("/api/v1/sharing/agreements");
        if (list.status != 200)
            return nullptr;
        auto agreements = list.array("agreements");
        for (std::size_t i = 0; i < agreements->size(); ++i) {
            auto a = agreements->getObject(static_cast<unsigned>(i));
            if (a->getValue<std::string>("uuid") == uuid)
                return a;
        }
        return nullptr;
    }

    static std::string statusOf(ApiClient admin, const std::string &uuid)
    {
        auto a = agreementWith(std::move(admin), uuid);
        return a ? a->getValue<std::string>("status") : "(none)";
    }

    /// A's admin invites the desk at `partnerBase`; returns the new agreement's uuid.
    std::string invite(const std::string &partnerBase, const std::string &name = "Desk A")
    {
        auto body = json(R"({"allows_public_comments":true,"sync_tags":true,"sync_custom_fields":false})");
        body->set("receiver_url", partnerBase);
        body->set("name", name);
        auto made = m_a->as("admin").post("/api/v1/sharing/agreements", body);
        if (made.status != 201)
            return "(refused " + str(made.status) + ": " + made.raw + ")";
        return made.object("agreement")->getValue<std::string>("uuid");
    }

    /// Invites B and lets B accept into its group Alpha; returns the uuid once both show it accepted.
    std::string acceptedAgreement()
    {
        auto uuid = invite(baseOf(m_b->port()));
        auto b = m_b->as("admin");
        if (!waitUntil([&] { return agreementWith(b, uuid) != nullptr; }, std::chrono::seconds(20),
                       "B got the invitation"))
            return "(never arrived)";
        auto id = agreementWith(b, uuid)->getValue<std::int64_t>("id");
        auto body = json("{}");
        body->set("group_id", m_b->alpha());
        if (b.post("/api/v1/sharing/agreements/" + str(id) + "/accept", body).status != 200)
            return "(accept refused)";
        if (!waitUntil([&] { return statusOf(m_a->as("admin"), uuid) == "accepted"; }, std::chrono::seconds(20),
                       "A saw the acceptance"))
            return "(acceptance never arrived)";
        return uuid;
    }

    /// The API path of the status map of the agreement with `uuid` on the desk behind `admin`.
    static std::string statusMapPath(ApiClient admin, const std::string &uuid)
    {
        auto agreement = agreementWith(std::move(admin), uuid);
        return "/api/v1/sharing/agreements/" + (agreement ? str(agreement->getValue<std::int64_t>("id")) : "0") +
               "/status_map";
    }

    /// The word or state a status map (as the API reads it) gives in `direction` for `key`.
    static std::string mapped(const JsonObject &map, const std::string &direction, const std::string &key)
    {
        auto side = map ? map->getObject(direction) : nullptr;
        return side && side->has(key) ? side->getValue<std::string>(key) : "(none)";
    }

    /// An agreement of A (invited, not answered) whose status map the tests change; made once.
    std::string mappedAgreement()
    {
        if (m_mappedUuid.empty())
            m_mappedUuid = invite(baseOf(m_b->port()), "Mapped");
        return m_mappedUuid;
    }

    /// A ticket's state type as its desk's admin reads it.
    static std::string stateTypeOf(Desk &desk, std::int64_t ticketId)
    {
        return desk.as("admin")
            .get("/api/v1/tickets/" + str(ticketId))
            .object("ticket")
            ->getValue<std::string>("state_type");
    }

    /// Sends a raw request to B's /sharing endpoint.
    ApiResponse toB(const std::string &verb, const std::string &path, const std::string &body,
                    const std::string &token = {}, const std::string &contentType = "application/json",
                    const std::string &fromAddress = "127.0.0.1")
    {
        ApiClient raw(m_b->port());
        raw.setSourceAddress(fromAddress);
        std::map<std::string, std::string> headers;
        if (!token.empty())
            headers["X-Ticket-Sharing-Token"] = token;
        return raw.send(verb, "/sharing" + path, body, contentType, headers);
    }

    /// The walkthrough's invitation from a made-up desk to B, with its uuid and key.
    std::string exampleInvitation(const std::string &uuid = kExampleUuid)
    {
        auto body = json(R"({"name":"Sender Company Name","status":"pending"})");
        body->set("sender_url", std::string(kExampleSender));
        body->set("uuid", uuid);
        body->set("access_key", std::string(kExampleKey));
        body->set("receiver_url", baseOf(m_b->port()));
        return helpdesk::protocol::toJsonText(body);
    }

private slots:
    void initTestCase()
    {
        m_a = std::make_unique<Desk>();
        m_b = std::make_unique<Desk>();
        setPublicUrl(m_a->as("admin"), m_a->port());
        setPublicUrl(m_b->as("admin"), m_b->port());
    }

    void cleanupTestCase()
    {
        m_a.reset();
        m_bTwin.reset();
        m_b.reset();
    }

    void uuidsAndDatesAreTheProtocols_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("the walkthrough's ticket uuid")
            << QByteArray::fromStdString(wire::uuidFor("http://mycompany.net/sharing", "tickets", 1))
            << QByteArray("ed46838bfb41461e4f3b16ba471162c8e2764260");
        QTest::newRow("a wire date is read with its zone")
            << QByteArray::fromStdString(wire::formatDate(*wire::parseDate("2010-11-24 14:13:54 -0800")))
            << QByteArray("2010-11-24 22:13:54 +0000");
        QTest::newRow("an ISO date is read too")
            << QByteArray::fromStdString(wire::formatDate(*wire::parseDate("2010-11-24T14:13:54-08:00")))
            << QByteArray("2010-11-24 22:13:54 +0000");
        QTest::newRow("an ISO date with fractions and Z")
            << QByteArray::fromStdString(wire::wireDateFromIso("2026-01-02T03:04:05.678Z"))
            << QByteArray("2026-01-02 03:04:05 +0000");
        QTest::newRow("no date is no date")
            << QByteArray::number(wire::parseDate("yesterday").has_value()) << QByteArray("0");
        QTest::newRow("a uuid is 40 lower-case hex")
            << QByteArray::number(wire::isUuid(kExampleUuid) &&
                                  !wire::isUuid("23538DE2AF57572219A037C98AA4623A6767A498") && !wire::isUuid("1234"))
            << QByteArray("1");
    }
    void uuidsAndDatesAreTheProtocols()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(text, expected);
    }

    void anInvitationReachesThePartnerAsPendingAndItsAcceptanceComesBack()
    {
        auto uuid = invite(baseOf(m_b->port()));
        QVERIFY2(wire::isUuid(uuid), uuid.c_str());
        auto a = m_a->as("admin");
        auto b = m_b->as("admin");
        QCOMPARE(QString::fromStdString(statusOf(a, uuid)), QStringLiteral("pending"));
        QTRY_VERIFY_WITH_TIMEOUT(agreementWith(b, uuid) != nullptr, 20000);
        auto received = agreementWith(b, uuid);
        QCOMPARE(received->getValue<std::string>("role"), std::string("receiver"));
        QCOMPARE(received->getValue<std::string>("status"), std::string("pending"));
        QCOMPARE(received->getValue<std::string>("name"), std::string("Desk A"));
        QCOMPARE(received->getValue<std::string>("sender_url"), baseOf(m_a->port()));
        QCOMPARE(received->getValue<std::string>("receiver_url"), baseOf(m_b->port()));
        QCOMPARE(received->getValue<std::string>("partner_url"), baseOf(m_a->port()));
        QVERIFY(received->getValue<bool>("allows_public_comments"));
        QVERIFY(received->getValue<bool>("sync_tags"));
        QVERIFY(!received->getValue<bool>("sync_custom_fields"));
        QVERIFY(!received->has("access_key"));
        // The key travelled in the invitation: both desks hold the same one, sealed.
        auto keyA = m_a->text("SELECT access_key FROM sharing_agreements WHERE uuid = '" + uuid + "'");
        auto keyB = m_b->text("SELECT access_key FROM sharing_agreements WHERE uuid = '" + uuid + "'");
        QVERIFY(helpdesk::domain::secrets::isSealed(keyA));
        QVERIFY(helpdesk::domain::secrets::isSealed(keyB));
        QCOMPARE(helpdesk::domain::secrets::open(keyA), helpdesk::domain::secrets::open(keyB));
        QCOMPARE(m_a->scalar("SELECT count(*) FROM sharing_outbox WHERE body LIKE '%access_key%'"), 0LL);
        // What went out has the walkthrough's fields (the key added on the way, never stored) and the terms.
        auto sent = json(
            m_a->text("SELECT body FROM sharing_outbox WHERE method = 'POST' AND path = '/agreements/" + uuid + "'"));
        std::set<std::string> fields;
        for (const auto &[key, value] : *sent)
            fields.insert(key);
        QCOMPARE(fields, (std::set<std::string>{"uuid", "name", "receiver_url", "sender_url", "status",
                                                "allows_public_comments", "sync_tags", "sync_custom_fields"}));
        QCOMPARE(sent->getValue<std::string>("status"), std::string("pending"));

        auto id = received->getValue<std::int64_t>("id");
        auto accept = json("{}");
        accept->set("group_id", m_b->alpha());
        auto accepted = b.post("/api/v1/sharing/agreements/" + str(id) + "/accept", accept);
        QCOMPARE(accepted.status, 200);
        QCOMPARE(accepted.object("agreement")->getValue<std::int64_t>("group_id"), m_b->alpha());
        QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(statusOf(a, uuid)), QStringLiteral("accepted"), 20000);
        QCOMPARE(QString::fromStdString(statusOf(b, uuid)), QStringLiteral("accepted"));
        // The answer is a PUT of only what changed, as the walkthrough's step 2.
        QCOMPARE(
            m_b->text("SELECT body FROM sharing_outbox WHERE method = 'PUT' AND path = '/agreements/" + uuid + "'"),
            R"({"status":"accepted","uuid":")" + uuid + R"("})");

        // Each side's sync log shows what went out and what came in.
        auto senderId = agreementWith(a, uuid)->getValue<std::int64_t>("id");
        auto log = a.get("/api/v1/sharing/agreements/" + str(senderId) + "/log");
        QCOMPARE(log.status, 200);
        std::set<std::string> lines;
        auto entries = log.array("log");
        for (std::size_t i = 0; i < entries->size(); ++i) {
            auto line = entries->getObject(static_cast<unsigned>(i));
            lines.insert(line->getValue<std::string>("direction") + " " + line->getValue<std::string>("method") + " " +
                         line->getValue<std::string>("path") + " " + line->get("status").toString());
        }
        QVERIFY(lines.count("out POST /agreements/" + uuid + " 201"));
        QVERIFY(lines.count("in PUT /agreements/" + uuid + " 200"));
        QVERIFY(agreementWith(a, uuid)->isNull("last_error"));
    }

    void theReceiverDeclines()
    {
        auto uuid = invite(baseOf(m_b->port()));
        auto b = m_b->as("admin");
        QTRY_VERIFY_WITH_TIMEOUT(agreementWith(b, uuid) != nullptr, 20000);
        auto id = agreementWith(b, uuid)->getValue<std::int64_t>("id");
        QCOMPARE(b.post("/api/v1/sharing/agreements/" + str(id) + "/decline", json("{}")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(statusOf(m_a->as("admin"), uuid)), QStringLiteral("declined"),
                                  20000);
        // A declined invitation is not accepted afterwards.
        auto late = json("{}");
        late->set("group_id", m_b->alpha());
        QCOMPARE(b.post("/api/v1/sharing/agreements/" + str(id) + "/accept", late).status, 422);
    }

    void eitherSideDeactivates_data()
    {
        QTest::addColumn<bool>("bySender");
        QTest::newRow("the sender ends it") << true;
        QTest::newRow("the receiver ends it") << false;
    }
    void eitherSideDeactivates()
    {
        QFETCH(bool, bySender);
        auto uuid = acceptedAgreement();
        QVERIFY2(wire::isUuid(uuid), uuid.c_str());
        auto &acting = bySender ? *m_a : *m_b;
        auto &other = bySender ? *m_b : *m_a;
        auto id = agreementWith(acting.as("admin"), uuid)->getValue<std::int64_t>("id");
        auto ended = acting.as("admin").post("/api/v1/sharing/agreements/" + str(id) + "/deactivate", json("{}"));
        QCOMPARE(ended.status, 200);
        const std::string side = bySender ? "sender" : "receiver";
        QCOMPARE(ended.object("agreement")->getValue<std::string>("deactivated_by"), side);
        QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(statusOf(other.as("admin"), uuid)), QStringLiteral("inactive"),
                                  20000);
        QCOMPARE(agreementWith(other.as("admin"), uuid)->getValue<std::string>("deactivated_by"), side);
        // An ended agreement stays ended; its token opens nothing of the partner's tickets.
        QCOMPARE(acting.as("admin").post("/api/v1/sharing/agreements/" + str(id) + "/deactivate", json("{}")).status,
                 422);
    }

    void onlyTheSenderChangesTheTerms()
    {
        auto uuid = acceptedAgreement();
        QVERIFY2(wire::isUuid(uuid), uuid.c_str());
        auto a = m_a->as("admin");
        auto id = agreementWith(a, uuid)->getValue<std::int64_t>("id");
        auto changed = a.patch("/api/v1/sharing/agreements/" + str(id),
                               json(R"({"name":"Desk A Ltd","sync_custom_fields":true})"));
        QCOMPARE(changed.status, 200);
        auto b = m_b->as("admin");
        QTRY_VERIFY_WITH_TIMEOUT(agreementWith(b, uuid)->getValue<bool>("sync_custom_fields"), 20000);
        QCOMPARE(agreementWith(b, uuid)->getValue<std::string>("name"), std::string("Desk A Ltd"));
        // The receiver picks its group, not the terms.
        auto bId = agreementWith(b, uuid)->getValue<std::int64_t>("id");
        QCOMPARE(b.patch("/api/v1/sharing/agreements/" + str(bId), json(R"({"sync_tags":false})")).status, 400);
        auto group = json("{}");
        group->set("group_id", m_b->beta());
        QCOMPARE(b.patch("/api/v1/sharing/agreements/" + str(bId), group).status, 200);
        // Over the wire too: the receiver may not rename the sender (RT's update rules).
        auto key = helpdesk::domain::secrets::open(
            m_b->text("SELECT access_key FROM sharing_agreements WHERE uuid = '" + uuid + "'"));
        ApiClient toA(m_a->port());
        auto rename = toA.send("PUT", "/sharing/agreements/" + uuid, R"({"name":"Hijacked"})", "application/json",
                               {{"X-Ticket-Sharing-Token", uuid + ":" + key}});
        QCOMPARE(rename.status, 422);
        QCOMPARE(agreementWith(a, uuid)->getValue<std::string>("name"), std::string("Desk A Ltd"));
    }

    void theWireAnswersAsThePartnersExpect_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("token"); // "good": the example agreement's
        QTest::addColumn<int>("status");
        const QByteArray path = QByteArray("/agreements/") + kExampleUuid;
        const QByteArray good = "good";
        QTest::newRow("a change without a token is 401")
            << QByteArray("PUT") << path << QByteArray(R"({"status":"inactive"})") << QByteArray("") << 401;
        QTest::newRow("a wrong key is 403")
            << QByteArray("PUT") << path << QByteArray(R"({"status":"inactive"})")
            << QByteArray(kExampleUuid) + ":0000000000000000000000000000000000000000" << 403;
        QTest::newRow("an unknown agreement is 403")
            << QByteArray("GET") << QByteArray("/agreements/ffffffffffffffffffffffffffffffffffffffff") << QByteArray("")
            << QByteArray("ffffffffffffffffffffffffffffffffffffffff:") + QByteArray(kExampleKey) << 403;
        QTest::newRow("a uuid that is not 40 hex is 422")
            << QByteArray("GET") << QByteArray("/agreements/not-a-uuid") << QByteArray("") << good << 422;
        QTest::newRow("an upper-case uuid is 422")
            << QByteArray("GET") << QByteArray("/agreements/23538DE2AF57572219A037C98AA4623A6767A498") << QByteArray("")
            << good << 422;
        QTest::newRow("a body naming another uuid is 422")
            << QByteArray("PUT") << path
            << QByteArray(R"({"uuid":"ffffffffffffffffffffffffffffffffffffffff","status":"inactive"})") << good << 422;
        QTest::newRow("a body that is no JSON is 422")
            << QByteArray("PUT") << path << QByteArray("{nope") << good << 422;
        QTest::newRow("a body whose uuid is a number is 422")
            << QByteArray("PUT") << path << QByteArray(R"({"uuid":42,"status":"inactive"})") << good << 422;
        QTest::newRow("a body whose uuid is null is 422")
            << QByteArray("PUT") << path << QByteArray(R"({"uuid":null,"status":"inactive"})") << good << 422;
        QTest::newRow("a body whose uuid is an object is 422")
            << QByteArray("PUT") << path << QByteArray(R"({"uuid":{"a":1},"status":"inactive"})") << good << 422;
        QTest::newRow("a flag that is an object is 422")
            << QByteArray("PUT") << path << QByteArray(R"({"allows_public_comments":{"a":1}})") << good << 422;
        QTest::newRow("DELETE of an agreement is 405") << QByteArray("DELETE") << path << QByteArray("") << good << 405;
        QTest::newRow("PATCH is 405") << QByteArray("PATCH") << path << QByteArray("{}") << good << 405;
        QTest::newRow("an unknown resource is 404")
            << QByteArray("GET") << QByteArray("/widgets/") + QByteArray(kExampleUuid) << QByteArray("") << good << 404;
        QTest::newRow("a path without uuid is 404")
            << QByteArray("GET") << QByteArray("/agreements") << QByteArray("") << good << 404;
        QTest::newRow("the same invitation twice is 422")
            << QByteArray("POST") << path << QByteArray("(example)") << QByteArray("") << 422;
        QTest::newRow("a body past the size limit is 413")
            << QByteArray("PUT") << path << QByteArray("(huge)") << good << 413;
        QTest::newRow("the right token reads the agreement")
            << QByteArray("GET") << path << QByteArray("") << good << 200;
        QTest::newRow("the right token and an unchanged field is a no-op")
            << QByteArray("PUT") << path << QByteArray(R"({"name":"Sender Company Name"})") << good << 200;
        QTest::newRow("the sender's side may not accept its own invitation")
            << QByteArray("PUT") << path << QByteArray(R"({"status":"accepted"})") << good << 422;
    }
    void theWireAnswersAsThePartnersExpect()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        // The walkthrough's invitation, sent once as RT sends it (text/x-json, with its token).
        if (!agreementWith(m_b->as("admin"), kExampleUuid)) {
            auto created = toB("POST", std::string("/agreements/") + kExampleUuid, exampleInvitation(),
                               std::string(kExampleUuid) + ":" + kExampleKey, "text/x-json; charset=\"UTF-8\"");
            QCOMPARE(created.status, 201);
            QCOMPARE(created.body->getValue<std::string>("status"), std::string("pending"));
            QCOMPARE(created.headers["X-Ticket-Sharing-Version"], std::string("1"));
        }
        auto tokenText = token == "good" ? std::string(kExampleUuid) + ":" + kExampleKey : token.toStdString();
        auto bodyText = body.toStdString();
        if (body == "(example)")
            bodyText = exampleInvitation();
        else if (body == "(huge)") // past the 4 MiB of JSON a request may carry
            bodyText = "{\"name\":\"" + std::string(5 << 20, 'x') + "\"}";
        auto answer = toB(verb.toStdString(), path.toStdString(), bodyText, tokenText);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.headers["X-Ticket-Sharing-Version"], std::string("1"));
        if (status == 401)
            QCOMPARE(answer.headers["WWW-Authenticate"], std::string("X-Ticket-Sharing"));
        if (status == 200) {
            QCOMPARE(answer.body->getValue<std::string>("uuid"), std::string(kExampleUuid));
            QCOMPARE(answer.body->getValue<std::string>("name"), std::string("Sender Company Name"));
            QCOMPARE(answer.body->getValue<std::string>("sender_url"), std::string(kExampleSender));
            QVERIFY(!answer.body->has("access_key"));
        }
        QCOMPARE(QString::fromStdString(statusOf(m_b->as("admin"), kExampleUuid)), QStringLiteral("pending"));
    }

    void invitationsInEveryContentTypeAreRead_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("status");
        QTest::newRow("application/json without a token, as the gem sends it")
            << QByteArray("application/json") << QByteArray("") << 201;
        QTest::newRow("text/x-json, as RT sends it")
            << QByteArray("text/x-json; charset=\"UTF-8\"") << QByteArray("own") << 201;
        QTest::newRow("no content type (RT's default)") << QByteArray("") << QByteArray("own") << 201;
        QTest::newRow("form data is refused")
            << QByteArray("application/x-www-form-urlencoded") << QByteArray("own") << 422;
        QTest::newRow("a token that is not the invitation's is refused")
            << QByteArray("application/json") << QByteArray("other") << 403;
    }
    void invitationsInEveryContentTypeAreRead()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        auto uuid = wire::randomHex40();
        std::string tokenText;
        if (token == "own")
            tokenText = uuid + ":" + kExampleKey;
        else if (token == "other")
            tokenText = uuid + ":" + wire::randomHex40();
        auto answer = toB("POST", "/agreements/" + uuid, exampleInvitation(uuid), tokenText, contentType.toStdString());
        QCOMPARE(answer.status, status);
        QCOMPARE(QString::fromStdString(statusOf(m_b->as("admin"), uuid)),
                 status == 201 ? QStringLiteral("pending") : QStringLiteral("(none)"));
    }

    void anInvitationMustBePendingAndComplete_data()
    {
        QTest::addColumn<QByteArray>("change");
        QTest::newRow("already accepted") << QByteArray(R"({"status":"accepted"})");
        QTest::newRow("a key that is not 40 hex") << QByteArray(R"({"access_key":"secret"})");
        QTest::newRow("no sender URL") << QByteArray(R"({"sender_url":null})");
        QTest::newRow("a sender URL that is no http URL") << QByteArray("{\"sender_url\":\"ftp:/"
                                                                        "/x.example/sharing\"}");
        QTest::newRow("meant for another desk (receiver URL not ours)") << QByteArray("{\"receiver_url\":\"https:/"
                                                                                      "/elsewhere.example/sharing\"}");
    }
    void anInvitationMustBePendingAndComplete()
    {
        QFETCH(QByteArray, change);
        auto uuid = wire::randomHex40();
        auto body = json(exampleInvitation(uuid));
        auto changes = json(change.toStdString());
        for (const auto &[key, value] : *changes)
            body->set(key, value);
        auto answer = toB("POST", "/agreements/" + uuid, helpdesk::protocol::toJsonText(body));
        QCOMPARE(answer.status, 422);
        QVERIFY(!agreementWith(m_b->as("admin"), uuid));
    }

    void aRedirectOnTheSameSiteIsFollowedWithTheSameMethodAndBody_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("307 Temporary Redirect") << 307;
        QTest::newRow("302 Found (resent as POST, as the gem does)") << 302;
    }
    void aRedirectOnTheSameSiteIsFollowedWithTheSameMethodAndBody()
    {
        QFETCH(int, status);
        auto *redirector = new Redirector(0, static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
        Poco::Net::HTTPServer server(redirector, Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0)),
                                     new Poco::Net::HTTPServerParams);
        server.start();
        redirector->ownPort = server.port();
        auto uuid = invite(baseOf(server.port()), "Desk A via a redirect");
        QVERIFY2(wire::isUuid(uuid), uuid.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(redirector->arrived().has_value(), 20000);
        auto arrived = *redirector->arrived();
        QCOMPARE(arrived.method, std::string("POST"));
        QVERIFY(arrived.token.rfind(uuid + ":", 0) == 0);
        auto body = json(arrived.body);
        QCOMPARE(body->getValue<std::string>("uuid"), uuid);
        QCOMPARE(body->getValue<std::string>("name"), std::string("Desk A via a redirect"));
        QVERIFY(body->has("access_key"));
        QCOMPARE(redirector->hits.load(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(agreementWith(m_a->as("admin"), uuid)->getValue<std::int64_t>("pending_requests"),
                                  0LL, 20000);
        server.stop();
    }

    void aRedirectToAnotherSiteIsNotFollowed()
    {
        // The token (and the invitation's access key) must not go wherever a partner's answer points.
        auto *redirector = new Redirector(m_b->port(), Poco::Net::HTTPResponse::HTTP_TEMPORARY_REDIRECT);
        Poco::Net::HTTPServer server(redirector, Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0)),
                                     new Poco::Net::HTTPServerParams);
        server.start();
        auto uuid = invite(baseOf(server.port()), "Desk A via a redirect elsewhere");
        QVERIFY2(wire::isUuid(uuid), uuid.c_str());
        auto a = m_a->as("admin");
        QTRY_VERIFY_WITH_TIMEOUT(!agreementWith(a, uuid)->isNull("last_error"), 20000);
        QVERIFY2(agreementWith(a, uuid)->getValue<std::string>("last_error").find("another site") != std::string::npos,
                 agreementWith(a, uuid)->getValue<std::string>("last_error").c_str());
        QCOMPARE(agreementWith(a, uuid)->getValue<std::int64_t>("pending_requests"), 1LL);
        QVERIFY(redirector->hits.load() >= 1);
        QVERIFY(!agreementWith(m_b->as("admin"), uuid));
        server.stop();
    }

    void aPartnerThatIsDownGetsTheRequestOnceItIsBack()
    {
        // Partner C runs on a second database of A's cluster, on a port it will keep across restarts.
        const int port = closedPort();
        auto conninfo = m_a->database().createDatabase("partner_c");
        auto startC = [&] {
            return std::make_unique<TestServer>(conninfo,
                                                [port](helpdesk::app::ServerConfig &config) { config.port = port; });
        };
        auto a = m_a->as("admin");
        // The invitation goes out while C is not there yet: it fails, is logged, and waits.
        auto uuid = invite(baseOf(port), "Desk A to C");
        QVERIFY2(wire::isUuid(uuid), uuid.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(!agreementWith(a, uuid)->isNull("last_error"), 20000);
        QCOMPARE(agreementWith(a, uuid)->getValue<std::int64_t>("pending_requests"), 1LL);
        QVERIFY(m_a->scalar("SELECT count(*) FROM sharing_log WHERE direction = 'out' AND status IS NULL AND "
                            "agreement_id = (SELECT id FROM sharing_agreements WHERE uuid = '" +
                            uuid + "')") >= 1);

        auto c = startC();
        ApiClient cAdmin(port);
        QCOMPARE(cAdmin.login("admin@test.example", c->adminPassword()).status, 200);
        setPublicUrl(cAdmin, port);
        QTRY_VERIFY_WITH_TIMEOUT(agreementWith(cAdmin, uuid) != nullptr, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(agreementWith(a, uuid)->isNull("last_error"), 20000);
        auto cId = agreementWith(cAdmin, uuid)->getValue<std::int64_t>("id");
        auto groups = cAdmin.get("/api/v1/groups");
        QCOMPARE(groups.status, 200);
        auto accept = json("{}");
        accept->set("group_id", groups.array("groups")->getObject(0)->getValue<std::int64_t>("id"));
        QCOMPARE(cAdmin.post("/api/v1/sharing/agreements/" + str(cId) + "/accept", accept).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(statusOf(a, uuid)), QStringLiteral("accepted"), 20000);

        // C goes down; A changes the terms 20 times and ends the agreement meanwhile; the PUTs wait
        // (one delivery job for them all) and arrive once each, in order, when C is back.
        c->stop();
        c.reset();
        auto aId = agreementWith(a, uuid)->getValue<std::int64_t>("id");
        for (int i = 1; i <= 20; ++i) {
            auto terms = json("{}");
            terms->set("sync_tags", i % 2 == 0); // each a change; ends true after false
            QCOMPARE(a.patch("/api/v1/sharing/agreements/" + str(aId), terms).status, 200);
        }
        QCOMPARE(a.post("/api/v1/sharing/agreements/" + str(aId) + "/deactivate", json("{}")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!agreementWith(a, uuid)->isNull("last_error"), 20000);
        QCOMPARE(agreementWith(a, uuid)->getValue<std::int64_t>("pending_requests"), 21LL);
        const auto failedAttempts = "SELECT count(*) FROM sharing_log WHERE direction = 'out' AND status IS NULL AND "
                                    "agreement_id = " +
                                    str(aId);
        const auto attemptsBefore = m_a->scalar(failedAttempts);
        QTRY_VERIFY_WITH_TIMEOUT(m_a->scalar(failedAttempts) >= attemptsBefore + 1, 20000);
        QVERIFY(m_a->scalar("SELECT count(*) FROM jobs WHERE queue = 'sharing.deliver' AND state = 'pending' AND "
                            "payload->>'agreement_id' = '" +
                            str(aId) + "'") <= 1);
        c = startC();
        // Its admin need not wait for the backoff.
        auto retried = a.post("/api/v1/sharing/agreements/" + str(aId) + "/retry", json("{}"));
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.object("agreement")->getValue<std::int64_t>("pending_requests"), 21LL);
        QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(statusOf(cAdmin, uuid)), QStringLiteral("inactive"), 40000);
        QCOMPARE(agreementWith(cAdmin, uuid)->getValue<std::string>("deactivated_by"), std::string("sender"));
        QTRY_COMPARE_WITH_TIMEOUT(agreementWith(a, uuid)->getValue<std::int64_t>("pending_requests"), 0LL, 20000);
        QVERIFY(agreementWith(a, uuid)->isNull("last_error"));
        auto cLog = cAdmin.get("/api/v1/sharing/agreements/" + str(cId) + "/log");
        int puts = 0;
        auto lines = cLog.array("log");
        for (std::size_t i = 0; i < lines->size(); ++i) {
            auto line = lines->getObject(static_cast<unsigned>(i));
            if (line->getValue<std::string>("direction") == "in" && line->getValue<std::string>("method") == "PUT")
                ++puts;
        }
        QCOMPARE(puts, 21);
        QCOMPARE(agreementWith(cAdmin, uuid)->getValue<bool>("sync_tags"), true);
        c.reset();
    }

    void partnerAddressesArePublicUnlessAllowed_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<QByteArray>("allowed"); // the server's sharing-allowed-networks
        QTest::addColumn<QByteArray>("refusal"); // a word of the reason; empty: reachable
        QTest::newRow("a public IPv4 address is reachable") << QByteArray("8.8.8.8") << QByteArray() << QByteArray();
        QTest::newRow("a public IPv6 address is reachable")
            << QByteArray("2001:4860:4860::8888") << QByteArray() << QByteArray();
        QTest::newRow("loopback is not") << QByteArray("127.0.0.1") << QByteArray() << QByteArray("loopback");
        QTest::newRow("the cloud metadata service is not")
            << QByteArray("169.254.169.254") << QByteArray() << QByteArray("link-local");
        QTest::newRow("10/8 is not") << QByteArray("10.1.2.3") << QByteArray() << QByteArray("private");
        QTest::newRow("172.16/12 is not") << QByteArray("172.20.0.1") << QByteArray() << QByteArray("private");
        QTest::newRow("192.168/16 is not") << QByteArray("192.168.1.1") << QByteArray() << QByteArray("private");
        QTest::newRow("carrier NAT is not") << QByteArray("100.64.0.1") << QByteArray() << QByteArray("carrier");
        QTest::newRow("0.0.0.0 is not") << QByteArray("0.0.0.0") << QByteArray() << QByteArray("unspecified");
        QTest::newRow("multicast is not") << QByteArray("224.0.0.1") << QByteArray() << QByteArray("multicast");
        QTest::newRow("broadcast is not") << QByteArray("255.255.255.255") << QByteArray() << QByteArray("reserved");
        QTest::newRow("IPv6 loopback is not") << QByteArray("::1") << QByteArray() << QByteArray("loopback");
        QTest::newRow("IPv6 unique local (EC2 metadata) is not")
            << QByteArray("fd00:ec2::254") << QByteArray() << QByteArray("unique local");
        QTest::newRow("IPv6 link-local is not") << QByteArray("fe80::1") << QByteArray() << QByteArray("link-local");
        QTest::newRow("loopback written as IPv4-mapped IPv6 is not")
            << QByteArray("::ffff:127.0.0.1") << QByteArray() << QByteArray("loopback");
        QTest::newRow("loopback is when allowed")
            << QByteArray("127.0.0.1") << QByteArray("127.0.0.0/8") << QByteArray();
        QTest::newRow("an allowed private network is")
            << QByteArray("10.1.2.3") << QByteArray("10.1.0.0/16") << QByteArray();
        QTest::newRow("a private address outside the allowed network is not")
            << QByteArray("10.2.0.1") << QByteArray("10.1.0.0/16") << QByteArray("private");
        QTest::newRow("an allowed network covers its IPv4-mapped form")
            << QByteArray("::ffff:10.1.2.3") << QByteArray("10.1.0.0/16") << QByteArray();
        QTest::newRow("one allowed address is")
            << QByteArray("192.168.1.1") << QByteArray("192.168.1.1") << QByteArray();
    }
    void partnerAddressesArePublicUnlessAllowed()
    {
        QFETCH(QByteArray, address);
        QFETCH(QByteArray, allowed);
        QFETCH(QByteArray, refusal);
        std::vector<std::string> networks;
        if (!allowed.isEmpty())
            networks.push_back(allowed.toStdString());
        const helpdesk::integrations::sharing::OutboundAddressPolicy policy(networks);
        auto why = policy.refusal(Poco::Net::IPAddress(address.toStdString()));
        if (refusal.isEmpty()) {
            QVERIFY2(!why, why ? why->c_str() : "");
        } else {
            QVERIFY(why);
            QVERIFY2(why->find(refusal.toStdString()) != std::string::npos, why->c_str());
        }
    }

    void aMalformedAllowedNetworkStopsTheStart_data()
    {
        QTest::addColumn<QByteArray>("network");
        QTest::newRow("a prefix past the address's bits") << QByteArray("10.0.0.0/33");
        QTest::newRow("no address") << QByteArray("intranet");
        QTest::newRow("a prefix that is no number") << QByteArray("10.0.0.0/x");
    }
    void aMalformedAllowedNetworkStopsTheStart()
    {
        QFETCH(QByteArray, network);
        try {
            helpdesk::integrations::sharing::OutboundAddressPolicy policy({network.toStdString()});
            QFAIL("accepted");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(std::string(e.what()).find(network.toStdString()) != std::string::npos, e.what());
        }
    }

    void aDeskWithoutAllowedNetworksReachesNoPrivatePartner()
    {
        // Desk D runs as in production: no sharing-allowed-networks. Partner URLs (ours to invite,
        // and the files a partner's comments link to) on loopback, link-local (the cloud metadata
        // service) or private addresses are refused before any connection, and the refusal is shown.
        auto conninfo = m_a->database().createDatabase("restricted_d");
        TestServer d(conninfo, [](helpdesk::app::ServerConfig &config) { config.sharingAllowedNetworks.clear(); });
        ApiClient dAdmin(d.port());
        QCOMPARE(dAdmin.login("admin@test.example", d.adminPassword()).status, 200);
        setPublicUrl(dAdmin, d.port());

        auto *listener = new Redirector(closedPort(), Poco::Net::HTTPResponse::HTTP_TEMPORARY_REDIRECT); // counts hits
        Poco::Net::HTTPServer server(listener, Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0)),
                                     new Poco::Net::HTTPServerParams);
        server.start();
        const std::vector<std::pair<std::string, std::string>> partners{
            {"http://127.0.0.1:" + str(server.port()) + "/sharing", "loopback"},
            {"http://169.254.169.254/sharing", "link-local"},
            {"http://10.20.30.40/sharing", "private"}};
        for (const auto &[url, why] : partners) {
            auto body = json("{}");
            body->set("receiver_url", url);
            body->set("name", std::string("Desk D"));
            auto made = dAdmin.post("/api/v1/sharing/agreements", body);
            QCOMPARE(made.status, 201);
            auto uuid = made.object("agreement")->getValue<std::string>("uuid");
            QTRY_VERIFY_WITH_TIMEOUT(!agreementWith(dAdmin, uuid)->isNull("last_error"), 20000);
            auto error = agreementWith(dAdmin, uuid)->getValue<std::string>("last_error");
            QVERIFY2(error.find(why) != std::string::npos &&
                         error.find("sharing-allowed-networks") != std::string::npos,
                     error.c_str());
            QCOMPARE(agreementWith(dAdmin, uuid)->getValue<std::int64_t>("pending_requests"), 1LL);
            auto id = agreementWith(dAdmin, uuid)->getValue<std::int64_t>("id");
            auto log = dAdmin.get("/api/v1/sharing/agreements/" + str(id) + "/log").array("log");
            QVERIFY(log->size() >= 1);
            QVERIFY(log->getObject(0)->isNull("status"));
        }

        // A partner shares a ticket with D whose comment links a file on D's loopback: not fetched.
        const auto agreementUuid = wire::randomHex40();
        const auto key = wire::randomHex40();
        auto invitation = json(R"({"name":"Partner P","allows_public_comments":true,"sync_tags":false,
                                   "sync_custom_fields":false,"status":"pending"})");
        invitation->set("uuid", agreementUuid);
        invitation->set("access_key", key);
        invitation->set("sender_url", "http://127.0.0.1:" + str(closedPort()) + "/sharing");
        invitation->set("receiver_url", baseOf(d.port()));
        ApiClient raw(d.port());
        QCOMPARE(
            raw.send("POST", "/sharing/agreements/" + agreementUuid, helpdesk::protocol::toJsonText(invitation)).status,
            201);
        auto id = agreementWith(dAdmin, agreementUuid)->getValue<std::int64_t>("id");
        auto accept = json("{}");
        accept->set("group_id",
                    dAdmin.get("/api/v1/groups").array("groups")->getObject(0)->getValue<std::int64_t>("id"));
        QCOMPARE(dAdmin.post("/api/v1/sharing/agreements/" + str(id) + "/accept", accept).status, 200);
        const auto ticketUuid = wire::randomHex40();
        auto share = json(R"({"subject":"A file on your own network","status":"open",
 "requester":{"uuid":"9b80c133a40fdd3bf6f8b7a9d4cda0e4aa3a615e","name":"Joe User"},
 "comments":[{"uuid":"59e8c53b6b8b0e1d3c0e2e1ab1b1a6bd2e4aecd2","author":{"uuid":"9b80c133a40fdd3bf6f8b7a9d4cda0e4aa3a615e","name":"Joe User"},
              "body":"See the file.","authored_at":"2010-11-24 14:13:54 -0800","attachments":[]}]})");
        auto file = json(R"({"filename":"secret.txt"})");
        file->set("url", "http://127.0.0.1:" + str(server.port()) + "/secret.txt");
        share->getArray("comments")->getObject(0)->getArray("attachments")->add(file);
        share->set("uuid", ticketUuid);
        auto posted = raw.send("POST", "/sharing/tickets/" + ticketUuid, helpdesk::protocol::toJsonText(share),
                               "application/json", {{"X-Ticket-Sharing-Token", agreementUuid + ":" + key}});
        QCOMPARE(posted.status, 201);
        QCOMPARE(listener->hits.load(), 0);
        pqxx::connection connection(conninfo);
        pqxx::read_transaction tx(connection);
        const std::string shown = tx.exec1("SELECT a.body_text FROM articles a JOIN ticket_shares s ON s.ticket_id = "
                                           "a.ticket_id WHERE s.uuid = '" +
                                           ticketUuid + "'")[0]
                                      .c_str();
        QVERIFY2(shown.find("secret.txt: not fetched") != std::string::npos &&
                     shown.find("loopback") != std::string::npos,
                 shown.c_str());
        server.stop();
    }

    void aRefusedRequestWithABodyClosesTheConnection_data()
    {
        QTest::addColumn<QByteArray>("requestLine");
        QTest::newRow("an unknown sharing resource (404)")
            << QByteArray("POST /sharing/widgets/") + kExampleUuid + " HTTP/1.1";
        QTest::newRow("a ticket without a token (401)")
            << QByteArray("PUT /sharing/tickets/") + kExampleUuid + " HTTP/1.1";
        QTest::newRow("a bad uuid (422)") << QByteArray("PUT /sharing/agreements/nope HTTP/1.1");
        QTest::newRow("a shared file link with a body (404)")
            << QByteArray("GET /sharing/attachments/00?expires=1&signature=x HTTP/1.1");
    }
    void aRefusedRequestWithABodyClosesTheConnection()
    {
        // The body is itself a request: were it left on a kept-alive connection, it would be
        // answered as one (request smuggling behind a proxy that pools connections).
        QFETCH(QByteArray, requestLine);
        const std::string smuggled =
            "GET /sharing/agreements/" + std::string(kExampleUuid) + " HTTP/1.1\r\nHost: x\r\n\r\n";
        const std::string request = requestLine.toStdString() +
                                    "\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                    "Content-Length: " +
                                    str(static_cast<std::int64_t>(smuggled.size())) + "\r\n\r\n" + smuggled;
        Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(m_b->port())));
        socket.setReceiveTimeout(Poco::Timespan(10, 0));
        socket.sendBytes(request.data(), static_cast<int>(request.size()));
        std::string answer;
        std::array<char, 4096> chunk{};
        try {
            for (int n; (n = socket.receiveBytes(chunk.data(), static_cast<int>(chunk.size()))) > 0;)
                answer.append(chunk.data(), static_cast<std::size_t>(n));
        } catch (const Poco::TimeoutException &) {
            QFAIL("the connection stayed open after the refusal");
        }
        std::size_t answers = 0;
        for (auto at = answer.find("HTTP/1.1 "); at != std::string::npos; at = answer.find("HTTP/1.1 ", at + 1))
            ++answers;
        QVERIFY2(answers == 1, answer.c_str());
    }

    void anAdminSetsAnAgreementsStatusMapAndReadsItBack()
    {
        auto admin = m_a->as("admin");
        const auto path = statusMapPath(admin, mappedAgreement());
        auto defaults = admin.get(path);
        QCOMPARE(defaults.status, 200);
        QCOMPARE(mapped(defaults.object("status_map"), "outbound", "closed"), std::string("solved"));
        QCOMPARE(mapped(defaults.object("status_map"), "inbound", "hold"), std::string("pending_reminder"));

        auto set = admin.put(path, json(R"({"outbound":{"closed":"Closed","pending_reminder":"hold"},
                                            "inbound":{"hold":"pending_close"}})"));
        QCOMPARE(set.status, 200);
        auto read = admin.get(path).object("status_map");
        QCOMPARE(mapped(read, "outbound", "closed"), std::string("closed")); // words are kept lower-case
        QCOMPARE(mapped(read, "outbound", "pending_reminder"), std::string("hold"));
        QCOMPARE(mapped(read, "inbound", "hold"), std::string("pending_close"));
        // What was not set keeps its default.
        QCOMPARE(mapped(read, "outbound", "open"), std::string("open"));
        QCOMPARE(mapped(read, "inbound", "solved"), std::string("closed"));
        // Another agreement keeps the defaults: the map is the agreement's.
        auto other = invite(baseOf(m_b->port()), "Unmapped");
        QCOMPARE(mapped(admin.get(statusMapPath(admin, other)).object("status_map"), "outbound", "closed"),
                 std::string("solved"));
        // An agent may not read it, nor change it.
        QCOMPARE(m_a->as("alphaFull").get(path).status, 403);
        QCOMPARE(m_a->as("alphaFull").put(path, json(R"({"outbound":{"closed":"closed"}})")).status, 403);
        QCOMPARE(admin.get("/api/v1/sharing/agreements/999999/status_map").status, 404);
    }

    void aStatusMapWithUnknownStatesOrWordsIsRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("named"); // the refusal names what was wrong
        QTest::newRow("a word no peer knows") << QByteArray(R"({"outbound":{"closed":"done"}})") << 422
                                              << QByteArray("outbound.closed") << QByteArray("done");
        QTest::newRow("a state this desk has not") << QByteArray(R"({"outbound":{"archived":"closed"}})") << 422
                                                   << QByteArray("outbound.archived") << QByteArray("archived");
        QTest::newRow("a partner word outside the notes")
            << QByteArray(R"({"inbound":{"in_progress":"open"}})") << 422 << QByteArray("inbound.in_progress")
            << QByteArray("in_progress");
        QTest::newRow("a word cannot merge a ticket") << QByteArray(R"({"inbound":{"closed":"merged"}})") << 422
                                                      << QByteArray("inbound.closed") << QByteArray("merged");
        QTest::newRow("a state that is no state") << QByteArray(R"({"inbound":{"hold":"waiting"}})") << 422
                                                  << QByteArray("inbound.hold") << QByteArray("waiting");
        QTest::newRow("a word that is no text")
            << QByteArray(R"({"outbound":{"closed":3}})") << 422 << QByteArray("outbound.closed") << QByteArray("text");
        QTest::newRow("a direction that is no map")
            << QByteArray(R"({"outbound":"solved"})") << 400 << QByteArray("outbound") << QByteArray("object");
        QTest::newRow("a third direction")
            << QByteArray(R"({"sideways":{"open":"open"}})") << 400 << QByteArray("sideways") << QByteArray("sideways");
    }
    void aStatusMapWithUnknownStatesOrWordsIsRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, named);
        auto admin = m_a->as("admin");
        const auto path = statusMapPath(admin, mappedAgreement());
        const auto before = admin.get(path).raw;
        QVERIFY(before.find("status_map") != std::string::npos);
        // A good entry beside the bad one is not taken either.
        auto sent = json(body.toStdString());
        if (!sent->has("inbound"))
            sent->set("inbound", json(R"({"new":"closed"})"));
        auto refused = admin.put(path, sent);
        QCOMPARE(refused.status, status);
        QCOMPARE(QByteArray::fromStdString(refused.errorField()), field);
        QVERIFY2(refused.raw.find(named.toStdString()) != std::string::npos, refused.raw.c_str());
        QCOMPARE(admin.get(path).raw, before);
    }

    void theStatusMapsApplyToASharedTicketBothWays()
    {
        // Full delegation: the status syncs both ways, through each desk's map of the agreement.
        auto uuid = acceptedAgreement();
        QVERIFY2(wire::isUuid(uuid), uuid.c_str());
        auto adminA = m_a->as("admin");
        auto adminB = m_b->as("admin");
        QVERIFY(agreementWith(adminA, uuid)->getValue<bool>("allows_public_comments"));
        // A sends "hold" for a ticket waiting for a reminder, which B takes as waiting to close;
        // B sends "closed" (not "solved") for a closed ticket, which A takes as waiting to close.
        QCOMPARE(adminA
                     .put(statusMapPath(adminA, uuid),
                          json(R"({"outbound":{"pending_reminder":"hold"},"inbound":{"closed":"pending_close"}})"))
                     .status,
                 200);
        QCOMPARE(adminB
                     .put(statusMapPath(adminB, uuid),
                          json(R"({"outbound":{"closed":"closed"},"inbound":{"hold":"pending_close"}})"))
                     .status,
                 200);

        const auto ticket = m_a->openTicket("Alpha", "carol", "Status mapped");
        auto share = json("{}");
        share->set("agreement_id", agreementWith(adminA, uuid)->getValue<std::int64_t>("id"));
        auto shared = m_a->as("alphaFull").post("/api/v1/tickets/" + str(ticket) + "/shares", share);
        QCOMPARE(shared.status, 201);
        const auto ticketUuid = shared.object("share")->getValue<std::string>("uuid");
        const auto copySql = "SELECT coalesce(max(ticket_id), 0) FROM ticket_shares WHERE direction = 'inbound' AND "
                             "uuid = '" +
                             ticketUuid + "'";
        QTRY_VERIFY_WITH_TIMEOUT(m_b->scalar(copySql) > 0, 20000);
        const auto copy = m_b->scalar(copySql);

        auto waiting = json(R"({"pending_until":"2031-01-01T00:00:00Z"})");
        waiting->set("state_id", m_a->stateOfType("pending_reminder"));
        QCOMPARE(m_a->as("alphaFull").patch("/api/v1/tickets/" + str(ticket), waiting).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(stateTypeOf(*m_b, copy), std::string("pending_close"), 20000);

        auto closing = json("{}");
        closing->set("state_id", m_b->stateOfType("closed"));
        QCOMPARE(m_b->as("alphaFull").patch("/api/v1/tickets/" + str(copy), closing).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(stateTypeOf(*m_a, ticket), std::string("pending_close"), 20000);
        // What went over the wire is the mapped word.
        QVERIFY(m_b->scalar("SELECT count(*) FROM sharing_outbox WHERE path = '/tickets/" + ticketUuid +
                            "' AND body::jsonb->>'status' = 'closed'") >= 1);
    }

    void invitationLimitsAreTheDesksAcrossServersAndRestarts()
    {
        // Later tests (and a rerun) start with an empty count again.
        struct Forget {
            Desk &desk;
            ~Forget() { desk.exec("DELETE FROM sharing_invitation_attempts"); }
        } forget{*m_b};
        auto elsewhere = [&](int port, const std::string &from) {
            auto uuid = wire::randomHex40();
            auto body = json(exampleInvitation(uuid));
            body->set("receiver_url", std::string("https://elsewhere.example/sharing"));
            ApiClient raw(port);
            raw.setSourceAddress(from);
            return raw.send("POST", "/sharing/agreements/" + uuid, helpdesk::protocol::toJsonText(body));
        };
        // One address spends its hour on B; then a server that was not running then (as after a
        // restart) on B's database starts and refuses that address too.
        for (int i = 0; i < 20; ++i)
            QCOMPARE(elsewhere(m_b->port(), "127.0.3.1").status, 422);
        QVERIFY(!m_bTwin);
        m_bTwin = std::make_unique<TestServer>(m_b->database().conninfo());
        const int twin = m_bTwin->port();
        auto refused = elsewhere(twin, "127.0.3.1");
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.retryAfter() > 3500 && refused.retryAfter() <= 3600);
        QVERIFY2(refused.raw.find("from this address") != std::string::npos, refused.raw.c_str());
        QCOMPARE(elsewhere(m_b->port(), "127.0.3.1").status, 429);
        QCOMPARE(elsewhere(twin, "127.0.3.2").status, 422);

        // Both servers fill the desk's hour together (200 from all addresses), each address under its own limit.
        const auto spent = m_b->scalar("SELECT count(*) FROM sharing_invitation_attempts");
        QVERIFY(spent >= 21 && spent < 200);
        for (auto i = spent; i < 200; ++i)
            QCOMPARE(elsewhere(i % 2 ? twin : m_b->port(), "127.0.4." + str(1 + i / 19)).status, 422);
        for (int port : {m_b->port(), twin}) {
            auto full = elsewhere(port, "127.0.5.1");
            QCOMPARE(full.status, 429);
            QVERIFY(full.retryAfter() > 0 && full.retryAfter() <= 3600);
            QVERIFY2(full.raw.find("too many invitations arrive here") != std::string::npos, full.raw.c_str());
        }
        QCOMPARE(m_b->scalar("SELECT count(*) FROM sharing_invitation_attempts"), 200LL);
    }

    void oneAddressSendsAtMostTwentyInvitationsAnHour()
    {
        // Before the cap below is reached. Counted whatever becomes of them (these are refused as meant for another
        // desk), per address.
        auto elsewhere = [&](const std::string &from) {
            auto uuid = wire::randomHex40();
            auto body = json(exampleInvitation(uuid));
            body->set("receiver_url", std::string("https://elsewhere.example/sharing"));
            return toB("POST", "/agreements/" + uuid, helpdesk::protocol::toJsonText(body), {}, "application/json",
                       from);
        };
        for (int i = 0; i < 20; ++i)
            QCOMPARE(elsewhere("127.0.2.1").status, 422);
        auto refused = elsewhere("127.0.2.1");
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.retryAfter() > 0);
        QCOMPARE(elsewhere("127.0.2.2").status, 422);
    }

    void unansweredInvitationsAreCapped()
    {
        // Anyone may invite; past 50 unanswered invitations a desk answers 429 (the sender retries later).
        auto b = m_b->as("admin");
        auto pendingHere = [&] {
            int n = 0;
            auto agreements = b.get("/api/v1/sharing/agreements").array("agreements");
            for (std::size_t i = 0; i < agreements->size(); ++i) {
                auto a = agreements->getObject(static_cast<unsigned>(i));
                n += a->getValue<std::string>("role") == "receiver" && a->getValue<std::string>("status") == "pending";
            }
            return n;
        };
        const int before = pendingHere();
        QVERIFY(before < 50);
        // From several addresses: one address may send only 20 an hour.
        auto from = [](int i) { return "127.0.1." + std::to_string(1 + i / 15); };
        for (int i = before; i < 50; ++i) {
            auto uuid = wire::randomHex40();
            QCOMPARE(
                toB("POST", "/agreements/" + uuid, exampleInvitation(uuid), {}, "application/json", from(i)).status,
                201);
        }
        auto uuid = wire::randomHex40();
        auto refused = toB("POST", "/agreements/" + uuid, exampleInvitation(uuid), {}, "application/json", from(50));
        QCOMPARE(refused.status, 429);
        QCOMPARE(pendingHere(), 50);
        // Declining one makes room for the next.
        auto first = agreementWith(b, kExampleUuid);
        QVERIFY(first);
        QCOMPARE(
            b.post("/api/v1/sharing/agreements/" + str(first->getValue<std::int64_t>("id")) + "/decline", json("{}"))
                .status,
            200);
        QCOMPARE(toB("POST", "/agreements/" + uuid, exampleInvitation(uuid), {}, "application/json", from(50)).status,
                 201);
    }
};

QTEST_GUILESS_MAIN(TestSharingAgreements)
#include "tst_sharing_agreements.moc"
