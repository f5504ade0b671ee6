#pragma once

#include <QMap>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace helpdesk::client {

class DashboardClient;
class Directory;
class PanelModel;

/// The supervisor's dashboards (Qt Charts): open tickets by group and state, new versus closed per
/// day, response and resolution times against the SLA, breaches, agent workload, backlog age and
/// customer ratings (in all, and by agent: panel "ratings_by_agent"), for a period and a group; refreshed live from the
/// event stream (at most every few seconds); exported as CSV. Main thread.
class DashboardWindow : public QWidget
{
    Q_OBJECT
public:
    DashboardWindow(DashboardClient &dashboards, const Directory &directory, QWidget *parent = nullptr);

    PanelModel *panel(const QString &name) const { return m_models.value(name); }
    /// Writes one CSV file per panel into `directory`; returns the files written.
    QStringList exportCsv(const QString &directory) const;
    void reload();

private:
    void showPanel(const QString &panel);

    DashboardClient &m_dashboards;
    const Directory &m_directory;
    QComboBox *m_period;
    QComboBox *m_group;
    QLabel *m_times;
    QLabel *m_ratings;
    QLabel *m_problem;
    QMap<QString, PanelModel *> m_models;
    QMap<QString, QWidget *> m_views; // chart views by panel
    QTimer m_liveTimer;
};

} // namespace helpdesk::client
