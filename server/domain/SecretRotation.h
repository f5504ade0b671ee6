#pragma once

#include "db/ConnectionPool.h"
#include "domain/Secrets.h"

#include <string>
#include <vector>

namespace helpdesk::domain {

/// Brings the stored secrets of the registry (db::SealedValueRepository) under one key: at every
/// start (secrets stored in clear, or under a key other than the current one) and when the key is
/// rotated (`helpdesk-server rotate-secret-key`). Stateless; any thread.
class SecretRotation
{
public:
    struct Report {
        int resealed = 0;
        std::vector<std::string> unreadable; // "mailboxes.password 3: why", left as they are
    };
    /// Seals every stored secret under `ring`'s current key, in the caller's transaction; values
    /// no key of the ring opens are left unchanged and reported.
    static Report resealAll(db::Tx &tx, const secrets::SecretKeyRing &ring);

    struct Outcome {
        std::string previousKeyId, newKeyId;
        int resealed = 0;
        bool finishedInterrupted = false; // a rotation interrupted earlier was completed first
    };
    /// Generates a new key, seals every stored secret under it in one transaction, then puts it in
    /// the key file, keeping the previous key as `<file>.old`. Throws (changing nothing in the
    /// database) when a stored secret cannot be opened. Safe to interrupt and to run again.
    static Outcome rotate(db::ConnectionPool &pool, const std::string &keyFile);
};

} // namespace helpdesk::domain
