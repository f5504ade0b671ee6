// The ticket share payload of the Networked Help Desk without a server: the walkthrough's
// example read as a partner sends it, dates in both forms, `public` defaulting to true, unknown
// fields and any status word accepted, uuids derived as the walkthrough does; a payload built from
// one of our tickets under full and partial delegation, with tags, custom fields and signed file
// links only as the terms say; and the changes a PUT carries (nothing when nothing changed).

#include "domain/SharingWire.h"
#include "integrations/sharing/SharePayloadBuilder.h"
#include "integrations/sharing/TicketPayload.h"
#include "protocol/ProtocolError.h"

#include <Poco/URI.h>

#include <QtTest>

using namespace helpdesk::integrations::sharing;
using helpdesk::protocol::parseJsonObject;
using helpdesk::protocol::toJsonText;

namespace {
// The walkthrough's share (nhd.md 1.5), uuids written out in full.
const char *kWalkthroughShare =
    R"({"uuid":"8c0c8a19a3c598be24047eee940c7ce4c259d1bb","subject":"Trial expiry time mismatch",
 "requested_at":"2010-11-24 14:13:54 -0800","status":"open",
 "requester":{"uuid":"9b80c133a40fdd3bf6f8b7a9d4cda0e4aa3a615e","name":"Joe User"},
 "comments":[{"uuid":"59e8c53b6b8b0e1d3c0e2e1ab1b1a6bd2e4aecd2","author":{"uuid":"9b80c133a40fdd3bf6f8b7a9d4cda0e4aa3a615e","name":"Joe User"},
              "body":"Hello Company Support, I would like some help.","authored_at":"2010-11-24 14:13:54 -0800"},
             {"uuid":"4a7542fc4dc0b56b2b1e45e3d2d43a3e5c1cfc87","author":{"uuid":"127fabf8c9b7de3b7c2ab1b5d4c93f19b30b8116","name":"Agent Smith","role":"agent"},
              "body":"Hello Joe, How can I help you?","authored_at":"2010-11-24 14:25:23 -0800"}]})";

const std::string kSecret = "0123456789abcdef0123456789abcdef";
constexpr std::int64_t kNow = 1'800'000'000;

helpdesk::protocol::Article article(std::int64_t id, bool internal, const std::string &body)
{
    helpdesk::protocol::Article a;
    a.id = id;
    a.internal = internal;
    a.sender = "agent";
    a.bodyText = body;
    a.createdAt = "2026-12-07T05:00:0" + std::to_string(id) + ".123456Z";
    return a;
}

helpdesk::protocol::Ticket ourTicket()
{
    helpdesk::protocol::Ticket t;
    t.id = 7;
    t.number = 10007;
    t.title = "Printer on fire";
    t.stateType = "pending_reminder";
    t.tags = {"hardware", "urgent"};
    t.custom = parseJsonObject(R"({"asset":"PR-12","floors":[1,2]})");
    t.createdAt = "2026-12-07T04:59:00Z";
    return t;
}

std::vector<LocalComment> ourComments()
{
    auto withFile = article(2, true, "checked the fuse");
    helpdesk::protocol::AttachmentRef file;
    file.sha256 = std::string(64, 'a');
    file.filename = "fuse.jpg";
    file.contentType = "image/jpeg";
    withFile.attachments.push_back(file);
    return {{article(1, false, "We are on it."), {"u1", "Alice", "agent"}, "c1"},
            {withFile, {"u1", "Alice", "agent"}, "c2"}};
}

SharePayloadBuilder builder()
{
    return SharePayloadBuilder(StatusMap::withOverrides(nullptr),
                               SharedFileLinks("http://desk.example/sharing", kSecret), kNow);
}
} // namespace

class TestSharingPayload : public QObject
{
    Q_OBJECT

private slots:
    void readsTheWalkthroughShare()
    {
        auto t = parseSharedTicket(parseJsonObject(kWalkthroughShare));
        QCOMPARE(t.uuid, std::string("8c0c8a19a3c598be24047eee940c7ce4c259d1bb"));
        QCOMPARE(*t.subject, std::string("Trial expiry time mismatch"));
        QCOMPARE(*t.requestedAt, std::string("2010-11-24T22:13:54Z"));
        QCOMPARE(*t.status, std::string("open"));
        QCOMPARE(t.requester->name, std::string("Joe User"));
        QVERIFY(!t.requester->isAgent());
        QCOMPARE(t.comments.size(), std::size_t{2});
        QVERIFY2(t.comments[0].isPublic && t.comments[1].isPublic, "a comment that does not say is public");
        QCOMPARE(t.comments[1].author.name, std::string("Agent Smith"));
        QVERIFY(t.comments[1].author.isAgent());
        QCOMPARE(t.comments[1].authoredAt, std::string("2010-11-24T22:25:23Z"));
        QVERIFY2(!t.tags && !t.customFields, "fields the partner did not send stay unset");
    }

    void readsDatesInBothForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("the gem's form with a negative offset") << "2010-11-24 14:13:54 -0800"
                                                               << "2010-11-24T22:13:54Z";
        QTest::newRow("the gem's form in UTC") << "2010-11-24 22:13:54 +0000"
                                               << "2010-11-24T22:13:54Z";
        QTest::newRow("an offset with a colon (RT)") << "2010-11-25 00:13:54 +02:00"
                                                     << "2010-11-24T22:13:54Z";
        QTest::newRow("ISO 8601 with Z") << "2010-11-24T22:13:54Z"
                                         << "2010-11-24T22:13:54Z";
        QTest::newRow("ISO 8601 with fractions") << "2010-11-24T22:13:54.250Z"
                                                 << "2010-11-24T22:13:54Z";
        QTest::newRow("ISO 8601 with an offset") << "2010-11-24T14:13:54-08:00"
                                                 << "2010-11-24T22:13:54Z";
        QTest::newRow("ISO 8601 with fractions and an offset") << "2010-11-25T00:13:54.250+02:00"
                                                               << "2010-11-24T22:13:54Z";
        QTest::newRow("no zone is taken as UTC") << "2010-11-24 22:13:54"
                                                 << "2010-11-24T22:13:54Z";
        QTest::newRow("an offset crossing the year") << "2011-01-01 01:00:00 +0200"
                                                     << "2010-12-31T23:00:00Z";
        QTest::newRow("a date alone is no time") << "2010-11-24"
                                                 << "";
        QTest::newRow("a month 13 is no time") << "2010-13-24 22:13:54 +0000"
                                               << "";
        QTest::newRow("words are no time") << "yesterday"
                                           << "";
    }

    void readsDatesInBothForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        auto parsed = isoFromWireDate(text.toStdString());
        QCOMPARE(QString::fromStdString(parsed.value_or("")), iso);
        if (parsed) // and written back in the form every peer reads
            QCOMPARE(isoFromWireDate(helpdesk::domain::sharing::wireDateFromIso(*parsed)), parsed);
    }

    void writesDatesAsTheGemDoes()
    {
        QCOMPARE(helpdesk::domain::sharing::wireDateFromIso("2026-12-07T05:00:01.123456Z"),
                 std::string("2026-12-07 05:00:01 +0000"));
    }

    void readsPublicLiberally_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("isPublic");
        QTest::newRow("omitted is public") << "" << true;
        QTest::newRow("null is public") << R"(,"public":null)" << true;
        QTest::newRow("true is public") << R"(,"public":true)" << true;
        QTest::newRow("false is private") << R"(,"public":false)" << false;
        QTest::newRow("the string false is private") << R"(,"public":"false")" << false;
        QTest::newRow("zero is private") << R"(,"public":0)" << false;
    }

    void readsPublicLiberally()
    {
        QFETCH(QString, field);
        QFETCH(bool, isPublic);
        auto t = parseSharedTicket(
            parseJsonObject(R"({"uuid":"x","comments":[{"uuid":"c","body":"hi")" + field.toStdString() + "}]}"));
        QCOMPARE(t.comments.at(0).isPublic, isPublic);
    }

    void keepsUuidsOfTwoHundredCharacters()
    {
        const std::string longest(200, 'a');
        auto t =
            parseSharedTicket(parseJsonObject(R"({"requester":{"uuid":")" + longest + R"("},"comments":[{"uuid":")" +
                                              longest + R"(","author":{"uuid":")" + longest + R"("}}]})"));
        QCOMPARE(t.requester->uuid, longest);
        QCOMPARE(t.comments.at(0).uuid, longest);
        QCOMPARE(t.comments.at(0).author.uuid, longest);
    }

    void ignoresUnknownFieldsAndKeepsAnyStatus()
    {
        auto t = parseSharedTicket(parseJsonObject(
            R"({"uuid":"x","status":"Waiting on Vendor","custom_status":{"id":3},"priority":"high",
                "tags":"billing  vip billing","comments":[{"body":"no uuid","authored_at":"2010-11-24 14:13:54 -0800",
                "author":{"uuid":"a","name":"N"},"mood":"sunny"}]})"));
        QCOMPARE(*t.status, std::string("Waiting on Vendor"));
        QCOMPARE(*t.tags, (std::vector<std::string>{"billing", "vip"}));
        QVERIFY2(helpdesk::domain::sharing::isUuid(t.comments.at(0).uuid),
                 "a comment without uuid gets one to be deduplicated by");
        auto again = parseSharedTicket(parseJsonObject(R"({"comments":[{"body":"no uuid",
                "authored_at":"2010-11-24T22:13:54Z","author":{"uuid":"a","name":"N"}}]})"));
        QCOMPARE(again.comments.at(0).uuid, t.comments.at(0).uuid);
    }

    void refusesValuesNoReadingCanUse_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("a subject that is an object") << R"({"subject":{"a":1}})";
        QTest::newRow("comments that are a string") << R"({"comments":"hello"})";
        QTest::newRow("a comment that is a number") << R"({"comments":[1]})";
        QTest::newRow("custom fields that are a list") << R"({"custom_fields":[1]})";
        // Uuids longer than the desk keeps (200 characters): refused by name, not by the database.
        const auto tooLong = QString(201, QLatin1Char('a'));
        QTest::newRow("a comment uuid of 201 characters")
            << QStringLiteral(R"({"comments":[{"uuid":"%1","body":"x"}]})").arg(tooLong);
        QTest::newRow("an author uuid of 201 characters")
            << QStringLiteral(R"({"comments":[{"body":"x","author":{"uuid":"%1"}}]})").arg(tooLong);
        QTest::newRow("a requester uuid of 201 characters")
            << QStringLiteral(R"({"requester":{"uuid":"%1"}})").arg(tooLong);
        QTest::newRow("a current actor uuid of 201 characters")
            << QStringLiteral(R"({"current_actor":{"uuid":"%1"}})").arg(tooLong);
    }

    void refusesValuesNoReadingCanUse()
    {
        QFETCH(QString, body);
        QVERIFY_THROWS_EXCEPTION(helpdesk::protocol::ApiError, parseSharedTicket(parseJsonObject(body.toStdString())));
    }

    void mapsStatuses_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("stateType");
        QTest::newRow("open") << "open"
                              << "open";
        QTest::newRow("new") << "new"
                             << "new";
        QTest::newRow("pending waits") << "pending"
                                       << "pending_reminder";
        QTest::newRow("Zendesk's hold waits") << "hold"
                                              << "pending_reminder";
        QTest::newRow("solved closes") << "solved"
                                       << "closed";
        QTest::newRow("closed closes") << "closed"
                                       << "closed";
        QTest::newRow("any case") << " Solved "
                                  << "closed";
        QTest::newRow("an unknown word is open") << "Waiting on Vendor"
                                                 << "open";
    }

    void mapsStatuses()
    {
        QFETCH(QString, word);
        QFETCH(QString, stateType);
        QCOMPARE(QString::fromStdString(StatusMap::withOverrides(nullptr).inbound(word.toStdString())), stateType);
    }

    void sendsOnlyWordsEveryPeerAccepts()
    {
        auto map = StatusMap::withOverrides(nullptr);
        for (const auto *type : {"new", "open", "pending_reminder", "pending_close", "closed", "merged"}) {
            const auto word = map.outbound(type);
            QVERIFY2(word == "open" || word == "pending" || word == "solved", type); // RT takes no other
        }
        auto custom = StatusMap::withOverrides(
            parseJsonObject(R"({"outbound":{"closed":"closed"},"inbound":{"Waiting on Vendor":"pending_reminder"}})"));
        QCOMPARE(custom.outbound("closed"), std::string("closed"));
        QCOMPARE(custom.inbound("waiting on vendor"), std::string("pending_reminder"));
        QVERIFY_THROWS_EXCEPTION(helpdesk::protocol::ApiError,
                                 StatusMap::withOverrides(parseJsonObject(R"({"inbound":{"x":"lost"}})")));
    }

    void derivesUuidsAsTheWalkthrough()
    {
        using helpdesk::domain::sharing::uuidFor;
        QCOMPARE(uuidFor("http://mycompany.net/sharing", "tickets", 1),
                 std::string("ed46838bfb41461e4f3b16ba471162c8e2764260"));
        QVERIFY(uuidFor("http://mycompany.net/sharing", "comments", 1) !=
                uuidFor("http://mycompany.net/sharing", "tickets", 1));
    }

    void buildsAShareByTheTerms_data()
    {
        QTest::addColumn<bool>("full");
        QTest::addColumn<bool>("tags");
        QTest::addColumn<bool>("fields");
        QTest::addColumn<int>("comments");
        QTest::newRow("full delegation sends private comments as private") << true << false << false << 2;
        QTest::newRow("partial delegation sends only public comments") << false << false << false << 1;
        QTest::newRow("tags when the terms sync them") << false << true << false << 1;
        QTest::newRow("custom fields when the terms sync them") << false << false << true << 1;
    }

    void buildsAShareByTheTerms()
    {
        QFETCH(bool, full);
        QFETCH(bool, tags);
        QFETCH(bool, fields);
        QFETCH(int, comments);
        ShareContext share{"t1", {full, tags, fields}, true, true};
        auto t = builder().build(ourTicket(), {"r1", "Rita", ""}, ourComments(), share);
        QCOMPARE(*t.subject, std::string("Printer on fire"));
        QCOMPARE(*t.status, std::string("pending"));
        QCOMPARE(t.requester->name, std::string("Rita"));
        QCOMPARE(int(t.comments.size()), comments);
        QVERIFY(t.comments[0].isPublic);
        if (full)
            QVERIFY2(!t.comments[1].isPublic, "a private comment stays private");
        QCOMPARE(t.tags.has_value(), tags);
        QCOMPARE(bool(t.customFields), fields);
        if (fields)
            QCOMPARE(toJsonText(t.customFields), std::string(R"({"asset":"PR-12","floors":[1,2]})"));

        auto wire = toJson(t);
        QCOMPARE(wire->getValue<std::string>("requested_at"), std::string("2026-12-07 04:59:00 +0000"));
        auto back = parseSharedTicket(parseJsonObject(toJsonText(wire)));
        QCOMPARE(back.comments.size(), t.comments.size());
        QCOMPARE(back.comments[0].authoredAt, std::string("2026-12-07T05:00:01Z"));
        QCOMPARE(back.comments[0].uuid, std::string("c1"));
    }

    void theReceiverUnderPartialDelegationWritesOnlyPrivately()
    {
        ShareContext share{"t1", {false, false, false}, false, false};
        auto t = builder().build(ourTicket(), {"r1", "Rita", ""}, ourComments(), share);
        QCOMPARE(t.comments.size(), std::size_t{2});
        QVERIFY(!t.comments[0].isPublic && !t.comments[1].isPublic);
        QVERIFY2(!t.status, "the status is not synced under partial delegation");
    }

    void signsFileLinksThatExpire()
    {
        ShareContext share{"t1", {true, false, false}, true, true, 42};
        auto t = builder().build(ourTicket(), {"r1", "Rita", ""}, ourComments(), share);
        const auto &file = t.comments.at(1).attachments.at(0);
        QCOMPARE(file.filename, std::string("fuse.jpg"));
        QCOMPARE(file.contentType, std::string("image/jpeg"));
        const auto sha = std::string(64, 'a');
        QVERIFY(file.url.rfind("http://desk.example/sharing/attachments/" + sha + "?agreement=42&expires=", 0) == 0);

        Poco::URI uri(file.url);
        std::int64_t expires = 0;
        std::string signature;
        for (const auto &[key, value] : uri.getQueryParameters()) {
            if (key == "expires")
                expires = std::stoll(value);
            if (key == "signature")
                signature = value;
        }
        SharedFileLinks links("http://desk.example/sharing", kSecret);
        QCOMPARE(expires, kNow + SharedFileLinks::kValidSeconds);
        QVERIFY(links.verify(sha, 42, expires, signature, kNow));
        QVERIFY2(!links.verify(sha, 42, expires, signature, expires + 1), "an expired link is refused");
        QVERIFY2(!links.verify(sha, 42, expires + 3600, signature, kNow), "a lengthened expiry is refused");
        QVERIFY2(!links.verify(std::string(64, 'b'), 42, expires, signature, kNow), "another file is refused");
        QVERIFY2(!links.verify(sha, 43, expires, signature, kNow), "another agreement's partner is refused");
        QVERIFY2(
            !SharedFileLinks("http://desk.example/sharing", "another secret").verify(sha, 42, expires, signature, kNow),
            "another desk's secret is refused");
    }

    void updatesCarryOnlyWhatChanged()
    {
        ShareContext share{"t1", {true, true, true}, true, true};
        auto first = builder().build(ourTicket(), {"r1", "Rita", ""}, ourComments(), share);
        SyncedState synced;
        synced.absorb(first);
        // Stored and read back, as the share keeps it between changes.
        synced = SyncedState::fromJson(parseJsonObject(toJsonText(synced.toJson())));
        share.firstShare = false;
        QVERIFY2(
            !synced.changesTo(builder().build(ourTicket(), {"r1", "Rita", ""}, ourComments(), share)).carriesChanges(),
            "an unchanged ticket sends nothing");

        auto ticket = ourTicket();
        ticket.stateType = "closed";
        ticket.tags.push_back("resolved");
        auto comments = ourComments();
        comments.push_back({article(3, false, "Fixed."), {"u1", "Alice", "agent"}, "c3"});
        auto put = synced.changesTo(builder().build(ticket, {"r1", "Rita", ""}, comments, share));
        QCOMPARE(*put.status, std::string("solved"));
        QCOMPARE(put.tags->size(), std::size_t{3});
        QVERIFY2(!put.subject && !put.customFields, "unchanged fields are left out");
        QCOMPARE(put.comments.size(), std::size_t{1});
        QCOMPARE(put.comments[0].uuid, std::string("c3"));
        auto wire = toJson(put);
        QVERIFY2(!wire->has("requester") && !wire->has("subject"), "a PUT is not a full share");
    }
};

QTEST_APPLESS_MAIN(TestSharingPayload)
#include "tst_sharing_payload.moc"
