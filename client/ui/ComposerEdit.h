#pragma once

#include <QList>
#include <QTextEdit>
#include <QUrl>

namespace helpdesk::client {

/// The composer's text field: rich text, and files dropped or pasted onto it become attachments
/// instead of links in the text. Main thread.
class ComposerEdit : public QTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);

signals:
    void filesDropped(const QList<QUrl> &files);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace helpdesk::client
