#include "links/HttpConnection.h"

#include "links/LinkResponder.h"

#include <cerrno>

#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <sys/sendfile.h>
#endif

namespace carillon::links {

namespace {
// How much one connection may send before the others on its thread get a turn.
constexpr qint64 kWriteBudget = 2 * 1024 * 1024;
// How long a closing connection keeps reading (and discarding) what the client still sends.
constexpr int kLingerMs = 2'000;
constexpr qsizetype kReadChunk = 16 * 1024;

bool wouldBlock(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK;
}
} // namespace

HttpConnection::HttpConnection(int fd, const LinkResponder &responder, ConnectionLimits limits,
                               QObject *parent)
    : QObject(parent), m_fd(fd), m_responder(responder), m_limits(limits),
      m_readNotifier(fd, QSocketNotifier::Read), m_writeNotifier(fd, QSocketNotifier::Write)
{
    m_writeNotifier.setEnabled(false);
    connect(&m_readNotifier, &QSocketNotifier::activated, this, &HttpConnection::onReadable);
    connect(&m_writeNotifier, &QSocketNotifier::activated, this, &HttpConnection::pump);
    touch();
}

HttpConnection::~HttpConnection()
{
    if (m_fd >= 0) {
        m_readNotifier.setEnabled(false);
        m_writeNotifier.setEnabled(false);
        ::close(m_fd);
    }
}

qint64 HttpConnection::queuedBytes() const
{
#ifdef Q_OS_LINUX
    int queued = 0;
    if (m_fd >= 0 && ::ioctl(m_fd, SIOCOUTQ, &queued) == 0)
        return queued;
#endif
    return -1;
}

void HttpConnection::touchAfterWrite()
{
    touch();
    m_queued = queuedBytes();
}

bool HttpConnection::hasExpired()
{
    // The kernel's send buffer can hold megabytes; a slow reader drains it for longer than the
    // idle limit before the socket takes more. Its shrinking queue is progress too.
    if (m_state == State::Writing || m_state == State::Reading) {
        const qint64 queued = queuedBytes();
        if (queued >= 0 && m_queued >= 0 && queued < m_queued)
            touch();
        m_queued = queued;
    }
    return m_deadline.hasExpired();
}

void HttpConnection::closeNow()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    // Notifiers off before the descriptor goes, or the dispatcher would poll a closed (or
    // reused) descriptor.
    m_readNotifier.setEnabled(false);
    m_writeNotifier.setEnabled(false);
    ::close(m_fd);
    m_fd = -1;
    m_response = {};
    m_in = {};
    m_out = {};
    m_upload.reset(); // an unfinished upload's staging file goes with it
    emit closed();
}

void HttpConnection::onReadable()
{
    if (m_state == State::Draining) {
        drain();
        return;
    }
    if (m_state == State::Receiving) {
        receive();
        return;
    }
    if (m_state != State::Reading)
        return;
    // Read up to one byte more than a head may have, so an over-long head is recognised; the
    // rest stays in the kernel until this request is answered.
    while (m_in.size() <= m_limits.maxHeadBytes) {
        const qsizetype old = m_in.size();
        const qsizetype room = qMin(kReadChunk, m_limits.maxHeadBytes + 1 - old);
        m_in.resize(old + room);
        const ssize_t n = ::recv(m_fd, m_in.data() + old, size_t(room), 0);
        m_in.resize(old + qMax<qsizetype>(n, 0));
        if (n > 0) {
            touch();
            continue;
        }
        if (n == 0) {
            // The client will send no more, but may still wait for answers to what it sent.
            m_peerClosed = true;
            m_readNotifier.setEnabled(false);
            break;
        }
        if (errno == EINTR)
            continue;
        if (wouldBlock(errno))
            break;
        closeNow();
        return;
    }
    pump();
}

void HttpConnection::drain()
{
    char sink[4096];
    for (int i = 0; i < 16; ++i) {
        const ssize_t n = ::recv(m_fd, sink, sizeof sink, 0);
        if (n > 0)
            continue;
        if (n < 0 && (errno == EINTR || wouldBlock(errno)))
            return;
        break; // end of stream or error: the client has what it needs
    }
    closeNow();
}

void HttpConnection::pump()
{
    while (m_state == State::Reading || m_state == State::Writing) {
        if (m_state == State::Writing) {
            switch (writeSome()) {
            case WriteStep::Blocked:
            case WriteStep::Yield:
                m_writeNotifier.setEnabled(true);
                return;
            case WriteStep::Failed:
                closeNow();
                return;
            case WriteStep::Done:
                break;
            }
            m_writeNotifier.setEnabled(false);
            const bool close = m_response.close;
            m_response = {};
            m_out = {};
            if (close) {
                lingerAndClose();
                return;
            }
            m_state = State::Reading;
            touch();
        }

        const ParsedHead parsed = parseRequestHead(m_in, m_limits.maxHeadBytes);
        if (parsed.outcome == ParsedHead::Incomplete) {
            if (m_peerClosed)
                closeNow();
            else
                m_readNotifier.setEnabled(true);
            return;
        }
        HttpResponse response;
        if (parsed.outcome == ParsedHead::Malformed) {
            m_in.clear();
            response = LinkResponder::malformed(parsed.errorStatus);
        } else {
            m_in.remove(0, parsed.consumed);
            if (m_responder.isUpload(parsed.request)) {
                if (beginUpload(parsed.request))
                    return;
                continue; // refused: the answer is being written
            }
            response = m_responder.respond(parsed.request);
        }
        // A client that has stopped sending (a pipelining script behind nc -N, say) still
        // waits for the answers to everything it sent before: only the last one closes.
        if (m_peerClosed && !response.close)
            response.close =
                parseRequestHead(m_in, m_limits.maxHeadBytes).outcome == ParsedHead::Incomplete;
        start(std::move(response));
    }
}

bool HttpConnection::beginUpload(const HttpRequest &request)
{
    LinkResponder::UploadStart upload = m_responder.startUpload(request);
    if (!upload.sink) {
        // The body was not read: what follows it cannot be told from a next request.
        upload.refusal.close = true;
        start(std::move(upload.refusal));
        return false;
    }
    m_upload = std::move(upload.sink);
    m_uploadKeepAlive = request.keepAlive;
    m_state = State::Receiving;
    // RFC 9110, section 10.1.1: a client that waits for it sends the body only after this.
    if (request.header("expect").toLower() == "100-continue") {
        static const char goOn[] = "HTTP/1.1 100 Continue\r\n\r\n";
        [[maybe_unused]] const auto sent =
            ::send(m_fd, goOn, sizeof goOn - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
    }
    receive();
    return true;
}

void HttpConnection::receive()
{
    // What came with the head first, then the socket, a chunk at a time: memory stays at one
    // chunk whatever the file's size.
    if (!m_in.isEmpty()) {
        const qint64 take = qMin<qint64>(m_in.size(), m_upload->remaining());
        if (!m_upload->write(m_in.constData(), take)) {
            m_upload.reset();
            start(UploadSink::failed());
            pump();
            return;
        }
        m_in.remove(0, take);
    }
    char chunk[kReadChunk * 4];
    while (m_upload->remaining() > 0) {
        const ssize_t n =
            ::recv(m_fd, chunk, size_t(qMin<qint64>(sizeof chunk, m_upload->remaining())), 0);
        if (n > 0) {
            touch();
            if (!m_upload->write(chunk, n)) {
                m_upload.reset();
                start(UploadSink::failed());
                pump();
                return;
            }
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && wouldBlock(errno)) {
            m_readNotifier.setEnabled(true);
            return;
        }
        // The client went away (or stopped sending) before the whole body: nothing is kept.
        closeNow();
        return;
    }
    HttpResponse response = m_upload->finish();
    m_upload.reset();
    response.close = response.close || !m_uploadKeepAlive;
    start(std::move(response));
    pump();
}

void HttpConnection::start(HttpResponse response)
{
    m_response = std::move(response);
    m_out = m_response.head();
    if (m_response.sendBody && !m_response.file)
        m_out += m_response.body;
    m_outSent = 0;
    m_fileSent = 0;
    m_state = State::Writing;
    m_readNotifier.setEnabled(false);
    touch();
}

HttpConnection::WriteStep HttpConnection::writeSome()
{
    qint64 budget = kWriteBudget;
    const bool fileBody = m_response.sendBody && m_response.file && m_response.fileLength > 0;
    bool progressed = false;
    while (m_outSent < m_out.size()) {
        // MSG_MORE: keep the head back briefly so it leaves in one segment with the start of
        // the file instead of a small packet of its own.
        const ssize_t n =
            ::send(m_fd, m_out.constData() + m_outSent, size_t(m_out.size() - m_outSent),
                   MSG_NOSIGNAL | (fileBody ? MSG_MORE : 0));
        if (n > 0) {
            m_outSent += n;
            budget -= n;
            progressed = true;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && wouldBlock(errno)) {
            if (progressed)
                touchAfterWrite();
            return WriteStep::Blocked;
        }
        return WriteStep::Failed;
    }
    if (progressed)
        touchAfterWrite();
    if (!fileBody)
        return WriteStep::Done;
    return writeFileBody(&budget);
}

HttpConnection::WriteStep HttpConnection::writeFileBody(qint64 *budget)
{
    const int file = m_response.file->handle();
    WriteStep step = WriteStep::Done;
    bool progressed = false;
    while (m_fileSent < m_response.fileLength) {
        if (*budget <= 0) {
            step = WriteStep::Yield;
            break;
        }
        const qint64 want = qMin(m_response.fileLength - m_fileSent, *budget);
#ifdef Q_OS_LINUX
        off_t offset = off_t(m_response.fileOffset + m_fileSent);
        const ssize_t n = ::sendfile(m_fd, file, &offset, size_t(want));
#else
        // Elsewhere: one bounded chunk through a stack buffer; a partial send re-reads the
        // rest next time, which keeps this path free of state.
        char chunk[64 * 1024];
        ssize_t n = ::pread(file, chunk, size_t(qMin<qint64>(want, sizeof chunk)),
                            off_t(m_response.fileOffset + m_fileSent));
        if (n > 0)
            n = ::send(m_fd, chunk, size_t(n), MSG_NOSIGNAL);
        else if (n == 0)
            errno = EIO;
#endif
        if (n > 0) {
            m_fileSent += n;
            *budget -= n;
            progressed = true;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && wouldBlock(errno)) {
            step = WriteStep::Blocked;
            break;
        }
        // The client went away, or the file shrank under us (sendfile returns 0): either way
        // the promised Content-Length cannot be kept, so the connection must end.
        step = WriteStep::Failed;
        break;
    }
    if (progressed)
        touchAfterWrite();
    return step;
}

void HttpConnection::lingerAndClose()
{
    // Half-close, then read what is still coming: closing with unread data would make the
    // kernel reset the connection, and the client could lose the answer it has not read yet.
    if (m_peerClosed || ::shutdown(m_fd, SHUT_WR) != 0) {
        closeNow();
        return;
    }
    m_state = State::Draining;
    m_in = {};
    m_deadline.setRemainingTime(qMin(kLingerMs, m_limits.idleTimeoutMs));
    m_readNotifier.setEnabled(true);
}

} // namespace carillon::links
