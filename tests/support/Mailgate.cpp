#include "support/Mailgate.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <vector>

namespace helpdesk::test {

MailgateRun runMailgate(int port, const std::string &token, const std::string &raw, const std::string &recipient)
{
    std::vector<std::string> args{"--url",  "http://127.0.0.1:" + std::to_string(port), "--token", token, "--recipient",
                                  recipient};
    Poco::Pipe in, out;
    auto handle = Poco::Process::launch(std::string(HELPDESK_BIN_DIR) + "/helpdesk-mailgate", args, &in, &out, &out);
    Poco::PipeOutputStream stdinStream(in);
    stdinStream << raw;
    stdinStream.close();
    Poco::PipeInputStream stdoutStream(out);
    MailgateRun run;
    Poco::StreamCopier::copyToString(stdoutStream, run.output);
    run.exitCode = handle.wait();
    return run;
}

} // namespace helpdesk::test
