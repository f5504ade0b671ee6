// The mail templates in the admins' settings pane (offscreen) against a real server: a group's
// "Mail templates…" opens the editor on that group's texts; choosing a template and a language
// shows its texts; Preview shows the server's rendering with sample values, or the line and
// column of a mistake; Save stores the group's text (the server then has it), Reset to default
// brings the shipped one back; the desk's own templates open from the outgoing mail settings; and
// the group's acknowledgement options are saved with the group.

#include "client/AdminSettingsPane.h"
#include "ui/MailTemplateEditor.h"
#include "ui/SettingsWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;

class TestClientMailTemplates : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    AdminSettingsPane m_pane;

    /// The Alpha group's mail templates, opened from its form.
    MailTemplateEditor *alphasTemplates()
    {
        m_pane.settings().showKind(QStringLiteral("group"));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(m_pane.rowNamed(QStringLiteral("Alpha")) >= 0, 10000); }();
        m_pane.settings().editRow(m_pane.rowNamed(QStringLiteral("Alpha")));
        return m_pane.settings().editMailTemplates();
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
        QVERIFY(m_pane.open(*m_desk));
    }

    void cleanupTestCase()
    {
        m_pane.close();
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
        m_pane.settings().showKind(QStringLiteral("mail"));
        auto *editor = m_pane.settings().editMailTemplates();
        QVERIFY(editor);
        auto *templates = editor->findChild<QComboBox *>(QStringLiteral("template"));
        QTRY_VERIFY_WITH_TIMEOUT(templates->findData(QStringLiteral("password_reset")) >= 0, 10000);
        editor->choose(QStringLiteral("password_reset"), QStringLiteral("ru"));
        QTRY_COMPARE_WITH_TIMEOUT(editor->subject(), QStringLiteral("Сброс пароля"), 10000);
        editor->close();
    }

    void theAcknowledgementOptionsAreSavedWithTheGroup()
    {
        m_pane.settings().showKind(QStringLiteral("group"));
        QTRY_VERIFY_WITH_TIMEOUT(m_pane.rowNamed(QStringLiteral("Beta")) >= 0, 10000);
        m_pane.settings().editRow(m_pane.rowNamed(QStringLiteral("Beta")));
        m_pane.settings().setField(QStringLiteral("acknowledge_after_acceptance"), QStringLiteral("true"));
        m_pane.settings().setField(QStringLiteral("acknowledgement_portal_link"), QStringLiteral("true"));
        m_pane.settings().setField(QStringLiteral("acknowledgement_portal_domains"),
                                   QStringLiteral("lab.example, @Staff.Example"));
        m_pane.settings().setField(QStringLiteral("default_language"), QStringLiteral("de"));
        m_pane.settings().save();
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
        m_pane.settings().setField(QStringLiteral("default_language"), QString());
        m_pane.settings().save();
        QTRY_VERIFY_WITH_TIMEOUT(beta()->isNull("default_language"), 10000);
        auto ack = m_desk->as("admin").get("/api/v1/mail_templates/acknowledgement/en?group_id=" +
                                           std::to_string(m_desk->beta()));
        QCOMPARE(ack.object("template")->getValue<std::string>("subject_from"), std::string("default"));
    }
};

QTEST_MAIN(TestClientMailTemplates)
#include "tst_client_mail_templates.moc"
