#pragma once

// Reading the file of links the assistant posts ("Get my attachments"): one signed link per
// line. Pure functions, no I/O and no widgets, so the reader can be tested (and fuzzed) alone.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace carillon::ui {

struct ManifestEntry
{
    QString link; // the line as written (trimmed): what is copied and requested
    QUrl url;
    // The name to save the download under: never empty, never ".", "..", and never holding a
    // '/', a '\\' or a control character, so it cannot leave the folder it is saved in.
    QString fileName;
    // From the link's path (/a/<id>/<expiry, Unix seconds>/...); 0 when absent or out of range.
    qint64 expiresAtMs = 0;
    // The file's SHA-256 (32 bytes) the assistant signed into the link
    // (/a/<id>/<exp>/<key>/<signature>/<sha256 hex>/<name>); empty for older links without one.
    // Downloads are checked against this, never against what the server says.
    QByteArray sha256;
};

// One entry per non-blank line, in order; lines are trimmed and read as UTF-8.
QList<ManifestEntry> readManifest(const QByteArray &text);

// The local file name for a link: its last path segment, decoded and made safe.
QString manifestFileName(const QUrl &url);

} // namespace carillon::ui
