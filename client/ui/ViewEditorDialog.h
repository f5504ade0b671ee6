#pragma once

#include "core/CacheTypes.h"

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;
class QLineEdit;
class QListWidget;
class QVBoxLayout;

namespace helpdesk::client {

class Directory;

/// Edits a saved view: its name, whether it is the agent's own or shared with a group, its
/// conditions (each a field, an operator and a value picked from what the field takes: states,
/// priorities, groups and agents from the directory, tags, custom fields with their options,
/// dates), its sort and its columns. Hands the result back as a SavedView; saving is the
/// caller's (AgentWorkspace). Main thread.
class ViewEditorDialog : public QDialog
{
    Q_OBJECT
public:
    /// Starts from `view` (an empty one for a new view).
    ViewEditorDialog(Directory &directory, const SavedView &view, QWidget *parent = nullptr);
    ~ViewEditorDialog() override;

    /// The view as edited (with the id it started from).
    SavedView view() const;
    /// Adds a condition row (also used by the "Add condition" button and by tests).
    void addCondition(const ViewCondition &condition = {});
    int conditionCount() const;

private:
    struct Row;
    void fillOperators(Row &row);
    void fillValue(Row &row, const QVariant &value);
    ViewCondition conditionOf(const Row &row) const;

    Directory &m_directory;
    SavedView m_view;
    QLineEdit *m_name = nullptr;
    QComboBox *m_sharing = nullptr;
    QComboBox *m_match = nullptr;
    QVBoxLayout *m_conditions = nullptr;
    QComboBox *m_sortField = nullptr;
    QComboBox *m_sortOrder = nullptr;
    QListWidget *m_columns = nullptr;
    std::vector<std::unique_ptr<Row>> m_rows;
};

} // namespace helpdesk::client
