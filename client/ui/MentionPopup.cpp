#include "ui/MentionPopup.h"

#include "core/Directory.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextEdit>

namespace helpdesk::client {

namespace {
/// The "@…" being typed right before the cursor: at the start of a line or after a space, so an
/// e-mail address in the text ("bob@example.com") offers no one.
const QRegularExpression &typedMention()
{
    static const QRegularExpression mention(QStringLiteral("(?:^|\\s)@([\\w.\\-]*)$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return mention;
}
} // namespace

MentionPopup::MentionPopup(QTextEdit &editor, const Directory &directory, QObject *parent)
    : QObject(parent), m_editor(editor), m_directory(directory)
{
    m_list = new QListWidget(&m_editor);
    m_list->setObjectName(QStringLiteral("mentionList"));
    m_list->setWindowFlags(Qt::ToolTip);
    m_list->hide();
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { insert(item->data(Qt::UserRole).toLongLong()); });
    connect(&m_editor, &QTextEdit::textChanged, this, [this] { offer(); });
    m_editor.installEventFilter(this);
}

void MentionPopup::setActive(bool active)
{
    m_active = active;
    if (!active)
        m_list->hide();
}

void MentionPopup::clear()
{
    m_mentioned.clear();
    m_list->hide();
}

QList<qint64> MentionPopup::mentionedIds() const
{
    const QString text = m_editor.toPlainText();
    QList<qint64> ids;
    for (const auto &agent : m_mentioned)
        if (!ids.contains(agent.id) && text.contains(QLatin1Char('@') + agent.name))
            ids << agent.id;
    return ids;
}

void MentionPopup::offer()
{
    if (!m_active) {
        m_list->hide();
        return;
    }
    auto cursor = m_editor.textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const auto match = typedMention().match(before);
    if (!match.hasMatch()) {
        m_list->hide();
        return;
    }
    const QString typed = match.captured(1);
    m_list->clear();
    for (const auto &agent : m_directory.agents()) {
        // A word of the name, or the address, starting with what was typed.
        bool matches = typed.isEmpty() || agent.detail.startsWith(typed, Qt::CaseInsensitive);
        for (const auto &word : agent.name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            matches = matches || word.startsWith(typed, Qt::CaseInsensitive);
        if (!matches)
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1 <%2>").arg(agent.name, agent.detail), m_list);
        item->setData(Qt::UserRole, agent.id);
    }
    if (m_list->count() == 0) {
        m_list->hide();
        return;
    }
    m_list->setCurrentRow(0);
    const QRect at = m_editor.cursorRect();
    m_list->move(m_editor.viewport()->mapToGlobal(at.bottomLeft()));
    m_list->resize(320, std::min(200, m_list->sizeHintForRow(0) * m_list->count() + 6));
    m_list->show();
}

void MentionPopup::insert(qint64 userId)
{
    NamedItem chosen;
    for (const auto &agent : m_directory.agents())
        if (agent.id == userId)
            chosen = agent;
    m_list->hide();
    if (!chosen.id)
        return;
    auto cursor = m_editor.textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const auto match = typedMention().match(before);
    if (!match.hasMatch())
        return;
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, static_cast<int>(match.capturedLength(1) + 1));
    cursor.insertText(QLatin1Char('@') + chosen.name + QLatin1Char(' '));
    m_editor.setTextCursor(cursor);
    m_mentioned.push_back(chosen);
    m_list->hide();
    m_editor.setFocus();
}

bool MentionPopup::eventFilter(QObject *watched, QEvent *event)
{
    // While the list is open, the arrow keys, Enter and Tab choose from it.
    if (watched == &m_editor && event->type() == QEvent::KeyPress && m_list->isVisible()) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            m_list->setCurrentRow(std::min(m_list->currentRow() + 1, m_list->count() - 1));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentRow(std::max(m_list->currentRow() - 1, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
            insert(m_list->currentItem()->data(Qt::UserRole).toLongLong());
            return true;
        case Qt::Key_Escape:
            m_list->hide();
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace helpdesk::client
