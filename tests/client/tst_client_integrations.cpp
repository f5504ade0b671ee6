// Integrations in the agent client (offscreen), against a real desk and a real receiver on
// loopback: in the settings pane's "Integrations" section an admin creates and edits an
// integration, subscribes it to events at the receiver's URL and sees the webhook's secret once,
// sends a test event that arrives signed with that secret, reads its delivery and the integration
// log, gives the webhook a new secret and deletes it (each after a question), and sends a delivery
// that was given up again once the receiver is back. In the "Channels" tab the admin opens a custom
// channel in a group, sees its secret once, edits it, turns it off and on, gives it a new secret
// that signs the agents' replies delivered through it, sends such a delivery again and deletes it.
// A custom field is made the integration's in the custom field editor, and the integration's lookup
// URL shows its secret once, which signs the desk's request for that field's value of a new ticket.

#include "AdminSettingsPane.h"
#include "support/WebhookReceiver.h"
#include "ui/IntegrationsPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;

class TestClientIntegrations : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<WebhookReceiver> m_receiver;
    AdminSettingsPane m_pane;
    QString m_firstSecret; // the /hook webhook's, as shown when it was made

    IntegrationsPane &section() { return *m_pane.settings().integrations(); }
    template <typename T> T *part(const char *name) { return section().findChild<T *>(QLatin1String(name)); }
    QString status() { return part<QLabel>("integrationStatus")->text(); }
    QString urlOf(const char *path) const { return QString::fromStdString(m_receiver->urlOf(path)); }
    static QString cell(PanelModel *model, int row, const char *key)
    {
        const auto column = model->columns().indexOf(QLatin1String(key));
        return model->data(model->index(row, column)).toString();
    }

    /// Selects the integration named "Billing panel" once the list shows it.
    void selectBillingPanel()
    {
        QTRY_VERIFY_WITH_TIMEOUT(section().rowOfIntegration(QStringLiteral("Billing panel")) >= 0, 10000);
        section().selectIntegration(section().rowOfIntegration(QStringLiteral("Billing panel")));
        QTRY_VERIFY(part<QPushButton>("addWebhook")->isEnabled());
    }

    /// Subscribes the selected integration at `path` to ticket.created; `secret` gets the secret shown.
    void addWebhook(const char *path, QString *secret = nullptr)
    {
        part<QLineEdit>("webhookUrl")->setText(urlOf(path));
        for (auto *box : section().findChildren<QCheckBox *>())
            if (box->objectName().startsWith(QLatin1String("event_")))
                box->setChecked(box->objectName() == QLatin1String("event_ticket.created"));
        part<QPushButton>("addWebhook")->click();
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("Saved.")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(section().rowOfWebhook(urlOf(path)) >= 0, 10000);
        if (secret)
            *secret = part<QLineEdit>("webhookSecret")->text();
    }

    /// The id of the integration "Billing panel" as the server has it.
    std::int64_t billingPanelId() { return m_desk->scalar("SELECT id FROM integrations WHERE name = 'Billing panel'"); }

    /// The Billing panel's channel named `name` as channel.list answers the admin, or nullptr.
    JsonObject storedChannel(const std::string &name)
    {
        auto listed = m_desk->as("admin").get("/api/v1/integrations/" + std::to_string(billingPanelId()) + "/channels");
        auto channels = listed.array("channels");
        for (unsigned i = 0; channels && i < channels->size(); ++i)
            if (channels->getObject(i)->getValue<std::string>("name") == name)
                return channels->getObject(i);
        return nullptr;
    }

    /// The custom field named `name` as custom_field.list answers the admin, or nullptr.
    JsonObject storedField(const std::string &name)
    {
        auto fields = m_desk->as("admin").get("/api/v1/custom_fields").array("custom_fields");
        for (unsigned i = 0; fields && i < fields->size(); ++i)
            if (fields->getObject(i)->getValue<std::string>("name") == name)
                return fields->getObject(i);
        return nullptr;
    }

    /// An API token of the Billing panel, acting as the agent alphaFull (as the panel calls the desk).
    std::string billingPanelToken()
    {
        auto issued = m_desk->as("admin").post(
            "/api/v1/tokens", json(R"({"name":"panel","user_id":)" + std::to_string(m_desk->userId("alphaFull")) +
                                   R"(,"scopes":["tickets:read","tickets:write","users:write"],"integration_id":)" +
                                   std::to_string(billingPanelId()) + "}"));
        return issued.status == 201 ? issued.body->getValue<std::string>("token") : std::string();
    }

    /// Fills the channel form and adds the channel to the selected integration.
    void addChannel(const QString &name, const char *path, const QString &group)
    {
        QTRY_VERIFY(part<QPushButton>("addChannel")->isEnabled());
        part<QLineEdit>("channelName")->setText(name);
        part<QLineEdit>("channelUrl")->setText(urlOf(path));
        auto *groups = part<QComboBox>("channelGroup");
        groups->setCurrentIndex(groups->findText(group));
        QCOMPARE(groups->currentText(), group);
        part<QCheckBox>("channelActive")->setChecked(true);
        part<QPushButton>("addChannel")->click();
        QTRY_VERIFY_WITH_TIMEOUT(section().rowOfChannel(name) >= 0, 10000);
    }

private slots:
    void initTestCase()
    {
        // Receivers on loopback are allowed; a delivery is given up after its first failure.
        m_desk = std::make_unique<Desk>([](helpdesk::app::ServerConfig &config) {
            config.webhookAllowedNetworks = {"127.0.0.0/8"};
            config.webhookAttempts = 1;
        });
        m_receiver = std::make_unique<WebhookReceiver>();
        QVERIFY(m_pane.open(*m_desk));
        m_pane.settings().showKind(QStringLiteral("integration"));
        QVERIFY(section().isVisible());
    }

    void cleanupTestCase()
    {
        m_pane.close();
        m_receiver.reset();
        m_desk.reset();
    }

    void anAdminCreatesAndEditsAnIntegration()
    {
        part<QPushButton>("newIntegration")->click();
        part<QLineEdit>("integrationName")->setText(QStringLiteral("Billing panel"));
        part<QLineEdit>("allowedNetworks")->setText(QStringLiteral("10.1.0.0/16, 192.0.2.7"));
        part<QSpinBox>("logRetentionDays")->setValue(30);
        part<QPushButton>("saveIntegration")->click();
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Saved."), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(section().rowOfIntegration(QStringLiteral("Billing panel")) >= 0, 10000);
        const int row = section().rowOfIntegration(QStringLiteral("Billing panel"));
        QCOMPARE(cell(section().integrations(), row, "allowed_networks"), QStringLiteral("10.1.0.0/16, 192.0.2.7"));
        QCOMPARE(cell(section().integrations(), row, "log_retention_days"), QStringLiteral("30"));

        // Edited: kept a week, callable from anywhere.
        selectBillingPanel();
        QCOMPARE(part<QSpinBox>("logRetentionDays")->value(), 30);
        part<QSpinBox>("logRetentionDays")->setValue(7);
        part<QLineEdit>("allowedNetworks")->clear();
        part<QPushButton>("saveIntegration")->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_desk->scalar("SELECT log_retention_days FROM integrations WHERE name = 'Billing panel'"), 7LL, 10000);
        QCOMPARE(m_desk->scalar("SELECT cardinality(allowed_networks) FROM integrations WHERE name = 'Billing panel'"),
                 0LL);
        QTRY_COMPARE_WITH_TIMEOUT(cell(section().integrations(),
                                       section().rowOfIntegration(QStringLiteral("Billing panel")), "allowed_networks"),
                                  QStringLiteral("any"), 10000);
    }

    void aWebhookShowsItsSecretOnceAndItsTestEventArrivesSigned()
    {
        selectBillingPanel();
        QString secret;
        addWebhook("/hook", &secret);
        m_firstSecret = secret;
        QVERIFY2(secret.startsWith(QLatin1String("whsec_")), qPrintable(secret));
        QVERIFY(part<QLineEdit>("webhookSecret")->isVisible());
        QCOMPARE(cell(section().webhooks(), section().rowOfWebhook(urlOf("/hook")), "events"),
                 QStringLiteral("Ticket created"));

        section().selectWebhook(section().rowOfWebhook(urlOf("/hook")));
        QTRY_VERIFY(part<QPushButton>("sendTestEvent")->isEnabled());
        part<QPushButton>("sendTestEvent")->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->receivedOn("/hook").size(), std::size_t(1), 20000);
        const auto got = m_receiver->receivedOn("/hook").front();
        QCOMPARE(got.event, std::string("ping"));
        QVERIFY(isSignedWith(got, secret.toStdString()));

        // The delivery and the call show in the section as they happened.
        QTRY_VERIFY_WITH_TIMEOUT(section().deliveries()->rowCount() == 1 &&
                                     cell(section().deliveries(), 0, "state") == QLatin1String("delivered"),
                                 20000);
        QCOMPARE(cell(section().deliveries(), 0, "event"), QStringLiteral("Test event"));
        QTRY_VERIFY_WITH_TIMEOUT(section().log()->rowCount() >= 1, 20000);
        QCOMPARE(cell(section().log(), 0, "endpoint"), urlOf("/hook"));
        QCOMPARE(cell(section().log(), 0, "status"), QStringLiteral("200"));
        QCOMPARE(cell(section().log(), 0, "direction"), QStringLiteral("sent"));
        // The list never carries the secret.
        for (int row = 0; row < section().webhooks()->rowCount(); ++row)
            QVERIFY(!section().webhooks()->row(row).contains(QStringLiteral("secret")));
    }

    void aWebhookGetsANewSecretAndIsDeletedAfterAQuestion()
    {
        selectBillingPanel();
        QTRY_VERIFY_WITH_TIMEOUT(section().rowOfWebhook(urlOf("/hook")) >= 0, 10000);
        // The secret shown when the webhook was made goes once another selection is made.
        section().selectWebhook(-1);
        section().selectWebhook(section().rowOfWebhook(urlOf("/hook")));
        QTRY_VERIFY(part<QPushButton>("rotateSecret")->isEnabled());
        QVERIFY(part<QLineEdit>("webhookSecret")->text().isEmpty());
        QVERIFY(!part<QLineEdit>("webhookSecret")->isVisible());
        part<QPushButton>("rotateSecret")->click();
        QTRY_VERIFY(section().pendingConfirmation());
        section().pendingConfirmation()->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!part<QLineEdit>("webhookSecret")->text().isEmpty(), 10000);
        const auto secret = part<QLineEdit>("webhookSecret")->text();
        QVERIFY(secret != m_firstSecret);
        QVERIFY(part<QLineEdit>("webhookSecret")->isVisible());

        const auto before = m_receiver->receivedOn("/hook").size();
        QTRY_VERIFY(part<QPushButton>("sendTestEvent")->isEnabled());
        part<QPushButton>("sendTestEvent")->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->receivedOn("/hook").size(), before + 1, 20000);
        const auto got = m_receiver->receivedOn("/hook").back();
        QVERIFY(isSignedWith(got, secret.toStdString()));
        QVERIFY(!isSignedWith(got, m_firstSecret.toStdString()));

        // Deleting asks first; "No" keeps it.
        part<QPushButton>("deleteWebhook")->click();
        QTRY_VERIFY(section().pendingConfirmation());
        section().pendingConfirmation()->button(QMessageBox::No)->click();
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM webhook_subscriptions WHERE url = '" +
                                urlOf("/hook").toStdString() + "'"),
                 1LL);
        part<QPushButton>("deleteWebhook")->click();
        QTRY_VERIFY(section().pendingConfirmation());
        section().pendingConfirmation()->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(section().rowOfWebhook(urlOf("/hook")), -1, 10000);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM webhook_subscriptions WHERE url = '" +
                                urlOf("/hook").toStdString() + "'"),
                 0LL);
    }

    void aDeliveryGivenUpIsSentAgain()
    {
        selectBillingPanel();
        m_receiver->answerOn("/down", {500, "down", {}});
        addWebhook("/down");
        section().selectWebhook(section().rowOfWebhook(urlOf("/down")));
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Given up");
        QTRY_VERIFY_WITH_TIMEOUT(section().deliveries()->rowCount() == 1 &&
                                     cell(section().deliveries(), 0, "state") == QLatin1String("given up"),
                                 20000);
        QVERIFY(m_receiver->receivedOn("/down").empty());

        m_receiver->setDown("/down", false);
        section().selectDelivery(0);
        QTRY_VERIFY(part<QPushButton>("redeliver")->isEnabled());
        part<QPushButton>("redeliver")->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->receivedOn("/down").size(), std::size_t(1), 20000);
        QVERIFY(m_receiver->receivedOn("/down").front().body.find("\"id\":" + std::to_string(ticket)) !=
                std::string::npos);
        QTRY_COMPARE_WITH_TIMEOUT(cell(section().deliveries(), 0, "state"), QStringLiteral("delivered"), 20000);
    }

    void aChannelShowsItsSecretOnceAndIsEditedTurnedOffAndDeleted()
    {
        selectBillingPanel();
        section().showChannelsTab(true);
        addChannel(QStringLiteral("Panel chat"), "/replies", QStringLiteral("Alpha"));
        QCOMPARE(status(), QStringLiteral("Saved. Copy the secret now: it is not shown again."));
        const auto secret = part<QLineEdit>("channelSecret")->text();
        QVERIFY2(secret.startsWith(QLatin1String("whsec_")), qPrintable(secret));
        QVERIFY(part<QLineEdit>("channelSecret")->isVisible());
        const auto row = [this] { return section().rowOfChannel(QStringLiteral("Panel chat")); };
        QCOMPARE(cell(section().channels(), row(), "group_id"), QStringLiteral("Alpha"));
        QCOMPARE(cell(section().channels(), row(), "url"), urlOf("/replies"));
        QCOMPARE(cell(section().channels(), row(), "active"), QStringLiteral("yes"));
        QCOMPARE(cell(section().channels(), row(), "format"), QStringLiteral("Helpdesk"));
        // The server has it as the admin made it, and lists it without its secret.
        auto stored = storedChannel("Panel chat");
        QVERIFY(stored);
        QCOMPARE(stored->getValue<std::int64_t>("group_id"), m_desk->alpha());
        QCOMPARE(stored->getValue<std::string>("url"), urlOf("/replies").toStdString());
        QVERIFY(!stored->has("secret"));
        for (int r = 0; r < section().channels()->rowCount(); ++r)
            QVERIFY(!section().channels()->row(r).contains(QStringLiteral("secret")));

        // The secret goes once another selection is made, and is not shown again.
        section().selectChannel(-1);
        section().selectChannel(row());
        QTRY_VERIFY(part<QPushButton>("saveChannel")->isEnabled());
        QVERIFY(part<QLineEdit>("channelSecret")->text().isEmpty());
        QVERIFY(!part<QLineEdit>("channelSecret")->isVisible());
        QCOMPARE(part<QLineEdit>("channelName")->text(), QStringLiteral("Panel chat"));
        QCOMPARE(part<QComboBox>("channelGroup")->currentText(), QStringLiteral("Alpha"));

        // Edited: another address and group, and turned off.
        part<QLineEdit>("channelUrl")->setText(urlOf("/replies2"));
        part<QComboBox>("channelGroup")
            ->setCurrentIndex(part<QComboBox>("channelGroup")->findText(QStringLiteral("Beta")));
        auto *format = part<QComboBox>("channelFormat");
        QCOMPARE(format->currentData().toString(), QStringLiteral("helpdesk"));
        format->setCurrentIndex(format->findData(QStringLiteral("omnidesk")));
        part<QCheckBox>("channelActive")->setChecked(false);
        part<QPushButton>("saveChannel")->click();
        QTRY_COMPARE_WITH_TIMEOUT(cell(section().channels(), row(), "active"), QStringLiteral("no"), 10000);
        QCOMPARE(cell(section().channels(), row(), "group_id"), QStringLiteral("Beta"));
        QCOMPARE(cell(section().channels(), row(), "format"), QStringLiteral("Omnidesk"));
        QCOMPARE(status(), QStringLiteral("Saved."));
        QVERIFY(part<QLineEdit>("channelSecret")->text().isEmpty()); // a change shows no secret
        stored = storedChannel("Panel chat");
        QVERIFY(!stored->getValue<bool>("active"));
        QCOMPARE(stored->getValue<std::string>("url"), urlOf("/replies2").toStdString());
        QCOMPARE(stored->getValue<std::int64_t>("group_id"), m_desk->beta());
        QCOMPARE(stored->getValue<std::string>("format"), std::string("omnidesk"));
        QCOMPARE(part<QComboBox>("channelFormat")->currentData().toString(), QStringLiteral("omnidesk"));

        // Turned on again.
        QTRY_VERIFY(part<QPushButton>("saveChannel")->isEnabled());
        QVERIFY(!part<QCheckBox>("channelActive")->isChecked());
        part<QCheckBox>("channelActive")->setChecked(true);
        part<QPushButton>("saveChannel")->click();
        QTRY_COMPARE_WITH_TIMEOUT(cell(section().channels(), row(), "active"), QStringLiteral("yes"), 10000);
        QVERIFY(storedChannel("Panel chat")->getValue<bool>("active"));

        // Deleting asks first; "No" keeps it.
        QTRY_VERIFY(part<QPushButton>("deleteChannel")->isEnabled());
        part<QPushButton>("deleteChannel")->click();
        QTRY_VERIFY(section().pendingConfirmation());
        section().pendingConfirmation()->button(QMessageBox::No)->click();
        QVERIFY(storedChannel("Panel chat"));
        part<QPushButton>("deleteChannel")->click();
        QTRY_VERIFY(section().pendingConfirmation());
        section().pendingConfirmation()->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(row(), -1, 10000);
        QVERIFY(!storedChannel("Panel chat"));
    }

    void aChannelsRepliesAreSignedWithItsNewSecretAndSentAgain()
    {
        selectBillingPanel();
        section().showChannelsTab(true);
        addChannel(QStringLiteral("Panel support"), "/support", QStringLiteral("Alpha"));
        const auto first = part<QLineEdit>("channelSecret")->text();
        QVERIFY(first.startsWith(QLatin1String("whsec_")));

        // A new secret, after a question.
        section().selectChannel(section().rowOfChannel(QStringLiteral("Panel support")));
        QTRY_VERIFY(part<QPushButton>("rotateChannelSecret")->isEnabled());
        part<QPushButton>("rotateChannelSecret")->click();
        QTRY_VERIFY(section().pendingConfirmation());
        section().pendingConfirmation()->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!part<QLineEdit>("channelSecret")->text().isEmpty(), 10000);
        const auto secret = part<QLineEdit>("channelSecret")->text();
        QVERIFY(secret != first);
        QVERIFY(part<QLineEdit>("channelSecret")->isVisible());

        // The panel opens a case through the channel and an agent answers it.
        ApiClient panel(m_desk->port());
        panel.setToken(billingPanelToken());
        QVERIFY(!panel.token().empty());
        const auto channel = storedChannel("Panel support")->getValue<std::int64_t>("id");
        auto opened = panel.post("/api/v1/channels/" + std::to_string(channel) + "/tickets",
                                 json(R"({"user":{"external_id":"u-1"},"title":"Cannot pay","body_text":"Hello"})"));
        QCOMPARE(opened.status, 201);
        const auto ticket = opened.object("ticket")->getValue<std::int64_t>("id");
        auto reply = m_desk->as("alphaFull")
                         .post("/api/v1/tickets/" + std::to_string(ticket) + "/articles",
                               json(R"({"channel":"email","body_text":"Fixed it"})"));
        QCOMPARE(reply.status, 201);

        // It arrives signed with the secret shown last, and shows among the channel's deliveries.
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/support"), std::size_t(1), 20000);
        const auto got = m_receiver->receivedOn("/support").front();
        QCOMPARE(got.event, std::string("channel.reply"));
        QVERIFY(isSignedWith(got, secret.toStdString()));
        QVERIFY(!isSignedWith(got, first.toStdString()));
        QTRY_VERIFY_WITH_TIMEOUT(section().deliveries()->rowCount() == 1 &&
                                     cell(section().deliveries(), 0, "state") == QLatin1String("delivered"),
                                 20000);
        QCOMPARE(cell(section().deliveries(), 0, "event"), QStringLiteral("Reply through the channel"));

        // "Send again" posts the same delivery once more.
        section().selectDelivery(0);
        QTRY_VERIFY(part<QPushButton>("redeliver")->isEnabled());
        part<QPushButton>("redeliver")->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/support"), std::size_t(2), 20000);
        QCOMPARE(m_receiver->receivedOn("/support").back().delivery, got.delivery);
        QCOMPARE(m_receiver->receivedOn("/support").back().body, got.body);

        // Back on the webhooks tab, the deliveries are the selected webhook's, not the channel's.
        section().showChannelsTab(false);
        section().selectWebhook(section().rowOfWebhook(urlOf("/down")));
        QTRY_VERIFY_WITH_TIMEOUT(section().deliveries()->rowCount() >= 1, 10000);
        for (int r = 0; r < section().deliveries()->rowCount(); ++r)
            QCOMPARE(cell(section().deliveries(), r, "event"), QStringLiteral("Ticket created"));
    }

    void aCustomFieldIsOwnedByAnIntegration()
    {
        auto &settings = m_pane.settings();
        settings.showKind(QStringLiteral("custom_field"));
        auto *owner = settings.findChild<QComboBox *>(QStringLiteral("integration_id"));
        QVERIFY(owner);
        QTRY_VERIFY_WITH_TIMEOUT(owner->findText(QStringLiteral("Billing panel")) >= 0, 10000);
        settings.editRow(-1);
        QCOMPARE(owner->currentText(), QStringLiteral("(none)"));
        settings.setField(QStringLiteral("name"), QStringLiteral("panel_plan"));
        settings.setField(QStringLiteral("label"), QStringLiteral("Plan"));
        settings.setField(QStringLiteral("field_type"), QStringLiteral("text"));
        settings.setField(QStringLiteral("integration_id"), QStringLiteral("Billing panel"));
        settings.save();
        const auto row = [this] { return m_pane.rowNamed(QStringLiteral("panel_plan")); };
        QTRY_VERIFY_WITH_TIMEOUT(row() >= 0, 10000);
        QCOMPARE(cell(settings.items(), row(), "integration_id"), QStringLiteral("Billing panel"));
        QCOMPARE(storedField("panel_plan")->getValue<std::int64_t>("integration_id"), billingPanelId());

        // Handed back to the desk ("(none)"), then to the integration again.
        settings.editRow(row());
        QCOMPARE(owner->currentText(), QStringLiteral("Billing panel"));
        settings.setField(QStringLiteral("integration_id"), QStringLiteral("(none)"));
        settings.save();
        QTRY_VERIFY_WITH_TIMEOUT(storedField("panel_plan")->isNull("integration_id"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(settings.items(), row(), "integration_id"), QString(), 10000);
        settings.editRow(row());
        QCOMPARE(owner->currentText(), QStringLiteral("(none)"));
        settings.setField(QStringLiteral("integration_id"), QStringLiteral("Billing panel"));
        settings.save();
        QTRY_VERIFY_WITH_TIMEOUT(!storedField("panel_plan")->isNull("integration_id"), 10000);
        QCOMPARE(storedField("panel_plan")->getValue<std::int64_t>("integration_id"), billingPanelId());
        settings.showKind(QStringLiteral("integration"));
    }

    void anIntegrationsLookupUrlShowsItsSecretOnceAndSignsItsLookups()
    {
        selectBillingPanel();
        QVERIFY(!part<QPushButton>("rotateLookupSecret")->isEnabled()); // no lookup URL yet
        m_receiver->answerOn("/lookup", {200, R"({"fields":{"panel_plan":"Gold"}})", {}});
        part<QLineEdit>("lookupUrl")->setText(urlOf("/lookup"));
        part<QPushButton>("saveIntegration")->click();
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Saved. Copy the lookup secret now: it is not shown again."),
                                  10000);
        const auto first = part<QLineEdit>("lookupSecret")->text();
        QVERIFY2(first.startsWith(QLatin1String("whsec_")), qPrintable(first));
        QTRY_VERIFY(part<QLineEdit>("lookupSecret")->isVisible());
        QCOMPARE(m_desk->text("SELECT lookup_url FROM integrations WHERE name = 'Billing panel'"),
                 urlOf("/lookup").toStdString());
        QTRY_VERIFY(part<QPushButton>("rotateLookupSecret")->isEnabled());

        // Saved again, the integration shows no secret: only the first lookup URL brings one.
        part<QPushButton>("saveIntegration")->click();
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Saved."), 10000);
        QVERIFY(part<QLineEdit>("lookupSecret")->text().isEmpty());
        QVERIFY(!part<QLineEdit>("lookupSecret")->isVisible());

        // A new one, after a question.
        QTRY_VERIFY(part<QPushButton>("rotateLookupSecret")->isEnabled());
        part<QPushButton>("rotateLookupSecret")->click();
        QTRY_VERIFY(section().pendingConfirmation());
        section().pendingConfirmation()->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!part<QLineEdit>("lookupSecret")->text().isEmpty(), 10000);
        const auto secret = part<QLineEdit>("lookupSecret")->text();
        QVERIFY(secret != first);
        QVERIFY(part<QLineEdit>("lookupSecret")->isVisible());

        // A new ticket makes the desk ask for the field the integration owns, signed with the new secret.
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Which plan?");
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver->countOn("/lookup") >= 1, 20000);
        const auto asked = m_receiver->receivedOn("/lookup").front();
        QVERIFY(isSignedWith(asked, secret.toStdString()));
        QVERIFY(!isSignedWith(asked, first.toStdString()));
        QVERIFY(asked.body.find("\"id\":" + std::to_string(ticket)) != std::string::npos);
        // Its answer fills the field on the ticket.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_desk->text("SELECT custom->>'panel_plan' FROM tickets WHERE id = " + std::to_string(ticket)),
            std::string("Gold"), 20000);
    }
};

QTEST_MAIN(TestClientIntegrations)
#include "tst_client_integrations.moc"
