#include "app/KeychainSecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <functional>
#include <future>
#include <optional>

#include <qt6keychain/keychain.h>

namespace carillon {

namespace {
const QString kProbeService = QStringLiteral("carillon-probe");

// What a finished job said, copied out of it on the keychain thread.
struct JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// Every keychain job of the process starts on this one thread: QtKeychain reports through the
// event loop of the thread that starts a job, and a caller spinning a nested loop instead would
// run the window's events re-entrantly (for up to the timeout). The caller waits on a future;
// callers are worker threads (the saved sign-in is saved and forgotten off the GUI thread).
QObject *keychainContext()
{
    static QThread *thread = [] {
        auto *t = new QThread;
        t->setObjectName(QStringLiteral("keychain"));
        t->start();
        // Still running at exit: the process ends it; a job can be under way until the last.
        return t;
    }();
    static QObject *context = [] {
        auto *c = new QObject;
        c->moveToThread(thread);
        return c;
    }();
    return context;
}

// Runs one job made by make() on the keychain thread; nothing when it did not answer in time
// (the job then finishes, or not, on its own and deletes itself).
std::optional<JobOutcome> runJob(std::function<QKeychain::Job *()> make, int timeoutMs)
{
    auto promise = std::make_shared<std::promise<JobOutcome>>();
    std::future<JobOutcome> future = promise->get_future();
    QMetaObject::invokeMethod(keychainContext(), [make = std::move(make), promise] {
        QKeychain::Job *job = make();
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job *done) {
            JobOutcome outcome{done->error(), done->errorString(), {}};
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                outcome.data = read->binaryData();
            promise->set_value(outcome);
        });
        job->start();
    });
    if (future.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready)
        return std::nullopt;
    return future.get();
}

template <class JobType>
std::function<QKeychain::Job *()> makeJob(const QString &service, const QString &key,
                                          const QByteArray &data = {})
{
    return [service, key, data]() -> QKeychain::Job * {
        auto *job = new JobType(service);
        job->setKey(key);
        if constexpr (std::is_same_v<JobType, QKeychain::WritePasswordJob>)
            job->setBinaryData(data);
        return job;
    };
}

Error keychainError(const JobOutcome &job)
{
    return {ErrorCode::Io, KeychainSecretStore::tr("The keychain refused the request (%1). Unlock "
                                                   "your keychain and try again.")
                               .arg(job.errorString)};
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
    const auto written = runJob(
        makeJob<QKeychain::WritePasswordJob>(kProbeService, QStringLiteral("probe"), "probe"),
        timeoutMs);
    if (!written || written->error != QKeychain::NoError)
        return false;
    runJob(makeJob<QKeychain::DeletePasswordJob>(kProbeService, QStringLiteral("probe")),
           timeoutMs);
    return true;
}

QString KeychainSecretStore::description() const
{
    return tr("the system keychain");
}

Result<QByteArray> KeychainSecretStore::read(const QString &key)
{
    const auto job = runJob(makeJob<QKeychain::ReadPasswordJob>(m_service, key), kTimeoutMs);
    if (!job)
        return kTimedOut;
    if (job->error == QKeychain::NoError)
        return job->data;
    if (job->error != QKeychain::EntryNotFound)
        return keychainError(*job);
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
    const auto job =
        runJob(makeJob<QKeychain::WritePasswordJob>(m_service, key, value), kTimeoutMs);
    if (!job)
        return kTimedOut;
    if (job->error != QKeychain::NoError)
        return keychainError(*job);
    return {};
}

Status KeychainSecretStore::remove(const QString &key)
{
    if (m_legacy) {
        if (Status removed = m_legacy->remove(key); !removed)
            return removed;
    }
    const auto job = runJob(makeJob<QKeychain::DeletePasswordJob>(m_service, key), kTimeoutMs);
    if (!job)
        return kTimedOut;
    if (job->error != QKeychain::NoError && job->error != QKeychain::EntryNotFound)
        return keychainError(*job);
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
