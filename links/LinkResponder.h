#pragma once

#include "links/HttpMessage.h"
#include "links/UploadSink.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace carillon {
class Workspace;
struct Attachment;
struct LinkCheck;
} // namespace carillon

namespace carillon::links {

Q_DECLARE_LOGGING_CATEGORY(lcLinks)

// Whether a request target's path is one a link could have: clean percent-encoding of valid
// UTF-8, no control characters, no dot segments, no backslashes. Exposed for the fuzz tests.
bool isCleanPath(QByteArrayView target);

// What the link server answers to one request: checks the signature and expiry (by the
// workspace clock, so the demo clock's jumps apply), finds the attachment and opens its blob.
// Called on the server's worker threads at once: everything it touches is thread-safe (the
// signer locks its keys, the database hands each thread its own connection).
//
// Nothing a client sent is echoed back and error texts never name a file-system path; logs
// name attachments by number only, never by link, signature or path.
class LinkResponder
{
    Q_DECLARE_TR_FUNCTIONS(LinkResponder)
public:
    explicit LinkResponder(Workspace &ws, bool sessionDownloads = false)
        : m_ws(ws), m_sessionDownloads(sessionDownloads)
    {
    }

    HttpResponse respond(const HttpRequest &request) const;
    // The answer to a request that could not be parsed (400, 431, 505): always closes.
    static HttpResponse malformed(int status);

    static QByteArray contentDisposition(const QString &fileName);
    static QByteArray contentType(const QString &mimeType);

    // Where a device fetches an attachment with its session token (carillon-server).
    static constexpr QByteArrayView kFilesPrefix = "/files/";
    // Where a device puts a file before sending it: PUT /uploads/<id of its choosing>.
    static constexpr QByteArrayView kUploadsPrefix = "/uploads/";

    // Whether the request is an upload, whose body the connection streams into a sink.
    bool isUpload(const HttpRequest &request) const;
    // The sink for an upload's body, or (sink null) the refusal to answer with before any of
    // the body is read: 401 without a live session token, 404 for an id no client may choose,
    // 411 without Content-Length, 413 over the attachment size limit.
    struct UploadStart
    {
        HttpResponse refusal;
        std::unique_ptr<UploadSink> sink;
    };
    UploadStart startUpload(const HttpRequest &request) const;

private:
    HttpResponse serveAttachment(const HttpRequest &request, const LinkCheck &check,
                                 bool head) const;
    // GET or HEAD /files/<attachment id> with "Authorization: Bearer <session token>": the
    // bytes of an attachment in a conversation the token's person belongs to. 401 without a
    // live token; 404 for everything else, whether the attachment exists or not, so a device
    // cannot learn which numbers exist in others' conversations.
    HttpResponse serveToSession(const HttpRequest &request, bool head) const;
    HttpResponse serveBytes(const HttpRequest &request, const Attachment &attachment,
                            bool head) const;
    static HttpResponse error(int status, const QString &text, bool head);

    Workspace &m_ws;
    bool m_sessionDownloads;
};

} // namespace carillon::links
