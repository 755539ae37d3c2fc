#pragma once

#include "links/HttpMessage.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace carillon::links {

class LinkResponder;
class UploadSink;

struct ConnectionLimits
{
    qsizetype maxHeadBytes = 16 * 1024;
    int idleTimeoutMs = 10'000;
};

// One client connection, driven by its worker thread's event loop. It works on the raw,
// non-blocking socket rather than a QTcpSocket: QTcpSocket copies every byte written into an
// unbounded buffer, while here the file body goes straight from the page cache to the socket
// with sendfile(2), as nginx does, and only when the socket can take it. Memory per
// connection is the request head (at most maxHeadBytes) and the response head, whatever the
// file size.
//
// States: reading a request head -> (an upload: receiving its body into a file, a bounded
// chunk at a time) -> writing the response -> reading the next one (keep-alive), or, when the
// connection is to close, draining what the client still sends for a moment so that closing does
// not reset the connection before the client has read the answer.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(int fd, const LinkResponder &responder, ConnectionLimits limits,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // True once the client has made no progress for the idle limit: no byte of a request
    // received, none of the answer written, and none of what is queued in the kernel taken
    // by the client. A slow reader that keeps reading is never cut off mid-file.
    bool hasExpired();
    // Closes the socket at once; emits closed().
    void closeNow();

signals:
    void closed();

private:
    enum class State
    {
        Reading,
        Receiving, // an upload's body, into m_upload
        Writing,
        Draining,
        Closed
    };
    enum class WriteStep
    {
        Done,    // the whole response is out
        Blocked, // the socket is full: wait until it is writable
        Yield,   // sent a fair share: let other connections on this thread have a turn
        Failed   // the client went away
    };

    void onReadable();
    void drain();
    // Takes the upload's body from what is buffered, then from the socket while it has data;
    // answers once the whole body is in.
    void receive();
    // Starts receiving an upload's body, or answers its refusal; whether receiving began.
    bool beginUpload(const HttpRequest &request);
    // Answers whatever complete requests are buffered and writes until the socket is full.
    void pump();
    void start(HttpResponse response);
    WriteStep writeSome();
    WriteStep writeFileBody(qint64 *budget);
    void lingerAndClose();
    void touch() { m_deadline.setRemainingTime(m_limits.idleTimeoutMs); }
    // After writing: the deadline restarts and what the kernel now holds for the client is the
    // level a later sweep compares against.
    void touchAfterWrite();
    // Bytes written to the socket that the client has not acknowledged yet; -1 when unknown.
    qint64 queuedBytes() const;

    int m_fd;
    const LinkResponder &m_responder;
    ConnectionLimits m_limits;
    QSocketNotifier m_readNotifier;
    QSocketNotifier m_writeNotifier;
    State m_state = State::Reading;
    bool m_peerClosed = false;
    QDeadlineTimer m_deadline;
    QByteArray m_in; // received, not yet answered
    HttpResponse m_response;
    QByteArray m_out; // response head and in-memory body
    qsizetype m_outSent = 0;
    qint64 m_fileSent = 0;
    qint64 m_queued = -1; // queuedBytes() when last looked at
    std::unique_ptr<UploadSink> m_upload;
    bool m_uploadKeepAlive = true;
};

} // namespace carillon::links
