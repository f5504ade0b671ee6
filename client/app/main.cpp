// helpdesk-client: the agent's desktop application. Wiring only; everything else lives in
// helpdesk_client_core (cache, sync, models) and helpdesk_client_ui (windows).

#include "access/HelpdeskAccess.h"
#include "ui/Appearance.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/Screenshots.h"
#include "ui/Translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

using namespace helpdesk::client;

namespace {
/// The opt-in start-up trace (HELPDESK_STARTUP_TRACE=1, for bench_client): prints
/// "inbox-drawn <ms since main began>" to stderr once, after the inbox's first paint event.
class FirstPaintTrace : public QObject
{
public:
    FirstPaintTrace(QWidget *inbox, const QElapsedTimer &sinceStart) : QObject(inbox), m_sinceStart(sinceStart)
    {
        inbox->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: runs once this paint event has been handled, i.e. the rows are drawn.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    std::fprintf(stderr, "inbox-drawn %.1f\n", static_cast<double>(m_sinceStart.nsecsElapsed()) / 1e6);
                    std::fflush(stderr);
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    QElapsedTimer m_sinceStart;
};
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("helpdesk-client"));
    QApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Helpdesk agent client"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("where the local cache lives"),
                               QStringLiteral("path"),
                               QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QCommandLineOption server(QStringLiteral("server"), QStringLiteral("server address for the sign-in"),
                              QStringLiteral("url"));
    QCommandLineOption language(QStringLiteral("language"),
                                QStringLiteral("UI language (en, de, fr, it, pl, ru); saved"), QStringLiteral("code"));
    QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("sign in with --email/--password, save PNGs of the main screens to a directory, quit"),
        QStringLiteral("dir"));
    QCommandLineOption email(QStringLiteral("email"), QStringLiteral("e-mail for --screenshots"),
                             QStringLiteral("email"));
    QCommandLineOption password(QStringLiteral("password"), QStringLiteral("password for --screenshots"),
                                QStringLiteral("password"));
    QCommandLineOption appearance(QStringLiteral("appearance"),
                                  QStringLiteral("system, light or dark (this run only; the Settings menu saves it)"),
                                  QStringLiteral("look"));
    QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                 QStringLiteral("keep the session token in this file (mode 0600) instead of the "
                                                "system keychain, where there is none"),
                                 QStringLiteral("path"));
    parser.addOptions({dataDir, server, language, screenshots, email, password, appearance, tokenFile});
    parser.process(app);

    QSettings settings;
    if (parser.isSet(language))
        settings.setValue(QStringLiteral("ui/language"), parser.value(language));
    installTranslations(app, settings.value(QStringLiteral("ui/language")).toString());
    applyAppearance(appearanceNamed(parser.value(appearance)).value_or(savedAppearance()));

    if (parser.isSet(screenshots))
        return takeScreenshots(parser.value(dataDir), QUrl(parser.value(server)), parser.value(email),
                               parser.value(password), parser.value(screenshots));

    std::unique_ptr<SecretStore> secrets;
    if (parser.isSet(tokenFile))
        secrets = std::make_unique<FileSecretStore>(parser.value(tokenFile));
    else
        secrets = std::make_unique<KeychainSecretStore>();
    HelpdeskAccess access(parser.value(dataDir), std::move(secrets));
    std::unique_ptr<MainWindow> window;
    auto showWindow = [&] {
        window = std::make_unique<MainWindow>(access);
        window->resize(1400, 850);
        window->show();
        if (qEnvironmentVariableIntValue("HELPDESK_STARTUP_TRACE") == 1)
            if (auto *inbox = window->findChild<QAbstractItemView *>(QStringLiteral("inbox")))
                new FirstPaintTrace(inbox->viewport(), sinceStart);
    };
    auto signIn = [&]() -> bool {
        LoginDialog login(access.session());
        if (parser.isSet(server))
            login.setServer(parser.value(server));
        return login.exec() == QDialog::Accepted;
    };
    // Queued: the sign-in dialog runs from the event loop, not inside the WebSocket's handler,
    // whose connection a new sign-in replaces.
    QObject::connect(
        &access.session(), &AccountSession::sessionExpired, &app,
        [&](const QString &) {
            window.reset();
            if (signIn())
                showWindow();
            else
                app.quit();
        },
        Qt::QueuedConnection);
    if (!access.session().resume() && !signIn())
        return 0;
    showWindow();
    return app.exec();
}
