#include "ui/AttachmentLinks.h"

#include <QUuid>

namespace helpdesk::client {

namespace {
const QString kScheme = QStringLiteral("attachment");
}

QUrl AttachmentLinks::linkTo(const Attachment &attachment)
{
    // A version 4 UUID: 122 bits from the system's random source, unguessable by a mail's author.
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_links.insert(token, attachment);
    QUrl link;
    link.setScheme(kScheme);
    link.setPath(token);
    return link;
}

std::optional<AttachmentLinks::Attachment> AttachmentLinks::resolve(const QUrl &link) const
{
    if (!isOurs(link) || link.hasQuery() || link.hasFragment())
        return std::nullopt;
    auto it = m_links.constFind(link.path());
    if (it == m_links.constEnd())
        return std::nullopt;
    return *it;
}

bool AttachmentLinks::isOurs(const QUrl &link)
{
    return link.scheme().compare(kScheme, Qt::CaseInsensitive) == 0;
}

} // namespace helpdesk::client
