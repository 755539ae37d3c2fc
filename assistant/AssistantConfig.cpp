#include "assistant/AssistantConfig.h"

#include "core/Workspace.h"

namespace carillon {

AssistantConfig AssistantConfig::forWorkspace(Workspace &ws)
{
    AssistantConfig config;
    if (ws.isDemo())
        config.exportDelayMs = 2 * kMinute;
    if (auto delay = ws.state(QStringLiteral("assistant.export_delay_ms"));
        delay && !delay->isEmpty())
        config.exportDelayMs = delay->toLongLong();
    if (auto port = ws.state(QStringLiteral("links.port")); port && !port->isEmpty())
        config.linkBaseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port->toInt());
    return config;
}

} // namespace carillon
