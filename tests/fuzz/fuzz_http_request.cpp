// Fuzzes the link server's request parsing: the request head, the Range header resolved against
// a file size, and the path check applied before the signature. Everything here sees raw bytes
// from the network.

#include "fuzz/FuzzCheck.h"
#include "links/HttpMessage.h"
#include "links/LinkResponder.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstring>

using namespace carillon::links;

using carillon::fuzz::check;

namespace {

void checkRange(QByteArrayView header, qint64 size)
{
    const ByteRange range = resolveRange(header, size);
    if (range.kind == ByteRange::Partial)
        check(range.first >= 0 && range.first <= range.last && range.last < size,
              "a partial range lies inside the file");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first 8 bytes (when there are that many) pick a file size for the Range header; the
    // whole input is also parsed as a request head, so the seeds are plain requests.
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    qint64 fileSize = 3'000'000;
    if (size >= 8) {
        quint64 raw = 0;
        std::memcpy(&raw, data, sizeof raw);
        fileSize = static_cast<qint64>(raw >> 1); // never negative
    }

    for (const qsizetype limit : {qsizetype(16), qsizetype(8192)}) {
        const ParsedHead head = parseRequestHead(bytes, limit);
        switch (head.outcome) {
        case ParsedHead::Incomplete:
            break;
        case ParsedHead::Malformed:
            check(head.errorStatus == 400 || head.errorStatus == 431 || head.errorStatus == 505,
                  "a malformed head has 400, 431 or 505");
            break;
        case ParsedHead::Complete: {
            const HttpRequest &request = head.request;
            check(head.consumed > 0 && head.consumed <= bytes.size() && head.consumed <= limit,
                  "a complete head lies inside the buffer and the limit");
            check(!request.method.isEmpty() && !request.target.isEmpty(),
                  "a request has a method and a target");
            check(request.target.startsWith('/') || request.target == "*",
                  "the target is a path or *");
            for (const auto &[name, value] : request.headers)
                check(name == name.toLower() && !name.isEmpty(), "header names are lower case");
            // Parsing just the head again gives the same request.
            const ParsedHead again = parseRequestHead(bytes.first(head.consumed), limit);
            check(again.outcome == ParsedHead::Complete && again.consumed == head.consumed &&
                      again.request.target == request.target &&
                      again.request.headers == request.headers,
                  "the head alone parses the same");
            if (request.headerCount("range") == 1) {
                const QByteArray range = request.header("range");
                checkRange(range, fileSize);
                checkRange(range, 0);
                checkRange(range, 1);
            }
            if (isCleanPath(request.target)) {
                const qsizetype query = request.target.indexOf('?');
                const QByteArray decoded = QByteArray::fromPercentEncoding(
                    query < 0 ? request.target : request.target.first(query));
                check(!decoded.contains('\0'), "a clean path has no NUL");
                for (const QByteArray &segment : decoded.split('/'))
                    check(segment != ".." && segment != ".", "a clean path has no dot segments");
            }
            break;
        }
        }
    }

    // Also the raw input as a Range header value and as a target.
    checkRange(bytes, fileSize);
    checkRange(bytes, 0);
    checkRange(bytes, 100);
    (void)isCleanPath(bytes);
    return 0;
}
