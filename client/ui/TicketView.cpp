#include "ui/TicketView.h"

#include "access/HelpdeskAccess.h"
#include "core/SafeFileName.h"
#include "ui/Appearance.h"
#include "ui/AttachmentPreview.h"
#include "ui/ComposerEdit.h"
#include "ui/CustomerSidebar.h"
#include "ui/MentionPopup.h"
#include "ui/QuotedText.h"
#include "ui/SafeTextBrowser.h"
#include "ui/TicketSharingBar.h"
#include "ui/WatchersBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextList>
#include <QTextTable>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
void fill(QComboBox *box, const std::vector<NamedItem> &items, qint64 current, bool withNone = false,
          const QString &none = {})
{
    box->clear();
    if (withNone)
        box->addItem(none, QVariant::fromValue<qint64>(0));
    for (const auto &item : items)
        box->addItem(item.name, QVariant::fromValue<qint64>(item.id));
    int index = box->findData(QVariant::fromValue<qint64>(current));
    box->setCurrentIndex(index >= 0 ? index : 0);
}

QString channelName(const QString &channel)
{
    if (channel == QLatin1String("email"))
        return TicketView::tr("e-mail");
    if (channel == QLatin1String("phone_in"))
        return TicketView::tr("phone call (in)");
    if (channel == QLatin1String("phone_out"))
        return TicketView::tr("phone call (out)");
    if (channel == QLatin1String("note"))
        return TicketView::tr("note");
    return TicketView::tr("web");
}

/// On a custom channel's ticket, messages and replies travel through the channel, whatever the
/// article's channel field says (the end user's are web articles, the agents' e-mail ones).
QString channelNameOnChannelTicket(const QString &channel)
{
    if (channel == QLatin1String("email") || channel == QLatin1String("web"))
        return TicketView::tr("through the channel");
    return channelName(channel);
}

/// The first reading of a reply's delivery comes soon; each further one waits twice as long, up to
/// a minute (an e-mail is retried for a day, a webhook for hours: no need to ask more often).
constexpr int kFirstDeliveryPoll = 1500;
constexpr int kLongestDeliveryPoll = 60000;
/// A reply whose delivery the server has not listed yet is awaited this long (ms) after it was written.
constexpr qint64 kUnlistedDeliveryWait = 5 * 60 * 1000;

/// Whether the desk sends the article on: an agent's public e-mail, or on a custom channel's ticket
/// every public agent article but a call logged as incoming (the server's rule for channel replies).
bool goesOut(const QModelIndex &index, bool channelTicket)
{
    if (index.data(ArticleListModel::InternalRole).toBool() ||
        index.data(ArticleListModel::SenderRole).toString() != QLatin1String("agent") ||
        index.data(ArticleListModel::IdRole).toLongLong() < 0)
        return false;
    const QString channel = index.data(ArticleListModel::ChannelRole).toString();
    if (channelTicket)
        return channel != QLatin1String("note") && channel != QLatin1String("phone_in");
    return channel == QLatin1String("email");
}

/// An outgoing article's delivery as a mail client shows it (HTML), or nothing when not known.
QString deliveryHtml(const QModelIndex &index)
{
    const QString state = index.data(ArticleListModel::DeliveryStateRole).toString();
    if (state.isEmpty())
        return {};
    const bool channel = index.data(ArticleListModel::DeliveryKindRole).toString() == QLatin1String("channel");
    const int attempts = index.data(ArticleListModel::DeliveryAttemptsRole).toInt();
    const QString error = index.data(ArticleListModel::DeliveryErrorRole).toString();
    if (state == QLatin1String("sent"))
        return QStringLiteral("<span style='color:#1b7f3b'>✓ %1</span>")
            .arg(channel ? TicketView::tr("delivered to the channel") : TicketView::tr("sent"));
    if (state == QLatin1String("failed"))
        return QStringLiteral("<b style='color:#b00020'>✗ %1</b>")
            .arg((channel ? TicketView::tr("not delivered to the channel: %1") : TicketView::tr("not sent: %1"))
                     .arg(error.isEmpty() ? TicketView::tr("no reason given") : error)
                     .toHtmlEscaped());
    QString text = channel ? TicketView::tr("queued for the channel") : TicketView::tr("queued for sending");
    if (attempts > 0 && !error.isEmpty())
        text = TicketView::tr("retrying (attempts so far: %1), the last failed with %2").arg(attempts).arg(error);
    else if (attempts > 0)
        text = TicketView::tr("sending (attempts so far: %1)").arg(attempts);
    return QStringLiteral("<i style='color:#a05a00'>⏳ %1</i>").arg(text.toHtmlEscaped());
}

/// The schemes of the links and images the thread draws itself, by random tokens per drawing.
const QString kThreadLinkScheme = QStringLiteral("hd-thread");
const QString kThreadImageScheme = QStringLiteral("hd-image");
/// Thumbnails of attachments are at most this large; inline images at most this wide.
constexpr QSize kThumbnail(200, 150);
constexpr int kMaxInlineWidth = 1200;

/// "12 min", "1 h 5 min".
QString minutesText(qint64 minutes)
{
    if (minutes < 60)
        return TicketView::tr("%1 min").arg(minutes);
    return minutes % 60 ? TicketView::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                        : TicketView::tr("%1 h").arg(minutes / 60);
}

/// "Panel A: case-1 · integration 4: 77": ids in integrations, by the integration's name when known.
QString describe(const std::vector<ExternalId> &ids)
{
    QStringList parts;
    for (const auto &id : ids)
        parts << TicketView::tr("%1: %2").arg(
            id.integration.isEmpty() ? TicketView::tr("integration %1").arg(id.integrationId) : id.integration, id.id);
    return parts.join(QStringLiteral(" · "));
}
} // namespace

TicketView::TicketView(HelpdeskAccess &access, QWidget *parent)
    : QWidget(parent), m_session(access.session()), m_directory(access.directory()), m_actions(access.actions()),
      m_workspace(access.workspace()), m_presenceTracker(access.presence()), m_transfer(access.attachments()),
      m_inbox(access.inbox()), m_context(access.context())
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sla = new QLabel(this);
    m_sla->setObjectName(QStringLiteral("sla"));
    m_rating = new QLabel(this);
    m_rating->setObjectName(QStringLiteral("rating"));
    m_rating->setWordWrap(true);
    m_rating->setTextFormat(Qt::PlainText); // the comment is the customer's text
    m_rating->hide();
    // Names and ids that outside systems chose: shown as text, never as markup.
    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("origin"));
    m_origin->setTextFormat(Qt::PlainText);
    m_origin->setWordWrap(true);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_origin->hide();
    m_customer = new QLabel(this);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setTextFormat(Qt::PlainText);
    m_customer->setWordWrap(true);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_presence = new QLabel(this);
    m_presence->setObjectName(QStringLiteral("presence"));
    m_presence->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold"));
    m_presence->hide();
    // Sharing with partner desks: a badge per partner, "Share with…" and "Stop sharing…".
    m_sharingBar = new TicketSharingBar(access.admin().sharing(), this);
    m_sharingBar->setObjectName(QStringLiteral("sharingBar"));
    m_state = new QComboBox(this);
    m_priority = new QComboBox(this);
    m_group = new QComboBox(this);
    m_type = new QComboBox(this);
    m_owner = new QComboBox(this);
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("tags, separated by commas"));
    m_take = new QPushButton(tr("&Take"), this);
    m_take->setToolTip(tr("Become the owner (Ctrl+T)"));

    auto *fields = new QFormLayout;
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_state);
    row1->addWidget(m_priority);
    row1->addWidget(m_type);
    fields->addRow(tr("State / priority / type"), row1);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_group);
    row2->addWidget(m_owner);
    row2->addWidget(m_take);
    fields->addRow(tr("Group / owner"), row2);
    auto *macros = new QPushButton(tr("Macros"), this);
    macros->setObjectName(QStringLiteral("macros"));
    auto *macroMenu = new QMenu(macros);
    macros->setMenu(macroMenu);
    connect(macroMenu, &QMenu::aboutToShow, this, [this, macroMenu] {
        macroMenu->clear();
        for (const auto &macro : m_directory.macros())
            macroMenu->addAction(macro.name, this, [this, id = macro.id, name = macro.name] {
                if (m_ticketId)
                    m_actions.applyMacro(m_ticketId, id, name);
            });
        if (macroMenu->isEmpty())
            macroMenu->addAction(tr("(no macros defined)"))->setEnabled(false);
    });
    auto *merge = new QPushButton(tr("Merge…"), this);
    auto *link = new QPushButton(tr("Link…"), this);
    auto *row3 = new QHBoxLayout;
    row3->addWidget(m_tags, 1);
    row3->addWidget(macros);
    row3->addWidget(merge);
    row3->addWidget(link);
    fields->addRow(tr("Tags"), row3);
    m_watchers = new WatchersBar(m_session, m_directory, m_context, m_actions, this);
    m_watchers->setObjectName(QStringLiteral("watchers"));
    fields->addRow(tr("Watchers"), m_watchers);
    connect(merge, &QPushButton::clicked, this, [this] { askMerge(); });
    connect(link, &QPushButton::clicked, this, [this] { askLink(); });

    m_customBox = new QWidget(this);
    m_customForm = new QFormLayout(m_customBox);
    m_customForm->setContentsMargins(0, 0, 0, 0);

    m_remoteBar = new QLabel(tr("Remote images in this ticket are blocked."), this);
    m_showRemote = new QPushButton(tr("Show remote images"), this);
    auto *remote = new QHBoxLayout;
    remote->addWidget(m_remoteBar, 1);
    remote->addWidget(m_showRemote);
    m_remoteBar->hide();
    m_showRemote->hide();

    m_thread = new SafeTextBrowser(this);
    m_thread->setImageProvider(kThreadImageScheme, [this](const QUrl &link) { return imageFor(link); });
    m_thread->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_thread, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { showThreadMenu(m_thread->viewport()->mapFrom(m_thread, at)); });
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Reply by e-mail"), int(ComposeMode::Reply));
    m_mode->addItem(tr("Reply to all"), int(ComposeMode::ReplyAll));
    m_mode->addItem(tr("Forward"), int(ComposeMode::Forward));
    m_mode->addItem(tr("Internal note"), int(ComposeMode::Note));
    m_mode->addItem(tr("Phone call (in)"), int(ComposeMode::PhoneIn));
    m_mode->addItem(tr("Phone call (out)"), int(ComposeMode::PhoneOut));
    m_composer = new ComposerEdit(this);
    m_composer->setObjectName(QStringLiteral("composer"));
    m_mentions = new MentionPopup(*m_composer, m_directory, this);
    // Time accounting: shown when the ticket's group counts time (per reply, in minutes).
    m_timeLabel = new QLabel(tr("Time spent"), this);
    m_timeSpent = new QSpinBox(this);
    m_timeSpent->setObjectName(QStringLiteral("timeSpent"));
    m_timeSpent->setRange(0, 1440);
    m_timeSpent->setSuffix(tr(" min"));
    m_timeSpent->setToolTip(tr("Minutes worked on this reply (accounted on the ticket)"));
    m_timeLabel->setBuddy(m_timeSpent);
    connect(m_timeSpent, &QSpinBox::valueChanged, this, [this] { updateSendEnabled(); });
    m_timeTotal = new QLabel(this);
    m_timeTotal->setObjectName(QStringLiteral("timeTotal"));
    m_timeTotal->hide();
    installEventFilter(this); // palette changes redraw the thread (eventFilter)
    m_sidebar = new CustomerSidebar(m_directory, m_context, this);
    connect(m_sidebar, &CustomerSidebar::ticketActivated, this, [this](qint64 id) {
        emit ticketRequested(id); // the window selects it in the inbox, which shows it here
        if (m_ticketId != id)
            showTicket(id);
    });
    connect(&m_context, &TicketContext::groupSettingsChanged, this, [this] {
        if (auto ticket = m_directory.ticket(m_ticketId))
            adaptComposerToGroup(ticket->groupId);
    });
    connect(&m_context, &TicketContext::timeLoaded, this,
            [this](qint64 id, int total, const std::vector<TimeEntry> &entries) {
                if (id != m_ticketId)
                    return;
                QStringList lines;
                for (const auto &entry : entries)
                    lines << tr("%1: %2 (%3)").arg(entry.who, minutesText(entry.minutes), entry.at.left(10));
                m_timeTotal->setToolTip(lines.join(QLatin1Char('\n')));
                if (total > 0) {
                    m_timeTotal->setText(tr("Time accounted: %1").arg(minutesText(total)));
                    m_timeTotal->show();
                }
            });
    m_attachments = new QListWidget(this);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setMaximumHeight(60);
    m_attachments->setToolTip(tr("Double-click removes an attachment."));
    m_attachments->hide();
    m_modules = new QListWidget(this);
    m_modules->setObjectName(QStringLiteral("textModules"));
    m_modules->setWindowFlags(Qt::ToolTip);
    m_modules->hide();
    connect(m_modules, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { insertTextModule(item->data(Qt::UserRole).toString()); });
    connect(m_modules, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { insertTextModule(item->data(Qt::UserRole).toString()); });
    connect(m_composer, &ComposerEdit::filesDropped, this, [this](const QList<QUrl> &files) { attachFiles(files); });
    connect(m_attachments, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        int row = m_attachments->row(item);
        m_files.erase(m_files.begin() + row);
        delete item;
        m_attachments->setVisible(!m_files.empty());
    });
    m_composer->setPlaceholderText(tr("Write here; Ctrl+Return sends."));
    m_send = new QPushButton(tr("Send"), this);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));

    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setPlaceholderText(tr("the customer"));
    m_cc = new QLineEdit(this);
    m_cc->setObjectName(QStringLiteral("cc"));
    m_addresses = new QWidget(this);
    auto *addressForm = new QFormLayout(m_addresses);
    addressForm->setContentsMargins(0, 0, 0, 0);
    addressForm->addRow(tr("To"), m_to);
    addressForm->addRow(tr("Cc"), m_cc);
    m_channelReplyNote = new QLabel(this);
    m_channelReplyNote->setObjectName(QStringLiteral("channelReplyNote"));
    m_channelReplyNote->setTextFormat(Qt::PlainText);
    m_channelReplyNote->setWordWrap(true);
    m_channelReplyNote->hide();
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { onModeChanged(); });
    auto *composeBar = new QHBoxLayout;
    composeBar->addWidget(m_mode);
    // Formatting: what the agent styles goes out as HTML with a plain-text alternative.
    auto format = [this, composeBar](const QString &label, const QString &tip, auto apply) {
        auto *button = new QToolButton(this);
        button->setText(label);
        button->setToolTip(tip);
        composeBar->addWidget(button);
        connect(button, &QToolButton::clicked, this, [this, apply] {
            apply();
            m_formatted = true;
            m_composer->setFocus();
        });
    };
    format(QStringLiteral("B"), tr("Bold"), [this] {
        m_composer->setFontWeight(m_composer->fontWeight() == QFont::Bold ? QFont::Normal : QFont::Bold);
    });
    format(QStringLiteral("I"), tr("Italic"), [this] { m_composer->setFontItalic(!m_composer->fontItalic()); });
    format(QStringLiteral("•"), tr("Bulleted list"),
           [this] { m_composer->textCursor().createList(QTextListFormat::ListDisc); });
    auto *attach = new QPushButton(tr("Attach…"), this);
    composeBar->addWidget(attach);
    connect(attach, &QPushButton::clicked, this, [this] {
        auto files = QFileDialog::getOpenFileUrls(this, tr("Attach files"));
        attachFiles(files);
    });
    composeBar->addStretch();
    composeBar->addWidget(m_timeLabel);
    composeBar->addWidget(m_timeSpent);
    composeBar->addWidget(m_send);
    auto *composeBox = new QWidget(this);
    auto *composeLayout = new QVBoxLayout(composeBox);
    composeLayout->setContentsMargins(0, 0, 0, 0);
    composeLayout->addLayout(composeBar);
    composeLayout->addWidget(m_addresses);
    composeLayout->addWidget(m_channelReplyNote);
    composeLayout->addWidget(m_composer);
    composeLayout->addWidget(m_attachments);

    m_history = new QTreeWidget(this);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Field"), tr("Before"), tr("After")});
    m_history->setRootIsDecorated(false);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_thread, tr("Thread"));
    m_tabs->addTab(m_history, tr("History"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && m_ticketId) {
            m_history->clear();
            m_actions.loadHistory(m_ticketId);
        }
    });
    connect(&m_actions, &TicketActions::historyLoaded, this, [this](qint64 id, const QList<QStringList> &rows) {
        if (id != m_ticketId)
            return;
        m_history->clear();
        for (const auto &row : rows)
            m_history->addTopLevelItem(new QTreeWidgetItem(row));
    });
    connect(&m_actions, &TicketActions::historyUnavailable, this, [this](qint64 id, const QString &reason) {
        if (id == m_ticketId) {
            m_history->clear();
            m_history->addTopLevelItem(new QTreeWidgetItem(QStringList{QString(), QString(), reason}));
        }
    });
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tabs);
    split->addWidget(composeBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *ticketPane = new QWidget(this);
    auto *layout = new QVBoxLayout(ticketPane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_origin);
    layout->addWidget(m_customer);
    layout->addWidget(m_sla);
    layout->addWidget(m_timeTotal);
    layout->addWidget(m_rating);
    layout->addWidget(m_presence);
    layout->addWidget(m_sharingBar);
    layout->addLayout(fields);
    layout->addWidget(m_customBox);
    layout->addLayout(remote);
    layout->addWidget(split, 1);
    // The customer beside the ticket, folding to a strip.
    auto *besides = new QSplitter(Qt::Horizontal, this);
    besides->addWidget(ticketPane);
    besides->addWidget(m_sidebar);
    besides->setStretchFactor(0, 3);
    besides->setStretchFactor(1, 1);
    besides->setCollapsible(0, false);
    auto *outer = new QHBoxLayout(this);
    outer->addWidget(besides);

    auto onPick = [this](QComboBox *box, const QString &field) {
        connect(box, &QComboBox::activated, this, [this, box, field](int) {
            if (!m_filling && m_ticketId)
                m_actions.setField(m_ticketId, field, box->currentData().toLongLong());
        });
    };
    onPick(m_state, QStringLiteral("state_id"));
    onPick(m_priority, QStringLiteral("priority_id"));
    onPick(m_group, QStringLiteral("group_id"));
    onPick(m_type, QStringLiteral("type_id"));
    onPick(m_owner, QStringLiteral("owner_id"));
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        if (m_filling || !m_ticketId || !m_tags->isModified())
            return;
        QStringList tags;
        for (const auto &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!tag.trimmed().isEmpty())
                tags << tag.trimmed();
        m_tags->setModified(false);
        m_actions.setTags(m_ticketId, tags);
    });
    connect(m_take, &QPushButton::clicked, this, [this] {
        if (m_ticketId)
            m_actions.take(m_ticketId);
    });
    connect(m_showRemote, &QPushButton::clicked, this, [this] { m_thread->allowRemoteImages(); });
    connect(m_thread, &SafeTextBrowser::remoteContentBlockedChanged, this, [this](bool blocked) {
        m_remoteBar->setVisible(blocked);
        m_showRemote->setVisible(blocked);
    });
    connect(m_thread, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) { onAnchorClicked(url); });
    connect(m_send, &QPushButton::clicked, this, [this] { send(); });
    m_deliveryTimer.setSingleShot(true);
    connect(&m_deliveryTimer, &QTimer::timeout, this, [this] {
        // Asked again, later each time, until the thread shows nothing on its way (followDeliveries).
        m_actions.refreshDeliveries(m_ticketId);
        m_deliveryPoll = std::min(m_deliveryPoll * 2, kLongestDeliveryPoll);
        m_deliveryTimer.start(m_deliveryPoll);
    });
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(800);
    connect(&m_draftTimer, &QTimer::timeout, this, [this] {
        if (m_ticketId)
            m_workspace.saveDraft(m_ticketId, m_composer->toPlainText());
    });
    connect(m_composer, &QTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        m_draftTimer.start();
        offerTextModules();
        // Colleagues see that a reply is being written (and that it stopped, when emptied).
        QString activity =
            m_composer->toPlainText().trimmed().isEmpty() ? QStringLiteral("viewing") : QStringLiteral("replying");
        if (activity != m_activity) {
            m_activity = activity;
            m_presenceTracker.setPresence(m_ticketId, activity);
        }
    });
    connect(&m_presenceTracker, &PresenceTracker::presenceChanged, this, [this](qint64 id) {
        if (id != m_ticketId)
            return;
        auto text = m_presenceTracker.presenceText(id);
        m_presence->setText(text);
        m_presence->setVisible(!text.isEmpty());
    });
    connect(&m_directory, &Directory::configurationChanged, this, [this] {
        if (m_ticketId)
            refreshHeader(); // new states, agents or custom fields show at once
    });
    connect(&m_directory, &Directory::ticketChanged, this, [this](qint64 id) {
        if (id != m_ticketId)
            return;
        refreshHeader();
        m_actions.loadRating(id); // a new rating arrives as a change of the ticket
    });
    connect(&m_actions, &TicketActions::ratingLoaded, this,
            [this](qint64 id, int score, const QString &comment, qint64 articleId) {
                if (id == m_ticketId)
                    showRating(score, comment, articleId);
            });
    if (auto *thread = m_inbox.thread())
        connect(thread, &QAbstractItemModel::modelReset, this, [this] { refreshThread(); });
    m_composer->installEventFilter(this);
    setEnabled(false);
}

void TicketView::showTicket(qint64 ticketId)
{
    if (m_draftTimer.isActive()) {
        m_draftTimer.stop();
        m_workspace.saveDraft(m_ticketId, m_composer->toPlainText());
    }
    const bool otherTicket = ticketId != m_ticketId;
    m_ticketId = ticketId;
    setEnabled(ticketId != 0);
    if (otherTicket) {
        m_unfolded.clear();
        m_mentions->clear();
        m_timeSpent->setValue(0);
        m_timeTotal->hide();
        m_timeTotal->setToolTip(QString());
    }
    m_watchers->setTicket(ticketId);
    m_context.loadTime(ticketId);
    m_deliveryTimer.stop();
    m_deliveryPoll = 0;
    m_awaited.clear();
    m_inbox.openTicket(ticketId);
    m_rating->hide();
    m_actions.loadRating(ticketId);
    refreshHeader();
    refreshThread();
    m_filling = true;
    m_composer->setPlainText(m_workspace.draft(ticketId));
    m_filling = false;
    m_activity = m_composer->toPlainText().trimmed().isEmpty() ? QStringLiteral("viewing") : QStringLiteral("replying");
    m_presenceTracker.setPresence(ticketId, m_activity);
    auto presence = m_presenceTracker.presenceText(ticketId);
    m_presence->setText(presence);
    m_presence->setVisible(!presence.isEmpty());
    onModeChanged();
    if (m_tabs->currentIndex() == 1)
        m_actions.loadHistory(ticketId);
}

void TicketView::showRating(int score, const QString &comment, qint64 articleId)
{
    m_rating->setVisible(score > 0);
    if (score <= 0)
        return;
    const QString stars = QString(score, QChar(0x2605)) + QString(5 - score, QChar(0x2606));
    QString text = articleId ? tr("Customer's rating of a reply: %1 %2 of 5").arg(stars).arg(score)
                             : tr("Customer's rating: %1 %2 of 5").arg(stars).arg(score);
    if (!comment.isEmpty())
        text += QStringLiteral(" \u2014 \u201c%1\u201d").arg(comment);
    m_rating->setText(text);
}

void TicketView::refreshHeader()
{
    auto ticket = m_directory.ticket(m_ticketId);
    // The partner desks as the cache has them; share events change them there.
    m_sharingBar->setTicket(ticket ? m_ticketId : 0, ticket ? ticket->sharedWith : std::vector<SharedPartner>{});
    if (!ticket) {
        m_sidebar->showTicket(0, 0, {});
        m_title->setText(tr("This ticket is no longer visible to you."));
        m_channelTicket = false;
        m_origin->hide();
        m_customer->hide();
        return;
    }
    m_filling = true;
    m_title->setText(QStringLiteral("#%1  %2").arg(ticket->number).arg(ticket->title));
    showOrigin(ticket->origin);
    adaptComposerTo(ticket->origin);
    adaptComposerToGroup(ticket->groupId);
    m_sidebar->showTicket(m_ticketId, ticket->customerId, ticket->origin);
    if (ticket->timeSpentMinutes > 0) {
        m_timeTotal->setText(tr("Time accounted: %1").arg(minutesText(ticket->timeSpentMinutes)));
        m_timeTotal->show();
    }
    fill(m_state, m_directory.states(), ticket->stateId);
    fill(m_priority, m_directory.priorities(), ticket->priorityId);
    fill(m_group, m_directory.groups(), ticket->groupId);
    fill(m_type, m_directory.types(), ticket->typeId.value_or(0), true, tr("(no type)"));
    fill(m_owner, m_directory.agents(), ticket->ownerId.value_or(0), true, tr("(nobody)"));
    m_tags->setText(ticket->tags.join(QStringLiteral(", ")));
    m_take->setEnabled(!ticket->ownerId || *ticket->ownerId != m_session.userId());
    // The SLA's promises still open, soonest first; overdue ones in red.
    QStringList due;
    const auto now = QDateTime::currentDateTimeUtc();
    auto describe = [&](const QDateTime &when, const QString &what) {
        if (!when.isValid())
            return;
        QString text = tr("%1 due %2").arg(what, when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        due << (when <= now ? QStringLiteral("<span style='color:#b00020'>%1</span>").arg(text.toHtmlEscaped())
                            : text.toHtmlEscaped());
    };
    describe(ticket->firstResponseDue, tr("First response"));
    describe(ticket->updateDue, tr("Update"));
    describe(ticket->solutionDue, tr("Solution"));
    m_sla->setText(due.isEmpty() ? QString() : QStringLiteral("SLA: ") + due.join(QStringLiteral(" · ")));
    m_sla->setVisible(!due.isEmpty());
    rebuildCustomFields();
    m_filling = false;
}

void TicketView::showOrigin(const TicketOrigin &origin)
{
    QStringList parts;
    if (origin.channelId) {
        if (origin.channel.isEmpty())
            parts << tr("Came by custom channel %1").arg(*origin.channelId);
        else if (origin.channelIntegration.isEmpty())
            parts << tr("Came by the channel \u201c%1\u201d").arg(origin.channel);
        else
            parts << tr("Came by the channel \u201c%1\u201d of %2").arg(origin.channel, origin.channelIntegration);
    }
    if (!origin.externalIds.empty())
        parts << tr("Ids in integrations: %1").arg(describe(origin.externalIds));
    m_origin->setText(parts.join(QStringLiteral(" \u2014 ")));
    m_origin->setVisible(!parts.isEmpty());

    QString customer = origin.customer;
    if (!origin.customerEmail.isEmpty())
        customer += QStringLiteral(" <%1>").arg(origin.customerEmail);
    if (!origin.customerExternalIds.empty())
        customer += QStringLiteral(" \u2014 ") + tr("ids: %1").arg(describe(origin.customerExternalIds));
    m_customer->setText(tr("Customer: %1").arg(customer.trimmed()));
    m_customer->setVisible(!customer.trimmed().isEmpty());
}

void TicketView::adaptComposerTo(const TicketOrigin &origin)
{
    m_channelTicket = origin.channelId.has_value();
    if (auto *list = qobject_cast<QListView *>(m_mode->view()))
        for (auto mode : {ComposeMode::ReplyAll, ComposeMode::Forward})
            list->setRowHidden(m_mode->findData(int(mode)), m_channelTicket);
    const int reply = m_mode->findData(int(ComposeMode::Reply));
    m_mode->setItemText(reply, m_channelTicket ? tr("Reply to the channel") : tr("Reply by e-mail"));
    const auto mode = static_cast<ComposeMode>(m_mode->currentData().toInt());
    if (m_channelTicket && (mode == ComposeMode::ReplyAll || mode == ComposeMode::Forward))
        m_mode->setCurrentIndex(reply);
    if (m_channelTicket)
        m_channelReplyNote->setText(
            origin.channel.isEmpty()
                ? tr("The reply goes to the outside system of custom channel %1, not by e-mail.").arg(*origin.channelId)
                : tr("The reply goes to the channel \u201c%1\u201d, not by e-mail.").arg(origin.channel));
    onModeChanged();
}

void TicketView::followDeliveries(bool awaiting)
{
    if (!awaiting) {
        m_deliveryTimer.stop();
        m_deliveryPoll = 0;
        return;
    }
    if (m_deliveryPoll == 0 || !m_deliveryTimer.isActive()) {
        m_deliveryPoll = kFirstDeliveryPoll;
        m_deliveryTimer.start(m_deliveryPoll);
    }
}

void TicketView::refreshThread()
{
    auto *model = m_inbox.thread();
    if (!model)
        return;
    QString html;
    m_attachmentLinks.clear();
    m_threadActions.clear();
    m_drawnImages.clear();
    m_drawnArticles.clear();
    // Whether replies go to a channel: the header, refreshed first, has read the ticket's origin.
    const auto now = QDateTime::currentDateTimeUtc();
    QSet<qint64> awaited; // replies on their way: queued, retrying, or not listed yet
    for (int row = 0; row < model->rowCount(); ++row) {
        auto index = model->index(row);
        const bool outgoing = goesOut(index, m_channelTicket);
        const QString delivery = outgoing ? deliveryHtml(index) : QString();
        const QString deliveryState = index.data(ArticleListModel::DeliveryStateRole).toString();
        if (outgoing &&
            (deliveryState == QLatin1String("pending") ||
             (deliveryState.isEmpty() &&
              index.data(ArticleListModel::CreatedAtRole).toDateTime().msecsTo(now) < kUnlistedDeliveryWait)))
            awaited.insert(index.data(ArticleListModel::IdRole).toLongLong());
        bool internal = index.data(ArticleListModel::InternalRole).toBool();
        bool pending = index.data(ArticleListModel::PendingRole).toBool();
        QString sender = index.data(ArticleListModel::SenderRole).toString();
        // Tinted cards that keep the palette's text readable, light or dark.
        const bool dark = isDark(palette());
        QString background = internal                              ? QLatin1String(dark ? "#4a3f1a" : "#fff6d5")
                             : sender == QLatin1String("customer") ? palette().base().color().name()
                                                                   : QLatin1String(dark ? "#1f3347" : "#eef5ff");
        html += QStringLiteral("<table width='100%' cellpadding='6' style='background:%1; margin-bottom:8px'><tr><td>")
                    .arg(background);
        html +=
            QStringLiteral("<b>%1</b> &middot; %2 &middot; %3")
                .arg(index.data(ArticleListModel::FromRole).toString().toHtmlEscaped(),
                     index.data(ArticleListModel::TimeRole).toString(),
                     m_channelTicket ? channelNameOnChannelTicket(index.data(ArticleListModel::ChannelRole).toString())
                                     : channelName(index.data(ArticleListModel::ChannelRole).toString()));
        if (internal)
            html += QStringLiteral(" &middot; <b style='color:#8a6d00'>%1</b>").arg(tr("internal"));
        if (pending)
            html += QStringLiteral(" &middot; <i style='color:#a05a00'>%1</i>").arg(tr("waiting to be sent"));
        if (!delivery.isEmpty())
            html += QStringLiteral(" &middot; ") + delivery;
        if (index.data(ArticleListModel::SenderUnverifiedRole).toBool())
            html += QStringLiteral(" &middot; <b style='color:#b00020'>⚠ %1</b>")
                        .arg(tr("unverified sender: not confirmed by the desk's mail server"));
        html += QStringLiteral("<br/>") + bodyHtml(index);
        const QString articleHtml = index.data(ArticleListModel::HtmlRole).toString();
        QString thumbnails;
        for (const auto &a : index.data(ArticleListModel::AttachmentsRole).toList()) {
            auto m = a.toMap();
            const QString sha256 = m.value(QStringLiteral("sha256")).toString();
            const QString contentType = m.value(QStringLiteral("content_type")).toString();
            const QString contentId = m.value(QStringLiteral("content_id")).toString();
            const bool shownInline =
                !contentId.isEmpty() && articleHtml.contains(QStringLiteral("cid:") + contentId, Qt::CaseInsensitive);
            // Images and PDFs get a thumbnail that opens a larger preview (not those drawn inline).
            if (!sha256.isEmpty() && !shownInline && AttachmentPreview::canPreview(contentType)) {
                const QString filename = m.value(QStringLiteral("filename")).toString();
                auto open =
                    threadLink([this, sha256, contentType, filename] { openPreview(sha256, contentType, filename); });
                thumbnails += QStringLiteral("<a href=\"%1\"><img src=\"%2\" alt=\"%3\"></a>&nbsp;")
                                  .arg(open.toString(QUrl::FullyEncoded),
                                       imageLink(sha256, contentType, true).toString(QUrl::FullyEncoded),
                                       filename.toHtmlEscaped());
            }
            auto link = m_attachmentLinks.linkTo(
                {m.value(QStringLiteral("sha256")).toString(), m.value(QStringLiteral("filename")).toString()});
            html += QStringLiteral("<br/>📎 <a href=\"%1\">%2</a> (%3 KB)")
                        .arg(link.toString(QUrl::FullyEncoded),
                             m.value(QStringLiteral("filename")).toString().toHtmlEscaped())
                        .arg((m.value(QStringLiteral("size")).toLongLong() + 1023) / 1024);
        }
        if (!thumbnails.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(thumbnails);
        html += QStringLiteral("</td></tr></table>");
        const qint64 articleId = index.data(ArticleListModel::IdRole).toLongLong();
        m_drawnArticles.push_back(articleId > 0 ? articleId : 0);
    }
    // Redrawn for a change (a new article, a fold opened): the agent stays where they were reading.
    const bool sameTicket = m_drawnTicket == m_ticketId;
    const int scrolled = m_thread->verticalScrollBar()->value();
    // A new article may carry accounted minutes (its ticket is not told again): read the total.
    const auto onServer = static_cast<std::size_t>(
        std::count_if(m_drawnArticles.begin(), m_drawnArticles.end(), [](qint64 id) { return id > 0; }));
    if (sameTicket && onServer != m_drawnArticleCount && m_timeAccounting != QLatin1String("off"))
        m_context.loadTime(m_ticketId);
    m_drawnArticleCount = onServer;
    m_thread->showHtml(html);
    m_drawnTicket = m_ticketId;
    if (sameTicket)
        m_thread->verticalScrollBar()->setValue(scrolled);
    // A reply not followed before (just written) is asked about soon again.
    if (!(awaited - m_awaited).isEmpty())
        m_deliveryPoll = 0;
    m_awaited = awaited;
    followDeliveries(!awaited.isEmpty());
}

QString TicketView::bodyHtml(const QModelIndex &index)
{
    const qint64 articleId = index.data(ArticleListModel::IdRole).toLongLong();
    const bool unfolded = m_unfolded.contains(articleId);
    const QString html = index.data(ArticleListModel::HtmlRole).toString();
    std::vector<BodyPart> parts;
    if (html.isEmpty()) {
        for (auto part : QuotedText::splitPlain(index.data(ArticleListModel::TextRole).toString())) {
            part.content =
                QStringLiteral("<div style='white-space:pre-wrap%1'>%2</div>")
                    .arg(part.foldable ? QStringLiteral("; color:#6b6b6b") : QString(), part.content.toHtmlEscaped());
            parts.push_back(std::move(part));
        }
    } else {
        // Inline parts: "cid:" names an attachment of this article only, drawn by the view's own link.
        QHash<QString, QPair<QString, QString>> byContentId; // content id -> sha256, type
        for (const auto &a : index.data(ArticleListModel::AttachmentsRole).toList()) {
            const auto m = a.toMap();
            const auto contentId = m.value(QStringLiteral("content_id")).toString();
            if (!contentId.isEmpty())
                byContentId.insert(contentId.toLower(), {m.value(QStringLiteral("sha256")).toString(),
                                                         m.value(QStringLiteral("content_type")).toString()});
        }
        static const QRegularExpression cid(QStringLiteral("src=(\"|')cid:([^\"']+)\\1"),
                                            QRegularExpression::CaseInsensitiveOption);
        QString drawn;
        qsizetype done = 0;
        for (auto it = cid.globalMatch(html); it.hasNext();) {
            const auto match = it.next();
            const auto target = byContentId.value(QUrl::fromPercentEncoding(match.captured(2).toUtf8()).toLower());
            drawn += html.mid(done, match.capturedStart() - done);
            drawn += target.first.isEmpty()
                         ? QStringLiteral("src=\"\"")
                         : QStringLiteral("src=\"%1\"")
                               .arg(imageLink(target.first, target.second, false).toString(QUrl::FullyEncoded));
            done = match.capturedEnd();
        }
        drawn += html.mid(done);
        parts = QuotedText::splitHtml(drawn);
    }
    QString out;
    bool folded = false; // the body has a part to fold
    bool hidden = false; // the last part drawn is a "…"
    for (const auto &part : parts) {
        if (!part.foldable) {
            out += part.content;
            hidden = hidden && part.content.trimmed().isEmpty();
            continue;
        }
        folded = true;
        if (unfolded) {
            out += part.content;
        } else if (!hidden) {
            // One "…" stands for a run of hidden parts; a click shows them all.
            auto open = threadLink([this, articleId] {
                m_unfolded.insert(articleId);
                refreshThread();
            });
            out += QStringLiteral("<p><a href=\"%1\" title=\"%2\" style='text-decoration:none'>[\u2026]</a></p>")
                       .arg(open.toString(QUrl::FullyEncoded), tr("Show quoted text").toHtmlEscaped());
            hidden = true;
        }
    }
    if (unfolded && folded) {
        auto close = threadLink([this, articleId] {
            m_unfolded.remove(articleId);
            refreshThread();
        });
        out += QStringLiteral("<p><a href=\"%1\" style='text-decoration:none'>%2</a></p>")
                   .arg(close.toString(QUrl::FullyEncoded), tr("Hide quoted text"));
    }
    return out;
}

QUrl TicketView::threadLink(const std::function<void()> &action)
{
    // A version 4 UUID: unguessable by a mail's author, and valid for this drawing only.
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_threadActions.insert(token, action);
    QUrl link;
    link.setScheme(kThreadLinkScheme);
    link.setPath(token);
    return link;
}

QUrl TicketView::imageLink(const QString &sha256, const QString &contentType, bool thumbnail)
{
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_drawnImages.insert(token, {sha256, contentType, thumbnail});
    QUrl link;
    link.setScheme(kThreadImageScheme);
    link.setPath(token);
    return link;
}

QImage TicketView::imageFor(const QUrl &link)
{
    const auto drawn = m_drawnImages.constFind(link.path());
    if (drawn == m_drawnImages.constEnd())
        return {};
    const QString key = drawn->sha256 + (drawn->thumbnail ? QStringLiteral("/thumbnail") : QStringLiteral("/inline"));
    if (auto rendered = m_renderedImages.constFind(key); rendered != m_renderedImages.constEnd())
        return *rendered;
    if (m_unreadableImages.contains(key))
        return {};
    const QByteArray bytes = m_transfer.cachedContent(drawn->sha256);
    if (bytes.isEmpty()) {
        if (!m_fetchingImages.contains(drawn->sha256)) {
            m_fetchingImages.insert(drawn->sha256);
            QPointer<TicketView> self(this);
            m_transfer.fetchContent(drawn->sha256, [self, key, sha256 = drawn->sha256](const QByteArray &fetched) {
                if (!self)
                    return;
                self->m_fetchingImages.remove(sha256);
                if (fetched.isEmpty())
                    self->m_unreadableImages.insert(key);
                else
                    self->m_thread->imagesArrived();
            });
        }
        return {};
    }
    QImage image = drawn->thumbnail ? AttachmentPreview::thumbnail(bytes, drawn->contentType, kThumbnail)
                                    : AttachmentPreview::image(bytes, kMaxInlineWidth);
    if (image.isNull()) {
        m_unreadableImages.insert(key);
        return {};
    }
    m_renderedImages.insert(key, image);
    return image;
}

void TicketView::openPreview(const QString &sha256, const QString &contentType, const QString &filename)
{
    QPointer<TicketView> self(this);
    m_transfer.fetchContent(sha256, [self, contentType, filename](const QByteArray &bytes) {
        if (!self)
            return;
        if (bytes.isEmpty()) {
            // The file name is the sender's text: shown as typed, never as markup.
            QMessageBox box(QMessageBox::Warning, tr("Preview"),
                            tr("%1 could not be fetched from the server.").arg(filename), QMessageBox::Ok, self);
            box.setTextFormat(Qt::PlainText);
            box.exec();
            return;
        }
        auto *preview = new AttachmentPreview(bytes, contentType, filename, self);
        preview->show();
    });
}

qint64 TicketView::articleAt(const QPoint &viewportPoint) const
{
    const int position = m_thread->cursorForPosition(viewportPoint).position();
    // Each article is one of the document's outer tables, drawn in the order of m_drawnArticles.
    std::size_t index = 0;
    for (auto *frame : m_thread->document()->rootFrame()->childFrames()) {
        if (!qobject_cast<QTextTable *>(frame))
            continue;
        if (position >= frame->firstPosition() && position <= frame->lastPosition())
            return index < m_drawnArticles.size() ? m_drawnArticles[index] : 0;
        ++index;
    }
    return 0;
}

void TicketView::showThreadMenu(const QPoint &viewportPoint)
{
    auto *menu = m_thread->createStandardContextMenu(viewportPoint);
    menu->setObjectName(QStringLiteral("threadMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 articleId = articleAt(viewportPoint);
    menu->addSeparator();
    auto *split = menu->addAction(tr("Split into new ticket…"), this, [this, articleId] { splitArticle(articleId); });
    split->setObjectName(QStringLiteral("splitArticle"));
    split->setEnabled(articleId > 0);
    if (articleId <= 0)
        split->setToolTip(tr("Only an article the server has can be split off."));
    menu->popup(m_thread->viewport()->mapToGlobal(viewportPoint));
}

void TicketView::splitArticle(qint64 articleId)
{
    auto ticket = m_directory.ticket(m_ticketId);
    if (!ticket || articleId <= 0)
        return;
    // The article's subject, else its first line, proposes the new ticket's title.
    QString proposed;
    if (auto *model = m_inbox.thread())
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto index = model->index(row);
            if (index.data(ArticleListModel::IdRole).toLongLong() != articleId)
                continue;
            // A subject that only repeats the ticket's title ("Re: …") says nothing of this article.
            static const QRegularExpression replyPrefix(QStringLiteral("^((re|aw|fwd?|wg|sv|odp)\\s*:\\s*)+"),
                                                        QRegularExpression::CaseInsensitiveOption);
            proposed = index.data(ArticleListModel::SubjectRole).toString().remove(replyPrefix).trimmed();
            if (proposed.isEmpty() || proposed == ticket->title)
                proposed = index.data(ArticleListModel::TextRole).toString().trimmed().section(QLatin1Char('\n'), 0, 0);
        }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("splitDialog"));
    dialog->setWindowTitle(tr("Split into new ticket"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *title = new QLineEdit(proposed.left(200), dialog);
    title->setObjectName(QStringLiteral("splitTitle"));
    auto *group = new QComboBox(dialog);
    group->setObjectName(QStringLiteral("splitGroup"));
    fill(group, m_directory.groups(), ticket->groupId);
    auto *form = new QFormLayout(dialog);
    form->addRow(
        new QLabel(tr("The article moves to a new ticket of the same customer; the rest stays here."), dialog));
    form->addRow(tr("Title"), title);
    form->addRow(tr("Group"), group);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Split"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, ticketId = m_ticketId, articleId, title, group] {
        m_actions.splitArticle(ticketId, articleId, title->text(), group->currentData().toLongLong());
    });
    dialog->open();
}

void TicketView::adaptComposerToGroup(qint64 groupId)
{
    m_timeAccounting = m_context.timeAccounting(groupId);
    const bool counted = m_timeAccounting != QLatin1String("off");
    m_timeLabel->setVisible(counted);
    m_timeSpent->setVisible(counted);
    m_timeLabel->setText(m_timeAccounting == QLatin1String("required") ? tr("Time spent (required)")
                                                                       : tr("Time spent"));
    updateSendEnabled();
}

void TicketView::updateSendEnabled()
{
    const bool waitsForTime = m_timeAccounting == QLatin1String("required") && m_timeSpent->value() == 0;
    m_send->setEnabled(!waitsForTime);
    m_send->setToolTip(waitsForTime ? tr("This group counts time: enter the minutes spent first.") : QString());
}

void TicketView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme().compare(kThreadLinkScheme, Qt::CaseInsensitive) == 0) {
        // Only a link of the current drawing acts; the same scheme in a mail's HTML does nothing.
        if (auto action = m_threadActions.value(url.path()))
            action();
        return;
    }
    if (AttachmentLinks::isOurs(url)) {
        // Only a link this view drew: the same scheme in the mail's HTML does nothing.
        auto attachment = m_attachmentLinks.resolve(url);
        if (!attachment)
            return;
        QString path = QFileDialog::getSaveFileName(this, tr("Save attachment"),
                                                    QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) +
                                                        QLatin1Char('/') + safeFileName(attachment->filename));
        if (!path.isEmpty())
            m_transfer.downloadAttachment(attachment->sha256, path);
        return;
    }
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
        url.scheme() == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
}

void TicketView::onModeChanged()
{
    auto mode = static_cast<ComposeMode>(m_mode->currentData().toInt());
    bool mail = mode == ComposeMode::Reply || mode == ComposeMode::ReplyAll || mode == ComposeMode::Forward;
    // A channel's reply has no addresses: it goes to the outside system.
    m_addresses->setVisible(mail && !m_channelTicket);
    m_channelReplyNote->setVisible(mail && m_channelTicket);
    m_mentions->setActive(mode == ComposeMode::Note); // colleagues are mentioned in notes only
    if (m_filling)
        return;
    m_to->clear();
    m_cc->clear();
    if (mode == ComposeMode::ReplyAll)
        m_cc->setText(m_directory.participants(m_ticketId).join(QStringLiteral(", ")));
    if (mode == ComposeMode::Forward) {
        m_to->setPlaceholderText(tr("forward to…"));
        // Quote the newest article below the cursor.
        auto *model = m_inbox.thread();
        if (model && model->rowCount() > 0 && m_composer->toPlainText().trimmed().isEmpty()) {
            auto last = model->index(model->rowCount() - 1);
            QString quoted = tr("---- Forwarded message from %1 (%2) ----")
                                 .arg(last.data(ArticleListModel::FromRole).toString(),
                                      last.data(ArticleListModel::TimeRole).toString());
            m_composer->setPlainText(QStringLiteral("\n\n") + quoted + QLatin1Char('\n') +
                                     last.data(ArticleListModel::TextRole).toString());
            m_composer->moveCursor(QTextCursor::Start);
        }
    } else {
        m_to->setPlaceholderText(tr("the customer"));
    }
}

void TicketView::askMerge()
{
    if (!m_ticketId)
        return;
    bool ok = false;
    qint64 number = QInputDialog::getInt(this, tr("Merge ticket"), tr("Merge this ticket into ticket number:"), 0, 1,
                                         INT_MAX, 1, &ok);
    if (ok && !m_actions.mergeInto(m_ticketId, number))
        QMessageBox::warning(this, tr("Merge ticket"),
                             tr("Ticket %1 is not among the tickets you can see.").arg(number));
}

void TicketView::askLink()
{
    if (!m_ticketId)
        return;
    bool ok = false;
    qint64 number =
        QInputDialog::getInt(this, tr("Link ticket"), tr("Link this ticket to ticket number:"), 0, 1, INT_MAX, 1, &ok);
    if (!ok)
        return;
    QStringList kinds{tr("related"), tr("parent"), tr("duplicate")};
    QString kind = QInputDialog::getItem(this, tr("Link ticket"), tr("Kind of link:"), kinds, 0, false, &ok);
    if (!ok)
        return;
    static const char *const keys[] = {"related", "parent", "duplicate"};
    if (!m_actions.linkTo(m_ticketId, number, QString::fromLatin1(keys[kinds.indexOf(kind)])))
        QMessageBox::warning(this, tr("Link ticket"),
                             tr("Ticket %1 is not among the tickets you can see.").arg(number));
}

void TicketView::offerTextModules()
{
    // The word being typed, if it starts with "::".
    auto cursor = m_composer->textCursor();
    QString before = cursor.block().text().left(cursor.positionInBlock());
    static const QRegularExpression trigger(QStringLiteral("::([a-z0-9_-]*)$"));
    auto match = trigger.match(before);
    if (!match.hasMatch()) {
        m_modules->hide();
        return;
    }
    m_modules->clear();
    for (const auto &module : m_directory.textModules(match.captured(1))) {
        auto label = QStringLiteral("::%1 — %2").arg(module.keyword, module.name);
        auto *item = new QListWidgetItem(
            module.folder.isEmpty() ? label : module.folder + QStringLiteral(" / ") + label, m_modules);
        item->setData(Qt::UserRole, module.keyword);
    }
    if (m_modules->count() == 0) {
        m_modules->hide();
        return;
    }
    m_modules->setCurrentRow(0);
    QRect at = m_composer->cursorRect();
    m_modules->move(m_composer->viewport()->mapToGlobal(at.bottomLeft()));
    m_modules->resize(360, std::min(200, m_modules->sizeHintForRow(0) * m_modules->count() + 6));
    m_modules->show();
}

void TicketView::insertTextModule(const QString &keyword)
{
    for (const auto &module : m_directory.textModules(keyword)) {
        if (module.keyword != keyword)
            continue;
        auto cursor = m_composer->textCursor();
        QString before = cursor.block().text().left(cursor.positionInBlock());
        int typed = static_cast<int>(before.size() - before.lastIndexOf(QStringLiteral("::")));
        cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, typed);
        cursor.insertText(m_directory.expandTextModule(module, m_ticketId));
        m_composer->setTextCursor(cursor);
        break;
    }
    m_modules->hide();
    m_composer->setFocus();
}

bool TicketView::eventFilter(QObject *watched, QEvent *event)
{
    // The thread's cards take their colours from the palette: draw them again when it turns light or dark.
    if (watched == this && m_ticketId &&
        (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
        refreshThread();
    // While the "::" list is open, the arrow keys and Enter belong to it.
    if (watched == m_composer && event->type() == QEvent::KeyPress && m_modules->isVisible()) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            m_modules->setCurrentRow(std::min(m_modules->currentRow() + 1, m_modules->count() - 1));
            return true;
        case Qt::Key_Up:
            m_modules->setCurrentRow(std::max(m_modules->currentRow() - 1, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
            insertTextModule(m_modules->currentItem()->data(Qt::UserRole).toString());
            return true;
        case Qt::Key_Escape:
            m_modules->hide();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TicketView::rebuildCustomFields()
{
    while (m_customForm->rowCount() > 0)
        m_customForm->removeRow(0);
    auto ticket = m_directory.ticket(m_ticketId);
    auto fields = m_directory.ticketCustomFields();
    m_customBox->setVisible(ticket && !fields.empty());
    if (!ticket)
        return;
    for (const auto &field : fields) {
        const QVariant value = ticket->custom.value(field.name);
        const bool empty = !value.isValid() || value.isNull();
        const QString label = field.label.isEmpty() ? field.name : field.label;
        const QString name = field.name;
        if (field.integrationId) {
            // Filled from outside: only the owning integration sets it (the server refuses others).
            const QString owner =
                field.integration.isEmpty() ? tr("integration %1").arg(field.integrationId) : field.integration;
            auto *shown = new QLineEdit(m_customBox);
            shown->setObjectName(QStringLiteral("custom_") + name);
            shown->setReadOnly(true);
            shown->setFrame(false);
            shown->setToolTip(tr("Filled by %1: only it changes this field.").arg(owner));
            if (!empty)
                shown->setText(field.type == QLatin1String("boolean") ? (value.toBool() ? tr("yes") : tr("no"))
                               : value.typeId() == QMetaType::QVariantList
                                   ? value.toStringList().join(QStringLiteral(", "))
                                   : value.toString());
            else
                shown->setPlaceholderText(tr("(not filled yet)"));
            m_customForm->addRow(tr("%1 (from %2)").arg(label, owner), shown);
            continue;
        }
        if (field.type == QLatin1String("boolean")) {
            auto *box = new QCheckBox(m_customBox);
            box->setChecked(!empty && value.toBool());
            connect(box, &QCheckBox::clicked, this,
                    [this, name](bool on) { m_actions.setCustomField(m_ticketId, name, on); });
            m_customForm->addRow(label, box);
        } else if (field.type == QLatin1String("select")) {
            auto *box = new QComboBox(m_customBox);
            box->addItem(tr("(none)"));
            box->addItems(field.options);
            box->setCurrentIndex(empty ? 0 : std::max(0, box->findText(value.toString())));
            connect(box, &QComboBox::activated, this, [this, name, box](int index) {
                m_actions.setCustomField(m_ticketId, name, index == 0 ? QVariant() : QVariant(box->currentText()));
            });
            m_customForm->addRow(label, box);
        } else {
            // text, integer, date, datetime, multiselect (comma separated): typed, checked by the server.
            auto *edit = new QLineEdit(m_customBox);
            if (!empty)
                edit->setText(value.typeId() == QMetaType::QVariantList
                                  ? value.toStringList().join(QStringLiteral(", "))
                                  : value.toString());
            if (field.type == QLatin1String("date"))
                edit->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
            const QString type = field.type;
            connect(edit, &QLineEdit::editingFinished, this, [this, name, edit, type] {
                if (!edit->isModified())
                    return;
                edit->setModified(false);
                QString text = edit->text().trimmed();
                QVariant v;
                if (text.isEmpty())
                    v = QVariant();
                else if (type == QLatin1String("integer"))
                    v = text.toLongLong();
                else if (type == QLatin1String("multiselect"))
                    v = text.split(QLatin1Char(','), Qt::SkipEmptyParts)
                            .replaceInStrings(QRegularExpression(QStringLiteral("^\\s+|\\s+$")), QString());
                else
                    v = text;
                m_actions.setCustomField(m_ticketId, name, v);
            });
            m_customForm->addRow(label, edit);
        }
    }
}

void TicketView::attachFiles(const QList<QUrl> &files)
{
    for (const auto &url : files) {
        QFile file(url.toLocalFile());
        if (file.size() > AttachmentTransfer::kMaxAttachmentBytes) {
            QMessageBox::warning(this, tr("Attach files"),
                                 tr("%1 is larger than the limit of %2 MB.")
                                     .arg(url.fileName())
                                     .arg(AttachmentTransfer::kMaxAttachmentBytes / (1024 * 1024)));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(this, tr("Attach files"),
                                 tr("Cannot read %1: %2").arg(url.fileName(), file.errorString()));
            continue;
        }
        PendingFile pending;
        pending.filename = url.fileName();
        pending.contentType = QMimeDatabase().mimeTypeForFile(url.toLocalFile()).name();
        pending.data = file.readAll();
        m_attachments->addItem(
            QStringLiteral("📎 %1 (%2 KB)").arg(pending.filename).arg((pending.data.size() + 1023) / 1024));
        m_files.push_back(std::move(pending));
    }
    m_attachments->setVisible(!m_files.empty());
}

void TicketView::startComposing(ComposeMode mode)
{
    if (m_channelTicket && (mode == ComposeMode::ReplyAll || mode == ComposeMode::Forward))
        mode = ComposeMode::Reply; // a channel's ticket is answered through the channel only
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    m_composer->setFocus();
}

void TicketView::closeTicket()
{
    if (!m_ticketId)
        return;
    for (const auto &state : m_directory.states())
        if (state.detail == QLatin1String("closed")) {
            m_actions.setField(m_ticketId, QStringLiteral("state_id"), state.id);
            return;
        }
}

void TicketView::send()
{
    QString text = m_composer->toPlainText().trimmed();
    if (!m_ticketId || text.isEmpty() || !m_send->isEnabled())
        return;
    const int minutes = m_timeAccounting == QLatin1String("off") ? 0 : m_timeSpent->value();
    switch (static_cast<ComposeMode>(m_mode->currentData().toInt())) {
    case ComposeMode::Reply:
    case ComposeMode::ReplyAll:
        m_actions.reply(m_ticketId, text, m_to->text().trimmed(), m_cc->text().trimmed(), {},
                        m_formatted ? m_composer->toHtml() : QString(), m_files, minutes);
        break;
    case ComposeMode::Forward:
        if (m_to->text().trimmed().isEmpty()) {
            m_to->setFocus();
            return; // a forward needs an address
        }
        m_actions.reply(
            m_ticketId, text, m_to->text().trimmed(), m_cc->text().trimmed(),
            tr("Forward of #%1 to %2").arg(m_directory.ticket(m_ticketId)->number).arg(m_to->text().trimmed()),
            m_formatted ? m_composer->toHtml() : QString(), m_files, minutes);
        break;
    case ComposeMode::Note:
        m_actions.addNote(m_ticketId, text, m_files, m_mentions->mentionedIds(), minutes);
        break;
    case ComposeMode::PhoneIn:
        m_actions.logPhoneCall(m_ticketId, text, true, minutes);
        break;
    case ComposeMode::PhoneOut:
        m_actions.logPhoneCall(m_ticketId, text, false, minutes);
        break;
    }
    m_filling = true;
    m_composer->clear();
    m_to->clear();
    m_cc->clear();
    m_files.clear();
    m_attachments->clear();
    m_attachments->hide();
    m_formatted = false;
    m_mentions->clear();
    m_timeSpent->setValue(0);
    m_filling = false;
    m_draftTimer.stop();
    m_workspace.saveDraft(m_ticketId, QString());
}

} // namespace helpdesk::client
