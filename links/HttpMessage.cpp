#include "links/HttpMessage.h"

#include <QDateTime>

#include <limits>

namespace carillon::links {

namespace {

constexpr int kMaxHeaderCount = 100;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values may hold visible characters, spaces, tabs and (obsolete) bytes above 0x7f, but
// no other control characters: a bare CR or a NUL in a header is a request-smuggling tool.
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// The request target must be plain visible ASCII: anything else is sent percent-encoded.
bool isTargetText(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// Decimal digits only, saturating at the largest qint64 instead of wrapping around. Returns -1
// when the text is empty or holds anything but digits.
qint64 parseDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        const int digit = c - '0';
        if (value > (std::numeric_limits<qint64>::max() - digit) / 10)
            value = std::numeric_limits<qint64>::max();
        else
            value = value * 10 + digit;
    }
    return value;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype comma = list.indexOf(',', start);
        if (comma < 0)
            comma = list.size();
        if (trimmedOws(list.sliced(start, comma - start)).compare(token, Qt::CaseInsensitive) == 0)
            return true;
        start = comma + 1;
    }
    return false;
}

ParsedHead malformed(int status)
{
    ParsedHead result;
    result.outcome = ParsedHead::Malformed;
    result.errorStatus = status;
    return result;
}

bool parseRequestLine(QByteArrayView line, HttpRequest &request, int *errorStatus)
{
    *errorStatus = 400;
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0)
        return false;
    const QByteArrayView method = line.first(sp1);
    QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method) || target.isEmpty() || !isTargetText(target))
        return false;
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' ||
        version[5] < '0' || version[5] > '9' || version[7] < '0' || version[7] > '9')
        return false;
    if (version[5] != '1') {
        *errorStatus = 505;
        return false;
    }
    // Absolute form ("http://host/path") is what a client sends to a proxy; servers must accept
    // it too. The signature covers the path and query, so keep only those.
    if (target.startsWith("http://") || target.startsWith("HTTP://")) {
        const qsizetype slash = target.indexOf('/', 7);
        target = slash < 0 ? QByteArrayView("/") : target.sliced(slash);
    }
    if (!target.startsWith('/') && target != "*")
        return false;
    request.method = method.toByteArray();
    request.target = target.toByteArray();
    request.minorVersion = version[7] - '0';
    return true;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

int HttpRequest::headerCount(QByteArrayView lowerCaseName) const
{
    int count = 0;
    for (const auto &header : headers)
        count += header.first == lowerCaseName ? 1 : 0;
    return count;
}

ParsedHead parseRequestHead(QByteArrayView buffer, qsizetype maxHeadBytes)
{
    // A client may send stray line ends between requests (RFC 9112, section 2.2).
    qsizetype pos = 0;
    while (pos < buffer.size() && (buffer[pos] == '\r' || buffer[pos] == '\n'))
        ++pos;

    QList<QByteArrayView> lines;
    qsizetype end = -1;
    for (qsizetype start = pos;;) {
        const qsizetype newline = buffer.indexOf('\n', start);
        if (newline < 0 || newline >= maxHeadBytes) {
            if (buffer.size() >= maxHeadBytes)
                return malformed(431);
            return {};
        }
        QByteArrayView line = buffer.sliced(start, newline - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = newline + 1;
        if (line.isEmpty()) {
            end = start;
            break;
        }
        if (lines.size() > kMaxHeaderCount)
            return malformed(431);
        lines.append(line);
    }
    if (lines.isEmpty())
        return {}; // only blank lines so far

    ParsedHead result;
    HttpRequest &request = result.request;
    int status = 400;
    if (!parseRequestLine(lines.first(), request, &status))
        return malformed(status);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        // No space before the colon and no obsolete line folding: both let a front end and a
        // back end disagree on where a header ends (RFC 9112, sections 5.1 and 5.2).
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return malformed(400);
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return malformed(400);
        request.headers.append({line.first(colon).toByteArray().toLower(), value.toByteArray()});
    }

    if (request.minorVersion >= 1 && request.headerCount("host") != 1)
        return malformed(400);
    if (request.minorVersion == 0 && request.headerCount("host") > 1)
        return malformed(400);

    // Bodies are never read, but their framing must still make sense.
    const bool chunked = request.headerCount("transfer-encoding") > 0;
    QByteArray length;
    for (const auto &[name, value] : std::as_const(request.headers)) {
        if (name != "content-length")
            continue;
        if (parseDigits(value) < 0 || (!length.isNull() && value != length))
            return malformed(400);
        length = value;
    }
    if (chunked && !length.isNull())
        return malformed(400);
    request.hasBody = chunked || (!length.isNull() && parseDigits(length) > 0);

    const QByteArray connection = request.header("connection");
    request.keepAlive = request.minorVersion >= 1 ? !hasToken(connection, "close")
                                                  : hasToken(connection, "keep-alive");
    result.outcome = ParsedHead::Complete;
    result.consumed = end;
    return result;
}

ByteRange resolveRange(QByteArrayView header, qint64 size)
{
    ByteRange whole;
    const qsizetype eq = header.indexOf('=');
    if (eq < 0 || trimmedOws(header.first(eq)).compare("bytes", Qt::CaseInsensitive) != 0)
        return whole;
    QByteArrayView spec = trimmedOws(header.sliced(eq + 1));
    if (spec.contains(','))
        return whole; // several ranges: see the header
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return whole;
    const QByteArrayView firstText = trimmedOws(spec.first(dash));
    const QByteArrayView lastText = trimmedOws(spec.sliced(dash + 1));

    ByteRange range;
    range.kind = ByteRange::Partial;
    if (firstText.isEmpty()) {
        // Suffix: the last N bytes. Asking for more than there is means the whole file.
        const qint64 suffix = parseDigits(lastText);
        if (suffix < 0)
            return whole;
        if (suffix == 0 || size == 0)
            return {ByteRange::Unsatisfiable, 0, -1};
        range.first = size - qMin(suffix, size);
        range.last = size - 1;
        return range;
    }
    const qint64 first = parseDigits(firstText);
    const qint64 last =
        lastText.isEmpty() ? std::numeric_limits<qint64>::max() : parseDigits(lastText);
    if (first < 0 || last < 0 || last < first)
        return whole;
    if (first >= size)
        return {ByteRange::Unsatisfiable, 0, -1};
    range.first = first;
    range.last = qMin(last, size - 1);
    return range;
}

QByteArray contentRange(const ByteRange &range, qint64 size)
{
    switch (range.kind) {
    case ByteRange::Partial:
        return "bytes " + QByteArray::number(range.first) + '-' + QByteArray::number(range.last) +
               '/' + QByteArray::number(size);
    case ByteRange::Unsatisfiable:
        return "bytes */" + QByteArray::number(size);
    case ByteRange::Whole:
        break;
    }
    return {};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 206:
        return QByteArrayLiteral("Partial Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 410:
        return QByteArrayLiteral("Gone");
    case 416:
        return QByteArrayLiteral("Range Not Satisfiable");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QByteArray httpDate()
{
    // Formatted by hand: QLocale and strftime follow the user's locale, HTTP wants English.
    // Cached per thread because every response carries it and it changes once a second.
    static constexpr const char *kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cached;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
        const QDate d = t.date();
        const QTime tm = t.time();
        cached = QByteArray(kDays[d.dayOfWeek() - 1]) + ", " +
                 QByteArray::number(d.day()).rightJustified(2, '0') + ' ' + kMonths[d.month() - 1] +
                 ' ' + QByteArray::number(d.year()) + ' ' +
                 QByteArray::number(tm.hour()).rightJustified(2, '0') + ':' +
                 QByteArray::number(tm.minute()).rightJustified(2, '0') + ':' +
                 QByteArray::number(tm.second()).rightJustified(2, '0') + " GMT";
        cachedSecond = now;
    }
    return cached;
}

QByteArray HttpResponse::head() const
{
    QByteArray text;
    text.reserve(512);
    text += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    text += "Date: " + httpDate() + "\r\n";
    for (const auto &[name, value] : headers)
        text += name + ": " + value + "\r\n";
    text += "Content-Length: " + QByteArray::number(bodyLength()) + "\r\n";
    text += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    text += "\r\n";
    return text;
}

} // namespace carillon::links
