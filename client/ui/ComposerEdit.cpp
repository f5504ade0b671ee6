#include "ui/ComposerEdit.h"

#include <QMimeData>

namespace helpdesk::client {

namespace {
QList<QUrl> localFiles(const QMimeData *source)
{
    QList<QUrl> files;
    if (source->hasUrls())
        for (const auto &url : source->urls())
            if (url.isLocalFile())
                files << url;
    return files;
}
} // namespace

ComposerEdit::ComposerEdit(QWidget *parent) : QTextEdit(parent)
{
    setAcceptRichText(true);
}

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFiles(source).isEmpty() || QTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    auto files = localFiles(source);
    if (!files.isEmpty()) {
        emit filesDropped(files);
        return;
    }
    QTextEdit::insertFromMimeData(source);
}

} // namespace helpdesk::client
