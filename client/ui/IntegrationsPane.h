#pragma once

#include <QMap>
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace helpdesk::client {

class IntegrationClient;
class PanelModel;

/// The settings pane's "Integrations" section: the outside systems the desk talks to (create and
/// edit: name, active, the networks their API calls may come from, how long their log is kept),
/// the selected one's webhook subscriptions (URL, events, active; the secret is shown once, after
/// the subscription is made), a test event, the selected webhook's deliveries with a redelivery,
/// and the integration log. Deliveries happen without an event, so the lists reload while the
/// section is shown. Main thread.
class IntegrationsPane : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrationsPane(IntegrationClient &integrations, QWidget *parent = nullptr);

    /// Loads the integrations, and the selected one's webhooks, deliveries and log.
    void reload();
    PanelModel *integrations() const { return m_integrations; }
    PanelModel *webhooks() const { return m_webhooks; }
    PanelModel *deliveries() const { return m_deliveries; }
    PanelModel *log() const { return m_log; }
    /// The row of the integration with that name, or -1.
    int rowOfIntegration(const QString &name) const;
    /// The row of the selected integration's webhook with that URL, or -1.
    int rowOfWebhook(const QString &url) const;
    /// Selects the integration (the webhook, the delivery) in row `row` (-1: none).
    void selectIntegration(int row);
    void selectWebhook(int row);
    void selectDelivery(int row);
    /// The question asked before a webhook gets a new secret or is deleted, while it is open.
    QMessageBox *pendingConfirmation() const { return m_confirmation; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showIntegrations(const QVariantList &rows);
    void showWebhooks(const QVariantList &rows);
    /// Fills the forms from the selection and enables what may be done with it.
    void showSelected();
    void saveIntegration();
    void saveWebhook(bool creating);
    /// Asks `question` about the selected webhook; `confirmed` runs with its id on Yes.
    void confirmForWebhook(const QString &title, const QString &question, void (IntegrationClient::*confirmed)(qint64));
    QVariantMap selectedWebhook() const;
    /// The webhook form's events, as the API names them.
    QStringList checkedEvents() const;

    IntegrationClient &m_client;
    PanelModel *m_integrations;
    PanelModel *m_webhooks;
    PanelModel *m_deliveries;
    PanelModel *m_log;
    QTableView *m_integrationTable;
    QTableView *m_webhookTable;
    QTableView *m_deliveryTable;
    QLineEdit *m_name;
    QCheckBox *m_active;
    QLineEdit *m_networks;
    QSpinBox *m_retention;
    QLineEdit *m_url;
    QMap<QString, QCheckBox *> m_events; // by the API's event name
    QCheckBox *m_webhookActive;
    QLineEdit *m_secret;
    QLabel *m_secretLabel;
    QPushButton *m_saveWebhookButton;
    QPushButton *m_addWebhookButton;
    QPushButton *m_testButton;
    QPushButton *m_rotateButton;
    QPushButton *m_deleteButton;
    QMessageBox *m_confirmation = nullptr;
    QPushButton *m_redeliverButton;
    QLabel *m_status;
    QTimer *m_refresh;
    qint64 m_integrationId = 0; // the selection, kept across reloads
    qint64 m_webhookId = 0;
    qint64 m_deliveryId = 0;
    qint64 m_pendingIntegration = 0; // just saved: selected once the list shows it
    qint64 m_pendingWebhook = 0;
    qint64 m_secretOf = 0; // the webhook whose new secret is shown
};

} // namespace helpdesk::client
