#pragma once

#include <string>

namespace helpdesk::mail::faults {

/// Fault injection for the crash tests: with HELPDESK_TEST_CRASH_ON_MARKER set in the server's
/// environment, the process kills itself (SIGKILL, as a crash while interpreting would) when it
/// starts interpreting an inbound message containing that text. Unset (production): does nothing.
/// Any thread.
bool crashHookArmed();
/// Kills the process when the hook is armed and `rawMessage` carries the marker.
void crashIfMarked(const std::string &rawMessage);

} // namespace helpdesk::mail::faults
