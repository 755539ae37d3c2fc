#include "links/LinkServer.h"

#include "core/Workspace.h"
#include "links/LinkResponder.h"
#include "links/LinkWorker.h"

#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace carillon {

namespace links {

// The listening socket, on the first worker's thread (not the GUI thread, so a busy window
// never delays a download). Each accepted socket is passed on as it is; neither it nor the
// listener is wrapped in Qt's socket classes, which keeps QtNetwork out of the program.
class Acceptor : public QObject
{
public:
    using Dispatch = std::function<void(qintptr)>;

    // Listens on address:port (a numeric IPv4 or IPv6 address; port 0: any free port); on
    // failure returns null and sets *error to the errno.
    static std::unique_ptr<Acceptor> listen(const QByteArray &host, quint16 port, Dispatch dispatch,
                                            int *error)
    {
        sockaddr_storage address{};
        socklen_t size = 0;
        auto *v4 = reinterpret_cast<sockaddr_in *>(&address);
        auto *v6 = reinterpret_cast<sockaddr_in6 *>(&address);
        if (::inet_pton(AF_INET, host.constData(), &v4->sin_addr) == 1) {
            v4->sin_family = AF_INET;
            v4->sin_port = htons(port);
            size = sizeof *v4;
        } else if (::inet_pton(AF_INET6, host.constData(), &v6->sin6_addr) == 1) {
            v6->sin6_family = AF_INET6;
            v6->sin6_port = htons(port);
            size = sizeof *v6;
        } else {
            *error = EINVAL;
            return nullptr;
        }
        const int fd = ::socket(address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            *error = errno;
            return nullptr;
        }
        // As usual for servers: a restart may bind while old connections linger in TIME_WAIT.
        const int one = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        socklen_t length = size;
        if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), size) < 0 ||
            ::listen(fd, SOMAXCONN) < 0 ||
            ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) < 0) {
            *error = errno;
            ::close(fd);
            return nullptr;
        }
        const quint16 bound = ntohs(address.ss_family == AF_INET ? v4->sin_port : v6->sin6_port);
        return std::unique_ptr<Acceptor>(new Acceptor(fd, bound, std::move(dispatch)));
    }

    ~Acceptor() override { ::close(m_fd); }

    quint16 port() const { return m_port; }

private:
    Acceptor(int fd, quint16 port, Dispatch dispatch)
        : m_fd(fd), m_port(port), m_dispatch(std::move(dispatch)),
          m_notifier(fd, QSocketNotifier::Read)
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, &Acceptor::acceptAll);
    }

    void acceptAll()
    {
        for (;;) {
            const int client = ::accept4(m_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (client >= 0) {
                m_dispatch(client);
                continue;
            }
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return;
            // Out of file descriptors or memory: pause rather than spin, then try again, so
            // the server neither burns a core nor goes deaf for good.
            qCWarning(lcLinks, "accepting a connection failed: %s", std::strerror(errno));
            m_notifier.setEnabled(false);
            QTimer::singleShot(200, this, [this] { m_notifier.setEnabled(true); });
            return;
        }
    }

    const int m_fd;
    const quint16 m_port;
    Dispatch m_dispatch;
    QSocketNotifier m_notifier;
};

} // namespace links

using namespace links;

LinkServerOptions LinkServerOptions::forWorkspace(Workspace &ws)
{
    LinkServerOptions options;
    const auto port = folder_settings::linkPort(ws.state(folder_settings::kLinkPortKey));
    const auto idle = folder_settings::linkIdleTimeoutMs(
        ws.state(folder_settings::kLinkIdleTimeoutKey), options.idleTimeoutMs);
    options.port = port.value;
    options.idleTimeoutMs = idle.value;
    for (const QString &problem : {port.problem, idle.problem})
        if (!problem.isEmpty())
            options.settingProblems.append(problem);
    return options;
}

LinkServer::LinkServer(Workspace &ws, LinkServerOptions options, QObject *parent)
    : QObject(parent), m_ws(ws), m_options(std::move(options))
{
    m_keyWatch.setInterval(kKeyWatchMs);
    connect(&m_keyWatch, &QTimer::timeout, this, [this] {
        const Status keys = m_ws.links().maintain();
        if (!keys && !m_keyProblem)
            qCWarning(lcLinks, "%s", qPrintable(keys.error().message));
        m_keyProblem = !keys;
    });
}

LinkServer::~LinkServer()
{
    stop();
}

QString LinkServer::baseUrl() const
{
    const QString host = QString::fromLatin1(m_options.address);
    return QStringLiteral("http://%1:%2")
        .arg(host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host)
        .arg(m_port);
}

int LinkServer::connectionCount() const
{
    return m_shared ? m_shared->connections.load() : 0;
}

Status LinkServer::start()
{
    if (!m_workers.empty())
        return {};
    // Serving with a key that cannot be read would refuse every link handed out: say so.
    if (Status keys = m_ws.links().maintain(); !keys)
        return keys;
    // A client that disconnects mid-download must not kill the process: sendfile(2) has no
    // MSG_NOSIGNAL, so SIGPIPE is ignored process-wide (write errors are handled instead).
    std::signal(SIGPIPE, SIG_IGN);

    m_responder = std::make_unique<LinkResponder>(m_ws, m_options.sessionDownloads);
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

    int failure = 0;
    QMetaObject::invokeMethod(
        m_workers.front(),
        [&] {
            auto acceptor = Acceptor::listen(
                m_options.address, m_options.port, [this](qintptr fd) { dispatch(fd); }, &failure);
            if (acceptor) {
                m_port = acceptor->port();
                m_acceptor = acceptor.release();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!m_acceptor) {
        stop();
        const QString address = QString::fromLatin1(m_options.address);
        if (failure == EADDRINUSE)
            return Error{ErrorCode::Conflict,
                         tr("Port %1 on %2 is already in use, so the download links cannot be "
                            "served. Stop the program that uses it (perhaps another \"carillon "
                            "serve\"), or choose another port with --port or the links.port "
                            "setting; links already handed out keep naming port %1.")
                             .arg(m_options.port)
                             .arg(address)};
        return Error{ErrorCode::Io,
                     tr("The link server cannot listen on port %1 of %2 (%3).")
                         .arg(m_options.port)
                         .arg(address, QString::fromLocal8Bit(std::strerror(failure)))};
    }
    qCInfo(lcLinks, "serving links on %s with %d worker threads", qPrintable(baseUrl()), count);
    // Key changes by other instances (forget-secrets, a rotation) and the rotation schedule,
    // followed well within a second.
    m_keyWatch.start();
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
    m_keyWatch.stop();
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
