#include "models/ArticleListModel.h"

#include <QDateTime>
#include <QVariantMap>

namespace helpdesk::client {

ArticleListModel::ArticleListModel(CacheReader &cache, QObject *parent) : QAbstractListModel(parent), m_cache(cache)
{
    connect(&m_cache, &CacheReader::articlesChanged, this, [this](qint64 ticketId) {
        if (ticketId == m_ticketId)
            reload();
    });
}

void ArticleListModel::setTicket(qint64 ticketId)
{
    m_ticketId = ticketId;
    reload();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_articles = m_ticketId ? m_cache.thread(m_ticketId) : std::vector<ThreadArticle>{};
    endResetModel();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_articles.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto &a = m_articles[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return a.text;
    case FromRole:
        return a.from;
    case ToRole:
        return a.to;
    case TimeRole:
        return QDateTime::fromString(a.createdAt, Qt::ISODateWithMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case InternalRole:
        return a.internal;
    case ChannelRole:
        return a.channel;
    case SenderRole:
        return a.sender;
    case SubjectRole:
        return a.subject;
    case HtmlRole:
        return a.html;
    case PendingRole:
        return a.id < 0;
    case SenderUnverifiedRole:
        return a.senderUnverified;
    case IdRole:
        return a.id;
    case CreatedAtRole:
        return QDateTime::fromString(a.createdAt, Qt::ISODateWithMs);
    case DeliveryKindRole:
        return a.delivery ? QVariant(a.delivery->kind) : QVariant();
    case DeliveryStateRole:
        return a.delivery ? QVariant(a.delivery->state) : QVariant();
    case DeliveryAttemptsRole:
        return a.delivery ? QVariant(a.delivery->attempts) : QVariant();
    case DeliveryErrorRole:
        return a.delivery ? QVariant(a.delivery->error) : QVariant();
    case AttachmentsRole: {
        QVariantList list;
        for (const auto &att : a.attachments)
            list << QVariantMap{{QStringLiteral("sha256"), att.sha256},
                                {QStringLiteral("filename"), att.filename},
                                {QStringLiteral("content_type"), att.contentType},
                                {QStringLiteral("size"), att.size},
                                {QStringLiteral("content_id"), att.contentId}};
        return list;
    }
    }
    return {};
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    return {{FromRole, "from"},
            {TimeRole, "time"},
            {InternalRole, "internal"},
            {ChannelRole, "channel"},
            {SenderRole, "sender"},
            {SubjectRole, "subject"},
            {TextRole, "text"},
            {HtmlRole, "html"},
            {PendingRole, "pending"},
            {AttachmentsRole, "attachments"},
            {ToRole, "to"},
            {SenderUnverifiedRole, "sender_unverified"},
            {IdRole, "id"},
            {CreatedAtRole, "created_at"},
            {DeliveryKindRole, "delivery_kind"},
            {DeliveryStateRole, "delivery_state"},
            {DeliveryAttemptsRole, "delivery_attempts"},
            {DeliveryErrorRole, "delivery_error"}};
}

} // namespace helpdesk::client
