#pragma once

#include "domain/Secrets.h"

#include <optional>
#include <string>

namespace helpdesk::domain::secrets {

/// The key file (64 hexadecimal digits, mode 0600) and the two that sit beside it around a
/// rotation: `<path>.new`, the next key until the rotation has put it in place, and `<path>.old`,
/// the previous key, kept so that a value an instance sealed while it still had the previous key
/// stays readable. Stateless; any thread.
class SecretKeyFile
{
public:
    static std::string nextPath(const std::string &path) { return path + ".new"; }
    static std::string oldPath(const std::string &path) { return path + ".old"; }

    /// The key in a file; nullopt when there is no such file; throws SecretError when the file
    /// holds no key.
    static std::optional<SecretKey> read(const std::string &path);
    /// Writes `key` to `path` whole or not at all: a 0600 temporary file in the same directory,
    /// fsync, rename over `path`, fsync of the directory.
    static void write(const std::string &path, const SecretKey &key);
    /// Renames `from` over `to` (atomic on one file system) and makes the rename durable.
    static void rename(const std::string &from, const std::string &to);
    /// Removes a file if it exists.
    static void remove(const std::string &path);
    /// The ring of the key file at `path` (current) with `.new` and `.old` when present; throws
    /// SecretError when `path` holds no key.
    static SecretKeyRing ring(const std::string &path);
    /// Something that changes whenever the file at `path` is replaced or rewritten ("" if missing).
    static std::string identity(const std::string &path);
};

} // namespace helpdesk::domain::secrets
