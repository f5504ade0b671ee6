#pragma once

#include <QString>
#include <QUrl>

namespace helpdesk::client {

/// Signs in, waits for the first sync, and saves PNGs of the main screens into `directory`, once in
/// the light and once in the dark appearance (the dark ones named `*-dark.png`): the sign-in
/// dialog, the inbox, a ticket with its sidebar, the composer, a phone ticket being opened, the
/// dashboards, the settings (admins), and the window offline. Shows whatever the screens hold: a
/// screen that is missing is skipped, not fatal. For the README; run under Xvfb. Returns an exit code.
int takeScreenshots(const QString &dataDirectory, const QUrl &server, const QString &email, const QString &password,
                    const QString &directory);

} // namespace helpdesk::client
