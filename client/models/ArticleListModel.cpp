#include "models/ArticleListModel.h"

#include <QDateTime>
#include <QVariantMap>

namespace helpdesk::client {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

ArticleListModel::ArticleListModel(CacheStore &cache, QObject *parent) : QAbstractListModel(parent), m_cache(cache)
{
    connect(&m_cache, &CacheStore::articlesChanged, this, [this](qint64 ticketId) {
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
    m_articles = m_ticketId ? m_cache.articles(m_ticketId) : std::vector<protocol::Article>{};
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
    case TextRole: return qs(a.bodyText);
    case FromRole: return qs(a.from);
    case ToRole: return qs(a.to);
    case TimeRole:
        return QDateTime::fromString(qs(a.createdAt), Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case InternalRole: return a.internal;
    case ChannelRole: return qs(a.channel);
    case SenderRole: return qs(a.sender);
    case SubjectRole: return qs(a.subject);
    case HtmlRole: return a.bodyHtml ? qs(*a.bodyHtml) : QString();
    case PendingRole: return a.id < 0;
    case AttachmentsRole: {
        QVariantList list;
        for (const auto &att : a.attachments)
            list << QVariantMap{{QStringLiteral("sha256"), qs(att.sha256)},
                                {QStringLiteral("filename"), qs(att.filename)},
                                {QStringLiteral("content_type"), qs(att.contentType)},
                                {QStringLiteral("size"), static_cast<qlonglong>(att.size)}};
        return list;
    }
    }
    return {};
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    return {{FromRole, "from"},       {TimeRole, "time"},       {InternalRole, "internal"}, {ChannelRole, "channel"},
            {SenderRole, "sender"},   {SubjectRole, "subject"}, {TextRole, "text"},         {HtmlRole, "html"},
            {PendingRole, "pending"}, {AttachmentsRole, "attachments"}, {ToRole, "to"}};
}

} // namespace helpdesk::client
