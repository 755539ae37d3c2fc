#pragma once

#include "links/HttpConnection.h"

#include <QObject>
#include <QSet>

#include <atomic>

class QTimer;

namespace carillon {
class Database;
}

namespace carillon::links {

// What every worker of one server shares: read-only settings and the responder (thread-safe),
// plus the count of open connections across all workers.
struct WorkerShared
{
    const LinkResponder &responder;
    ConnectionLimits limits;
    std::atomic<int> connections{0};
};

// One worker thread's share of the clients. Lives in its own QThread with its own event loop;
// the listener hands it accepted sockets. It drops clients that stay idle too long, and when
// the thread ends it gives back the thread's database connection.
class LinkWorker : public QObject
{
    Q_OBJECT
public:
    LinkWorker(WorkerShared &shared, Database &db);
    ~LinkWorker() override;

    // Both run on the worker's thread.
    void adopt(qintptr fd);
    void shutdown();

private:
    void sweep();
    void onClosed(HttpConnection *connection);

    WorkerShared &m_shared;
    Database &m_db;
    QTimer *m_sweepTimer;
    QSet<HttpConnection *> m_connections;
};

} // namespace carillon::links
