// "carillon serve": the link server without a window, so that the assistant's download links
// work while no window is open. It also runs what the window would run in the background:
// the change feed (the demo clock's jumps, erasures by other instances) and export delivery.

#include "app/Cli.h"

#include "core/Workspace.h"
#include "links/LinkServer.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

namespace carillon::cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    // Only async-signal-safe calls here: the event loop does the rest.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// Turns SIGINT and SIGTERM into an orderly end of the event loop (stop listening, close the
// connections, exit 0) instead of the default instant death.
class StopSignals
{
public:
    StopSignals()
    {
        if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [] {
            char drained[16];
            while (::read(g_signalPipe[0], drained, sizeof drained) > 0) {
            }
            QCoreApplication::quit();
        });
        struct sigaction action = {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
        m_installed = true;
    }

    ~StopSignals()
    {
        if (!m_installed)
            return;
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        m_notifier.reset();
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
    }

    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    bool m_installed = false;
};

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
