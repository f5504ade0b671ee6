#pragma once

#include <QString>

class QCoreApplication;

namespace helpdesk::client {

/// Installs the UI translation for `language` (en, pl, ru, fr, it, de; empty: the system's) and
/// Qt's own; returns false when Helpdesk has no translation for it (English is shown).
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace helpdesk::client
