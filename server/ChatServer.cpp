#include "server/ChatServer.h"

#include "core/Workspace.h"
#include "server/ServerSession.h"

#include <QFile>
#include <QSemaphore>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QWebSocket>
#include <QWebSocketServer>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>

namespace carillon::server {

namespace {
Result<QByteArray> readPem(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            ErrorCode::Io,
            ServerConfig::tr("Cannot read the TLS %1 %2: %3.").arg(what, path, file.errorString())};
    return file.readAll();
}
// Threads for password checks and session look-ups, off the thread that serves the sockets.
constexpr int kWorkers = 2;
} // namespace

ChatServer::ChatServer(Workspace &ws, const ServerConfig &config, QObject *parent)
    : QObject(parent), m_ws(ws), m_config(config), m_fanout(ws)
{
    m_workers.setMaxThreadCount(kWorkers);
    // Workers live as long as the server and keep their database connections: a sign-in or a
    // resumption does not open one (tens of milliseconds on PostgreSQL) each time.
    m_workers.setExpiryTimeout(-1);
}

ChatServer::~ChatServer()
{
    if (m_server)
        m_server->close();
    // Sessions are children of this object: they go first, with their backends; the workers'
    // late replies find their receivers gone.
    qDeleteAll(findChildren<ServerSession *>(Qt::FindDirectChildrenOnly));
    // Each worker closes its connection on its own thread (Qt's connections belong to the
    // thread that opened them), after the tasks already queued. These wait for one another, so
    // each has a thread of its own. (waitForDone() first would end the threads and leave their
    // connections open.)
    QSemaphore arrived;
    QSemaphore leave;
    for (int i = 0; i < kWorkers; ++i) {
        m_workers.start([this, &arrived, &leave] {
            m_ws.db().releaseThreadConnection();
            arrived.release();
            leave.acquire();
        });
    }
    arrived.acquire(kWorkers);
    leave.release(kWorkers);
    m_workers.waitForDone();
}

Status ChatServer::start()
{
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("carillon-server"),
                                                  m_config.tls() ? QWebSocketServer::SecureMode
                                                                 : QWebSocketServer::NonSecureMode);
    if (m_config.tls()) {
        auto chain = readPem(m_config.certificateFile, ServerConfig::tr("certificate"));
        if (!chain)
            return chain.error();
        auto keyPem = readPem(m_config.keyFile, ServerConfig::tr("key"));
        if (!keyPem)
            return keyPem.error();
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(*chain, QSsl::Pem);
        QSslKey key(*keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(*keyPem, QSsl::Rsa, QSsl::Pem);
        if (certificates.isEmpty() || key.isNull())
            return Error{ErrorCode::InvalidInput,
                         ServerConfig::tr("The TLS certificate or key is not PEM, or the key is "
                                          "neither EC nor RSA.")};
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(certificates);
        ssl.setPrivateKey(key);
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        m_server->setSslConfiguration(ssl);
    }
    m_server->setMaxPendingConnections(64);
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &ChatServer::onNewConnection);
    if (!m_server->listen(m_config.address, m_config.port))
        return Error{ErrorCode::Io, ServerConfig::tr("Cannot listen on %1 port %2: %3.")
                                        .arg(m_config.address.toString())
                                        .arg(m_config.port)
                                        .arg(m_server->errorString())};
    // Events are small frames, often two in a row: with Nagle's algorithm the second waits for
    // the device to acknowledge the first (up to 40 ms of delayed ACK). QWebSocket does not
    // show its TCP socket; on Linux the accepted sockets take TCP_NODELAY from the listener.
    const int one = 1;
    if (::setsockopt(int(m_server->socketDescriptor()), IPPROTO_TCP, TCP_NODELAY, &one,
                     sizeof one) != 0)
        qWarning("carillon-server: events may be delayed (TCP_NODELAY: %s)", std::strerror(errno));
    return {};
}

quint16 ChatServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString ChatServer::url() const
{
    QString host = m_config.address.toString();
    if (m_config.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("%1://%2:%3")
        .arg(m_config.tls() ? QStringLiteral("wss") : QStringLiteral("ws"), host)
        .arg(port());
}

void ChatServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= m_config.maxConnections) {
            socket->close(QWebSocketProtocol::CloseCode(1013), // try again later
                          QStringLiteral("server full"));
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        auto *session = new ServerSession(*this, socket, this);
        connect(session, &QObject::destroyed, this, [this] { --m_connections; });
    }
}

} // namespace carillon::server
