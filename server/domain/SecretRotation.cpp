#include "domain/SecretRotation.h"

#include "db/SealedValueRepository.h"
#include "domain/SecretKeyFile.h"

namespace helpdesk::domain {

using secrets::SecretKeyFile;

namespace {
/// The next key takes the place of the current one, which becomes `.old`: `.old` is written
/// whole first, so the key file itself is replaced by one rename and never missing.
void promoteNextKey(const std::string &keyFile)
{
    if (auto current = SecretKeyFile::read(keyFile))
        SecretKeyFile::write(SecretKeyFile::oldPath(keyFile), *current);
    SecretKeyFile::rename(SecretKeyFile::nextPath(keyFile), keyFile);
}
} // namespace

SecretRotation::Report SecretRotation::resealAll(db::Tx &tx, const secrets::SecretKeyRing &ring)
{
    Report report;
    for (const auto &value : db::SealedValueRepository::lockAll(tx)) {
        if (secrets::keyIdOf(value.stored) == ring.current().id)
            continue;
        try {
            db::SealedValueRepository::replace(tx, value, ring.seal(ring.open(value.stored)));
            ++report.resealed;
        } catch (const secrets::SecretError &e) {
            report.unreadable.push_back(value.place + " " + value.key + ": " + e.what());
        }
    }
    return report;
}

// The order makes every interruption safe:
// 1. the new key goes to `<file>.new` (fsynced) before any value is sealed with it;
// 2. one transaction seals every value under it (an interruption here changes nothing);
// 3. `<file>.old` gets the previous key and `<file>.new` is renamed over the key file.
// Interrupted between 2 and 3, the values name a key only `<file>.new` holds: every instance's
// ring includes `<file>.new`, so they stay readable, and the next run finishes the rename first.
SecretRotation::Outcome SecretRotation::rotate(db::ConnectionPool &pool, const std::string &keyFile)
{
    Outcome outcome;
    // Every key there is (current, .new, .old) opens; the resealing below leaves none needed but the new one.
    auto known = SecretKeyFile::ring(keyFile);
    outcome.previousKeyId = known.current().id;
    if (auto pending = SecretKeyFile::read(SecretKeyFile::nextPath(keyFile))) {
        bool inUse = pool.write([&](db::Tx &tx) {
            for (const auto &value : db::SealedValueRepository::lockAll(tx))
                if (secrets::keyIdOf(value.stored) == pending->id)
                    return true;
            return false;
        });
        if (inUse) {
            promoteNextKey(keyFile);
            outcome.finishedInterrupted = true;
            outcome.previousKeyId = pending->id;
        } else {
            SecretKeyFile::remove(SecretKeyFile::nextPath(keyFile)); // its transaction never committed
        }
    }
    auto next = secrets::SecretKey::generate();
    SecretKeyFile::write(SecretKeyFile::nextPath(keyFile), next);
    secrets::SecretKeyRing sealing(next, known.keys());
    try {
        outcome.resealed = pool.write([&](db::Tx &tx) {
            auto report = resealAll(tx, sealing);
            if (!report.unreadable.empty()) {
                std::string list;
                for (const auto &problem : report.unreadable)
                    list += "\n  " + problem;
                throw secrets::SecretError("nothing rotated: these stored secrets cannot be opened with the key file " +
                                           keyFile +
                                           " or the ones beside it (set them again, or use the key file "
                                           "they were sealed with):" +
                                           list);
            }
            return report.resealed;
        });
    } catch (...) {
        SecretKeyFile::remove(SecretKeyFile::nextPath(keyFile));
        throw;
    }
    promoteNextKey(keyFile);
    outcome.newKeyId = next.id;
    return outcome;
}

} // namespace helpdesk::domain
