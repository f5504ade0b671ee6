#include "ui/DashboardWindow.h"

#include "core/DashboardClient.h"
#include "core/Directory.h"
#include "models/PanelModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace helpdesk::client {

namespace {
const QStringList kPanels{QStringLiteral("open_by_group_state"),
                          QStringLiteral("new_vs_closed"),
                          QStringLiteral("response_times"),
                          QStringLiteral("breaches"),
                          QStringLiteral("workload"),
                          QStringLiteral("backlog_age"),
                          QStringLiteral("ratings"),
                          QStringLiteral("ratings_by_agent")};

QChartView *chartView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 240);
    return view;
}

/// A count axis from 0 with whole-number ticks.
QValueAxis *countAxis(double maximum)
{
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    double top = std::max(1.0, maximum);
    y->setRange(0, top);
    if (top <= 5)
        y->setTickCount(static_cast<int>(top) + 1);
    else
        y->applyNiceNumbers();
    return y;
}

/// A bar chart of one value per category.
void barChart(QChart *chart, const PanelModel &model, const QString &category, const QString &value,
              const QString &label)
{
    chart->removeAllSeries();
    for (auto *axis : chart->axes())
        chart->removeAxis(axis);
    auto *set = new QBarSet(label);
    QStringList categories;
    int c = static_cast<int>(model.columns().indexOf(category)), v = static_cast<int>(model.columns().indexOf(value));
    double maximum = 0;
    for (int row = 0; row < model.rowCount() && c >= 0 && v >= 0; ++row) {
        categories << model.index(row, c).data().toString();
        *set << model.index(row, v).data().toDouble();
        maximum = std::max(maximum, model.index(row, v).data().toDouble());
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = countAxis(maximum);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}
/// The average rating of each agent rated (bars on a 0–5 axis), each named with its count of
/// ratings: an average of two ratings says less than one of fifty.
void ratingsByAgentChart(QChart *chart, const PanelModel &model, const QString &label)
{
    chart->removeAllSeries();
    for (auto *axis : chart->axes())
        chart->removeAxis(axis);
    auto *set = new QBarSet(label);
    QStringList categories;
    const auto column = [&](const char *name) {
        return static_cast<int>(model.columns().indexOf(QLatin1String(name)));
    };
    const int name = column("agent_name"), count = column("ratings"), average = column("average");
    for (int row = 0; row < model.rowCount() && name >= 0 && count >= 0 && average >= 0; ++row) {
        categories << QStringLiteral("%1 (%2)")
                          .arg(model.index(row, name).data().toString())
                          .arg(model.index(row, count).data().toLongLong());
        *set << model.index(row, average).data().toDouble();
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, 5);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}
} // namespace

DashboardWindow::DashboardWindow(DashboardClient &dashboards, const Directory &directory, QWidget *parent)
    : QWidget(parent), m_dashboards(dashboards), m_directory(directory)
{
    setWindowTitle(tr("Helpdesk dashboards"));
    m_period = new QComboBox(this);
    for (int days : {7, 30, 90, 365})
        m_period->addItem(tr("Last %n day(s)", nullptr, days), days);
    m_period->setCurrentIndex(1);
    m_group = new QComboBox(this);
    m_group->addItem(tr("All groups"), QVariant::fromValue<qint64>(0));
    for (const auto &g : m_directory.groups())
        m_group->addItem(g.name, QVariant::fromValue<qint64>(g.id));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period"), this));
    bar->addWidget(m_period);
    bar->addWidget(new QLabel(tr("Group"), this));
    bar->addWidget(m_group);
    bar->addStretch();
    bar->addWidget(m_problem);
    bar->addWidget(exportButton);

    const QMap<QString, QString> titles{{QStringLiteral("open_by_group_state"), tr("Open tickets by group")},
                                        {QStringLiteral("new_vs_closed"), tr("New and closed per day")},
                                        {QStringLiteral("breaches"), tr("SLA breaches")},
                                        {QStringLiteral("workload"), tr("Open tickets per agent")},
                                        {QStringLiteral("backlog_age"), tr("Age of the open tickets")},
                                        {QStringLiteral("ratings_by_agent"), tr("Customer ratings by agent")}};
    auto *grid = new QGridLayout;
    int cell = 0;
    for (const auto &panel : kPanels) {
        m_models.insert(panel, new PanelModel(panel, this));
        if (panel == QLatin1String("response_times")) {
            m_times = new QLabel(this);
            m_times->setObjectName(QStringLiteral("responseTimes"));
            m_times->setWordWrap(true);
            m_times->setAlignment(Qt::AlignCenter);
            m_views.insert(panel, m_times);
            grid->addWidget(m_times, cell / 3, cell % 3);
        } else if (panel == QLatin1String("ratings")) {
            // Shown only when customers have rated something in the period.
            m_ratings = new QLabel(this);
            m_ratings->setObjectName(QStringLiteral("ratings"));
            m_ratings->setWordWrap(true);
            m_ratings->setAlignment(Qt::AlignCenter);
            m_ratings->hide();
            m_views.insert(panel, m_ratings);
            grid->addWidget(m_ratings, cell / 3, cell % 3);
        } else if (panel == QLatin1String("ratings_by_agent")) {
            // Beside the summary, and like it shown only when there are ratings.
            auto *view = chartView(titles.value(panel), this);
            view->setObjectName(QStringLiteral("ratingsByAgent"));
            view->hide();
            m_views.insert(panel, view);
            grid->addWidget(view, cell / 3, cell % 3);
        } else {
            auto *view = chartView(titles.value(panel), this);
            m_views.insert(panel, view);
            grid->addWidget(view, cell / 3, cell % 3);
        }
        ++cell;
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(grid, 1);

    connect(&m_dashboards, &DashboardClient::dashboardLoaded, this,
            [this](const QString &panel, const QVariantList &rows) {
                if (auto *model = m_models.value(panel)) {
                    model->setRows(rows);
                    showPanel(panel);
                }
            });
    connect(&m_dashboards, &DashboardClient::dashboardFailed, this,
            [this](const QString &, const QString &reason) { m_problem->setText(reason); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        auto directory = QFileDialog::getExistingDirectory(this, tr("Export the panels as CSV"));
        if (!directory.isEmpty())
            exportCsv(directory);
    });
    // Live: any change to a ticket refreshes the panels, at most every five seconds.
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(5000);
    connect(&m_liveTimer, &QTimer::timeout, this, [this] { reload(); });
    connect(&m_directory, &Directory::ticketChanged, this, [this] {
        if (!m_liveTimer.isActive())
            m_liveTimer.start();
    });
    reload();
}

void DashboardWindow::reload()
{
    m_problem->clear();
    const auto days = m_period->currentData().toInt();
    const auto group = m_group->currentData().toLongLong();
    for (const auto &panel : kPanels) {
        if (panel == QLatin1String("ratings_by_agent"))
            m_dashboards.loadDashboard(QStringLiteral("ratings"), days, group, QStringLiteral("agent"));
        else
            m_dashboards.loadDashboard(panel, days, group);
    }
}

void DashboardWindow::showPanel(const QString &panel)
{
    const auto &model = *m_models.value(panel);
    if (panel == QLatin1String("response_times")) {
        auto value = [&](const QString &key) {
            int c = static_cast<int>(model.columns().indexOf(key));
            auto v = c >= 0 && model.rowCount() > 0 ? model.index(0, c).data() : QVariant();
            if (v.isNull() || !v.isValid())
                return tr("–");
            // Under an hour in minutes: "0.0 h" would hide a quick answer.
            return v.toDouble() < 60 ? tr("%1 min").arg(v.toDouble(), 0, 'f', v.toDouble() < 10 ? 1 : 0)
                                     : tr("%1 h").arg(v.toDouble() / 60.0, 0, 'f', 1);
        };
        m_times->setText(tr("<h3>Response and resolution</h3>"
                            "<p>First response: median %1, 90% within %2 (SLA %3)</p>"
                            "<p>Resolution: median %4, 90% within %5 (SLA %6)</p>")
                             .arg(value(QStringLiteral("first_response_median_minutes")),
                                  value(QStringLiteral("first_response_p90_minutes")),
                                  value(QStringLiteral("sla_first_response_minutes")),
                                  value(QStringLiteral("resolution_median_minutes")),
                                  value(QStringLiteral("resolution_p90_minutes")),
                                  value(QStringLiteral("sla_solution_minutes"))));
        return;
    }
    if (panel == QLatin1String("ratings")) {
        auto value = [&](const QString &key) {
            int c = static_cast<int>(model.columns().indexOf(key));
            return c >= 0 && model.rowCount() > 0 ? model.index(0, c).data() : QVariant();
        };
        auto count = value(QStringLiteral("ratings")).toInt();
        m_ratings->setVisible(count > 0);
        QStringList scores;
        for (int score = 5; score >= 1; --score)
            scores << tr("%1★ %2").arg(score).arg(value(QStringLiteral("score_%1").arg(score)).toInt());
        m_ratings->setText(
            tr("<h3>Customer ratings</h3><p>%n rating(s), average %1 of 5</p><p>%2% satisfied (4 or 5)</p><p>%3</p>",
               nullptr, count)
                .arg(value(QStringLiteral("average")).toDouble(), 0, 'f', 1)
                .arg(value(QStringLiteral("satisfied_percent")).toDouble(), 0, 'f', 0)
                .arg(scores.join(QStringLiteral(" · "))));
        return;
    }
    auto *chart = static_cast<QChartView *>(m_views.value(panel))->chart();
    if (panel == QLatin1String("ratings_by_agent")) {
        m_views.value(panel)->setVisible(model.rowCount() > 0);
        ratingsByAgentChart(chart, model, tr("average of 5"));
        return;
    }
    if (panel == QLatin1String("new_vs_closed")) {
        chart->removeAllSeries();
        for (auto *axis : chart->axes())
            chart->removeAxis(axis);
        auto *created = new QLineSeries;
        created->setName(tr("new"));
        auto *closed = new QLineSeries;
        closed->setName(tr("closed"));
        int day = static_cast<int>(model.columns().indexOf(QStringLiteral("day")));
        int c = static_cast<int>(model.columns().indexOf(QStringLiteral("created")));
        int d = static_cast<int>(model.columns().indexOf(QStringLiteral("closed")));
        double maximum = 0;
        for (int row = 0; row < model.rowCount() && day >= 0; ++row) {
            auto x = QDateTime(QDate::fromString(model.index(row, day).data().toString(), Qt::ISODate), QTime(12, 0))
                         .toMSecsSinceEpoch();
            created->append(static_cast<qreal>(x), model.index(row, c).data().toDouble());
            closed->append(static_cast<qreal>(x), model.index(row, d).data().toDouble());
            maximum = std::max({maximum, model.index(row, c).data().toDouble(), model.index(row, d).data().toDouble()});
        }
        created->setPointsVisible(true); // a single day is a point, not a line
        closed->setPointsVisible(true);
        chart->addSeries(created);
        chart->addSeries(closed);
        auto *x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("MM-dd"));
        // The whole period, so a single day shows as a point in its place.
        x->setRange(QDateTime(QDate::currentDate().addDays(-m_period->currentData().toInt()), QTime(0, 0)),
                    QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)));
        chart->addAxis(x, Qt::AlignBottom);
        auto *y = countAxis(maximum);
        chart->addAxis(y, Qt::AlignLeft);
        for (auto *series : {created, closed}) {
            series->attachAxis(x);
            series->attachAxis(y);
        }
        return;
    }
    if (panel == QLatin1String("open_by_group_state"))
        barChart(chart, model, QStringLiteral("group_name"), QStringLiteral("tickets"), tr("open"));
    else if (panel == QLatin1String("breaches"))
        barChart(chart, model, QStringLiteral("kind"), QStringLiteral("tickets"), tr("breached"));
    else if (panel == QLatin1String("workload"))
        barChart(chart, model, QStringLiteral("owner_name"), QStringLiteral("open_tickets"), tr("open"));
    else if (panel == QLatin1String("backlog_age"))
        barChart(chart, model, QStringLiteral("bucket"), QStringLiteral("tickets"), tr("open"));
}

QStringList DashboardWindow::exportCsv(const QString &directory) const
{
    QStringList written;
    for (auto it = m_models.begin(); it != m_models.end(); ++it) {
        QFile file(directory + QLatin1Char('/') + it.key() + QStringLiteral(".csv"));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(it.value()->toCsv().toUtf8()) >= 0)
            written << file.fileName();
    }
    return written;
}

} // namespace helpdesk::client
