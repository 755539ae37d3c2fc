#include "core/FolderSettings.h"

#include <QCoreApplication>

namespace carillon::folder_settings {

namespace {
QString notANumber(const QString &key, const QString &stored, const QString &expected,
                   const QString &fallback)
{
    return QCoreApplication::translate(
               "FolderSettings",
               "The data folder's %1 setting is \"%2\", which is not %3; %4 is used instead. "
               "Save a valid value in Settings.")
        .arg(key, stored, expected, fallback);
}

bool unset(const Result<QString> &stored)
{
    return stored->trimmed().isEmpty();
}
} // namespace

Setting<quint16> linkPort(const Result<QString> &stored)
{
    if (!stored)
        return {kDefaultLinkPort, stored.error().message};
    if (unset(stored))
        return {kDefaultLinkPort, {}};
    bool ok = false;
    const uint port = stored->trimmed().toUInt(&ok);
    if (ok && port >= kMinLinkPort && port <= 65535)
        return {quint16(port), {}};
    return {kDefaultLinkPort,
            notANumber(kLinkPortKey, *stored,
                       QCoreApplication::translate("FolderSettings", "a port from %1 to 65535")
                           .arg(kMinLinkPort),
                       QString::number(kDefaultLinkPort))};
}

QString linkBaseUrl(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

Setting<int> linkIdleTimeoutMs(const Result<QString> &stored, int fallback)
{
    if (!stored)
        return {fallback, stored.error().message};
    if (unset(stored))
        return {fallback, {}};
    bool ok = false;
    const int value = stored->trimmed().toInt(&ok);
    if (ok && value > 0)
        return {value, {}};
    return {fallback, notANumber(kLinkIdleTimeoutKey, *stored,
                                 QCoreApplication::translate("FolderSettings", "a positive number"),
                                 QString::number(fallback))};
}

Setting<qint64> exportDelayMs(const Result<QString> &stored, qint64 fallback)
{
    if (!stored)
        return {fallback, stored.error().message};
    if (unset(stored))
        return {fallback, {}};
    bool ok = false;
    const qint64 value = stored->trimmed().toLongLong(&ok);
    if (ok && value >= 0)
        return {value, {}};
    return {fallback,
            notANumber(kExportDelayKey, *stored,
                       QCoreApplication::translate("FolderSettings", "zero or a positive number"),
                       QString::number(fallback))};
}

} // namespace carillon::folder_settings
