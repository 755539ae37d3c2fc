#include "LinkServer.h"

#include "LinkResponder.h"
#include "LinkWorker.h"
#include "Workspace.h"

#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

namespace carillon {

namespace links {

// Accepts on the first worker's thread (not the GUI thread, so a busy window never delays a
// download) and passes each socket on without wrapping it in a QTcpSocket.
class Acceptor : public QTcpServer
{
public:
    explicit Acceptor(std::function<void(qintptr)> dispatch) : m_dispatch(std::move(dispatch))
    {
        // QTcpServer stops accepting after a non-temporary error such as running out of file
        // descriptors; try again shortly instead of going deaf for good.
        connect(this, &QTcpServer::acceptError, this, [this] {
            qCWarning(lcLinks, "accepting a connection failed: %s", qPrintable(errorString()));
            QTimer::singleShot(200, this, [this] { resumeAccepting(); });
        });
    }

protected:
    void incomingConnection(qintptr fd) override { m_dispatch(fd); }

private:
    std::function<void(qintptr)> m_dispatch;
};

} // namespace links

using namespace links;

LinkServerOptions LinkServerOptions::forWorkspace(Workspace &ws)
{
    LinkServerOptions options;
    if (auto port = ws.state(QStringLiteral("links.port")); port && !port->isEmpty()) {
        bool ok = false;
        const uint value = port->toUInt(&ok);
        if (ok && value > 0 && value <= 65535)
            options.port = quint16(value);
    }
    if (auto idle = ws.state(QStringLiteral("links.idle_timeout_ms")); idle && !idle->isEmpty()) {
        bool ok = false;
        const int value = idle->toInt(&ok);
        if (ok && value > 0)
            options.idleTimeoutMs = value;
    }
    return options;
}

LinkServer::LinkServer(Workspace &ws, LinkServerOptions options, QObject *parent)
    : QObject(parent), m_ws(ws), m_options(std::move(options))
{
}

LinkServer::~LinkServer()
{
    stop();
}

QString LinkServer::baseUrl() const
{
    return QStringLiteral("http://%1:%2").arg(m_options.address.toString()).arg(m_port);
}

int LinkServer::connectionCount() const
{
    return m_shared ? m_shared->connections.load() : 0;
}

Status LinkServer::start()
{
    if (!m_workers.empty())
        return {};
    // A client that disconnects mid-download must not kill the process: sendfile(2) has no
    // MSG_NOSIGNAL, so SIGPIPE is ignored process-wide (write errors are handled instead).
    std::signal(SIGPIPE, SIG_IGN);

    m_responder = std::make_unique<LinkResponder>(m_ws);
    m_shared.reset(
        new WorkerShared{*m_responder, {m_options.maxHeadBytes, m_options.idleTimeoutMs}});
    const int count = m_options.workerThreads > 0 ? m_options.workerThreads
                                                  : qBound(2, QThread::idealThreadCount(), 8);
    for (int i = 0; i < count; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("carillon-links-%1").arg(i));
        auto *worker = new LinkWorker(*m_shared, m_ws.db());
        worker->moveToThread(thread);
        thread->start();
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }

    QAbstractSocket::SocketError failure = QAbstractSocket::UnknownSocketError;
    QString reason;
    QMetaObject::invokeMethod(
        m_workers.front(),
        [&] {
            auto acceptor = std::make_unique<Acceptor>([this](qintptr fd) { dispatch(fd); });
            if (!acceptor->listen(m_options.address, m_options.port)) {
                failure = acceptor->serverError();
                reason = acceptor->errorString();
                return;
            }
            m_port = acceptor->serverPort();
            m_acceptor = acceptor.release();
        },
        Qt::BlockingQueuedConnection);
    if (!m_acceptor) {
        stop();
        const QString address = m_options.address.toString();
        if (failure == QAbstractSocket::AddressInUseError)
            return Error{ErrorCode::Conflict,
                         tr("Port %1 on %2 is already in use, so the download links cannot be "
                            "served. Stop the program that uses it (perhaps another \"carillon "
                            "serve\"), or choose another port with --port or the links.port "
                            "setting; links already handed out keep naming port %1.")
                             .arg(m_options.port)
                             .arg(address)};
        return Error{ErrorCode::Io, tr("The link server cannot listen on port %1 of %2 (%3).")
                                        .arg(m_options.port)
                                        .arg(address, reason)};
    }
    qCInfo(lcLinks, "serving links on %s with %d worker threads", qPrintable(baseUrl()), count);
    return {};
}

void LinkServer::dispatch(qintptr fd)
{
    // On the first worker's thread.
    if (m_shared->connections.fetch_add(1) >= m_options.maxConnections) {
        m_shared->connections.fetch_sub(1);
        static const char busy[] = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                                   "Connection: close\r\n\r\n";
        [[maybe_unused]] const auto sent =
            ::send(int(fd), busy, sizeof busy - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
        ::close(int(fd));
        return;
    }
    LinkWorker *worker = m_workers[m_next++ % m_workers.size()];
    if (worker == m_workers.front())
        worker->adopt(fd);
    else
        QMetaObject::invokeMethod(worker, [worker, fd] { worker->adopt(fd); });
}

void LinkServer::stop()
{
    if (m_workers.empty())
        return;
    // Stop accepting first, so no socket is handed to a worker that is already shutting down.
    QMetaObject::invokeMethod(
        m_workers.front(),
        [this] {
            delete m_acceptor;
            m_acceptor = nullptr;
        },
        Qt::BlockingQueuedConnection);
    for (size_t i = 0; i < m_workers.size(); ++i) {
        QMetaObject::invokeMethod(m_workers[i], &LinkWorker::shutdown,
                                  Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
        delete m_workers[i];
        delete m_threads[i];
    }
    m_workers.clear();
    m_threads.clear();
    m_shared.reset();
    m_responder.reset();
    m_port = 0;
    m_next = 0;
}

} // namespace carillon
