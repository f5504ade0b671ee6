#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace helpdesk::client {

bool installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *ours = new QTranslator(&app);
    // Compiled from translations/*.ts at build time and embedded in the UI library.
    // The C locale of a bare system reads as English (whose file carries the plural forms).
    if (!ours->load(locale, QStringLiteral("helpdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !ours->load(QStringLiteral("helpdesk_en"), QStringLiteral(":/i18n"))) {
        delete ours;
        return false;
    }
    app.installTranslator(ours);
    return true;
}

} // namespace helpdesk::client
