// bench_mail: parse-only throughput of the GMime parser, and ingest throughput from arrival to
// committed ticket or article (its acknowledgement queued) on a generated corpus of realistic
// messages (sizes, HTML alternatives, attachments, charsets), through:
//   - HTTP deliveries as helpdesk-mailgate makes them (4 clients, keep-alive),
//   - the LMTP listener (--lmtp-connections parallel connections, as Postfix's lmtp client),
//   - helpdesk-mailgate itself, one process per message as Postfix's pipe(8) runs it, 1/2/4 feeders,
//   - an IMAP mailbox (Dovecot), one poll;
// each with its ratio to the parse-only rate of the same run, and the LMTP figure with its ratio
// to what pgbench writing the same rows reaches on the same cluster (bench/limit/mail_ingest.sql).
// The cluster is durable (fsync on) unless --fast.
//
//   build/bin/bench_mail [--messages 2000] [--gate-messages 300] [--lmtp-connections 4] [--parse-only] [--fast]
//
// --parse-only stops after the parse figures (no database, server or Dovecot), for comparing
// parser builds.

#include "BenchLimit.h"
#include "BenchSupport.h"
#include "mail/MailParser.h"
#include "support/ApiClient.h"
#include "support/DovecotServer.h"
#include "support/TestDatabase.h"
#include "support/TestServer.h"
#include "support/WaitUntil.h"

#include <Poco/Base64Encoder.h>
#include <Poco/Net/DialogSocket.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <pqxx/pqxx>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <sstream>
#include <thread>
#include <vector>

#include <csignal>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

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

/// The corpus with new Message-IDs (new mail, not copies of a run before) and new bytes.
std::vector<std::string> renamed(const std::vector<std::string> &corpus, const std::string &prefix, int count)
{
    std::vector<std::string> out;
    for (int i = 0; i < count && i < static_cast<int>(corpus.size()); ++i) {
        auto raw = corpus[static_cast<std::size_t>(i)];
        auto at = raw.find("Message-ID: <bench-");
        raw.replace(at, 19, "Message-ID: <" + prefix + "bench-");
        out.push_back(std::move(raw));
    }
    return out;
}

/// A message as LMTP's DATA carries it: dots at line starts doubled, ended by a lone dot.
std::string dotStuffed(const std::string &raw)
{
    std::string out;
    out.reserve(raw.size() + 8);
    bool lineStart = true;
    for (char c : raw) {
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = c == '\n';
    }
    if (!lineStart)
        out += "\r\n";
    return out + ".\r\n";
}

/// Runs helpdesk-mailgate on one message as Postfix's pipe(8) does, the message on its standard
/// input; its exit code. Spawned without copying this large process (posix_spawn, not fork), so
/// the figure is the mailgate's own cost, not the harness's.
int pipeToMailgate(int port, const std::string &token, const std::string &raw)
{
    int in[2];
    if (::pipe2(in, O_CLOEXEC) != 0)
        return -1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    std::string path = std::string(HELPDESK_BIN_DIR) + "/helpdesk-mailgate";
    std::vector<std::string> args{path,
                                  "--url",
                                  "http://127.0.0.1:" + std::to_string(port),
                                  "--token",
                                  token,
                                  "--recipient",
                                  "support@desk.example"};
    std::vector<char *> argv;
    argv.reserve(args.size() + 1);
    for (auto &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    int spawned = ::posix_spawn(&pid, path.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(in[0]);
    if (spawned != 0) {
        ::close(in[1]);
        return -1;
    }
    std::size_t written = 0;
    while (written < raw.size()) {
        auto n = ::write(in[1], raw.data() + written, raw.size() - written);
        if (n <= 0)
            break;
        written += static_cast<std::size_t>(n);
    }
    ::close(in[1]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// Delivers `messages` over `connections` LMTP connections, each message in one transaction
/// (MAIL, RCPT and DATA pipelined, as Postfix does); false if any recipient was not answered 250.
bool deliverOverLmtp(int port, const std::vector<std::string> &messages, int connections)
{
    std::atomic<int> next{0};
    std::atomic<bool> ok{true};
    std::vector<std::thread> clients;
    clients.reserve(static_cast<std::size_t>(connections));
    for (int c = 0; c < connections; ++c)
        clients.emplace_back([&] {
            try {
                Poco::Net::DialogSocket socket(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)));
                socket.setReceiveTimeout(Poco::Timespan(120, 0));
                std::string text;
                socket.receiveStatusMessage(text);
                socket.sendMessage("LHLO bench.example");
                socket.receiveStatusMessage(text);
                for (int i = next++; i < static_cast<int>(messages.size()); i = next++) {
                    socket.sendString(
                        "MAIL FROM:<bounce@customer.example>\r\nRCPT TO:<support@desk.example>\r\nDATA\r\n");
                    int mail = socket.receiveStatusMessage(text);
                    int rcpt = socket.receiveStatusMessage(text);
                    int data = socket.receiveStatusMessage(text);
                    if (mail != 250 || rcpt != 250 || data != 354) {
                        std::fprintf(stderr, "LMTP refused: %d %d %d %s\n", mail, rcpt, data, text.c_str());
                        ok = false;
                        return;
                    }
                    socket.sendString(messages[static_cast<std::size_t>(i)]);
                    if (socket.receiveStatusMessage(text) != 250) {
                        std::fprintf(stderr, "LMTP delivery: %s\n", text.c_str());
                        ok = false;
                    }
                }
                socket.sendMessage("QUIT");
                socket.receiveStatusMessage(text);
            } catch (const Poco::Exception &e) {
                std::fprintf(stderr, "LMTP client: %s\n", e.displayText().c_str());
                ok = false;
            }
        });
    for (auto &c : clients)
        c.join();
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    int messages = bench::argInt(argc, argv, "--messages", 2000);
    int gateMessages = bench::argInt(argc, argv, "--gate-messages", 300);
    int lmtpConnections = bench::argInt(argc, argv, "--lmtp-connections", 4);
    bool parseOnly = bench::argFlag(argc, argv, "--parse-only");
    bool fast = bench::argFlag(argc, argv, "--fast");
    std::signal(SIGPIPE, SIG_IGN); // a mailgate that exits early must not end the bench
    auto corpus = makeCorpus(messages);
    std::printf("corpus: %d messages, %.1f MiB (50%% plain, 20%% HTML alternative, 20%% with a 20-200 KB attachment, "
                "10%% ISO-8859-2)\n",
                messages, megabytes(corpus));

    // Parse only.
    double parseRate = 0;
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
        if (threads == 1)
            parseRate = messages / seconds;
        std::printf("parse only, %d thread%s: %.0f messages/s (%.1f MiB/s)\n", threads, threads == 1 ? "" : "s",
                    messages / seconds, megabytes(corpus) / seconds);
    }
    bench::printResult("mail.parse.rate", parseRate, "messages/s", "mail: parse only, one thread");
    if (parseOnly)
        return 0;

    TestDatabase database(fast);
    database.start();
    TestServer server(database.conninfo(), [](helpdesk::app::ServerConfig &config) {
        config.adminEmail = "admin@test.example";
        config.lmtpListen = "127.0.0.1:0";
    });
    std::printf("database: %s\n", fast ? "fsync off (--fast)" : "durable (fsync on)");
    ApiClient admin(server.port());
    admin.login("admin@test.example", server.adminPassword());
    auto token = admin.post("/api/v1/tokens", json(R"({"name":"bench"})")).body->getValue<std::string>("token");
    admin.post("/api/v1/groups", json(R"({"name":"Support","addresses":["support@desk.example"]})"));
    // Thousands of new tickets a minute are a flood by the default limits; the bench measures
    // throughput, so they are off.
    admin.patch("/api/v1/settings/mail", json(R"({"defences":{"new_tickets_per_sender_per_hour":0,)"
                                              R"("new_tickets_per_group_per_hour":0}})"));
    // No SMTP server here: acknowledgements wait in the outbox, which is fine for ingest figures.
    auto ratio = [&](double rate) { return rate / parseRate; };
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
        std::printf("HTTP delivery (the mailgate's request, 4 keep-alive clients): %.0f messages/s answered\n",
                    messages / accepted);
        std::printf("HTTP delivery, arrival to committed article: %.0f messages/s (%d in %.2f s), %.1f%% of parse "
                    "only\n",
                    messages / seconds, messages, seconds, 100 * ratio(messages / seconds));
        bench::printResult("mail.http.rate", messages / seconds, "messages/s",
                           "mail: HTTP delivery (4 clients), arrival to committed article");
    }

    // LMTP: parallel connections as an MTA opens them; a 250 comes once the message is stored and
    // interpreted, so the last reply is the last committed article.
    double lmtpRate = 0;
    {
        auto lmtp = renamed(corpus, "lmtp-", messages);
        for (auto &m : lmtp)
            m = dotStuffed(m);
        auto start = Clock::now();
        if (!deliverOverLmtp(server.server().lmtpPort(), lmtp, lmtpConnections))
            return 1;
        if (!helpdesk::test::waitUntil([&] { return countProcessed(database.conninfo(), "lmtp") >= messages; },
                                       std::chrono::minutes(10), "every LMTP message is interpreted",
                                       std::chrono::milliseconds(20)))
            return 1;
        double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        lmtpRate = messages / seconds;
        std::printf("LMTP path, %d connections, arrival to committed article: %.0f messages/s (%d in %.2f s), %.1f%% "
                    "of parse only\n",
                    lmtpConnections, lmtpRate, messages, seconds, 100 * ratio(lmtpRate));
    }

    // helpdesk-mailgate as Postfix's pipe runs it: a process per message, 1, 2 and 4 at once.
    for (int feeders : {1, 2, 4}) {
        auto gate = renamed(corpus, "gate" + std::to_string(feeders) + "-", gateMessages);
        std::atomic<int> next{0};
        std::atomic<int> failed{0};
        std::vector<double> latencies(gate.size());
        auto start = Clock::now();
        std::vector<std::thread> feeding;
        feeding.reserve(static_cast<std::size_t>(feeders));
        for (int f = 0; f < feeders; ++f)
            feeding.emplace_back([&] {
                for (int i = next++; i < static_cast<int>(gate.size()); i = next++) {
                    auto begun = Clock::now();
                    if (pipeToMailgate(server.port(), token, gate[static_cast<std::size_t>(i)]) != 0)
                        ++failed;
                    latencies[static_cast<std::size_t>(i)] =
                        std::chrono::duration<double, std::milli>(Clock::now() - begun).count();
                }
            });
        for (auto &f : feeding)
            f.join();
        double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        double rate = static_cast<double>(gate.size()) / seconds;
        std::printf("helpdesk-mailgate, a process per message, %d feeder%s: %.0f messages/s (p50 %.0f ms, p99 %.0f ms, "
                    "%d failed), %.1f%% of parse only\n",
                    feeders, feeders == 1 ? "" : "s", rate, bench::percentile(latencies, 50),
                    bench::percentile(latencies, 99), failed.load(), 100 * ratio(rate));
        bench::printResult("mail.mailgate" + std::to_string(feeders) + ".rate", rate, "messages/s",
                           "mail: helpdesk-mailgate, a process per message, " + std::to_string(feeders) + " feeders",
                           feeders == 4 ? ">=300" : "");
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
        double rate = run->getValue<int>("fetched") / seconds;
        std::printf("IMAP path, one poll, fetch + store + process + move: %.0f messages/s (%d fetched, %d created, %d "
                    "appended in %.2f s), %.1f%% of parse only\n",
                    rate, run->getValue<int>("fetched"), run->getValue<int>("created"), run->getValue<int>("appended"),
                    seconds, 100 * ratio(rate));
        bench::printResult("mail.imap.rate", rate, "messages/s", "mail: IMAP, one poll, arrival to committed article",
                           ">=1000");
    }

    // What the database allows for the same rows: the raw message and its job, then the ticket,
    // article, history, two events, the acknowledgement and the message's state, per message.
    double limit = 0;
    try {
        limit = bench::runPgbenchLimit(database.conninfo(), bench::limitScript("mail_ingest"), lmtpConnections, 10)
                    .transactionsPerSecond;
        std::printf("pgbench, the same rows (bench/limit/mail_ingest.sql), %d clients: %.0f messages/s; LMTP reaches "
                    "%.0f%% of it\n",
                    lmtpConnections, limit, 100 * lmtpRate / limit);
    } catch (const std::exception &e) {
        std::printf("pgbench limit not measured: %s\n", e.what());
    }
    bench::printResult("mail.lmtp.rate", lmtpRate, "messages/s",
                       "mail: LMTP (" + std::to_string(lmtpConnections) + " connections), arrival to committed article",
                       ">=1000", limit);
    std::printf("peak resident memory of this process (server, corpus and clients): %.0f MiB\n",
                static_cast<double>(bench::peakResidentMemoryKiB(static_cast<int>(::getpid()))) / 1024.0);
    return 0;
}
