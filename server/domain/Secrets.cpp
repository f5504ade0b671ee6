#include "domain/Secrets.h"

#include "domain/SecretKeyFile.h"

#include <sodium.h>

#include <Poco/File.h>
#include <Poco/Logger.h>

#include <memory>
#include <mutex>
#include <set>
#include <sys/stat.h>

namespace helpdesk::domain::secrets {

namespace {
const std::string kPrefixV1 = "sealed:v1:"; // no key id: opened by trying every key of the ring
const std::string kPrefixV2 = "sealed:v2:"; // "sealed:v2:<key id>:<base64>"
constexpr std::size_t kKeyIdHex = 16;

Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.secrets");
}

std::vector<unsigned char> decodedBox(const std::string &base64)
{
    std::vector<unsigned char> box(base64.size());
    std::size_t length = 0;
    if (sodium_base642bin(box.data(), box.size(), base64.c_str(), base64.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        length < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)
        throw SecretError("a stored secret is damaged (not a sealed box)");
    box.resize(length);
    return box;
}

std::optional<std::string> openBox(const std::vector<unsigned char> &box, const SecretKey &key)
{
    std::string plain(box.size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                   box.data() + crypto_secretbox_NONCEBYTES, box.size() - crypto_secretbox_NONCEBYTES,
                                   box.data(), key.bytes.data()) != 0)
        return std::nullopt;
    return plain;
}

std::string keyIdsOf(const SecretKeyRing &ring)
{
    std::string ids;
    for (const auto &key : ring.keys())
        ids += (ids.empty() ? "" : ", ") + key.id;
    return ids;
}

// The process-wide ring and the key file it came from.
std::mutex g_mutex;
std::string g_path;
std::string g_identity;
std::shared_ptr<const SecretKeyRing> g_ring;
std::set<std::string> g_reportedKeyIds; // a missing key is logged once, not at every read

/// Re-reads the key files; keeps the ring it has when they cannot be read (logged).
void reloadLocked()
{
    try {
        g_identity = SecretKeyFile::identity(g_path);
        auto ring = std::make_shared<const SecretKeyRing>(SecretKeyFile::ring(g_path));
        if (!g_ring || ring->current().id != g_ring->current().id)
            logger().information("secret key file %s loaded: sealing with key %s", g_path, ring->current().id);
        g_ring = std::move(ring);
    } catch (const SecretError &e) {
        logger().error("%s; going on with the keys loaded before", std::string(e.what()));
    }
}

std::shared_ptr<const SecretKeyRing> currentRing(bool forceReload)
{
    std::lock_guard lock(g_mutex);
    if (!g_ring)
        throw SecretError("no secret key is loaded (--secret-key-file)");
    // A stat per use is cheap next to a database round trip, and lets a rotation take effect on
    // a running instance at once.
    if (forceReload || SecretKeyFile::identity(g_path) != g_identity)
        reloadLocked();
    return g_ring;
}
} // namespace

SecretKey SecretKey::generate()
{
    if (sodium_init() < 0)
        throw SecretError("libsodium could not be initialised");
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    auto key = fromBytes(bytes);
    sodium_memzero(bytes.data(), bytes.size());
    return key;
}

SecretKey SecretKey::fromBytes(const std::array<unsigned char, 32> &bytes)
{
    static_assert(sizeof(SecretKey::bytes) == crypto_secretbox_KEYBYTES);
    SecretKey key;
    key.bytes = bytes;
    // The id is a hash of a fixed label and the key: it names the key in sealed values and logs
    // without giving anything of it away.
    static const std::string label = "helpdesk secret key id";
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kKeyIdHex / 2);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(label.data()), label.size());
    crypto_generichash_update(&state, bytes.data(), bytes.size());
    std::array<unsigned char, kKeyIdHex / 2> hash{};
    crypto_generichash_final(&state, hash.data(), hash.size());
    std::array<char, kKeyIdHex + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), hash.data(), hash.size());
    key.id = hex.data();
    return key;
}

SecretKeyRing::SecretKeyRing(SecretKey current, std::vector<SecretKey> others)
{
    m_keys.push_back(std::move(current));
    for (auto &key : others)
        if (!holds(key.id))
            m_keys.push_back(std::move(key));
}

bool SecretKeyRing::holds(const std::string &keyId) const
{
    for (const auto &key : m_keys)
        if (key.id == keyId)
            return true;
    return false;
}

std::string SecretKeyRing::seal(const std::string &plain) const
{
    if (plain.empty())
        return plain;
    std::vector<unsigned char> box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size());
    randombytes_buf(box.data(), crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(box.data() + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plain.data()), plain.size(), box.data(),
                          current().bytes.data());
    std::string text(sodium_base64_ENCODED_LEN(box.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), box.data(), box.size(), sodium_base64_VARIANT_ORIGINAL);
    text.resize(std::char_traits<char>::length(text.c_str()));
    return kPrefixV2 + current().id + ":" + text;
}

std::string SecretKeyRing::open(const std::string &stored) const
{
    if (!isSealed(stored))
        return stored; // stored before sealing existed; sealed at the next start
    if (stored.rfind(kPrefixV1, 0) == 0) {
        auto box = decodedBox(stored.substr(kPrefixV1.size()));
        for (const auto &key : m_keys)
            if (auto plain = openBox(box, key))
                return *plain;
        throw SecretError(
            "a stored secret was sealed with a key this instance does not hold (its keys: " + keyIdsOf(*this) + ")");
    }
    auto keyId = keyIdOf(stored);
    for (const auto &key : m_keys)
        if (key.id == keyId) {
            if (auto plain = openBox(decodedBox(stored.substr(kPrefixV2.size() + kKeyIdHex + 1)), key))
                return *plain;
            throw SecretError("a stored secret sealed with key " + keyId + " is damaged");
        }
    throw SecretError("a stored secret was sealed with key " + keyId +
                      ", which this instance does not hold (its keys: " + keyIdsOf(*this) + ")");
}

bool isSealed(const std::string &stored)
{
    return stored.rfind(kPrefixV1, 0) == 0 || stored.rfind(kPrefixV2, 0) == 0;
}

std::string keyIdOf(const std::string &stored)
{
    if (stored.rfind(kPrefixV2, 0) != 0 || stored.size() < kPrefixV2.size() + kKeyIdHex + 1 ||
        stored[kPrefixV2.size() + kKeyIdHex] != ':')
        return {};
    return stored.substr(kPrefixV2.size(), kKeyIdHex);
}

void useKeyFile(const std::string &path)
{
    if (sodium_init() < 0)
        throw SecretError("libsodium could not be initialised");
    if (!SecretKeyFile::read(path)) {
        SecretKeyFile::write(path, SecretKey::generate());
        logger().warning("created the secret key file %s: back it up; without it the stored mail passwords are lost",
                         path);
    }
    struct stat s {
    };
    if (::stat(path.c_str(), &s) == 0 && (s.st_mode & 077) != 0)
        logger().warning("the secret key file %s can be read by other users than the server's (mode %o): chmod 600 it",
                         path, static_cast<unsigned>(s.st_mode & 0777));
    if (Poco::File(SecretKeyFile::nextPath(path)).exists())
        logger().warning("%s is left from an interrupted key rotation: run `helpdesk-server rotate-secret-key` again "
                         "to finish it (until then both keys are used to open)",
                         SecretKeyFile::nextPath(path));
    std::lock_guard lock(g_mutex);
    g_path = path;
    g_ring.reset();
    reloadLocked();
    if (!g_ring)
        throw SecretError("the secret key file " + path + " cannot be used");
}

SecretKeyRing keyRing()
{
    return *currentRing(false);
}

std::string seal(const std::string &plain)
{
    return currentRing(false)->seal(plain);
}

std::string open(const std::string &stored)
{
    auto ring = currentRing(false);
    auto keyId = keyIdOf(stored);
    if (!keyId.empty() && !ring->holds(keyId))
        ring = currentRing(true); // the key file may have been copied here since (a rotation elsewhere)
    try {
        return ring->open(stored);
    } catch (const SecretError &e) {
        std::lock_guard lock(g_mutex);
        if (g_reportedKeyIds.insert(keyId).second)
            logger().error("%s: every instance of one database needs the same key file (this one reads %s); after a "
                           "rotation, copy the new key file to every host",
                           std::string(e.what()), g_path);
        throw;
    }
}

OpenedSecret OpenedSecret::fromStored(const std::string &stored)
{
    OpenedSecret secret;
    try {
        secret.m_plain = open(stored);
    } catch (const SecretError &e) {
        secret.m_problem = e.what();
    }
    return secret;
}

const std::string &OpenedSecret::text() const
{
    if (!m_problem.empty())
        throw SecretError(m_problem);
    return m_plain;
}

} // namespace helpdesk::domain::secrets
