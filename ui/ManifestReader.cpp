#include "ManifestReader.h"

#include <limits>

namespace carillon::ui {

QString manifestFileName(const QUrl &url)
{
    // The last path segment is the attachment's percent-encoded name; never let it climb out
    // of the chosen folder.
    QString name = url.path(QUrl::FullyDecoded).section(QLatin1Char('/'), -1);
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("attachment");
    return name;
}

QList<ManifestEntry> readManifest(const QByteArray &text)
{
    QList<ManifestEntry> entries;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        ManifestEntry entry;
        entry.link = QString::fromUtf8(trimmed);
        entry.url = QUrl(entry.link);
        entry.fileName = manifestFileName(entry.url);
        // /a/<id>/<expiry, Unix seconds>/<key id>/<signature>/<name>
        entry.expiresAtMs = entry.url.path().section(QLatin1Char('/'), 3, 3).toLongLong() * 1000;
        entries.append(entry);
    }
    return entries;
}

} // namespace carillon::ui
