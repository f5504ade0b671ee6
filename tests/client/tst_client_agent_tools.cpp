// The agent's own tools in a real (offscreen) window against a real server: new tickets from the
// dialog (e-mail, phone in, phone out; a customer looked up as the agent types, or made new),
// "I am away" and back, notification preferences and the desktop notifications they allow, the
// tray's unread count, the sign-in dialog's recent servers and "Forgot your password?", and the
// dark appearance.

#include "access/HelpdeskAccess.h"
#include "core/Replica.h"
#include "support/Desk.h"
#include "support/MailLinks.h"
#include "support/SmtpSink.h"
#include "ui/Appearance.h"
#include "ui/AwayDialog.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/NewTicketDialog.h"
#include "ui/NotificationPreferencesDialog.h"
#include "ui/UnreadTray.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;

class TestClientAgentTools : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_smtp;
    std::unique_ptr<Desk> m_desk;
    QTemporaryDir m_dir;
    std::unique_ptr<HelpdeskAccess> m_access;
    std::unique_ptr<MainWindow> m_window;

    QString serverUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_desk->port()); }

    static std::string quoted(const QString &text) { return "'" + text.toStdString() + "'"; }

    /// The window's action triggered by `keys` (menus hold them).
    QAction *actionWithShortcut(const QKeySequence &keys) const
    {
        for (auto *action : m_window->findChildren<QAction *>())
            if (action->shortcut() == keys)
                return action;
        return nullptr;
    }

    /// Opens the new-ticket dialog from the Tickets menu (Ctrl+N), as the agent would.
    NewTicketDialog *openNewTicketDialog()
    {
        auto *action = actionWithShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
        if (!action)
            return nullptr;
        action->trigger();
        auto dialogs = m_window->findChildren<NewTicketDialog *>();
        return dialogs.isEmpty() ? nullptr : dialogs.last();
    }

    /// The user as the server holds it, read by the agent.
    helpdesk::protocol::JsonObject serverUser(const std::string &who)
    {
        auto answer = m_desk->as("alphaFull").get("/api/v1/users/" + std::to_string(m_desk->userId(who)));
        return answer.status == 200 ? answer.object("user") : nullptr;
    }

    /// Opens `group`'s ticket for carol as the admin, through the API; its id.
    qint64 ticketFromOutside(const std::string &title)
    {
        auto body = json(
            R"({"title": ")" + title + R"(", "group_id": )" + std::to_string(m_desk->alpha()) +
            R"(, "customer_email": "carol@test.example", "article": {"channel": "phone_in", "body_text": "Calling about )" +
            title + R"("}})");
        auto answer = m_desk->as("admin").post("/api/v1/tickets", body);
        return answer.status == 201 ? answer.object("ticket")->getValue<qint64>("id") : 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recent servers and the appearance go to a test settings file
        QSettings().clear();
        m_smtp = std::make_unique<SmtpSink>();
        m_smtp->start();
        m_desk = std::make_unique<Desk>();
        m_desk->useSmtp(m_smtp->port());
        m_access = std::make_unique<HelpdeskAccess>(m_dir.path(), std::make_unique<SessionSecretStore>());
        QSignalSpy progress(&m_access->session(), &AccountSession::syncProgress);
        m_access->session().signIn(QUrl(serverUrl()), QStringLiteral("alphaFull@test.example"),
                                   QString::fromLatin1(Desk::kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toBool(), 20000);
        m_window = std::make_unique<MainWindow>(*m_access);
        m_window->resize(1300, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->connectionText().contains(QStringLiteral("Online")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_access.reset();
        m_desk.reset();
        m_smtp.reset();
        QSettings().clear();
    }

    void theIconsAreCompiledIn_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto *name : {"app", "email", "phone-in", "phone-out", "web", "channel", "shared", "unread", "note",
                                 "reply", "watch", "away", "search", "view", "settings"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void theIconsAreCompiledIn()
    {
        QFETCH(QString, name);
        const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(name));
        QVERIFY2(!icon.pixmap(32, 32).isNull(), qPrintable(name));
    }

    void aTicketFromTheDialogReachesTheServerWithItsChannel_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("channel");
        QTest::newRow("an e-mail to the customer") << "channelEmail"
                                                   << "email";
        QTest::newRow("a call the customer made") << "channelPhoneIn"
                                                  << "phone_in";
        QTest::newRow("a call the agent made") << "channelPhoneOut"
                                               << "phone_out";
    }

    void aTicketFromTheDialogReachesTheServerWithItsChannel()
    {
        QFETCH(QString, button);
        QFETCH(QString, channel);
        auto *dialog = openNewTicketDialog();
        QVERIFY(dialog);
        dialog->findChild<QToolButton *>(button)->click();
        // The customer is found by a part of the name, typed as the agent types.
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        auto *matches = dialog->findChild<QListWidget *>(QStringLiteral("customerMatches"));
        QTest::keyClicks(search, QStringLiteral("carol"));
        QTRY_VERIFY_WITH_TIMEOUT(matches->isVisible() && matches->count() >= 1, 10000);
        QVERIFY2(matches->item(0)->text().contains(QStringLiteral("carol@test.example")),
                 qPrintable(matches->item(0)->text()));
        QTest::mouseClick(matches->viewport(), Qt::LeftButton, {}, matches->visualItemRect(matches->item(0)).center());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("customerChosen"))
                    ->text()
                    .contains(QStringLiteral("carol@test.example")));
        const QString title = QStringLiteral("Printer on floor 3 (%1)").arg(channel);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("title")), title);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("text"))
            ->setPlainText(QStringLiteral("The printer on floor 3 prints blank pages."));
        dialog->findChild<QPushButton *>(QStringLiteral("create"))->click();
        QVERIFY(!dialog->isVisible());
        const auto where = " FROM tickets t JOIN articles a ON a.ticket_id = t.id WHERE t.title = " + quoted(title);
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->scalar("SELECT count(*)" + where), 1LL, 15000);
        QCOMPARE(QString::fromStdString(m_desk->text("SELECT a.channel" + where)), channel);
        QCOMPARE(m_desk->scalar("SELECT t.customer_id" + where), static_cast<long long>(m_desk->userId("carol")));
    }

    void aNewCustomerMadeInTheDialogGetsThePhoneTicket()
    {
        auto *dialog = openNewTicketDialog();
        QVERIFY(dialog);
        dialog->setChannel(NewTicket::Channel::PhoneOut);
        dialog->findChild<QCheckBox *>(QStringLiteral("newCustomer"))->setChecked(true);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newCustomerName")),
                         QStringLiteral("Quentin Quill"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newCustomerEmail")),
                         QStringLiteral("quentin@newcustomer.example"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("title")),
                         QStringLiteral("Called about renewal"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("text"))
            ->setPlainText(QStringLiteral("Told him the renewal offer."));
        dialog->findChild<QPushButton *>(QStringLiteral("create"))->click();
        const std::string customer = "(SELECT id FROM users WHERE email = 'quentin@newcustomer.example')";
        QTRY_COMPARE_WITH_TIMEOUT(
            m_desk->scalar("SELECT count(*) FROM tickets WHERE title = 'Called about renewal' AND "
                           "customer_id = " +
                           customer),
            1LL, 15000);
        QCOMPARE(m_desk->text("SELECT name FROM users WHERE email = 'quentin@newcustomer.example'"),
                 std::string("Quentin Quill"));
        QCOMPARE(m_desk->text("SELECT a.channel FROM articles a JOIN tickets t ON t.id = a.ticket_id WHERE t.title = "
                              "'Called about renewal'"),
                 std::string("phone_out"));
    }

    void theDialogSaysWhatIsMissing()
    {
        auto *dialog = openNewTicketDialog();
        QVERIFY(dialog);
        const auto before = m_access->actions().pendingChanges();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("customerSearch")), QStringLiteral("nobody"));
        dialog->findChild<QPushButton *>(QStringLiteral("create"))->click();
        QVERIFY(dialog->isVisible());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("customer")), qPrintable(error->text()));
        QCOMPARE(m_access->actions().pendingChanges(), before);
        dialog->reject();
    }

    void theAgentMarksThemselvesAwayAndBack()
    {
        QAction *awayAction = nullptr;
        for (auto *action : m_window->findChildren<QAction *>(QStringLiteral("awayAction")))
            awayAction = action;
        QVERIFY(awayAction);
        awayAction->trigger();
        auto dialogs = m_window->findChildren<AwayDialog *>();
        QCOMPARE(dialogs.size(), 1);
        auto *dialog = dialogs.front();
        dialog->findChild<QCheckBox *>(QStringLiteral("hasReturnDate"))->setChecked(true);
        const QDate back = QDate::currentDate().addDays(5);
        dialog->findChild<QDateEdit *>(QStringLiteral("returnDate"))->setDate(back);
        auto *substitute = dialog->findChild<QComboBox *>(QStringLiteral("substitute"));
        const int colleague = substitute->findData(QVariant::fromValue<qint64>(m_desk->userId("alphaRead")));
        QVERIFY(colleague > 0);
        substitute->setCurrentIndex(colleague);
        dialog->findChild<QPushButton *>(QStringLiteral("markAway"))->click();
        // The status bar says it at once; the server has it once the outbox sent it.
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("awayStatus"));
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("Away until")), qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(serverUser("alphaFull")->optValue<bool>("absent", false), 10000);
        auto user = serverUser("alphaFull");
        QVERIFY(!user->isNull("absent_until"));
        QCOMPARE(QDateTime::fromString(QString::fromStdString(user->getValue<std::string>("absent_until")), Qt::ISODate)
                     .toLocalTime()
                     .date(),
                 back);
        QCOMPARE(user->getValue<qint64>("substitute_id"), static_cast<qint64>(m_desk->userId("alphaRead")));

        auto *iAmBack = m_window->findChild<QPushButton *>(QStringLiteral("iAmBack"));
        QVERIFY(iAmBack->isVisible());
        iAmBack->click();
        QVERIFY(!status->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!serverUser("alphaFull")->optValue<bool>("absent", true), 10000);
        user = serverUser("alphaFull");
        QVERIFY(!user->has("absent_until") || user->isNull("absent_until"));
        QVERIFY(!user->has("substitute_id") || user->isNull("substitute_id"));
    }

    void notificationPreferencesRoundTripAndSilenceTheirEvent()
    {
        // A ticket of alphaFull's, for carol to reply on.
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Keyboard misses keys");
        QCOMPARE(m_desk->as("alphaFull")
                     .patch("/api/v1/tickets/" + std::to_string(ticket),
                            json(R"({"owner_id": )" + std::to_string(m_desk->userId("alphaFull")) + "}"))
                     .status,
                 200);
        auto &preferences = m_access->notificationPreferences();
        auto chooseAndSave = [&](bool replyOnDesktop) {
            auto dialog = std::make_unique<NotificationPreferencesDialog>(preferences, m_window.get());
            dialog->show();
            auto *save = dialog->findChild<QPushButton *>(QStringLiteral("save"));
            QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000); // the server's choices are in
            dialog->box(QStringLiteral("customer_reply"), true)->setChecked(replyOnDesktop);
            dialog->box(QStringLiteral("sla_warning"), false)->setChecked(false);
            QSignalSpy saved(&preferences, &NotificationPreferences::saved);
            save->click();
            QVERIFY(saved.wait(10000));
            QVERIFY(!dialog->isVisible());
        };
        chooseAndSave(false);
        // The server keeps them: they come back from it, and in a new dialog.
        auto stored = m_desk->as("alphaFull").get("/api/v1/me/notifications");
        QCOMPARE(stored.status, 200);
        auto settings = stored.object("settings");
        QVERIFY(settings);
        QCOMPARE(settings->getObject("customer_reply")->getValue<bool>("desktop"), false);
        QCOMPARE(settings->getObject("sla_warning")->getValue<bool>("mail"), false);
        QCOMPARE(settings->getObject("new_ticket")->getValue<bool>("desktop"), true);
        {
            NotificationPreferencesDialog again(preferences, m_window.get());
            again.show();
            QTRY_VERIFY_WITH_TIMEOUT(again.findChild<QPushButton *>(QStringLiteral("save"))->isEnabled(), 10000);
            QVERIFY(!again.box(QStringLiteral("customer_reply"), true)->isChecked());
            QVERIFY(again.box(QStringLiteral("customer_reply"), false)->isChecked());
            again.reject();
        }

        QSignalSpy notified(&m_access->notifier(), &DeskNotifier::notification);
        auto replyAsCarol = [&](const std::string &text) {
            QCOMPARE(m_desk->as("carol")
                         .post("/api/v1/tickets/" + std::to_string(ticket) + "/articles",
                               json(R"({"body_text": ")" + text + R"("})"))
                         .status,
                     201);
        };
        auto notifiedOf = [&](const QString &event) -> int {
            return int(std::count_if(notified.begin(), notified.end(),
                                     [&](const QList<QVariant> &args) { return args.value(3).toString() == event; }));
        };
        replyAsCarol("Still broken.");
        // A new ticket after it is told (new_ticket stays on): the reply's event went by unnoticed.
        const auto later = ticketFromOutside("Mouse wheel squeaks");
        QVERIFY(later);
        QTRY_VERIFY_WITH_TIMEOUT(notifiedOf(QStringLiteral("new_ticket")) >= 1, 10000);
        QCOMPARE(notifiedOf(QStringLiteral("customer_reply")), 0);
        // On again: the next reply is told.
        chooseAndSave(true);
        replyAsCarol("Now the space bar too.");
        QTRY_VERIFY_WITH_TIMEOUT(notifiedOf(QStringLiteral("customer_reply")) == 1, 10000);
    }

    void theTrayShowsTheUnreadCount()
    {
        auto *tray = m_window->tray();
        QVERIFY(tray);
        auto unreadInCache = [&] {
            return m_access->session().replica()->cache.unreadCount(m_access->session().userId(),
                                                                    m_access->session().myGroups());
        };
        const auto ticket = ticketFromOutside("Beamer in room 2 flickers");
        QVERIFY(ticket);
        // Events come in order: once this ticket is cached, everything before it is too.
        QTRY_VERIFY_WITH_TIMEOUT(m_access->directory().ticket(ticket).has_value(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(tray->count(), unreadInCache(), 5000);
        const int unread = tray->count();
        QVERIFY(unread >= 1); // the new ticket, unassigned in the agent's group, never opened
        QVERIFY2(tray->toolTip().contains(QString::number(unread)), qPrintable(tray->toolTip()));
        QVERIFY(!tray->icon().isNull());
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("(%1)").arg(unread)));
        // Opening the ticket reads it.
        m_window->showTicket(ticket);
        QTRY_COMPARE_WITH_TIMEOUT(tray->count(), unread - 1, 10000);
        // Its menu: open, away, quit.
        QStringList items;
        for (auto *action : tray->menu()->actions())
            if (!action->isSeparator())
                items << action->text();
        QCOMPARE(items.size(), 3);
        QVERIFY2(items.at(1).contains(QStringLiteral("away")), qPrintable(items.join(QLatin1Char('|'))));
    }

    void theSignInDialogListsRecentServersAndMailsAResetLink()
    {
        QSettings().remove(QStringLiteral("login/recent_servers"));
        QTemporaryDir dir;
        HelpdeskAccess access(dir.path(), std::make_unique<SessionSecretStore>());
        {
            LoginDialog login(access.session());
            login.show();
            login.setServer(serverUrl());
            login.findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("alphaRead@test.example"));
            login.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QString::fromLatin1(Desk::kPassword));
            login.findChild<QPushButton *>(QStringLiteral("signIn"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(access.session().isOpen(), 10000);
        }
        QCOMPARE(LoginDialog::recentServers().value(0), serverUrl());
        access.session().signOut();

        LoginDialog login(access.session());
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        auto *servers = login.findChild<QComboBox *>(QStringLiteral("recentServers"));
        QVERIFY(servers->findText(serverUrl()) >= 0);
        auto *server = login.findChild<QLineEdit *>(QStringLiteral("server"));
        QCOMPARE(server->text(), serverUrl()); // the latest is offered first
        // Wide enough for the whole address.
        QVERIFY2(server->width() >= server->fontMetrics().horizontalAdvance(serverUrl()),
                 qPrintable(QString::number(server->width())));
        QVERIFY(login.findChild<QLabel *>(QStringLiteral("productName"))->isVisible());

        const auto mailsBefore = mailsTo(*m_smtp, "alphaRead@test.example").size();
        login.findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("alphaRead@test.example"));
        emit login.findChild<QLabel *>(QStringLiteral("forgotPassword"))->linkActivated(QStringLiteral("#"));
        auto *notice = login.findChild<QLabel *>(QStringLiteral("notice"));
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
        QVERIFY2(notice->text().contains(QStringLiteral("alphaRead@test.example")), qPrintable(notice->text()));
        QVERIFY(m_desk->waitUntilMailSettled());
        QTRY_VERIFY_WITH_TIMEOUT(mailsTo(*m_smtp, "alphaRead@test.example").size() == mailsBefore + 1, 20000);
        QVERIFY(!linkTokenIn(mailsTo(*m_smtp, "alphaRead@test.example").back()).empty());
    }

    void theDarkAppearanceGivesADarkWindow()
    {
        QVERIFY(appearanceNamed(QStringLiteral("dark")) == Appearance::Dark);
        QVERIFY(!appearanceNamed(QStringLiteral("purple")));
        applyAppearance(Appearance::Dark);
        QTRY_VERIFY(isDark(m_window->palette())); // the window hears of the new palette from the event loop
        QVERIFY(m_window->palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(m_window->palette().color(QPalette::WindowText).lightness() > 180);
        applyAppearance(Appearance::Light);
        QTRY_VERIFY(!isDark(m_window->palette()));
        QVERIFY(m_window->palette().color(QPalette::Window).lightness() > 180);
        applyAppearance(Appearance::System);
    }
};

QTEST_MAIN(TestClientAgentTools)
#include "tst_client_agent_tools.moc"
