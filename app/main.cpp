// Composition root: the command line and, beside the core, the assistant as a participant.

#include "Assistant.h"
#include "Cli.h"
#include "Workspace.h"

int main(int argc, char *argv[])
{
    carillon::cli::Extensions extensions;
    extensions.attach = [](carillon::Workspace &ws) {
        auto *assistant =
            new carillon::Assistant(ws, carillon::AssistantConfig::forWorkspace(ws), &ws);
        // A command-line run is an instance too: exports that fell due while nothing ran are
        // delivered now.
        assistant->exports().deliverDue();
    };
    return carillon::cli::main(argc, argv, extensions);
}
