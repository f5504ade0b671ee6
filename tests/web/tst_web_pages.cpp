// The pure parts of the customers' pages: the language a visitor gets, the form token, the
// password policy, the escaping of the templates, and the completeness of the six catalogs (a key
// missing in one language, or a text a template names that no catalog has, fails here).

#include "domain/PasswordPolicy.h"
#include "protocol/ProtocolError.h"
#include "web/CsrfToken.h"
#include "web/LanguageChoice.h"
#include "web/PageRenderer.h"
#include "web/PageTable.h"
#include "web/StaticFiles.h"
#include "web/Translations.h"
#include "web/WebResources.h"

#include <QtTest>

#include <re2/re2.h>

#include <set>

using namespace helpdesk;

namespace {
std::optional<std::string> opt(const QString &text)
{
    return text.isNull() ? std::nullopt : std::optional(text.toStdString());
}

/// The layout's values a page needs to render at all.
mstch::map layoutValues()
{
    mstch::map texts;
    for (const auto &[key, text] : web::Translations::builtIn().catalog("en"))
        texts.emplace(key, text);
    return {{"t", texts},
            {"lang", std::string("en")},
            {"css", std::string("/static/x.css")},
            {"csrf", std::string("token")},
            {"languages", mstch::array{}},
            {"signed_in", false}};
}
} // namespace

class TestWebPages : public QObject
{
    Q_OBJECT

private slots:
    void languageIsChosen_data()
    {
        QTest::addColumn<QString>("chosenHere");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("acceptLanguage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing known gives English") << QString() << QString() << ""
                                                     << "en";
        QTest::newRow("the browser's only language") << QString() << QString() << "de"
                                                     << "de";
        QTest::newRow("a region matches its language") << QString() << QString() << "fr-CH"
                                                       << "fr";
        QTest::newRow("the highest q-value wins, not the first")
            << QString() << QString() << "ru;q=0.4, it;q=0.9, de;q=0.8"
            << "it";
        QTest::newRow("an unsupported language is passed over") << QString() << QString() << "ja, pl;q=0.5"
                                                                << "pl";
        QTest::newRow("q=0 refuses a language") << QString() << QString() << "de;q=0, fr;q=0.2"
                                                << "fr";
        QTest::newRow("only unsupported languages give English") << QString() << QString() << "ja, zh-CN"
                                                                 << "en";
        QTest::newRow("the wildcard takes the first supported") << QString() << QString() << "ja, *;q=0.1"
                                                                << "en";
        QTest::newRow("a broken q-value counts as refusal") << QString() << QString() << "de;q=abc, it;q=0.3"
                                                            << "it";
        QTest::newRow("the account's language beats the browser") << QString() << "ru"
                                                                  << "de, fr"
                                                                  << "ru";
        QTest::newRow("an account's regional tag matches") << QString() << "pl-PL"
                                                           << "de"
                                                           << "pl";
        QTest::newRow("an account language we lack falls to the browser") << QString() << "pt"
                                                                          << "it"
                                                                          << "it";
        QTest::newRow("the choice on this browser beats the account") << "fr"
                                                                      << "ru"
                                                                      << "de"
                                                                      << "fr";
        QTest::newRow("a made-up choice is ignored") << "xx" << QString() << "de"
                                                     << "de";
        QTest::newRow("upper case is read") << QString() << QString() << "DE-at"
                                            << "de";
    }
    void languageIsChosen()
    {
        QFETCH(QString, chosenHere);
        QFETCH(QString, account);
        QFETCH(QString, acceptLanguage);
        QFETCH(QString, expected);
        web::LanguageChoice choice(web::Translations::builtIn().languages());
        QCOMPARE(QString::fromStdString(choice.choose(opt(chosenHere), opt(account), acceptLanguage.toStdString())),
                 expected);
    }

    void formTokenIsBoundToItsCookie()
    {
        const std::string session = "hds_first-session-token-of-32-bytes-or-so";
        const std::string other = "hds_another-session-token-of-32-bytes-xx";
        const auto token = web::CsrfToken::forBinding(session);
        QCOMPARE(token.size(), std::size_t(43));
        QVERIFY(web::CsrfToken::matches(token, session));
        QCOMPARE(web::CsrfToken::forBinding(session), token); // stable for the session
        QVERIFY(!web::CsrfToken::matches(token, other));
        QVERIFY(!web::CsrfToken::matches(web::CsrfToken::forBinding(other), session));
        QVERIFY(!web::CsrfToken::matches("", session));
        QVERIFY(!web::CsrfToken::matches(token.substr(0, 42), session));
        QVERIFY(!web::CsrfToken::matches(token, ""));
        QVERIFY(!web::CsrfToken::matches(web::CsrfToken::forBinding(""), ""));
        QVERIFY(token.find(session) == std::string::npos);
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("weakness"); // -1: accepted
        const int tooShort = static_cast<int>(domain::PasswordWeakness::TooShort);
        const int tooCommon = static_cast<int>(domain::PasswordWeakness::TooCommon);
        QTest::newRow("nine characters are too few") << "abcdefghi" << tooShort;
        QTest::newRow("a common short one is too short first") << "password" << tooShort;
        QTest::newRow("ten digits in a row are common") << "1234567890" << tooCommon;
        QTest::newRow("a keyboard row is common") << "qwertyuiop" << tooCommon;
        QTest::newRow("common in any letter case") << "PassWord123" << tooCommon;
        QTest::newRow("a few unrelated words pass") << "correct horse battery staple" << -1;
        QTest::newRow("ten uncommon characters pass") << "Kx7#pq2!Lm" << -1;
    }
    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(int, weakness);
        auto found = domain::PasswordPolicy::weaknessOf(password.toStdString());
        QCOMPARE(found ? static_cast<int>(*found) : -1, weakness);
        if (weakness < 0) {
            domain::PasswordPolicy::require(password.toStdString());
        } else {
            try {
                domain::PasswordPolicy::require(password.toStdString());
                QFAIL("a weak password was accepted");
            } catch (const protocol::ApiError &e) {
                QCOMPARE(e.code(), protocol::ErrorCode::ValidationFailed);
                QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("password"));
            }
        }
    }
    void passwordListIsShipped() { QCOMPARE(domain::PasswordPolicy::commonPasswordCount(), std::size_t(10000)); }

    void templatesEscapeWhatTheyShow()
    {
        const auto &renderer = web::PageRenderer::builtIn();
        auto values = layoutValues();
        values["heading"] = std::string("<script>alert(1)</script>");
        values["text"] = std::string("Tom & \"Jerry\" <b>");
        auto html = renderer.render("error", values);
        QVERIFY(html.find("<script>alert(1)</script>") == std::string::npos);
        QVERIFY(html.find("&lt;script&gt;alert(1)&lt;") != std::string::npos);
        QVERIFY(html.find("Tom &amp; &quot;Jerry&quot; &lt;b&gt;") != std::string::npos);

        // An attribute value cannot be left: the quote is escaped too.
        values["email"] = std::string("\"><script>x()</script>");
        values["ask_code"] = false;
        html = renderer.render("sign-in", values);
        QVERIFY(html.find("<script>") == std::string::npos);
        QVERIFY(html.find("value=\"&quot;&gt;&lt;script&gt;") != std::string::npos);
    }

    void catalogsAreComplete()
    {
        const auto &translations = web::Translations::builtIn();
        QCOMPARE(translations.languages(), (std::vector<std::string>{"en", "de", "fr", "it", "pl", "ru"}));
        for (const auto &problem : translations.problems())
            qWarning("%s", problem.c_str());
        QVERIFY(translations.problems().empty());
        // Each language names itself differently in the language links.
        std::set<std::string> names;
        for (const auto &language : translations.languages())
            names.insert(translations.text(language, "language_name"));
        QCOMPARE(names.size(), translations.languages().size());
    }

    void aMissingKeyIsReported()
    {
        std::map<std::string, std::string_view> files{{"i18n/en.json", R"({"a": "A {name}", "b": "B"})"},
                                                      {"i18n/fr.json", R"({"a": "A sans nom", "c": "C"})"}};
        web::Translations translations(files);
        auto problems = translations.problems();
        std::sort(problems.begin(), problems.end());
        QCOMPARE(problems, (std::vector<std::string>{"fr: a lacks {name}", "fr: b missing", "fr: c unknown"}));
        QCOMPARE(translations.text("fr", "b"), std::string("B")); // English stands in
        QCOMPARE(translations.format("en", "a", {{"name", "Ann"}}), std::string("A Ann"));
    }

    void everyTextATemplateNamesExists()
    {
        static const RE2 textName("\\{\\{[#^/]?t\\.([a-z0-9_]+)\\}\\}");
        const auto &english = web::Translations::builtIn().catalog("en");
        int named = 0;
        for (const auto &[path, text] : web::webResources()) {
            if (path.rfind("templates/", 0) != 0)
                continue;
            re2::StringPiece input(text.data(), text.size());
            std::string key;
            while (RE2::FindAndConsume(&input, textName, &key)) {
                ++named;
                if (!english.count(key))
                    QFAIL(qPrintable(QString::fromStdString(path + " names the unknown text " + key)));
            }
        }
        QVERIFY(named > 20); // the pattern finds the texts at all
    }

    void routesAreDeclaredOnce()
    {
        const auto &table = web::PageTable::instance();
        for (const auto *path : {"/", "/sign-in", "/forgot-password", "/reset-password", "/accept-invitation"})
            QVERIFY2(table.route("GET", path).route, path);
        for (const auto *path : {"/sign-in", "/sign-out", "/forgot-password", "/reset-password", "/accept-invitation"})
            QVERIFY2(table.route("POST", path).route, path);
        auto signOut = table.route("GET", "/sign-out");
        QVERIFY(!signOut.route);
        QCOMPARE(signOut.allowedVerbs, std::vector<std::string>{"POST"});
        QVERIFY_THROWS_EXCEPTION(std::logic_error, web::PageTable({{"GET", "/x", nullptr}, {"GET", "/x", nullptr}}));
    }

    void styleSheetUrlCarriesItsContentHash()
    {
        auto url = web::StaticFiles::urlOf("helpdesk.css");
        QVERIFY(RE2::FullMatch(url, "/static/helpdesk\\.[0-9a-f]{12}\\.css"));
        auto file = web::StaticFiles::find(url);
        QVERIFY(file);
        QCOMPARE(file->content, web::webResource("static/helpdesk.css"));
        QVERIFY(!web::StaticFiles::find("/static/helpdesk.css"));
    }
};

QTEST_GUILESS_MAIN(TestWebPages)
#include "tst_web_pages.moc"
