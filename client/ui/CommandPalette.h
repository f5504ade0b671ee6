#pragma once

#include <QDialog>

#include <functional>
#include <vector>

class QLineEdit;
class QListWidget;

namespace helpdesk::client {

/// Ctrl+K: a search box over everything the window can do. The agent types a few letters of an
/// action or a view ("clo", "unass"), or a ticket's number ("#10042", "go 10042"), and Enter runs
/// the best match. Letters match in order, not necessarily side by side; matches at the start of
/// words and runs of letters rank first. Main thread.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    struct Command {
        QString label;    // "Close the selected tickets"
        QString shortcut; // shown at the right; may be empty
        std::function<void()> run;
    };
    /// Commands made from what the agent typed (for "Go to ticket #N").
    using Suggest = std::function<std::vector<Command>(const QString &query)>;

    CommandPalette(std::vector<Command> commands, Suggest suggest, QWidget *parent = nullptr);

    /// The labels shown for the current query, best first.
    QStringList shownLabels() const;
    /// How well `query` matches `label`: 0 when it does not (its letters are not all there in order).
    static int matchScore(const QString &query, const QString &label);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void runCurrent();

    std::vector<Command> m_commands;
    Suggest m_suggest;
    std::vector<Command> m_shown;
    QLineEdit *m_query;
    QListWidget *m_list;
};

} // namespace helpdesk::client
