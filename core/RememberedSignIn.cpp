#include "core/RememberedSignIn.h"

#include "core/Database.h"
#include "core/SecretStore.h"
#include "core/SecureRandom.h"
#include "core/Workspace.h"

#include <QDir>
#include <QLockFile>

namespace carillon {

namespace {
const QString kDevicesKey = QStringLiteral("remember.devices");

QString lockPath(const QString &dataDir, const QString &id)
{
    return dataDir + QStringLiteral("/devices/") + id + QStringLiteral(".lock");
}
} // namespace

RememberedSignIn::RememberedSignIn(Workspace &ws) : m_ws(ws) {}

RememberedSignIn::~RememberedSignIn() = default;

QStringList RememberedSignIn::devices() const
{
    auto value = m_ws.state(kDevicesKey);
    if (!value || value->isEmpty())
        return {};
    return value->split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Status RememberedSignIn::setDevices(const QStringList &ids)
{
    // Never a null string: that would be stored as NULL, which the column refuses.
    return m_ws.setState(kDevicesKey, ids.isEmpty() ? QStringLiteral("") : ids.join(u','));
}

void RememberedSignIn::claim()
{
    if (!m_id.isEmpty())
        return;
    QDir().mkpath(m_ws.dataDir() + QStringLiteral("/devices"));
    // A saved sign-in that no running instance holds is this instance's to resume.
    for (const QString &id : devices()) {
        auto lock = std::make_unique<QLockFile>(lockPath(m_ws.dataDir(), id));
        lock->setStaleLockTime(0); // held for as long as the window runs: only a dead owner
        if (lock->tryLock(0)) {
            m_id = id;
            m_lock = std::move(lock);
            return;
        }
    }
    // A new device; its lock is taken when it saves a sign-in (an id nobody lists yet cannot
    // be claimed by another instance).
    m_id = SecureRandom::crockford(12).toLower();
    // Before devices had their own saved sign-in there was one token for the folder: the first
    // instance to start takes it over.
    auto legacy = m_ws.secrets().read(rememberMeSecretName());
    if (legacy && !legacy->isEmpty() && save(*legacy)) {
        if (Status removed = m_ws.secrets().remove(rememberMeSecretName()); !removed)
            qWarning("%s", qPrintable(removed.error().message));
    }
}

QString RememberedSignIn::deviceId()
{
    QMutexLocker lock(&m_mutex);
    claim();
    return m_id;
}

Result<QByteArray> RememberedSignIn::token()
{
    QMutexLocker lock(&m_mutex);
    claim();
    return m_ws.secrets().read(rememberMeSecretName(m_id));
}

Status RememberedSignIn::save(const QByteArray &token)
{
    QMutexLocker lock(&m_mutex);
    claim();
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(lockPath(m_ws.dataDir(), m_id));
        m_lock->setStaleLockTime(0);
        m_lock->tryLock(0);
    }
    if (Status s = m_ws.secrets().write(rememberMeSecretName(m_id), token); !s)
        return s;
    return m_ws.db().transaction([&]() -> Status {
        QStringList ids = devices();
        if (ids.contains(m_id))
            return {};
        ids.append(m_id);
        return setDevices(ids);
    });
}

Status RememberedSignIn::forget()
{
    QMutexLocker lock(&m_mutex);
    if (m_id.isEmpty())
        return {};
    if (Status s = m_ws.secrets().remove(rememberMeSecretName(m_id)); !s)
        return s;
    return m_ws.db().transaction([&]() -> Status {
        QStringList ids = devices();
        if (ids.removeAll(m_id) == 0)
            return {};
        return setDevices(ids);
    });
}

Result<int> RememberedSignIn::forgetAll(Workspace &ws)
{
    RememberedSignIn all(ws);
    const QStringList ids = all.devices();
    int removed = 0;
    for (const QString &id : ids) {
        if (Status s = ws.secrets().remove(rememberMeSecretName(id)); !s)
            return s.error();
        ++removed;
    }
    auto legacy = ws.secrets().read(rememberMeSecretName());
    if (legacy && !legacy->isEmpty()) {
        if (Status s = ws.secrets().remove(rememberMeSecretName()); !s)
            return s.error();
        ++removed;
    }
    if (Status s = all.setDevices({}); !s)
        return s.error();
    return removed;
}

} // namespace carillon
