#pragma once

#include <stdexcept>
#include <string>

namespace helpdesk::domain::secrets {

/// A stored secret that this instance cannot open (another key, or damaged).
struct SecretError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// Loads the key that seals mailbox and SMTP passwords in the database, creating the file (32
/// random bytes as hex, mode 0600) when it does not exist. Every instance sharing a database needs
/// the same file. Process-wide; call before any seal/open.
void useKeyFile(const std::string &path);

/// "sealed:v1:<base64 of nonce and XSalsa20-Poly1305 ciphertext>"; empty stays empty.
std::string seal(const std::string &plain);
/// The plain text of a sealed value; a value stored before sealing existed is returned as is.
/// Throws SecretError when the key does not fit.
std::string open(const std::string &stored);
bool isSealed(const std::string &stored);

} // namespace helpdesk::domain::secrets
