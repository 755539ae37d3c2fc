#pragma once

#include "core/FolderSettings.h"
#include "core/Result.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QThread;

namespace carillon {

class Workspace;

namespace links {
class Acceptor;
class LinkResponder;
class LinkWorker;
struct WorkerShared;
} // namespace links

struct LinkServerOptions
{
    // A numeric IPv4 or IPv6 address. The desktop keeps the default, loopback: the links are
    // for this machine's user and their download tools. carillon-server passes its links-listen
    // address (loopback too: this server speaks plain HTTP; see server/ServerConfig.h).
    QByteArray address = "127.0.0.1";
    // Fixed, so the links in a manifest keep working after a restart. 0 picks a free port
    // (tests).
    quint16 port = folder_settings::kDefaultLinkPort;
    // Also answer GET/HEAD /files/<attachment id> to a device's session token
    // (LinkResponder::serveToSession): carillon-server only, where devices have no other way
    // to fetch an attachment's bytes.
    bool sessionDownloads = false;
    int workerThreads = 0; // 0: one per core, at least 2 and at most 8
    int idleTimeoutMs = 10'000;
    int maxHeadBytes = 16 * 1024;
    int maxConnections = 1024;

    // What is wrong with the data folder's settings (core/FolderSettings.h), for the person;
    // the defaults were used instead.
    QStringList settingProblems;

    // The data folder's settings over the defaults: "links.port" and "links.idle_timeout_ms".
    static LinkServerOptions forWorkspace(Workspace &ws);
};

// The HTTP server behind the assistant's download links (SPEC §4). One listener hands each
// accepted connection to one of a few worker threads, round-robin; each worker runs its own
// event loop and streams files with sendfile(2), so neither the GUI thread nor memory grow with
// the number of clients or the size of the files.
//
// start() and stop() are called from the thread that owns the server. Stop the server before
// the Workspace goes away (the workers use its database): do not make it a child of the
// Workspace.
class LinkServer : public QObject
{
    Q_OBJECT
public:
    explicit LinkServer(Workspace &ws, LinkServerOptions options = {}, QObject *parent = nullptr);
    ~LinkServer() override;

    // Starts the workers and listens. Fails with a message naming the port when it is taken.
    // Fails too when the link-signing keys cannot be read (LinkSigner::ready()).
    Status start();
    // Stops listening, closes every connection and ends the workers. Safe to call twice.
    void stop();

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    // Connections currently open across all workers.
    int connectionCount() const;

private:
    void dispatch(qintptr fd);

    Workspace &m_ws;
    LinkServerOptions m_options;
    std::unique_ptr<links::LinkResponder> m_responder;
    std::unique_ptr<links::WorkerShared> m_shared;
    std::vector<QThread *> m_threads;
    std::vector<links::LinkWorker *> m_workers;
    links::Acceptor *m_acceptor = nullptr; // lives on the first worker's thread
    size_t m_next = 0;                     // touched only on that thread
    quint16 m_port = 0;
    static constexpr int kKeyWatchMs = 300;
    QTimer m_keyWatch; // LinkSigner::maintain() while serving
    bool m_keyProblem = false;
};

} // namespace carillon
