#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <functional>

class QIODevice;

namespace carillon {

struct BlobInfo
{
    QString sha256; // lower-case hex; also the file's name
    qint64 size = 0;
};

// Attachment bytes on disk, named by their SHA-256. A blob is written to a temporary file in
// the same folder tree, flushed, and renamed into place, so a reader never sees a partial blob
// and a crash leaves at most a temporary file for the next sweep.
class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(BlobStore)
public:
    static constexpr qint64 kDefaultMaxSize = 100 * 1024 * 1024;

    explicit BlobStore(QString rootPath, qint64 maxSize = kDefaultMaxSize);

    QString rootPath() const { return m_root; }
    qint64 maxSize() const { return m_maxSize; }

    // Bytes read so far, after each chunk (for a progress bar); called on the writing thread.
    using Progress = std::function<void(qint64 bytesDone)>;

    Result<BlobInfo> putFile(const QString &sourcePath, const Progress &progress = {});
    Result<BlobInfo> putData(const QByteArray &bytes);
    QString pathFor(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    bool remove(const QString &sha256);

    // Removes temporary files and blobs not named in keep. Files younger than graceMs are left
    // alone because another instance may be between writing a blob and committing its row.
    // Returns how many files were removed.
    int sweep(const QSet<QString> &keep, qint64 graceMs);
    // The start-up sweep in two halves (see Workspace::sweepBlobs): stored blobs last written
    // more than graceMs ago, by name, and the removal of temporary files that old.
    QStringList blobsOlderThan(qint64 graceMs) const;
    int sweepTemporary(qint64 graceMs);

private:
    Result<BlobInfo> put(QIODevice &source, const QString &displayName,
                         const Progress &progress = {});

    QString m_root;
    qint64 m_maxSize;
};

// "1.4 MB" style size for messages and errors.
QString formatSize(qint64 bytes);

} // namespace carillon
