#include "links/LinkWorker.h"

#include "core/Database.h"

#include <QTimer>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace carillon::links {

LinkWorker::LinkWorker(WorkerShared &shared, Database &db)
    : m_shared(shared), m_db(db), m_sweepTimer(new QTimer(this))
{
    // A dropped client is noticed within a quarter of the idle limit.
    m_sweepTimer->setInterval(qBound(20, m_shared.limits.idleTimeoutMs / 4, 1000));
    connect(m_sweepTimer, &QTimer::timeout, this, &LinkWorker::sweep);
}

LinkWorker::~LinkWorker()
{
    // Normally empty: shutdown() ran on the worker's thread.
    qDeleteAll(m_connections);
}

void LinkWorker::adopt(qintptr fd)
{
    const int socket = int(fd);
    const int flags = ::fcntl(socket, F_GETFL);
    if (flags < 0 || ::fcntl(socket, F_SETFL, flags | O_NONBLOCK) < 0) {
        ::close(socket);
        m_shared.connections.fetch_sub(1);
        return;
    }
    // Responses are written whole (head, then body): nothing is gained by Nagle's delay.
    const int one = 1;
    ::setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    auto *connection = new HttpConnection(socket, m_shared.responder, m_shared.limits, this);
    m_connections.insert(connection);
    connect(connection, &HttpConnection::closed, this,
            [this, connection] { onClosed(connection); });
    if (!m_sweepTimer->isActive())
        m_sweepTimer->start();
}

void LinkWorker::onClosed(HttpConnection *connection)
{
    if (m_connections.remove(connection))
        m_shared.connections.fetch_sub(1);
    // Closed from inside its own notifier's slot: delete it once that has returned.
    connection->deleteLater();
}

void LinkWorker::sweep()
{
    const QSet<HttpConnection *> connections = m_connections;
    for (HttpConnection *connection : connections) {
        if (connection->hasExpired())
            connection->closeNow();
    }
    if (m_connections.isEmpty())
        m_sweepTimer->stop();
}

void LinkWorker::shutdown()
{
    m_sweepTimer->stop();
    const QSet<HttpConnection *> connections = std::exchange(m_connections, {});
    for (HttpConnection *connection : connections) {
        connection->disconnect(this);
        delete connection;
        m_shared.connections.fetch_sub(1);
    }
    m_db.releaseThreadConnection();
}

} // namespace carillon::links
