// Ticket sharing in the agent client (offscreen) between two real desks: in the settings pane's
// "Partner desks" section an admin sees the desk's own sharing URL and invites a partner; the
// partner's admin sees the invitation in the same section of the partner desk and accepts it into
// a group; both show the agreement accepted, and the sync log shows the requests either way. The
// sender changes the terms, the receiver its group, and ending the agreement asks first. On a
// ticket, "Share with…" offers the accepted partner; the header and the inbox row then show it with
// the sync state (failing in a warning colour while the partner refuses), moved by the server's
// share events rather than by polling; the partner's inbox names who shared the ticket, and "Stop
// sharing…" takes the badges away.

#include "AdminSettingsPane.h"
#include "core/SharingClient.h"
#include "models/TicketListModel.h"
#include "ui/PartnerDesksPane.h"
#include "ui/StatusMapDialog.h"
#include "ui/TicketSharingBar.h"
#include "ui/TicketView.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QListWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>
#include <QtTest>

#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;

namespace {
QString sharingUrlOf(Desk &desk)
{
    return QStringLiteral("http://127.0.0.1:%1/sharing").arg(desk.port());
}

void setPublicUrl(Desk &desk)
{
    auto settings = json("{}");
    settings->set("public_url", "http://127.0.0.1:" + std::to_string(desk.port()));
    QCOMPARE(desk.as("admin").send("PATCH", "/api/v1/settings/mail", helpdesk::protocol::toJsonText(settings)).status,
             200);
}

/// The desk's agreement with the partner at `partnerUrl`, as its admin reads it through the API; null when none.
JsonObject agreementWith(Desk &desk, const QString &partnerUrl)
{
    auto agreements = desk.as("admin").get("/api/v1/sharing/agreements").array("agreements");
    for (std::size_t i = 0; agreements && i < agreements->size(); ++i) {
        auto agreement = agreements->getObject(static_cast<unsigned>(i));
        if (agreement->getValue<std::string>("partner_url") == partnerUrl.toStdString() &&
            agreement->getValue<std::string>("status") != "inactive" &&
            agreement->getValue<std::string>("status") != "declined")
            return agreement;
    }
    return nullptr;
}
} // namespace

class TestClientSharing : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_a; // invites: the sender
    std::unique_ptr<Desk> m_b; // the partner: the receiver
    AdminSettingsPane m_paneA;
    AdminSettingsPane m_paneB;

    static PartnerDesksPane &section(AdminSettingsPane &pane) { return *pane.settings().partnerDesks(); }
    template <typename T> static T *part(AdminSettingsPane &pane, const char *name)
    {
        return section(pane).findChild<T *>(QLatin1String(name));
    }
    static QString cell(AdminSettingsPane &pane, int row, const char *key)
    {
        auto *model = section(pane).agreements();
        auto column = model->columns().indexOf(QLatin1String(key));
        return model->data(model->index(row, column)).toString();
    }
    static QString statusLine(AdminSettingsPane &pane) { return part<QLabel>(pane, "sharingStatus")->text(); }
    /// The row of the agreement with the partner at `partnerUrl` once the section lists it (-1 otherwise).
    static int rowOf(AdminSettingsPane &pane, const QString &partnerUrl)
    {
        return section(pane).rowOfPartner(partnerUrl);
    }

    /// The inbox's "Shared" cell of a ticket in `role` (a colour as its name); "" when not listed
    /// (the inbox shows every ticket: showAllInInbox).
    static QString inboxCell(AdminSettingsPane &pane, qint64 ticketId, int role = Qt::DisplayRole)
    {
        auto *inbox = pane.access().inbox().tickets();
        const int row = inbox->rowOfTicket(ticketId);
        if (row < 0)
            return {};
        const auto value = inbox->index(row, TicketListModel::Shared).data(role);
        return role == Qt::ForegroundRole ? value.value<QColor>().name() : value.toString();
    }

    /// The words a tooltip shows for `text` (which Qt takes as HTML when it might be).
    static QString asShown(const QString &text)
    {
        QTextDocument shown;
        if (Qt::mightBeRichText(text))
            shown.setHtml(text);
        else
            shown.setPlainText(text);
        return shown.toPlainText();
    }

    /// Has the pane's inbox show every ticket (the admin owns none of them).
    static void showAllInInbox(AdminSettingsPane &pane)
    {
        pane.access().inbox().tickets()->setView({InboxView::Kind::All});
    }

    /// A invites B from its pane with these terms and waits until A's list shows it.
    void inviteB(bool fullDelegation, bool syncTags)
    {
        part<QLineEdit>(m_paneA, "partnerUrl")->setText(sharingUrlOf(*m_b));
        part<QLineEdit>(m_paneA, "ourName")->setText(QStringLiteral("Desk A"));
        part<QCheckBox>(m_paneA, "invite_allows_public_comments")->setChecked(fullDelegation);
        part<QCheckBox>(m_paneA, "invite_sync_tags")->setChecked(syncTags);
        part<QCheckBox>(m_paneA, "invite_sync_custom_fields")->setChecked(false);
        part<QPushButton>(m_paneA, "inviteButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(statusLine(m_paneA), QStringLiteral("Saved."), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_paneA, sharingUrlOf(*m_b)) >= 0, 10000);
    }

    /// Selects, in B's pane, the invitation from A once it has arrived.
    void selectInvitationInB()
    {
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_paneB, sharingUrlOf(*m_a)) >= 0 &&
                                     cell(m_paneB, rowOf(m_paneB, sharingUrlOf(*m_a)), "status") ==
                                         QStringLiteral("pending"),
                                 20000);
        section(m_paneB).selectRow(rowOf(m_paneB, sharingUrlOf(*m_a)));
        QTRY_VERIFY(part<QPushButton>(m_paneB, "acceptButton")->isEnabled());
    }

private slots:
    void initTestCase()
    {
        m_a = std::make_unique<Desk>();
        m_b = std::make_unique<Desk>();
        setPublicUrl(*m_a);
        setPublicUrl(*m_b);
        QVERIFY(m_paneA.open(*m_a));
        QVERIFY(m_paneB.open(*m_b));
        m_paneA.settings().showKind(QStringLiteral("sharing"));
        m_paneB.settings().showKind(QStringLiteral("sharing"));
    }

    void cleanupTestCase()
    {
        m_paneA.close();
        m_paneB.close();
        m_a.reset();
        m_b.reset();
    }

    void theSectionShowsOurSharingUrl()
    {
        QVERIFY(section(m_paneA).isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(part<QLabel>(m_paneA, "ownSharingUrl")->text().contains(sharingUrlOf(*m_a)), 10000);
    }

    void anInvitationIsAcceptedOnThePartnerDesk()
    {
        inviteB(true, true);
        int row = rowOf(m_paneA, sharingUrlOf(*m_b));
        QCOMPARE(cell(m_paneA, row, "status"), QStringLiteral("pending"));
        QCOMPARE(cell(m_paneA, row, "role"), QStringLiteral("we share our tickets"));
        QCOMPARE(cell(m_paneA, row, "terms"), QStringLiteral("full delegation, tags"));

        // B's admin sees it in the same section (the list reloads by itself) and accepts it into Beta.
        selectInvitationInB();
        QCOMPARE(cell(m_paneB, rowOf(m_paneB, sharingUrlOf(*m_a)), "role"),
                 QStringLiteral("the partner shares with us"));
        QCOMPARE(cell(m_paneB, rowOf(m_paneB, sharingUrlOf(*m_a)), "name"), QStringLiteral("Desk A"));
        auto *group = part<QComboBox>(m_paneB, "receivingGroup");
        group->setCurrentIndex(group->findText(QStringLiteral("Beta")));
        part<QPushButton>(m_paneB, "acceptButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_paneB, rowOf(m_paneB, sharingUrlOf(*m_a)), "status"),
                                  QStringLiteral("accepted"), 10000);
        QCOMPARE(agreementWith(*m_b, sharingUrlOf(*m_a))->getValue<std::int64_t>("group_id"), m_b->beta());
        // A learns it from B over the wire, and its pane shows it without a click.
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_paneA, rowOf(m_paneA, sharingUrlOf(*m_b)), "status"),
                                  QStringLiteral("accepted"), 20000);
    }

    void theSyncLogShowsTheRequestsBothWays()
    {
        auto uuid = QString::fromStdString(agreementWith(*m_a, sharingUrlOf(*m_b))->getValue<std::string>("uuid"));
        section(m_paneA).selectRow(rowOf(m_paneA, sharingUrlOf(*m_b)));
        section(m_paneB).selectRow(rowOf(m_paneB, sharingUrlOf(*m_a)));
        auto logHas = [&](AdminSettingsPane &pane, const QString &direction, const QString &method) {
            auto *log = section(pane).log();
            for (int row = 0; row < log->rowCount(); ++row) {
                auto entry = log->row(row);
                if (entry.value(QStringLiteral("direction")).toString() == direction &&
                    entry.value(QStringLiteral("method")).toString() == method &&
                    entry.value(QStringLiteral("path")).toString() == QStringLiteral("/agreements/") + uuid &&
                    entry.value(QStringLiteral("status")).toInt() / 100 == 2)
                    return true;
            }
            return false;
        };
        // A sent the invitation and received the acceptance; B the other way round.
        QTRY_VERIFY_WITH_TIMEOUT(logHas(m_paneA, QStringLiteral("out"), QStringLiteral("POST")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(logHas(m_paneA, QStringLiteral("in"), QStringLiteral("PUT")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(logHas(m_paneB, QStringLiteral("in"), QStringLiteral("POST")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(logHas(m_paneB, QStringLiteral("out"), QStringLiteral("PUT")), 10000);
        // Shown in words, not as the wire's codes.
        auto *log = section(m_paneA).log();
        auto shown = log->data(log->index(0, log->columns().indexOf(QStringLiteral("direction")))).toString();
        QVERIFY2(shown == QStringLiteral("sent") || shown == QStringLiteral("received"), qPrintable(shown));
    }

    void theSenderChangesTheTermsAndTheReceiverItsGroup()
    {
        section(m_paneA).selectRow(rowOf(m_paneA, sharingUrlOf(*m_b)));
        auto *syncTags = part<QCheckBox>(m_paneA, "sync_tags");
        QTRY_VERIFY(syncTags->isEnabled() && syncTags->isChecked());
        QVERIFY(!part<QComboBox>(m_paneA, "receivingGroup")->isEnabled()); // the receiver's to choose
        syncTags->setChecked(false);
        part<QPushButton>(m_paneA, "saveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_paneA, rowOf(m_paneA, sharingUrlOf(*m_b)), "terms"),
                                  QStringLiteral("full delegation"), 10000);
        // The partner gets the new terms.
        QTRY_VERIFY_WITH_TIMEOUT(!agreementWith(*m_b, sharingUrlOf(*m_a))->getValue<bool>("sync_tags"), 20000);

        section(m_paneB).selectRow(rowOf(m_paneB, sharingUrlOf(*m_a)));
        QTRY_VERIFY(!part<QCheckBox>(m_paneB, "sync_tags")->isEnabled()); // the sender's to set
        auto *group = part<QComboBox>(m_paneB, "receivingGroup");
        QTRY_COMPARE(group->currentText(), QStringLiteral("Beta"));
        group->setCurrentIndex(group->findText(QStringLiteral("Alpha")));
        part<QPushButton>(m_paneB, "saveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(agreementWith(*m_b, sharingUrlOf(*m_a))->getValue<std::int64_t>("group_id"),
                                  m_b->alpha(), 10000);
    }

    void theAdminEditsTheStatusMapAndTheServerHasIt()
    {
        // The selected agreement's "Status map…" shows the map in effect; the admin changes a word we
        // send and what a partner's word means, a word no partner knows is refused naming its row.
        const auto mapPath = "/api/v1/sharing/agreements/" +
                             std::to_string(agreementWith(*m_a, sharingUrlOf(*m_b))->getValue<std::int64_t>("id")) +
                             "/status_map";
        auto onServer = [&](const char *direction, const char *key) {
            auto map = m_a->as("admin").get(mapPath).object("status_map");
            return QString::fromStdString(map->getObject(direction)->getValue<std::string>(key));
        };
        section(m_paneA).selectRow(rowOf(m_paneA, sharingUrlOf(*m_b)));
        auto *open = part<QPushButton>(m_paneA, "statusMapButton");
        QTRY_VERIFY(open->isEnabled());
        open->click();
        QTRY_VERIFY(section(m_paneA).statusMapDialog() && section(m_paneA).statusMapDialog()->isVisible());
        auto *dialog = section(m_paneA).statusMapDialog();
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveStatusMap"));
        // The defaults, as the server has them (the choices start elsewhere).
        QTRY_COMPARE_WITH_TIMEOUT(dialog->wordFor(QStringLiteral("closed"))->currentText(), QStringLiteral("solved"),
                                  10000);
        QCOMPARE(dialog->stateFor(QStringLiteral("hold"))->currentText(), QStringLiteral("Waiting (reminder)"));
        QVERIFY(save->isEnabled());

        dialog->wordFor(QStringLiteral("closed"))->setCurrentText(QStringLiteral("done"));
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->statusText().startsWith(QStringLiteral("Not saved. What we send for “Closed”")), 10000);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("'done' is not a status word")),
                 qPrintable(dialog->statusText()));
        QCOMPARE(onServer("outbound", "closed"), QStringLiteral("solved"));

        auto *closed = dialog->wordFor(QStringLiteral("closed"));
        closed->setCurrentIndex(closed->findText(QStringLiteral("closed")));
        auto *hold = dialog->stateFor(QStringLiteral("hold"));
        hold->setCurrentIndex(hold->findText(QStringLiteral("Waiting to close")));
        save->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->statusText(), QStringLiteral("Saved."), 10000);
        QCOMPARE(onServer("outbound", "closed"), QStringLiteral("closed"));
        QCOMPARE(onServer("inbound", "hold"), QStringLiteral("pending_close"));
        QCOMPARE(onServer("outbound", "open"), QStringLiteral("open")); // the rest as it was
        QCOMPARE(onServer("inbound", "solved"), QStringLiteral("closed"));

        // Opened again, the dialog shows what the server keeps.
        dialog->close();
        QTRY_VERIFY(!section(m_paneA).statusMapDialog());
        open->click();
        QTRY_VERIFY(section(m_paneA).statusMapDialog());
        dialog = section(m_paneA).statusMapDialog();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stateFor(QStringLiteral("hold"))->currentText(),
                                  QStringLiteral("Waiting to close"), 10000);
        QCOMPARE(dialog->wordFor(QStringLiteral("closed"))->currentText(), QStringLiteral("closed"));
        dialog->close();
    }

    void anAgentSharesATicketAndStopsSharingIt()
    {
        showAllInInbox(m_paneA);
        showAllInInbox(m_paneB);
        auto ticketId = m_a->openTicket("Alpha", "carol", "Printer jam on floor 2");
        auto &access = m_paneA.access();
        QTRY_VERIFY_WITH_TIMEOUT(access.directory().ticket(ticketId).has_value(), 10000);
        // The bar never asks the server for the shares: what it shows comes with the share events.
        QSignalSpy polled(&access.admin().sharing(), &SharingClient::sharesLoaded);
        TicketView view(access);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showTicket(ticketId);
        auto *bar = view.sharingBar();
        QTRY_VERIFY(bar->findChild<QPushButton *>(QStringLiteral("shareButton"))->isEnabled());
        QVERIFY(bar->badges().isEmpty());
        QVERIFY(!bar->findChild<QPushButton *>(QStringLiteral("unshareButton"))->isVisible());
        QTRY_VERIFY(access.inbox().tickets()->rowOfTicket(ticketId) >= 0);
        QCOMPARE(inboxCell(m_paneA, ticketId), QString());

        // "Share with…" offers the partner this desk sent an accepted agreement to.
        auto *dialog = bar->askShare();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(bar->shareChoice()->count(), 1, 10000);
        QCOMPARE(bar->shareChoice()->item(0)->text(), sharingUrlOf(*m_b));
        bar->shareChoice()->item(0)->setCheckState(Qt::Checked);
        dialog->accept();

        // The header shows the partner; once delivered, in sync; the partner has the ticket.
        const QString inSync = QStringLiteral("Shared with 127.0.0.1 · in sync");
        QTRY_COMPARE_WITH_TIMEOUT(bar->badges(), QStringList{inSync}, 20000);
        QCOMPARE(m_b->scalar("SELECT count(*) FROM tickets WHERE title = 'Printer jam on floor 2'"), 1LL);
        QVERIFY(bar->findChild<QPushButton *>(QStringLiteral("unshareButton"))->isVisible());
        // The inbox row names the partner, with the state as its tooltip.
        QTRY_COMPARE(inboxCell(m_paneA, ticketId), QStringLiteral("127.0.0.1"));
        QTRY_COMPARE(inboxCell(m_paneA, ticketId, Qt::ToolTipRole), inSync);
        // The partner's inbox shows who shared the ticket with it.
        auto copy =
            m_b->scalar("SELECT ticket_id FROM ticket_shares WHERE direction = 'inbound' ORDER BY id DESC LIMIT 1");
        QTRY_COMPARE_WITH_TIMEOUT(inboxCell(m_paneB, copy, Qt::ToolTipRole),
                                  QStringLiteral("Shared by Desk A · in sync"), 20000);
        QCOMPARE(inboxCell(m_paneB, copy), QStringLiteral("Desk A"));
        // The partner names itself: a name that looks like markup is shown as written.
        auto renamed = helpdesk::protocol::newObject();
        renamed->set("name", "<b>Desk A</b>");
        const auto aToB = "/api/v1/sharing/agreements/" +
                          std::to_string(agreementWith(*m_a, sharingUrlOf(*m_b))->getValue<std::int64_t>("id"));
        QCOMPARE(m_a->as("admin").send("PATCH", aToB, helpdesk::protocol::toJsonText(renamed)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(inboxCell(m_paneB, copy), QStringLiteral("<b>Desk A</b>"), 20000);
        QCOMPARE(asShown(inboxCell(m_paneB, copy, Qt::ToolTipRole)),
                 QStringLiteral("Shared by <b>Desk A</b> · in sync"));
        renamed->set("name", "Desk A");
        QCOMPARE(m_a->as("admin").send("PATCH", aToB, helpdesk::protocol::toJsonText(renamed)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(inboxCell(m_paneB, copy), QStringLiteral("Desk A"), 20000);

        // The partner refuses the next change: both places turn to failing, in the warning colour.
        const auto onB =
            " WHERE uuid = '" + agreementWith(*m_a, sharingUrlOf(*m_b))->getValue<std::string>("uuid") + "'";
        m_b->exec("UPDATE sharing_agreements SET status = 'declined'" + onB);
        auto note = helpdesk::protocol::newObject();
        note->set("channel", "note");
        note->set("internal", true);
        note->set("body_text", "Refused by the partner.");
        QCOMPARE(m_a->as("alphaFull").post("/api/v1/tickets/" + std::to_string(ticketId) + "/articles", note).status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(bar->badges(), QStringList{QStringLiteral("Shared with 127.0.0.1 · failing")}, 20000);
        QTRY_VERIFY(inboxCell(m_paneA, ticketId, Qt::ToolTipRole)
                        .startsWith(QStringLiteral("Shared with 127.0.0.1 · failing: HTTP 403")));
        QCOMPARE(inboxCell(m_paneA, ticketId, Qt::ForegroundRole), QColor(0xb0, 0x00, 0x20).name());
        QVERIFY2(bar->findChild<QLabel *>(QStringLiteral("shareBadge"))->toolTip().contains(QStringLiteral("declined")),
                 qPrintable(bar->findChild<QLabel *>(QStringLiteral("shareBadge"))->toolTip()));

        // Taken again: the next change gets through and both show in sync, without a reload.
        m_b->exec("UPDATE sharing_agreements SET status = 'accepted'" + onB);
        note->set("body_text", "Taken again.");
        QCOMPARE(m_a->as("alphaFull").post("/api/v1/tickets/" + std::to_string(ticketId) + "/articles", note).status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(bar->badges(), QStringList{inSync}, 20000);
        QTRY_COMPARE(inboxCell(m_paneA, ticketId, Qt::ToolTipRole), inSync);

        // "Stop sharing…" offers the share, checked; the badge goes, in the inbox too.
        dialog = bar->askUnshare();
        QVERIFY(dialog);
        QCOMPARE(bar->shareChoice()->count(), 1);
        QCOMPARE(bar->shareChoice()->item(0)->checkState(), Qt::Checked);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(bar->badges().isEmpty(), 10000);
        QVERIFY(!bar->findChild<QPushButton *>(QStringLiteral("unshareButton"))->isVisible());
        QTRY_COMPARE(inboxCell(m_paneA, ticketId), QString());
        QCOMPARE(m_a->text("SELECT state FROM ticket_shares WHERE ticket_id = " + std::to_string(ticketId)),
                 std::string("unshared"));
        QTRY_COMPARE_WITH_TIMEOUT(inboxCell(m_paneB, copy), QString(), 20000);
        QVERIFY2(m_paneB.access().inbox().tickets()->rowOfTicket(copy) >= 0, "the partner keeps the ticket");
        QCOMPARE(polled.count(), 0);
    }

    void endingAnAgreementAsksFirst()
    {
        section(m_paneA).selectRow(rowOf(m_paneA, sharingUrlOf(*m_b)));
        auto *end = part<QPushButton>(m_paneA, "deactivateButton");
        QTRY_VERIFY(end->isEnabled());
        end->click();
        QTRY_VERIFY(section(m_paneA).pendingConfirmation() && section(m_paneA).pendingConfirmation()->isVisible());
        // The partner's URL is shown as written, never read as markup.
        QCOMPARE(section(m_paneA).pendingConfirmation()->textFormat(), Qt::PlainText);
        QVERIFY(section(m_paneA).pendingConfirmation()->text().contains(sharingUrlOf(*m_b)));
        section(m_paneA).pendingConfirmation()->button(QMessageBox::No)->click();
        QTRY_VERIFY(!section(m_paneA).pendingConfirmation());
        QCOMPARE(agreementWith(*m_a, sharingUrlOf(*m_b))->getValue<std::string>("status"), std::string("accepted"));

        end->click();
        QTRY_VERIFY(section(m_paneA).pendingConfirmation());
        section(m_paneA).pendingConfirmation()->button(QMessageBox::Yes)->click();
        int row = rowOf(m_paneA, sharingUrlOf(*m_b));
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_paneA, row, "status"), QStringLiteral("ended"), 10000);
        QCOMPARE(cell(m_paneA, row, "deactivated_by"), QStringLiteral("the sender"));
        QVERIFY(!end->isEnabled());
        // The partner's pane shows it ended by the sender too.
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_paneB, rowOf(m_paneB, sharingUrlOf(*m_a)), "status"), QStringLiteral("ended"),
                                  20000);
        QCOMPARE(cell(m_paneB, rowOf(m_paneB, sharingUrlOf(*m_a)), "deactivated_by"), QStringLiteral("the sender"));
    }

    void aDeclinedInvitationShowsDeclinedOnBothDesks()
    {
        inviteB(false, false);
        QCOMPARE(cell(m_paneA, 0, "terms"), QStringLiteral("partial delegation")); // newest first
        selectInvitationInB();
        part<QPushButton>(m_paneB, "declineButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_paneB, 0, "status"), QStringLiteral("declined"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_paneA, 0, "status"), QStringLiteral("declined"), 20000);
    }
};

QTEST_MAIN(TestClientSharing)
#include "tst_client_sharing.moc"
