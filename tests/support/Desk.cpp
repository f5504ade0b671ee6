#include "support/Desk.h"
#include "support/WaitUntil.h"

#include <pqxx/pqxx>

#include <stdexcept>

namespace helpdesk::test {

namespace {
void expect(const ApiResponse &r, int status, const std::string &what)
{
    if (r.status != status)
        throw std::runtime_error(what + " answered " + std::to_string(r.status) + ": " + r.raw);
}
} // namespace

Desk::Desk(const std::string &tlsCaFile) : Desk([&](app::ServerConfig &config) { config.tlsCaFile = tlsCaFile; }) {}

Desk::Desk(const std::function<void(app::ServerConfig &)> &configure)
{
    m_database = std::make_unique<TestDatabase>();
    m_database->start();
    m_server = std::make_unique<TestServer>(m_database->conninfo(), configure);
    ApiClient admin(port());
    expect(admin.login("admin@test.example", m_server->adminPassword()), 200, "admin login");
    m_tokens["admin"] = admin.token();
    m_emails["admin"] = "admin@test.example";
    m_userIds["admin"] = admin.get("/api/v1/me").object("user")->getValue<std::int64_t>("id");

    auto org = admin.post("/api/v1/organizations", json(R"({"name":"Acme","shared":true})"));
    expect(org, 201, "create organization");
    m_acme = org.object("organization")->getValue<std::int64_t>("id");
    // Both groups are offered to customers, who may open requests in them (web page or API).
    auto alpha = admin.post("/api/v1/groups",
                            json(R"({"name":"Alpha","addresses":["alpha@desk.example"],"offered_to_customers":true})"));
    expect(alpha, 201, "create group Alpha");
    m_alpha = alpha.object("group")->getValue<std::int64_t>("id");
    auto beta = admin.post("/api/v1/groups", json(R"({"name":"Beta","offered_to_customers":true})"));
    expect(beta, 201, "create group Beta");
    m_beta = beta.object("group")->getValue<std::int64_t>("id");

    struct Person {
        const char *who;
        const char *role;
        bool acme;
    };
    const Person people[] = {{"alphaFull", "agent", false}, {"alphaRead", "agent", false},
                             {"betaFull", "agent", false},  {"supervisor", "supervisor", false},
                             {"carol", "customer", true},   {"dave", "customer", true},
                             {"erin", "customer", false}};
    for (const auto &p : people) {
        auto body = protocol::newObject();
        std::string email = std::string(p.who) + "@test.example";
        body->set("email", email);
        body->set("name", std::string(p.who));
        body->set("role", std::string(p.role));
        body->set("password", std::string(kPassword));
        if (p.acme)
            body->set("organization_id", m_acme);
        auto created = admin.post("/api/v1/users", body);
        expect(created, 201, std::string("create ") + p.who);
        m_userIds[p.who] = created.object("user")->getValue<std::int64_t>("id");
        m_emails[p.who] = email;
    }
    auto grant = [&](std::int64_t group, const std::string &who, const std::string &access) {
        auto body = protocol::newObject();
        body->set("access", access);
        expect(
            admin.put("/api/v1/groups/" + std::to_string(group) + "/members/" + std::to_string(m_userIds[who]), body),
            200, "grant " + who);
    };
    grant(m_alpha, "alphaFull", "full");
    grant(m_alpha, "alphaRead", "read");
    grant(m_beta, "betaFull", "full");
    for (const auto &p : people) {
        ApiClient client(port());
        expect(client.login(m_emails[p.who], kPassword), 200, std::string("login ") + p.who);
        m_tokens[p.who] = client.token();
    }
}

Desk::~Desk()
{
    m_server.reset();
    m_database.reset();
}

ApiClient Desk::as(const std::string &who)
{
    ApiClient client(port());
    if (!who.empty())
        client.setToken(m_tokens.at(who));
    return client;
}

long long Desk::scalar(const std::string &sql)
{
    pqxx::connection c(m_database->conninfo());
    pqxx::read_transaction tx(c);
    auto r = tx.exec(sql);
    return r.empty() || r[0][0].is_null() ? -1 : r[0][0].as<long long>();
}

std::string Desk::text(const std::string &sql)
{
    pqxx::connection c(m_database->conninfo());
    pqxx::read_transaction tx(c);
    auto r = tx.exec(sql);
    return r.empty() || r[0][0].is_null() ? std::string() : std::string(r[0][0].c_str());
}

std::int64_t Desk::stateOfType(const std::string &type)
{
    pqxx::connection c(m_database->conninfo());
    pqxx::read_transaction tx(c);
    auto r = tx.exec_params("SELECT id FROM ticket_states WHERE state_type = $1 ORDER BY id LIMIT 1", type);
    return r.empty() ? -1 : r[0][0].as<std::int64_t>();
}

void Desk::exec(const std::string &sql)
{
    pqxx::connection c(m_database->conninfo());
    pqxx::work tx(c);
    tx.exec(sql);
    tx.commit();
}

bool Desk::waitUntilMailSettled(std::chrono::milliseconds timeout)
{
    return waitUntil(
        [&] {
            // The reset and sign-in link jobs write their mail only when they run.
            return scalar("SELECT (SELECT count(*) FROM outbound_mail WHERE state = 'pending')"
                          " + (SELECT count(*) FROM jobs WHERE queue IN ('mail.send', 'auth.password_reset',"
                          " 'auth.sign_in_link') AND state IN ('pending', 'running'))") == 0;
        },
        timeout, "every queued outbound mail is delivered or given up");
}

std::int64_t Desk::addIntegration(const std::string &name)
{
    auto body = protocol::newObject();
    body->set("name", name);
    auto r = as("admin").post("/api/v1/integrations", body);
    expect(r, 201, "create integration " + name);
    return r.object("integration")->getValue<std::int64_t>("id");
}

std::string Desk::integrationToken(std::int64_t integration, const std::string &account)
{
    auto body = protocol::newObject();
    body->set("name", "integration " + std::to_string(integration));
    body->set("user_id", userId(account));
    body->set("scopes",
              protocol::toJsonArray(std::vector<std::string>{"tickets:read", "tickets:write", "users:write"}));
    body->set("integration_id", integration);
    auto r = as("admin").post("/api/v1/tokens", body);
    expect(r, 201, "issue an integration token");
    return r.body->getValue<std::string>("token");
}

bool Desk::waitUntilEventsSettled(std::chrono::milliseconds timeout)
{
    const auto committed = scalar("SELECT coalesce(max(seq), 0) FROM events");
    auto admin = as("admin");
    return waitUntil(
        [&] {
            auto r = admin.get("/api/v1/events?after=0&limit=1");
            return r.status == 200 && r.body->getValue<long long>("watermark") >= committed;
        },
        timeout, "the event list serves every event committed so far");
}

void Desk::useSmtp(int port, const std::string &security)
{
    auto settings = protocol::newObject();
    auto smtp = protocol::newObject();
    smtp->set("host", "127.0.0.1");
    smtp->set("port", port);
    smtp->set("security", security);
    settings->set("smtp", smtp);
    expect(as("admin").patch("/api/v1/settings/mail", settings), 200, "SMTP settings");
}

std::int64_t Desk::addPerson(const std::string &email, const std::string &role, bool active, bool withPassword)
{
    auto body = protocol::newObject();
    body->set("email", email);
    body->set("name", email.substr(0, email.find('@')));
    body->set("role", role);
    body->set("active", active);
    if (withPassword)
        body->set("password", std::string(kPassword));
    auto created = as("admin").post("/api/v1/users", body);
    expect(created, 201, "create " + email);
    return created.object("user")->getValue<std::int64_t>("id");
}

std::string Desk::signIn(const std::string &email, const std::string &password)
{
    ApiClient client(port());
    return client.login(email, password).status == 200 ? client.token() : std::string();
}

std::int64_t Desk::openTicket(const std::string &group, const std::string &customer, const std::string &title)
{
    auto agent = as(group == "Alpha" ? "alphaFull" : "betaFull");
    auto body = protocol::newObject();
    body->set("title", title);
    body->set("group_id", group == "Alpha" ? m_alpha : m_beta);
    body->set("customer_id", m_userIds.at(customer));
    auto article = protocol::newObject();
    article->set("channel", "phone_in");
    article->set("body_text", "Customer called: " + title);
    body->set("article", article);
    auto r = agent.post("/api/v1/tickets", body);
    expect(r, 201, "open ticket");
    return r.object("ticket")->getValue<std::int64_t>("id");
}

} // namespace helpdesk::test
