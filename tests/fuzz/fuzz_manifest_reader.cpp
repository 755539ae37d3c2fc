// Fuzzes the links viewer's manifest reader (the file of links the assistant posts). Whatever
// the file holds, each entry's file name must stay inside the folder the files are saved in.

#include "fuzz/FuzzCheck.h"
#include "ui/ManifestReader.h"

#include <cstdint>

using namespace carillon::ui;

using carillon::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QList<ManifestEntry> entries = readManifest(text);
    check(entries.size() <= text.count('\n') + 1, "at most one entry per line");
    for (const ManifestEntry &entry : entries) {
        const QString &name = entry.fileName;
        check(!entry.link.isEmpty() && entry.link == entry.link.trimmed(),
              "links are trimmed and not blank");
        check(!name.isEmpty(), "a file name is never empty");
        check(name != QLatin1String(".") && name != QLatin1String(".."),
              "a file name is never . or ..");
        check(!name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')),
              "a file name holds no separator");
        check(!name.contains(QChar(0)), "a file name holds no NUL");
        check(entry.expiresAtMs >= 0, "an expiry is never negative");
    }
    return 0;
}
