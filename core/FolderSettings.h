#pragma once

#include "core/Result.h"

#include <QString>

namespace carillon {

// The settings kept with a data folder (app_state rows, shared by every instance on it): each
// named, parsed and defaulted here once, so the link server, the assistant's manifests, the
// Settings dialog and the command line never disagree on what a stored value means.
namespace folder_settings {

inline constexpr quint16 kDefaultLinkPort = 47110;
inline constexpr quint16 kMinLinkPort = 1024; // below: ports only root may listen on
inline const QString kLinkPortKey = QStringLiteral("links.port");
inline const QString kLinkIdleTimeoutKey = QStringLiteral("links.idle_timeout_ms");
inline const QString kExportDelayKey = QStringLiteral("assistant.export_delay_ms");
// A demo folder delivers lists of links after minutes, not a day, so a presenter sees delivery
// without moving the clock.
inline constexpr qint64 kDemoExportDelayMs = 2 * 60'000;

// A stored value read back (Workspace::state, ChatBackend::folderSetting; empty: unset). A
// value that does not parse, or a read that failed, counts as unset (the default holds) and
// `problem` says why in words for the person: a hand-edited folder still serves and names the
// same port everywhere, while someone is told to fix it.
template <typename T> struct Setting
{
    T value;
    QString problem;
};

// The port download links are served on and named in manifests: kMinLinkPort..65535.
Setting<quint16> linkPort(const Result<QString> &stored);
QString linkBaseUrl(quint16 port);
// The link server's idle timeout for a connection, in milliseconds (> 0).
Setting<int> linkIdleTimeoutMs(const Result<QString> &stored, int fallback);
// The assistant's processing delay before a list of links is delivered, in milliseconds (>= 0).
Setting<qint64> exportDelayMs(const Result<QString> &stored, qint64 fallback);

} // namespace folder_settings
} // namespace carillon
