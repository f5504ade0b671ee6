#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace helpdesk::client {

/// Handles one message from the server (a WebSocket frame, an HTTP reply) with `handler`. A
/// message the client cannot read throws while it is decoded (a missing field, a wrong type),
/// wherever that happens in the handling; this is the one place that catches it: the problem is
/// logged with `origin` and returned, and no exception crosses Qt's event loop. Cache writes begun
/// by the handler have been rolled back by their CacheTransaction by then. Empty when handled.
std::optional<QString> handleServerMessage(const char *origin, const std::function<void()> &handler);

} // namespace helpdesk::client
