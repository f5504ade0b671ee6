#pragma once

#include <QString>

#include <optional>

namespace helpdesk::client {

/// Where the session token lives between runs. The application uses the system keychain;
/// tests, which have no keychain service, pass their own.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    /// False when no keychain is available (the session is then not remembered).
    virtual bool save(const QString &account, const QString &secret) = 0;
    virtual std::optional<QString> load(const QString &account) = 0;
    virtual void remove(const QString &account) = 0;
};

/// The system keychain through QtKeychain (Secret Service / KWallet, Windows Credential Store,
/// macOS Keychain). Calls wait for the keychain; main thread.
class KeychainSecretStore : public SecretStore
{
public:
    bool save(const QString &account, const QString &secret) override;
    std::optional<QString> load(const QString &account) override;
    void remove(const QString &account) override;
};

} // namespace helpdesk::client
