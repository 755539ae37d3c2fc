#include "core/InstanceLock.h"

#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace carillon {

namespace {
int openLockFile(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
}
} // namespace

InstanceLock::InstanceLock(const QString &dataDir)
{
    m_fd = openLockFile(dataDir + QStringLiteral("/instances.lock"));
    if (m_fd < 0)
        return; // not fatal: the sweep then spares recent files, as if others were running
    m_gateFd = openLockFile(dataDir + QStringLiteral("/instances.gate"));
    // Every change of lock mode on instances.lock happens under the gate, so no instance sees
    // "alone" in the instant another has let go of its shared lock to try for the exclusive one.
    if (m_gateFd >= 0)
        ::flock(m_gateFd, LOCK_EX);
    m_alone = ::flock(m_fd, LOCK_EX | LOCK_NB) == 0;
    // Downgrade (or take) the shared lock that says "an instance runs here".
    ::flock(m_fd, LOCK_SH);
    if (m_gateFd >= 0)
        ::flock(m_gateFd, LOCK_UN);
}

InstanceLock::~InstanceLock()
{
    if (m_gateFd >= 0)
        ::close(m_gateFd);
    if (m_fd >= 0)
        ::close(m_fd);
}

bool InstanceLock::tryExclusive()
{
    if (m_fd < 0 || m_gateFd < 0)
        return false;
    ::flock(m_gateFd, LOCK_EX);
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
        return true; // the gate stays held until releaseExclusive()
    // On Linux a failed conversion has already dropped our shared lock: take it back.
    ::flock(m_fd, LOCK_SH);
    ::flock(m_gateFd, LOCK_UN);
    return false;
}

void InstanceLock::releaseExclusive()
{
    if (m_fd < 0 || m_gateFd < 0)
        return;
    ::flock(m_fd, LOCK_SH);
    ::flock(m_gateFd, LOCK_UN);
}

} // namespace carillon
