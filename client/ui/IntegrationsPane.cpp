#include "ui/IntegrationsPane.h"

#include "core/IntegrationClient.h"
#include "models/PanelModel.h"
#include "ui/ReadOnlyTable.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kActive = QStringLiteral("active");
const QString kNetworks = QStringLiteral("allowed_networks");
const QString kRetention = QStringLiteral("log_retention_days");
const QString kUrl = QStringLiteral("url");
const QString kEvents = QStringLiteral("events");
const QString kState = QStringLiteral("state");
const QString kStatus = QStringLiteral("status");
const QString kSecret = QStringLiteral("secret");
const QString kGroup = QStringLiteral("group_id");
const QString kWebhookId = QStringLiteral("webhook_id");
const QString kPending = QStringLiteral("pending");
const QString kDead = QStringLiteral("dead");
const QString kHeldUntil = QStringLiteral("held_until");
const QString kFormat = QStringLiteral("format");
const QString kLookupUrl = QStringLiteral("lookup_url");
const QString kLookupSecret = QStringLiteral("lookup_secret");

using EventLabels = QList<QPair<QString, QString>>;

QPushButton *button(const QString &label, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(label, parent);
    b->setObjectName(name);
    return b;
}

QStringList textsOf(const QVariant &list)
{
    QStringList out;
    for (const auto &item : list.toList())
        out << item.toString();
    return out;
}

/// The row of `model` whose `key` is `value`, or -1.
int rowWith(const PanelModel *model, const QString &key, const QVariant &value)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->row(row).value(key) == value)
            return row;
    return -1;
}

void selectIn(QTableView *table, int row)
{
    if (row < 0) {
        table->clearSelection();
        table->setCurrentIndex({});
        return;
    }
    table->selectRow(row);
}
} // namespace

IntegrationsPane::IntegrationsPane(IntegrationClient &integrations, QWidget *parent)
    : QWidget(parent), m_client(integrations)
{
    // The events a webhook may subscribe to, in the API's words, with what an admin reads.
    const EventLabels events{{QStringLiteral("ticket.created"), tr("Ticket created")},
                             {QStringLiteral("ticket.updated"), tr("Ticket changed")},
                             {QStringLiteral("article.agent_reply"), tr("Public reply of an agent")},
                             {QStringLiteral("article.note"), tr("Internal note")},
                             {QStringLiteral("article.customer_message"), tr("Message of the customer")},
                             {QStringLiteral("rating.created"), tr("Rating given")},
                             {QStringLiteral("rating.updated"), tr("Rating changed")},
                             {QStringLiteral("ticket.rated"), tr("Ticket rated as a whole")}};
    QMap<QString, QString> eventLabel;
    for (const auto &[event, label] : events)
        eventLabel.insert(event, label);

    m_integrations = new PanelModel(QStringLiteral("integrations"), this);
    m_integrations->setColumns({kName, kActive, kNetworks, kRetention},
                               {tr("Name"), tr("Active"), tr("Allowed networks"), tr("Log kept (days)")});
    m_integrations->setDisplay([](const QString &key, const QVariant &value) -> QVariant {
        if (key == kActive)
            return yesNo(value);
        if (key == kNetworks) {
            const auto networks = textsOf(value);
            return networks.isEmpty() ? tr("any") : networks.join(QStringLiteral(", "));
        }
        return value;
    });
    m_integrationTable = readOnlyTable(m_integrations, QStringLiteral("integrations"), this);

    auto *integrationBox = new QGroupBox(tr("Integration"), this);
    m_name = new QLineEdit(integrationBox);
    m_name->setObjectName(QStringLiteral("integrationName"));
    m_active = new QCheckBox(tr("Active (off: no webhook is sent)"), integrationBox);
    m_active->setObjectName(QStringLiteral("integrationActive"));
    m_networks = new QLineEdit(integrationBox);
    m_networks->setObjectName(QStringLiteral("allowedNetworks"));
    m_networks->setPlaceholderText(tr("e.g. 10.1.0.0/16, 192.0.2.7 (empty: any)"));
    m_retention = new QSpinBox(integrationBox);
    m_retention->setObjectName(QStringLiteral("logRetentionDays"));
    m_retention->setRange(1, 365);
    // The desk asks this URL for the values of the custom fields the integration owns.
    m_lookupUrl = new QLineEdit(integrationBox);
    m_lookupUrl->setObjectName(QStringLiteral("lookupUrl"));
    m_lookupUrl->setPlaceholderText(tr("https://system.example/helpdesk/lookup (empty: never asked)"));
    m_lookupSecretLabel = new QLabel(
        tr("Lookup secret (shown only now; the system checks the lookups' signatures with it):"), integrationBox);
    m_lookupSecret = new QLineEdit(integrationBox);
    m_lookupSecret->setObjectName(QStringLiteral("lookupSecret"));
    m_lookupSecret->setReadOnly(true);
    m_rotateLookupButton = button(tr("New lookup secret…"), QStringLiteral("rotateLookupSecret"), integrationBox);
    auto *newIntegration = button(tr("New"), QStringLiteral("newIntegration"), integrationBox);
    auto *saveIntegration = button(tr("Save"), QStringLiteral("saveIntegration"), integrationBox);
    auto *integrationForm = new QFormLayout(integrationBox);
    integrationForm->addRow(tr("Name"), m_name);
    integrationForm->addRow(m_active);
    integrationForm->addRow(tr("Its API calls may come from"), m_networks);
    integrationForm->addRow(tr("Keep its log (days)"), m_retention);
    integrationForm->addRow(tr("Ask for its fields' values at"), m_lookupUrl);
    integrationForm->addRow(m_lookupSecretLabel);
    integrationForm->addRow(m_lookupSecret);
    auto *integrationButtons = new QHBoxLayout;
    integrationButtons->addWidget(newIntegration);
    integrationButtons->addWidget(saveIntegration);
    integrationButtons->addWidget(m_rotateLookupButton);
    integrationForm->addRow(integrationButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("integrationTabs"));
    m_tabs->addTab(buildWebhooksTab(events), tr("Webhooks"));
    m_tabs->addTab(buildChannelsTab(), tr("Channels"));

    m_deliveries = new PanelModel(QStringLiteral("deliveries"), this);
    m_deliveries->setColumns({QStringLiteral("created_at"), QStringLiteral("event"), kState, QStringLiteral("attempts"),
                              QStringLiteral("last_status"), QStringLiteral("last_error"),
                              QStringLiteral("next_attempt_at")},
                             {tr("Created"), tr("Event"), tr("State"), tr("Attempts"), tr("Last status"),
                              tr("Last error"), tr("Next attempt")});
    m_deliveries->setDisplay([eventLabel](const QString &key, const QVariant &value) -> QVariant {
        const auto text = value.toString();
        if (key == QLatin1String("event")) {
            if (text == QLatin1String("ping"))
                return tr("Test event");
            if (text == QLatin1String("channel.reply"))
                return tr("Reply through the channel");
            return eventLabel.value(text, text);
        }
        if (key == kState) {
            if (text == QLatin1String("pending"))
                return tr("waiting");
            if (text == QLatin1String("delivered"))
                return tr("delivered");
            if (text == QLatin1String("dead"))
                return tr("given up");
        }
        return value;
    });
    m_deliveryTable = readOnlyTable(m_deliveries, QStringLiteral("deliveries"), this);
    m_redeliverButton = button(tr("Send again"), QStringLiteral("redeliver"), this);

    m_log = new PanelModel(QStringLiteral("integration_log"), this);
    m_log->setColumns({QStringLiteral("at"), QStringLiteral("direction"), QStringLiteral("method"),
                       QStringLiteral("endpoint"), kStatus, QStringLiteral("latency_ms"), QStringLiteral("error"),
                       QStringLiteral("payload_excerpt")},
                      {tr("When"), tr("Direction"), tr("Method"), tr("Endpoint"), tr("Status"), tr("Time (ms)"),
                       tr("Error"), tr("Payload")});
    m_log->setDisplay([](const QString &key, const QVariant &value) -> QVariant {
        if (key == QLatin1String("direction"))
            return value.toString() == QLatin1String("out") ? tr("sent") : tr("received");
        if (key == kStatus && value.isNull())
            return tr("no answer");
        return value;
    });
    auto *logTable = readOnlyTable(m_log, QStringLiteral("integrationLog"), this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("integrationStatus"));
    m_status->setWordWrap(true);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_integrationTable, 2);
    top->addWidget(integrationBox, 1);
    auto *deliveryColumn = new QVBoxLayout;
    deliveryColumn->addWidget(new QLabel(tr("Deliveries of the selected webhook or channel:"), this));
    deliveryColumn->addWidget(m_deliveryTable, 1);
    deliveryColumn->addWidget(m_redeliverButton);
    auto *logColumn = new QVBoxLayout;
    logColumn->addWidget(new QLabel(tr("Log of the selected integration (every call, either way):"), this));
    logColumn->addWidget(logTable, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(deliveryColumn, 1);
    bottom->addLayout(logColumn, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top, 2);
    layout->addWidget(m_tabs, 2);
    layout->addLayout(bottom, 2);
    layout->addLayout(statusRow);

    // Deliveries and the log change without an event: reload while shown.
    m_refresh = new QTimer(this);
    m_refresh->setInterval(3000);
    connect(m_refresh, &QTimer::timeout, this, &IntegrationsPane::reload);
    connect(refreshButton, &QPushButton::clicked, this, &IntegrationsPane::reload);
    connect(newIntegration, &QPushButton::clicked, this, [this] {
        selectIntegration(-1);
        m_name->clear();
        m_active->setChecked(true);
        m_networks->clear();
        m_retention->setValue(14);
        m_lookupUrl->clear();
        m_lookupSecret->clear();
        showSelected();
        m_name->setFocus();
    });
    // Not undone: the system needs the new secret to trust the desk's lookups.
    connect(m_rotateLookupButton, &QPushButton::clicked, this, [this] {
        const auto id = m_integrationId;
        confirm(tr("New lookup secret"),
                tr("Give %1 a new lookup secret? From now on only the new one signs the desk's lookups: the "
                   "system needs it.")
                    .arg(selectedIntegration().value(kName).toString()),
                [this, id] {
                    m_lookupSecret->clear();
                    m_client.rotateLookupSecret(id);
                });
    });
    connect(saveIntegration, &QPushButton::clicked, this, &IntegrationsPane::saveIntegration);
    connect(m_redeliverButton, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("Sending again…"));
        m_client.redeliver(m_deliveryId);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { showSelected(); });
    connect(m_integrationTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const auto id = current.isValid() ? m_integrations->row(current.row()).value(kId).toLongLong() : 0;
                if (id == m_integrationId)
                    return;
                m_integrationId = id;
                m_webhookId = 0;
                m_channelId = 0;
                m_webhooks->setRows({});
                m_channels->setRows({});
                m_log->setRows({});
                m_secret->clear();
                m_channelSecret->clear();
                if (id != m_lookupSecretOf) { // shown only beside its own integration
                    m_lookupSecret->clear();
                    m_lookupSecretOf = 0;
                }
                showChannel();
                const auto integration = current.isValid() ? m_integrations->row(current.row()) : QVariantMap();
                m_name->setText(integration.value(kName).toString());
                m_active->setChecked(integration.value(kActive, true).toBool());
                m_networks->setText(textsOf(integration.value(kNetworks)).join(QStringLiteral(", ")));
                m_retention->setValue(integration.value(kRetention, 14).toInt());
                m_lookupUrl->setText(integration.value(kLookupUrl).toString());
                showSelected();
                reload();
            });
    connect(m_deliveryTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_deliveryId = current.isValid() ? m_deliveries->row(current.row()).value(kId).toLongLong() : 0;
                showSelected();
            });
    connect(&m_client, &IntegrationClient::integrationsLoaded, this, &IntegrationsPane::showIntegrations);
    connect(&m_client, &IntegrationClient::integrationSaved, this, [this](const QVariantMap &integration) {
        // A lookup URL set the first time brings the lookup secret, this once.
        const auto secret = integration.value(kLookupSecret).toString();
        m_lookupSecret->setText(secret);
        m_lookupSecretOf = secret.isEmpty() ? 0 : integration.value(kId).toLongLong();
        m_status->setText(secret.isEmpty() ? tr("Saved.")
                                           : tr("Saved. Copy the lookup secret now: it is not shown again."));
        m_integrationId = 0; // selected anew once the list shows it
        m_pendingIntegration = integration.value(kId).toLongLong();
        showSelected(); // the secret shows at once, not with the list
        m_client.loadIntegrations();
    });
    connect(&m_client, &IntegrationClient::lookupSecretRotated, this,
            [this](qint64 integrationId, const QString &secret) {
                if (integrationId != m_integrationId)
                    return;
                m_lookupSecret->setText(secret);
                m_lookupSecretOf = integrationId;
                m_status->setText(tr("Saved. Copy the lookup secret now: it is not shown again."));
                showSelected();
            });
    connect(&m_client, &IntegrationClient::redelivered, this, [this](qint64) {
        m_status->setText(tr("Queued to be sent again."));
        if (m_deliveriesOf)
            m_client.loadDeliveries(m_deliveriesOf);
    });
    connect(&m_client, &IntegrationClient::deliveriesLoaded, this, [this](qint64 webhookId, const QVariantList &rows) {
        if (webhookId != m_deliveriesOf)
            return;
        const auto keep = m_deliveryId;
        m_deliveries->setRows(rows);
        selectIn(m_deliveryTable, rowWith(m_deliveries, kId, keep));
        m_deliveryId = keep && rowWith(m_deliveries, kId, keep) >= 0 ? keep : 0;
        showSelected();
    });
    connect(&m_client, &IntegrationClient::logLoaded, this, [this](qint64 integrationId, const QVariantList &rows) {
        if (integrationId == m_integrationId)
            m_log->setRows(rows);
    });
    connect(&m_client, &IntegrationClient::failed, this,
            [this](const QString &, const QString &field, const QString &reason) {
                m_status->setText(field.isEmpty() ? tr("Not done: %1").arg(reason)
                                                  : tr("Not done (%1): %2").arg(field, reason));
            });
    m_retention->setValue(14);
    m_active->setChecked(true);
    showSelected();
}

QWidget *IntegrationsPane::buildWebhooksTab(const EventLabels &events)
{
    auto *tab = new QWidget(this);
    QMap<QString, QString> eventLabel;
    for (const auto &[event, label] : events)
        eventLabel.insert(event, label);
    m_webhooks = new PanelModel(QStringLiteral("webhooks"), this);
    m_webhooks->setColumns(
        {kUrl, kEvents, kActive, kPending, kDead, kHeldUntil},
        {tr("URL"), tr("Events"), tr("Active"), tr("Waiting"), tr("Dead"), tr("Receiver down until")});
    m_webhooks->setDisplay([eventLabel](const QString &key, const QVariant &value) -> QVariant {
        if (key == kActive)
            return yesNo(value);
        if (key == kEvents) {
            QStringList labels;
            for (const auto &event : textsOf(value))
                labels << eventLabel.value(event, event);
            return labels.join(QStringLiteral(", "));
        }
        return value;
    });
    m_webhookTable = readOnlyTable(m_webhooks, QStringLiteral("webhooks"), tab);

    auto *webhookBox = new QGroupBox(tr("Webhook of the selected integration"), tab);
    m_url = new QLineEdit(webhookBox);
    m_url->setObjectName(QStringLiteral("webhookUrl"));
    m_url->setPlaceholderText(tr("https://system.example/hooks/helpdesk"));
    auto *webhookForm = new QFormLayout(webhookBox);
    webhookForm->addRow(tr("URL"), m_url);
    auto *eventBoxes = new QVBoxLayout;
    for (const auto &[event, label] : events) {
        auto *box = new QCheckBox(label, webhookBox);
        box->setObjectName(QStringLiteral("event_") + event);
        m_events.insert(event, box);
        eventBoxes->addWidget(box);
    }
    webhookForm->addRow(tr("Events"), eventBoxes);
    m_webhookActive = new QCheckBox(tr("Active"), webhookBox);
    m_webhookActive->setObjectName(QStringLiteral("webhookActive"));
    m_webhookActive->setChecked(true);
    webhookForm->addRow(m_webhookActive);
    // The secret exists in clear only in the answer to its creation: shown here once, to copy.
    m_secretLabel = new QLabel(tr("Secret (shown only now; the receiver checks signatures with it):"), webhookBox);
    m_secret = new QLineEdit(webhookBox);
    m_secret->setObjectName(QStringLiteral("webhookSecret"));
    m_secret->setReadOnly(true);
    webhookForm->addRow(m_secretLabel);
    webhookForm->addRow(m_secret);
    m_addWebhookButton = button(tr("Add webhook"), QStringLiteral("addWebhook"), webhookBox);
    m_saveWebhookButton = button(tr("Save webhook"), QStringLiteral("saveWebhook"), webhookBox);
    m_testButton = button(tr("Send a test event"), QStringLiteral("sendTestEvent"), webhookBox);
    m_rotateButton = button(tr("New secret…"), QStringLiteral("rotateSecret"), webhookBox);
    m_deleteButton = button(tr("Delete webhook…"), QStringLiteral("deleteWebhook"), webhookBox);
    auto *webhookButtons = new QHBoxLayout;
    for (auto *b : {m_addWebhookButton, m_saveWebhookButton, m_testButton})
        webhookButtons->addWidget(b);
    auto *webhookDangerButtons = new QHBoxLayout;
    for (auto *b : {m_rotateButton, m_deleteButton})
        webhookDangerButtons->addWidget(b);
    webhookForm->addRow(webhookButtons);
    webhookForm->addRow(webhookDangerButtons);
    auto *layout = new QHBoxLayout(tab);
    layout->addWidget(m_webhookTable, 2);
    layout->addWidget(webhookBox, 1);

    connect(m_addWebhookButton, &QPushButton::clicked, this, [this] { saveWebhook(true); });
    connect(m_saveWebhookButton, &QPushButton::clicked, this, [this] { saveWebhook(false); });
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("Sending a test event…"));
        m_client.sendTest(m_webhookId);
    });
    // Neither is undone: the receiver needs the new secret; what waited for a deleted webhook is gone.
    connect(m_rotateButton, &QPushButton::clicked, this, [this] {
        const auto id = m_webhookId;
        confirm(tr("New secret"),
                tr("Give the webhook at %1 a new secret? From now on only the new one signs its "
                   "deliveries: the receiver needs it.")
                    .arg(selectedWebhook().value(kUrl).toString()),
                [this, id] {
                    m_secret->clear();
                    m_client.rotateSecret(id);
                });
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        const auto id = m_webhookId;
        confirm(tr("Delete webhook"),
                tr("Delete the webhook at %1? What still waits to be sent to it is dropped; its log stays.")
                    .arg(selectedWebhook().value(kUrl).toString()),
                [this, id] {
                    m_secret->clear();
                    m_client.deleteWebhook(id);
                });
    });
    connect(m_webhookTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const auto id = current.isValid() ? m_webhooks->row(current.row()).value(kId).toLongLong() : 0;
                if (id == m_webhookId)
                    return;
                m_webhookId = id;
                if (id != m_secretOf) { // a secret is shown only beside its own webhook
                    m_secret->clear();
                    m_secretOf = 0;
                }
                const auto webhook = selectedWebhook();
                m_url->setText(webhook.value(kUrl).toString());
                const auto subscribed = textsOf(webhook.value(kEvents));
                for (auto it = m_events.begin(); it != m_events.end(); ++it)
                    it.value()->setChecked(subscribed.contains(it.key()));
                m_webhookActive->setChecked(webhook.value(kActive, true).toBool());
                showSelected();
            });
    connect(&m_client, &IntegrationClient::webhooksLoaded, this,
            [this](qint64 integrationId, const QVariantList &rows) {
                if (integrationId == m_integrationId)
                    showWebhooks(rows);
            });
    connect(&m_client, &IntegrationClient::webhookSaved, this, [this](const QVariantMap &webhook) {
        const auto secret = webhook.value(kSecret).toString();
        m_secret->setText(secret);
        m_secretOf = secret.isEmpty() ? 0 : webhook.value(kId).toLongLong();
        m_status->setText(secret.isEmpty() ? tr("Saved.") : tr("Saved. Copy the secret now: it is not shown again."));
        m_webhookId = 0;
        m_pendingWebhook = webhook.value(kId).toLongLong();
        showSelected(); // the secret shows at once, not with the list
        m_client.loadWebhooks(m_integrationId);
    });
    connect(&m_client, &IntegrationClient::webhookDeleted, this, [this](qint64 webhookId) {
        m_status->setText(tr("Deleted."));
        if (webhookId == m_webhookId) {
            m_webhookId = 0;
            showSelected();
        }
        m_client.loadWebhooks(m_integrationId);
    });
    connect(&m_client, &IntegrationClient::testQueued, this, [this](qint64 webhookId, const QString &) {
        m_status->setText(tr("Test event queued; see its delivery below."));
        if (webhookId == m_deliveriesOf)
            m_client.loadDeliveries(webhookId);
    });
    return tab;
}

QWidget *IntegrationsPane::buildChannelsTab()
{
    auto *tab = new QWidget(this);
    m_channels = new PanelModel(QStringLiteral("channels"), this);
    m_channels->setColumns({kName, kGroup, kUrl, kFormat, kActive, kHeldUntil, kPending, kDead},
                           {tr("Name"), tr("Group"), tr("URL"), tr("Format"), tr("Active"), tr("Receiver down until"),
                            tr("Waiting"), tr("Dead")});
    m_channels->setDisplay([this](const QString &key, const QVariant &value) -> QVariant {
        if (key == kActive)
            return yesNo(value);
        if (key == kGroup)
            return m_groupNames.value(value.toLongLong(), value.toString());
        if (key == kFormat)
            return value.toString() == QLatin1String("omnidesk") ? tr("Omnidesk") : tr("Helpdesk");
        return value;
    });
    m_channelTable = readOnlyTable(m_channels, QStringLiteral("channels"), tab);

    // A way in for the integration's end users: their cases open as tickets in the channel's
    // group, and the agents' replies go to its URL instead of by mail.
    auto *channelBox = new QGroupBox(tr("Channel of the selected integration"), tab);
    m_channelName = new QLineEdit(channelBox);
    m_channelName->setObjectName(QStringLiteral("channelName"));
    m_channelUrl = new QLineEdit(channelBox);
    m_channelUrl->setObjectName(QStringLiteral("channelUrl"));
    m_channelUrl->setPlaceholderText(tr("https://system.example/hooks/replies"));
    m_channelGroup = new QComboBox(channelBox);
    m_channelGroup->setObjectName(QStringLiteral("channelGroup"));
    // The body of its reply deliveries: the desk's own, or Omnidesk's for receivers written for it.
    m_channelFormat = new QComboBox(channelBox);
    m_channelFormat->setObjectName(QStringLiteral("channelFormat"));
    m_channelFormat->addItem(tr("Helpdesk (this desk's webhook body)"), QStringLiteral("helpdesk"));
    m_channelFormat->addItem(tr("Omnidesk (as Omnidesk posts to a custom channel)"), QStringLiteral("omnidesk"));
    m_channelActive = new QCheckBox(tr("Active (off: its calls are refused and replies wait)"), channelBox);
    m_channelActive->setObjectName(QStringLiteral("channelActive"));
    m_channelActive->setChecked(true);
    auto *channelForm = new QFormLayout(channelBox);
    channelForm->addRow(tr("Name"), m_channelName);
    channelForm->addRow(tr("Replies go to"), m_channelUrl);
    channelForm->addRow(tr("Its tickets open in"), m_channelGroup);
    channelForm->addRow(tr("Replies are sent as"), m_channelFormat);
    channelForm->addRow(m_channelActive);
    // As a webhook's: the secret is in clear only in the answer that made it.
    m_channelSecretLabel =
        new QLabel(tr("Secret (shown only now; the system checks the replies' signatures with it):"), channelBox);
    m_channelSecret = new QLineEdit(channelBox);
    m_channelSecret->setObjectName(QStringLiteral("channelSecret"));
    m_channelSecret->setReadOnly(true);
    channelForm->addRow(m_channelSecretLabel);
    channelForm->addRow(m_channelSecret);
    m_addChannelButton = button(tr("Add channel"), QStringLiteral("addChannel"), channelBox);
    m_saveChannelButton = button(tr("Save channel"), QStringLiteral("saveChannel"), channelBox);
    m_rotateChannelButton = button(tr("New secret…"), QStringLiteral("rotateChannelSecret"), channelBox);
    m_deleteChannelButton = button(tr("Delete channel…"), QStringLiteral("deleteChannel"), channelBox);
    auto *channelButtons = new QHBoxLayout;
    for (auto *b : {m_addChannelButton, m_saveChannelButton})
        channelButtons->addWidget(b);
    auto *channelDangerButtons = new QHBoxLayout;
    for (auto *b : {m_rotateChannelButton, m_deleteChannelButton})
        channelDangerButtons->addWidget(b);
    channelForm->addRow(channelButtons);
    channelForm->addRow(channelDangerButtons);
    auto *layout = new QHBoxLayout(tab);
    layout->addWidget(m_channelTable, 2);
    layout->addWidget(channelBox, 1);

    connect(&m_client, &IntegrationClient::groupsLoaded, this, &IntegrationsPane::showGroups);
    connect(m_addChannelButton, &QPushButton::clicked, this, [this] { saveChannel(true); });
    connect(m_saveChannelButton, &QPushButton::clicked, this, [this] { saveChannel(false); });
    // Neither is undone: the system needs the new secret; replies that waited for a deleted channel are gone.
    connect(m_rotateChannelButton, &QPushButton::clicked, this, [this] {
        const auto id = m_channelId;
        confirm(tr("New secret"),
                tr("Give the channel %1 a new secret? From now on only the new one signs the replies sent "
                   "through it: the system needs it.")
                    .arg(selectedChannel().value(kName).toString()),
                [this, id] {
                    m_channelSecret->clear();
                    m_client.rotateChannelSecret(id);
                });
    });
    connect(m_deleteChannelButton, &QPushButton::clicked, this, [this] {
        const auto id = m_channelId;
        confirm(tr("Delete channel"),
                tr("Delete the channel %1? Replies still waiting to be sent through it are dropped; its tickets "
                   "stay, as ordinary tickets.")
                    .arg(selectedChannel().value(kName).toString()),
                [this, id] {
                    m_channelSecret->clear();
                    m_client.deleteChannel(id);
                });
    });
    connect(m_channelTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const auto id = current.isValid() ? m_channels->row(current.row()).value(kId).toLongLong() : 0;
                if (id == m_channelId)
                    return;
                m_channelId = id;
                if (id != m_channelSecretOf) { // a secret is shown only beside its own channel
                    m_channelSecret->clear();
                    m_channelSecretOf = 0;
                }
                showChannel();
                showSelected();
            });
    connect(&m_client, &IntegrationClient::channelsLoaded, this,
            [this](qint64 integrationId, const QVariantList &rows) {
                if (integrationId == m_integrationId)
                    showChannels(rows);
            });
    connect(&m_client, &IntegrationClient::channelSaved, this, [this](const QVariantMap &channel) {
        const auto secret = channel.value(kSecret).toString();
        m_channelSecret->setText(secret);
        m_channelSecretOf = secret.isEmpty() ? 0 : channel.value(kId).toLongLong();
        m_status->setText(secret.isEmpty() ? tr("Saved.") : tr("Saved. Copy the secret now: it is not shown again."));
        m_channelId = 0;
        m_pendingChannel = channel.value(kId).toLongLong();
        showSelected(); // the secret shows at once, not with the list
        m_client.loadChannels(m_integrationId);
    });
    connect(&m_client, &IntegrationClient::channelDeleted, this, [this](qint64 channelId) {
        m_status->setText(tr("Deleted."));
        if (channelId == m_channelId) {
            m_channelId = 0;
            showChannel();
            showSelected();
        }
        m_client.loadChannels(m_integrationId);
    });
    return tab;
}

void IntegrationsPane::reload()
{
    m_client.loadIntegrations();
    if (m_integrationId) {
        m_client.loadWebhooks(m_integrationId);
        m_client.loadChannels(m_integrationId);
        m_client.loadLog(m_integrationId);
    }
    if (m_deliveriesOf)
        m_client.loadDeliveries(m_deliveriesOf);
}

void IntegrationsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_client.loadGroups();
    reload();
    m_refresh->start();
}

void IntegrationsPane::hideEvent(QHideEvent *event)
{
    m_refresh->stop();
    QWidget::hideEvent(event);
}

void IntegrationsPane::showIntegrations(const QVariantList &rows)
{
    const auto keep = m_pendingIntegration ? m_pendingIntegration : m_integrationId;
    m_pendingIntegration = 0;
    m_integrations->setRows(rows);
    // setRows resets the selection; the same integration stays selected without refilling its form.
    const auto shown = m_integrationId;
    m_integrationId = keep == shown ? shown : 0;
    selectIn(m_integrationTable, rowWith(m_integrations, kId, keep));
    if (rowWith(m_integrations, kId, keep) < 0)
        m_integrationId = 0;
    showSelected();
}

void IntegrationsPane::showWebhooks(const QVariantList &rows)
{
    const auto keep = m_pendingWebhook ? m_pendingWebhook : m_webhookId;
    m_pendingWebhook = 0;
    m_webhooks->setRows(rows);
    const auto shown = m_webhookId;
    m_webhookId = keep == shown ? shown : 0;
    selectIn(m_webhookTable, rowWith(m_webhooks, kId, keep));
    if (rowWith(m_webhooks, kId, keep) < 0)
        m_webhookId = 0;
    showSelected();
}

void IntegrationsPane::showChannels(const QVariantList &rows)
{
    // As showWebhooks: the channel stays selected, its form as the admin left it.
    const auto keep = m_pendingChannel ? m_pendingChannel : m_channelId;
    m_pendingChannel = 0;
    m_channels->setRows(rows);
    const auto shown = m_channelId;
    m_channelId = keep == shown ? shown : 0;
    selectIn(m_channelTable, rowWith(m_channels, kId, keep));
    if (rowWith(m_channels, kId, keep) < 0) {
        m_channelId = 0;
        if (shown)
            showChannel();
    }
    showSelected();
}

void IntegrationsPane::showChannel()
{
    const auto channel = selectedChannel();
    m_channelName->setText(channel.value(kName).toString());
    m_channelUrl->setText(channel.value(kUrl).toString());
    m_channelGroup->setCurrentIndex(std::max(0, m_channelGroup->findData(channel.value(kGroup).toLongLong())));
    m_channelFormat->setCurrentIndex(std::max(0, m_channelFormat->findData(channel.value(kFormat).toString())));
    m_channelActive->setChecked(channel.value(kActive, true).toBool());
}

int IntegrationsPane::rowOfIntegration(const QString &name) const
{
    return rowWith(m_integrations, kName, name);
}

int IntegrationsPane::rowOfWebhook(const QString &url) const
{
    return rowWith(m_webhooks, kUrl, url);
}

int IntegrationsPane::rowOfChannel(const QString &name) const
{
    return rowWith(m_channels, kName, name);
}

void IntegrationsPane::selectIntegration(int row)
{
    selectIn(m_integrationTable, row);
}

void IntegrationsPane::selectWebhook(int row)
{
    selectIn(m_webhookTable, row);
}

void IntegrationsPane::selectChannel(int row)
{
    selectIn(m_channelTable, row);
}

void IntegrationsPane::selectDelivery(int row)
{
    selectIn(m_deliveryTable, row);
}

void IntegrationsPane::showChannelsTab(bool channels)
{
    m_tabs->setCurrentIndex(channels ? 1 : 0);
}

QVariantMap IntegrationsPane::selectedIntegration() const
{
    const int row = rowWith(m_integrations, kId, m_integrationId);
    return row < 0 ? QVariantMap() : m_integrations->row(row);
}

QVariantMap IntegrationsPane::selectedWebhook() const
{
    const int row = rowWith(m_webhooks, kId, m_webhookId);
    return row < 0 ? QVariantMap() : m_webhooks->row(row);
}

QVariantMap IntegrationsPane::selectedChannel() const
{
    const int row = rowWith(m_channels, kId, m_channelId);
    return row < 0 ? QVariantMap() : m_channels->row(row);
}

void IntegrationsPane::showGroups(const QVariantList &groups)
{
    // The first list shows the selected channel's group; later ones keep what the admin chose.
    const auto chosen = m_channelGroup->count() ? m_channelGroup->currentData()
                                                : QVariant(selectedChannel().value(kGroup).toLongLong());
    m_groupNames.clear();
    m_channelGroup->clear();
    for (const auto &item : groups) {
        const auto group = item.toMap();
        const auto id = group.value(kId).toLongLong();
        m_groupNames.insert(id, group.value(kName).toString());
        if (group.value(kActive, true).toBool())
            m_channelGroup->addItem(group.value(kName).toString(), id);
    }
    m_channelGroup->setCurrentIndex(std::max(0, m_channelGroup->findData(chosen)));
    showSelected();
}

QStringList IntegrationsPane::checkedEvents() const
{
    QStringList events;
    for (auto it = m_events.begin(); it != m_events.end(); ++it)
        if (it.value()->isChecked())
            events << it.key();
    return events;
}

QVariant IntegrationsPane::yesNo(const QVariant &value)
{
    return value.toBool() ? tr("yes") : tr("no");
}

void IntegrationsPane::followDeliveries()
{
    const bool channelsShown = m_tabs->currentIndex() == 1;
    const auto webhookId = channelsShown ? selectedChannel().value(kWebhookId).toLongLong() : m_webhookId;
    if (webhookId == m_deliveriesOf)
        return;
    m_deliveriesOf = webhookId;
    m_deliveryId = 0;
    m_deliveries->setRows({});
    if (webhookId)
        m_client.loadDeliveries(webhookId);
}

void IntegrationsPane::showSelected()
{
    followDeliveries();
    m_addWebhookButton->setEnabled(m_integrationId != 0);
    m_saveWebhookButton->setEnabled(m_webhookId != 0);
    m_testButton->setEnabled(m_webhookId != 0);
    m_rotateButton->setEnabled(m_webhookId != 0);
    m_deleteButton->setEnabled(m_webhookId != 0);
    m_addChannelButton->setEnabled(m_integrationId != 0 && m_channelGroup->count() > 0);
    for (auto *b : {m_saveChannelButton, m_rotateChannelButton, m_deleteChannelButton})
        b->setEnabled(m_channelId != 0);
    m_redeliverButton->setEnabled(m_deliveryId != 0);
    m_rotateLookupButton->setEnabled(m_integrationId != 0 &&
                                     !selectedIntegration().value(kLookupUrl).toString().isEmpty());
    const bool lookupSecretShown = !m_lookupSecret->text().isEmpty();
    m_lookupSecretLabel->setVisible(lookupSecretShown);
    m_lookupSecret->setVisible(lookupSecretShown);
    const bool secretShown = !m_secret->text().isEmpty();
    m_secretLabel->setVisible(secretShown);
    m_secret->setVisible(secretShown);
    const bool channelSecretShown = !m_channelSecret->text().isEmpty();
    m_channelSecretLabel->setVisible(channelSecretShown);
    m_channelSecret->setVisible(channelSecretShown);
}

void IntegrationsPane::confirm(const QString &title, const QString &question, const std::function<void()> &confirmed)
{
    if (m_confirmation)
        m_confirmation->close();
    m_confirmation = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, this);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    auto *box = m_confirmation;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, confirmed](QAbstractButton *answer) {
        m_confirmation = nullptr;
        if (box->standardButton(answer) != QMessageBox::Yes)
            return;
        m_status->setText(tr("Saving…"));
        confirmed();
        showSelected();
    });
    m_confirmation->open();
}

void IntegrationsPane::saveIntegration()
{
    QStringList networks;
    for (const auto &network : m_networks->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!network.trimmed().isEmpty())
            networks << network.trimmed();
    QVariantMap values{{kName, m_name->text().trimmed()},
                       {kActive, m_active->isChecked()},
                       {kNetworks, networks},
                       {kRetention, m_retention->value()}};
    const auto lookupUrl = m_lookupUrl->text().trimmed();
    values.insert(kLookupUrl, lookupUrl.isEmpty() ? QVariant::fromValue(nullptr) : QVariant(lookupUrl));
    m_status->setText(tr("Saving…"));
    m_lookupSecret->clear();
    showSelected();
    m_client.saveIntegration(m_integrationId, values);
}

void IntegrationsPane::saveWebhook(bool creating)
{
    const QVariantMap values{
        {kUrl, m_url->text().trimmed()}, {kEvents, checkedEvents()}, {kActive, m_webhookActive->isChecked()}};
    m_status->setText(tr("Saving…"));
    m_secret->clear();
    showSelected();
    if (creating)
        m_client.createWebhook(m_integrationId, values);
    else
        m_client.updateWebhook(m_webhookId, values);
}

void IntegrationsPane::saveChannel(bool creating)
{
    const QVariantMap values{{kName, m_channelName->text().trimmed()},
                             {kUrl, m_channelUrl->text().trimmed()},
                             {kGroup, m_channelGroup->currentData()},
                             {kFormat, m_channelFormat->currentData()},
                             {kActive, m_channelActive->isChecked()}};
    m_status->setText(tr("Saving…"));
    m_channelSecret->clear();
    showSelected();
    if (creating)
        m_client.createChannel(m_integrationId, values);
    else
        m_client.updateChannel(m_channelId, values);
}

} // namespace helpdesk::client
