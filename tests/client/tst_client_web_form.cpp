// A group's web form in the admins' settings pane (offscreen) against a real server: the group's
// form shows its address under the server's public address and the HTML to copy into a site; the
// admin turns the form on, names the sites that may embed it and asks for a new address, and the
// server then has exactly that.

#include "client/AdminSettingsPane.h"
#include "ui/WebFormEditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QtTest>

#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;

class TestClientWebForm : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    AdminSettingsPane m_pane;

    /// Alpha's group as the server has it.
    helpdesk::protocol::JsonObject alpha()
    {
        auto groups = m_desk->as("admin").get("/api/v1/groups").array("groups");
        for (unsigned i = 0; i < groups->size(); ++i)
            if (groups->getObject(i)->getValue<std::int64_t>("id") == m_desk->alpha())
                return groups->getObject(i);
        return nullptr;
    }

    QString alphasKey() { return QString::fromStdString(alpha()->getValue<std::string>("web_form_key")); }

    WebFormEditor *editAlpha()
    {
        if (!QTest::qWaitFor([&] { return m_pane.rowNamed(QStringLiteral("Alpha")) >= 0; }, 10000))
            return nullptr;
        m_pane.settings().editRow(m_pane.rowNamed(QStringLiteral("Alpha")));
        return m_pane.settings().findChild<WebFormEditor *>(QStringLiteral("web_form_key"));
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        QCOMPARE(m_desk->as("admin")
                     .patch("/api/v1/settings/mail", json(R"({"public_url":"https:\/\/help.example.com"})"))
                     .status,
                 200);
        QVERIFY(m_pane.open(*m_desk));
    }

    void cleanupTestCase()
    {
        m_pane.close();
        m_desk.reset();
    }

    void theFormsAddressAndHtmlAreShown()
    {
        m_pane.settings().showKind(QStringLiteral("group"));
        auto *form = editAlpha();
        QVERIFY(form);
        const auto address = QStringLiteral("https://help.example.com/form/") + alphasKey();
        QTRY_COMPARE_WITH_TIMEOUT(form->formUrl(), address, 10000);
        QVERIFY(form->snippet().contains(QStringLiteral("<iframe src=\"%1\"").arg(address)));
        QVERIFY(form->snippet().contains(QStringLiteral("<form method=\"post\" action=\"%1\">").arg(address)));
        QVERIFY(!form->wantsNewKey());
    }

    void theAdminTurnsItOnNamesSitesAndRenewsTheAddress()
    {
        m_pane.settings().showKind(QStringLiteral("group"));
        auto *form = editAlpha();
        QVERIFY(form);
        const auto oldKey = alphasKey();
        m_pane.settings().setField(QStringLiteral("web_form_enabled"), QStringLiteral("true"));
        m_pane.settings().setField(QStringLiteral("web_form_sites"),
                                   QStringLiteral("https://shop.example, https://www.shop.example"));
        form->findChild<QCheckBox *>(QStringLiteral("webFormNewKey"))->setChecked(true);
        m_pane.settings().save();
        QTRY_VERIFY_WITH_TIMEOUT(alphasKey() != oldKey, 10000);
        auto group = alpha();
        QVERIFY(group->getValue<bool>("web_form_enabled"));
        auto sites = group->getArray("web_form_sites");
        QCOMPARE(sites->size(), 2u);
        QCOMPARE(sites->getElement<std::string>(0), std::string("https://shop.example"));
        QCOMPARE(sites->getElement<std::string>(1), std::string("https://www.shop.example"));
        // The reloaded form shows the new address, and saving again keeps it.
        const auto newKey = alphasKey();
        QTRY_VERIFY_WITH_TIMEOUT(editAlpha()->formUrl().endsWith(newKey), 10000);
        QVERIFY(!editAlpha()->wantsNewKey());
        m_pane.settings().save();
        QTRY_COMPARE_WITH_TIMEOUT(m_pane.settings().findChild<QLabel *>(QStringLiteral("status"))->text(),
                                  QStringLiteral("Saved."), 10000);
        QCOMPARE(alphasKey(), newKey);
    }
};

QTEST_MAIN(TestClientWebForm)
#include "tst_client_web_form.moc"
