#pragma once

#include <QMap>
#include <QVariantMap>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace helpdesk::client {

class IntegrationClient;
class PanelModel;

/// The settings pane's "Integrations" section: the outside systems the desk talks to (create and
/// edit: name, active, the networks their API calls may come from, how long their log is kept, the
/// URL the desk asks for the values of the fields they own, with its secret shown once),
/// and of the selected one, in two tabs, its webhook subscriptions (URL, events, active; a test
/// event) and its custom channels (name, URL, the group their tickets open in, the shape of their
/// reply deliveries, active); a secret is
/// shown once, after the webhook or channel is made or given a new one. Below, the deliveries of the
/// webhook or channel selected in the tab shown, with a redelivery, and the integration log.
/// Deliveries happen without an event, so the lists reload while the section is shown. Main thread.
class IntegrationsPane : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrationsPane(IntegrationClient &integrations, QWidget *parent = nullptr);

    /// Loads the integrations, and the selected one's webhooks, channels, deliveries and log.
    void reload();
    PanelModel *integrations() const { return m_integrations; }
    PanelModel *webhooks() const { return m_webhooks; }
    PanelModel *channels() const { return m_channels; }
    PanelModel *deliveries() const { return m_deliveries; }
    PanelModel *log() const { return m_log; }
    /// The row of the integration with that name, or -1.
    int rowOfIntegration(const QString &name) const;
    /// The row of the selected integration's webhook with that URL, or -1.
    int rowOfWebhook(const QString &url) const;
    /// The row of the selected integration's channel with that name, or -1.
    int rowOfChannel(const QString &name) const;
    /// Selects the integration (the webhook, the channel, the delivery) in row `row` (-1: none).
    void selectIntegration(int row);
    void selectWebhook(int row);
    void selectChannel(int row);
    void selectDelivery(int row);
    /// Shows the tab of the channels (true) or of the webhooks (false).
    void showChannelsTab(bool channels);
    /// The question asked before a webhook or channel gets a new secret or is deleted, while it is open.
    QMessageBox *pendingConfirmation() const { return m_confirmation; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    /// Builds the "Webhooks" tab (the events to subscribe to, with their labels) and the "Channels" tab.
    QWidget *buildWebhooksTab(const QList<QPair<QString, QString>> &events);
    QWidget *buildChannelsTab();
    void showIntegrations(const QVariantList &rows);
    void showWebhooks(const QVariantList &rows);
    void showChannels(const QVariantList &rows);
    /// Fills the channel form from the selected channel (empty for none).
    void showChannel();
    /// Enables what may be done with the selection, and shows the deliveries that belong to it.
    void showSelected();
    /// Shows the deliveries of the selected webhook, or of the selected channel on the channels tab.
    void followDeliveries();
    void saveIntegration();
    void saveWebhook(bool creating);
    void saveChannel(bool creating);
    /// Asks `question`; on Yes, `confirmed` runs.
    void confirm(const QString &title, const QString &question, const std::function<void()> &confirmed);
    QVariantMap selectedIntegration() const;
    QVariantMap selectedWebhook() const;
    QVariantMap selectedChannel() const;
    /// The groups a channel may open tickets in (active ones), keeping the one chosen.
    void showGroups(const QVariantList &groups);
    /// The webhook form's events, as the API names them.
    QStringList checkedEvents() const;
    /// "yes" or "no", for a table's flag.
    static QVariant yesNo(const QVariant &value);

    IntegrationClient &m_client;
    PanelModel *m_integrations;
    PanelModel *m_webhooks;
    PanelModel *m_channels;
    PanelModel *m_deliveries;
    PanelModel *m_log;
    QTableView *m_integrationTable;
    QTableView *m_webhookTable;
    QTableView *m_channelTable;
    QTableView *m_deliveryTable;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QCheckBox *m_active;
    QLineEdit *m_networks;
    QSpinBox *m_retention;
    QLineEdit *m_lookupUrl;
    QLineEdit *m_lookupSecret;
    QLabel *m_lookupSecretLabel;
    QPushButton *m_rotateLookupButton;
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
    QLineEdit *m_channelName;
    QLineEdit *m_channelUrl;
    QComboBox *m_channelGroup;
    QComboBox *m_channelFormat;
    QCheckBox *m_channelActive;
    QLineEdit *m_channelSecret;
    QLabel *m_channelSecretLabel;
    QPushButton *m_addChannelButton;
    QPushButton *m_saveChannelButton;
    QPushButton *m_rotateChannelButton;
    QPushButton *m_deleteChannelButton;
    QMessageBox *m_confirmation = nullptr;
    QMap<qint64, QString> m_groupNames; // as the channel list shows them
    QPushButton *m_redeliverButton;
    QLabel *m_status;
    QTimer *m_refresh;
    qint64 m_integrationId = 0; // the selection, kept across reloads
    qint64 m_webhookId = 0;
    qint64 m_channelId = 0;
    qint64 m_deliveriesOf = 0; // the webhook (a channel's too) whose deliveries are shown
    qint64 m_deliveryId = 0;
    qint64 m_pendingIntegration = 0; // just saved: selected once the list shows it
    qint64 m_pendingWebhook = 0;
    qint64 m_pendingChannel = 0;
    qint64 m_secretOf = 0;        // the webhook whose new secret is shown
    qint64 m_channelSecretOf = 0; // the channel whose new secret is shown
    qint64 m_lookupSecretOf = 0;  // the integration whose new lookup secret is shown
};

} // namespace helpdesk::client
