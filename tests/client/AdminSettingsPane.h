#pragma once

#include "access/HelpdeskAccess.h"
#include "models/PanelModel.h"
#include "support/Desk.h"
#include "ui/SettingsWindow.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace helpdesk::test {

/// The admins' settings pane of a test desk, shown offscreen: the desk's first admin signed in
/// with a client of its own (first sync done) and a SettingsWindow over that account. Main thread.
class AdminSettingsPane
{
public:
    /// Signs the first admin of `desk` in and shows the pane; false when the first sync did not
    /// finish or the window was not shown.
    bool open(Desk &desk)
    {
        using namespace helpdesk::client;
        m_access = std::make_unique<HelpdeskAccess>(m_dir.path(), std::make_unique<SessionSecretStore>());
        QSignalSpy progress(&m_access->session(), &AccountSession::syncProgress);
        m_access->session().signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(desk.port())),
                                   QStringLiteral("admin@test.example"),
                                   QString::fromStdString(desk.server().adminPassword()));
        if (!QTest::qWaitFor([&] { return !progress.isEmpty() && progress.last().at(1).toBool(); }, 20000))
            return false;
        m_settings = std::make_unique<SettingsWindow>(m_access->admin(), m_access->directory());
        m_settings->resize(1200, 800);
        m_settings->show();
        return QTest::qWaitForWindowExposed(m_settings.get());
    }
    /// Closes the pane and signs out (before the desk stops).
    void close()
    {
        m_settings.reset();
        m_access.reset();
    }

    client::SettingsWindow &settings() { return *m_settings; }
    client::HelpdeskAccess &access() { return *m_access; }
    /// The row of the pane's list whose `name` is `name`, or -1.
    int rowNamed(const QString &name) const
    {
        for (int row = 0; row < m_settings->items()->rowCount(); ++row)
            if (m_settings->items()->row(row).value(QStringLiteral("name")).toString() == name)
                return row;
        return -1;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<client::HelpdeskAccess> m_access;
    std::unique_ptr<client::SettingsWindow> m_settings;
};

} // namespace helpdesk::test
