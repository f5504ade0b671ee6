#include "ui/ViewEditorDialog.h"

#include "core/Directory.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>

namespace helpdesk::client {

namespace {
/// The list widgets' marker for "unassigned" (a null in the owner list).
const QString kUnassigned = QStringLiteral("\x01unassigned");

/// The value widget a field and operator take.
enum class ValueKind { Checklist, Text, Ids, YesNo, Number, Date };

QListWidget *checklist(const std::vector<std::pair<QString, QVariant>> &items, const QVariantList &checked)
{
    auto *list = new QListWidget;
    list->setMaximumHeight(110);
    for (const auto &[label, value] : items) {
        auto *item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, value);
        bool on = false;
        for (const auto &c : checked)
            on |= c.isNull() ? value.toString() == kUnassigned : c.toString() == value.toString();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    return list;
}

std::vector<std::pair<QString, QVariant>> itemsOf(const std::vector<NamedItem> &named)
{
    std::vector<std::pair<QString, QVariant>> items;
    items.reserve(named.size());
    for (const auto &n : named)
        items.emplace_back(n.name, n.id);
    return items;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const auto &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

const char *const kSortFields[] = {"number", "title",    "customer",   "group",      "owner",
                                   "state",  "priority", "updated_at", "created_at", "sla_due"};
} // namespace

struct ViewEditorDialog::Row {
    QWidget *box = nullptr;
    QHBoxLayout *layout = nullptr;
    QComboBox *field = nullptr;
    QComboBox *op = nullptr;
    QWidget *value = nullptr;
    ValueKind kind = ValueKind::Text;
};

ViewEditorDialog::ViewEditorDialog(Directory &directory, const SavedView &view, QWidget *parent)
    : QDialog(parent), m_directory(directory), m_view(view)
{
    setWindowTitle(view.id ? tr("Edit view") : tr("New view"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(view.name);
    m_name->setMaxLength(200);
    form->addRow(tr("Name:"), m_name);
    m_sharing = new QComboBox;
    m_sharing->addItem(tr("Only me"), QVariant());
    for (const auto &group : m_directory.groups())
        m_sharing->addItem(tr("Shared with %1").arg(group.name), group.id);
    if (view.groupId)
        m_sharing->setCurrentIndex(std::max(0, m_sharing->findData(*view.groupId)));
    form->addRow(tr("Who sees it:"), m_sharing);
    m_match = new QComboBox;
    m_match->addItem(tr("Tickets matching every condition"), true);
    m_match->addItem(tr("Tickets matching any condition"), false);
    m_match->setCurrentIndex(view.matchAll ? 0 : 1);
    form->addRow(tr("Shows:"), m_match);

    auto *conditionsBox = new QWidget;
    m_conditions = new QVBoxLayout(conditionsBox);
    m_conditions->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidget(conditionsBox);
    scroll->setWidgetResizable(true);
    scroll->setMinimumHeight(180);
    form->addRow(tr("Conditions:"), scroll);
    auto *add = new QPushButton(tr("Add condition"));
    connect(add, &QPushButton::clicked, this, [this] { addCondition(); });
    form->addRow(QString(), add);

    const QStringList sortLabels{tr("Number"), tr("Title"),    tr("Customer"), tr("Group"),   tr("Owner"),
                                 tr("State"),  tr("Priority"), tr("Updated"),  tr("Created"), tr("SLA due")};
    m_sortField = new QComboBox;
    m_sortOrder = new QComboBox;
    m_columns = new QListWidget;
    m_columns->setMaximumHeight(110);
    for (int i = 0; i < static_cast<int>(std::size(kSortFields)); ++i) {
        const auto name = QString::fromLatin1(kSortFields[i]);
        m_sortField->addItem(sortLabels[i], name);
        auto *column = new QListWidgetItem(sortLabels[i], m_columns);
        column->setData(Qt::UserRole, name);
        column->setCheckState(view.columns.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_sortField->setCurrentIndex(std::max(0, m_sortField->findData(view.sortField)));
    m_sortOrder->addItem(tr("Descending"), false);
    m_sortOrder->addItem(tr("Ascending"), true);
    m_sortOrder->setCurrentIndex(view.sortAscending ? 1 : 0);
    auto *sort = new QHBoxLayout;
    sort->addWidget(m_sortField);
    sort->addWidget(m_sortOrder);
    form->addRow(tr("Sort by:"), sort);
    form->addRow(tr("Columns (none: the inbox's own):"), m_columns);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_name->text().trimmed().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    for (const auto &condition : view.conditions)
        addCondition(condition);
    resize(640, 560);
}

ViewEditorDialog::~ViewEditorDialog() = default;

void ViewEditorDialog::addCondition(const ViewCondition &condition)
{
    auto row = std::make_unique<Row>();
    row->box = new QWidget;
    row->layout = new QHBoxLayout(row->box);
    row->layout->setContentsMargins(0, 0, 0, 0);
    row->field = new QComboBox;
    const std::pair<const char *, QString> fields[] = {
        {"state_id", tr("State")},
        {"state_type", tr("State type")},
        {"priority_id", tr("Priority")},
        {"group_id", tr("Group")},
        {"owner_id", tr("Owner")},
        {"customer_id", tr("Customer (ids)")},
        {"organization_id", tr("Organization (ids)")},
        {"tags", tr("Tags")},
        {"sla", tr("SLA")},
        {"created_at", tr("Created")},
        {"updated_at", tr("Updated")},
        {"channel", tr("Channel")},
        {"shared", tr("Shared with a partner desk")},
        {"query", tr("Text search")},
    };
    for (const auto &[name, label] : fields)
        row->field->addItem(label, QString::fromLatin1(name));
    for (const auto &field : m_directory.ticketCustomFields())
        row->field->addItem(field.label.isEmpty() ? field.name : field.label, QStringLiteral("custom.") + field.name);
    if (!condition.field.isEmpty())
        row->field->setCurrentIndex(std::max(0, row->field->findData(condition.field)));
    row->op = new QComboBox;
    auto *remove = new QPushButton(tr("Remove"));
    row->layout->addWidget(row->field);
    row->layout->addWidget(row->op);
    row->layout->addWidget(remove, 0);
    auto *raw = row.get();
    fillOperators(*raw);
    if (!condition.op.isEmpty())
        raw->op->setCurrentIndex(std::max(0, raw->op->findData(condition.op)));
    fillValue(*raw, condition.value);
    connect(raw->field, &QComboBox::currentIndexChanged, this, [this, raw] {
        fillOperators(*raw);
        fillValue(*raw, {});
    });
    connect(raw->op, &QComboBox::currentIndexChanged, this, [this, raw] { fillValue(*raw, {}); });
    connect(remove, &QPushButton::clicked, this, [this, raw] {
        raw->box->deleteLater();
        m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(), [raw](const auto &r) { return r.get() == raw; }),
                     m_rows.end());
    });
    m_conditions->addWidget(raw->box);
    m_rows.push_back(std::move(row));
}

int ViewEditorDialog::conditionCount() const
{
    return static_cast<int>(m_rows.size());
}

void ViewEditorDialog::fillOperators(Row &row)
{
    const auto field = row.field->currentData().toString();
    QSignalBlocker block(row.op);
    row.op->clear();
    auto add = [&](const char *op, const QString &label) { row.op->addItem(label, QString::fromLatin1(op)); };
    if (field == QLatin1String("tags")) {
        add("any", tr("has any of"));
        add("all", tr("has all of"));
        add("none", tr("has none of"));
    } else if (field.startsWith(QLatin1String("custom."))) {
        add("eq", tr("is"));
        add("ne", tr("is not"));
        add("in", tr("is one of"));
        add("contains", tr("contains"));
        add("empty", tr("is empty"));
    } else if (field == QLatin1String("sla")) {
        add("breached", tr("is breached"));
        add("due_within_minutes", tr("is due within (minutes)"));
    } else if (field == QLatin1String("created_at") || field == QLatin1String("updated_at")) {
        add("within_days", tr("in the last (days)"));
        add("before", tr("before"));
        add("after", tr("on or after"));
    } else if (field == QLatin1String("shared")) {
        add("is", tr("is"));
    } else if (field == QLatin1String("query")) {
        add("matches", tr("matches"));
    } else {
        add("in", tr("is one of"));
        add("not_in", tr("is none of"));
    }
}

void ViewEditorDialog::fillValue(Row &row, const QVariant &value)
{
    const auto field = row.field->currentData().toString();
    const auto op = row.op->currentData().toString();
    const auto list = value.toList();
    delete row.value;
    QWidget *widget = nullptr;
    auto yesNo = [&] {
        auto *box = new QComboBox;
        box->addItem(tr("yes"), true);
        box->addItem(tr("no"), false);
        box->setCurrentIndex(value.isValid() && !value.toBool() ? 1 : 0);
        row.kind = ValueKind::YesNo;
        return box;
    };
    auto number = [&](int max, int fallback) {
        auto *spin = new QSpinBox;
        spin->setRange(1, max);
        spin->setValue(value.isValid() ? value.toInt() : fallback);
        row.kind = ValueKind::Number;
        return spin;
    };
    auto text = [&](const QString &initial) {
        row.kind = ValueKind::Text;
        return new QLineEdit(initial);
    };
    row.kind = ValueKind::Checklist;
    if (field == QLatin1String("state_id")) {
        widget = checklist(itemsOf(m_directory.states()), list);
    } else if (field == QLatin1String("priority_id")) {
        widget = checklist(itemsOf(m_directory.priorities()), list);
    } else if (field == QLatin1String("group_id")) {
        widget = checklist(itemsOf(m_directory.groups()), list);
    } else if (field == QLatin1String("owner_id")) {
        auto items = itemsOf(m_directory.agents());
        items.insert(items.begin(), {{tr("Me"), QStringLiteral("me")}, {tr("Unassigned"), kUnassigned}});
        widget = checklist(items, list);
    } else if (field == QLatin1String("state_type")) {
        widget = checklist({{tr("New"), QStringLiteral("new")},
                            {tr("Open"), QStringLiteral("open")},
                            {tr("Pending reminder"), QStringLiteral("pending_reminder")},
                            {tr("Pending close"), QStringLiteral("pending_close")},
                            {tr("Closed"), QStringLiteral("closed")},
                            {tr("Merged"), QStringLiteral("merged")}},
                           list);
    } else if (field == QLatin1String("channel")) {
        widget = checklist({{tr("E-mail"), QStringLiteral("email")},
                            {tr("Phone call in"), QStringLiteral("phone_in")},
                            {tr("Phone call out"), QStringLiteral("phone_out")},
                            {tr("Web"), QStringLiteral("web")}},
                           list);
    } else if (field == QLatin1String("customer_id") || field == QLatin1String("organization_id")) {
        QStringList ids;
        for (const auto &id : list)
            ids << QString::number(id.toLongLong());
        widget = text(ids.join(QStringLiteral(", ")));
        row.kind = ValueKind::Ids;
    } else if (field == QLatin1String("tags")) {
        QStringList tags;
        for (const auto &tag : list)
            tags << tag.toString();
        widget = text(tags.join(QStringLiteral(", ")));
    } else if (field == QLatin1String("sla")) {
        widget = op == QLatin1String("breached") ? static_cast<QWidget *>(yesNo()) : number(525600, 60);
    } else if (field == QLatin1String("created_at") || field == QLatin1String("updated_at")) {
        if (op == QLatin1String("within_days")) {
            widget = number(3650, 7);
        } else {
            auto *date = new QDateEdit(value.isValid() ? QDate::fromString(value.toString().left(10), Qt::ISODate)
                                                       : QDate::currentDate());
            date->setCalendarPopup(true);
            date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            widget = date;
            row.kind = ValueKind::Date;
        }
    } else if (field == QLatin1String("shared")) {
        widget = yesNo();
    } else if (field.startsWith(QLatin1String("custom."))) {
        QStringList options;
        for (const auto &f : m_directory.ticketCustomFields())
            if (QStringLiteral("custom.") + f.name == field)
                options = f.options;
        if (op == QLatin1String("empty")) {
            widget = yesNo();
        } else if (op == QLatin1String("in")) {
            std::vector<std::pair<QString, QVariant>> items;
            for (const auto &option : options)
                items.emplace_back(option, option);
            QStringList listed;
            for (const auto &v : list)
                listed << v.toString();
            widget = options.isEmpty() ? static_cast<QWidget *>(text(listed.join(QStringLiteral(", "))))
                                       : checklist(items, list);
        } else if (!options.isEmpty() && op != QLatin1String("contains")) {
            auto *box = new QComboBox;
            box->addItems(options);
            box->setCurrentText(value.toString());
            box->setEditable(false);
            widget = box;
            row.kind = ValueKind::Text;
        } else {
            widget = text(value.toString());
        }
    } else {
        widget = text(value.toString()); // query
    }
    row.value = widget;
    row.layout->insertWidget(2, widget, 1);
}

ViewCondition ViewEditorDialog::conditionOf(const Row &row) const
{
    ViewCondition c{row.field->currentData().toString(), row.op->currentData().toString(), {}};
    switch (row.kind) {
    case ValueKind::Checklist: {
        auto *list = static_cast<QListWidget *>(row.value);
        QVariantList values;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked) {
                const auto v = list->item(i)->data(Qt::UserRole);
                values << (v.toString() == kUnassigned ? QVariant() : v);
            }
        c.value = values;
        break;
    }
    case ValueKind::Ids: {
        QVariantList ids;
        for (const auto &part : splitList(static_cast<QLineEdit *>(row.value)->text()))
            ids << part.toLongLong();
        c.value = ids;
        break;
    }
    case ValueKind::YesNo:
        c.value = static_cast<QComboBox *>(row.value)->currentData().toBool();
        break;
    case ValueKind::Number:
        c.value = static_cast<QSpinBox *>(row.value)->value();
        break;
    case ValueKind::Date:
        c.value = static_cast<QDateEdit *>(row.value)->date().toString(Qt::ISODate);
        break;
    case ValueKind::Text: {
        const auto text = qobject_cast<QComboBox *>(row.value) ? static_cast<QComboBox *>(row.value)->currentText()
                                                               : static_cast<QLineEdit *>(row.value)->text().trimmed();
        if (c.field == QLatin1String("tags") || c.op == QLatin1String("in")) {
            QVariantList values;
            for (const auto &part : splitList(text))
                values << part;
            c.value = values;
        } else {
            c.value = text;
        }
        break;
    }
    }
    return c;
}

SavedView ViewEditorDialog::view() const
{
    SavedView view = m_view;
    view.name = m_name->text().trimmed();
    const auto sharing = m_sharing->currentData();
    view.groupId = sharing.isValid() ? std::optional<qint64>(sharing.toLongLong()) : std::nullopt;
    view.matchAll = m_match->currentData().toBool();
    view.conditions.clear();
    for (const auto &row : m_rows)
        view.conditions.push_back(conditionOf(*row));
    view.sortField = m_sortField->currentData().toString();
    view.sortAscending = m_sortOrder->currentData().toBool();
    view.columns.clear();
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            view.columns << m_columns->item(i)->data(Qt::UserRole).toString();
    return view;
}

} // namespace helpdesk::client
