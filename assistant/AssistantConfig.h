#pragma once

#include "core/FolderSettings.h"

#include <QString>
#include <QtGlobal>

namespace carillon {

class Workspace;

// The assistant's timings and where its links point. Defaults follow the product; the demo
// profile shortens the processing delay so a presenter sees delivery without jumping a day.
struct AssistantConfig
{
    static constexpr qint64 kMinute = 60'000;
    static constexpr qint64 kDay = 24 * 60 * kMinute;

    qint64 codeValidityMs = 10 * kMinute;
    qint64 exportDelayMs = kDay;
    qint64 linkLifetimeMs = 6 * kDay;
    qint64 cooldownMs = 7 * kDay;
    // A delivery that fails is tried again after exportRetryMs, doubling each time; after
    // exportMaxAttempts failures the request is given up and the person told.
    qint64 exportRetryMs = kMinute;
    int exportMaxAttempts = 5;
    QString linkBaseUrl = folder_settings::linkBaseUrl(folder_settings::kDefaultLinkPort);

    // Reads the data folder's settings (export delay, link port) over the defaults; what
    // cannot be read or parsed keeps its default (the link server reports it).
    static AssistantConfig forWorkspace(Workspace &ws);
};

} // namespace carillon
