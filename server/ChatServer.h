#pragma once

#include "core/Result.h"
#include "server/EventFanout.h"
#include "server/RateLimiter.h"
#include "server/ServerConfig.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

class QWebSocketServer;

namespace carillon {
class Workspace;
}

namespace carillon::server {

// The WebSocket endpoint of carillon-server: accepts devices (over TLS when configured),
// refuses more than the configured number at once, and gives each a ServerSession. Frames over
// wire::kMaxFrameBytes close the connection (1009). The Workspace (on PostgreSQL) outlives it.
class ChatServer : public QObject
{
    Q_OBJECT
public:
    ChatServer(Workspace &ws, const ServerConfig &config, QObject *parent = nullptr);
    ~ChatServer() override;

    Status start();
    quint16 port() const;
    QString url() const;
    int connectionCount() const { return m_connections; }
    // The link server's public address (ServerConfig::linkBase, filled in once it listens):
    // devices upload and download attachments there. Empty: attachments do not travel.
    QString linkBase() const { return m_config.linkBase; }

    Workspace &workspace() { return m_ws; }
    QThreadPool &workers() { return m_workers; }
    EventFanout &fanout() { return m_fanout; }
    // Failed sign-ins per address (5 a minute) and per device address (30 a minute).
    RateLimiter &signInsByIdentity() { return m_byIdentity; }
    RateLimiter &signInsByPeer() { return m_byPeer; }

private:
    void onNewConnection();

    Workspace &m_ws;
    ServerConfig m_config;
    EventFanout m_fanout; // outlives the sessions: the destructor deletes them first
    std::unique_ptr<QWebSocketServer> m_server;
    QThreadPool m_workers; // sign-ins and resumptions; each thread keeps its connection
    RateLimiter m_byIdentity{5, 60'000};
    RateLimiter m_byPeer{30, 60'000};
    int m_connections = 0;
};

} // namespace carillon::server
