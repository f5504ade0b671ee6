#pragma once

#include "core/CacheTypes.h"
#include "ui/AttachmentLinks.h"

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTextEdit;
class QListWidget;
class QSpinBox;
class QTreeWidget;

namespace helpdesk::client {

class AccountSession;
class AgentWorkspace;
class AttachmentTransfer;
class ComposerEdit;
class CustomerSidebar;
class Directory;
class HelpdeskAccess;
class InboxModels;
class MentionPopup;
class PresenceTracker;
class TicketActions;
class TicketContext;
class SafeTextBrowser;
class TicketSharingBar;
class WatchersBar;

/// One ticket: the header with every field editable in place (state, priority, group, owner,
/// tags) and "take", the custom channel it came by, its customer and their ids in integrations,
/// the thread (public and internal articles set apart, pending ones marked, each outgoing reply's
/// delivery as a mail client shows it, attachments to save, remote images blocked until allowed),
/// and the composer (reply, internal note, phone call in or out; on a channel's ticket the reply
/// goes to the channel) whose draft is saved as the agent types. Beside it the customer sidebar;
/// in the header the watchers and the time accounted. The thread folds quoted text and
/// signatures, draws inline (cid:) images and previews of image and PDF attachments, and splits an
/// article into a new ticket from its context menu; a note mentions colleagues with "@". Main thread.
class TicketView : public QWidget
{
    Q_OBJECT
public:
    enum class ComposeMode { Reply, ReplyAll, Forward, Note, PhoneIn, PhoneOut };

    /// Takes the pieces it uses from `access`.
    explicit TicketView(HelpdeskAccess &access, QWidget *parent = nullptr);

    void showTicket(qint64 ticketId);
    qint64 ticketId() const { return m_ticketId; }
    /// The header's sharing with partner desks (badges, "Share with…", "Stop sharing…").
    TicketSharingBar *sharingBar() const { return m_sharingBar; }
    /// Puts the cursor in the composer in a mode (keyboard shortcuts).
    void startComposing(ComposeMode mode);
    /// Sets the ticket's state to the first closed state.
    void closeTicket();
    /// Asks for the new ticket's title and group, then splits the article off into it.
    void splitArticle(qint64 articleId);
    /// The customer sidebar beside the thread.
    CustomerSidebar *customerSidebar() const { return m_sidebar; }

signals:
    /// The agent opened another ticket from the customer sidebar (the window selects it in the inbox).
    void ticketRequested(qint64 ticketId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshHeader();
    /// The channel line and the customer line of the header.
    void showOrigin(const TicketOrigin &origin);
    /// On a channel's ticket the reply has no address and no reply-all or forward: it goes to the channel.
    void adaptComposerTo(const TicketOrigin &origin);
    void refreshThread();
    /// Reads the deliveries again, less often each time, while a reply is on its way (`awaiting`).
    void followDeliveries(bool awaiting);
    void send();
    void onAnchorClicked(const QUrl &url);
    void onModeChanged();
    void askMerge();
    void askLink();
    /// Offers text modules while the agent types "::keyword"; Enter or a click inserts one.
    void offerTextModules();
    void insertTextModule(const QString &keyword);
    /// The customer's rating under the title: `score` 0 hides it; `articleId` names a rated reply.
    void showRating(int score, const QString &comment, qint64 articleId);
    /// One editor per ticket custom field, filled from the ticket.
    void rebuildCustomFields();
    /// Attaches local files (drag and drop, paste, or the Attach button).
    void attachFiles(const QList<QUrl> &files);
    /// The time field per the group's time accounting (off: hidden; required: sending waits for it).
    void adaptComposerToGroup(qint64 groupId);
    void updateSendEnabled();
    /// An article's body as drawn: quoted parts and the signature folded unless unfolded, inline
    /// images pointed at the view's own image links.
    QString bodyHtml(const QModelIndex &index);
    /// A link of this drawing that runs `action` when clicked (mail cannot forge one).
    QUrl threadLink(const std::function<void()> &action);
    /// An image link of this drawing for an attachment (inline: as sent; else a thumbnail).
    QUrl imageLink(const QString &sha256, const QString &contentType, bool thumbnail);
    /// The picture behind an image link, once its attachment is fetched (null meanwhile).
    QImage imageFor(const QUrl &link);
    void openPreview(const QString &sha256, const QString &contentType, const QString &filename);
    /// The article drawn at a point of the thread's viewport (0: none, or one not yet on the server).
    qint64 articleAt(const QPoint &viewportPoint) const;
    void showThreadMenu(const QPoint &viewportPoint);

    const AccountSession &m_session;
    const Directory &m_directory;
    TicketActions &m_actions;
    AgentWorkspace &m_workspace;
    PresenceTracker &m_presenceTracker;
    AttachmentTransfer &m_transfer;
    InboxModels &m_inbox;
    TicketContext &m_context;
    qint64 m_ticketId = 0;
    qint64 m_drawnTicket = 0;            // the ticket whose thread is drawn
    std::size_t m_drawnArticleCount = 0; // of those on the server, when last drawn
    CustomerSidebar *m_sidebar;
    WatchersBar *m_watchers;
    QLabel *m_timeTotal;   // the minutes accounted on the ticket, in the header
    QLabel *m_timeLabel;   // "Time spent", beside the field
    QSpinBox *m_timeSpent; // minutes accounted with the article being written
    QString m_timeAccounting = QStringLiteral("off");
    MentionPopup *m_mentions;
    QLabel *m_title;
    QLabel *m_presence;
    TicketSharingBar *m_sharingBar;
    QLabel *m_sla;
    QLabel *m_rating;   // the customer's rating of the ticket or of one reply, when there is one
    QLabel *m_origin;   // the custom channel it came by and its ids in integrations
    QLabel *m_customer; // the customer, with their ids in integrations
    QComboBox *m_state;
    QComboBox *m_priority;
    QComboBox *m_group;
    QComboBox *m_type;
    QComboBox *m_owner;
    QLineEdit *m_tags;
    QFormLayout *m_customForm;
    QWidget *m_customBox;
    QListWidget *m_modules; // the "::" popup
    QPushButton *m_take;
    QLabel *m_remoteBar;
    QPushButton *m_showRemote;
    SafeTextBrowser *m_thread;
    AttachmentLinks m_attachmentLinks; // the thread's "save attachment" links, as last drawn
    QComboBox *m_mode;
    QLineEdit *m_to;
    QLineEdit *m_cc;
    QWidget *m_addresses;
    QLabel *m_channelReplyNote; // "the reply goes to the channel", instead of the addresses
    bool m_channelTicket = false;
    ComposerEdit *m_composer;
    QListWidget *m_attachments;
    std::vector<PendingFile> m_files; // attached to the article being written
    bool m_formatted = false;         // the agent used formatting: send HTML too
    QTabWidget *m_tabs;
    QTreeWidget *m_history;
    QPushButton *m_send;
    QTimer m_draftTimer;
    QTimer m_deliveryTimer; // while a reply's delivery is pending
    int m_deliveryPoll = 0; // its next interval (ms); 0: not following
    QSet<qint64> m_awaited; // the articles whose delivery is followed
    bool m_filling = false;
    QString m_activity; // what colleagues are told: viewing or replying
    /// What the drawn thread links to: actions (unfold, preview) and images, by random token.
    struct DrawnImage {
        QString sha256;
        QString contentType;
        bool thumbnail = false;
    };
    QHash<QString, std::function<void()>> m_threadActions;
    QHash<QString, DrawnImage> m_drawnImages;
    std::vector<qint64> m_drawnArticles;     // by the order of the thread's outer tables
    QSet<qint64> m_unfolded;                 // articles whose quoted text the agent opened
    QHash<QString, QImage> m_renderedImages; // "sha256/kind" -> picture, for this view's life
    QSet<QString> m_fetchingImages;          // attachments on their way
    QSet<QString> m_unreadableImages;        // fetched but not a picture: not asked again
};

} // namespace helpdesk::client
