// Full-text search (ticket.list with query): words are stemmed in the ticket's language (its
// customer's, else its group's; words as written when neither says), and the best match comes first.

#include "support/Desk.h"

#include <QtTest>

using namespace helpdesk::test;

class SearchTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Desk> m_desk;
    std::int64_t m_german = 0, m_english = 0;

    /// Opens a ticket in Alpha for `customer` with one article; returns its id.
    std::int64_t open(std::int64_t customer, const std::string &title, const std::string &text)
    {
        auto body = json(R"({"article":{"channel":"phone_in"}})");
        body->set("title", title);
        body->set("group_id", m_desk->alpha());
        body->set("customer_id", customer);
        body->getObject("article")->set("body_text", text);
        auto created = m_desk->as("alphaFull").post("/api/v1/tickets", body);
        if (created.status != 201)
            qFatal("cannot open a ticket: %s", created.raw.c_str());
        return created.object("ticket")->getValue<std::int64_t>("id");
    }

    /// The ids the agent alphaFull finds for `words`, in the order given.
    std::vector<std::int64_t> search(const std::string &words)
    {
        std::string query;
        for (char ch : words)
            query += ch == ' ' ? std::string("%20") : std::string(1, ch);
        auto found = m_desk->as("alphaFull").get("/api/v1/tickets?query=" + query);
        std::vector<std::int64_t> ids;
        auto tickets = found.array("tickets");
        for (unsigned i = 0; tickets && i < tickets->size(); ++i)
            ids.push_back(tickets->getObject(i)->getValue<std::int64_t>("id"));
        return ids;
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        auto admin = m_desk->as("admin");
        auto person = [&](const char *email, const char *language) -> std::int64_t {
            auto body = json(R"({"role":"customer"})");
            body->set("email", std::string(email));
            body->set("name", std::string(email));
            if (language)
                body->set("language", std::string(language));
            auto created = admin.post("/api/v1/users", body);
            if (created.status != 201)
                qFatal("cannot create a customer: %s", created.raw.c_str());
            return created.object("user")->getValue<std::int64_t>("id");
        };
        m_german = person("greta@kunde.example", "de");
        m_english = person("edward@customer.example", "en-GB");
    }
    void cleanupTestCase() { m_desk.reset(); }

    void aGermanTicketIsFoundByAnotherFormOfItsWords()
    {
        auto id = open(m_german, "Ausdruck", "Der Drucker druckt keine Rechnungen mehr");
        QCOMPARE(search("Rechnung"), std::vector<std::int64_t>{id});
        QCOMPARE(search("Druckers"), std::vector<std::int64_t>{id});
        QCOMPARE(search("Rechnung Druckern"), std::vector<std::int64_t>{id});
        // Every word of a search must be there.
        QCOMPARE(search("Rechnung Lieferschein"), std::vector<std::int64_t>{});
    }

    void anEnglishTicketIsFoundByItsStems()
    {
        auto id = open(m_english, "Paper", "Both scanners keep jamming since the update");
        QCOMPARE(search("scanner jammed"), std::vector<std::int64_t>{id});
        QCOMPARE(search("updates"), std::vector<std::int64_t>{id});
    }

    void withoutALanguageWordsAreFoundAsWritten()
    {
        // erin names no language and Alpha has no default one: no stemming, the word as written.
        auto id = open(m_desk->userId("erin"), "Noise", "The keyboards rattle");
        QCOMPARE(search("keyboards rattle"), std::vector<std::int64_t>{id});
        QCOMPARE(search("keyboard rattle"), std::vector<std::int64_t>{});
        // The title is searched too.
        QCOMPARE(search("noise"), std::vector<std::int64_t>{id});
    }

    void theBestMatchComesFirst()
    {
        auto passing = open(m_english, "Monitor", "The office coffee machine is fine, but the monitor flickers");
        auto throughout = open(m_english, "Coffee machine", "The coffee machine leaks coffee over the coffee tray");
        auto other = open(m_english, "Coffee order", "Please order more coffee");
        auto found = search("coffee machine");
        QCOMPARE(found.size(), 2u);
        QCOMPARE(found[0], throughout);
        QCOMPARE(found[1], passing);
        QVERIFY(std::find(found.begin(), found.end(), other) == found.end());
        // A ticket's number finds that ticket first.
        auto number = m_desk->scalar("SELECT number FROM tickets WHERE id = " + std::to_string(other));
        QCOMPARE(search(std::to_string(number)).front(), other);
    }

    void aCustomerFindsOnlyOwnTicketsAndPublicText()
    {
        auto id = open(m_english, "Router", "The router reboots at night");
        auto agent = m_desk->as("alphaFull");
        QCOMPARE(agent
                     .post("/api/v1/tickets/" + std::to_string(id) + "/articles",
                           json(R"({"channel":"note","internal":true,"body_text":"firmware quasarbolt known bug"})"))
                     .status,
                 201);
        QCOMPARE(search("quasarbolt"), std::vector<std::int64_t>{id});
        QCOMPARE(m_desk->as("carol").get("/api/v1/tickets?query=router").array("tickets")->size(), 0u);
    }
};

QTEST_GUILESS_MAIN(SearchTest)
#include "tst_search.moc"
