#include "ui/OpenedCopies.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace carillon::ui {

namespace {
// A folder of ours that nobody else may enter: not a symbolic link (lstat), owned by this
// user, no permissions for group or others.
bool isPrivateFolder(const QByteArray &path)
{
    struct stat st = {};
    return ::lstat(path.constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::geteuid() &&
           (st.st_mode & 077) == 0;
}
} // namespace

OpenedCopies::~OpenedCopies()
{
    removeAll();
}

QString OpenedCopies::baseFolder()
{
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && runtime.startsWith('/') && isPrivateFolder(runtime))
        return QFile::decodeName(runtime);
    return QDir::tempPath();
}

Result<QString> OpenedCopies::pathFor(qint64 attachmentId, const QString &fileName)
{
    if (m_folder.isEmpty()) {
        // mkdtemp picks an unpredictable name and creates it with mode 0700, failing rather
        // than reusing anything already there; checked again all the same.
        QByteArray pattern =
            QFile::encodeName(baseFolder() + QStringLiteral("/carillon-open-XXXXXX"));
        if (!::mkdtemp(pattern.data()) || !isPrivateFolder(pattern))
            return Error{ErrorCode::Io,
                         tr("Cannot make a private folder for opening files in %1 (%2). Use "
                            "Save as… instead, or free space there.")
                             .arg(baseFolder(), QString::fromLocal8Bit(std::strerror(errno)))};
        m_folder = QFile::decodeName(pattern);
    }
    // One subfolder per attachment: two files of the same name stay apart. Inside our own
    // private folder, so nothing there can have been prepared by someone else.
    const QString sub = m_folder + QLatin1Char('/') + QString::number(attachmentId);
    if (::mkdir(QFile::encodeName(sub).constData(), 0700) != 0 && errno != EEXIST)
        return Error{ErrorCode::Io,
                     tr("Cannot make a private folder for opening files in %1 "
                        "(%2). Use Save as… instead.")
                         .arg(m_folder, QString::fromLocal8Bit(std::strerror(errno)))};
    QString name = QFileInfo(fileName).fileName();
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("attachment");
    return sub + QLatin1Char('/') + name;
}

Status OpenedCopies::makePrivate(const QString &path)
{
    if (::chmod(QFile::encodeName(path).constData(), 0600) != 0)
        return Error{ErrorCode::Io, tr("Cannot make %1 private (%2).")
                                        .arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    return {};
}

void OpenedCopies::removeAll()
{
    if (m_folder.isEmpty())
        return;
    QDir(m_folder).removeRecursively();
    m_folder.clear();
}

} // namespace carillon::ui
