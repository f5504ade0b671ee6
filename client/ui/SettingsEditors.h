#pragma once

#include "core/CacheTypes.h"

#include <QMap>
#include <QVariant>
#include <QWidget>

#include <functional>
#include <vector>

class QFormLayout;
class QLineEdit;

namespace helpdesk::client {

/// A settings value edited with widgets instead of JSON text. value() returns an invalid
/// QVariant when the field is left empty, and a problem ("Tuesday: …") when the input is wrong.
class StructuredEditor : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void setValue(const QVariant &value) = 0;
    virtual QVariant value(QString &problem) const = 0;
};

/// Weekly business hours: one line per weekday, "08:00-12:00, 13:00-17:00"; empty is closed.
/// The value is the API's {"mon": [["08:00", "12:00"], …], …}.
class WeeklyHoursEditor : public StructuredEditor
{
    Q_OBJECT
public:
    explicit WeeklyHoursEditor(QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;
    QVariant value(QString &problem) const override;

private:
    QMap<QString, QLineEdit *> m_days; // "mon" … "sun"
    QStringList m_dayNames;            // as shown, Monday first
};

/// Where an editor gets the names for ids: "group", "priority", "type", "state", "agent",
/// "calendar".
using NameSource = std::function<std::vector<NamedItem>(const QString &kind)>;

/// A JSON object (SLA condition, trigger conditions, actions) as a form. Each part is
/// "key" (dotted for nested objects: "set.state_id") with a label and a type:
///   ids:<kind>    checkable list of named items, value: list of ids (none checked: absent)
///   pick:a|b|c    checkable list of words
///   ref:<kind>    one named item or none
///   text, multiline, tags (comma separated list), minutes (0: absent), flag (checked or absent),
///   yesno (any / yes / no)
/// Keys the form does not know are kept as they were loaded, so nothing is lost.
class ObjectEditor : public StructuredEditor
{
    Q_OBJECT
public:
    struct Part {
        QString key;
        QString label;
        QString type;
    };
    ObjectEditor(const QList<Part> &parts, NameSource names, QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;
    QVariant value(QString &problem) const override;
    /// Fills the name lists again (after the configuration changed or arrived).
    void refreshNames();

private:
    QList<Part> m_parts;
    NameSource m_names;
    QMap<QString, QWidget *> m_widgets;
    QVariantMap m_loaded; // as last set, for the keys without a widget
};

} // namespace helpdesk::client
