// Composition root: the command line, the desktop client and, beside the core, the assistant
// as a participant.

#include "app/AppPaths.h"
#include "app/Cli.h"
#include "app/KeychainSecretStore.h"
#include "assistant/Assistant.h"
#include "assistant/AssistantThread.h"
#include "core/Workspace.h"
#include "links/LinkServer.h"
#include "ui/AppController.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace {
carillon::Assistant *attachAssistant(carillon::Workspace &ws)
{
    auto *assistant = ws.findChild<carillon::Assistant *>();
    if (!assistant)
        assistant = new carillon::Assistant(ws, carillon::AssistantConfig::forWorkspace(ws), &ws);
    return assistant;
}
} // namespace

int main(int argc, char *argv[])
{
    carillon::cli::Extensions extensions;
    extensions.attach = [](carillon::Workspace &ws) {
        // A command-line run is an instance too: exports that fell due while nothing ran are
        // delivered now.
        carillon::ExportService::reportDelivery(attachAssistant(ws)->exports().deliverDue());
    };
    extensions.startBackground = [](carillon::Workspace &ws) {
        attachAssistant(ws)->exports().startWorking();
    };
    extensions.gui = [](int count, char **args, const carillon::cli::WindowRequest &request) {
        static int guiArgc = count; // QApplication keeps a reference to it
        carillon::ui::GuiOptions options;
        options.profile = request.profile;
        options.demo = carillon::AppPaths::isDemoProfile(request.profile);
        options.dataDir = request.dataDir.isEmpty()
                              ? carillon::AppPaths::dataDirFor(request.profile)
                              : request.dataDir;
        options.signInAs = request.signInAs;
        options.language = request.language;
        options.quitWhenReady = qEnvironmentVariableIsSet("CARILLON_QUIT_WHEN_READY");
        options.openSecrets = &carillon::openSecretStore;
        options.attach = [](carillon::Workspace &ws) {
            // Off the GUI thread: Delete me and export deliveries take seconds at scale.
            static std::unique_ptr<carillon::AssistantThread> assistant;
            assistant = std::make_unique<carillon::AssistantThread>(
                ws, carillon::AssistantConfig::forWorkspace(ws));
            QObject::connect(qApp, &QCoreApplication::aboutToQuit, [] { assistant.reset(); });
            // The window serves the download links too, so they work while it is open. When
            // the port is taken, another window or "carillon serve" already serves them.
            static std::unique_ptr<carillon::LinkServer> server;
            server = std::make_unique<carillon::LinkServer>(
                ws, carillon::LinkServerOptions::forWorkspace(ws));
            QString warning;
            if (carillon::Status started = server->start(); !started) {
                QTextStream(stderr) << started.error().message << Qt::endl;
                // A taken port is usually another instance serving the same links; anything
                // else (link-signing keys that cannot be read) the person must see.
                if (started.error().code != carillon::ErrorCode::Conflict)
                    warning = started.error().message;
                server.reset();
            }
            // Its workers use the workspace's database: stop them before it closes.
            QObject::connect(qApp, &QCoreApplication::aboutToQuit, [] { server.reset(); });
            return warning;
        };
        return carillon::ui::run(guiArgc, args, options);
    };
    return carillon::cli::main(argc, argv, extensions);
}
