#include "BenchLimit.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace helpdesk::bench {

namespace {

std::string pgbenchCommand()
{
    const char *bin = std::getenv("HELPDESK_PG_BIN");
    return std::string(bin && *bin ? bin : "/usr/lib/postgresql/15/bin") + "/pgbench";
}

/// The number after `prefix` on the first line of `output` that starts with it and contains
/// `alsoContains`; -1 when there is none.
double numberAfter(const std::string &output, const std::string &prefix, const std::string &alsoContains = {})
{
    std::istringstream lines(output);
    std::string line;
    while (std::getline(lines, line))
        if (line.rfind(prefix, 0) == 0 && line.find(alsoContains) != std::string::npos)
            return std::strtod(line.c_str() + prefix.size(), nullptr);
    return -1;
}

} // namespace

PgbenchLimit runPgbenchLimit(const std::string &connectionUri, const std::string &scriptPath, int clients, int seconds,
                             Triggers triggers)
{
    // pgbench's last argument is the database name; a connection string there is expanded by libpq.
    Poco::Process::Args args{"-n",
                             "-M",
                             "prepared",
                             "-f",
                             scriptPath,
                             "-c",
                             std::to_string(clients),
                             "-j",
                             std::to_string(std::min(2, std::max(1, clients))),
                             "-T",
                             std::to_string(seconds),
                             connectionUri};
    Poco::Process::Env environment;
    if (triggers == Triggers::Off)
        environment["PGOPTIONS"] = "-c session_replication_role=replica";
    Poco::Pipe out;
    auto handle = Poco::Process::launch(pgbenchCommand(), args, nullptr, &out, &out, environment);
    std::string output;
    Poco::PipeInputStream in(out);
    Poco::StreamCopier::copyToString(in, output);
    const int code = handle.wait();

    auto fail = [&](const std::string &why) {
        return std::runtime_error("pgbench " + scriptPath + ": " + why + "\n" + output);
    };
    if (code != 0)
        throw fail("exited with " + std::to_string(code));
    // A client that hit an error stops; the run's figure would then count fewer clients.
    if (output.find("aborted") != std::string::npos)
        throw fail("a client aborted");
    if (numberAfter(output, "number of failed transactions: ") > 0)
        throw fail("transactions failed");
    PgbenchLimit limit{};
    limit.transactionsPerSecond = numberAfter(output, "tps = ", "without initial connection time");
    limit.latencyAverageMs = numberAfter(output, "latency average = ");
    limit.clients = clients;
    limit.seconds = seconds;
    if (limit.transactionsPerSecond <= 0 || limit.latencyAverageMs <= 0)
        throw fail("no tps or latency in its summary");
    return limit;
}

std::string limitScript(const std::string &name)
{
    auto path = std::string(HELPDESK_BENCH_LIMIT_DIR) + "/" + name + ".sql";
    if (!std::ifstream(path))
        throw std::runtime_error("no pgbench script " + path);
    return path;
}

long procStatusField(int pid, const std::string &field)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field + ":", 0) == 0)
            return std::atol(line.c_str() + field.size() + 1);
    return -1;
}

long residentMemoryKiB(int pid)
{
    return procStatusField(pid, "VmRSS");
}

long peakResidentMemoryKiB(int pid)
{
    return procStatusField(pid, "VmHWM");
}

} // namespace helpdesk::bench
