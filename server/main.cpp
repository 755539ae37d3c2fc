// carillon-server: the composition root of the networked mode. One process serves desktop
// clients over WebSocket from a PostgreSQL database, with the assistant answering there;
// several processes may share one database (see docs/ARCHITECTURE.md, "The server").

#include "assistant/AssistantThread.h"
#include "core/DemoData.h"
#include "core/StopSignals.h"
#include "core/Workspace.h"
#include "links/LinkServer.h"
#include "links/UploadSink.h"
#include "server/ChatServer.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

using namespace carillon;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carillon-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARILLON_VERSION));
    installTranslations(QLocale());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << server::ServerConfig::usage();
        return 0;
    }
    if (args.contains(QStringLiteral("--version"))) {
        out << "carillon-server " << CARILLON_VERSION << '\n';
        return 0;
    }
    auto config = server::ServerConfig::fromArguments(args);
    if (!config) {
        err << "carillon-server: " << config.error().message << '\n';
        return 2;
    }

    WorkspaceOptions options;
    options.dataDir = config->dataDir;
    options.database = config->database;
    options.demo = config->demo;
    options.maxAttachmentSize = config->maxAttachmentSize;
    auto ws = Workspace::open(options);
    if (!ws) {
        err << "carillon-server: " << ws.error().message << '\n';
        return 1;
    }
    // A demo server has the demo people to sign in as (hello lists them), made once per
    // database whichever process comes first.
    if ((*ws)->isDemo()) {
        if (Status seeded = DemoData::ensureSeeded(**ws); !seeded) {
            err << "carillon-server: " << seeded.error().message << '\n';
            return 1;
        }
    }
    (*ws)->feed().startWatching();
    StopSignals stopSignals;
    int status = 0;
    {
        // The link server first: the assistant writes its address into the manifests it
        // delivers (the port is known only once it listens when links-listen asks for any).
        LinkServerOptions linkOptions;
        linkOptions.address = config->linksAddress.toString().toLatin1();
        linkOptions.port = config->linksPort;
        linkOptions.sessionDownloads = true;
        LinkServer links(**ws, linkOptions);
        if (Status started = links.start(); !started) {
            err << "carillon-server: " << started.error().message << '\n';
            return 1;
        }
        AssistantConfig assistantConfig = AssistantConfig::forWorkspace(**ws);
        assistantConfig.linkBaseUrl = config->linkBaseFor(links.port());
        AssistantThread assistant(**ws, assistantConfig);
        server::ServerConfig chatConfig = *config;
        chatConfig.linkBase = assistantConfig.linkBaseUrl;
        // Uploads never sent (the device went away between uploading and sending) go after
        // a day; younger ones may belong to a send about to come.
        links::uploads::sweep(**ws, 24 * 3600 * 1000LL);
        server::ChatServer chat(**ws, chatConfig);
        if (Status started = chat.start(); !started) {
            err << "carillon-server: " << started.error().message << '\n';
            return 1;
        }
        out << QCoreApplication::translate("carillon-server",
                                           "carillon-server %1: serving %2 from %3; stop with "
                                           "Ctrl+C.")
                   .arg(QStringLiteral(CARILLON_VERSION), chat.url(), config->database.display())
            << '\n';
        out << QCoreApplication::translate("carillon-server", "Downloads: %1 (link server on %2).")
                   .arg(assistantConfig.linkBaseUrl, links.baseUrl())
            << '\n';
        out.flush();
        status = QCoreApplication::exec();
    }
    out << QCoreApplication::translate("carillon-server", "carillon-server stopped.") << '\n';
    return status;
}
