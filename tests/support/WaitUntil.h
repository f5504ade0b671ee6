#pragma once

#include <QtGlobal>

#include <chrono>
#include <functional>
#include <string>
#include <thread>

namespace helpdesk::test {

/// Polls `condition` until it holds (true) or `timeout` passes (false, with a warning naming `what`,
/// so a failing test says what never happened). For state outside Qt's event loop (databases,
/// servers' files and sockets) in helpers and benchmarks; it processes no Qt events, so a test
/// waiting on signals or QObjects uses QTRY_* or QSignalSpy::wait instead. `poll`: the pause
/// between two looks (longer where looking costs, as a database connection does during a benchmark).
inline bool waitUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout,
                      const std::string &what, std::chrono::milliseconds poll = std::chrono::milliseconds(10))
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!condition()) {
        if (std::chrono::steady_clock::now() >= deadline) {
            qWarning("gave up after %lld ms waiting until %s", static_cast<long long>(timeout.count()), what.c_str());
            return false;
        }
        std::this_thread::sleep_for(poll);
    }
    return true;
}

} // namespace helpdesk::test
