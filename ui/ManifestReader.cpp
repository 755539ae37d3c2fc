#include "ui/ManifestReader.h"

#include <limits>

namespace carillon::ui {

namespace {
// 64 lower-case hex digits, as the signer writes them; anything else is no digest.
QByteArray digestFromHex(const QString &part)
{
    if (part.size() != 64)
        return {};
    for (const QChar c : part) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return {};
    }
    return QByteArray::fromHex(part.toLatin1());
}
} // namespace

QString manifestFileName(const QUrl &url)
{
    // The last path segment is the attachment's percent-encoded name; never let it climb out
    // of the chosen folder. Control characters (a NUL would cut the name short in the file
    // system) become '_' like the separators.
    QString name = url.path(QUrl::FullyDecoded).section(QLatin1Char('/'), -1);
    for (QChar &c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20 ||
            c.unicode() == 0x7f)
            c = QLatin1Char('_');
    }
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
        // /a/<id>/<expiry, Unix seconds>/<key id>/<signature>/[<sha256>/]<name>
        // Out of range (negative, or too large for milliseconds): unknown, like a missing one.
        const qint64 seconds = entry.url.path().section(QLatin1Char('/'), 3, 3).toLongLong();
        if (seconds > 0 && seconds <= std::numeric_limits<qint64>::max() / 1000)
            entry.expiresAtMs = seconds * 1000;
        const QStringList parts = entry.url.path(QUrl::FullyEncoded).split(QLatin1Char('/'));
        if (parts.size() == 8 && parts[1] == QLatin1String("a"))
            entry.sha256 = digestFromHex(parts[6]);
        entries.append(entry);
    }
    return entries;
}

} // namespace carillon::ui
