// A custom channel's ticket in the agent's window, end to end: an outside system (a real HTTP
// receiver on loopback that checks signatures with the secret the admin was shown once) opens a
// case for its end user; the admin, working tickets in the real (offscreen) client, sees it
// arrive with the channel's name, its integration and both sides' ids, answers in the composer
// (which asks for no address), and the answer arrives once, signed, on the outside system's
// webhook while the thread shows it delivered; a reply the receiver refuses shows as retrying and
// then as not delivered, with the receiver's answer; an e-mail reply shows sent, or retrying with
// the mail server's error. A field the integration owns shows its value read-only with the
// integration's name. An agent, who may not read the admins' integration settings, sees the
// channel, the integration and the field's owner by name too (from the integration directory).

#include "access/HelpdeskAccess.h"
#include "support/Desk.h"
#include "support/SmtpSink.h"
#include "support/WebhookReceiver.h"
#include "ui/MainWindow.h"
#include "ui/SafeTextBrowser.h"
#include "ui/TicketView.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;

namespace {

std::string str(std::int64_t n)
{
    return std::to_string(n);
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

class TestClientChannels : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_smtp;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<WebhookReceiver> m_receiver;
    QTemporaryDir m_dir;
    std::unique_ptr<HelpdeskAccess> m_access;
    std::unique_ptr<MainWindow> m_window;
    std::int64_t m_integration = 0;
    std::int64_t m_channel = 0;
    std::string m_secret; // the channel's, as the admin was shown it once
    std::string m_token;  // the integration's own API token
    std::int64_t m_case = 0;
    std::int64_t m_endUser = 0;

    TicketView *view() const { return m_window->ticketView(); }
    SafeTextBrowser *thread() const { return view()->findChild<SafeTextBrowser *>(); }
    QString labelText(const QString &name) const
    {
        auto *label = view()->findChild<QLabel *>(name);
        return label && label->isVisible() ? label->text() : QString();
    }

    /// Types `text` into the composer of `ticketView` and clicks Send, as the agent does.
    static void writeAndSend(TicketView *ticketView, const QString &text)
    {
        auto *composer = ticketView->findChild<QTextEdit *>(QStringLiteral("composer"));
        QVERIFY(composer);
        composer->setFocus();
        QTest::keyClicks(composer, text);
        QPushButton *send = nullptr;
        for (auto *button : ticketView->findChildren<QPushButton *>())
            if (button->text() == QLatin1String("Send"))
                send = button;
        QVERIFY(send);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(composer->toPlainText().isEmpty());
    }

    /// The header line and body of the article of `browser` whose body holds `text`, as shown.
    static QString articleIn(const SafeTextBrowser *browser, const QString &text)
    {
        const auto all = browser->toPlainText();
        const auto at = all.indexOf(text);
        if (at < 0)
            return {};
        // The article's header is the last line written before its body.
        const auto before = all.left(at).trimmed();
        return before.mid(before.lastIndexOf(QLatin1Char('\n')) + 1) + QLatin1Char('\n') + text;
    }
    QString articleShowing(const QString &text) const { return articleIn(thread(), text); }

private slots:
    void initTestCase()
    {
        m_smtp = std::make_unique<SmtpSink>();
        m_smtp->start();
        // Loopback receivers allowed; few attempts: a refused reply is dead within seconds.
        m_desk = std::make_unique<Desk>([](helpdesk::app::ServerConfig &config) {
            config.webhookAllowedNetworks = {"127.0.0.0/8"};
            config.webhookAttempts = 3;
            config.webhookRetryBaseSeconds = 1;
        });
        m_desk->useSmtp(m_smtp->port());
        m_receiver = std::make_unique<WebhookReceiver>();
        m_access = std::make_unique<HelpdeskAccess>(m_dir.path(), std::make_unique<SessionSecretStore>());
        QSignalSpy progress(&m_access->session(), &AccountSession::syncProgress);
        m_access->session().signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_desk->port())),
                                   QStringLiteral("admin@test.example"),
                                   QString::fromStdString(m_desk->server().adminPassword()));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toBool(), 20000);
        m_window = std::make_unique<MainWindow>(*m_access);
        m_window->resize(1300, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionText().contains(QStringLiteral("Online")), 10000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_access.reset();
        m_receiver.reset();
        m_desk.reset();
        m_smtp.reset();
    }

    void theOutsideSystemsCaseArrivesWithItsChannelAndBothSidesIds()
    {
        // Set up while the client runs: the integration reaches it as an event, the channel by name
        // when its first ticket names it.
        auto admin = m_desk->as("admin");
        auto integration = admin.post("/api/v1/integrations", json(R"({"name":"Billing panel"})"));
        QVERIFY2(integration.status == 201, integration.raw.c_str());
        m_integration = integration.object("integration")->getValue<std::int64_t>("id");
        auto token = admin.post("/api/v1/tokens",
                                json(R"({"name":"panel","user_id":)" + str(m_desk->userId("alphaFull")) +
                                     R"(,"scopes":["tickets:read","tickets:write","users:write"],"integration_id":)" +
                                     str(m_integration) + "}"));
        QVERIFY2(token.status == 201, token.raw.c_str());
        m_token = token.body->getValue<std::string>("token");
        auto channelBody = json(R"({"name":"Panel chat"})");
        channelBody->set("url", m_receiver->urlOf("/panel"));
        channelBody->set("group_id", m_desk->alpha());
        auto channel = admin.post("/api/v1/integrations/" + str(m_integration) + "/channels", channelBody);
        QVERIFY2(channel.status == 201, channel.raw.c_str());
        m_channel = channel.object("channel")->getValue<std::int64_t>("id");
        m_secret = channel.object("channel")->getValue<std::string>("secret");

        ApiClient panel(m_desk->port());
        panel.setToken(m_token);
        auto opened = panel.post("/api/v1/channels/" + str(m_channel) + "/tickets",
                                 json(R"({"user":{"external_id":"u-1","name":"Uma Panel","email":"uma@panel.example"},)"
                                      R"("title":"Cannot pay my invoice","body_text":"The payment page fails",)"
                                      R"("external_id":"case-1","message_external_id":"m-1"})"));
        QVERIFY2(opened.status == 201, opened.raw.c_str());
        m_case = opened.object("ticket")->getValue<std::int64_t>("id");
        m_endUser = opened.object("user")->getValue<std::int64_t>("id");

        // It arrives in the inbox without the agent asking, in the channel's group.
        m_access->inbox().tickets()->setView({InboxView::Kind::Group, m_desk->alpha()});
        QTRY_VERIFY_WITH_TIMEOUT(m_access->inbox().tickets()->rowOfTicket(m_case) >= 0, 15000);
        m_window->showTicket(m_case);
        QTRY_VERIFY_WITH_TIMEOUT(thread()->toPlainText().contains(QStringLiteral("The payment page fails")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(QStringLiteral("origin")).contains(QStringLiteral("Panel chat")), 10000);
        const auto origin = labelText(QStringLiteral("origin"));
        QVERIFY2(origin.contains(QStringLiteral("Billing panel")), qPrintable(origin));
        QTRY_VERIFY_WITH_TIMEOUT(labelText(QStringLiteral("origin")).contains(QStringLiteral("Billing panel: case-1")),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(QStringLiteral("customer")).contains(QStringLiteral("Billing panel: u-1")),
                                 10000);
        const auto customer = labelText(QStringLiteral("customer"));
        QVERIFY2(customer.contains(QStringLiteral("Uma Panel")), qPrintable(customer));
        QVERIFY2(customer.contains(QStringLiteral("uma@panel.example")), qPrintable(customer));
    }

    void aFieldTheIntegrationOwnsShowsItsValueReadOnlyWithItsName()
    {
        QVERIFY(m_case != 0);
        auto field = json(R"({"object_kind":"ticket","name":"tariff","label":"Tariff","field_type":"text"})");
        field->set("integration_id", m_integration);
        auto created = m_desk->as("admin").post("/api/v1/custom_fields", field);
        QVERIFY2(created.status == 201, created.raw.c_str());
        ApiClient panel(m_desk->port());
        panel.setToken(m_token);
        auto filled = panel.patch("/api/v1/tickets/" + str(m_case), json(R"({"custom":{"tariff":"Pro"}})"));
        QVERIFY2(filled.status == 200, filled.raw.c_str());

        m_window->showTicket(m_case);
        QLineEdit *shown = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((shown = view()->findChild<QLineEdit *>(QStringLiteral("custom_tariff"))) &&
                                     shown->text() == QLatin1String("Pro"),
                                 10000);
        QVERIFY(shown->isReadOnly());
        auto *form = qobject_cast<QFormLayout *>(shown->parentWidget()->layout());
        QVERIFY(form);
        auto *label = qobject_cast<QLabel *>(form->labelForField(shown));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Tariff (from Billing panel)"));
    }

    void theComposerSendsTheReplyToTheChannelWithoutAskingForAnAddress()
    {
        QVERIFY(m_case != 0);
        m_window->showTicket(m_case);
        view()->startComposing(TicketView::ComposeMode::Reply);
        QComboBox *mode = nullptr; // the composer's mode: the box that offers an internal note
        for (auto *box : view()->findChildren<QComboBox *>())
            if (box->findData(int(TicketView::ComposeMode::Note)) >= 0)
                mode = box;
        QVERIFY(mode);
        QCOMPARE(mode->currentText(), QStringLiteral("Reply to the channel"));
        QVERIFY(!view()->findChild<QLineEdit *>(QStringLiteral("to"))->isVisible());
        QVERIFY(!view()->findChild<QLineEdit *>(QStringLiteral("cc"))->isVisible());
        QVERIFY2(labelText(QStringLiteral("channelReplyNote")).contains(QStringLiteral("Panel chat")),
                 qPrintable(labelText(QStringLiteral("channelReplyNote"))));
        // Reply-all and forward have no meaning there: the shortcut for them starts a reply.
        view()->startComposing(TicketView::ComposeMode::Forward);
        QCOMPARE(mode->currentData().toInt(), int(TicketView::ComposeMode::Reply));
    }

    void theAnswerArrivesOnceSignedOnTheWebhookAndShowsAsDelivered()
    {
        QVERIFY(m_case != 0);
        m_window->showTicket(m_case);
        view()->startComposing(TicketView::ComposeMode::Reply);
        writeAndSend(view(), QStringLiteral("Fixed it for you: please pay again."));

        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/panel"), std::size_t(1), 20000);
        const auto got = m_receiver->receivedOn("/panel").front();
        QCOMPARE(got.event, std::string("channel.reply"));
        QVERIFY(isSignedWith(got, m_secret));
        QVERIFY(!isSignedWith(got, m_secret + "x"));
        const auto sentAt = QDateTime::fromSecsSinceEpoch(std::stoll(got.timestamp));
        QVERIFY(qAbs(sentAt.secsTo(QDateTime::currentDateTimeUtc())) < 300);
        auto data = json(got.body)->getObject("data");
        QCOMPARE(data->getValue<std::int64_t>("channel_id"), m_channel);
        QCOMPARE(data->getValue<std::int64_t>("integration_id"), m_integration);
        auto message = data->getObject("message");
        QCOMPARE(q(message->getValue<std::string>("body_text")), QStringLiteral("Fixed it for you: please pay again."));
        QVERIFY(message->getValue<std::int64_t>("id") > 0);
        QCOMPARE(message->getValue<std::int64_t>("author_id"), m_desk->userId("admin"));
        // Both sides' ids: the desk's ticket and user, and the panel's case and user.
        auto ticket = data->getObject("ticket");
        QCOMPARE(ticket->getValue<std::int64_t>("id"), m_case);
        QCOMPARE(ticket->getValue<std::string>("external_id"), std::string("case-1"));
        auto user = data->getObject("user");
        QCOMPARE(user->getValue<std::int64_t>("id"), m_endUser);
        QCOMPARE(user->getValue<std::string>("external_id"), std::string("u-1"));

        // The thread shows the reply delivered, as a mail client shows a mail sent.
        QTRY_VERIFY2_WITH_TIMEOUT(articleShowing(QStringLiteral("Fixed it for you: please pay again."))
                                      .contains(QStringLiteral("✓ delivered to the channel")),
                                  qPrintable(thread()->toPlainText()), 20000);
        QVERIFY(!articleShowing(QStringLiteral("The payment page fails")).contains(QStringLiteral("delivered")));
        // Delivered once: the outbox and the webhook's retries sent nothing twice.
        QCOMPARE(m_receiver->countOn("/panel"), std::size_t(1));
    }

    void aReplyTheReceiverRefusesShowsRetryingThenNotDeliveredWithItsAnswer()
    {
        QVERIFY(m_case != 0);
        m_receiver->setDown("/panel", true, "3"); // 503, come back in 3 s: attempts 3 s apart
        m_window->showTicket(m_case);
        view()->startComposing(TicketView::ComposeMode::Reply);
        const auto text = QStringLiteral("A second answer the panel cannot take now.");
        writeAndSend(view(), text);
        // On its way: queued or retrying, then dead after the last attempt, with the answer.
        QTRY_VERIFY_WITH_TIMEOUT(articleShowing(text).contains(QStringLiteral("queued for the channel")) ||
                                     articleShowing(text).contains(QStringLiteral("retrying")),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(articleShowing(text).contains(QStringLiteral("not delivered to the channel")), 40000);
        const auto shown = articleShowing(text);
        QVERIFY2(shown.contains(QStringLiteral("HTTP 503")), qPrintable(shown));
        // The first reply still shows delivered; the refused one never arrived.
        QVERIFY(articleShowing(QStringLiteral("Fixed it for you: please pay again."))
                    .contains(QStringLiteral("✓ delivered to the channel")));
        QCOMPARE(m_receiver->countOn("/panel"), std::size_t(1));
        m_receiver->setDown("/panel", false);
    }

    void anEMailReplyShowsSentThenOneTheMailServerCannotTakeShowsRetryingWithItsError()
    {
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Printer offline");
        QTRY_VERIFY_WITH_TIMEOUT(m_access->inbox().tickets()->rowOfTicket(ticket) >= 0, 15000);
        m_window->showTicket(ticket);
        QVERIFY(!labelText(QStringLiteral("origin")).contains(QStringLiteral("channel")));
        QTRY_VERIFY(labelText(QStringLiteral("customer")).contains(QStringLiteral("carol@test.example")));
        view()->startComposing(TicketView::ComposeMode::Reply);
        QVERIFY(view()->findChild<QLineEdit *>(QStringLiteral("to"))->isVisible()); // an e-mail has addresses
        QVERIFY(labelText(QStringLiteral("channelReplyNote")).isEmpty());
        const auto first = QStringLiteral("Please switch it off and on.");
        writeAndSend(view(), first);
        QVERIFY(m_smtp->waitForCount(1));
        QTRY_VERIFY2_WITH_TIMEOUT(articleShowing(first).contains(QStringLiteral("✓ sent")),
                                  qPrintable(thread()->toPlainText()), 20000);

        // The mail server is away: the next reply waits, retried, with the reason in view.
        m_smtp->stop();
        const auto second = QStringLiteral("Did that help?");
        writeAndSend(view(), second);
        QTRY_VERIFY2_WITH_TIMEOUT(articleShowing(second).contains(QStringLiteral("retrying (attempts so far: ")),
                                  qPrintable(articleShowing(second)), 20000);
        QVERIFY(articleShowing(first).contains(QStringLiteral("✓ sent")));
        m_smtp->start();
    }

    void anAgentSeesTheChannelAndIntegrationByName()
    {
        QVERIFY(m_case != 0);
        QTemporaryDir dir;
        HelpdeskAccess agent(dir.path(), std::make_unique<SessionSecretStore>());
        QSignalSpy progress(&agent.session(), &AccountSession::syncProgress);
        agent.session().signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_desk->port())),
                               QStringLiteral("alphaFull@test.example"), QString::fromLatin1(Desk::kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toBool(), 20000);
        TicketView ticketView(agent);
        ticketView.resize(1000, 700);
        ticketView.show();
        ticketView.showTicket(m_case);
        auto *origin = ticketView.findChild<QLabel *>(QStringLiteral("origin"));
        QTRY_VERIFY_WITH_TIMEOUT(origin->text().contains(QStringLiteral("case-1")), 10000);
        QVERIFY2(origin->text().contains(QStringLiteral("Panel chat")), qPrintable(origin->text()));
        QVERIFY2(origin->text().contains(QStringLiteral("Billing panel: case-1")), qPrintable(origin->text()));
        QVERIFY2(!origin->text().contains(QStringLiteral("custom channel %1").arg(m_channel)),
                 qPrintable(origin->text()));
        auto *tariff = ticketView.findChild<QLineEdit *>(QStringLiteral("custom_tariff"));
        QVERIFY(tariff && tariff->isReadOnly());
        QCOMPARE(tariff->text(), QStringLiteral("Pro"));
        auto *form = qobject_cast<QFormLayout *>(tariff->parentWidget()->layout());
        QVERIFY(form);
        auto *tariffLabel = qobject_cast<QLabel *>(form->labelForField(tariff));
        QVERIFY(tariffLabel);
        QCOMPARE(tariffLabel->text(), QStringLiteral("Tariff (from Billing panel)"));
        auto *customer = ticketView.findChild<QLabel *>(QStringLiteral("customer"));
        QTRY_VERIFY_WITH_TIMEOUT(customer->text().contains(QStringLiteral("u-1")), 10000);
        // The agent's thread shows the deliveries too.
        auto *agentThread = ticketView.findChild<SafeTextBrowser *>();
        QTRY_VERIFY_WITH_TIMEOUT(articleIn(agentThread, QStringLiteral("A second answer the panel cannot take now."))
                                     .contains(QStringLiteral("✗ not delivered to the channel: HTTP 503")),
                                 10000);
        QVERIFY(articleIn(agentThread, QStringLiteral("Fixed it for you: please pay again."))
                    .contains(QStringLiteral("✓ delivered to the channel")));
    }
};

QTEST_MAIN(TestClientChannels)
#include "tst_client_channels.moc"
