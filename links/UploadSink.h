#pragma once

#include "links/HttpMessage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <memory>

namespace carillon {
class Workspace;
}

namespace carillon::links {

// Where carillon-server keeps what devices upload before they send it: beside the blob store
// (never inside it, where the start-up sweep would take the files for stray blobs), one folder
// per session, so that a send can only name uploads made with its own session's token.
namespace uploads {
// The folder of every session's uploads: <data folder>/uploads.
QString root(Workspace &ws);
// The finished upload id of session sessionId; empty when the id is not one a client may
// choose (1 to 64 of A-Z, a-z, 0-9, "-" and "_").
QString pathFor(Workspace &ws, const QString &sessionId, QStringView uploadId);
bool isValidId(QStringView uploadId);
// Removes uploads (finished or not) last written more than maxAgeMs ago, and emptied session
// folders: those whose message was never sent. Returns how many files went.
int sweep(Workspace &ws, qint64 maxAgeMs);
} // namespace uploads

// One upload's body on its way to disk: written as it arrives to a staging file (".part") in
// the session's folder, hashed on the way, and renamed to its final name only when every byte
// promised by Content-Length is in and on disk. Dropped unfinished (the client went away, the
// connection closed), it removes the staging file.
class UploadSink
{
    Q_DECLARE_TR_FUNCTIONS(UploadSink)
public:
    UploadSink(QString partPath, QString finalPath, qint64 length);
    ~UploadSink();
    UploadSink(const UploadSink &) = delete;
    UploadSink &operator=(const UploadSink &) = delete;

    // Opens the staging file; false (with the reason in errorString()) when it cannot.
    bool open();
    QString errorString() const { return m_part.errorString(); }
    qint64 remaining() const { return m_length - m_received; }
    // Writes the next bytes of the body (never more than remaining()); false when the disk
    // refused them: answer with failed().
    bool write(const char *data, qint64 size);
    // All bytes are in: flushes, moves the file to its final name and answers 201 with the
    // size and SHA-256, or an error.
    HttpResponse finish();
    // The answer when writing failed.
    static HttpResponse failed();

private:
    QFile m_part;
    QString m_final;
    qint64 m_length;
    qint64 m_received = 0;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    bool m_done = false;
};

} // namespace carillon::links
