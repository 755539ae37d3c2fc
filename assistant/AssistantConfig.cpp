#include "assistant/AssistantConfig.h"

#include "core/Workspace.h"

#include <QDebug>

namespace carillon {

AssistantConfig AssistantConfig::forWorkspace(Workspace &ws)
{
    AssistantConfig config;
    if (ws.isDemo())
        config.exportDelayMs = folder_settings::kDemoExportDelayMs;
    const auto delay = folder_settings::exportDelayMs(ws.state(folder_settings::kExportDelayKey),
                                                      config.exportDelayMs);
    if (!delay.problem.isEmpty())
        qWarning().noquote() << delay.problem;
    config.exportDelayMs = delay.value;
    // The same reading as the link server's, so manifests name the port it listens on.
    config.linkBaseUrl = folder_settings::linkBaseUrl(
        folder_settings::linkPort(ws.state(folder_settings::kLinkPortKey)).value);
    return config;
}

} // namespace carillon
