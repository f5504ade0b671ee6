// The ticket pane as an agent uses it, in a real (offscreen) window against a real server: the
// customer sidebar lists the customer's and the organization's other tickets (a click opens one);
// "Watch" and "Stop watching" and the watcher chips reach the server; "Split into new ticket…" on
// an article's context menu makes a ticket holding the article; "@" in a note offers colleagues
// and the note reaches the server naming them; an inline (cid:) image draws at its size; a PDF
// attachment shows its first page and opens in a PDF view; quoted text and the signature are
// folded behind "…" until clicked; a group that requires time accounting holds Send until the
// minutes are given, and they are added to the ticket.

#include "access/HelpdeskAccess.h"
#include "support/Desk.h"
#include "ui/AttachmentPreview.h"
#include "ui/CustomerSidebar.h"
#include "ui/QuotedText.h"
#include "ui/SafeTextBrowser.h"
#include "ui/TicketView.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;

namespace {

std::string str(std::int64_t n)
{
    return std::to_string(n);
}

/// A small picture with a known size, as PNG bytes.
QByteArray pngOf(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A one-page PDF with a line of black text on it.
QByteArray onePagePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A5));
    QPainter painter(&writer);
    QFont font = painter.font();
    font.setPointSize(40);
    painter.setFont(font);
    painter.fillRect(QRect(200, 200, 1600, 400), Qt::black);
    painter.drawText(QPoint(200, 1200), QStringLiteral("Invoice 42"));
    painter.end();
    return bytes;
}

} // namespace

class TestClientTicketPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    QTemporaryDir m_dir;
    std::unique_ptr<HelpdeskAccess> m_access;
    std::unique_ptr<TicketView> m_view;
    std::int64_t m_printer = 0; // carol's
    std::int64_t m_invoice = 0; // carol's, another
    std::int64_t m_vpn = 0;     // dave's, of the same organization

    SafeTextBrowser *thread() const { return m_view->findChild<SafeTextBrowser *>(); }

    /// Opens a ticket in the view once the client's cache has it, and waits for its thread to show `text`.
    void open(std::int64_t ticket, const QString &text)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_access->directory().ticket(ticket).has_value(), 15000);
        m_view->showTicket(ticket);
        QTRY_VERIFY2_WITH_TIMEOUT(thread()->toPlainText().contains(text), qPrintable(thread()->toPlainText()), 15000);
    }

    /// Uploads a file as alphaFull; its reference as article.create takes it.
    helpdesk::protocol::JsonObject upload(const QByteArray &bytes, const std::string &filename,
                                          const std::string &contentType)
    {
        auto r = m_desk->as("alphaFull")
                     .send("POST", "/api/v1/attachments?filename=" + filename, bytes.toStdString(), contentType);
        if (r.status != 201)
            qWarning() << "upload answered" << r.status << r.raw.c_str();
        return r.object("attachment");
    }

    /// Adds an article through the API as `who`; its id.
    std::int64_t addArticle(std::int64_t ticket, const std::string &who, const helpdesk::protocol::JsonObject &body)
    {
        auto r = m_desk->as(who).post("/api/v1/tickets/" + str(ticket) + "/articles", body);
        if (r.status != 201)
            qWarning() << "article answered" << r.status << r.raw.c_str();
        return r.status == 201 ? r.object("article")->getValue<std::int64_t>("id") : 0;
    }

    /// The names of the images the thread draws (in document order).
    QStringList imagesInThread() const
    {
        QStringList names;
        for (auto block = thread()->document()->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isImageFormat())
                    names << it.fragment().charFormat().toImageFormat().name();
        return names;
    }

    QImage resourceImage(const QString &name) const
    {
        // The document keeps what it drew as a pixmap once laid out.
        const QVariant drawn = thread()->document()->resource(QTextDocument::ImageResource, QUrl(name));
        return drawn.userType() == QMetaType::QPixmap ? drawn.value<QPixmap>().toImage() : drawn.value<QImage>();
    }

    /// Clicks the thread's link whose text is `text` (or which holds the image `image`), as the agent would.
    bool clickInThread(const QString &text, const QString &image = {})
    {
        auto *browser = thread();
        for (auto block = browser->document()->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const auto fragment = it.fragment();
                const auto format = fragment.charFormat();
                if (!format.isAnchor())
                    continue;
                if (image.isEmpty() ? fragment.text() != text
                                    : !format.isImageFormat() || format.toImageFormat().name() != image)
                    continue;
                QTextCursor cursor(browser->document());
                cursor.setPosition(fragment.position() + (image.isEmpty() ? fragment.length() / 2 : 0));
                browser->setTextCursor(cursor);
                browser->ensureCursorVisible();
                QRect at = browser->cursorRect(cursor);
                const QPoint point = image.isEmpty() ? at.center() : at.center() + QPoint(4, 0);
                QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
                return true;
            }
        return false;
    }

    static QPushButton *buttonLabelled(QWidget *parent, const QString &text)
    {
        for (auto *button : parent->findChildren<QPushButton *>())
            if (button->text() == text)
                return button;
        return nullptr;
    }

    /// The user ids of the ticket's watchers, as the server lists them.
    std::vector<std::int64_t> watchersOnServer(std::int64_t ticket)
    {
        std::vector<std::int64_t> ids;
        auto r = m_desk->as("admin").get("/api/v1/tickets/" + str(ticket) + "/watchers");
        auto list = r.array("watchers");
        for (unsigned i = 0; list && i < list->size(); ++i)
            ids.push_back(list->getObject(i)->getValue<std::int64_t>("user_id"));
        return ids;
    }

    /// Whether `who` got a ticket.mentioned event of the ticket.
    bool toldOfMention(const std::string &who, std::int64_t ticket)
    {
        auto events = m_desk->as(who).get("/api/v1/events?after=0&limit=5000").array("events");
        for (unsigned i = 0; events && i < events->size(); ++i) {
            auto event = events->getObject(i);
            if (event->getValue<std::string>("kind") == "ticket.mentioned" &&
                event->optValue<std::int64_t>("ticket_id", 0) == ticket)
                return true;
        }
        return false;
    }

    bool watchedOnServerBy(std::int64_t ticket, const std::string &who)
    {
        const auto ids = watchersOnServer(ticket);
        return std::find(ids.begin(), ids.end(), m_desk->userId(who)) != ids.end();
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        // The customers' own field, with a label, and carol's value in it.
        auto field = m_desk->as("admin").post(
            "/api/v1/custom_fields",
            json(R"({"object_kind":"user","name":"account_tier","label":"Account tier","field_type":"text"})"));
        QVERIFY2(field.status == 201, field.raw.c_str());
        auto tier = m_desk->as("admin").patch("/api/v1/users/" + str(m_desk->userId("carol")),
                                              json(R"({"custom":{"account_tier":"Gold"}})"));
        QVERIFY2(tier.status == 200, tier.raw.c_str());
        m_printer = m_desk->openTicket("Alpha", "carol", "Printer on floor 3");
        m_invoice = m_desk->openTicket("Alpha", "carol", "Invoice missing");
        m_vpn = m_desk->openTicket("Alpha", "dave", "VPN drops every hour");

        m_access = std::make_unique<HelpdeskAccess>(m_dir.path(), std::make_unique<SessionSecretStore>());
        QSignalSpy progress(&m_access->session(), &AccountSession::syncProgress);
        m_access->session().signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_desk->port())),
                                   QStringLiteral("alphaFull@test.example"), QString::fromLatin1(Desk::kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toBool(), 20000);
        m_view = std::make_unique<TicketView>(*m_access);
        m_view->resize(1300, 850);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->customerSidebar()->setCollapsed(false);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_access.reset();
        m_desk.reset();
    }

    void quotedPartsOfAPlainBodyAreFound_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("folded");
        QTest::newRow("an attribution and its quote are folded, the answer above shows")
            << QStringLiteral("Works now.\n\nOn Mon, 7 Dec 2026, Bob <b@x.example> wrote:\n> Restart it.\n> Bye")
            << QStringLiteral("Works now.\n\n")
            << QStringLiteral("On Mon, 7 Dec 2026, Bob <b@x.example> wrote:\n> Restart it.\n> Bye");
        QTest::newRow("a wrapped German attribution is folded with its quote")
            << QStringLiteral("Danke.\nAm 07.12.2026 um 10:00 schrieb Bob\n<b@x.example>:\n> Neustart.")
            << QStringLiteral("Danke.\n")
            << QStringLiteral("Am 07.12.2026 um 10:00 schrieb Bob\n<b@x.example>:\n> Neustart.");
        QTest::newRow("an Outlook original message and all below it are folded")
            << QStringLiteral("See below.\n-----Original Message-----\nFrom: Bob\nSent: Monday")
            << QStringLiteral("See below.\n") << QStringLiteral("-----Original Message-----\nFrom: Bob\nSent: Monday");
        QTest::newRow("the signature from the dash-dash-space line on is folded")
            << QStringLiteral("Hello\n-- \nCarol\nAcme") << QStringLiteral("Hello\n")
            << QStringLiteral("-- \nCarol\nAcme");
        QTest::newRow("a text without quotes folds nothing")
            << QStringLiteral("a > b is true\n--no signature here")
            << QStringLiteral("a > b is true\n--no signature here") << QString();
    }

    void quotedPartsOfAPlainBodyAreFound()
    {
        QFETCH(QString, body);
        QFETCH(QString, shown);
        QFETCH(QString, folded);
        QString gotShown, gotFolded, joined;
        for (const auto &part : QuotedText::splitPlain(body)) {
            (part.foldable ? gotFolded : gotShown) += part.content;
            joined += part.content;
        }
        QCOMPARE(joined, body);
        QCOMPARE(gotShown, shown);
        QCOMPARE(gotFolded, folded);
    }

    void aBlockquoteOfAnHtmlBodyIsFoldedWithTheQuotesInIt()
    {
        const QString html = QStringLiteral(
            "<p>Yes.</p><blockquote><p>Old</p><blockquote>older</blockquote></blockquote><p>Regards</p>");
        const auto parts = QuotedText::splitHtml(html);
        QCOMPARE(parts.size(), std::size_t(3));
        QCOMPARE(parts[0], (BodyPart{QStringLiteral("<p>Yes.</p>"), false}));
        QCOMPARE(parts[1].content, QStringLiteral("<blockquote><p>Old</p><blockquote>older</blockquote></blockquote>"));
        QVERIFY(parts[1].foldable);
        QCOMPARE(parts[2], (BodyPart{QStringLiteral("<p>Regards</p>"), false}));
    }

    void theSidebarShowsTheCustomerAndTheirAndTheirOrganizationsOtherTickets()
    {
        open(m_printer, QStringLiteral("Customer called: Printer on floor 3"));
        auto *sidebar = m_view->customerSidebar();
        QVERIFY(sidebar->isVisible());
        auto *name = sidebar->findChild<QLabel *>(QStringLiteral("customerName"));
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("carol"), 10000);
        auto *contact = sidebar->findChild<QLabel *>(QStringLiteral("customerContact"));
        QTRY_VERIFY2_WITH_TIMEOUT(contact->text().contains(QStringLiteral("Acme")), qPrintable(contact->text()), 10000);
        QVERIFY(contact->text().contains(QStringLiteral("carol@test.example")));
        // The customer's field by its label.
        bool tierShown = false;
        for (auto *label : sidebar->findChildren<QLabel *>())
            tierShown = tierShown || label->text() == QLatin1String("Gold");
        QVERIFY(tierShown);
        QVERIFY(sidebar->findChildren<QLabel *>().size() > 0);

        auto *mine = sidebar->findChild<QListWidget *>(QStringLiteral("customerTickets"));
        QTRY_COMPARE_WITH_TIMEOUT(mine->count(), 1, 10000);
        QVERIFY2(mine->item(0)->text().contains(QStringLiteral("Invoice missing")), qPrintable(mine->item(0)->text()));
        QVERIFY(!mine->item(0)->text().contains(QStringLiteral("Printer"))); // not the ticket shown
        auto *organization = sidebar->findChild<QListWidget *>(QStringLiteral("organizationTickets"));
        QTRY_COMPARE_WITH_TIMEOUT(organization->count(), 1, 10000);
        QVERIFY(organization->item(0)->text().contains(QStringLiteral("VPN drops every hour")));
        QVERIFY(!sidebar->findChild<QLabel *>(QStringLiteral("organizationTicketsTitle"))->text().isEmpty());

        // A click opens the other ticket.
        QTest::mouseClick(mine->viewport(), Qt::LeftButton, {}, mine->visualItemRect(mine->item(0)).center());
        QCOMPARE(m_view->ticketId(), m_invoice);
        QTRY_VERIFY(thread()->toPlainText().contains(QStringLiteral("Customer called: Invoice missing")));
        QTRY_COMPARE(mine->count(), 1);
        QVERIFY(mine->item(0)->text().contains(QStringLiteral("Printer on floor 3")));

        // Folded, it leaves the ticket the room.
        auto *toggle = sidebar->findChild<QToolButton *>(QStringLiteral("sidebarToggle"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(sidebar->isCollapsed());
        QVERIFY(!mine->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!sidebar->isCollapsed());
        QVERIFY(mine->isVisible());
    }

    void watchingThenStoppingReachesTheServerAndAColleagueIsAddedAndRemoved()
    {
        open(m_printer, QStringLiteral("Customer called: Printer on floor 3"));
        auto *watch = m_view->findChild<QPushButton *>(QStringLiteral("watch"));
        QVERIFY(watch);
        QTRY_COMPARE(watch->text(), QStringLiteral("Watch"));
        QTest::mouseClick(watch, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(watchedOnServerBy(m_printer, "alphaFull"), 10000);
        const auto me = QStringLiteral("watcher_%1").arg(m_desk->userId("alphaFull"));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<QToolButton *>(me), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(watch->text(), QStringLiteral("Stop watching"), 10000);

        // A colleague, chosen from "Add watcher…".
        auto *add = m_view->findChild<QToolButton *>(QStringLiteral("addWatcher"));
        QVERIFY(add && add->menu());
        emit add->menu()->aboutToShow();
        QAction *colleague = nullptr;
        for (auto *action : add->menu()->actions())
            if (action->text().startsWith(QLatin1String("alphaRead")))
                colleague = action;
        QVERIFY(colleague);
        colleague->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(watchedOnServerBy(m_printer, "alphaRead"), 10000);
        const auto theirs = QStringLiteral("watcher_%1").arg(m_desk->userId("alphaRead"));
        QToolButton *chip = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((chip = m_view->findChild<QToolButton *>(theirs)) != nullptr, 10000);
        QTest::mouseClick(chip, Qt::LeftButton); // its ×
        QTRY_VERIFY_WITH_TIMEOUT(!watchedOnServerBy(m_printer, "alphaRead"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->findChild<QToolButton *>(theirs), 10000);

        QTest::mouseClick(watch, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(watchersOnServer(m_printer).empty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(watch->text(), QStringLiteral("Watch"), 10000);
        QTRY_VERIFY(!m_view->findChild<QToolButton *>(me));
    }

    void splittingAnArticleMakesANewTicketWithIt()
    {
        auto body = json(R"({"channel":"phone_in","body_text":"Also: the scanner on floor 2 jams."})");
        const auto article = addArticle(m_printer, "alphaFull", body);
        QVERIFY(article > 0);
        open(m_printer, QStringLiteral("Also: the scanner on floor 2 jams."));

        // Right-click the article, as the agent does.
        auto *browser = thread();
        const auto text = browser->toPlainText();
        QTextCursor cursor(browser->document());
        cursor.setPosition(static_cast<int>(text.indexOf(QStringLiteral("the scanner on floor 2"))) + 3);
        browser->setTextCursor(cursor);
        browser->ensureCursorVisible();
        const QPoint at = browser->cursorRect(cursor).center();
        emit browser->customContextMenuRequested(browser->viewport()->mapTo(browser, at));
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = browser->findChild<QMenu *>(QStringLiteral("threadMenu"))) != nullptr);
        auto *split = menu->findChild<QAction *>(QStringLiteral("splitArticle"));
        if (!split)
            for (auto *action : menu->actions())
                if (action->objectName() == QLatin1String("splitArticle"))
                    split = action;
        QVERIFY(split);
        QVERIFY(split->isEnabled());
        split->trigger();
        menu->close();

        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_view->findChild<QDialog *>(QStringLiteral("splitDialog"))) != nullptr);
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("splitTitle"));
        QVERIFY(title);
        QVERIFY2(title->text().contains(QStringLiteral("scanner")),
                 qPrintable(title->text())); // proposed from the article
        title->setText(QStringLiteral("Scanner jams on floor 2"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        // The server made the ticket, for the same customer, holding the article's text.
        std::int64_t created = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (created = m_desk->scalar("SELECT id FROM tickets WHERE title = 'Scanner jams on floor 2'")) > 0, 15000);
        QCOMPARE(
            static_cast<std::int64_t>(m_desk->scalar("SELECT customer_id FROM tickets WHERE id = " + str(created))),
            m_desk->userId("carol"));
        auto articles = m_desk->as("alphaFull").get("/api/v1/tickets/" + str(created) + "/articles").array("articles");
        QVERIFY(articles && articles->size() == 1);
        QCOMPARE(articles->getObject(0)->getValue<std::string>("body_text"),
                 std::string("Also: the scanner on floor 2 jams."));
        // And the agent sees it among the customer's tickets.
        auto *mine = m_view->customerSidebar()->findChild<QListWidget *>(QStringLiteral("customerTickets"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !mine->findItems(QStringLiteral("Scanner jams on floor 2"), Qt::MatchContains).isEmpty(), 15000);
    }

    void aNoteMentioningAColleagueReachesThemAndTheServer()
    {
        open(m_printer, QStringLiteral("Customer called: Printer on floor 3"));
        m_view->startComposing(TicketView::ComposeMode::Note);
        auto *composer = m_view->findChild<QTextEdit *>(QStringLiteral("composer"));
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Can you check this @alphaR"));
        auto *list = m_view->findChild<QListWidget *>(QStringLiteral("mentionList"));
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QLatin1String("alphaRead")));
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(!list->isVisible());
        QTest::keyClicks(composer, QStringLiteral("please? Mail me at bob@x.example"));
        QVERIFY(!list->isVisible()); // an address offers no one
        QCOMPARE(composer->toPlainText(),
                 QStringLiteral("Can you check this @alphaRead please? Mail me at bob@x.example"));
        QTest::mouseClick(buttonLabelled(m_view.get(), QStringLiteral("Send")), Qt::LeftButton);
        QVERIFY(composer->toPlainText().isEmpty());

        // The note is on the server, and the colleague was told (ticket.mentioned).
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->scalar("SELECT count(*) FROM articles WHERE ticket_id = " + str(m_printer) +
                                                " AND internal AND body_text LIKE 'Can you check this @alphaRead%'") ==
                                     1,
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(toldOfMention("alphaRead", m_printer), 15000);
        // Someone not mentioned was not told.
        QVERIFY(!toldOfMention("alphaFull", m_printer));
    }

    void anInlineCidImageDrawsAtItsSize()
    {
        auto ref = upload(pngOf(QSize(48, 32)), "logo.png", "image/png");
        QVERIFY(ref);
        ref->set("content_id", std::string("logo@desk.example"));
        ref->set("inline", true);
        auto body = json(R"({"channel":"note","internal":true,"body_text":"Our logo: [logo]"})");
        body->set("body_html", std::string("<p>Our logo: <img src='cid:logo@desk.example' alt='logo'></p>"));
        auto list = helpdesk::protocol::newArray();
        list->add(ref);
        body->set("attachments", list);
        QVERIFY(addArticle(m_vpn, "alphaFull", body) > 0);
        open(m_vpn, QStringLiteral("Our logo:"));

        // Each drawing names its images anew: the name is read again while waiting.
        QTRY_VERIFY_WITH_TIMEOUT(!imagesInThread().isEmpty(), 10000);
        QVERIFY2(!imagesInThread().value(0).startsWith(QLatin1String("cid:")), qPrintable(imagesInThread().value(0)));
        QTRY_COMPARE_WITH_TIMEOUT(resourceImage(imagesInThread().value(0)).size(), QSize(48, 32), 10000);
        QCOMPARE(resourceImage(imagesInThread().value(0)).pixelColor(10, 10), QColor(200, 30, 30));
        // Shown inline, it gets no thumbnail of its own.
        QCOMPARE(imagesInThread().size(), 1);
        // A cid no attachment of the article has draws nothing and fetches nothing.
        QVERIFY(!thread()->remoteContentBlocked());
    }

    void aPdfAttachmentShowsItsFirstPageAndOpensInAPdfView()
    {
        auto ref = upload(onePagePdf(), "invoice.pdf", "application/pdf");
        QVERIFY(ref);
        auto body = json(R"({"channel":"note","internal":true,"body_text":"The invoice as PDF."})");
        auto list = helpdesk::protocol::newArray();
        list->add(ref);
        body->set("attachments", list);
        QVERIFY(addArticle(m_invoice, "alphaFull", body) > 0);
        open(m_invoice, QStringLiteral("The invoice as PDF."));

        QTRY_VERIFY_WITH_TIMEOUT(!imagesInThread().isEmpty(), 10000);
        QImage page;
        QTRY_VERIFY_WITH_TIMEOUT(!(page = resourceImage(imagesInThread().value(0))).isNull(), 15000);
        // A page of A5's proportions, white paper with the black bar drawn on it.
        QVERIFY2(page.height() > page.width(),
                 qPrintable(QStringLiteral("%1x%2").arg(page.width()).arg(page.height())));
        QCOMPARE(page.pixelColor(1, 1), QColor(Qt::white));
        bool inked = false;
        for (int y = 0; y < page.height() && !inked; ++y)
            for (int x = 0; x < page.width() && !inked; ++x)
                inked = page.pixelColor(x, y).lightness() < 60;
        QVERIFY(inked);

        // A click on the thumbnail opens the document in a PDF view.
        QVERIFY(clickInThread({}, imagesInThread().value(0)));
        AttachmentPreview *preview = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((preview = m_view->findChild<AttachmentPreview *>()) != nullptr, 10000);
        QVERIFY(preview->document());
        QCOMPARE(preview->document()->status(), QPdfDocument::Status::Ready);
        QCOMPARE(preview->document()->pageCount(), 1);
        QVERIFY(preview->windowTitle().contains(QStringLiteral("invoice.pdf")));
        preview->close();
    }

    void quotedTextAndTheSignatureAreFoldedAndExpandOnAClick()
    {
        auto body =
            json(R"({"channel":"web","body_text":"Thanks, it prints again.\n\nOn Mon, 7 Dec 2026, Alpha wrote:\n)"
                 R"(> Please restart the printer.\n> It helps.\n\n-- \nCarol Customer\nAcme Corp"})");
        QVERIFY(addArticle(m_printer, "carol", body) > 0);
        open(m_printer, QStringLiteral("Thanks, it prints again."));
        auto shown = thread()->toPlainText();
        QVERIFY2(!shown.contains(QStringLiteral("Please restart the printer.")), qPrintable(shown));
        QVERIFY(!shown.contains(QStringLiteral("Alpha wrote:")));
        QVERIFY(!shown.contains(QStringLiteral("Acme Corp")));

        QVERIFY(clickInThread(QStringLiteral("[\u2026]")));
        QTRY_VERIFY(thread()->toPlainText().contains(QStringLiteral("Please restart the printer.")));
        shown = thread()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("Alpha wrote:")));
        QVERIFY(shown.contains(QStringLiteral("Acme Corp")));
        QVERIFY(clickInThread(QStringLiteral("Hide quoted text")));
        QTRY_VERIFY(!thread()->toPlainText().contains(QStringLiteral("Please restart the printer.")));
    }

    void aGroupRequiringTimeHoldsSendUntilTheMinutesAreGivenAndTheyAreAccounted()
    {
        auto required = m_desk->as("admin").patch("/api/v1/groups/" + str(m_desk->alpha()),
                                                  json(R"({"time_accounting":"required"})"));
        QVERIFY2(required.status == 200, required.raw.c_str());
        open(m_invoice, QStringLiteral("Customer called: Invoice missing"));
        auto *minutes = m_view->findChild<QSpinBox *>(QStringLiteral("timeSpent"));
        QVERIFY(minutes);
        QTRY_VERIFY_WITH_TIMEOUT(minutes->isVisible(), 15000);
        auto *send = buttonLabelled(m_view.get(), QStringLiteral("Send"));
        m_view->startComposing(TicketView::ComposeMode::Note);
        auto *composer = m_view->findChild<QTextEdit *>(QStringLiteral("composer"));
        QTest::keyClicks(composer, QStringLiteral("Called the customer back."));
        QVERIFY(!send->isEnabled());
        minutes->setValue(25);
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(composer->toPlainText().isEmpty());
        QCOMPARE(minutes->value(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->scalar("SELECT time_spent_minutes FROM tickets WHERE id = " + str(m_invoice)),
                                  25LL, 15000);
        auto *total = m_view->findChild<QLabel *>(QStringLiteral("timeTotal"));
        QTRY_VERIFY_WITH_TIMEOUT(total->isVisible() && total->text().contains(QStringLiteral("25 min")), 15000);

        auto off =
            m_desk->as("admin").patch("/api/v1/groups/" + str(m_desk->alpha()), json(R"({"time_accounting":"off"})"));
        QVERIFY2(off.status == 200, off.raw.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(!minutes->isVisible(), 15000);
        QVERIFY(send->isEnabled());
    }
};

QTEST_MAIN(TestClientTicketPane)
#include "tst_client_ticket_pane.moc"
