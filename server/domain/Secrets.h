#pragma once

#include <Poco/Exception.h>

#include <array>
#include <string>
#include <vector>

namespace helpdesk::domain::secrets {

/// A stored secret that cannot be opened (sealed under a key this instance does not hold, or
/// damaged), or a key file that cannot be used. A Poco exception, so mail code that reports a
/// server's refusal reports this one the same way; what() is the message.
class SecretError : public Poco::RuntimeException
{
public:
    explicit SecretError(const std::string &message) : Poco::RuntimeException(message) {}
    const char *name() const noexcept override { return "stored secret"; }
    const char *className() const noexcept override { return "SecretError"; }
    const char *what() const noexcept override { return message().c_str(); }
    Poco::Exception *clone() const override { return new SecretError(*this); }
    void rethrow() const override { throw *this; }
};

/// A 256-bit secretbox key and the id that sealed values carry to name it.
struct SecretKey {
    std::array<unsigned char, 32> bytes{};
    std::string id; // 16 hex digits of a hash of the key: names it without revealing it

    /// A fresh random key.
    static SecretKey generate();
    /// The key with these bytes (its id computed).
    static SecretKey fromBytes(const std::array<unsigned char, 32> &bytes);
};

/// The keys one instance opens stored secrets with: the current one, which seals, and others
/// kept beside it (the previous key after a rotation, the next one of an interrupted rotation).
/// Immutable; any thread.
class SecretKeyRing
{
public:
    explicit SecretKeyRing(SecretKey current, std::vector<SecretKey> others = {});

    /// "sealed:v2:<key id>:<base64 of nonce and XSalsa20-Poly1305 ciphertext>"; empty stays empty.
    std::string seal(const std::string &plain) const;
    /// The plain text of a sealed value (by the key it names; a v1 value tries every key); a
    /// value stored in clear is returned as is. Throws SecretError when no key of the ring fits.
    std::string open(const std::string &stored) const;
    const SecretKey &current() const { return m_keys.front(); }
    /// Every key, the current one first.
    const std::vector<SecretKey> &keys() const { return m_keys; }
    bool holds(const std::string &keyId) const;

private:
    std::vector<SecretKey> m_keys;
};

/// Whether a stored value is sealed (any version).
bool isSealed(const std::string &stored);
/// The id of the key a sealed value names; "" for values in clear and v1 values (which name none).
std::string keyIdOf(const std::string &stored);

/// Loads the process-wide ring from the key file at `path` (32 random bytes as hex, mode 0600,
/// created when missing) and `<path>.old` / `<path>.new` beside it. Every instance sharing a
/// database needs the same file. Call before any seal/open.
void useKeyFile(const std::string &path);
/// The process-wide ring, re-read when the key file was replaced (a rotation) so that a running
/// instance goes on working without a restart.
SecretKeyRing keyRing();
/// seal with the process-wide ring.
std::string seal(const std::string &plain);
/// open with the process-wide ring; a value naming a key it lacks makes it re-read the key files
/// once (the file was copied from the host that rotated) before it throws SecretError.
std::string open(const std::string &stored);

/// A secret read from the database: its plain text, or why it could not be opened. Reading the
/// text of one that could not be opened throws SecretError, so a sealed value is never sent to a
/// server as a password and whoever sends it reports why.
class OpenedSecret
{
public:
    OpenedSecret() = default;
    OpenedSecret(std::string plain) : m_plain(std::move(plain)) {} // NOLINT(google-explicit-constructor)
    /// Opens a stored value with the process-wide ring, keeping the error instead of throwing it.
    static OpenedSecret fromStored(const std::string &stored);

    /// The plain text; throws SecretError when it could not be opened.
    const std::string &text() const;
    operator const std::string &() const { return text(); } // NOLINT(google-explicit-constructor)
    /// Nothing is stored (no password set).
    bool empty() const { return m_plain.empty() && m_problem.empty(); }
    /// Why the stored value could not be opened; "" when it could.
    const std::string &problem() const { return m_problem; }

private:
    std::string m_plain;
    std::string m_problem;
};

} // namespace helpdesk::domain::secrets
