#pragma once

#include "core/CacheReader.h"

#include <QAbstractListModel>

namespace helpdesk::client {

/// The thread of one ticket from the cache, oldest first, our pending articles last. Main thread.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        FromRole = Qt::UserRole + 1,
        TimeRole,     // local time, formatted
        InternalRole, // internal note (never shown to the customer)
        ChannelRole,  // email, phone_in, phone_out, note, web
        SenderRole,   // customer, agent, system
        SubjectRole,
        TextRole,
        HtmlRole,        // sanitized by the server; empty when the article has none
        PendingRole,     // ours, not yet accepted by the server
        AttachmentsRole, // QVariantList of QVariantMap {sha256, filename, content_type, size, content_id}
        ToRole,
        SenderUnverifiedRole, // mail in a staff member's name that nobody vouched for
        IdRole,               // the server's id (negative: ours, waiting in the outbox)
        CreatedAtRole,        // QDateTime (UTC)
        // An outgoing article's delivery, once the server told it (else invalid): reply (e-mail) or
        // channel (a custom channel's webhook); pending, sent or failed; attempts made; the last error.
        DeliveryKindRole,
        DeliveryStateRole,
        DeliveryAttemptsRole,
        DeliveryErrorRole,
    };

    explicit ArticleListModel(CacheReader &cache, QObject *parent = nullptr);

    void setTicket(qint64 ticketId);
    qint64 ticketId() const { return m_ticketId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();

    CacheReader &m_cache;
    qint64 m_ticketId = 0;
    std::vector<ThreadArticle> m_articles;
};

} // namespace helpdesk::client
