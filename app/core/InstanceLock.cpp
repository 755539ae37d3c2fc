#include "InstanceLock.h"

#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace carillon {

InstanceLock::InstanceLock(const QString &dataDir)
{
    const QByteArray path = QFile::encodeName(dataDir + QStringLiteral("/instances.lock"));
    m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return; // not fatal: the sweep then spares recent files, as if others were running
    m_alone = ::flock(m_fd, LOCK_EX | LOCK_NB) == 0;
    // Downgrade (or take) the shared lock that says "an instance runs here".
    ::flock(m_fd, LOCK_SH);
}

InstanceLock::~InstanceLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace carillon
