#pragma once

#include <QHash>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTextBrowser>

#include <functional>

namespace helpdesk::client {

/// Shows mail HTML safely: QTextBrowser runs no scripts, and this one loads no remote or local
/// file resource either (tracking pixels, file:// probes) until the agent allows remote images
/// for the message shown. Main thread.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    /// Shows new content; remote images are blocked again.
    void showHtml(const QString &html);
    /// Fetches and shows the remote images of the current content.
    void allowRemoteImages();
    bool remoteContentBlocked() const { return m_blocked; }
    /// Answers the images the view itself supplies (inline parts, attachment thumbnails) under
    /// `scheme`: an image, or a null one while it is being fetched. Remote rules do not apply to them.
    using ImageProvider = std::function<QImage(const QUrl &)>;
    void setImageProvider(const QString &scheme, ImageProvider provider);
    /// Images the provider had not got have arrived: the content is laid out again (where it is).
    void imagesArrived();

signals:
    /// The content refers to remote images that were not loaded.
    void remoteContentBlockedChanged(bool blocked);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QNetworkAccessManager m_network;
    bool m_allowRemote = false;
    bool m_blocked = false;
    QSet<QUrl> m_requested;
    QHash<QUrl, QImage> m_images; // remote images fetched after the agent allowed them
    QString m_html;
    QString m_providedScheme;
    ImageProvider m_provider;
};

} // namespace helpdesk::client
