#pragma once

#include "core/CacheTypes.h"

#include <QObject>

class QListWidget;
class QTextEdit;

namespace helpdesk::client {

class Directory;

/// "@" mentions in an internal note: while the agent types "@" and the start of a colleague's
/// name or address, a list offers the matching agents; Enter, Tab or a click writes "@Name" and
/// remembers whom it names. mentionedIds() lists those whose "@Name" is still in the text when
/// the note is sent. Main thread.
class MentionPopup : public QObject
{
    Q_OBJECT
public:
    MentionPopup(QTextEdit &editor, const Directory &directory, QObject *parent = nullptr);

    /// Offers colleagues only while on (in a note; a reply to the customer mentions no one).
    void setActive(bool active);
    /// The colleagues mentioned in the text as it is now.
    QList<qint64> mentionedIds() const;
    /// Forgets the mentions (the note was sent or the ticket changed).
    void clear();
    /// The list on offer (hidden when nothing is offered).
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void offer();
    void insert(qint64 userId);

    QTextEdit &m_editor;
    const Directory &m_directory;
    QListWidget *m_list;
    bool m_active = false;
    std::vector<NamedItem> m_mentioned; // chosen from the list, in order
};

} // namespace helpdesk::client
