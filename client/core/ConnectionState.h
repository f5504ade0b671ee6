#pragma once

namespace helpdesk::client {

/// The link to the server as the agent sees it in the status bar.
enum class ConnectionState { Offline, Connecting, Online };

} // namespace helpdesk::client
