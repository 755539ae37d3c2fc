#include "links/UploadSink.h"

#include "core/BlobStore.h"
#include "core/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <cstdio>

#include <unistd.h>

namespace carillon::links {

namespace uploads {

QString root(Workspace &ws)
{
    return QFileInfo(ws.blobs().rootPath()).absolutePath() + QStringLiteral("/uploads");
}

bool isValidId(QStringView uploadId)
{
    if (uploadId.isEmpty() || uploadId.size() > 64)
        return false;
    for (QChar c : uploadId) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                        (u >= '0' && u <= '9') || u == '-' || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

QString pathFor(Workspace &ws, const QString &sessionId, QStringView uploadId)
{
    // Session ids are UUIDs the server made; checked anyway, as they become a folder name.
    if (!isValidId(uploadId) || !isValidId(sessionId))
        return {};
    return root(ws) + QLatin1Char('/') + sessionId + QLatin1Char('/') + uploadId.toString();
}

int sweep(Workspace &ws, qint64 maxAgeMs)
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addMSecs(-maxAgeMs);
    int removed = 0;
    QDirIterator it(root(ws), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileInfo().lastModified().toUTC() <= cutoff && QFile::remove(it.filePath()))
            ++removed;
    }
    // rmdir(2) removes only empty folders: a session uploading right now keeps its own.
    QDirIterator folders(root(ws), QDir::Dirs | QDir::NoDotAndDotDot);
    while (folders.hasNext())
        ::rmdir(QFile::encodeName(folders.next()).constData());
    return removed;
}

} // namespace uploads

UploadSink::UploadSink(QString partPath, QString finalPath, qint64 length)
    : m_part(std::move(partPath)), m_final(std::move(finalPath)), m_length(length)
{
}

UploadSink::~UploadSink()
{
    if (!m_done && m_part.isOpen())
        m_part.remove();
}

bool UploadSink::open()
{
    const QString folder = QFileInfo(m_final).absolutePath();
    if (!QDir().mkpath(folder))
        return false;
    // Uploads are as private as the blobs they become.
    QFile::setPermissions(QFileInfo(folder).absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Truncated: a client sending the same id again starts that upload over.
    return m_part.open(QIODevice::WriteOnly | QIODevice::Truncate,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool UploadSink::write(const char *data, qint64 size)
{
    size = qMin(size, remaining());
    if (m_part.write(data, size) != size)
        return false;
    m_hash.addData(QByteArrayView(data, size));
    m_received += size;
    return true;
}

HttpResponse UploadSink::failed()
{
    HttpResponse r;
    r.status = 507;
    r.body = tr("The server could not store the file. Try again later; if it keeps failing, "
                "tell whoever runs the server (its disk may be full).")
                 .toUtf8() +
             '\n';
    r.addHeader("Content-Type", "text/plain; charset=utf-8");
    r.addHeader("Cache-Control", "no-store");
    r.close = true;
    return r;
}

HttpResponse UploadSink::finish()
{
    if (remaining() != 0 || !m_part.flush() || ::fsync(m_part.handle()) != 0)
        return failed();
    // rename(2) replaces an earlier upload under the same id at once.
    if (std::rename(QFile::encodeName(m_part.fileName()).constData(),
                    QFile::encodeName(m_final).constData()) != 0)
        return failed();
    m_done = true;
    m_part.close();
    HttpResponse r;
    r.status = 201;
    const QByteArray sha = m_hash.result().toHex();
    r.body = "{\"size\":" + QByteArray::number(m_received) + ",\"sha256\":\"" + sha + "\"}\n";
    r.addHeader("Content-Type", "application/json");
    r.addHeader("Cache-Control", "no-store");
    r.addHeader("Repr-Digest", "sha-256=:" + QByteArray::fromHex(sha).toBase64() + ':');
    return r;
}

} // namespace carillon::links
