// The agent window in a real (offscreen) window against a real server: the inbox and counts,
// a ticket's thread, writing a reply that shows as pending and then as sent, the connection state
// always in view, a refused change explained in the status bar, remote images blocked until the
// agent allows them, a warning before signing in over plain http, and a mail's links unable to
// pose as the view's own "save attachment" links.

#include "access/HelpdeskAccess.h"
#include "core/Replica.h"
#include "support/Desk.h"
#include "models/PanelModel.h"
#include "ui/DashboardWindow.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/SettingsWindow.h"
#include "ui/SignatureDialog.h"
#include "ui/SafeTextBrowser.h"
#include "ui/TicketView.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QUuid>
#include <QtTest>

#include <map>
#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;
using helpdesk::protocol::newObject;

namespace {
/// Notes the file every save dialog offers, then cancels it, as an agent who changed their mind
/// would: the dialog is modal, so it is looked for from the event loop it runs.
class SaveDialogWatcher : public QObject
{
public:
    SaveDialogWatcher()
    {
        connect(&m_poll, &QTimer::timeout, this, [this] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                offered << dialog->selectedFiles().value(0);
                dialog->reject();
            }
        });
        m_poll.start(10);
    }

    QStringList offered;

private:
    QTimer m_poll;
};
} // namespace

/// Takes the URLs the client opens in the browser instead of a browser (QDesktopServices handler).
class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class TestClientUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    QTemporaryDir m_dir;
    std::unique_ptr<HelpdeskAccess> m_access;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ticket = 0;

    SafeTextBrowser *thread() const { return m_window->ticketView()->findChild<SafeTextBrowser *>(); }

    /// Signs `admin` in as the desk's administrator and waits for the first sync.
    void signInAsAdmin(HelpdeskAccess &admin)
    {
        QSignalSpy progress(&admin.session(), &AccountSession::syncProgress);
        admin.session().signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_desk->port())),
                               QStringLiteral("admin@test.example"),
                               QString::fromStdString(m_desk->server().adminPassword()));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toBool(), 20000);
    }

    /// Clicks the link of the shown thread whose text is `text` where it is drawn, as the agent
    /// would; returns its target as written in the HTML (empty when there is no such link).
    QString clickLinkInThread(const QString &text)
    {
        auto *browser = thread();
        for (auto block = browser->document()->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const auto fragment = it.fragment();
                if (!fragment.charFormat().isAnchor() || fragment.text() != text)
                    continue;
                QTextCursor cursor(browser->document());
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                browser->setTextCursor(cursor);
                browser->ensureCursorVisible();
                QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(cursor).center());
                return fragment.charFormat().anchorHref();
            }
        return {};
    }

    /// A sign-in dialog for `session`, shown, with `server` and alphaFull's e-mail and password typed in.
    static std::unique_ptr<LoginDialog> filledSignIn(AccountSession &session, const QString &server)
    {
        auto login = std::make_unique<LoginDialog>(session);
        login->show();
        login->setServer(server);
        login->findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("alphaFull@test.example"));
        login->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QString::fromLatin1(Desk::kPassword));
        return login;
    }

    static QPushButton *buttonLabelled(const QWidget &window, const QString &text)
    {
        for (auto *button : window.findChildren<QPushButton *>())
            if (button->text() == text)
                return button;
        return nullptr;
    }

    /// The settings list's row showing `text` in some column, or -1.
    static int rowWith(const SettingsWindow &settings, const QString &text)
    {
        for (int row = 0; row < settings.items()->rowCount(); ++row)
            for (int c = 0; c < settings.items()->columnCount(); ++c)
                if (settings.items()->index(row, c).data().toString() == text)
                    return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        m_ticket = m_desk->openTicket("Alpha", "carol", "Scanner jams on every page");
        m_desk->openTicket("Alpha", "dave", "Second monitor stays black");
        m_access = std::make_unique<HelpdeskAccess>(m_dir.path(), std::make_unique<SessionSecretStore>());
        QSignalSpy progress(&m_access->session(), &AccountSession::syncProgress);
        m_access->session().signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_desk->port())),
                                   QStringLiteral("alphaFull@test.example"), QString::fromLatin1(Desk::kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toBool(), 20000);
        m_window = std::make_unique<MainWindow>(*m_access);
        m_window->resize(1300, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_access.reset();
        m_desk.reset();
    }

    void theInboxShowsTheTicketsAndTheConnection()
    {
        QTRY_VERIFY(m_window->connectionText().contains(QStringLiteral("Online")));
        m_window->showTicket(m_ticket);
        auto *table = m_window->findChild<QTableView *>();
        QVERIFY(table->model()->rowCount() >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(thread()->toPlainText().contains(QStringLiteral("Customer called: Scanner jams")),
                                 10000);
    }

    void aReplyShowsAsPendingThenAsSent()
    {
        m_window->showTicket(m_ticket);
        m_access->session().setWorkOffline(true);
        QTRY_VERIFY(m_window->connectionText().contains(QStringLiteral("Offline")));
        m_window->ticketView()->startComposing(TicketView::ComposeMode::Reply);
        auto *composer = m_window->ticketView()->findChild<QTextEdit *>(QStringLiteral("composer"));
        QTest::keyClicks(composer, QStringLiteral("Please try the other tray."));
        auto *send = [&] {
            for (auto *b : m_window->ticketView()->findChildren<QPushButton *>())
                if (b->text() == QLatin1String("Send"))
                    return b;
            return static_cast<QPushButton *>(nullptr);
        }();
        QVERIFY(send);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(composer->toPlainText().isEmpty());
        QTRY_VERIFY(thread()->toPlainText().contains(QStringLiteral("Please try the other tray.")));
        QVERIFY(thread()->toPlainText().contains(QStringLiteral("waiting to be sent")));
        QVERIFY(thread()->toPlainText().contains(QStringLiteral("Customer called: Scanner jams")));
        m_access->session().setWorkOffline(false);
        QTRY_VERIFY_WITH_TIMEOUT(!thread()->toPlainText().contains(QStringLiteral("waiting to be sent")), 15000);
        QVERIFY(thread()->toPlainText().contains(QStringLiteral("Please try the other tray.")));
    }

    void aDraftSurvivesSwitchingTickets()
    {
        m_window->showTicket(m_ticket);
        auto *composer = m_window->ticketView()->findChild<QTextEdit *>(QStringLiteral("composer"));
        composer->setPlainText(QStringLiteral("Half-written answer"));
        m_window->showTicket(m_access->inbox().tickets()->ticketIdAt(0) == m_ticket
                                 ? m_access->inbox().tickets()->ticketIdAt(1)
                                 : m_access->inbox().tickets()->ticketIdAt(0));
        QVERIFY(composer->toPlainText().isEmpty());
        m_window->showTicket(m_ticket);
        QCOMPARE(composer->toPlainText(), QStringLiteral("Half-written answer"));
        composer->clear();
    }

    void aFileDroppedOnTheComposerBecomesAnAttachment()
    {
        m_window->showTicket(m_ticket);
        QTemporaryDir dir;
        QFile file(dir.path() + QStringLiteral("/screenshot.png"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, 'p'));
        file.close();
        auto *composer = m_window->ticketView()->findChild<QTextEdit *>(QStringLiteral("composer"));
        auto *list = m_window->ticketView()->findChild<QListWidget *>(QStringLiteral("attachments"));
        QVERIFY(list);
        // Dropping and pasting go through the same door: the editor is asked to insert the data.
        auto *data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(file.fileName())});
        QApplication::clipboard()->setMimeData(data);
        composer->paste();
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("screenshot.png")));
        QVERIFY(composer->toPlainText().isEmpty()); // no file link typed into the text
        // Double-click removes it again.
        emit list->itemDoubleClicked(list->item(0));
        QCOMPARE(list->count(), 0);
    }

    void typingColonsOffersTextModules()
    {
        auto module = json("{\"keyword\": \"thanks\", \"name\": \"Thank the customer\","
                           " \"body\": \"Thank you, {customer_name}! Ticket {ticket_number} is solved.\"}");
        QCOMPARE(m_desk->as("admin").post("/api/v1/text_modules", module).status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(!m_access->directory().textModules(QStringLiteral("thanks")).empty(), 10000);
        m_window->showTicket(m_ticket);
        m_window->ticketView()->startComposing(TicketView::ComposeMode::Reply);
        auto *composer = m_window->ticketView()->findChild<QTextEdit *>(QStringLiteral("composer"));
        composer->clear();
        QTest::keyClicks(composer, QStringLiteral("Hi, ::tha"));
        auto *popup = m_window->ticketView()->findChild<QListWidget *>(QStringLiteral("textModules"));
        QVERIFY(popup->isVisible());
        QCOMPARE(popup->count(), 1);
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(!popup->isVisible());
        auto number = QString::number(m_access->directory().ticket(m_ticket)->number);
        QCOMPARE(composer->toPlainText(), QStringLiteral("Hi, Thank you, %1! Ticket %2 is solved.")
                                              .arg(m_access->directory().nameOfUser(m_desk->userId("carol")), number));
        composer->clear();
    }

    void customFieldsAreEditedInTheHeader()
    {
        auto field = json("{\"object_kind\": \"ticket\", \"name\": \"asset_tag\", \"label\": \"Asset tag\", "
                          "\"field_type\": \"text\"}");
        QCOMPARE(m_desk->as("admin").post("/api/v1/custom_fields", field).status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(!m_access->directory().ticketCustomFields().empty(), 10000);
        m_window->showTicket(m_ticket);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (auto *label : m_window->ticketView()->findChildren<QLabel *>())
                    if (label->text() == QLatin1String("Asset tag") && label->buddy())
                        editor = qobject_cast<QLineEdit *>(label->buddy());
                return editor != nullptr;
            }(),
            5000);
        editor->setText(QStringLiteral("PC-0042"));
        editor->setModified(true);
        emit editor->editingFinished();
        auto onServer = [&] {
            auto t = m_desk->as("alphaFull").get("/api/v1/tickets/" + std::to_string(m_ticket)).object("ticket");
            auto custom = t->getObject("custom");
            return custom && custom->has("asset_tag") ? custom->getValue<std::string>("asset_tag") : std::string();
        };
        QTRY_COMPARE_WITH_TIMEOUT(onServer(), std::string("PC-0042"), 10000);
    }

    void dashboardsShowThePanelsAndExportCsv()
    {
        // A solved ticket the customer rated: the ratings panel appears, and the one by agent names
        // the ticket's owner, whom the rating rates.
        auto rated = m_desk->openTicket("Alpha", "carol", "Printer fixed");
        auto states = m_desk->as("admin").get("/api/v1/states").array("states");
        std::int64_t closed = 0;
        for (unsigned i = 0; i < states->size(); ++i)
            if (states->getObject(i)->getValue<std::string>("state_type") == "closed")
                closed = states->getObject(i)->getValue<std::int64_t>("id");
        auto close = newObject();
        close->set("state_id", closed);
        close->set("owner_id", m_desk->userId("alphaFull"));
        QCOMPARE(m_desk->as("alphaFull").patch("/api/v1/tickets/" + std::to_string(rated), close).status, 200);
        QCOMPARE(m_desk->as("carol")
                     .put("/api/v1/tickets/" + std::to_string(rated) + "/rating", json(R"({"score":5})"))
                     .status,
                 200);
        DashboardWindow dashboards(m_access->dashboards(), m_access->directory());
        dashboards.show();
        QTRY_VERIFY_WITH_TIMEOUT(dashboards.panel(QStringLiteral("open_by_group_state"))->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dashboards.panel(QStringLiteral("backlog_age"))->rowCount() == 5, 10000);
        auto *times = dashboards.findChild<QLabel *>(QStringLiteral("responseTimes"));
        QTRY_VERIFY(times->text().contains(QStringLiteral("First response")));
        QTemporaryDir dir;
        auto files = dashboards.exportCsv(dir.path());
        auto *ratings = dashboards.findChild<QLabel *>(QStringLiteral("ratings"));
        QTRY_VERIFY_WITH_TIMEOUT(ratings->isVisible(), 10000);
        QVERIFY2(ratings->text().contains(QStringLiteral("average 5.0")), qPrintable(ratings->text()));
        auto *byAgent = dashboards.findChild<QChartView *>(QStringLiteral("ratingsByAgent"));
        QVERIFY(byAgent);
        QTRY_VERIFY_WITH_TIMEOUT(byAgent->isVisible(), 10000);
        const auto *agents = dashboards.panel(QStringLiteral("ratings_by_agent"));
        bool owner = false;
        for (int row = 0; row < agents->rowCount(); ++row)
            if (agents->row(row).value(QStringLiteral("agent_id")).toLongLong() == m_desk->userId("alphaFull")) {
                owner = true;
                QCOMPARE(agents->row(row).value(QStringLiteral("average")).toDouble(), 5.0);
            }
        QVERIFY2(owner, "the owner's ratings are a row of the by-agent view");
        auto *axis = qobject_cast<QBarCategoryAxis *>(byAgent->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QVERIFY2(axis->categories().join(QLatin1Char(',')).contains(QStringLiteral(" (")),
                 qPrintable(axis->categories().join(QLatin1Char(','))));
        QCOMPARE(files.size(), 8);
        QFile csv(dir.path() + QStringLiteral("/open_by_group_state.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        auto lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.front(), QStringLiteral("group_id,group_name,state_id,state_name,tickets"));
    }

    void aGroupAsksForRatingsAndTheTicketShowsTheCustomersRating()
    {
        // The admin turns ratings on for Alpha in the group editor, with words of the group's own.
        QTemporaryDir dir;
        HelpdeskAccess admin(dir.path(), std::make_unique<SessionSecretStore>());
        signInAsAdmin(admin);
        SettingsWindow settings(admin.admin(), admin.directory());
        settings.show();
        settings.showKind(QStringLiteral("group"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(settings, QStringLiteral("Alpha")) >= 0, 10000);
        settings.editRow(rowWith(settings, QStringLiteral("Alpha")));
        settings.setField(QStringLiteral("ratings_enabled"), QStringLiteral("true"));
        settings.setField(QStringLiteral("rating_wording"), QStringLiteral("Rate this answer:"));
        settings.save();
        QTRY_COMPARE_WITH_TIMEOUT(settings.findChild<QLabel *>(QStringLiteral("status"))->text(),
                                  QStringLiteral("Saved."), 10000);
        helpdesk::protocol::JsonObject group;
        auto groups = m_desk->as("admin").get("/api/v1/groups").array("groups");
        for (unsigned i = 0; i < groups->size(); ++i)
            if (groups->getObject(i)->getValue<std::int64_t>("id") == m_desk->alpha())
                group = groups->getObject(i);
        QVERIFY(group);
        QCOMPARE(group->getValue<bool>("ratings_enabled"), true);
        QCOMPARE(group->getValue<std::string>("rating_wording"), std::string("Rate this answer:"));

        // The customer rates a solved ticket: the ticket view shows it, and a changed mind at once.
        auto rated = m_desk->openTicket("Alpha", "carol", "Keyboard sticks");
        auto closed = m_desk->scalar("SELECT id FROM ticket_states WHERE state_type = 'closed' LIMIT 1");
        QCOMPARE(m_desk->as("alphaFull")
                     .patch("/api/v1/tickets/" + std::to_string(rated),
                            json(R"({"state_id":)" + std::to_string(closed) + "}"))
                     .status,
                 200);
        auto ratingPath = "/api/v1/tickets/" + std::to_string(rated) + "/rating";
        QCOMPARE(m_desk->as("carol").put(ratingPath, json(R"({"score":4,"comment":"New keyboard, fine now"})")).status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_access->directory().ticket(rated).has_value(), 10000);
        m_window->showTicket(rated);
        auto *rating = m_window->ticketView()->findChild<QLabel *>(QStringLiteral("rating"));
        QVERIFY(rating);
        QTRY_VERIFY_WITH_TIMEOUT(rating->isVisible() && rating->text().contains(QStringLiteral("4 of 5")), 10000);
        QVERIFY2(rating->text().contains(QStringLiteral("New keyboard, fine now")), qPrintable(rating->text()));
        QCOMPARE(m_desk->as("carol").put(ratingPath, json(R"({"score":2})")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(rating->text().contains(QStringLiteral("2 of 5")), 10000);
        QVERIFY(!rating->text().contains(QStringLiteral("New keyboard")));
        // A ticket nobody rated shows no rating.
        m_window->showTicket(m_ticket);
        QTRY_VERIFY_WITH_TIMEOUT(!rating->isVisible(), 10000);
    }

    void anAgentSignsOnlyTheirOwnAndAnAdminPicksTheRule()
    {
        auto signatureOf = [this](const char *who) {
            return m_desk->text("SELECT signature FROM users WHERE id = " + std::to_string(m_desk->userId(who)));
        };
        // The agent's own, from the Settings menu: no rule to pick.
        SignatureDialog own(m_access->session(), m_desk->userId("alphaFull"), QStringLiteral("alphaFull"), false);
        auto *edit = own.findChild<QPlainTextEdit *>(QStringLiteral("signature"));
        QTRY_VERIFY_WITH_TIMEOUT(edit->isEnabled(), 10000);
        QVERIFY(!own.findChild<QComboBox *>(QStringLiteral("rule"))->isVisibleTo(&own));
        edit->setPlainText(QStringLiteral("Cheers, {agent_name}"));
        own.save();
        QTRY_COMPARE_WITH_TIMEOUT(own.findChild<QLabel *>(QStringLiteral("status"))->text(), QStringLiteral("Saved."),
                                  10000);
        QCOMPARE(signatureOf("alphaFull"), std::string("Cheers, {agent_name}"));

        // Another agent's: the server refuses to show or change it, and the dialog says so.
        SignatureDialog other(m_access->session(), m_desk->userId("betaFull"), QStringLiteral("betaFull"), false);
        auto *otherStatus = other.findChild<QLabel *>(QStringLiteral("status"));
        QTRY_VERIFY_WITH_TIMEOUT(!otherStatus->text().isEmpty(), 10000);
        QVERIFY(!other.findChild<QPlainTextEdit *>(QStringLiteral("signature"))->isEnabled());
        other.findChild<QPlainTextEdit *>(QStringLiteral("signature"))->setPlainText(QStringLiteral("Hijacked"));
        other.save();
        QTRY_VERIFY_WITH_TIMEOUT(otherStatus->text().contains(QStringLiteral("administrators")), 10000);
        QCOMPARE(signatureOf("betaFull"), std::string());

        // An admin edits anyone's from People in the settings pane, and picks the rule there.
        QTemporaryDir dir;
        HelpdeskAccess admin(dir.path(), std::make_unique<SessionSecretStore>());
        signInAsAdmin(admin);
        SettingsWindow settings(admin.admin(), admin.directory());
        settings.show();
        settings.showKind(QStringLiteral("user"));
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < settings.items()->rowCount(); ++i)
                    if (settings.items()->row(i).value(QStringLiteral("email")) ==
                        QLatin1String("alphaRead@test.example"))
                        row = i;
                return row >= 0;
            }(),
            10000);
        settings.editRow(row);
        auto *button = settings.findChild<QPushButton *>(QStringLiteral("signatureButton"));
        QVERIFY(button->isVisible());
        button->click();
        auto *dialog = settings.findChild<SignatureDialog *>();
        QVERIFY(dialog);
        auto *rule = dialog->findChild<QComboBox *>(QStringLiteral("rule"));
        QVERIFY(rule->isVisibleTo(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPlainTextEdit *>(QStringLiteral("signature"))->isEnabled(), 10000);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("signature"))->setPlainText(QStringLiteral("Read desk"));
        rule->setCurrentIndex(rule->findData(QStringLiteral("both")));
        dialog->save();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->findChild<QLabel *>(QStringLiteral("status"))->text(),
                                  QStringLiteral("Saved."), 10000);
        QCOMPARE(signatureOf("alphaRead"), std::string("Read desk"));
        auto stored = m_desk->as("admin").get("/api/v1/settings/signatures").object("settings");
        QCOMPARE(stored->getValue<std::string>("rule"), std::string("both"));
        QCOMPARE(m_desk->as("admin").patch("/api/v1/settings/signatures", json(R"({"rule":"group"})")).status, 200);
    }

    void anAdminChangesSettingsAndSeesRefusalsNextToTheField()
    {
        QTemporaryDir dir;
        HelpdeskAccess admin(dir.path(), std::make_unique<SessionSecretStore>());
        signInAsAdmin(admin);
        QVERIFY(admin.session().isAdmin());
        SettingsWindow settings(admin.admin(), admin.directory());
        settings.show();
        auto *status = settings.findChild<QLabel *>(QStringLiteral("status"));

        settings.showKind(QStringLiteral("text_module"));
        settings.editRow(-1);
        settings.setField(QStringLiteral("keyword"), QStringLiteral("bye"));
        settings.setField(QStringLiteral("name"), QStringLiteral("Goodbye"));
        settings.setField(QStringLiteral("body"), QStringLiteral("Bye, {customer_name}!"));
        settings.setField(QStringLiteral("folder"), QStringLiteral("Closing"));
        settings.save();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Saved."), 10000);
        auto modules = m_desk->as("admin").get("/api/v1/text_modules").array("text_modules");
        std::string folder = "(not saved)";
        for (unsigned i = 0; i < modules->size(); ++i)
            if (modules->getObject(i)->getValue<std::string>("keyword") == "bye")
                folder = modules->getObject(i)->getValue<std::string>("folder");
        QCOMPARE(folder, std::string("Closing"));
        QTRY_VERIFY_WITH_TIMEOUT(settings.items()->rowCount() >= 1, 10000);

        settings.showKind(QStringLiteral("calendar"));
        settings.editRow(-1);
        settings.setField(QStringLiteral("name"), QStringLiteral("Moon office"));
        settings.setField(QStringLiteral("time_zone"), QStringLiteral("Moon/Base"));
        settings.save();
        QTRY_VERIFY_WITH_TIMEOUT(settings.errorOf(QStringLiteral("time_zone")).contains(QStringLiteral("time zone")),
                                 10000);
        // Hours that are no range are caught before they leave the window, naming the day.
        settings.setField(QStringLiteral("time_zone"), QStringLiteral("Europe/Warsaw"));
        settings.findChild<QLineEdit *>(QStringLiteral("hours_tue"))->setText(QStringLiteral("8-12"));
        settings.save();
        QVERIFY2(settings.errorOf(QStringLiteral("hours")).contains(QStringLiteral("8-12")),
                 qPrintable(settings.errorOf(QStringLiteral("hours"))));
        QVERIFY(settings.errorOf(QStringLiteral("time_zone")).isEmpty());
        // Weekly hours typed per day, a holiday: saved as the server's calendar.
        settings.findChild<QLineEdit *>(QStringLiteral("hours_tue"))
            ->setText(QStringLiteral("8:00-12:00, 13:00-17:30"));
        settings.findChild<QLineEdit *>(QStringLiteral("hours_sat"))->setText(QStringLiteral("09:00-13:00"));
        settings.setField(QStringLiteral("holidays"), QStringLiteral("2026-12-24, 2026-12-25"));
        settings.save();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Saved."), 10000);
        auto calendarOnServer = [&]() -> helpdesk::protocol::JsonObject {
            auto list = m_desk->as("admin").get("/api/v1/calendars").array("calendars");
            for (unsigned i = 0; i < list->size(); ++i)
                if (list->getObject(i)->getValue<std::string>("name") == "Moon office")
                    return list->getObject(i);
            return nullptr;
        };
        auto calendar = calendarOnServer();
        QVERIFY(calendar);
        auto tuesday = calendar->getObject("hours")->getArray("tue");
        QCOMPARE(tuesday->size(), std::size_t(2));
        QCOMPARE(tuesday->getArray(0)->getElement<std::string>(0), std::string("08:00"));
        QCOMPARE(tuesday->getArray(1)->getElement<std::string>(1), std::string("17:30"));
        QCOMPARE(calendar->getObject("hours")->getArray("sat")->getArray(0)->getElement<std::string>(0),
                 std::string("09:00"));
        QVERIFY(calendar->getObject("hours")->getArray("mon")); // the default Monday stayed
        QVERIFY(!calendar->getObject("hours")->has("sun"));

        // An SLA on that calendar for the Alpha group, chosen by name.
        settings.showKind(QStringLiteral("sla"));
        settings.editRow(-1);
        QTRY_VERIFY_WITH_TIMEOUT(
            settings.findChild<QComboBox *>(QStringLiteral("calendar_id"))->findText(QStringLiteral("Moon office")) > 0,
            10000);
        settings.setField(QStringLiteral("name"), QStringLiteral("Alpha promise"));
        settings.setField(QStringLiteral("calendar_id"), QStringLiteral("Moon office"));
        settings.setField(QStringLiteral("first_response_minutes"), QStringLiteral("120"));
        auto *groups = settings.findChild<QListWidget *>(QStringLiteral("group_ids"));
        QVERIFY(groups);
        for (int i = 0; i < groups->count(); ++i)
            if (groups->item(i)->text() == QLatin1String("Alpha"))
                groups->item(i)->setCheckState(Qt::Checked);
        settings.save();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Saved."), 10000);
        auto slas = m_desk->as("admin").get("/api/v1/slas").array("slas");
        helpdesk::protocol::JsonObject sla;
        for (unsigned i = 0; i < slas->size(); ++i)
            if (slas->getObject(i)->getValue<std::string>("name") == "Alpha promise")
                sla = slas->getObject(i);
        QVERIFY(sla);
        QCOMPARE(sla->getValue<std::int64_t>("calendar_id"), calendar->getValue<std::int64_t>("id"));
        QCOMPARE(sla->getObject("condition")->getArray("group_ids")->getElement<std::int64_t>(0), m_desk->alpha());
        QVERIFY(!sla->getObject("condition")->has("priority_ids")); // nothing chosen: every priority

        // A trigger built in the form: when a customer replies to a VIP ticket, raise the priority and tag it.
        settings.showKind(QStringLiteral("trigger"));
        settings.editRow(-1);
        settings.setField(QStringLiteral("name"), QStringLiteral("VIP follow-up"));
        settings.setField(QStringLiteral("event"), QStringLiteral("customer_reply"));
        settings.findChild<QLineEdit *>(QStringLiteral("tags_include"))->setText(QStringLiteral("vip"));
        auto *stateTypes = settings.findChild<QListWidget *>(QStringLiteral("state_types"));
        stateTypes->findItems(QStringLiteral("open"), Qt::MatchExactly).front()->setCheckState(Qt::Checked);
        auto *priority = settings.findChild<QComboBox *>(QStringLiteral("set.priority_id"));
        QVERIFY(priority && priority->count() > 1);
        priority->setCurrentIndex(priority->count() - 1);
        settings.findChild<QLineEdit *>(QStringLiteral("add_tags"))->setText(QStringLiteral("escalated, vip-reply"));
        settings.save();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Saved."), 10000);
        auto triggers = m_desk->as("admin").get("/api/v1/triggers").array("triggers");
        helpdesk::protocol::JsonObject trigger;
        for (unsigned i = 0; i < triggers->size(); ++i)
            if (triggers->getObject(i)->getValue<std::string>("name") == "VIP follow-up")
                trigger = triggers->getObject(i);
        QVERIFY(trigger);
        QCOMPARE(trigger->getObject("conditions")->getArray("tags_include")->getElement<std::string>(0),
                 std::string("vip"));
        QCOMPARE(trigger->getObject("conditions")->getArray("state_types")->getElement<std::string>(0),
                 std::string("open"));
        QCOMPARE(trigger->getObject("actions")->getObject("set")->getValue<std::int64_t>("priority_id"),
                 priority->currentData().toLongLong());
        QCOMPARE(trigger->getObject("actions")->getArray("add_tags")->size(), std::size_t(2));
        // Reopened in the form, it shows what was saved.
        QTRY_VERIFY_WITH_TIMEOUT(settings.items()->rowCount() >= 1, 10000);
        settings.editRow(rowWith(settings, QStringLiteral("VIP follow-up")));
        QCOMPARE(settings.findChild<QLineEdit *>(QStringLiteral("add_tags"))->text(),
                 QStringLiteral("escalated, vip-reply"));
        QCOMPARE(settings.findChild<QComboBox *>(QStringLiteral("set.priority_id"))->currentData(),
                 priority->itemData(priority->count() - 1));

        // Group access: the Alpha group's agents, one per line; a line added grants access.
        settings.showKind(QStringLiteral("group"));
        QTRY_VERIFY_WITH_TIMEOUT(settings.items()->rowCount() >= 2, 10000);
        int alphaRow = rowWith(settings, QStringLiteral("Alpha"));
        QVERIFY(alphaRow >= 0);
        settings.editRow(alphaRow);
        auto *members = settings.findChild<QPlainTextEdit *>(QStringLiteral("members"));
        QTRY_VERIFY_WITH_TIMEOUT(members->toPlainText().contains(QStringLiteral(": full")), 10000);
        members->setPlainText(members->toPlainText() + QStringLiteral("\nbetaFull@test.example: read"));
        settings.save();
        auto betaAccess = [&] {
            auto list = m_desk->as("admin")
                            .get("/api/v1/groups/" + std::to_string(m_desk->alpha()) + "/members")
                            .array("members");
            for (unsigned i = 0; list && i < list->size(); ++i)
                if (list->getObject(i)->getValue<std::int64_t>("user_id") == m_desk->userId("betaFull"))
                    return list->getObject(i)->getValue<std::string>("access");
            return std::string();
        };
        QTRY_COMPARE_WITH_TIMEOUT(betaAccess(), std::string("read"), 10000);

        // Outgoing mail: the SMTP part of the mail settings, edited flat.
        settings.showKind(QStringLiteral("mail"));
        QTRY_COMPARE_WITH_TIMEOUT(settings.items()->rowCount(), 1, 10000);
        settings.setField(QStringLiteral("smtp_host"), QStringLiteral("smtp.example.org"));
        settings.setField(QStringLiteral("smtp_port"), QStringLiteral("587"));
        settings.setField(QStringLiteral("smtp_security"), QStringLiteral("starttls"));
        settings.save();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Saved."), 10000);
        auto smtp = m_desk->as("admin").get("/api/v1/settings/mail").object("settings")->getObject("smtp");
        QCOMPARE(smtp->getValue<std::string>("host"), std::string("smtp.example.org"));
        QCOMPARE(smtp->getValue<int>("port"), 587);
        QVERIFY(!smtp->getValue<bool>("password_set")); // an empty password field changed nothing

        // A mailbox whose server does not answer: saved, and the test says why it fails.
        settings.showKind(QStringLiteral("mailbox"));
        settings.editRow(-1);
        settings.setField(QStringLiteral("name"), QStringLiteral("Nobody home"));
        settings.setField(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
        settings.setField(QStringLiteral("port"), QStringLiteral("9"));
        settings.setField(QStringLiteral("security"), QStringLiteral("none"));
        settings.setField(QStringLiteral("username"), QStringLiteral("nobody"));
        settings.setField(QStringLiteral("password"), QStringLiteral("secret"));
        settings.setField(QStringLiteral("group_id"), QStringLiteral("Alpha")); // chosen by name
        settings.save();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Saved."), 10000);
        auto boxes = m_desk->as("admin").get("/api/v1/mailboxes").array("mailboxes");
        for (unsigned i = 0; i < boxes->size(); ++i)
            if (boxes->getObject(i)->getValue<std::string>("name") == "Nobody home")
                QCOMPARE(boxes->getObject(i)->getValue<std::int64_t>("group_id"), m_desk->alpha());
        auto *test = buttonLabelled(settings, QStringLiteral("Test connection"));
        QVERIFY(test && test->isVisible());
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Failed:")), 20000);
    }

    void anAdminManagesTagsTokensAndMailboxesAndReadsTheAuditLog()
    {
        QTemporaryDir dir;
        HelpdeskAccess admin(dir.path(), std::make_unique<SessionSecretStore>());
        signInAsAdmin(admin);
        SettingsWindow settings(admin.admin(), admin.directory());
        settings.show();
        auto *status = settings.findChild<QLabel *>(QStringLiteral("status"));
        auto ticketTags = [&] {
            auto tags = m_desk->as("admin")
                            .get("/api/v1/tickets/" + std::to_string(m_ticket))
                            .object("ticket")
                            ->getArray("tags");
            QStringList out;
            for (unsigned i = 0; i < tags->size(); ++i)
                out << QString::fromStdString(tags->getElement<std::string>(i));
            return out;
        };

        // Tags: rename one on every ticket, then remove it.
        QCOMPARE(m_desk->as("alphaFull")
                     .patch("/api/v1/tickets/" + std::to_string(m_ticket), json(R"({"tags":["ui-old-tag"]})"))
                     .status,
                 200);
        settings.showKind(QStringLiteral("tag"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(settings, QStringLiteral("ui-old-tag")) >= 0, 10000);
        settings.editRow(rowWith(settings, QStringLiteral("ui-old-tag")));
        settings.setField(QStringLiteral("tag"), QStringLiteral("ui-new-tag"));
        settings.save();
        QTRY_VERIFY_WITH_TIMEOUT(ticketTags().contains(QStringLiteral("ui-new-tag")), 10000);
        QVERIFY(!ticketTags().contains(QStringLiteral("ui-old-tag")));
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(settings, QStringLiteral("ui-new-tag")) >= 0, 10000);
        settings.editRow(rowWith(settings, QStringLiteral("ui-new-tag")));
        settings.removeCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(!ticketTags().contains(QStringLiteral("ui-new-tag")), 10000);

        // API tokens: one issued for an agent's account works until it is revoked.
        settings.showKind(QStringLiteral("token"));
        settings.editRow(-1);
        settings.setField(QStringLiteral("name"), QStringLiteral("billing panel"));
        settings.setField(QStringLiteral("user_email"), QStringLiteral("alphaFull@test.example"));
        settings.save();
        QTRY_VERIFY_WITH_TIMEOUT(!settings.issuedToken().isEmpty(), 10000);
        QVERIFY(status->text().contains(settings.issuedToken()));
        ApiClient integration(m_desk->port());
        integration.setToken(settings.issuedToken().toStdString());
        QCOMPARE(integration.get("/api/v1/me").object("user")->getValue<std::string>("email"),
                 std::string("alphaFull@test.example"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(settings, QStringLiteral("billing panel")) >= 0, 10000);
        settings.editRow(rowWith(settings, QStringLiteral("billing panel")));
        settings.removeCurrent();
        QTRY_COMPARE_WITH_TIMEOUT(integration.get("/api/v1/me").status, 401, 10000);

        // A mailbox's run log: "Poll now" against a server that does not answer logs the failure.
        auto mailbox = m_desk->as("admin").post("/api/v1/mailboxes", json(R"({"name":"Run log box","protocol":"pop3",
            "host":"127.0.0.1","port":9,"security":"none","username":"u","password":"p","poll_interval_minutes":1440})"));
        QCOMPARE(mailbox.status, 201);
        settings.showKind(QStringLiteral("mailbox"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(settings, QStringLiteral("Run log box")) >= 0, 10000);
        settings.editRow(rowWith(settings, QStringLiteral("Run log box")));
        auto *poll = buttonLabelled(settings, QStringLiteral("Poll now"));
        QVERIFY(poll && poll->isVisible());
        poll->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Failed:")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(settings.runs()->rowCount() >= 1, 10000);
        auto errorColumn = settings.runs()->columns().indexOf(QStringLiteral("error"));
        QVERIFY(errorColumn >= 0);
        QVERIFY(!settings.runs()->index(0, errorColumn).data().toString().isEmpty());

        // A message of the mailbox whose interpretation kept killing the server (tst_crash_recovery
        // brings one about for real) is listed with its reason until "Retry message" queues it again.
        auto mailboxId = std::to_string(mailbox.object("mailbox")->getValue<std::int64_t>("id"));
        m_desk->exec("INSERT INTO inbound_messages (sha256, raw, size, source, mailbox_id) VALUES ('ui-poison', 'x', "
                     "1, 'pop3', " +
                     mailboxId + ")");
        m_desk->exec(
            "INSERT INTO jobs (queue, payload, state, attempts, interrupted, dedupe_key, last_error)"
            " SELECT 'mail.inbound', json_build_object('inbound_id', id), 'quarantined', 3, 3, 'mail.inbound:' || id,"
            " 'quarantined: its worker (host:1) stopped while running it; 3 of 3 attempts ended that way'"
            " FROM inbound_messages WHERE sha256 = 'ui-poison'");
        settings.editRow(rowWith(settings, QStringLiteral("Run log box")));
        QTRY_COMPARE_WITH_TIMEOUT(settings.quarantinedMail()->rowCount(), 1, 10000);
        auto reason = settings.quarantinedMail()->index(
            0, settings.quarantinedMail()->columns().indexOf(QStringLiteral("error")));
        QVERIFY2(reason.data().toString().contains(QStringLiteral("stopped while running it")),
                 qPrintable(reason.data().toString()));
        auto *retry = buttonLabelled(settings, QStringLiteral("Retry message"));
        QVERIFY(retry && retry->isVisible());
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(settings.quarantinedMail()->rowCount(), 0, 10000);
        QVERIFY(!retry->isVisible());
        QCOMPARE(m_desk->scalar(
                     "SELECT count(*) FROM jobs j JOIN inbound_messages m ON j.dedupe_key = 'mail.inbound:' || m.id"
                     " WHERE m.sha256 = 'ui-poison' AND j.state = 'quarantined'"),
                 0LL);

        // The audit log shows who changed what, old and new.
        settings.showKind(QStringLiteral("audit"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(settings, QStringLiteral("tag.renamed")) >= 0, 10000);
        auto changes = settings.items()
                           ->index(rowWith(settings, QStringLiteral("tag.renamed")),
                                   settings.items()->columns().indexOf(QStringLiteral("changes")))
                           .data()
                           .toString();
        QVERIFY2(changes.contains(QStringLiteral("ui-old-tag → ui-new-tag")), qPrintable(changes));
        QVERIFY(rowWith(settings, QStringLiteral("token.revoked")) >= 0);
    }

    void remoteImagesAreBlockedUntilAllowed()
    {
        SafeTextBrowser browser;
        QSignalSpy blocked(&browser, &SafeTextBrowser::remoteContentBlockedChanged);
        browser.showHtml(
            QStringLiteral("<p>Hello</p><img src='http://127.0.0.1:9/track.png'><img src='file:///etc/passwd'>"));
        QCOMPARE(blocked.size(), 1);
        QVERIFY(browser.remoteContentBlocked());
        browser.showHtml(QStringLiteral("<p>Plain</p>"));
        QVERIFY(!browser.remoteContentBlocked());
    }

    void aLinkInTheMailCannotPoseAsAnAttachment_data()
    {
        QTest::addColumn<QString>("forged");
        const QString realAttachment(64, QLatin1Char('a')); // the sha256 of the mail's attachment
        QTest::newRow("the attachment scheme naming the real attachment")
            << QStringLiteral("attachment:%1?name=evil.desktop").arg(realAttachment);
        QTest::newRow("the attachment scheme in capitals") << QStringLiteral("ATTACHMENT:%1").arg(realAttachment);
        QTest::newRow("a link shaped like the view's own")
            << QStringLiteral("attachment:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void aLinkInTheMailCannotPoseAsAnAttachment()
    {
        QFETCH(QString, forged);
        static const auto ticket = m_desk->openTicket("Alpha", "carol", "Invoice for March");
        QTRY_VERIFY_WITH_TIMEOUT(m_access->directory().ticket(ticket).has_value(), 10000);
        m_window->showTicket(ticket);
        // A customer's mail with an attachment whose name climbs out of the folder, and HTML with
        // a link in the view's own scheme. The server's sanitizer may drop such links; the client
        // must not rely on it, so the mail goes into the cache as a server letting it through
        // would have sent it.
        helpdesk::protocol::Article mail;
        mail.id = 900000001;
        mail.ticketId = ticket;
        mail.sender = "customer";
        mail.channel = "email";
        mail.from = "carol@test.example";
        mail.bodyText = "Open the invoice";
        mail.bodyHtml = "<p>Your invoice: <a href='" + forged.toStdString() + "'>Open the invoice</a></p>";
        mail.attachments.push_back({std::string(64, 'a'), "../../.bashrc", "text/plain", 120, std::nullopt, false});
        mail.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
        m_access->session().replica()->cache.upsertArticle(mail);
        QTRY_VERIFY(thread()->toPlainText().contains(QStringLiteral("Open the invoice")));

        SaveDialogWatcher dialogs;
        QCOMPARE(clickLinkInThread(QStringLiteral("Open the invoice")), forged);
        QCOMPARE(dialogs.offered, QStringList()); // the mail's link did nothing
        // The view's own link to the same attachment offers to save it, under a name that stays
        // in the folder chosen.
        QVERIFY(clickLinkInThread(QStringLiteral("../../.bashrc")).startsWith(QLatin1String("attachment:")));
        QCOMPARE(dialogs.offered.size(), 1);
        QCOMPARE(QFileInfo(dialogs.offered.front()).fileName(), QStringLiteral("bashrc"));
        QVERIFY2(!dialogs.offered.front().contains(QLatin1String("..")), qPrintable(dialogs.offered.front()));
    }

    void signingInOverPlainHttpAsksFirst_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("asks");
        // No sign-in that asks is confirmed here, so no name below is ever looked up.
        QTest::newRow("plain http to another machine asks") << "http://desk.invalid:8080" << true;
        QTest::newRow("an address typed without a scheme is plain http and asks") << "desk.invalid" << true;
        QTest::newRow("a name dressed up as this machine asks") << "http://127.0.0.1.invalid" << true;
        QTest::newRow("a private network address asks") << "http://192.0.2.10" << true;
        QTest::newRow("https to another machine does not ask") << "https://192.0.2.10" << false;
        QTest::newRow("plain http to this machine's address does not ask") << "http://127.0.0.1:9" << false;
        QTest::newRow("plain http to localhost does not ask") << "http://localhost:9" << false;
        QTest::newRow("plain http to the IPv6 loopback does not ask") << "http://[::1]:9" << false;
    }

    void signingInOverPlainHttpAsksFirst()
    {
        QFETCH(QString, server);
        QFETCH(bool, asks);
        QTemporaryDir dir;
        HelpdeskAccess access(dir.path(), std::make_unique<SessionSecretStore>());
        auto login = filledSignIn(access.session(), server);
        auto *warning = login->findChild<QLabel *>(QStringLiteral("plainHttpWarning"));
        auto *confirm = login->findChild<QCheckBox *>(QStringLiteral("allowPlainHttp"));
        auto *error = login->findChild<QLabel *>(QStringLiteral("error"));
        auto *signIn = login->findChild<QPushButton *>(QStringLiteral("signIn"));
        QCOMPARE(warning->isVisible(), asks);
        QCOMPARE(confirm->isVisible(), asks);
        if (asks)
            QVERIFY2(warning->text().contains(QUrl::fromUserInput(server).host()), qPrintable(warning->text()));
        signIn->click();
        // Asked: nothing goes out until the agent confirms (an attempt disables the button).
        QCOMPARE(signIn->isEnabled(), asks);
        QCOMPARE(error->isVisible(), asks);
    }

    void aConfirmedPlainHttpSignInGoesAhead()
    {
        QTemporaryDir dir;
        HelpdeskAccess access(dir.path(), std::make_unique<SessionSecretStore>());
        // 0.0.0.0 is no loopback address by its spelling, yet Linux connects it to this machine,
        // where the desk listens: an address that asks, with a real sign-in behind it.
        auto login = filledSignIn(access.session(), QStringLiteral("http://0.0.0.0:%1").arg(m_desk->port()));
        auto *confirm = login->findChild<QCheckBox *>(QStringLiteral("allowPlainHttp"));
        auto *signIn = login->findChild<QPushButton *>(QStringLiteral("signIn"));
        QVERIFY(confirm->isVisible());
        signIn->click();
        QVERIFY(signIn->isEnabled());
        QVERIFY(!access.session().isOpen());
        confirm->setChecked(true);
        signIn->click();
        QTRY_VERIFY_WITH_TIMEOUT(access.session().isOpen(), 10000);
        QCOMPARE(login->result(), int(QDialog::Accepted));
        // A different address asks anew.
        login->setServer(QStringLiteral("http://desk.invalid"));
        QVERIFY(!confirm->isChecked());
    }

    void forgotPasswordOpensTheServersPage_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("page");
        QTest::newRow("a server at the root") << "https://desk.example"
                                              << "https://desk.example/forgot-password";
        QTest::newRow("a port and a trailing slash") << "http://127.0.0.1:8080/"
                                                     << "http://127.0.0.1:8080/forgot-password";
        QTest::newRow("a server under a path") << "https://example.org/desk"
                                               << "https://example.org/desk/forgot-password";
        QTest::newRow("an address without a scheme") << "desk.example"
                                                     << "http://desk.example/forgot-password";
        QTest::newRow("no address opens nothing") << ""
                                                  << "";
        QTest::newRow("another scheme opens nothing") << "ftp://desk.example"
                                                      << "";
    }

    void forgotPasswordOpensTheServersPage()
    {
        QFETCH(QString, server);
        QFETCH(QString, page);
        QCOMPARE(LoginDialog::forgotPasswordPage(server).toString(), page);
        QTemporaryDir dir;
        HelpdeskAccess access(dir.path(), std::make_unique<SessionSecretStore>());
        auto login = filledSignIn(access.session(), server);
        BrowserStandIn browser;
        for (const auto *scheme : {"http", "https"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &browser, "open");
        // Without an e-mail typed the server's page asks for it (with one, the server mails the link:
        // tst_client_agent_tools).
        login->findChild<QLineEdit *>(QStringLiteral("email"))->clear();
        auto *forgot = login->findChild<QLabel *>(QStringLiteral("forgotPassword"));
        QVERIFY(forgot && forgot->isVisible());
        emit forgot->linkActivated(QStringLiteral("#"));
        for (const auto *scheme : {"http", "https"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
        QCOMPARE(browser.opened, page.isEmpty() ? QList<QUrl>{} : QList<QUrl>{QUrl(page)});
        QCOMPARE(login->findChild<QLabel *>(QStringLiteral("error"))->isVisible(), page.isEmpty());
    }

    void theWindowSpeaksTheAgentsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("myOpenTickets");
        QTest::newRow("German") << "de"
                                << "Meine offenen Tickets";
        QTest::newRow("Polish") << "pl"
                                << "Moje otwarte zgłoszenia";
        QTest::newRow("Russian") << "ru"
                                 << "Мои открытые заявки";
        QTest::newRow("French") << "fr"
                                << "Mes tickets ouverts";
        QTest::newRow("Italian") << "it"
                                 << "I miei ticket aperti";
    }

    void theWindowSpeaksTheAgentsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, myOpenTickets);
        auto *app = QCoreApplication::instance();
        QVERIFY(installTranslations(*app, language));
        QCOMPARE(QCoreApplication::translate("helpdesk::client::ViewListModel", "My open tickets"), myOpenTickets);
        // Plural forms come from the translation too, not from English.
        auto two =
            QCoreApplication::translate("helpdesk::client::MainWindow", "%n change(s) waiting to be sent", nullptr, 2);
        QVERIFY2(two.startsWith(QLatin1String("2 ")) && !two.contains(QLatin1String("change(s)")), qPrintable(two));
        for (auto *translator : app->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void aRefusedChangeIsExplainedInTheStatusBar()
    {
        // "merged" is a state only a merge may set: the server refuses it with a reason.
        m_window->showTicket(m_ticket);
        qint64 merged = 0;
        for (const auto &state : m_access->directory().states())
            if (state.detail == QLatin1String("merged"))
                merged = state.id;
        QVERIFY(merged);
        auto before = m_access->directory().ticket(m_ticket)->stateId;
        m_access->actions().setField(m_ticket, QStringLiteral("state_id"), merged);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastProblem().startsWith(QStringLiteral("Not saved")), 10000);
        QVERIFY2(m_window->lastProblem().contains(QStringLiteral("merge")), qPrintable(m_window->lastProblem()));
        QTRY_COMPARE_WITH_TIMEOUT(m_access->directory().ticket(m_ticket)->stateId, before, 10000);
    }
};

QTEST_MAIN(TestClientUi)
#include "tst_client_ui.moc"
