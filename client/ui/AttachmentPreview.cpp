#include "ui/AttachmentPreview.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QScrollArea>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
/// Pictures larger than this (in pixels per side) are not decoded: a small file can claim a huge
/// canvas, and the thread must not stall or run out of memory on a stranger's attachment.
constexpr int kMaxDecodedSide = 12000;

bool isPdf(const QString &contentType)
{
    return contentType.compare(QLatin1String("application/pdf"), Qt::CaseInsensitive) == 0;
}

/// A reader over `data` that refuses oversized images; null size means "do not decode".
QSize readableSize(QImageReader &reader)
{
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > kMaxDecodedSide || size.height() > kMaxDecodedSide)
        return {};
    return size;
}

QImage renderFirstPage(const QByteArray &data, const QSize &bound)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer); // a random-access device: read at once, status Ready or Error
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1)
        return {};
    const QSizeF page = document.pagePointSize(0);
    if (page.isEmpty())
        return {};
    const QSize size = page.scaled(QSizeF(bound), Qt::KeepAspectRatio).toSize().expandedTo(QSize(1, 1));
    QImage image = document.render(0, size);
    // A page is drawn on transparency: give it paper.
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    {
        QPainter painter(&paper);
        painter.drawImage(0, 0, image);
    }
    return paper;
}
} // namespace

bool AttachmentPreview::canPreview(const QString &contentType)
{
    if (isPdf(contentType))
        return true;
    return QImageReader::supportedMimeTypes().contains(contentType.toLower().toLatin1());
}

QImage AttachmentPreview::thumbnail(const QByteArray &data, const QString &contentType, const QSize &bound)
{
    if (isPdf(contentType))
        return renderFirstPage(data, bound);
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = readableSize(reader);
    if (size.isEmpty())
        return {};
    if (size.width() > bound.width() || size.height() > bound.height())
        reader.setScaledSize(size.scaled(bound, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    return reader.read();
}

QImage AttachmentPreview::image(const QByteArray &data, int maxWidth)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = readableSize(reader);
    if (size.isEmpty())
        return {};
    if (size.width() > maxWidth)
        reader.setScaledSize(QSize(maxWidth, std::max(1, size.height() * maxWidth / size.width())));
    return reader.read();
}

AttachmentPreview::AttachmentPreview(const QByteArray &data, const QString &contentType, const QString &filename,
                                     QWidget *parent)
    : QWidget(parent, Qt::Window), m_data(data)
{
    setObjectName(QStringLiteral("attachmentPreview"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Preview of %1").arg(filename));
    auto *layout = new QVBoxLayout(this);
    if (isPdf(contentType)) {
        // The view goes first (children die in the order made), then the document, then its bytes
        // (the document's child): each outlives what reads it.
        auto *view = new QPdfView(this);
        m_document = new QPdfDocument(this);
        auto *buffer = new QBuffer(m_document);
        buffer->setData(m_data);
        buffer->open(QIODevice::ReadOnly);
        m_document->load(buffer);
        view->setDocument(m_document);
        view->setPageMode(QPdfView::PageMode::MultiPage);
        view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        layout->addWidget(view);
        if (m_document->status() != QPdfDocument::Status::Ready)
            layout->addWidget(new QLabel(tr("This PDF cannot be shown: it is damaged or protected."), this));
    } else {
        m_image = image(m_data, 4000);
        auto *label = new QLabel(this);
        label->setAlignment(Qt::AlignCenter);
        if (m_image.isNull())
            label->setText(tr("This image cannot be shown."));
        else
            label->setPixmap(QPixmap::fromImage(m_image));
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(label);
        scroll->setWidgetResizable(true);
        layout->addWidget(scroll);
    }
    resize(900, 700);
}

AttachmentPreview::~AttachmentPreview() = default;

} // namespace helpdesk::client
