// The inbox as an agent works it, in a real (offscreen) window against a real server: it opens on
// unassigned tickets in the agent's groups when they own none; a two-line row shows the customer,
// the subject, the start of the last message, state and priority chips and the SLA badge (amber
// when due within the hour, red when past), drawn in those colours; the density and the reading
// pane's place are switched from the View menu and kept; sorting is kept per view; bulk assign,
// state, tags, merge and macro go through the outbox and reach the server; j/k/Enter/a/e do what
// they say but type as usual in the search box; Ctrl+K finds "go to ticket #N"; F1 lists the keys.

#include "access/HelpdeskAccess.h"
#include "support/Desk.h"
#include "ui/CommandPalette.h"
#include "ui/InboxDelegate.h"
#include "ui/MainWindow.h"
#include "ui/TicketView.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

#include <functional>
#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;

namespace {
/// Runs `handle` on the next modal dialog the window opens (a dialog's exec() blocks the test).
void whenModalOpens(const std::function<void(QWidget *)> &handle)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, handle] {
        if (auto *modal = QApplication::activeModalWidget()) {
            poll->deleteLater();
            poll->stop();
            handle(modal);
        }
    });
    poll->start(10);
}

/// The action of `menu` labelled `text`, after the menu filled itself as it does when opened.
QAction *menuAction(QMenu *menu, const QString &text)
{
    emit menu->aboutToShow();
    for (auto *action : menu->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

/// How many pixels of `image` have the hue of `colour` (drawn in it, or tinted with it).
int pixelsOfHue(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.hsvSaturation() > 20 && std::abs(c.hsvHue() - colour.hsvHue()) < 8)
                ++n;
        }
    return n;
}

/// How many pixels of `image` are close to `colour`.
int pixelsOf(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 12 && std::abs(c.green() - colour.green()) < 12 &&
                std::abs(c.blue() - colour.blue()) < 12)
                ++n;
        }
    return n;
}
} // namespace

class TestClientInbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<HelpdeskAccess> m_access;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_late = 0;   // SLA deadline passed
    qint64 m_soon = 0;   // due in half an hour
    qint64 m_calm = 0;   // no deadline
    qint64 m_beta = 0;   // in Beta, a group alphaFull is not in
    qint64 m_merge1 = 0; // two tickets an agent merges
    qint64 m_merge2 = 0;

    TicketListModel *tickets() const { return m_access->inbox().tickets(); }
    QTableView *inbox() const { return m_window->findChild<QTableView *>(QStringLiteral("inbox")); }
    QModelIndex indexOf(qint64 ticket) const { return tickets()->index(tickets()->rowOfTicket(ticket), 0); }
    long long onServer(const std::string &sql) { return m_desk->scalar(sql); }
    static std::string str(qint64 n) { return std::to_string(n); }

    /// Selects exactly these tickets in the inbox, as ctrl+clicks would.
    void select(const QList<qint64> &ids)
    {
        showAll();
        auto *selection = inbox()->selectionModel();
        selection->clearSelection();
        for (auto id : ids) {
            QVERIFY2(tickets()->rowOfTicket(id) >= 0, "the ticket is in the inbox");
            selection->select(indexOf(id), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    /// Shows the "All" view, as a click on it would.
    void showAll()
    {
        auto *views = m_window->findChild<QListView *>();
        views->setCurrentIndex(
            m_access->inbox().views()->index(m_access->inbox().views()->rowOf({InboxView::Kind::All, 0})));
    }

    /// Gives the inbox the keyboard in the active window, as a click into it would (a modal
    /// dialog closed on the offscreen platform leaves no window active).
    void focusInbox()
    {
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        inbox()->setFocus();
        QTRY_VERIFY(inbox()->hasFocus());
    }

    QToolButton *bulkButton(const char *name) const { return m_window->findChild<QToolButton *>(QLatin1String(name)); }
    QAction *bulkAction(const char *name) const
    {
        for (auto *action : m_window->findChild<QToolBar *>(QStringLiteral("bulkActions"))->actions())
            if (action->objectName() == QLatin1String(name))
                return action;
        return nullptr;
    }

    /// The View menu's action labelled `text`.
    QAction *viewMenuAction(const QString &text) const
    {
        for (auto *menu : m_window->menuBar()->findChildren<QMenu *>())
            for (auto *action : menu->actions())
                if (action->text() == text)
                    return action;
        return nullptr;
    }

    /// One row drawn by the inbox's delegate in two lines, as the agent sees it.
    QImage drawnRow(qint64 ticket)
    {
        InboxDelegate delegate;
        delegate.setFont(inbox()->font());
        QStyleOptionViewItem option;
        option.initFrom(inbox()->viewport());
        option.rect = QRect(0, 0, 700, delegate.rowHeight());
        option.state = QStyle::State_Enabled;
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, indexOf(ticket));
        return image;
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        m_desk = std::make_unique<Desk>();
        m_late = m_desk->openTicket("Alpha", "carol", "Printer on floor 3 is offline");
        m_soon = m_desk->openTicket("Alpha", "dave", "VPN drops every hour");
        m_calm = m_desk->openTicket("Alpha", "erin", "New laptop for the intern");
        m_merge1 = m_desk->openTicket("Alpha", "carol", "Invoice copy please");
        m_merge2 = m_desk->openTicket("Alpha", "carol", "Invoice copy, second mail");
        m_beta = m_desk->openTicket("Beta", "dave", "Beta only");
        m_desk->exec("UPDATE tickets SET first_response_due_at = now() - interval '2 hours' WHERE id = " + str(m_late));
        m_desk->exec("UPDATE tickets SET first_response_due_at = now() + interval '30 minutes' WHERE id = " +
                     str(m_soon));
        auto macro = m_desk->as("admin").post(
            "/api/v1/macros", json(R"({"name": "Tag as billing", "actions": {"add_tags": ["billing"]}})"));
        QCOMPARE(macro.status, 201);
        m_access = std::make_unique<HelpdeskAccess>(m_dir.path(), std::make_unique<SessionSecretStore>());
        QSignalSpy progress(&m_access->session(), &AccountSession::syncProgress);
        m_access->session().signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_desk->port())),
                                   QStringLiteral("alphaFull@test.example"), QString::fromLatin1(Desk::kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toBool(), 20000);
        m_window = std::make_unique<MainWindow>(*m_access);
        m_window->resize(1300, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow(); // shortcuts answer in the active window
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_access.reset();
        m_desk.reset();
    }

    void anAgentWhoOwnsNothingStartsOnUnassignedInTheirGroups()
    {
        QTRY_COMPARE(tickets()->view().kind, InboxView::Kind::Unassigned);
        QCOMPARE(tickets()->rowCount(), 5); // Alpha's five; Beta's is not the agent's group
        QCOMPARE(tickets()->rowOfTicket(m_beta), -1);
        QVERIFY(inbox()->isVisible());
    }

    void aRowShowsCustomerSubjectAndTheStartOfTheLastMessage()
    {
        auto index = indexOf(m_late);
        QVERIFY(index.isValid());
        QCOMPARE(
            index.data(TicketListModel::CustomerRole).toString(),
            QString::fromStdString(m_desk->text("SELECT name FROM users WHERE id = " + str(m_desk->userId("carol")))));
        QCOMPARE(index.data(TicketListModel::TitleRole).toString(), QStringLiteral("Printer on floor 3 is offline"));
        QCOMPARE(index.data(TicketListModel::PreviewRole).toString(),
                 QStringLiteral("Customer called: Printer on floor 3 is offline"));
        QCOMPARE(index.data(TicketListModel::ChannelRole).toString(), QStringLiteral("phone_in"));
        QVERIFY(index.data(TicketListModel::UnreadRole).toBool()); // not opened yet: bold, with a dot
        QVERIFY(!index.data(TicketListModel::TimeRole).toString().isEmpty());
        QVERIFY(index.data(TicketListModel::OwnerInitialsRole).toString().isEmpty()); // nobody owns it
    }

    void chipsAndTheSlaBadgeHaveTheirColours_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("sla");
        QTest::newRow("a deadline two hours past is red") << "late" << int(TicketListModel::SlaState::Late);
        QTest::newRow("a deadline in half an hour is amber") << "soon" << int(TicketListModel::SlaState::Soon);
        QTest::newRow("no deadline shows no badge") << "calm" << int(TicketListModel::SlaState::None);
    }

    void chipsAndTheSlaBadgeHaveTheirColours()
    {
        QFETCH(QString, which);
        QFETCH(int, sla);
        const qint64 ticket = which == QLatin1String("late")   ? m_late
                              : which == QLatin1String("soon") ? m_soon
                                                               : m_calm;
        auto index = indexOf(ticket);
        QCOMPARE(index.data(TicketListModel::SlaRole).toInt(), sla);
        QCOMPARE(index.data(TicketListModel::StateRole).toString(), QStringLiteral("new"));
        QCOMPARE(index.data(TicketListModel::StateColourRole).value<QColor>(), QColor(0x1e, 0x6f, 0xd9));
        QVERIFY(index.data(TicketListModel::PriorityColourRole).value<QColor>().isValid());
        const QImage row = drawnRow(ticket);
        const int red = pixelsOf(row, TicketListModel::slaColour(TicketListModel::SlaState::Late));
        const int amber = pixelsOf(row, TicketListModel::slaColour(TicketListModel::SlaState::Soon));
        if (sla == int(TicketListModel::SlaState::Late)) {
            QVERIFY2(red > 40 && amber == 0, qPrintable(QStringLiteral("red %1 amber %2").arg(red).arg(amber)));
            QVERIFY(index.data(TicketListModel::SlaTextRole).toString().contains(QStringLiteral("late")));
        } else if (sla == int(TicketListModel::SlaState::Soon)) {
            QVERIFY2(amber > 40 && red == 0, qPrintable(QStringLiteral("red %1 amber %2").arg(red).arg(amber)));
            QVERIFY(index.data(TicketListModel::SlaTextRole).toString().startsWith(QStringLiteral("in ")));
        } else {
            QCOMPARE(red + amber, 0);
        }
        // The state chip is drawn in its colour on every row.
        QVERIFY(pixelsOfHue(row, QColor(0x1e, 0x6f, 0xd9)) > 10);
    }

    void theDensityIsSwitchedFromTheViewMenuAndKept()
    {
        QCOMPARE(m_window->density(), MainWindow::Density::Comfortable);
        const int twoLines = inbox()->verticalHeader()->defaultSectionSize();
        QVERIFY(inbox()->horizontalHeader()->isHidden());
        QVERIFY(inbox()->horizontalHeader()->isSectionHidden(TicketListModel::Customer));

        viewMenuAction(QStringLiteral("&Compact list"))->trigger();
        QCOMPARE(m_window->density(), MainWindow::Density::Compact);
        QVERIFY(!inbox()->horizontalHeader()->isHidden());
        QVERIFY(!inbox()->horizontalHeader()->isSectionHidden(TicketListModel::Customer));
        QVERIFY(inbox()->verticalHeader()->defaultSectionSize() < twoLines);
        {
            MainWindow second(*m_access); // the next start remembers it
            QCOMPARE(second.density(), MainWindow::Density::Compact);
        }
        viewMenuAction(QStringLiteral("&Two lines per ticket"))->trigger();
        QCOMPARE(m_window->density(), MainWindow::Density::Comfortable);
        QCOMPARE(inbox()->verticalHeader()->defaultSectionSize(), twoLines);
    }

    void theReadingPaneGoesBelowAndStaysThere()
    {
        auto *pane = m_window->ticketView();
        QVERIFY(!m_window->readingPaneBelow());
        QCOMPARE(qobject_cast<QSplitter *>(pane->parentWidget())->orientation(), Qt::Horizontal);
        viewMenuAction(QStringLiteral("Reading pane &below"))->trigger();
        QVERIFY(m_window->readingPaneBelow());
        QCOMPARE(qobject_cast<QSplitter *>(pane->parentWidget())->orientation(), Qt::Vertical);
        {
            MainWindow second(*m_access);
            QVERIFY(second.readingPaneBelow());
        }
        viewMenuAction(QStringLiteral("Reading pane on the &right"))->trigger();
        QVERIFY(!m_window->readingPaneBelow());
    }

    void eachViewKeepsItsOwnSort()
    {
        auto *views = m_window->findChild<QListView *>();
        auto *sortField = m_window->findChild<QComboBox *>(QStringLiteral("sortField"));
        const int unassigned = m_access->inbox().views()->rowOf({InboxView::Kind::Unassigned, 0});
        views->setCurrentIndex(m_access->inbox().views()->index(unassigned));
        sortField->setCurrentIndex(sortField->findData(int(TicketListModel::Customer)));
        emit sortField->activated(sortField->currentIndex());
        QCOMPARE(tickets()->sortColumn(), int(TicketListModel::Customer));
        showAll();
        QCOMPARE(tickets()->sortColumn(), int(TicketListModel::Updated)); // this view's own (the default)
        views->setCurrentIndex(m_access->inbox().views()->index(unassigned));
        QCOMPARE(tickets()->sortColumn(), int(TicketListModel::Customer));
        QCOMPARE(sortField->currentData().toInt(), int(TicketListModel::Customer));
        // Customers in order: carol, carol, carol, dave, erin (by name).
        QStringList customers;
        for (int row = 0; row < tickets()->rowCount(); ++row)
            customers << tickets()->index(row, 0).data(TicketListModel::CustomerRole).toString().toCaseFolded();
        QStringList sorted = customers;
        std::sort(sorted.begin(), sorted.end());
        if (tickets()->sortOrder() == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(customers, sorted);
    }

    void jAndKMoveAndEnterOpensButNotWhileTypingInTheSearchBox()
    {
        showAll();
        focusInbox();
        inbox()->setCurrentIndex(tickets()->index(0, 0));
        QTest::keyClick(inbox(), Qt::Key_J);
        QCOMPARE(inbox()->currentIndex().row(), 1);
        QTest::keyClick(inbox(), Qt::Key_J);
        QCOMPARE(inbox()->currentIndex().row(), 2);
        QTest::keyClick(inbox(), Qt::Key_K);
        QCOMPARE(inbox()->currentIndex().row(), 1);
        const qint64 current = tickets()->ticketIdAt(1);
        QTRY_COMPARE(m_window->ticketView()->ticketId(), current);

        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("search"));
        QTest::keyClick(inbox(), Qt::Key_Slash);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("jk"));
        QCOMPARE(search->text(), QStringLiteral("jk")); // typed, not taken as shortcuts
        QTest::keyClick(search, Qt::Key_A);
        QTest::keyClick(search, Qt::Key_E);
        QCOMPARE(search->text(), QStringLiteral("jkae"));
        search->clear();
        QCOMPARE(m_access->actions().pendingChanges(), 0); // neither "a" nor "e" acted

        focusInbox();
        inbox()->setCurrentIndex(indexOf(current));
        QTest::keyClick(inbox(), Qt::Key_Return);
        QTRY_VERIFY(m_window->ticketView()->isAncestorOf(QApplication::focusWidget()) ||
                    QApplication::focusWidget() == m_window->ticketView());
    }

    void aAssignsToMeAndEClosesThroughTheOutbox()
    {
        showAll();
        focusInbox();
        inbox()->setCurrentIndex(indexOf(m_calm));
        QTest::keyClick(inbox(), Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(onServer("SELECT owner_id FROM tickets WHERE id = " + str(m_calm)),
                                  m_desk->userId("alphaFull"), 15000);
        focusInbox();
        inbox()->setCurrentIndex(indexOf(m_calm));
        QTest::keyClick(inbox(), Qt::Key_E);
        QTRY_COMPARE_WITH_TIMEOUT(
            QString::fromStdString(m_desk->text(
                "SELECT s.state_type FROM tickets t JOIN ticket_states s ON s.id = t.state_id WHERE t.id = " +
                str(m_calm))),
            QStringLiteral("closed"), 15000);
    }

    void bulkAssignStateTagsAndMacroReachTheServer()
    {
        select({m_late, m_soon});
        QVERIFY(m_window->findChild<QToolBar *>(QStringLiteral("bulkActions"))->isEnabled());
        auto *assignee =
            menuAction(bulkButton("bulkAssign")->menu(), m_access->directory().nameOfUser(m_desk->userId("admin")));
        QVERIFY(assignee);
        assignee->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            onServer("SELECT count(*) FROM tickets WHERE owner_id = " + str(m_desk->userId("admin")) + " AND id IN (" +
                     str(m_late) + "," + str(m_soon) + ")"),
            2LL, 15000);

        select({m_late, m_soon});
        auto *open = menuAction(bulkButton("bulkState")->menu(), QStringLiteral("open"));
        QVERIFY(open);
        open->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            onServer("SELECT count(*) FROM tickets t JOIN ticket_states s ON s.id = t.state_id WHERE s.state_type = "
                     "'open' AND t.id IN (" +
                     str(m_late) + "," + str(m_soon) + ")"),
            2LL, 15000);

        select({m_late, m_soon});
        whenModalOpens([](QWidget *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("addTags"))->setText(QStringLiteral("printer, urgent"));
            static_cast<QDialog *>(dialog)->accept();
        });
        bulkAction("bulkTags")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(onServer("SELECT count(*) FROM ticket_tags WHERE tag IN ('printer', 'urgent') AND "
                                           "ticket_id IN (" +
                                           str(m_late) + "," + str(m_soon) + ")"),
                                  4LL, 15000);
        // Removing one leaves the other.
        QTRY_VERIFY_WITH_TIMEOUT(m_access->directory().ticket(m_late)->tags.size() == 2, 10000);
        select({m_late, m_soon});
        whenModalOpens([](QWidget *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("removeTags"))->setText(QStringLiteral("urgent"));
            static_cast<QDialog *>(dialog)->accept();
        });
        bulkAction("bulkTags")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(onServer("SELECT count(*) FROM ticket_tags WHERE tag = 'urgent' AND ticket_id IN (" +
                                           str(m_late) + "," + str(m_soon) + ")"),
                                  0LL, 15000);
        QCOMPARE(onServer("SELECT count(*) FROM ticket_tags WHERE tag = 'printer' AND ticket_id IN (" + str(m_late) +
                          "," + str(m_soon) + ")"),
                 2LL);

        select({m_late, m_soon});
        auto *macro = menuAction(bulkButton("bulkMacro")->menu(), QStringLiteral("Tag as billing"));
        QVERIFY(macro);
        macro->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(onServer("SELECT count(*) FROM ticket_tags WHERE tag = 'billing' AND ticket_id IN (" +
                                           str(m_late) + "," + str(m_soon) + ")"),
                                  2LL, 15000);
    }

    void bulkMergeKeepsTheChosenTicket()
    {
        select({m_merge1, m_merge2});
        const auto number = onServer("SELECT number FROM tickets WHERE id = " + str(m_merge2));
        whenModalOpens([number](QWidget *dialog) {
            auto *target = dialog->findChild<QComboBox *>(QStringLiteral("mergeTarget"));
            target->setCurrentIndex(target->findData(QVariant::fromValue<qint64>(number)));
            static_cast<QDialog *>(dialog)->accept();
        });
        bulkAction("bulkMerge")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(onServer("SELECT merged_into_id FROM tickets WHERE id = " + str(m_merge1)),
                                  static_cast<long long>(m_merge2), 15000);
        QCOMPARE(onServer("SELECT count(*) FROM tickets WHERE merged_into_id IS NOT NULL AND id = " + str(m_merge2)),
                 0LL);
    }

    void ctrlKFindsGoToTicket()
    {
        const auto number = onServer("SELECT number FROM tickets WHERE id = " + str(m_soon));
        focusInbox();
        QTest::keyClick(inbox(), Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = nullptr;
        QTRY_VERIFY((palette = m_window->findChild<CommandPalette *>()) && palette->isVisible());
        QTRY_VERIFY(palette->isActiveWindow());
        auto *query = palette->findChild<QLineEdit *>(QStringLiteral("paletteQuery"));
        QTest::keyClicks(query, QStringLiteral("#") + QString::number(number));
        QCOMPARE(palette->shownLabels().value(0), QStringLiteral("Go to ticket #%1").arg(number));
        QTest::keyClick(query, Qt::Key_Return);
        QTRY_COMPARE(m_window->ticketView()->ticketId(), m_soon);
        QCOMPARE(tickets()->ticketIdAt(inbox()->currentIndex().row()), m_soon);

        // Letters in order find an action: "clsel" is "Close the selected tickets".
        focusInbox();
        QTest::keyClick(inbox(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY((palette = m_window->findChild<CommandPalette *>()) && palette->isVisible());
        QTest::keyClicks(palette->findChild<QLineEdit *>(QStringLiteral("paletteQuery")), QStringLiteral("clsel"));
        QCOMPARE(palette->shownLabels().value(0), QStringLiteral("Close the selected tickets"));
        palette->reject();
    }

    void f1ListsEveryShortcut()
    {
        QString listed;
        whenModalOpens([&listed](QWidget *dialog) {
            listed = static_cast<QMessageBox *>(dialog)->text();
            static_cast<QMessageBox *>(dialog)->accept();
        });
        focusInbox();
        QTest::keyClick(inbox(), Qt::Key_F1);
        QTRY_VERIFY(!listed.isEmpty());
        for (const auto *expected :
             {"<b>J", "<b>K", "<b>R", "<b>N", "<b>A", "<b>E", "<b>/", "Ctrl+K", "Command palette", "F1", "Ctrl+Return"})
            QVERIFY2(listed.contains(QLatin1String(expected)), expected);
    }
};

QTEST_MAIN(TestClientInbox)
#include "tst_client_inbox.moc"
