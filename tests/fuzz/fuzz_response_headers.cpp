// Fuzzes how the link server builds response headers from what it stores and what a client
// asks: Content-Disposition from an uploaded file's name, Content-Type from its MIME type,
// Content-Range from a Range header and the file's size, and the response head around them.
// File names and types come from whoever uploaded the file; none of it may break a header.
//
// Input: fields separated by 0x1f (so CR, LF and NUL can be part of a name):
//   <file name> 0x1f <MIME type> 0x1f <Range header> 0x1f <file size, decimal> 0x1f <flags>
// flags: '1' reads the file name as UTF-16LE (lone surrogates included), '2' a HEAD request,
// '4' the connection closes; they add up ('7' all three).

#include "fuzz/FuzzCheck.h"
#include "links/HttpMessage.h"
#include "links/LinkResponder.h"

#include <QRegularExpression>
#include <QString>

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>

using namespace carillon::links;

using carillon::fuzz::check;

namespace {

// RFC 9110, section 5.6.2.
bool isTchar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

// Visible ASCII and spaces only: what the server's own header values may hold.
bool isPlainValue(QByteArrayView text)
{
    for (char c : text) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return true;
}

// The name a browser saves the file under, worked out from the promise in LinkResponder.h
// rather than from its code: separators and control characters (C0, DEL and C1) become '_',
// broken UTF-16 becomes U+FFFD, and a name that is empty, "." or ".." becomes "download".
QString expectedSavedName(const QString &stored)
{
    QString name;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        char32_t c = stored[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < stored.size() && stored[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(stored[i], stored[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = QChar::ReplacementCharacter;
        }
        const bool control = QChar::category(c) == QChar::Other_Control;
        if (control || c == '/' || c == '\\')
            name += QLatin1Char('_');
        else
            name += QString::fromUcs4(&c, 1);
    }
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        return QStringLiteral("download");
    return name;
}

void checkDisposition(const QString &fileName)
{
    const QByteArray value = LinkResponder::contentDisposition(fileName);
    check(isPlainValue(value), "Content-Disposition is visible ASCII (no CR, LF or NUL)");
    check(value.size() <= 64 + 13 * fileName.size(), "Content-Disposition grows with the name");

    // RFC 6266 with RFC 8187's attr-chars after UTF-8'': exactly this shape, nothing around it.
    static const QRegularExpression shape(QStringLiteral(
        R"re(^attachment; filename="([^"\\%]*)"; filename\*=UTF-8''((?:[A-Za-z0-9!#$&+\-.^_`|~]|%[0-9A-F][0-9A-F])*)\z)re"));
    const QRegularExpressionMatch match = shape.match(QString::fromLatin1(value));
    check(match.hasMatch(), "Content-Disposition is a quoted fallback and an RFC 8187 name");
    const QString fallback = match.captured(1);
    const QByteArray utf8 = QByteArray::fromPercentEncoding(match.captured(2).toLatin1());
    check(QByteArrayView(utf8).isValidUtf8(), "filename* is UTF-8");
    const QString saved = QString::fromUtf8(utf8);
    check(saved == expectedSavedName(fileName),
          "filename* is the stored name without separators or control characters");

    // The fallback is the same name with everything but plain ASCII replaced by '_'.
    const QList<uint> savedChars = saved.toUcs4();
    check(fallback.size() == savedChars.size(), "the fallback has one character per character");
    for (qsizetype i = 0; i < fallback.size(); ++i) {
        const uint c = savedChars[i];
        const bool plain = c >= 0x20 && c < 0x7f && c != '"' && c != '%';
        check(fallback[i] == (plain ? QChar(char16_t(c)) : QLatin1Char('_')),
              "the fallback keeps plain ASCII and replaces the rest with _");
    }
}

void checkContentType(const QString &mimeType)
{
    const QByteArray value = LinkResponder::contentType(mimeType);
    if (value == "application/octet-stream")
        return;
    check(QString::fromLatin1(value) == mimeType, "a kept MIME type is the stored one");
    const qsizetype slash = value.indexOf('/');
    check(slash > 0 && isToken(value.first(slash)) && isToken(value.sliced(slash + 1)),
          "a kept MIME type is token/token");
}

// What RFC 9110 (section 14.1.2) says a single "bytes=first-last" range means, for the plain
// spellings only; nothing when the header is not one of them.
std::optional<ByteRange> expectedRange(QByteArrayView header, qint64 size)
{
    static const QRegularExpression simple(
        QStringLiteral(
            R"(^[ \t]*bytes[ \t]*=[ \t]*([0-9]{0,18})[ \t]*-[ \t]*([0-9]{0,18})[ \t]*\z)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = simple.match(QString::fromLatin1(header));
    if (!match.hasMatch())
        return std::nullopt;
    const QString firstText = match.captured(1);
    const QString lastText = match.captured(2);
    const qint64 first = firstText.toLongLong();
    const qint64 last = lastText.toLongLong();
    if (firstText.isEmpty() && lastText.isEmpty())
        return ByteRange{}; // not a range: ignored
    if (firstText.isEmpty()) {
        if (last == 0)
            return ByteRange{ByteRange::Unsatisfiable, 0, -1};
        return ByteRange{ByteRange::Partial, qMax<qint64>(0, size - last), size - 1};
    }
    if (!lastText.isEmpty() && last < first)
        return ByteRange{}; // invalid: ignored
    if (first >= size)
        return ByteRange{ByteRange::Unsatisfiable, 0, -1};
    return ByteRange{ByteRange::Partial, first,
                     lastText.isEmpty() ? size - 1 : qMin(last, size - 1)};
}

qint64 decimal(QByteArrayView text)
{
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            continue;
        if (value > (std::numeric_limits<qint64>::max() - 9) / 10)
            break;
        value = value * 10 + (c - '0');
    }
    return value;
}

void checkRange(QByteArrayView header, qint64 size)
{
    const ByteRange range = resolveRange(header, size);
    const QByteArray value = contentRange(range, size);
    check(isPlainValue(value), "Content-Range is visible ASCII");
    if (const std::optional<ByteRange> expected = expectedRange(header, size)) {
        // An empty file has no byte to send: a 416 or the whole (empty) file are both right.
        if (size == 0 && expected->kind == ByteRange::Partial)
            check(range.kind != ByteRange::Partial, "an empty file has no partial answer");
        else
            check(range.kind == expected->kind &&
                      (range.kind != ByteRange::Partial ||
                       (range.first == expected->first && range.last == expected->last)),
                  "a plain bytes=first-last range resolves as RFC 9110 says");
    }

    HttpResponse response;
    switch (range.kind) {
    case ByteRange::Whole:
        check(value.isEmpty(), "a whole answer has no Content-Range");
        response.file = std::make_unique<QFile>();
        response.fileLength = size;
        break;
    case ByteRange::Unsatisfiable:
        check(value == "bytes */" + QByteArray::number(size), "a 416 names the size");
        response.status = 416;
        response.body = "The requested part lies beyond the end of the file.\n";
        break;
    case ByteRange::Partial: {
        static const QRegularExpression partial(
            QStringLiteral(R"(^bytes (0|[1-9][0-9]*)-(0|[1-9][0-9]*)/(0|[1-9][0-9]*)\z)"));
        const QRegularExpressionMatch match = partial.match(QString::fromLatin1(value));
        check(match.hasMatch(), "a 206's Content-Range is bytes first-last/size");
        const qint64 first = match.captured(1).toLongLong();
        const qint64 last = match.captured(2).toLongLong();
        check(match.captured(3).toLongLong() == size, "Content-Range names the file's size");
        check(first <= last && last < size, "Content-Range lies inside the file");
        response.status = 206;
        response.file = std::make_unique<QFile>();
        response.fileOffset = first;
        response.fileLength = last - first + 1;
        break;
    }
    }
    if (!value.isEmpty())
        response.addHeader("Content-Range", value);
    const qint64 length = response.bodyLength();

    // The head: a status line, one "Name: value" per line, CRLF everywhere and nowhere else.
    response.addHeader("Accept-Ranges", "bytes");
    const QByteArray head = response.head();
    check(head.endsWith("\r\n\r\n"), "the head ends with a blank line");
    const QList<QByteArray> lines = head.chopped(4).split('\n');
    check(lines.first() == "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                               reasonPhrase(response.status) + '\r',
          "the status line comes first");
    int contentLengths = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = i + 1 < lines.size() ? lines[i].chopped(1) : lines[i];
        check(i + 1 == lines.size() || lines[i].endsWith('\r'), "every line ends with CRLF");
        const qsizetype colon = line.indexOf(": ");
        check(colon > 0 && isToken(line.first(colon)), "a header line is Name: value");
        check(isPlainValue(line.sliced(colon + 2)), "a header value is visible ASCII");
        if (line.startsWith("Content-Length: ")) {
            ++contentLengths;
            check(line.sliced(16) == QByteArray::number(length),
                  "Content-Length is the length of the body sent");
        }
    }
    check(contentLengths == 1, "exactly one Content-Length");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QList<QByteArray> fields = input.split('\x1f');
    while (fields.size() < 5)
        fields.append(QByteArray());
    const int flags = fields[4].isEmpty() ? 0 : fields[4].front() - '0';

    QString fileName;
    if (flags & 1)
        fileName =
            QString(reinterpret_cast<const QChar *>(fields[0].constData()), fields[0].size() / 2);
    else
        fileName = QString::fromUtf8(fields[0]);
    checkDisposition(fileName);
    checkContentType(QString::fromUtf8(fields[1]));
    const qint64 fileSize = decimal(fields[3]);
    checkRange(fields[2], fileSize);
    checkRange(fields[2], 0);
    checkRange(fields[2], 1);

    // The whole head of a download, as LinkResponder writes it.
    HttpResponse response;
    response.sendBody = !(flags & 2);
    response.close = flags & 4;
    response.addHeader("Content-Type", LinkResponder::contentType(QString::fromUtf8(fields[1])));
    response.addHeader("Content-Disposition", LinkResponder::contentDisposition(fileName));
    response.file = std::make_unique<QFile>();
    response.fileLength = fileSize;
    const QByteArray head = response.head();
    check(head.count('\n') == response.headers.size() + 5 && head.count('\r') == head.count('\n'),
          "one line per header plus status, Date, Content-Length, Connection and the end");
    check(head.contains("\r\nConnection: " + QByteArray(response.close ? "close" : "keep-alive") +
                        "\r\n"),
          "Connection says whether the connection closes");
    return 0;
}
