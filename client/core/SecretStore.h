#pragma once

#include <QString>

#include <map>
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

/// Keeps tokens in this process only, shared by every instance: for the screenshots command,
/// the benchmark and tests, which run where no keychain service exists. Main thread.
class SessionSecretStore : public SecretStore
{
public:
    bool save(const QString &account, const QString &secret) override
    {
        tokens()[account] = secret;
        return true;
    }
    std::optional<QString> load(const QString &account) override
    {
        auto it = tokens().find(account);
        return it == tokens().end() ? std::nullopt : std::optional<QString>(it->second);
    }
    void remove(const QString &account) override { tokens().erase(account); }

private:
    static std::map<QString, QString> &tokens()
    {
        static std::map<QString, QString> all;
        return all;
    }
};

/// Keeps the token in one file only its owner may read (mode 0600), for machines without a keychain
/// service (a headless runner, the start-up benchmark); the client's --token-file chooses it. The
/// data directory holds one account, so the file holds one token. Main thread.
class FileSecretStore : public SecretStore
{
public:
    explicit FileSecretStore(const QString &path) : m_path(path) {}
    bool save(const QString &account, const QString &secret) override;
    std::optional<QString> load(const QString &account) override;
    void remove(const QString &account) override;

private:
    QString m_path;
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
