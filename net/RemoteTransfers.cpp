#include "net/RemoteTransfers.h"

#include "core/BlobStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUuid>

#include <cstdio>

namespace carillon {

namespace {
// A transfer that moves no byte for this long is given up (QNetworkRequest::transferTimeout);
// one that keeps moving is never cut off, however large the file.
constexpr int kStallTimeoutMs = 30'000;

QNetworkRequest authorised(const QUrl &url, const QString &token)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(kStallTimeoutMs);
    // Our own URLs only: a redirect elsewhere would carry the token along.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// The hex SHA-256 of a "Repr-Digest: sha-256=:<base64>:" header (RFC 9530); empty if none.
QString digestOf(QNetworkReply *reply)
{
    const QByteArray header = reply->rawHeader("Repr-Digest");
    const qsizetype start = header.indexOf("sha-256=:");
    if (start < 0)
        return {};
    const QByteArray rest = header.mid(start + 9);
    const qsizetype end = rest.indexOf(':');
    if (end < 0)
        return {};
    return QString::fromLatin1(QByteArray::fromBase64(rest.left(end)).toHex());
}

// rename(2): replaces an earlier copy of the target at once.
bool moveInto(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    QFile::remove(to);
    return QFile::rename(from, to);
}
} // namespace

struct RemoteTransfers::UploadJob
{
    QUrl base;
    QString token;
    QStringList files;
    qint64 total = 0;
    qint64 before = 0; // bytes of the files already uploaded
    QList<Uploaded> uploaded;
    Progress progress;
    qint64 reported = -1; // the last report: the bar never goes back
    UploadsDone done;
};

namespace {
void report(RemoteTransfers::UploadJob &job, qint64 bytes)
{
    if (!job.progress || bytes <= job.reported)
        return;
    job.reported = bytes;
    job.progress(bytes, job.total);
}
} // namespace

struct RemoteTransfers::DownloadJob
{
    QString target;
    QString sha256;
    Done done;
    std::unique_ptr<QFile> part;
    bool decided = false; // whether the answer continues the partial file or replaces it
    bool refused = false; // an error answer: its body is not the file
};

RemoteTransfers::RemoteTransfers(QObject *parent) : QObject(parent)
{
    m_hashing.setMaxThreadCount(1);
}

RemoteTransfers::~RemoteTransfers()
{
    // Replies belong to the manager, which goes after this body: none may call back into a
    // half-destroyed object.
    const auto replies = m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
    m_hashing.waitForDone();
}

QString RemoteTransfers::partPathFor(const QString &targetPath)
{
    const QFileInfo info(targetPath);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() +
           QStringLiteral(".carillon-part");
}

QString RemoteTransfers::safeFileName(const QString &fileName)
{
    QString name;
    for (QChar c : fileName)
        name += (c.unicode() < 0x20 || c == QLatin1Char('/') || c == QLatin1Char('\\'))
                    ? QLatin1Char('_')
                    : c;
    if (name.trimmed().isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("attachment");
    return name;
}

void RemoteTransfers::upload(const QUrl &uploadsUrl, const QString &token, const QStringList &files,
                             qint64 maxSize, Progress progress, UploadsDone done)
{
    auto job = std::make_shared<UploadJob>();
    job->base = uploadsUrl;
    job->token = token;
    job->files = files;
    job->progress = std::move(progress);
    job->done = std::move(done);
    // Checked before the first byte leaves: a refusal halfway would waste the rest.
    for (const QString &path : files) {
        const QFileInfo info(path);
        if (!info.isFile()) {
            job->done(
                Error{ErrorCode::NotFound,
                      tr("The file %1 does not exist. Check the path and try again.").arg(path)});
            return;
        }
        if (maxSize > 0 && info.size() > maxSize) {
            job->done(
                Error{ErrorCode::TooLarge,
                      tr("%1 is %2; attachments on this server can be at most %3. Share "
                         "a smaller file or split it.")
                          .arg(info.fileName(), formatSize(info.size()), formatSize(maxSize))});
            return;
        }
        job->total += info.size();
    }
    uploadNext(job);
}

void RemoteTransfers::uploadNext(const std::shared_ptr<UploadJob> &job)
{
    if (job->uploaded.size() == job->files.size()) {
        job->done(job->uploaded);
        return;
    }
    const QString path = job->files.at(job->uploaded.size());
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        job->done(Error{ErrorCode::Io, tr("Cannot read %1 (%2). Check that you may read the "
                                          "file, then send it again.")
                                           .arg(path, file->errorString())});
        return;
    }
    const qint64 size = file->size();
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    QNetworkRequest request = authorised(QUrl(job->base.toString() + id), job->token);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/octet-stream"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, size);
    // The manager reads the file as the socket takes it: the file is never whole in memory.
    QNetworkReply *reply = m_network.put(request, file.get());
    file.release()->setParent(reply);
    connect(reply, &QNetworkReply::uploadProgress, this,
            [job](qint64 sent, qint64) { report(*job, job->before + sent); });
    connect(reply, &QNetworkReply::finished, this, [this, job, reply, path, size, id] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError || statusOf(reply) != 201) {
            job->done(uploadError(reply, QFileInfo(path).fileName()));
            return;
        }
        job->before += size;
        report(*job, job->before);
        job->uploaded.append({id, QFileInfo(path).fileName()});
        uploadNext(job);
    });
}

Error RemoteTransfers::uploadError(QNetworkReply *reply, const QString &fileName) const
{
    switch (statusOf(reply)) {
    case 401:
        return Error{ErrorCode::Forbidden,
                     tr("The server no longer accepts this session, so %1 was not sent. Sign in "
                        "again, then send it again.")
                         .arg(fileName)};
    case 413:
        return Error{ErrorCode::TooLarge, tr("%1 is larger than this server accepts for "
                                             "attachments. Share a smaller file or split it.")
                                              .arg(fileName)};
    case 0:
        return Error{ErrorCode::Io, tr("Sending %1 to the server failed (%2). Check the "
                                       "connection, then send the message again.")
                                        .arg(fileName, reply->errorString())};
    default:
        return Error{ErrorCode::Io,
                     tr("The server did not take %1 (%2: %3). Send the message again later.")
                         .arg(fileName)
                         .arg(statusOf(reply))
                         .arg(QString::fromUtf8(reply->readAll().left(300)).trimmed())};
    }
}

void RemoteTransfers::download(const QUrl &url, const QString &token, const QString &targetPath,
                               const QString &sha256, Done done)
{
    if (auto waiting = m_downloading.find(targetPath); waiting != m_downloading.end()) {
        waiting->append(std::move(done));
        return;
    }
    m_downloading.insert(targetPath, {std::move(done)});
    auto job = std::make_shared<DownloadJob>();
    job->target = targetPath;
    job->sha256 = sha256.toLower();
    QPointer<RemoteTransfers> self(this);
    job->done = [self, targetPath](const Status &status) {
        if (!self)
            return;
        for (const Done &waiting : self->m_downloading.take(targetPath))
            if (waiting)
                waiting(status);
    };
    const QString folder = QFileInfo(targetPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        job->done(Error{ErrorCode::Io, tr("Cannot make the folder %1. Choose another place to "
                                          "save the file.")
                                           .arg(folder)});
        return;
    }
    job->part = std::make_unique<QFile>(partPathFor(targetPath));
    if (!job->part->open(QIODevice::ReadWrite | QIODevice::Append)) {
        job->done(Error{ErrorCode::Io, tr("Cannot write in %1 (%2). Choose another place to "
                                          "save the file.")
                                           .arg(folder, job->part->errorString())});
        return;
    }
    QNetworkRequest request = authorised(url, token);
    // An attachment's bytes never change, so what an earlier attempt left is continued.
    const qint64 have = job->part->size();
    if (have > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
        if (!job->sha256.isEmpty())
            request.setRawHeader("If-Range", '"' + job->sha256.toLatin1() + '"');
    }
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::readyRead, this, [job, reply, have] {
        if (!job->decided) {
            job->decided = true;
            const int status = statusOf(reply);
            job->refused = status != 200 && status != 206;
            // 200: the whole file (the server ignored Range, or there was none).
            if (status == 200 && have > 0)
                job->part->resize(0);
        }
        if (job->refused)
            return;
        const QByteArray bytes = reply->readAll();
        if (job->part->write(bytes) != bytes.size()) {
            job->refused = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, job, reply] { finishDownload(job, reply); });
}

void RemoteTransfers::finishDownload(const std::shared_ptr<DownloadJob> &job, QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = statusOf(reply);
    if (reply->error() != QNetworkReply::NoError || (status != 200 && status != 206) ||
        !job->part->flush()) {
        const bool diskFull = job->part->error() != QFileDevice::NoError;
        const QString partPath = job->part->fileName();
        job->part->close();
        // A partial file is kept only to be continued after a broken connection.
        if (status != 0 || diskFull || QFileInfo(partPath).size() == 0)
            QFile::remove(partPath);
        job->done(diskFull ? Error{ErrorCode::Io, tr("Saving the file failed (%1). Free some "
                                                     "disk space and try again.")
                                                      .arg(job->part->errorString())}
                           : downloadError(reply));
        return;
    }
    job->part->close();
    const QString server = digestOf(reply);
    if (!job->sha256.isEmpty() && !server.isEmpty() && server != job->sha256) {
        QFile::remove(job->part->fileName());
        job->done(Error{ErrorCode::Conflict, tr("The server sent other contents than this "
                                                "attachment's. Try again later.")});
        return;
    }
    const auto complete = [job](bool same) {
        const QString partPath = job->part->fileName();
        if (!same) {
            QFile::remove(partPath);
            job->done(Error{ErrorCode::Io, tr("The file arrived damaged (its contents do not "
                                              "match). Try again.")});
            return;
        }
        if (!moveInto(partPath, job->target)) {
            job->done(Error{ErrorCode::Io,
                            tr("The file was downloaded but could not be saved as %1. Check "
                               "that you may write there, then try again.")
                                .arg(job->target)});
            return;
        }
        job->done(Status());
    };
    const QString expected = job->sha256.isEmpty() ? server : job->sha256;
    if (expected.isEmpty())
        complete(true); // neither side named a digest: nothing to check against
    else
        verify(job->part->fileName(), expected, complete);
}

Error RemoteTransfers::downloadError(QNetworkReply *reply) const
{
    switch (statusOf(reply)) {
    case 401:
        return Error{ErrorCode::Forbidden, tr("The server no longer accepts this session. Sign "
                                              "in again, then open the file again.")};
    case 404:
        return Error{ErrorCode::NotFound,
                     tr("This file is not available to you: it was deleted, or you are not in "
                        "its conversation.")};
    case 0:
        return Error{ErrorCode::Io, tr("Downloading the file failed (%1). Check the connection "
                                       "and try again; it continues where it stopped.")
                                        .arg(reply->errorString())};
    default:
        return Error{ErrorCode::Io, tr("The server could not send the file (%1). Try again "
                                       "later.")
                                        .arg(statusOf(reply))};
    }
}

void RemoteTransfers::verify(const QString &path, const QString &sha256, Verified done)
{
    if (sha256.isEmpty()) {
        done(false);
        return;
    }
    QPointer<const QObject> self(this);
    m_hashing.start([self, path, sha256, done] {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const bool read = file.open(QIODevice::ReadOnly) && hash.addData(&file);
        const bool same = read && QString::fromLatin1(hash.result().toHex()) == sha256.toLower();
        ChatBackend::deliver<bool>(self, done, same);
    });
}

} // namespace carillon
