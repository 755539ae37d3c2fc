#pragma once

#include "core/BlobStore.h"
#include "core/Result.h"
#include "core/SqlDialect.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

namespace carillon::server {

// How one carillon-server process runs: read from a configuration file (--config FILE), then
// the command line's flags over it. The file holds "key = value" lines; "#" starts a comment.
// Keys and flags are the same words:
//   listen       address:port to accept clients on (default 127.0.0.1:7450)
//   database     postgresql://user[:password]@host[:port]/name (required)
//   data         a folder for attachment bytes and the server's secrets (required), shared by
//                every server process on the database
//   certificate  PEM certificate chain for TLS
//   key          PEM private key for TLS (both or neither; required unless listening on
//                loopback only)
//   demo         "true": a new database is made a demo one (demo people, a movable clock)
//   max-connections  clients served at once (default 4096)
//   links-listen address:port of the link server (default 127.0.0.1:7451; port 0: any free
//                one): the signed links of "Get my attachments" and devices' attachment
//                downloads (GET /files/<id> with their session token). It speaks plain HTTP,
//                so it listens on loopback only, certificate or not: to serve other machines,
//                put a TLS proxy on this machine in front of it
//   link-base    the public address written into manifests before each link's path (default
//                http://<links-listen>); https unless it names this machine, since the
//                downloads carry session tokens. Every server process on one database should
//                give the same one: whichever process delivers an export writes its own
//   max-attachment-size  the largest attachment in bytes (default 100 MiB); devices learn it
//                in hello, uploads over it are refused
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)
public:
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 7450;
    PostgresAddress database;
    QString dataDir;
    QString certificateFile;
    QString keyFile;
    bool demo = false;
    int maxConnections = 4096;
    QHostAddress linksAddress = QHostAddress::LocalHost;
    quint16 linksPort = 7451;
    qint64 maxAttachmentSize = BlobStore::kDefaultMaxSize;
    QString linkBase; // empty: derived from the link server's address and port once it listens

    bool tls() const { return !certificateFile.isEmpty(); }
    // linkBase, or the link server's own address when none was given.
    QString linkBaseFor(quint16 listeningPort) const;

    // The whole command line (arguments()[0] is the program). Errors say which key or flag is
    // wrong and what it needs; --help and --version are the caller's.
    static Result<ServerConfig> fromArguments(const QStringList &arguments);
    static QString usage();
};

} // namespace carillon::server
