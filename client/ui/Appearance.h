#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace helpdesk::client {

/// The look of the client: the desktop's (light or dark, as its palette is), or always light or dark.
enum class Appearance { System, Light, Dark };

/// "system", "light" or "dark" (the command line's --appearance, the saved setting); nullopt otherwise.
std::optional<Appearance> appearanceNamed(const QString &name);
QString nameOf(Appearance appearance);
/// The appearance saved in the settings (ui/appearance); System when none.
Appearance savedAppearance();
void saveAppearance(Appearance appearance);
/// Applies an appearance to the running application: Light and Dark use the Fusion style with a
/// light or dark palette; System keeps the platform's style and palette, and turns to the dark
/// palette when the desktop's own is dark (Qt 6.4 reports no colour scheme: its window colour tells).
/// Main thread, after the QApplication exists.
void applyAppearance(Appearance appearance);
/// Whether a palette draws light text on a dark window.
bool isDark(const QPalette &palette);
/// The dark palette the client uses (Fusion).
QPalette darkPalette();

} // namespace helpdesk::client
