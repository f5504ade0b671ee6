#pragma once

#include <QString>

class QCoreApplication;

namespace helpdesk::client {

/// Installs the UI translation for `language` (en, pl, ru, fr, it, de; empty: the system's) and
/// Qt's own; a language Helpdesk does not speak falls back to English. False if nothing loaded.
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace helpdesk::client
