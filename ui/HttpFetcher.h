#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace carillon::ui {

// What the manifest viewer asks of an HTTP client: HEAD, and GET from an offset (a Range
// request), streamed. Made by makeHttpFetcher() (QtHttpFetcher.cpp, over QtNetwork).
class HttpFetcher
{
public:
    struct Head
    {
        int status = 0; // 0: no HTTP answer (refused, unreachable, aborted)
        qint64 contentLength = -1;
        QByteArray reprDigest; // the Repr-Digest header as sent
    };
    struct Handlers
    {
        std::function<void(const Head &)> headers;                        // once, before any data
        std::function<void(const QByteArray &)> data;                     // body bytes, in order
        std::function<void(const Head &, const QString &error)> finished; // error empty: whole
    };
    // A request in flight. Destroying it aborts it; no handler runs after that.
    class Transfer
    {
    public:
        virtual ~Transfer() = default;
    };

    virtual ~HttpFetcher() = default;
    virtual std::unique_ptr<Transfer> head(const QString &url, Handlers handlers) = 0;
    // from > 0 asks for the bytes from that offset on (Range: bytes=from-).
    virtual std::unique_ptr<Transfer> get(const QString &url, qint64 from, Handlers handlers) = 0;
};

std::unique_ptr<HttpFetcher> makeHttpFetcher();

} // namespace carillon::ui
