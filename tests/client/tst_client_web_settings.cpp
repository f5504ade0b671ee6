// The "Web pages and sign-on" section of the admins' settings pane (offscreen) against a real
// server: it shows whether the requester portal is offered and the single sign-on header option as
// the server has them; an admin turns the portal off and sets up the proxy's header, addresses and
// realm map, which the server then holds; a header the server refuses is shown next to its field
// and changes nothing.

#include "AdminSettingsPane.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;

class TestClientWebSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    AdminSettingsPane m_pane;
    SettingsWindow *m_settings = nullptr;

    /// The server's settings of `which` (portal, sso), read through the API.
    helpdesk::protocol::JsonObject serverSettings(const std::string &which)
    {
        return m_desk->as("admin").get("/api/v1/settings/" + which).object("settings");
    }

    QString status() const { return m_settings->findChild<QLabel *>(QStringLiteral("status"))->text(); }

    /// Opens the section and waits until its form holds what the server has.
    void openSection()
    {
        m_settings->showKind(QStringLiteral("web"));
        QTRY_COMPARE_WITH_TIMEOUT(m_settings->items()->rowCount(), 1, 10000);
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        QVERIFY(m_pane.open(*m_desk));
        m_settings = &m_pane.settings();
    }

    void cleanupTestCase()
    {
        m_pane.close();
        m_desk.reset();
    }

    void theSectionShowsWhatTheServerHas()
    {
        openSection();
        auto *portal = m_settings->findChild<QCheckBox *>(QStringLiteral("portal_enabled"));
        auto *sso = m_settings->findChild<QCheckBox *>(QStringLiteral("sso_enabled"));
        auto *header = m_settings->findChild<QLineEdit *>(QStringLiteral("sso_header"));
        QVERIFY(portal && sso && header);
        QTRY_VERIFY_WITH_TIMEOUT(portal->isChecked(), 10000); // offered by default
        QVERIFY(!sso->isChecked());                           // off by default
        QCOMPARE(header->text(), QStringLiteral("X-Remote-User"));
    }

    void anAdminTurnsThePortalOffAndSetsUpSingleSignOn()
    {
        openSection();
        m_settings->setField(QStringLiteral("portal_enabled"), QStringLiteral("false"));
        m_settings->setField(QStringLiteral("sso_enabled"), QStringLiteral("true"));
        m_settings->setField(QStringLiteral("sso_header"), QStringLiteral("X-Forwarded-User"));
        m_settings->setField(QStringLiteral("sso_proxies"), QStringLiteral("127.0.0.1, ::1"));
        m_settings->setField(QStringLiteral("sso_realm_domains"), QStringLiteral("EXAMPLE.ORG=example.org"));
        m_settings->save();
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Saved."), 10000);

        QCOMPARE(serverSettings("portal")->getValue<bool>("enabled"), false);
        auto sso = serverSettings("sso");
        QCOMPARE(sso->getValue<bool>("enabled"), true);
        QCOMPARE(sso->getValue<std::string>("header"), std::string("X-Forwarded-User"));
        auto proxies = sso->getArray("proxies");
        QCOMPARE(proxies->size(), 2u);
        QCOMPARE(proxies->getElement<std::string>(1), std::string("::1"));
        QCOMPARE(sso->getObject("realm_domains")->getValue<std::string>("EXAMPLE.ORG"), std::string("example.org"));

        // Opened again, the form shows what was stored.
        m_settings->showKind(QStringLiteral("mail"));
        openSection();
        QTRY_VERIFY_WITH_TIMEOUT(!m_settings->findChild<QCheckBox *>(QStringLiteral("portal_enabled"))->isChecked(),
                                 10000);
        QCOMPARE(m_settings->findChild<QLineEdit *>(QStringLiteral("sso_realm_domains"))->text(),
                 QStringLiteral("EXAMPLE.ORG=example.org"));
    }

    void aRefusedHeaderIsShownAtItsField()
    {
        openSection();
        m_settings->setField(QStringLiteral("portal_enabled"), QStringLiteral("true"));
        m_settings->setField(QStringLiteral("sso_header"), QStringLiteral("Authorization"));
        m_settings->save();
        QTRY_VERIFY_WITH_TIMEOUT(!m_settings->errorOf(QStringLiteral("sso_header")).isEmpty(), 10000);
        QVERIFY(m_settings->errorOf(QStringLiteral("sso_header")).contains(QStringLiteral("Authorization")));
        QVERIFY(status().startsWith(QStringLiteral("Not saved")));
        QCOMPARE(serverSettings("sso")->getValue<std::string>("header"), std::string("X-Forwarded-User"));
    }
};

QTEST_MAIN(TestClientWebSettings)
#include "tst_client_web_settings.moc"
