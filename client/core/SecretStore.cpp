#include "core/SecretStore.h"

#include <QEventLoop>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "helpdesk.client.secrets")

namespace helpdesk::client {

namespace {
const QString kService = QStringLiteral("helpdesk-client");

/// Runs a keychain job to its end.
template <typename Job> bool runJob(Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        qCWarning(lcSecrets) << "keychain:" << job.errorString();
    return job.error() == QKeychain::NoError;
}
} // namespace

bool KeychainSecretStore::save(const QString &account, const QString &secret)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(account);
    job.setTextData(secret);
    return runJob(job);
}

std::optional<QString> KeychainSecretStore::load(const QString &account)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(account);
    if (!runJob(job))
        return std::nullopt;
    return job.textData();
}

void KeychainSecretStore::remove(const QString &account)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(account);
    runJob(job);
}

} // namespace helpdesk::client
