// Integrations in the agent client (offscreen), against a real desk and a real receiver on
// loopback: in the settings pane's "Integrations" section an admin creates and edits an
// integration, subscribes it to events at the receiver's URL and sees the webhook's secret once,
// sends a test event that arrives signed with that secret, reads its delivery and the integration
// log, gives the webhook a new secret and deletes it (each after a question), and sends a delivery
// that was given up again once the receiver is back.

#include "AdminSettingsPane.h"
#include "support/WebhookReceiver.h"
#include "ui/IntegrationsPane.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;

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
};

QTEST_MAIN(TestClientIntegrations)
#include "tst_client_integrations.moc"
