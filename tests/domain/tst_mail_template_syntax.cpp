// Mail templates without a server: the shipped texts are complete in all six languages and fit
// their placeholders; an admin's broken template is refused with the line and column of the
// mistake; values go into plain-text mail exactly as typed (mustache's HTML escaping would turn
// "&" into "&amp;"); sections leave no stray blank lines.

#include "domain/MailSettings.h"
#include "domain/MailTemplateCatalog.h"
#include "domain/MailTemplates.h"
#include "domain/TemplateSyntax.h"

#include <QtTest>

using namespace helpdesk::domain;

namespace {
const MailTemplateSpec &spec(const char *name)
{
    return *MailTemplateCatalog::builtIn().find(name);
}

/// The shipped texts of `name` in `language`, rendered with `values` over every placeholder's sample.
WrittenMail shippedWith(const std::string &name, const std::string &language,
                        const std::map<std::string, std::string> &values)
{
    MailValues samples;
    for (const auto &placeholder : spec(name.c_str()).placeholders) {
        if (placeholder.term.empty())
            samples.text[placeholder.name] = placeholder.sample;
        else
            samples.terms[placeholder.name] = placeholder.term;
    }
    for (const auto &[key, value] : values)
        samples.text[key] = value;
    auto texts = MailTemplateCatalog::builtIn().shipped(name, language).value();
    auto filled = MailTemplates::valuesFor(MailSettings{}, name, language, samples);
    return {MailTemplates::render(texts.subject, filled), MailTemplates::render(texts.body, filled), language};
}
} // namespace

class TestMailTemplateSyntax : public QObject
{
    Q_OBJECT

private slots:
    void theShippedTextsAreCompleteInEveryLanguage()
    {
        auto problems = MailTemplateCatalog::builtIn().problems();
        QStringList lines;
        for (const auto &problem : problems)
            lines << QString::fromStdString(problem);
        QVERIFY2(problems.empty(), qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(MailTemplateCatalog::languages().size(), std::size_t(6));
        QVERIFY(MailTemplateCatalog::builtIn().templates().size() >= 15);
    }

    void everyShippedTextRendersWithoutATagLeft_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("language");
        for (const auto &t : MailTemplateCatalog::builtIn().templates())
            for (const auto &language : MailTemplateCatalog::languages())
                QTest::addRow("%s in %s", t.name.c_str(), language.c_str())
                    << QString::fromStdString(t.name) << QString::fromStdString(language);
    }

    void everyShippedTextRendersWithoutATagLeft()
    {
        QFETCH(QString, name);
        QFETCH(QString, language);
        auto mail = shippedWith(name.toStdString(), language.toStdString(), {});
        QVERIFY(!mail.subject.empty());
        QVERIFY(mail.subject.find('\n') == std::string::npos);
        QVERIFY2(mail.body.size() > 20, mail.body.c_str());
        QVERIFY2(mail.subject.find("{{") == std::string::npos && mail.body.find("{{") == std::string::npos,
                 mail.body.c_str());
        QVERIFY2(mail.body.find("\n\n\n") == std::string::npos, mail.body.c_str()); // sections leave no gap
    }

    void aBrokenTemplateIsFoundWithItsPlace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("a placeholder the template knows is fine") << "Dear {{customer_name}}," << 0 << 0 << "";
        QTest::newRow("a section and an inverted one are fine")
            << "{{#portal_url}}See {{portal_url}}{{/portal_url}}{{^portal_url}}-{{/portal_url}}" << 0 << 0 << "";
        QTest::newRow("a comment and the unescaped forms are fine")
            << "{{! for the lab }}{{{ticket_title}}} {{& group_name}}" << 0 << 0 << "";
        QTest::newRow("a tag never closed") << "Dear {{customer_name," << 1 << 6 << "not closed";
        QTest::newRow("a misspelt placeholder on the third line")
            << "Hello,\n\nticket {{ticket_numbr}} is open" << 3 << 8 << "ticket_numbr";
        QTest::newRow("a section never closed, named where it opens")
            << "Thanks.\n{{#portal_url}}\nFollow it here" << 2 << 1 << "never closed";
        QTest::newRow("a section closed by another name")
            << "{{#portal_url}}x{{/customer_name}}" << 1 << 17 << "opened at line 1, column 1";
        QTest::newRow("a closing tag that closes nothing") << "x {{/portal_url}}" << 1 << 3 << "closes no section";
        QTest::newRow("a partial") << "{{> footer}}" << 1 << 1 << "partials";
        QTest::newRow("changed delimiters") << "{{=<% %>=}}" << 1 << 1 << "delimiters";
        QTest::newRow("an empty tag") << "Hi {{ }}" << 1 << 4 << "empty";
        QTest::newRow("triple braces never closed") << "{{{ticket_title}}" << 1 << 1 << "}}}";
        QTest::newRow("columns count characters, not bytes") << "Grüße {{kunde}}" << 1 << 7 << "kunde";
    }

    void aBrokenTemplateIsFoundWithItsPlace()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        auto problem = TemplateSyntax::check(text.toStdString(), spec(mailtemplates::kAcknowledgement));
        if (line == 0) {
            QVERIFY2(!problem, problem ? problem->message.c_str() : "");
            return;
        }
        QVERIFY(problem);
        QCOMPARE(static_cast<int>(problem->line), line);
        QCOMPARE(static_cast<int>(problem->column), column);
        QVERIFY2(problem->message.find(says.toStdString()) != std::string::npos, problem->message.c_str());
        QCOMPARE(problem->where(), "line " + std::to_string(line) + ", column " + std::to_string(column));
    }

    void valuesStayAsTypedInTextMail_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a plain placeholder") << "{{ticket_title}}";
        QTest::newRow("a placeholder with spaces") << "{{ ticket_title }}";
        QTest::newRow("triple braces") << "{{{ticket_title}}}";
        QTest::newRow("the ampersand form") << "{{&ticket_title}}";
        QTest::newRow("inside a section") << "{{#ticket_title}}{{ticket_title}}{{/ticket_title}}";
    }

    void valuesStayAsTypedInTextMail()
    {
        QFETCH(QString, text);
        const std::string title = R"(<b>Tom & "Jerry"</b> isn't / \ {{x}})";
        auto rendered = MailTemplates::render(text.toStdString(), {{"ticket_title", title}});
        QCOMPARE(rendered, title);
    }

    void thePortalSectionAppearsOnlyWithALink()
    {
        auto with = shippedWith(mailtemplates::kAcknowledgement, "en", {{"portal_url", "https://desk.example/"}});
        QVERIFY2(with.body.find("at any time here:\nhttps://desk.example/\n\nYour Support team") != std::string::npos,
                 with.body.c_str());
        auto without = shippedWith(mailtemplates::kAcknowledgement, "en", {{"portal_url", ""}});
        QVERIFY2(without.body.find("https://") == std::string::npos, without.body.c_str());
        QVERIFY2(without.body.find("write about it.\n\nYour Support team") != std::string::npos, without.body.c_str());
    }

    void aTermIsWrittenInTheMailsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::newRow("English") << "en"
                                 << "solution";
        QTest::newRow("German") << "de"
                                << "Lösung";
        QTest::newRow("Russian") << "ru"
                                 << "решение";
    }

    void aTermIsWrittenInTheMailsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        auto mail = shippedWith(mailtemplates::kAgentSlaBreach, language.toStdString(), {});
        QVERIFY2(mail.subject.find(word.toStdString()) != std::string::npos, mail.subject.c_str());
    }

    void languageTagsAreKeyedOneWay()
    {
        QCOMPARE(MailTemplates::normalizedLanguage("de_AT"), std::string("de-at"));
        QCOMPARE(MailTemplates::normalizedLanguage(" RU "), std::string("ru"));
    }
};

QTEST_APPLESS_MAIN(TestMailTemplateSyntax)
#include "tst_mail_template_syntax.moc"
