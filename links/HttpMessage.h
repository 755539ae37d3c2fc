#pragma once

// The small part of HTTP/1.1 the link server speaks: parsing a request head, resolving a Range
// header against a file size, and writing a response head. Pure functions, no I/O, so the
// parser can be tested (and fuzzed) on its own.

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QList>

#include <memory>
#include <utility>

namespace carillon::links {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // exactly as received: the link signature covers these bytes
    int minorVersion = 1;
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case, values trimmed
    bool keepAlive = true;
    // The request carries a body (Content-Length > 0 or Transfer-Encoding). The server never
    // reads request bodies, so such a connection is closed after the answer.
    bool hasBody = false;

    // The value of a header given once; an empty array when absent.
    QByteArray header(QByteArrayView lowerCaseName) const;
    int headerCount(QByteArrayView lowerCaseName) const;
};

struct ParsedHead
{
    enum Outcome
    {
        Incomplete, // need more bytes
        Complete,
        Malformed // answer with errorStatus and close
    };
    Outcome outcome = Incomplete;
    int errorStatus = 0;    // 400, 431 or 505 when Malformed
    qsizetype consumed = 0; // bytes of the buffer the head took, when Complete
    HttpRequest request;
};

// Parses the request head at the start of buffer. Heads longer than maxHeadBytes are refused
// with 431 as soon as that many bytes arrived without the blank line that ends a head.
ParsedHead parseRequestHead(QByteArrayView buffer, qsizetype maxHeadBytes);

struct ByteRange
{
    enum Kind
    {
        Whole,        // no usable Range header: send everything with 200
        Partial,      // send first..last (inclusive) with 206
        Unsatisfiable // 416
    };
    Kind kind = Whole;
    qint64 first = 0;
    qint64 last = -1;
};

// Resolves a Range header against a representation of the given size. Only one range is
// served: a request for several gets the whole file (a server may ignore Range, and clients
// asking for many ranges are rare; multipart/byteranges would add a lot of code for them).
// Syntax errors and units other than bytes are ignored likewise.
ByteRange resolveRange(QByteArrayView header, qint64 size);

// The Content-Range value of a 206 ("bytes 0-499/1234") or a 416 ("bytes */1234") answer for a
// representation of the given size (RFC 9110, section 14.4). Empty for a whole answer.
QByteArray contentRange(const ByteRange &range, qint64 size);

// A response ready to send: the head, then either a small in-memory body or a slice of a file.
struct HttpResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::unique_ptr<QFile> file;
    qint64 fileOffset = 0;
    qint64 fileLength = 0;
    bool sendBody = true; // false for HEAD: same head, no body
    bool close = false;   // close the connection after this response

    void addHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
    }
    qint64 bodyLength() const { return file ? fileLength : body.size(); }
    // Status line, the headers, Date, Content-Length and Connection, and the blank line.
    QByteArray head() const;
};

QByteArray reasonPhrase(int status);
// The current time as an HTTP date ("Sun, 06 Nov 1994 08:49:37 GMT").
QByteArray httpDate();

} // namespace carillon::links
