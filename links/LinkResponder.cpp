#include "links/LinkResponder.h"

#include "core/Workspace.h"

#include <QUrl>

namespace carillon::links {

Q_LOGGING_CATEGORY(lcLinks, "carillon.links", QtInfoMsg)

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

// The path of a link is percent-encoded UTF-8 text. Refuses what no link Carillon signs can
// contain (broken escapes, control characters, NUL, invalid or overlong UTF-8, dot segments,
// raw backslashes) before it reaches the signer. The server never maps paths to files, so
// this is about answering nonsense with 400 rather than about traversal.
bool isCleanPath(QByteArrayView target)
{
    const qsizetype query = target.indexOf('?');
    const QByteArrayView path = query < 0 ? target : target.first(query);
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i] == '\\')
            return false;
        if (path[i] == '%' && (i + 2 >= path.size() || !isHex(path[i + 1]) || !isHex(path[i + 2])))
            return false;
    }
    const QByteArray decoded = QByteArray::fromPercentEncoding(path.toByteArray());
    if (!QByteArrayView(decoded).isValidUtf8())
        return false;
    for (char c : decoded) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return false;
    }
    for (const QByteArray &segment : decoded.split('/')) {
        if (segment == "." || segment == "..")
            return false;
    }
    return true;
}

namespace {

QByteArray rangeHeader(const HttpRequest &request, const QByteArray &etag)
{
    // Several Range lines are as good as none. If-Range with anything but our (strong) ETag
    // means the client's partial copy is of another file: send the whole one.
    if (request.headerCount("range") != 1)
        return {};
    const QByteArray ifRange = request.header("if-range");
    if (request.headerCount("if-range") > 1 || (!ifRange.isEmpty() && ifRange != etag))
        return {};
    return request.header("range");
}

} // namespace

HttpResponse LinkResponder::error(int status, const QString &text, bool head)
{
    HttpResponse response;
    response.status = status;
    response.body = text.toUtf8() + '\n';
    response.sendBody = !head;
    response.addHeader("Content-Type", "text/plain; charset=utf-8");
    response.addHeader("Cache-Control", "no-store");
    response.addHeader("X-Content-Type-Options", "nosniff");
    return response;
}

HttpResponse LinkResponder::malformed(int status)
{
    QString text;
    switch (status) {
    case 431:
        text = tr("The request's headers are too large.");
        break;
    case 505:
        text = tr("This server speaks HTTP/1.0 and HTTP/1.1 only.");
        break;
    default:
        status = 400;
        text = tr("The request was not understood. Use the link exactly as it appears in the "
                  "list.");
        break;
    }
    HttpResponse response = error(status, text, false);
    response.close = true;
    return response;
}

QByteArray LinkResponder::contentType(const QString &mimeType)
{
    // The type comes from the upload; anything that is not a plain "type/subtype" pair of
    // tokens must not reach a header.
    const QByteArray mime = mimeType.toLatin1();
    const qsizetype slash = mime.indexOf('/');
    bool ok = slash > 0 && slash < mime.size() - 1 && mime.count('/') == 1 &&
              QString::fromLatin1(mime) == mimeType;
    for (char c : mime) {
        const bool token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || QByteArrayView("!#$&^_.+-/").contains(c);
        ok = ok && token;
    }
    return ok ? mime : QByteArrayLiteral("application/octet-stream");
}

QByteArray LinkResponder::contentDisposition(const QString &fileName)
{
    // RFC 6266: a quoted ASCII fallback for old clients, then the exact name as RFC 8187
    // UTF-8. Separators and control characters (C0, DEL and C1: U+009B is the 8-bit CSI that
    // terminals obey) never leave, whatever the stored name holds.
    QString name;
    for (char32_t c : fileName.toUcs4()) {
        if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '/' || c == '\\')
            name += QLatin1Char('_');
        else
            name += QString::fromUcs4(&c, 1);
    }
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("download");
    QByteArray ascii;
    for (char32_t c : name.toUcs4()) {
        const bool plain = c >= 0x20 && c < 0x7f && c != '"' && c != '%';
        ascii += plain ? char(c) : '_';
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" +
           QUrl::toPercentEncoding(name, "!#$&+^`|");
}

HttpResponse LinkResponder::respond(const HttpRequest &request) const
{
    const bool head = request.method == "HEAD";
    HttpResponse response = [&] {
        if (!head && request.method != "GET") {
            HttpResponse r =
                error(405, tr("This address only answers downloads (GET and HEAD)."), false);
            r.addHeader("Allow", "GET, HEAD");
            return r;
        }
        if (request.hasBody)
            return error(400, tr("A download request must not carry a body."), head);
        if (!isCleanPath(request.target)) {
            // Whatever the answer, one to HEAD has no content (RFC 9110, section 9.3.2).
            HttpResponse r = malformed(400);
            r.sendBody = !head;
            return r;
        }

        if (m_sessionDownloads && request.target.startsWith(kFilesPrefix))
            return serveToSession(request, head);
        const LinkCheck check = m_ws.links().verify(request.method, request.target);
        switch (check.verdict) {
        case LinkVerdict::NotALink:
            return error(404, tr("There is no file at this address."), head);
        case LinkVerdict::BadSignature:
            qCDebug(lcLinks, "refused a link with a missing or wrong signature");
            return error(403,
                         tr("This link is not valid: it was changed or cut short. Copy the whole "
                            "line from the list, or ask the assistant for a new list."),
                         head);
        case LinkVerdict::Expired:
            return error(410,
                         tr("This link has expired. Ask the assistant for a new list of links "
                            "(\"Get my attachments\")."),
                         head);
        case LinkVerdict::Valid:
            break;
        }
        return serveAttachment(request, check, head);
    }();
    response.close = response.close || !request.keepAlive || request.hasBody;
    return response;
}

HttpResponse LinkResponder::serveAttachment(const HttpRequest &request, const LinkCheck &check,
                                            bool head) const
{
    const QString gone = tr("This file no longer exists: it was deleted after the list was "
                            "made.");
    auto attachment = m_ws.messages().attachmentByPublicId(check.publicId);
    if (!attachment) {
        if (attachment.error().code == ErrorCode::NotFound)
            return error(404, gone, head);
        qCWarning(lcLinks, "could not look up an attachment: the data store failed");
        return error(500, tr("The file cannot be read right now. Try again in a moment."), head);
    }
    // The link names the bytes it was made for; never answer it with other ones.
    if (!check.sha256.isEmpty() && check.sha256 != attachment->sha256.toLower())
        return error(404, gone, head);
    return serveBytes(request, *attachment, head);
}

namespace {
// RFC 6750, section 2.1: "Bearer" (any case), one space, the token. Nothing else is accepted,
// and the token never reaches a log. Empty when there is none.
QString bearerToken(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    const bool bearer = request.headerCount("authorization") == 1 && authorization.size() > 7 &&
                        authorization.first(7).toLower() == "bearer ";
    return bearer ? QString::fromLatin1(authorization.mid(7).trimmed()) : QString();
}
} // namespace

HttpResponse LinkResponder::serveToSession(const HttpRequest &request, bool head) const
{
    const QString token = bearerToken(request);
    auto profile = !token.isEmpty() ? m_ws.sessions().profileForToken(token)
                                    : Result<qint64>(Error{ErrorCode::Forbidden, {}});
    if (!profile && profile.error().code != ErrorCode::Forbidden) {
        qCWarning(lcLinks, "could not check a session: the data store failed");
        return error(500, tr("The file cannot be read right now. Try again in a moment."), head);
    }
    if (!profile) {
        HttpResponse r = error(401, tr("Sign in to Carillon to download this file."), head);
        r.addHeader("WWW-Authenticate", "Bearer realm=\"carillon\"");
        return r;
    }
    const QString notHere = tr("There is no file at this address.");
    bool ok = false;
    const qint64 id = request.target.mid(kFilesPrefix.size()).toLongLong(&ok);
    if (!ok || id <= 0)
        return error(404, notHere, head);
    auto attachment = m_ws.messages().attachment(id);
    auto member = attachment ? m_ws.conversations().isMember(attachment->conversationId, *profile)
                             : Result<bool>(attachment.error());
    if (!member && member.error().code != ErrorCode::NotFound) {
        qCWarning(lcLinks, "could not look up an attachment: the data store failed");
        return error(500, tr("The file cannot be read right now. Try again in a moment."), head);
    }
    if (!member || !*member)
        return error(404, notHere, head);
    return serveBytes(request, *attachment, head);
}

HttpResponse LinkResponder::serveBytes(const HttpRequest &request, const Attachment &attachment,
                                       bool head) const
{
    const QString gone = tr("This file no longer exists: it was deleted after the list was "
                            "made.");
    auto file = std::make_unique<QFile>(m_ws.blobs().pathFor(attachment.sha256));
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        // Erased between the lookup and now, or the blob store lost it.
        qCWarning(lcLinks, "the bytes of attachment %lld are missing", attachment.id);
        return error(404, gone, head);
    }
    const qint64 size = attachment.size;
    if (file->size() != size) {
        qCWarning(lcLinks, "the bytes of attachment %lld do not match its size", attachment.id);
        return error(500, tr("The file cannot be read right now. Try again in a moment."), head);
    }

    const QByteArray etag = '"' + attachment.sha256.toLatin1() + '"';
    const ByteRange range = resolveRange(rangeHeader(request, etag), size);
    if (range.kind == ByteRange::Unsatisfiable) {
        HttpResponse r =
            error(416, tr("The requested part lies beyond the end of the file."), head);
        r.addHeader("Content-Range", contentRange(range, size));
        r.addHeader("Accept-Ranges", "bytes");
        return r;
    }

    HttpResponse response;
    response.sendBody = !head;
    response.addHeader("Content-Type", contentType(attachment.mimeType));
    response.addHeader("Content-Disposition", contentDisposition(attachment.fileName));
    response.addHeader("ETag", etag);
    response.addHeader("Repr-Digest",
                       "sha-256=:" + QByteArray::fromHex(attachment.sha256.toLatin1()).toBase64() +
                           ':');
    response.addHeader("Accept-Ranges", "bytes");
    response.addHeader("Cache-Control", "private, no-store");
    response.addHeader("X-Content-Type-Options", "nosniff");
    if (range.kind == ByteRange::Partial) {
        response.status = 206;
        response.addHeader("Content-Range", contentRange(range, size));
        response.fileOffset = range.first;
        response.fileLength = range.last - range.first + 1;
    } else {
        response.fileLength = size;
    }
    response.file = std::move(file);
    qCDebug(lcLinks, "%s attachment %lld: %d", request.method.constData(), attachment.id,
            response.status);
    return response;
}

} // namespace carillon::links

namespace carillon::links {

bool LinkResponder::isUpload(const HttpRequest &request) const
{
    return m_sessionDownloads && request.method == "PUT" &&
           request.target.startsWith(kUploadsPrefix);
}

LinkResponder::UploadStart LinkResponder::startUpload(const HttpRequest &request) const
{
    const QString token = bearerToken(request);
    auto owner = !token.isEmpty()
                     ? m_ws.sessions().ownerOfToken(token)
                     : Result<SessionStore::TokenOwner>(Error{ErrorCode::Forbidden, {}});
    if (!owner && owner.error().code != ErrorCode::Forbidden) {
        qCWarning(lcLinks, "could not check a session: the data store failed");
        return {
            error(500, tr("The file cannot be stored right now. Try again in a moment."), false),
            {}};
    }
    if (!owner) {
        HttpResponse r = error(
            401, tr("Your session has ended, so the file was not accepted. Sign in again."), false);
        r.addHeader("WWW-Authenticate", "Bearer realm=\"carillon\"");
        return {std::move(r), {}};
    }
    const QString id = QString::fromLatin1(request.target.mid(kUploadsPrefix.size()));
    const QString target = uploads::pathFor(m_ws, owner->sessionId, id);
    if (target.isEmpty())
        return {error(404, tr("There is no upload at this address."), false), {}};
    // The body is streamed as it comes, so its length must be known up front.
    bool known = false;
    const qint64 length = request.header("content-length").toLongLong(&known);
    if (request.headerCount("transfer-encoding") > 0 || request.headerCount("content-length") != 1)
        return {error(411, tr("An upload must say its length (Content-Length)."), false), {}};
    const qint64 limit = m_ws.blobs().maxSize();
    if (!known || length > limit)
        return {error(413,
                      tr("The file is larger than the %1 limit for attachments on this server. "
                         "Share a smaller file or split it.")
                          .arg(formatSize(limit)),
                      false),
                {}};
    auto sink = std::make_unique<UploadSink>(target + QStringLiteral(".part"), target, length);
    if (!sink->open()) {
        qCWarning(lcLinks, "cannot write an upload to the uploads folder: %s",
                  qPrintable(sink->errorString()));
        return {UploadSink::failed(), {}};
    }
    qCDebug(lcLinks, "receiving an upload of %lld bytes for profile %lld", length,
            owner->profileId);
    return {{}, std::move(sink)};
}

} // namespace carillon::links
