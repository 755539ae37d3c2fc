#pragma once

#include "core/ChatBackend.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkReply;

namespace carillon {

// The bytes of attachments between a device and carillon-server's link server, beside the
// WebSocket: uploads (PUT <uploads URL><id of our choosing>) before a message is sent, and
// downloads (GET <files URL><attachment id>), each with the session token as a Bearer token.
// Files stream from and to disk (never whole in memory); a download lands in a partial file
// next to its target, continues with Range where an earlier attempt stopped, is checked
// against the SHA-256 the server names (hashed on a worker thread) and renamed into place only
// when complete. Every error says what happened and what to do; no token or URL is logged.
// Callbacks run on the thread of this object, never after it is gone.
class RemoteTransfers : public QObject
{
    Q_OBJECT
public:
    struct Uploaded
    {
        QString id;       // the upload's name on the server
        QString fileName; // what the message calls the file
    };
    using UploadsDone = std::function<void(const Result<QList<Uploaded>> &)>;
    using Verified = std::function<void(bool sameBytes)>;

    explicit RemoteTransfers(QObject *parent = nullptr);
    ~RemoteTransfers() override;

    // Uploads the files one after the other; progress counts the bytes of all of them. Files
    // over maxSize (when not 0) are refused before anything is sent.
    void upload(const QUrl &uploadsUrl, const QString &token, const QStringList &files,
                qint64 maxSize, Progress progress, UploadsDone done);
    // Downloads url to targetPath through targetPath's partial file; a second call for a
    // target already on its way waits for that download instead of starting another. sha256 (hex;
    // may be empty) is what the bytes must hash to; the server's Repr-Digest is checked too.
    void download(const QUrl &url, const QString &token, const QString &targetPath,
                  const QString &sha256, Done done);
    // Whether the file at path holds bytes with this SHA-256 (hex); hashed on a worker.
    void verify(const QString &path, const QString &sha256, Verified done);

    // The partial file a download to targetPath is written to.
    static QString partPathFor(const QString &targetPath);
    // fileName made safe as the last part of a path.
    static QString safeFileName(const QString &fileName);

    struct UploadJob;

private:
    struct DownloadJob;
    void uploadNext(const std::shared_ptr<UploadJob> &job);
    void finishDownload(const std::shared_ptr<DownloadJob> &job, QNetworkReply *reply);
    Error uploadError(QNetworkReply *reply, const QString &fileName) const;
    Error downloadError(QNetworkReply *reply) const;

    QNetworkAccessManager m_network;
    QThreadPool m_hashing;
    QHash<QString, QList<Done>> m_downloading; // by target: who waits for it
};

} // namespace carillon
