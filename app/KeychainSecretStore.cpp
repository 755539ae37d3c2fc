#include "app/KeychainSecretStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace carillon {

namespace {
const QString kProbeService = QStringLiteral("carillon-probe");

// QtKeychain jobs report through the event loop; run one to completion (or the timeout).
bool runJob(QKeychain::Job &job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Error keychainError(const QKeychain::Job &job)
{
    return {ErrorCode::Io, KeychainSecretStore::tr("The keychain refused the request (%1). Unlock "
                                                   "your keychain and try again.")
                               .arg(job.errorString())};
}

const Error kTimedOut{ErrorCode::Io, KeychainSecretStore::tr(
                                         "The keychain did not answer. Unlock it and try again.")};
constexpr int kTimeoutMs = 15'000;
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &dataDir,
                                         std::unique_ptr<FileSecretStore> legacy)
    : m_service(QStringLiteral("carillon:") + QDir(dataDir).absolutePath()),
      m_legacy(std::move(legacy))
{
}

bool KeychainSecretStore::isAvailable(int timeoutMs)
{
    // The Secret Service lives on the session bus; without one there is nothing to ask (and
    // asking costs milliseconds at every start).
    const QString runtimeBus = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/bus");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
        (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") || !QFileInfo::exists(runtimeBus)))
        return false;
    // A read alone proves little: a Secret Service can answer reads yet have no collection to
    // write to (no unlocked keyring). Write and delete a probe entry.
    QKeychain::WritePasswordJob write(kProbeService);
    write.setAutoDelete(false);
    write.setInsecureFallback(false);
    write.setKey(QStringLiteral("probe"));
    write.setBinaryData(QByteArrayLiteral("probe"));
    if (!runJob(write, timeoutMs) || write.error() != QKeychain::NoError)
        return false;
    QKeychain::DeletePasswordJob remove(kProbeService);
    remove.setAutoDelete(false);
    remove.setInsecureFallback(false);
    remove.setKey(QStringLiteral("probe"));
    runJob(remove, timeoutMs);
    return true;
}

QString KeychainSecretStore::description() const
{
    return tr("the system keychain");
}

Result<QByteArray> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runJob(job, kTimeoutMs))
        return kTimedOut;
    if (job.error() == QKeychain::NoError)
        return job.binaryData();
    if (job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    // Not in the keychain: maybe an earlier run without one kept it in the file. Move it.
    if (!m_legacy)
        return QByteArray();
    auto old = m_legacy->read(key);
    if (!old || old->isEmpty())
        return old;
    if (Status moved = write(key, *old); moved) {
        if (Status removed = m_legacy->remove(key); !removed)
            qWarning("carillon: a secret moved into the keychain stays in the file too: %s",
                     qPrintable(removed.error().message));
    }
    return old;
}

Status KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setBinaryData(value);
    if (!runJob(job, kTimeoutMs))
        return kTimedOut;
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
}

Status KeychainSecretStore::remove(const QString &key)
{
    if (m_legacy) {
        if (Status removed = m_legacy->remove(key); !removed)
            return removed;
    }
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runJob(job, kTimeoutMs))
        return kTimedOut;
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
}

std::unique_ptr<SecretStore> openSecretStore(const QString &dataDir, QString *warning)
{
    auto file = std::make_unique<FileSecretStore>(QDir(dataDir).absolutePath() +
                                                  QStringLiteral("/secrets.json"));
    warning->clear();
    if (!qEnvironmentVariableIsSet("CARILLON_NO_KEYCHAIN") && KeychainSecretStore::isAvailable())
        return std::make_unique<KeychainSecretStore>(dataDir, std::move(file));
    *warning = KeychainSecretStore::tr("No keychain is available, so Carillon keeps its secrets "
                                       "(link-signing keys, the saved sign-in) in %1, readable "
                                       "only by you. Start your desktop's keychain (for example "
                                       "GNOME Keyring) to keep them there instead.")
                   .arg(file->filePath());
    return file;
}

} // namespace carillon
