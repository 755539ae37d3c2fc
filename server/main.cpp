// carillon-server: the composition root of the networked mode. One process serves desktop
// clients over WebSocket from a PostgreSQL database, with the assistant answering there;
// several processes may share one database (see docs/ARCHITECTURE.md, "The server").

#include "assistant/AssistantThread.h"
#include "core/StopSignals.h"
#include "core/Workspace.h"
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
    auto ws = Workspace::open(options);
    if (!ws) {
        err << "carillon-server: " << ws.error().message << '\n';
        return 1;
    }
    (*ws)->feed().startWatching();
    StopSignals stopSignals;
    int status = 0;
    {
        AssistantThread assistant(**ws, AssistantConfig::forWorkspace(**ws));
        server::ChatServer chat(**ws, *config);
        if (Status started = chat.start(); !started) {
            err << "carillon-server: " << started.error().message << '\n';
            return 1;
        }
        out << QCoreApplication::translate("carillon-server",
                                           "carillon-server %1: serving %2 from %3; stop with "
                                           "Ctrl+C.")
                   .arg(QStringLiteral(CARILLON_VERSION), chat.url(), config->database.display())
            << '\n';
        out.flush();
        status = QCoreApplication::exec();
    }
    out << QCoreApplication::translate("carillon-server", "carillon-server stopped.") << '\n';
    return status;
}
