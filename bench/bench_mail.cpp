// bench_mail: parse-only throughput of the GMime parser, and ingest throughput from arrival to
// committed article through the mailgate's HTTP path and through an IMAP mailbox (Dovecot),
// on a generated corpus of realistic messages (sizes, HTML alternatives, attachments, charsets).
//
//   build/bin/bench_mail [--messages 2000] [--parse-only]
//
// --parse-only stops after the parse figures (no database, server or Dovecot), for comparing
// parser builds.

#include "mail/MailParser.h"
#include "support/ApiClient.h"
#include "support/DovecotServer.h"
#include "support/TestDatabase.h"
#include "support/TestServer.h"
#include "support/WaitUntil.h"

#include <Poco/Base64Encoder.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <pqxx/pqxx>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <sstream>
#include <thread>
#include <vector>

using namespace helpdesk::test;
using Clock = std::chrono::steady_clock;

namespace {

std::string base64(const std::string &bytes)
{
    std::ostringstream out;
    Poco::Base64Encoder encoder(out);
    encoder << bytes;
    encoder.close();
    return out.str();
}

/// A corpus like a support inbox: mostly short plain mails, some HTML alternatives, some with
/// attachments, a few in legacy charsets with encoded subjects.
std::vector<std::string> makeCorpus(int count)
{
    std::mt19937 random(42);
    std::vector<std::string> corpus;
    const char *words[] = {"printer", "invoice", "password", "network", "laptop", "please", "urgent", "thanks",
                           "broken",  "since",   "morning",  "again",   "cannot", "login",  "error",  "screen"};
    for (int i = 0; i < count; ++i) {
        std::string text;
        int length = 200 + static_cast<int>(random() % 4000);
        while (static_cast<int>(text.size()) < length)
            text += std::string(words[random() % 16]) + ((random() % 12) ? " " : ".\r\n");
        std::string id = "bench-" + std::to_string(i) + "@customer.example";
        std::string from = "customer" + std::to_string(i % 500) + "@customer.example";
        std::string head = "From: Customer " + std::to_string(i % 500) + " <" + from +
                           ">\r\nTo: support@desk.example\r\n" + "Message-ID: <" + id +
                           ">\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n";
        int kind = i % 10;
        if (kind < 5) {
            corpus.push_back(head + "Subject: " + words[i % 16] + " problem " + std::to_string(i) +
                             "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text);
        } else if (kind < 7) {
            corpus.push_back(head + "Subject: HTML " + std::to_string(i) +
                             "\r\nContent-Type: multipart/alternative; boundary=alt\r\n\r\n--alt\r\n"
                             "Content-Type: text/plain; charset=utf-8\r\n\r\n" +
                             text + "\r\n--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>" +
                             text + "</p><img src=\"https://tracker.example/p.gif\"></body></html>\r\n--alt--\r\n");
        } else if (kind < 9) {
            std::string attachment(20000 + random() % 180000, 'x');
            for (auto &c : attachment)
                c = static_cast<char>(random());
            corpus.push_back(
                head + "Subject: Attachment " + std::to_string(i) +
                "\r\nContent-Type: multipart/mixed; boundary=mix\r\n\r\n--mix\r\nContent-Type: text/plain; "
                "charset=utf-8\r\n\r\n" +
                text +
                "\r\n--mix\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"scan-" +
                std::to_string(i) + ".pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64(attachment) +
                "\r\n--mix--\r\n");
        } else {
            corpus.push_back(
                head + "Subject: =?ISO-8859-2?Q?Drukarka_nie_dzia=B3a_" + std::to_string(i) +
                "?=\r\nContent-Type: text/plain; charset=iso-8859-2\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
                "Drukarka nie dzia\xb3"
                "a od rana.\r\n" +
                text);
        }
    }
    return corpus;
}

double megabytes(const std::vector<std::string> &corpus)
{
    double total = 0;
    for (const auto &m : corpus)
        total += static_cast<double>(m.size());
    return total / (1024.0 * 1024.0);
}

int countProcessed(const std::string &conninfo, const std::string &source)
{
    pqxx::connection c(conninfo);
    pqxx::read_transaction tx(c);
    return tx.exec_params1("SELECT count(*) FROM inbound_messages WHERE source = $1 AND state <> 'pending'", source)[0]
        .as<int>();
}

} // namespace

int main(int argc, char **argv)
{
    int messages = 2000;
    bool parseOnly = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--messages") == 0 && i + 1 < argc)
            messages = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--parse-only") == 0)
            parseOnly = true;
    }
    auto corpus = makeCorpus(messages);
    std::printf("corpus: %d messages, %.1f MiB (50%% plain, 20%% HTML alternative, 20%% with a 20-200 KB attachment, "
                "10%% ISO-8859-2)\n",
                messages, megabytes(corpus));

    // Parse only.
    for (int threads : {1, 2}) {
        std::atomic<int> next{0};
        auto start = Clock::now();
        std::vector<std::thread> workers;
        workers.reserve(static_cast<std::size_t>(threads));
        for (int t = 0; t < threads; ++t)
            workers.emplace_back([&] {
                for (int i = next++; i < messages; i = next++)
                    helpdesk::mail::MailParser::parse(corpus[static_cast<std::size_t>(i)]);
            });
        for (auto &w : workers)
            w.join();
        double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        std::printf("parse only, %d thread%s: %.0f messages/s (%.1f MiB/s)\n", threads, threads == 1 ? "" : "s",
                    messages / seconds, megabytes(corpus) / seconds);
    }
    if (parseOnly)
        return 0;

    TestDatabase database;
    database.start();
    TestServer server(database.conninfo());
    ApiClient admin(server.port());
    admin.login("admin@test.example", server.adminPassword());
    auto token = admin.post("/api/v1/tokens", json(R"({"name":"bench"})")).body->getValue<std::string>("token");
    admin.post("/api/v1/groups", json(R"({"name":"Support","addresses":["support@desk.example"]})"));
    // Thousands of new tickets a minute are a flood by the default limits; the bench measures
    // throughput, so they are off.
    admin.patch("/api/v1/settings/mail", json(R"({"defences":{"new_tickets_per_sender_per_hour":0,)"
                                              R"("new_tickets_per_group_per_hour":0}})"));
    // No SMTP server here: acknowledgements wait in the outbox, which is fine for ingest figures.

    // Arrival over HTTP (what helpdesk-mailgate does), 4 concurrent deliveries, to committed article.
    {
        std::atomic<int> next{0};
        auto start = Clock::now();
        std::vector<std::thread> senders;
        senders.reserve(4);
        for (int t = 0; t < 4; ++t)
            senders.emplace_back([&] {
                Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(server.port()));
                session.setKeepAlive(true);
                for (int i = next++; i < messages; i = next++) {
                    const auto &raw = corpus[static_cast<std::size_t>(i)];
                    Poco::Net::HTTPRequest request("POST", "/api/v1/mail/inbound?recipient=support%40desk.example",
                                                   Poco::Net::HTTPMessage::HTTP_1_1);
                    request.setKeepAlive(true);
                    request.set("Authorization", "Bearer " + token);
                    request.setContentType("message/rfc822");
                    request.setContentLength(static_cast<std::streamsize>(raw.size()));
                    session.sendRequest(request) << raw;
                    Poco::Net::HTTPResponse response;
                    std::string body;
                    Poco::StreamCopier::copyToString(session.receiveResponse(response), body);
                }
            });
        for (auto &s : senders)
            s.join();
        double accepted = std::chrono::duration<double>(Clock::now() - start).count();
        if (!helpdesk::test::waitUntil([&] { return countProcessed(database.conninfo(), "mailgate") >= messages; },
                                       std::chrono::minutes(10), "every mailgate message is interpreted",
                                       std::chrono::milliseconds(20)))
            return 1;
        double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        std::printf("mailgate path (HTTP, stored and interpreted inline): %.0f messages/s answered\n",
                    messages / accepted);
        std::printf("mailgate path, arrival to committed article: %.0f messages/s (%d in %.2f s)\n", messages / seconds,
                    messages, seconds);
    }

    // Arrival in an IMAP mailbox, fetched and processed by one poll.
    {
        DovecotServer dovecot;
        dovecot.addUser("support");
        dovecot.start();
        int imapMessages = std::min(messages, 1000);
        for (int i = 0; i < imapMessages; ++i) {
            auto raw = corpus[static_cast<std::size_t>(i)];
            auto at = raw.find("Message-ID: <bench-");
            raw.replace(at, 19, "Message-ID: <imap-bench-"); // new messages, not duplicates of the HTTP run
            dovecot.deliver("support", raw);
        }
        auto body = json(R"({"name":"bench","protocol":"imap","host":"127.0.0.1","security":"none","username":"support",
                             "password":"secret","imap_processed_folder":"Done"})");
        body->set("port", dovecot.imapPort());
        auto id = admin.post("/api/v1/mailboxes", body).object("mailbox")->getValue<std::int64_t>("id");
        auto start = Clock::now();
        auto run = admin.post("/api/v1/mailboxes/" + std::to_string(id) + "/poll", helpdesk::protocol::newObject())
                       .object("run");
        double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        std::printf("IMAP path, one poll, fetch + store + process + move: %.0f messages/s (%d fetched, %d created, %d "
                    "appended in %.2f s)\n",
                    run->getValue<int>("fetched") / seconds, run->getValue<int>("fetched"),
                    run->getValue<int>("created"), run->getValue<int>("appended"), seconds);
    }
    return 0;
}
