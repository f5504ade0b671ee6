#pragma once

#include <string>

namespace helpdesk::test {

/// What helpdesk-mailgate did with one message, as the MTA sees it: the exit code (0, 65 bounce,
/// 75 retry later) and what it printed (the MTA puts it in the bounce or its log).
struct MailgateRun {
    int exitCode = -1;
    std::string output;
};

/// Pipes a message into the real helpdesk-mailgate from the build, as an MTA's pipe transport
/// would, against a server on a loopback port. Any thread.
MailgateRun runMailgate(int port, const std::string &token, const std::string &raw,
                        const std::string &recipient = "alpha@desk.example");

} // namespace helpdesk::test
