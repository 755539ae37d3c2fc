// "carillon serve": the link server without a window, so that the assistant's download links
// work while no window is open. It also runs what the window would run in the background:
// the change feed (the demo clock's jumps, erasures by other instances) and export delivery.

#include "app/Cli.h"

#include "core/StopSignals.h"
#include "core/Workspace.h"
#include "links/LinkServer.h"

#include <QCoreApplication>

namespace carillon::cli {

namespace {

QCommandLineOption portOption()
{
    return {QStringLiteral("port"),
            Text::tr("Listen on this port (default: the links.port setting, else %1).")
                .arg(folder_settings::kDefaultLinkPort),
            QStringLiteral("PORT")};
}

int serve(Invocation &inv)
{
    LinkServerOptions options = LinkServerOptions::forWorkspace(inv.ws);
    const quint16 configured = options.port;
    if (inv.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = inv.option(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return inv.out.usage(Text::tr("\"%1\" is not a port number. Give one from 1 to 65535.")
                                     .arg(inv.option(QStringLiteral("port"))));
        options.port = quint16(port);
    }

    for (const QString &problem : std::as_const(options.settingProblems))
        inv.out.line(problem);
    StopSignals stopSignals;
    LinkServer server(inv.ws, options);
    if (Status s = server.start(); !s)
        return inv.out.fail(s.error());

    inv.ws.feed().startWatching();
    if (inv.extensions && inv.extensions->startBackground)
        inv.extensions->startBackground(inv.ws);

    inv.out.line(Text::tr("Serving download links on %1; stop with Ctrl+C.").arg(server.baseUrl()));
    if (options.port != configured)
        inv.out.line(Text::tr("Note: new lists of links name port %1 (the links.port setting), "
                              "not this one.")
                         .arg(configured));
    QCoreApplication::exec();
    server.stop();
    inv.out.line(Text::tr("Stopped serving links."));
    return ExitOk;
}

} // namespace

QList<Command> serveCommands()
{
    return {{QStringLiteral("serve"),
             QString(),
             Text::tr("Serve the download links of the assistant's lists without a window, "
                      "until stopped (Ctrl+C)."),
             {portOption()},
             serve}};
}

} // namespace carillon::cli
