#pragma once

#include <QByteArray>
#include <QImage>
#include <QWidget>

class QPdfDocument;

namespace helpdesk::client {

/// A larger view of an attachment the thread shows as a thumbnail: an image fitted to the window,
/// or a PDF's pages (QPdfView) to scroll through. Decoding happens here, never by another program.
/// Main thread.
class AttachmentPreview : public QWidget
{
    Q_OBJECT
public:
    /// Whether a file of this type can be previewed: an image Qt's own readers decode, or a PDF.
    static bool canPreview(const QString &contentType);
    /// A picture of the file at most `bound` large (an image scaled down, a PDF's first page);
    /// null when the bytes cannot be read as that type.
    static QImage thumbnail(const QByteArray &data, const QString &contentType, const QSize &bound);
    /// An image attachment decoded for showing inline, scaled down to `maxWidth` when wider; null
    /// when it is not an image Qt reads, or too large to decode safely.
    static QImage image(const QByteArray &data, int maxWidth);

    /// A window showing `data`, named `filename` (shown in the title).
    AttachmentPreview(const QByteArray &data, const QString &contentType, const QString &filename,
                      QWidget *parent = nullptr);
    ~AttachmentPreview() override;

    /// The PDF shown, or null for an image.
    QPdfDocument *document() const { return m_document; }
    /// The image shown, null for a PDF.
    QImage shownImage() const { return m_image; }

private:
    QByteArray m_data;
    QPdfDocument *m_document = nullptr;
    QImage m_image;
};

} // namespace helpdesk::client
