#include "ui/SafeTextBrowser.h"

#include <QImage>
#include <QNetworkReply>
#include <QTextBlock>
#include <QTextDocument>

namespace helpdesk::client {

namespace {
constexpr qint64 kMaxRemoteImageBytes = 5 * 1024 * 1024;
}

SafeTextBrowser::SafeTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false); // links go to the system browser, through the view's handler
    setOpenExternalLinks(false);
}

void SafeTextBrowser::showHtml(const QString &html)
{
    m_allowRemote = false;
    m_requested.clear();
    m_images.clear();
    bool wasBlocked = std::exchange(m_blocked, false);
    m_html = html;
    setHtml(html);
    // Images are fetched lazily at layout time; decide now from the parsed document whether any
    // refers to a remote server, so the agent is told before anything would be loaded.
    for (auto block = document()->begin(); block.isValid() && !m_blocked; block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            auto format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            auto scheme = QUrl(format.toImageFormat().name()).scheme().toLower();
            if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
                m_blocked = true;
                break;
            }
        }
    if (wasBlocked != m_blocked)
        emit remoteContentBlockedChanged(m_blocked);
}

void SafeTextBrowser::allowRemoteImages()
{
    m_allowRemote = true;
    setHtml(m_html); // asks loadResource again, now allowed
}

void SafeTextBrowser::setImageProvider(const QString &scheme, ImageProvider provider)
{
    m_providedScheme = scheme.toLower();
    m_provider = std::move(provider);
}

void SafeTextBrowser::imagesArrived()
{
    // An image that was not there was not cached by the document: a new layout asks again.
    document()->markContentsDirty(0, document()->characterCount());
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    const auto scheme = name.scheme().toLower();
    if (type == QTextDocument::ImageResource && m_provider && scheme == m_providedScheme) {
        const QImage image = m_provider(name);
        return image.isNull() ? QVariant() : QVariant(image);
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        if (!m_allowRemote) {
            if (!m_blocked) {
                m_blocked = true;
                emit remoteContentBlockedChanged(true);
            }
            return {};
        }
        if (m_images.contains(name))
            return m_images.value(name);
        if (type == QTextDocument::ImageResource && !m_requested.contains(name)) {
            m_requested.insert(name);
            auto *reply = m_network.get(QNetworkRequest(name));
            connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
                if (received > kMaxRemoteImageBytes)
                    reply->abort();
            });
            connect(reply, &QNetworkReply::finished, this, [this, reply, name] {
                reply->deleteLater();
                QImage image;
                if (reply->error() == QNetworkReply::NoError && image.loadFromData(reply->readAll())) {
                    m_images.insert(name, image);
                    setHtml(m_html);
                }
            });
        }
        return {};
    }
    // Nothing from the local disk, no cid: or data: surprises beyond what Qt renders inline.
    if (scheme == QLatin1String("data"))
        return QTextBrowser::loadResource(type, name);
    return {};
}

} // namespace helpdesk::client
