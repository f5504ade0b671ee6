#include "core/SecretStore.h"

#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
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

bool FileSecretStore::save(const QString &, const QString &secret)
{
    QSaveFile file(m_path);
    // Readable by its owner only from the first byte written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        qCWarning(lcSecrets) << "token file:" << m_path << file.errorString();
        return false;
    }
    file.write(secret.toUtf8());
    return file.commit();
}

std::optional<QString> FileSecretStore::load(const QString &)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll()).trimmed();
}

void FileSecretStore::remove(const QString &)
{
    QFile::remove(m_path);
}

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
