#include "mail/FaultInjection.h"

#include <Poco/Logger.h>

#include <csignal>
#include <cstdlib>
#include <iostream>

namespace helpdesk::mail::faults {

namespace {
const std::string &marker()
{
    static const std::string value = [] {
        const char *text = std::getenv("HELPDESK_TEST_CRASH_ON_MARKER");
        return std::string(text ? text : "");
    }();
    return value;
}
} // namespace

bool crashHookArmed()
{
    return !marker().empty();
}

void crashIfMarked(const std::string &rawMessage)
{
    if (!crashHookArmed() || rawMessage.find(marker()) == std::string::npos)
        return;
    std::cerr << "helpdesk-server: HELPDESK_TEST_CRASH_ON_MARKER matched an inbound message; killing the process"
              << std::endl;
    std::raise(SIGKILL);
}

} // namespace helpdesk::mail::faults
