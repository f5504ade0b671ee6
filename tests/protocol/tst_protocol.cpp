// The shared protocol library: every message type survives a round trip, malformed and unknown
// input is refused with the offending field, and the version check names the side to upgrade.

#include "protocol/Messages.h"
#include "protocol/ProtocolError.h"

#include <QtTest>

using namespace helpdesk::protocol;

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void requestRoundTrip()
    {
        Request r;
        r.id = "42";
        r.method = "ticket.create";
        r.params = parseJsonObject(R"({"title":"Printer","group_id":3})");
        r.idempotencyKey = "6f1c";
        auto back = Request::fromJson(parseJsonObject(toJsonText(r.toJson())));
        QCOMPARE(back.id, std::string("42"));
        QCOMPARE(back.method, std::string("ticket.create"));
        QCOMPARE(back.idempotencyKey.value(), std::string("6f1c"));
        QCOMPARE(back.params->getValue<int>("group_id"), 3);
    }

    void responseWithErrorRoundTrip()
    {
        Response r;
        r.id = "7";
        r.error = ErrorBody{"validation_failed", "title is required", "title"};
        auto back = Response::fromJson(parseJsonObject(toJsonText(r.toJson())));
        QVERIFY(back.error.has_value());
        QCOMPARE(back.error->code, std::string("validation_failed"));
        QCOMPARE(back.error->field, std::string("title"));
    }

    void errorThatSaysWhenToRetryCarriesRetryAfter()
    {
        Response r;
        r.id = "8";
        r.error = ErrorBody::of(ApiError::retryLater(ErrorCode::TooManyRequests, "slow down", 42));
        auto back = Response::fromJson(parseJsonObject(toJsonText(r.toJson())));
        QCOMPARE(back.error->code, std::string("too_many_requests"));
        QCOMPARE(back.error->retryAfter.value_or(0), 42);
        auto plain = Response::fromJson(parseJsonObject(
            toJsonText(Response{"9", nullptr, ErrorBody::of(ApiError(ErrorCode::NotFound, "gone"))}.toJson())));
        QVERIFY2(!plain.error->retryAfter, "no retry_after on errors that do not say when");
    }

    void ticketRoundTrip()
    {
        Ticket t;
        t.id = 5;
        t.number = 10007;
        t.title = "Zażółć gęślą jaźń";
        t.groupId = 2;
        t.ownerId = 9;
        t.customerId = 11;
        t.stateId = 1;
        t.stateType = "new";
        t.priorityId = 2;
        t.tags = {"vip", "printer"};
        t.custom = parseJsonObject(R"({"contract":"gold"})");
        t.createdAt = "2026-11-24T10:00:00Z";
        auto back = Ticket::fromJson(parseJsonObject(toJsonText(t.toJson())));
        QCOMPARE(back.title, t.title);
        QCOMPARE(back.number, t.number);
        QCOMPARE(back.ownerId.value(), std::int64_t(9));
        QVERIFY(!back.organizationId.has_value());
        QCOMPARE(back.tags, t.tags);
        QCOMPARE(back.custom->getValue<std::string>("contract"), std::string("gold"));
    }

    void articleRoundTrip()
    {
        Article a;
        a.id = 1;
        a.ticketId = 5;
        a.internal = true;
        a.sender = "agent";
        a.channel = "note";
        a.bodyText = "line one\nline two";
        a.bodyHtml = "<p>line one</p>";
        AttachmentRef ref;
        ref.sha256 = std::string(64, 'a');
        ref.filename = "log.txt";
        ref.contentType = "text/plain";
        ref.size = 12;
        a.attachments.push_back(ref);
        auto back = Article::fromJson(parseJsonObject(toJsonText(a.toJson())));
        QCOMPARE(back.internal, true);
        QCOMPARE(back.bodyText, a.bodyText);
        QCOMPARE(back.bodyHtml.value(), a.bodyHtml.value());
        QCOMPARE(back.attachments.size(), std::size_t(1));
        QCOMPARE(back.attachments[0].filename, std::string("log.txt"));
    }

    void eventRoundTrip()
    {
        Event e;
        e.seq = 99;
        e.kind = "ticket.updated";
        e.ticketId = 5;
        e.at = "2026-11-24T10:00:00Z";
        e.data = parseJsonObject(R"({"changed":["state_id"]})");
        auto back = Event::fromJson(parseJsonObject(toJsonText(e.toJson())));
        QCOMPARE(back.seq, std::int64_t(99));
        QCOMPARE(back.ticketId.value(), std::int64_t(5));
        QVERIFY(!back.actorId.has_value());
    }

    void ticketCreateParamsRoundTrip()
    {
        TicketCreateParams p;
        p.title = "Phone call";
        p.groupId = 1;
        p.customerEmail = "carol@example.org";
        p.tags = {"phone"};
        ArticleParams a;
        a.channel = "phone_in";
        a.bodyText = "Called about the invoice";
        p.article = a;
        auto back = TicketCreateParams::fromJson(parseJsonObject(toJsonText(p.toJson())));
        QCOMPARE(back.customerEmail.value(), std::string("carol@example.org"));
        QCOMPARE(back.article->channel, std::string("phone_in"));
    }

    void badInputIsRefusedWithItsField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("an unknown top-level field is named") << R"({"title":"x","group_id":1,"colour":"red"})"
                                                             << "bad_request"
                                                             << "colour";
        QTest::newRow("an unknown field inside the article is named with its path")
            << R"({"title":"x","group_id":1,"article":{"body_text":"b","sender":"x"}})"
            << "bad_request"
            << "article.sender";
        QTest::newRow("a string where a number belongs is refused") << R"({"title":"x","group_id":"one"})"
                                                                    << "bad_request"
                                                                    << "group_id";
        QTest::newRow("a missing required field is named") << R"({"group_id":1})"
                                                           << "bad_request"
                                                           << "title";
        QTest::newRow("tags must be strings") << R"({"title":"x","group_id":1,"tags":[1,2]})"
                                              << "bad_request"
                                              << "tags";
        QTest::newRow("an attachment without sha256 is refused")
            << R"({"title":"x","group_id":1,"article":{"attachments":[{"filename":"a"}]}})"
            << "bad_request"
            << "article.attachments[0].sha256";
    }

    void badInputIsRefusedWithItsField()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, field);
        try {
            TicketCreateParams::fromJson(parseJsonObject(text.toStdString()));
            QFAIL("accepted bad input");
        } catch (const ApiError &e) {
            QCOMPARE(QString::fromUtf8(errorCodeName(e.code())), code);
            QCOMPARE(QString::fromStdString(e.field()), field);
            QCOMPARE(e.httpStatus(), 400);
        }
    }

    void malformedJsonSaysWhere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("truncated object") << R"({"title": "x")";
        QTest::newRow("not an object") << R"([1,2,3])";
        QTest::newRow("garbage") << "hello";
        QTest::newRow("empty text") << "";
    }

    void malformedJsonSaysWhere()
    {
        QFETCH(QString, text);
        try {
            parseJsonObject(text.toStdString());
            QFAIL("accepted malformed JSON");
        } catch (const ApiError &e) {
            QCOMPARE(e.code(), ErrorCode::BadRequest);
            QVERIFY(std::string(e.what()).find("malformed JSON") != std::string::npos);
        }
    }

    void versionCheckNamesTheSideToUpgrade()
    {
        QVERIFY(checkProtocolVersion(2, 2, 2, "client").empty());
        auto tooOld = checkProtocolVersion(3, 2, 1, "client");
        QVERIFY(tooOld.find("upgrade the client") != std::string::npos);
        auto tooNew = checkProtocolVersion(2, 1, 5, "client");
        QVERIFY(tooNew.find("upgrade this side (the server)") != std::string::npos);
    }

    void errorCodesMapToStatuses_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("bad request is 400") << int(ErrorCode::BadRequest) << 400;
        QTest::newRow("unauthenticated is 401") << int(ErrorCode::Unauthenticated) << 401;
        QTest::newRow("forbidden is 403") << int(ErrorCode::Forbidden) << 403;
        QTest::newRow("not found is 404") << int(ErrorCode::NotFound) << 404;
        QTest::newRow("conflict is 409") << int(ErrorCode::Conflict) << 409;
        QTest::newRow("payload too large is 413") << int(ErrorCode::PayloadTooLarge) << 413;
        QTest::newRow("validation failed is 422") << int(ErrorCode::ValidationFailed) << 422;
        QTest::newRow("too many requests is 429") << int(ErrorCode::TooManyRequests) << 429;
        QTest::newRow("unavailable is 503") << int(ErrorCode::Unavailable) << 503;
        QTest::newRow("a missing second factor is 401") << int(ErrorCode::TwoFactorRequired) << 401;
        QTest::newRow("a wrong second factor is 401") << int(ErrorCode::TwoFactorInvalid) << 401;
        QTest::newRow("a session limited to two-factor setup is refused with 403")
            << int(ErrorCode::TwoFactorSetupRequired) << 403;
    }

    void errorCodesMapToStatuses()
    {
        QFETCH(int, code);
        QFETCH(int, status);
        QCOMPARE(httpStatusFor(static_cast<ErrorCode>(code)), status);
        QCOMPARE(errorCodeFromName(errorCodeName(static_cast<ErrorCode>(code))), static_cast<ErrorCode>(code));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
