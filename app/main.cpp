// Composition root: the command line, the desktop client and, beside the core, the assistant
// as a participant.

#include "app/Cli.h"
#include "app/WindowMain.h"
#include "assistant/Assistant.h"
#include "core/Workspace.h"

#include <QCoreApplication>

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
        return carillon::app::runWindow(guiArgc, args, request);
    };
    return carillon::cli::main(argc, argv, extensions);
}
