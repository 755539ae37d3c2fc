#include "core/BlobStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUuid>

#include <cerrno>
#include <cstdio>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace carillon {

namespace {
constexpr qint64 kChunk = 256 * 1024;
}

QString formatSize(qint64 bytes)
{
    // Binary units, as the limit is set (100 MiB): a file and the limit read in the same unit.
    // A whole number drops its ".0", so the limit reads "100 MiB".
    const QLocale locale;
    const QString precise = locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
    const QString wholeSuffix = locale.decimalPoint() + locale.zeroDigit() + QLatin1Char(' ');
    return precise.contains(wholeSuffix)
               ? locale.formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat)
               : precise;
}

BlobStore::BlobStore(QString rootPath, qint64 maxSize)
    : m_root(std::move(rootPath)), m_maxSize(maxSize)
{
    // Folders are made when the first blob is stored: opening a data folder to read writes
    // nothing.
}

namespace {
// Attachments are private: every folder of the store is owner-only, whatever the umask.
bool makePrivatePath(const QString &root, const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    for (QString p = path; p.startsWith(root) && p.size() >= root.size();
         p = QFileInfo(p).absolutePath()) {
        QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ExeOwner);
        if (p.size() == root.size())
            break;
    }
    return true;
}
// A staging file that the temporary sweep cannot take from a live writer: the writer holds a
// shared flock on it from before its name is known to be its own until after the rename (the
// file stays open until then), and sweepTemporary removes only what it can lock exclusively.
// A sweep may still remove the file between our open and our lock; then the name no longer
// leads to our file and we start over with a new one.
bool openStagingFile(const QString &tmpDir, QFile &tmp)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        // A name no other writer uses: threads of one process (same pid, same millisecond) and
        // processes in other pid namespaces sharing the folder must never write into one file.
        tmp.setFileName(tmpDir + QStringLiteral("/%1-%2.part")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(QUuid::createUuid().toString(QUuid::Id128)));
        if (!tmp.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return false;
        struct stat opened
        {
        };
        struct stat named
        {
        };
        if (::flock(tmp.handle(), LOCK_SH) == 0 && ::fstat(tmp.handle(), &opened) == 0 &&
            ::stat(QFile::encodeName(tmp.fileName()).constData(), &named) == 0 &&
            opened.st_dev == named.st_dev && opened.st_ino == named.st_ino)
            return true;
        tmp.close();
    }
    return false;
}
} // namespace

QString BlobStore::pathFor(const QString &sha256) const
{
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool BlobStore::contains(const QString &sha256) const
{
    return QFileInfo::exists(pathFor(sha256));
}

bool BlobStore::remove(const QString &sha256)
{
    return QFile::remove(pathFor(sha256));
}

Result<BlobInfo> BlobStore::putFile(const QString &sourcePath, const Progress &progress)
{
    const QFileInfo info(sourcePath);
    if (!info.exists() || !info.isFile())
        return Error{
            ErrorCode::NotFound,
            tr("The file %1 does not exist. Check the path and try again.").arg(sourcePath)};
    if (info.size() > m_maxSize)
        return Error{ErrorCode::TooLarge,
                     tr("%1 is %2; attachments can be at most %3. Share a "
                        "smaller file or split it.")
                         .arg(info.fileName(), formatSize(info.size()), formatSize(m_maxSize))};
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read %1 (%2). Check that you may read the file.")
                                        .arg(sourcePath, file.errorString())};
    return put(file, info.fileName(), progress);
}

Result<BlobInfo> BlobStore::putData(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return put(buffer, tr("The attachment"));
}

Result<BlobInfo> BlobStore::put(QIODevice &source, const QString &displayName,
                                const Progress &progress)
{
    const QString tmpDir = m_root + QStringLiteral("/tmp");
    if (!makePrivatePath(m_root, tmpDir))
        return Error{ErrorCode::Io, tr("Cannot write to the attachment folder %1. Check its "
                                       "permissions and free space.")
                                        .arg(m_root)};
    // The target name is only known after hashing (QSaveFile needs it up front), so stage under
    // tmp/ on the same file system and rename into place once the bytes are on disk.
    QFile tmp;
    if (!openStagingFile(tmpDir, tmp))
        return Error{ErrorCode::Io, tr("Cannot write to the attachment folder %1 (%2). Check its "
                                       "permissions and free space.")
                                        .arg(m_root, tmp.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    QByteArray chunk;
    for (;;) {
        chunk = source.read(kChunk);
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        if (total > m_maxSize) {
            tmp.remove();
            return Error{ErrorCode::TooLarge,
                         tr("%1 is larger than the %2 limit for attachments. Share a smaller "
                            "file or split it.")
                             .arg(displayName, formatSize(m_maxSize))};
        }
        hash.addData(chunk);
        if (tmp.write(chunk) != chunk.size()) {
            const QString reason = tmp.errorString();
            tmp.remove();
            return Error{ErrorCode::Io, tr("Writing the attachment failed (%1). Free some disk "
                                           "space and try again.")
                                            .arg(reason)};
        }
        if (progress)
            progress(total);
    }
    if (!source.atEnd()) {
        tmp.remove();
        return Error{ErrorCode::Io, tr("Reading %1 stopped early (%2). Check the file and try "
                                       "again.")
                                        .arg(displayName, source.errorString())};
    }
    if (!tmp.flush() || ::fsync(tmp.handle()) != 0) {
        tmp.remove();
        return Error{ErrorCode::Io, tr("Writing the attachment failed (%1). Free some disk space "
                                       "and try again.")
                                        .arg(tmp.errorString())};
    }

    BlobInfo info{QString::fromLatin1(hash.result().toHex()), total};
    const QString target = pathFor(info.sha256);
    if (QFileInfo::exists(target)) {
        tmp.remove(); // same content already stored
        return info;
    }
    makePrivatePath(m_root, QFileInfo(target).absolutePath());
    // rename(2), not QFile::rename: the name is the content's hash, so replacing a file another
    // writer stored meanwhile swaps identical bytes atomically and both writers succeed.
    // QFile::rename refuses an existing target ("Destination file exists"; a removal under the
    // write lock can then take the file before a re-check sees it) and, when the target appears
    // between its check and its link, falls back to truncating the existing blob and copying
    // into it, so a committed attachment is briefly empty, or removed if the copy fails.
    if (::rename(QFile::encodeName(tmp.fileName()).constData(),
                 QFile::encodeName(target).constData()) != 0) {
        const QString reason = qt_error_string(errno);
        tmp.remove();
        return Error{ErrorCode::Io,
                     tr("Storing the attachment failed (%1). Check the data folder's permissions.")
                         .arg(reason)};
    }
    return info;
}

int BlobStore::sweep(const QSet<QString> &keep, qint64 graceMs)
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addMSecs(-graceMs);
    int removed = 0;
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (keep.contains(info.fileName()) || info.lastModified().toUTC() > cutoff)
            continue;
        if (QFile::remove(info.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

QStringList BlobStore::blobsOlderThan(qint64 graceMs) const
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addMSecs(-graceMs);
    const QString tmpDir = m_root + QStringLiteral("/tmp");
    QStringList names;
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.absolutePath() != tmpDir && info.lastModified().toUTC() <= cutoff)
            names.append(info.fileName());
    }
    return names;
}

int BlobStore::sweepTemporary(qint64 graceMs)
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addMSecs(-graceMs);
    int removed = 0;
    QDirIterator it(m_root + QStringLiteral("/tmp"), QDir::Files);
    while (it.hasNext()) {
        it.next();
        if (it.fileInfo().lastModified().toUTC() > cutoff)
            continue;
        // A writer holds its staging file locked until it is renamed (openStagingFile).
        const int fd = ::open(QFile::encodeName(it.filePath()).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && QFile::remove(it.filePath()))
            ++removed;
        ::close(fd);
    }
    return removed;
}

} // namespace carillon
