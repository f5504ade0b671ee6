#include "ui/CommandPalette.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace helpdesk::client {

namespace {
constexpr int kMaxShown = 50;

/// Moves the list's selection with the arrow keys while the query keeps the focus.
class ArrowKeysToList : public QObject
{
public:
    ArrowKeysToList(QListWidget *list, QObject *parent) : QObject(parent), m_list(list) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
                const int step = key == Qt::Key_Down ? 1 : key == Qt::Key_Up ? -1 : key == Qt::Key_PageDown ? 10 : -10;
                const int row = std::clamp(m_list->currentRow() + step, 0, std::max(0, m_list->count() - 1));
                m_list->setCurrentRow(row);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListWidget *m_list;
};
} // namespace

CommandPalette::CommandPalette(std::vector<Command> commands, Suggest suggest, QWidget *parent)
    : QDialog(parent), m_commands(std::move(commands)), m_suggest(std::move(suggest))
{
    setWindowTitle(tr("Command palette"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("paletteQuery"));
    m_query->setPlaceholderText(tr("Type an action, a view or a ticket number"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_list);
    resize(560, 420);
    m_query->installEventFilter(new ArrowKeysToList(m_list, this));
    connect(m_query, &QLineEdit::textChanged, this, [this] { refresh(); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] { runCurrent(); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { runCurrent(); });
    refresh();
}

void CommandPalette::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The keys go to the query at once, not to the window below (whose plain-key shortcuts would
    // otherwise take them where a window manager is slow to activate the palette).
    activateWindow();
    m_query->setFocus(Qt::PopupFocusReason);
}

int CommandPalette::matchScore(const QString &query, const QString &label)
{
    const QString q = query.simplified().toCaseFolded();
    if (q.isEmpty())
        return 1;
    const QString l = label.toCaseFolded();
    int score = 1;
    int from = 0;
    int previous = -2;
    for (const QChar c : q) {
        if (c.isSpace())
            continue;
        const int at = static_cast<int>(l.indexOf(c, from));
        if (at < 0)
            return 0;
        score += 1;
        if (at == previous + 1)
            score += 3; // a run of letters
        if (at == 0 || !l.at(at - 1).isLetterOrNumber())
            score += 5; // the start of a word
        previous = at;
        from = at + 1;
    }
    return score;
}

void CommandPalette::refresh()
{
    const QString query = m_query->text();
    m_shown = m_suggest ? m_suggest(query) : std::vector<Command>{};
    std::vector<std::pair<int, std::size_t>> ranked;
    for (std::size_t i = 0; i < m_commands.size(); ++i)
        if (int score = matchScore(query, m_commands[i].label))
            ranked.emplace_back(score, i);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[score, i] : ranked) {
        if (static_cast<int>(m_shown.size()) >= kMaxShown)
            break;
        m_shown.push_back(m_commands[i]);
    }
    m_list->clear();
    for (const auto &command : m_shown)
        m_list->addItem(command.shortcut.isEmpty() ? command.label
                                                   : command.label + QStringLiteral("    ") + command.shortcut);
    m_list->setCurrentRow(0);
}

QStringList CommandPalette::shownLabels() const
{
    QStringList labels;
    for (const auto &command : m_shown)
        labels << command.label;
    return labels;
}

void CommandPalette::runCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_shown.size()))
        return;
    auto run = m_shown[static_cast<std::size_t>(row)].run;
    accept(); // closed first: the command may open a dialog of its own
    if (run)
        run();
}

} // namespace helpdesk::client
