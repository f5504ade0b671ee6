#include "ui/Screenshots.h"

#include "access/HelpdeskAccess.h"
#include "models/PanelModel.h"
#include "ui/DashboardWindow.h"
#include "ui/SettingsWindow.h"
#include "ui/MainWindow.h"
#include "ui/TicketView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QThread>

#include <iostream>

namespace helpdesk::client {

namespace {
void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}
} // namespace

int takeScreenshots(const QString &dataDirectory, const QUrl &server, const QString &email, const QString &password,
                    const QString &directory)
{
    QDir().mkpath(directory);
    QTemporaryDir scratch;
    // A fresh cache each time, so the pictures show a first sync's result and nothing stale.
    Q_UNUSED(dataDirectory)
    HelpdeskAccess access(scratch.path(), std::make_unique<SessionSecretStore>());
    bool synced = false;
    QObject::connect(&access.session(), &AccountSession::syncProgress, [&](int, bool done) { synced |= done; });
    QString failure;
    QObject::connect(&access.session(), &AccountSession::signInFailed,
                     [&](const QString &reason) { failure = reason; });
    access.session().signIn(server, email, password);
    if (!waitFor([&] { return synced || !failure.isEmpty(); }, 60000) || !failure.isEmpty()) {
        std::cerr << "screenshots: sign-in or sync failed: " << failure.toStdString() << std::endl;
        return 1;
    }
    MainWindow window(access);
    window.resize(1400, 850);
    window.show();
    settle(1500);
    auto save = [&](const QString &name) {
        settle(400);
        window.grab().save(directory + QLatin1Char('/') + name);
        std::cout << "saved " << (directory + QLatin1Char('/') + name).toStdString() << std::endl;
    };
    save(QStringLiteral("inbox.png"));
    auto *tickets = access.inbox().tickets();
    tickets->setView({InboxView::Kind::All, 0});
    if (tickets->rowCount() > 0) {
        window.showTicket(tickets->ticketIdAt(0));
        settle(1500);
        save(QStringLiteral("ticket.png"));
        window.ticketView()->startComposing(TicketView::ComposeMode::Reply);
        if (auto *composer = window.ticketView()->findChild<QTextEdit *>(QStringLiteral("composer")))
            composer->setPlainText(QStringLiteral(
                "Hello,\n\nthe new toner is on its way and will arrive tomorrow morning.\n\nBest regards"));
        save(QStringLiteral("composer.png"));
    }
    {
        DashboardWindow dashboards(access.dashboards(), access.directory());
        dashboards.resize(1400, 850);
        dashboards.show();
        settle(2500);
        dashboards.grab().save(directory + QStringLiteral("/dashboard.png"));
        std::cout << "saved " << (directory + QStringLiteral("/dashboard.png")).toStdString() << std::endl;
    }
    if (access.session().isAdmin()) {
        // The settings pane with a trigger built as a form.
        SettingsWindow settings(access.admin(), access.directory());
        settings.resize(1400, 850);
        settings.show();
        settings.showKind(QStringLiteral("trigger"));
        waitFor([&] { return settings.items()->rowCount() > 0; }, 10000);
        settings.editRow(0);
        settle(1000);
        settings.grab().save(directory + QStringLiteral("/settings.png"));
        std::cout << "saved " << (directory + QStringLiteral("/settings.png")).toStdString() << std::endl;
    }
    // Offline: the same window keeps working from the local copy; a reply waits in the outbox.
    access.session().setWorkOffline(true);
    if (window.ticketView()->ticketId()) {
        access.actions().reply(window.ticketView()->ticketId(),
                               QStringLiteral("Written on the train; goes out when we are back online."));
        if (auto *composer = window.ticketView()->findChild<QTextEdit *>(QStringLiteral("composer")))
            composer->clear();
    }
    save(QStringLiteral("offline.png"));
    return 0;
}

} // namespace helpdesk::client
