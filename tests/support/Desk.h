#pragma once

#include "support/ApiClient.h"
#include "support/TestDatabase.h"
#include "support/TestServer.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>

namespace helpdesk::test {

/// A running desk with a known cast, built through the public API:
/// groups "Alpha" and "Beta" (both offered to customers); agents alphaFull (full on Alpha),
/// alphaRead (read on Alpha), betaFull (full on Beta); a supervisor; customers carol and dave in
/// the shared organization "Acme", and erin with no organization. Every account's password is
/// kPassword.
class Desk
{
public:
    static constexpr const char *kPassword = "correct horse battery";

    /// `tlsCaFile`: extra CA trusted for mail servers (the TLS tests' own CA).
    explicit Desk(const std::string &tlsCaFile = {});
    /// A desk whose server settings (limits, timeouts) `configure` changes before the start.
    explicit Desk(const std::function<void(app::ServerConfig &)> &configure);
    ~Desk();

    int port() const { return m_server->port(); }
    TestDatabase &database() { return *m_database; }
    TestServer &server() { return *m_server; }
    /// A client signed in as one of: admin, alphaFull, alphaRead, betaFull, supervisor, carol, dave, erin.
    ApiClient as(const std::string &who);
    std::int64_t userId(const std::string &who) const { return m_userIds.at(who); }
    std::int64_t alpha() const { return m_alpha; }
    std::int64_t beta() const { return m_beta; }
    std::int64_t acme() const { return m_acme; }
    /// Points the desk's outbound mail at an SMTP server on loopback (security: none, starttls, tls).
    void useSmtp(int port, const std::string &security = "none");
    /// A number from the database (tests that check what was stored); -1 for none.
    long long scalar(const std::string &sql);
    /// A text from the database, as the first column of the first row; "" for none or NULL.
    std::string text(const std::string &sql);
    /// The first ticket state (by id) of a state type such as "open" or "closed".
    std::int64_t stateOfType(const std::string &type);
    /// Runs a statement (tests that set up what the API cannot, such as a time in the past).
    void exec(const std::string &sql);
    /// Waits until every outbound mail queued so far was delivered or given up: none pending and
    /// no send job waiting or running. Mail is queued in the transaction of its cause, so after
    /// this, mail that an earlier change caused is in the SMTP server, and a count of it is final.
    bool waitUntilMailSettled(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    /// Waits until the event list serves every event committed so far: it serves settled events
    /// only (up to its watermark), which trail a commit by moments, more on a busy machine.
    bool waitUntilEventsSettled(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    /// Creates an integration (an outside system) as the admin; its id.
    std::int64_t addIntegration(const std::string &name);
    /// Issues an API token of `integration` acting as `account`, with the scopes an outside system
    /// needs (tickets:read, tickets:write, users:write); the token's text.
    std::string integrationToken(std::int64_t integration, const std::string &account = "alphaFull");
    /// Creates a person through the API as the admin, signing in with kPassword unless
    /// `withPassword` is false (one who is to be invited); returns the new user's id.
    std::int64_t addPerson(const std::string &email, const std::string &role = "customer", bool active = true,
                           bool withPassword = true);
    /// Signs `email` in with `password`; returns the session token ("" when refused).
    std::string signIn(const std::string &email, const std::string &password = kPassword);
    /// Opens a ticket as alphaFull (in Alpha) or betaFull (in Beta) for a customer; returns its id.
    std::int64_t openTicket(const std::string &group, const std::string &customer, const std::string &title = "Help");

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<TestServer> m_server;
    std::map<std::string, std::int64_t> m_userIds;
    std::map<std::string, std::string> m_tokens;
    std::map<std::string, std::string> m_emails;
    std::int64_t m_alpha = 0, m_beta = 0, m_acme = 0;
};

} // namespace helpdesk::test
