#pragma once

// A deliberately literal HTTP/1.1 client for the link server tests: it sends exactly the bytes
// a test gives it and parses the answer by hand, so that malformed requests can be sent and
// every header can be checked. Blocking, so it works on any thread without an event loop.

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QTcpSocket>

#include <utility>

namespace carillon::test {

struct HttpReply
{
    int status = 0; // 0: no answer (connection closed or timed out)
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    QByteArray bodySha256; // filled instead of body when hashing large downloads
    qint64 bodySize = 0;
    bool closedAfter = false;

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &[name, value] : headers) {
            if (name == lowerName)
                return value;
        }
        return {};
    }
    int headerCount(const QByteArray &lowerName) const
    {
        int n = 0;
        for (const auto &h : headers)
            n += h.first == lowerName ? 1 : 0;
        return n;
    }
    // Every header but Date, which may tick between two requests.
    QList<std::pair<QByteArray, QByteArray>> stableHeaders() const
    {
        QList<std::pair<QByteArray, QByteArray>> list;
        for (const auto &h : headers) {
            if (h.first != "date")
                list.append(h);
        }
        return list;
    }
};

class HttpTestClient
{
public:
    explicit HttpTestClient(quint16 port, int timeoutMs = 15'000)
        : m_port(port), m_timeoutMs(timeoutMs)
    {
    }

    QTcpSocket &socket() { return m_socket; }

    bool connectIfNeeded()
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            return true;
        m_socket.abort();
        m_buffer.clear();
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        return m_socket.waitForConnected(m_timeoutMs);
    }

    bool send(const QByteArray &bytes)
    {
        if (!connectIfNeeded())
            return false;
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(m_timeoutMs))
                return false;
        }
        return true;
    }

    // Reads one response. headRequest: the answer has no body whatever Content-Length says.
    // hashBody: hash the body as it arrives instead of keeping it (large files).
    HttpReply read(bool headRequest = false, bool hashBody = false)
    {
        HttpReply reply;
        qsizetype end;
        while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!fill())
                return reply;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine[0].startsWith("HTTP/1."))
            return reply;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                reply.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
        }
        const qint64 length = headRequest ? 0 : reply.header("content-length").toLongLong();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 received = 0;
        while (received < length) {
            if (m_buffer.isEmpty() && !fill())
                return reply;
            const QByteArray chunk = m_buffer.left(length - received);
            m_buffer.remove(0, chunk.size());
            received += chunk.size();
            if (hashBody)
                hash.addData(chunk);
            else
                reply.body += chunk;
        }
        reply.bodySize = received;
        if (hashBody)
            reply.bodySha256 = hash.result().toHex();
        reply.status = statusLine[1].toInt();
        reply.closedAfter = reply.header("connection").toLower() == "close";
        return reply;
    }

    HttpReply exchange(const QByteArray &rawRequest, bool headRequest = false,
                       bool hashBody = false)
    {
        if (!send(rawRequest))
            return {};
        HttpReply reply = read(headRequest, hashBody);
        if (reply.closedAfter || reply.status == 0)
            m_socket.abort();
        return reply;
    }

    HttpReply get(const QByteArray &target, const QByteArray &extraHeaders = {},
                  const QByteArray &method = "GET", bool hashBody = false)
    {
        return exchange(method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders +
                            "\r\n",
                        method == "HEAD", hashBody);
    }

    // True once the server has closed the connection (reads nothing more within timeoutMs).
    bool waitForServerClose(int timeoutMs)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            return true;
        return m_socket.waitForDisconnected(timeoutMs) ||
               m_socket.state() != QAbstractSocket::ConnectedState;
    }

private:
    bool fill()
    {
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(m_timeoutMs))
            return false;
        m_buffer += m_socket.readAll();
        return true;
    }

    quint16 m_port;
    int m_timeoutMs;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace carillon::test
