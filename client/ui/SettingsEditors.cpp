#include "ui/SettingsEditors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace helpdesk::client {

namespace {
const QStringList kDays{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};

QVariant valueAt(const QVariantMap &map, const QString &dottedKey)
{
    auto parts = dottedKey.split(QLatin1Char('.'));
    QVariant current = map;
    for (const auto &part : parts)
        current = current.toMap().value(part);
    return current;
}

void setValueAt(QVariantMap &map, const QStringList &path, const QVariant &value)
{
    if (path.size() == 1) {
        if (value.isValid())
            map.insert(path.front(), value);
        else
            map.remove(path.front());
        return;
    }
    auto child = map.value(path.front()).toMap();
    setValueAt(child, path.mid(1), value);
    if (child.isEmpty())
        map.remove(path.front());
    else
        map.insert(path.front(), child);
}

QListWidget *checkList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setMaximumHeight(90);
    return list;
}
} // namespace

WeeklyHoursEditor::WeeklyHoursEditor(QWidget *parent) : StructuredEditor(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_dayNames = {tr("Monday"), tr("Tuesday"),  tr("Wednesday"), tr("Thursday"),
                  tr("Friday"), tr("Saturday"), tr("Sunday")};
    for (int i = 0; i < kDays.size(); ++i) {
        auto *line = new QLineEdit(this);
        line->setObjectName(QStringLiteral("hours_") + kDays[i]);
        line->setPlaceholderText(tr("closed (e.g. 08:00-12:00, 13:00-17:00)"));
        form->addRow(m_dayNames[i], line);
        m_days.insert(kDays[i], line);
    }
}

void WeeklyHoursEditor::setValue(const QVariant &value)
{
    auto hours = value.toMap();
    for (const auto &day : kDays) {
        QStringList ranges;
        for (const auto &range : hours.value(day).toList()) {
            auto pair = range.toList();
            if (pair.size() == 2)
                ranges << pair[0].toString() + QLatin1Char('-') + pair[1].toString();
        }
        m_days.value(day)->setText(ranges.join(QStringLiteral(", ")));
    }
}

QVariant WeeklyHoursEditor::value(QString &problem) const
{
    static const QRegularExpression range(QStringLiteral("^\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*$"));
    QVariantMap hours;
    for (int i = 0; i < kDays.size(); ++i) {
        QVariantList ranges;
        for (const auto &part : m_days.value(kDays[i])->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto match = range.match(part);
            if (!match.hasMatch()) {
                problem = tr("%1: \"%2\" is not a range such as 08:00-12:00").arg(m_dayNames[i], part.trimmed());
                return {};
            }
            auto pad = [](const QString &time) { return time.length() == 4 ? QLatin1Char('0') + time : time; };
            ranges << QVariant(QVariantList{pad(match.captured(1)), pad(match.captured(2))});
        }
        if (!ranges.isEmpty())
            hours.insert(kDays[i], ranges);
    }
    return hours;
}

ObjectEditor::ObjectEditor(const QList<Part> &parts, NameSource names, QWidget *parent)
    : StructuredEditor(parent), m_parts(parts), m_names(std::move(names))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (const auto &part : m_parts) {
        QWidget *widget = nullptr;
        if (part.type.startsWith(QLatin1String("ids:")) || part.type.startsWith(QLatin1String("pick:"))) {
            widget = checkList(this);
        } else if (part.type.startsWith(QLatin1String("ref:")) || part.type == QLatin1String("yesno")) {
            widget = new QComboBox(this);
        } else if (part.type == QLatin1String("multiline")) {
            auto *text = new QPlainTextEdit(this);
            text->setMaximumHeight(70);
            widget = text;
        } else if (part.type == QLatin1String("minutes")) {
            auto *spin = new QSpinBox(this);
            spin->setRange(0, 1000000);
            spin->setSpecialValueText(tr("(not used)"));
            widget = spin;
        } else if (part.type == QLatin1String("flag")) {
            widget = new QCheckBox(this);
        } else {
            widget = new QLineEdit(this);
        }
        widget->setObjectName(part.key);
        form->addRow(part.label, widget);
        m_widgets.insert(part.key, widget);
    }
    refreshNames();
}

void ObjectEditor::refreshNames()
{
    QString problem;
    auto current = value(problem).toMap(); // keep what is chosen while the lists are rebuilt
    for (const auto &part : m_parts) {
        auto *widget = m_widgets.value(part.key);
        if (auto *list = qobject_cast<QListWidget *>(widget)) {
            list->clear();
            if (part.type.startsWith(QLatin1String("pick:"))) {
                for (const auto &word : part.type.mid(5).split(QLatin1Char('|'))) {
                    auto *item = new QListWidgetItem(word, list);
                    item->setData(Qt::UserRole, word);
                    item->setCheckState(Qt::Unchecked);
                }
            } else {
                for (const auto &named : m_names(part.type.mid(4))) {
                    auto *item = new QListWidgetItem(named.name, list);
                    item->setData(Qt::UserRole, named.id);
                    item->setCheckState(Qt::Unchecked);
                }
            }
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            combo->clear();
            if (part.type == QLatin1String("yesno")) {
                combo->addItem(tr("either"));
                combo->addItem(tr("yes"), true);
                combo->addItem(tr("no"), false);
            } else {
                combo->addItem(tr("(none)"));
                for (const auto &named : m_names(part.type.mid(4)))
                    combo->addItem(named.detail.isEmpty() || part.type != QLatin1String("ref:agent")
                                       ? named.name
                                       : QStringLiteral("%1 <%2>").arg(named.name, named.detail),
                                   named.id);
            }
        }
    }
    if (!current.isEmpty() || !m_loaded.isEmpty())
        setValue(m_loaded.isEmpty() ? current : m_loaded);
}

void ObjectEditor::setValue(const QVariant &value)
{
    m_loaded = value.toMap();
    for (const auto &part : m_parts) {
        auto *widget = m_widgets.value(part.key);
        auto v = valueAt(m_loaded, part.key);
        if (auto *list = qobject_cast<QListWidget *>(widget)) {
            QSet<QString> chosen;
            for (const auto &item : v.toList())
                chosen.insert(item.toString());
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(
                    chosen.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            int index = 0;
            for (int i = 1; v.isValid() && !v.isNull() && i < combo->count(); ++i)
                if (combo->itemData(i).toString() == v.toString())
                    index = i;
            combo->setCurrentIndex(index);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
            text->setPlainText(v.toString());
        } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            spin->setValue(v.toInt());
        } else if (auto *box = qobject_cast<QCheckBox *>(widget)) {
            box->setChecked(v.toBool());
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->setText(part.type == QLatin1String("tags") ? v.toStringList().join(QStringLiteral(", "))
                                                             : v.toString());
        }
    }
}

QVariant ObjectEditor::value(QString &problem) const
{
    QVariantMap out = m_loaded; // keys without a widget stay as loaded
    for (const auto &part : m_parts) {
        auto *widget = m_widgets.value(part.key);
        QVariant v;
        if (auto *list = qobject_cast<QListWidget *>(widget)) {
            QVariantList chosen;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->checkState() == Qt::Checked)
                    chosen << list->item(i)->data(Qt::UserRole);
            if (!chosen.isEmpty())
                v = chosen;
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            v = combo->currentData();
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
            if (!text->toPlainText().trimmed().isEmpty())
                v = text->toPlainText();
        } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            if (spin->value() > 0)
                v = spin->value();
        } else if (auto *box = qobject_cast<QCheckBox *>(widget)) {
            if (box->isChecked())
                v = true;
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            auto text = line->text().trimmed();
            if (part.type == QLatin1String("tags")) {
                QStringList tags;
                for (const auto &tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    if (!tag.trimmed().isEmpty())
                        tags << tag.trimmed();
                if (!tags.isEmpty())
                    v = tags;
            } else if (!text.isEmpty()) {
                v = text;
            }
        }
        setValueAt(out, part.key.split(QLatin1Char('.')), v);
    }
    Q_UNUSED(problem);
    return out;
}

} // namespace helpdesk::client
