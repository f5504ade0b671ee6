// The rule that turns the name a reverse proxy vouches for into an account's address
// (domain::ProxyUserName), without a server: a mapped realm becomes its mail domain, any other
// address stays as it is, a bare name matches by local part, and names that name no one are
// refused. The lookup (one account, ambiguity refused) is tests/web/test_proxy_sign_on.py.

#include "domain/ProxySignOn.h"

#include <QtTest>

using helpdesk::domain::ProxyUserName;

class TestProxyUserName : public QObject
{
    Q_OBJECT

private slots:
    void mapsTheName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("named");
        QTest::addColumn<bool>("byLocalPart");
        QTest::addColumn<QString>("value");
        auto row = [](const char *sentence, const char *name, bool named, bool byLocalPart, const char *value) {
            QTest::newRow(sentence) << QString::fromUtf8(name) << named << byLocalPart << QString::fromUtf8(value);
        };
        row("a principal of a mapped realm is an address of its domain", "anna@EXAMPLE.ORG", true, false,
            "anna@example.org");
        row("realms match in any case", "Anna@example.org", true, false, "anna@example.org");
        row("a second realm maps to its own domain", "bert@CORP.EXAMPLE", true, false, "bert@corp.example");
        row("an unmapped realm is taken as an address", "carl@OTHER.EXAMPLE", true, false, "carl@other.example");
        row("an address stays an address", "dora@mail.example", true, false, "dora@mail.example");
        row("a bare name matches by local part", "Emil", true, true, "emil");
        row("empty names no one", "", false, false, "");
        row("a space names no one", "anna smith", false, false, "");
        row("a Windows DOMAIN\\user names no one", "EXAMPLE\\anna", false, false, "");
        row("two '@' name no one", "anna@EXAMPLE.ORG@evil.example", false, false, "");
        row("nothing before '@' names no one", "@EXAMPLE.ORG", false, false, "");
        row("nothing after '@' names no one", "anna@", false, false, "");
        row("a control character names no one", "anna\n@EXAMPLE.ORG", false, false, "");
        row("longer than an address names no one", (std::string(250, 'a') + "@x.org").c_str(), false, false, "");
    }

    void mapsTheName()
    {
        QFETCH(QString, name);
        QFETCH(bool, named);
        QFETCH(bool, byLocalPart);
        QFETCH(QString, value);
        const std::map<std::string, std::string> realms{{"EXAMPLE.ORG", "example.org"},
                                                        {"CORP.EXAMPLE", "corp.example"}};
        auto parsed = ProxyUserName::parse(name.toStdString(), realms);
        QCOMPARE(parsed.has_value(), named);
        if (!parsed)
            return;
        QCOMPARE(parsed->byLocalPart, byLocalPart);
        QCOMPARE(QString::fromStdString(parsed->value), value);
    }

    void offByDefault()
    {
        const helpdesk::domain::ProxySignOnSettings settings;
        QVERIFY(!settings.enabled);
        QCOMPARE(QString::fromStdString(settings.header), QStringLiteral("X-Remote-User"));
        QVERIFY(settings.proxies.empty());
    }
};

QTEST_GUILESS_MAIN(TestProxyUserName)
#include "tst_proxy_user_name.moc"
