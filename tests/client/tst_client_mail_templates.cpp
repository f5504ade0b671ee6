// The mail templates in the admins' settings pane (offscreen) against a real server: a group's
// "Mail templates…" opens the editor on that group's texts; choosing a template and a language
// shows its texts; Preview shows the server's rendering with sample values, or the line and
// column of a mistake; Save stores the group's text (the server then has it), Reset to default
// brings the shipped one back; the desk's own templates open from the outgoing mail settings; and
// the group's acknowledgement options are saved with the group.

#include "access/HelpdeskAccess.h"
#include "models/PanelModel.h"
#include "support/Desk.h"
#include "ui/MailTemplateEditor.h"
#include "ui/SettingsWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;

class TestClientMailTemplates : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    QTemporaryDir m_dir;
    std::unique_ptr<HelpdeskAccess> m_admin;
    std::unique_ptr<SettingsWindow> m_settings;

    /// The row of the settings list whose `name` is `name`, or -1.
    int rowNamed(const QString &name) const
    {
        for (int row = 0; row < m_settings->items()->rowCount(); ++row)
            if (m_settings->items()->row(row).value(QStringLiteral("name")).toString() == name)
                return row;
        return -1;
    }

    /// The Alpha group's mail templates, opened from its form.
    MailTemplateEditor *alphasTemplates()
    {
        m_settings->showKind(QStringLiteral("group"));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("Alpha")) >= 0, 10000); }();
        m_settings->editRow(rowNamed(QStringLiteral("Alpha")));
        return m_settings->editMailTemplates();
    }

    /// The Alpha group's override of the German acknowledgement on the server ("" when none).
    std::string alphasGermanSubject()
    {
        auto r = m_desk->as("admin").get("/api/v1/mail_templates/acknowledgement/de?group_id=" +
                                         std::to_string(m_desk->alpha()));
        auto entry = r.object("template");
        return entry->getValue<std::string>("subject_from") == "group" ? entry->getValue<std::string>("subject") : "";
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        m_admin = std::make_unique<HelpdeskAccess>(m_dir.path(), std::make_unique<SessionSecretStore>());
        QSignalSpy progress(&m_admin->session(), &AccountSession::syncProgress);
        m_admin->session().signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_desk->port())),
                                  QStringLiteral("admin@test.example"),
                                  QString::fromStdString(m_desk->server().adminPassword()));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toBool(), 20000);
        m_settings = std::make_unique<SettingsWindow>(m_admin->admin(), m_admin->directory());
        m_settings->resize(1200, 800);
        m_settings->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_settings.get()));
    }

    void cleanupTestCase()
    {
        m_settings.reset();
        m_admin.reset();
        m_desk.reset();
    }

    void aGroupsTemplateIsEditedPreviewedSavedAndReset()
    {
        auto *editor = alphasTemplates();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QVERIFY(editor->windowTitle().contains(QStringLiteral("Alpha")));
        auto *templates = editor->findChild<QComboBox *>(QStringLiteral("template"));
        QTRY_VERIFY_WITH_TIMEOUT(templates->findData(QStringLiteral("acknowledgement")) >= 0, 10000);
        // A group changes only the mail about its work, not the account mails.
        QCOMPARE(templates->findData(QStringLiteral("password_reset")), -1);

        editor->choose(QStringLiteral("acknowledgement"), QStringLiteral("de"));
        QTRY_COMPARE_WITH_TIMEOUT(editor->subject(), QStringLiteral("Wir haben Ihre Nachricht erhalten"), 10000);
        QCOMPARE(editor->source(), QStringLiteral("the default text"));
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("placeholders"))
                    ->text()
                    .contains(QStringLiteral("{{portal_url}}")));

        // The server renders unsaved texts with sample values...
        editor->setTexts(QStringLiteral("Eingang {{ticket_number}}"),
                         QStringLiteral("Hallo {{customer_name}} & Team <Alpha>"));
        editor->preview();
        QTRY_VERIFY_WITH_TIMEOUT(editor->previewText().contains(QStringLiteral("Hallo Dana Fischer & Team <Alpha>")),
                                 10000);
        QVERIFY(editor->previewText().contains(QStringLiteral("Subject: Eingang 10042")));
        // ...and says where a broken one breaks, which the server then refuses to store.
        editor->setTexts(QStringLiteral("Eingang"), QStringLiteral("Hallo,\n{{#portal_url}}\nLink"));
        editor->preview();
        QTRY_VERIFY_WITH_TIMEOUT(editor->previewText().contains(QStringLiteral("Text, line 2, column 1")), 10000);
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(editor->status().contains(QStringLiteral("line 2, column 1")), 10000);
        QCOMPARE(alphasGermanSubject(), std::string());

        editor->setTexts(QStringLiteral("Eingang {{ticket_number}}"), QStringLiteral("Hallo {{customer_name}}"));
        editor->save();
        QTRY_COMPARE_WITH_TIMEOUT(editor->status(), QStringLiteral("Saved."), 10000);
        QCOMPARE(editor->source(), QStringLiteral("this group"));
        QCOMPARE(alphasGermanSubject(), std::string("Eingang {{ticket_number}}"));

        editor->reset();
        QTRY_COMPARE_WITH_TIMEOUT(editor->subject(), QStringLiteral("Wir haben Ihre Nachricht erhalten"), 10000);
        QCOMPARE(editor->source(), QStringLiteral("the default text"));
        QCOMPARE(alphasGermanSubject(), std::string());
        editor->close();
    }

    void theDesksOwnTemplatesOpenFromTheOutgoingMailSettings()
    {
        m_settings->showKind(QStringLiteral("mail"));
        auto *editor = m_settings->editMailTemplates();
        QVERIFY(editor);
        auto *templates = editor->findChild<QComboBox *>(QStringLiteral("template"));
        QTRY_VERIFY_WITH_TIMEOUT(templates->findData(QStringLiteral("password_reset")) >= 0, 10000);
        editor->choose(QStringLiteral("password_reset"), QStringLiteral("ru"));
        QTRY_COMPARE_WITH_TIMEOUT(editor->subject(), QStringLiteral("Сброс пароля"), 10000);
        editor->close();
    }

    void theAcknowledgementOptionsAreSavedWithTheGroup()
    {
        m_settings->showKind(QStringLiteral("group"));
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("Beta")) >= 0, 10000);
        m_settings->editRow(rowNamed(QStringLiteral("Beta")));
        m_settings->setField(QStringLiteral("acknowledge_after_acceptance"), QStringLiteral("true"));
        m_settings->setField(QStringLiteral("acknowledgement_portal_link"), QStringLiteral("true"));
        m_settings->setField(QStringLiteral("acknowledgement_portal_domains"),
                             QStringLiteral("lab.example, @Staff.Example"));
        m_settings->setField(QStringLiteral("default_language"), QStringLiteral("de"));
        m_settings->save();
        auto beta = [&] {
            auto groups = m_desk->as("admin").get("/api/v1/groups").array("groups");
            for (unsigned i = 0; i < groups->size(); ++i)
                if (groups->getObject(i)->getValue<std::int64_t>("id") == m_desk->beta())
                    return groups->getObject(i);
            return helpdesk::protocol::JsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(beta()->getValue<bool>("acknowledge_after_acceptance"), 10000);
        QVERIFY(beta()->getValue<bool>("acknowledgement_portal_link"));
        QCOMPARE(helpdesk::protocol::toJsonText([&] {
                     auto holder = helpdesk::protocol::newObject();
                     holder->set("d", beta()->get("acknowledgement_portal_domains"));
                     return holder;
                 }()),
                 std::string(R"({"d":["lab.example","staff.example"]})"));
        QCOMPARE(beta()->getValue<std::string>("default_language"), std::string("de"));
        // Saving the group again from the form leaves its acknowledgement texts alone.
        m_settings->setField(QStringLiteral("default_language"), QString());
        m_settings->save();
        QTRY_VERIFY_WITH_TIMEOUT(beta()->isNull("default_language"), 10000);
        auto ack = m_desk->as("admin").get("/api/v1/mail_templates/acknowledgement/en?group_id=" +
                                           std::to_string(m_desk->beta()));
        QCOMPARE(ack.object("template")->getValue<std::string>("subject_from"), std::string("default"));
    }
};

QTEST_MAIN(TestClientMailTemplates)
#include "tst_client_mail_templates.moc"
