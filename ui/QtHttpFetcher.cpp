// HttpFetcher (see HttpFetcher.h) over QNetworkAccessManager.

#include "ui/HttpFetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>

namespace carillon::ui {

namespace {

HttpFetcher::Head headOf(QNetworkReply *reply)
{
    HttpFetcher::Head head;
    head.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    head.contentLength = length.isValid() ? length.toLongLong() : -1;
    head.reprDigest = reply->rawHeader("Repr-Digest");
    return head;
}

class QtTransfer final : public HttpFetcher::Transfer
{
public:
    QtTransfer(QNetworkReply *reply, HttpFetcher::Handlers handlers)
        : m_reply(reply), m_handlers(std::move(handlers)), m_context(std::make_unique<QObject>())
    {
        // Connected through m_context, which goes first when the transfer is destroyed.
        QObject *context = m_context.get();
        QObject::connect(reply, &QNetworkReply::metaDataChanged, context, [this] { announce(); });
        QObject::connect(reply, &QNetworkReply::readyRead, context, [this] {
            announce();
            if (m_handlers.data)
                m_handlers.data(m_reply->readAll());
        });
        QObject::connect(reply, &QNetworkReply::finished, context, [this] {
            announce();
            if (m_handlers.data && m_reply->bytesAvailable() > 0)
                m_handlers.data(m_reply->readAll());
            const bool whole = m_reply->error() == QNetworkReply::NoError;
            // A copy: the handler may destroy this transfer.
            if (const auto finished = m_handlers.finished)
                finished(headOf(m_reply), whole ? QString() : m_reply->errorString());
        });
    }

    ~QtTransfer() override
    {
        m_context.reset(); // no handler runs from here on, not even for the abort below
        if (m_reply) {
            m_reply->abort();
            m_reply->deleteLater();
        }
    }

private:
    void announce()
    {
        if (m_announced || m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isNull())
            return;
        m_announced = true;
        if (m_handlers.headers)
            m_handlers.headers(headOf(m_reply));
    }

    QPointer<QNetworkReply> m_reply;
    HttpFetcher::Handlers m_handlers;
    std::unique_ptr<QObject> m_context;
    bool m_announced = false;
};

class QtHttpFetcher final : public HttpFetcher
{
public:
    std::unique_ptr<HttpFetcher::Transfer> head(const QString &url, Handlers handlers) override
    {
        return std::make_unique<QtTransfer>(m_network.head(QNetworkRequest(QUrl(url))),
                                            std::move(handlers));
    }

    std::unique_ptr<HttpFetcher::Transfer> get(const QString &url, qint64 from,
                                               Handlers handlers) override
    {
        QNetworkRequest request{QUrl(url)};
        if (from > 0)
            request.setRawHeader("Range", "bytes=" + QByteArray::number(from) + '-');
        return std::make_unique<QtTransfer>(m_network.get(request), std::move(handlers));
    }

private:
    QNetworkAccessManager m_network;
};

} // namespace

std::unique_ptr<HttpFetcher> makeHttpFetcher()
{
    return std::make_unique<QtHttpFetcher>();
}

} // namespace carillon::ui
