#include "ui/Screenshots.h"

#include "access/HelpdeskAccess.h"
#include "models/PanelModel.h"
#include "ui/Appearance.h"
#include "ui/DashboardWindow.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/NewTicketDialog.h"
#include "ui/SettingsWindow.h"
#include "ui/TicketView.h"

#include <QApplication>
#include <QListView>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextEdit>

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

/// Writes PNGs named for the appearance they show: `inbox.png` light, `inbox-dark.png` dark.
class Camera
{
public:
    explicit Camera(QString directory) : m_directory(std::move(directory)) {}
    void setDark(bool dark) { m_suffix = dark ? QStringLiteral("-dark") : QString(); }
    void shoot(QWidget &widget, const QString &name, int settleMs = 400) const
    {
        settle(settleMs);
        const QString file = m_directory + QLatin1Char('/') + name + m_suffix + QStringLiteral(".png");
        if (widget.grab().save(file))
            std::cout << "saved " << file.toStdString() << std::endl;
        else
            std::cerr << "screenshots: could not save " << file.toStdString() << std::endl;
    }

private:
    QString m_directory;
    QString m_suffix;
};

/// The sign-in dialog as a new agent sees it, the address and e-mail typed in.
void shootSignIn(AccountSession &session, const QUrl &server, const QString &email, const Camera &camera)
{
    LoginDialog login(session);
    login.setServer(server.toString());
    if (auto *field = login.findChild<QLineEdit *>(QStringLiteral("email")))
        field->setText(email);
    login.show();
    camera.shoot(login, QStringLiteral("sign-in"), 600);
}

/// The new-ticket dialog on "phone call in", a customer looked up by a part of their name.
void shootPhoneTicket(HelpdeskAccess &access, MainWindow &window, const Camera &camera)
{
    NewTicketDialog dialog(access, &window);
    dialog.setChannel(NewTicket::Channel::PhoneIn);
    dialog.show();
    if (auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("customerSearch"))) {
        search->setText(QStringLiteral("car"));
        access.customers().search(search->text()); // as typing it would
        auto *matches = dialog.findChild<QListWidget *>(QStringLiteral("customerMatches"));
        waitFor([&] { return matches && matches->count() > 0; }, 5000);
    }
    if (auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("title")))
        title->setText(QStringLiteral("Printer on floor 3 prints blank pages"));
    if (auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("text")))
        text->setPlainText(QStringLiteral("Carol called: since this morning every page comes out blank. "
                                          "Toner was replaced last week."));
    camera.shoot(dialog, QStringLiteral("phone-ticket"), 600);
    dialog.reject();
}

void shootDashboards(HelpdeskAccess &access, const Camera &camera)
{
    DashboardWindow dashboards(access.dashboards(), access.directory());
    dashboards.resize(1400, 850);
    dashboards.show();
    camera.shoot(dashboards, QStringLiteral("dashboard"), 2500);
}

/// The settings pane with a trigger built as a form (admins).
void shootSettings(HelpdeskAccess &access, const Camera &camera)
{
    SettingsWindow settings(access.admin(), access.directory());
    settings.resize(1400, 850);
    settings.show();
    settings.showKind(QStringLiteral("trigger"));
    if (waitFor([&] { return settings.items()->rowCount() > 0; }, 10000))
        settings.editRow(0);
    camera.shoot(settings, QStringLiteral("settings"), 1000);
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
    Camera camera(directory);
    applyAppearance(Appearance::Light);
    shootSignIn(access.session(), server, email, camera);
    applyAppearance(Appearance::Dark);
    camera.setDark(true);
    shootSignIn(access.session(), server, email, camera);

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
    auto *tickets = access.inbox().tickets();
    // The view shown: all tickets, chosen in the view list as an agent would; the ticket shown: its
    // first, the same in both appearances.
    if (auto *views = window.findChild<QListView *>(QStringLiteral("views")))
        views->setCurrentIndex(access.inbox().views()->index(access.inbox().views()->rowOf({InboxView::Kind::All, 0})));
    const qint64 shown = tickets->rowCount() > 0 ? tickets->ticketIdAt(0) : 0;
    for (const bool dark : {false, true}) {
        applyAppearance(dark ? Appearance::Dark : Appearance::Light);
        camera.setDark(dark);
        if (shown)
            window.showTicket(shown);
        camera.shoot(window, QStringLiteral("inbox"), 800);
        if (shown) {
            camera.shoot(window, QStringLiteral("ticket"), 1500);
            window.ticketView()->startComposing(TicketView::ComposeMode::Reply);
            auto *composer = window.ticketView()->findChild<QTextEdit *>(QStringLiteral("composer"));
            if (composer)
                composer->setPlainText(QStringLiteral(
                    "Hello,\n\nthe new toner is on its way and will arrive tomorrow morning.\n\nBest regards"));
            camera.shoot(window, QStringLiteral("composer"));
            if (composer)
                composer->clear();
        }
        shootPhoneTicket(access, window, camera);
        shootDashboards(access, camera);
        if (access.session().isAdmin())
            shootSettings(access, camera);
    }
    // Offline: the same window keeps working from the local copy; a reply waits in the outbox.
    applyAppearance(Appearance::Light);
    camera.setDark(false);
    access.session().setWorkOffline(true);
    if (window.ticketView()->ticketId())
        access.actions().reply(window.ticketView()->ticketId(),
                               QStringLiteral("Written on the train; goes out when we are back online."));
    camera.shoot(window, QStringLiteral("offline"));
    return 0;
}

} // namespace helpdesk::client
