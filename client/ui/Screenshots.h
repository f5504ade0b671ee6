#pragma once

#include <QString>
#include <QUrl>

namespace helpdesk::client {

/// Signs in, waits for the first sync, and saves PNGs of the main screens (inbox, ticket,
/// composer, offline state) into `directory`. For the README; run under Xvfb. Returns an exit code.
int takeScreenshots(const QString &dataDirectory, const QUrl &server, const QString &email, const QString &password,
                    const QString &directory);

} // namespace helpdesk::client
