#pragma once

#include <string>

namespace helpdesk::db {

/// The content address of bytes: how blobs and inbound messages are keyed, and how tokens are
/// stored (only their hash). In the lowest server layer so storage, domain and mail agree on it.
/// Any thread.
class ContentHash
{
public:
    /// Lowercase hex SHA-256 of any bytes (64 characters).
    static std::string sha256Hex(const std::string &bytes);
};

} // namespace helpdesk::db
