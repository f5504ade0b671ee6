#include "ui/Appearance.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace helpdesk::client {

namespace {
const auto kSetting = QStringLiteral("ui/appearance");

/// The platform's own style and palette, as they were before the client changed either.
struct Platform {
    QString style;
    QPalette palette;
};
const Platform &platform()
{
    static const Platform original{QApplication::style()->name(), QApplication::palette()};
    return original;
}

void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        if (auto *style = QStyleFactory::create(name))
            QApplication::setStyle(style);
}
} // namespace

std::optional<Appearance> appearanceNamed(const QString &name)
{
    const auto n = name.trimmed().toLower();
    if (n == QLatin1String("system"))
        return Appearance::System;
    if (n == QLatin1String("light"))
        return Appearance::Light;
    if (n == QLatin1String("dark"))
        return Appearance::Dark;
    return std::nullopt;
}

QString nameOf(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance savedAppearance()
{
    return appearanceNamed(QSettings().value(kSetting).toString()).value_or(Appearance::System);
}

void saveAppearance(Appearance appearance)
{
    QSettings().setValue(kSetting, nameOf(appearance));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6);
    const QColor button(0x35, 0x38, 0x3d), highlight(0x3d, 0x7e, 0xd8), disabled(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x9a, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

void applyAppearance(Appearance appearance)
{
    const auto &system = platform();
    switch (appearance) {
    case Appearance::System:
        if (isDark(system.palette)) {
            useStyle(QStringLiteral("Fusion"));
            QApplication::setPalette(darkPalette());
        } else {
            useStyle(system.style);
            QApplication::setPalette(system.palette);
        }
        return;
    case Appearance::Light:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Appearance::Dark:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        return;
    }
}

} // namespace helpdesk::client
