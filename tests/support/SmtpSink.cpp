#include "support/SmtpSink.h"

#include "support/WaitUntil.h"

#include <Poco/DirectoryIterator.h>
#include <Poco/File.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Process.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <csignal>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <sys/wait.h>

namespace helpdesk::test {

std::string ReceivedMail::header(const std::string &name) const
{
    auto end = raw.find("\n\n");
    std::string lowerRaw = raw.substr(0, end);
    std::string lowered = lowerRaw;
    std::transform(lowered.begin(), lowered.end(), lowered.begin(), ::tolower);
    std::string key = name;
    std::transform(key.begin(), key.end(), key.begin(), ::tolower);
    std::size_t pos = lowered.rfind("\n" + key + ":", std::string::npos);
    if (lowered.compare(0, key.size() + 1, key + ":") == 0)
        pos = 0;
    else if (pos == std::string::npos)
        return {};
    else
        pos += 1;
    std::string value;
    std::size_t i = pos + key.size() + 1;
    // Unfold continuation lines.
    while (i < lowerRaw.size()) {
        auto eol = lowerRaw.find('\n', i);
        if (eol == std::string::npos)
            eol = lowerRaw.size();
        value += lowerRaw.substr(i, eol - i);
        if (eol + 1 < lowerRaw.size() && (lowerRaw[eol + 1] == ' ' || lowerRaw[eol + 1] == '\t'))
            i = eol + 1;
        else
            break;
    }
    auto first = value.find_first_not_of(" \t\r");
    auto last = value.find_last_not_of(" \t\r");
    return first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
}

std::string ReceivedMail::body() const
{
    auto end = raw.find("\n\n");
    return end == std::string::npos ? std::string() : raw.substr(end + 2);
}

SmtpSink::SmtpSink(Tls tls, const std::string &certFile, const std::string &keyFile)
{
    if (tls == Tls::StartTls)
        m_tlsArguments = " --tlscert " + certFile + " --tlskey " + keyFile;
    else if (tls == Tls::Implicit)
        m_tlsArguments = " --smtpscert " + certFile + " --smtpskey " + keyFile;
    char pattern[] = "/tmp/helpdesk-smtp-XXXXXX";
    if (!mkdtemp(pattern))
        throw std::runtime_error("cannot create a temporary directory");
    m_directory = pattern;
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    m_port = probe.address().port();
}

SmtpSink::~SmtpSink()
{
    stop();
    try {
        Poco::File(m_directory).remove(true);
    } catch (...) {
    }
}

void SmtpSink::start()
{
    if (m_pid)
        return;
    // Output to a file, not our stdout: a leftover child must never hold the test runner's pipe.
    std::string command = "exec /usr/bin/python3 -m aiosmtpd -n -l 127.0.0.1:" + std::to_string(m_port) +
                          m_tlsArguments + " -c aiosmtpd.handlers.Mailbox " + m_directory + "/maildir </dev/null >>" +
                          m_directory + "/aiosmtpd.log 2>&1";
    auto handle = Poco::Process::launch("/bin/sh", {"-c", command});
    m_pid = handle.id();
    // Ready when it accepts connections.
    auto accepts = [&] {
        try {
            Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(m_port)));
            return true;
        } catch (...) {
            return false;
        }
    };
    if (!waitUntil(accepts, std::chrono::seconds(5), "aiosmtpd accepts connections on port " + std::to_string(m_port)))
        throw std::runtime_error("aiosmtpd did not start (is python3-aiosmtpd installed?)");
}

void SmtpSink::stop()
{
    if (!m_pid)
        return;
    ::kill(m_pid, SIGKILL); // SIGTERM may be blocked in children of threaded test processes
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = 0;
}

std::vector<ReceivedMail> SmtpSink::messages() const
{
    std::vector<std::pair<std::string, std::string>> files;
    for (const char *sub : {"/maildir/new", "/maildir/cur"}) {
        Poco::File dir(m_directory + sub);
        if (!dir.exists())
            continue;
        for (Poco::DirectoryIterator it(dir.path()), end; it != end; ++it) {
            std::ifstream in(it->path(), std::ios::binary);
            std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            raw.erase(std::remove(raw.begin(), raw.end(), '\r'), raw.end());
            files.emplace_back(it.name(), raw);
        }
    }
    // Python's Maildir names a message "<seconds>.M<microseconds>P<pid>Q<counter>.<host>" with the
    // microseconds not zero-padded, so the names sort as text in the wrong order: compare the numbers.
    auto deliveryOrder = [](const std::string &name) {
        std::array<long long, 3> key{0, 0, 0};
        std::sscanf(name.c_str(), "%lld.M%lldP%*dQ%lld", &key[0], &key[1], &key[2]);
        return key;
    };
    std::sort(files.begin(), files.end(), [&](const auto &a, const auto &b) {
        return std::make_pair(deliveryOrder(a.first), a.first) < std::make_pair(deliveryOrder(b.first), b.first);
    });
    std::vector<ReceivedMail> out;
    out.reserve(files.size());
    for (auto &f : files)
        out.push_back(ReceivedMail{std::move(f.second)});
    return out;
}

bool SmtpSink::waitForCount(std::size_t count, std::chrono::milliseconds timeout) const
{
    return waitUntil([&] { return messages().size() >= count; }, timeout,
                     "the SMTP sink holds " + std::to_string(count) + " messages");
}

} // namespace helpdesk::test
