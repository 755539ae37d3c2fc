// Fuzzes the link server's connection state machine (links/HttpConnection) end to end: a real
// HttpConnection on one end of a socket pair, a real LinkResponder on a small real store, and
// a scripted client on the other end that sends bytes in fuzzer-chosen chunks, pipelines,
// stops reading, half-closes or vanishes. What the client receives is checked against a model
// of the same conversation: the responder's answer to each complete request the client sent,
// in order, up to the first that closes the connection.
//
// Input: the bytes the client sends, with 0xff starting a command:
//   0xff 'F'  send what is pending and let the server run (a chunk boundary)
//   0xff 'S'  half-close: the client sends nothing more (later bytes are dropped)
//   0xff 'X'  the client closes its socket at once and the script ends
//   0xff 'P'  the client stops (or resumes) reading
//   0xff 'B'  the server's send buffer shrinks to a few kilobytes
//   0xff '0'..'4'  the target of a link: 0 a text file, 1 an empty file, 2 a 70 kB file with
//             quotes and accents in its name, 3 an expired link, 4 a file whose bytes are gone
//   0xff 'E'  the ETag of file 0 (for If-Range)
//   0xff 0xff a literal 0xff
// At the end the client half-closes (unless it closed) and reads until the server closes.

#include "core/Workspace.h"
#include "fuzz/FuzzCheck.h"
#include "links/HttpConnection.h"
#include "links/LinkResponder.h"
#include "support/TestWorkspace.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include <sys/socket.h>
#include <unistd.h>

using namespace carillon;
using namespace carillon::links;

using carillon::fuzz::check;

namespace {

constexpr qint64 kNowMs = 1'800'000'000'000;
constexpr qint64 kHourMs = 3'600'000;
constexpr int kSettleRounds = 20'000;

struct Fixture
{
    test::TestWorkspace tw; // its manual clock stands at kNowMs
    Workspace *ws = tw.ws.get();
    std::unique_ptr<LinkResponder> responder;
    QList<QByteArray> targets; // the link of each file, by the digit that names it
    QByteArray etag;

    Fixture()
    {
        // Nobody signs in here: any password hash will do.
        const QString hash = QStringLiteral("not-a-hash");
        const Profile owner = tw.personWithHash(QStringLiteral("owner@example.com"), {}, hash);
        const Profile other = tw.personWithHash(QStringLiteral("friend@example.com"), {}, hash);
        auto chat = ws->conversations().direct(owner.id, other.id);
        if (!chat)
            qFatal("cannot create a chat: %s", qPrintable(chat.error().message));

        QByteArray text;
        for (int i = 0; text.size() < 1000; ++i)
            text += "line " + QByteArray::number(i) + '\n';
        QByteArray big(70'000, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char((i * 7919) >> 3);
        const Attachment plain = upload(owner.id, chat->id, QStringLiteral("notes.txt"), text);
        const Attachment empty = upload(owner.id, chat->id, QStringLiteral("empty.bin"), {});
        const Attachment odd =
            upload(owner.id, chat->id, QStringLiteral("Zeugnis \"final\"; 100% ü.pdf"), big);
        const Attachment gone = upload(owner.id, chat->id, QStringLiteral("gone.txt"), "gone");
        if (!QFile::remove(ws->blobs().pathFor(gone.sha256)) || tw.clock.nowMs() != kNowMs)
            qFatal("cannot set up the files");
        targets = {link(plain, kNowMs + kHourMs), link(empty, kNowMs + kHourMs),
                   link(odd, kNowMs + kHourMs), link(plain, kNowMs - 1000),
                   link(gone, kNowMs + kHourMs)};
        etag = '"' + plain.sha256.toLatin1() + '"';
        responder = std::make_unique<LinkResponder>(*ws);
    }

    Attachment upload(qint64 sender, qint64 chat, const QString &name, const QByteArray &bytes)
    {
        OutgoingMessage message;
        message.body = name;
        message.attachments << NewAttachment::fromData(name, bytes);
        auto posted = ws->messages().post(sender, chat, message);
        if (!posted)
            qFatal("cannot post %s: %s", qPrintable(name), qPrintable(posted.error().message));
        return posted->attachments.first();
    }

    QByteArray link(const Attachment &a, qint64 expiresAtMs)
    {
        return ws->links().signPath(a.publicId, a.fileName, a.sha256, expiresAtMs).toLatin1();
    }
};

Fixture &fixture()
{
    static int argc = 1;
    static char name[] = "fuzz_http_connection";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // sendfile(2) has no MSG_NOSIGNAL: the link server ignores SIGPIPE (LinkServer::start).
    std::signal(SIGPIPE, SIG_IGN);
    // The responder logs missing blobs; the fuzzer makes thousands of such requests.
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("carillon.*=false"));
        return true;
    }();
    (void)quiet;
    static Fixture f;
    return f;
}

// The client end of the socket pair, and what it has seen.
class Client
{
public:
    explicit Client(int fd) : m_fd(fd) {}
    ~Client() { closeNow(); }

    QByteArray sent;     // bytes the kernel took (what the server can read)
    QByteArray received; // bytes the server wrote
    bool serverClosed = false;
    bool paused = false;
    bool halfClosed = false;
    bool gone = false;

    void closeNow()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        gone = true;
    }

    void halfClose()
    {
        if (!halfClosed && !gone)
            ::shutdown(m_fd, SHUT_WR);
        halfClosed = true;
    }

    // Reads what has arrived, unless paused. True when something came (or the end).
    bool read()
    {
        if (paused || gone || serverClosed)
            return false;
        bool progressed = false;
        char buffer[16 * 1024];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                received.append(buffer, n);
                progressed = true;
                continue;
            }
            if (n == 0 || (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK)) {
                serverClosed = true;
                return true;
            }
            if (errno != EINTR)
                return progressed;
        }
    }

    // Lets the server run until neither side moves any more.
    void settle(const bool &connectionClosed)
    {
        int quiet = 0;
        for (int round = 0; round < kSettleRounds && quiet < 3; ++round) {
            QCoreApplication::processEvents();
            const bool moved = read();
            quiet = moved ? 0 : quiet + 1;
            if (connectionClosed && (serverClosed || paused || gone))
                return;
        }
    }

    // Sends bytes; when the socket is full, lets the server catch up (reading its answers
    // meanwhile, or neither side could move). Bytes that still do not fit are dropped.
    void send(QByteArrayView bytes, const bool &connectionClosed)
    {
        int stalls = 0;
        while (!bytes.isEmpty() && !halfClosed && !gone) {
            const ssize_t n = ::send(m_fd, bytes.data(), size_t(bytes.size()), MSG_NOSIGNAL);
            if (n > 0) {
                sent.append(bytes.first(n));
                bytes = bytes.sliced(n);
                stalls = 0;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && ++stalls < 8) {
                const bool wasPaused = std::exchange(paused, false);
                settle(connectionClosed);
                paused = wasPaused;
                continue;
            }
            return; // the server is gone or will not read: the rest never arrives
        }
    }

private:
    int m_fd;
};

struct Reply
{
    QByteArray statusLine;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool close = false;
};

// Splits what the client received into responses, strictly: a status line, "Name: value"
// lines, a blank line, then exactly Content-Length bytes unless the request was HEAD. Stops at
// the first response that is cut short (allowed only when the client stopped early).
QList<Reply> splitReplies(QByteArrayView stream, const QList<bool> &withBody, bool *cutShort)
{
    static const QRegularExpression statusLine(
        QStringLiteral(R"(^HTTP/1\.1 [1-5][0-9]{2} [A-Za-z ]+\z)"));
    static const QRegularExpression date(QStringLiteral(
        R"(^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-3][0-9] [A-Z][a-z]{2} [0-9]{4} [0-2][0-9]:[0-5][0-9]:[0-6][0-9] GMT\z)"));
    QList<Reply> replies;
    *cutShort = false;
    while (!stream.isEmpty()) {
        check(replies.size() < withBody.size(), "no answer without a request");
        const qsizetype end = stream.indexOf("\r\n\r\n");
        if (end < 0) {
            *cutShort = true;
            return replies;
        }
        const QList<QByteArray> lines = stream.first(end).toByteArray().split('\n');
        Reply reply;
        qint64 length = -1;
        int dates = 0, connections = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = i + 1 < lines.size() ? lines[i].chopped(1) : lines[i];
            check(i + 1 == lines.size() || lines[i].endsWith('\r'), "lines end with CRLF");
            check(!line.contains('\r') && !line.contains('\0'), "no bare CR or NUL in a head");
            if (i == 0) {
                check(statusLine.match(QString::fromLatin1(line)).hasMatch(),
                      "a response starts with an HTTP/1.1 status line");
                reply.statusLine = line;
                continue;
            }
            const qsizetype colon = line.indexOf(": ");
            check(colon > 0, "a header line is Name: value");
            const QByteArray name = line.first(colon);
            const QByteArray value = line.sliced(colon + 2);
            if (name == "Content-Length") {
                check(length < 0, "one Content-Length");
                bool ok = false;
                length = value.toLongLong(&ok);
                check(ok && length >= 0 && value == QByteArray::number(length),
                      "Content-Length is a number");
            } else if (name == "Date") {
                ++dates;
                check(date.match(QString::fromLatin1(value)).hasMatch(), "Date is an HTTP date");
            } else if (name == "Connection") {
                ++connections;
                check(value == "close" || value == "keep-alive",
                      "Connection is close or keep-alive");
                reply.close = value == "close";
            } else {
                reply.headers.append({name, value});
            }
        }
        check(length >= 0 && dates == 1 && connections == 1,
              "a response has one Content-Length, one Date and one Connection");
        stream = stream.sliced(end + 4);
        if (withBody[replies.size()]) {
            if (stream.size() < length) {
                *cutShort = true;
                return replies;
            }
            reply.body = stream.first(length).toByteArray();
            stream = stream.sliced(length);
        }
        reply.headers.append({"Content-Length", QByteArray::number(length)});
        replies.append(reply);
        check(!reply.close || stream.isEmpty(), "nothing follows a response that closes");
    }
    return replies;
}

// The model: what the connection must answer to these bytes, in order.
std::vector<HttpResponse> expectedAnswers(const LinkResponder &responder, QByteArrayView sent,
                                          qsizetype maxHeadBytes)
{
    std::vector<HttpResponse> answers;
    for (;;) {
        const ParsedHead parsed = parseRequestHead(sent, maxHeadBytes);
        if (parsed.outcome == ParsedHead::Incomplete)
            return answers;
        if (parsed.outcome == ParsedHead::Malformed) {
            answers.push_back(LinkResponder::malformed(parsed.errorStatus));
            return answers;
        }
        answers.push_back(responder.respond(parsed.request));
        // RFC 9110, section 9.3.2: whatever the answer, none to HEAD has content.
        if (parsed.request.method == "HEAD")
            check(!answers.back().sendBody, "an answer to HEAD has no body");
        if (answers.back().close)
            return answers;
        sent = sent.sliced(parsed.consumed);
    }
}

QByteArray bodyOf(HttpResponse &response)
{
    if (!response.file)
        return response.body;
    check(response.file->seek(response.fileOffset), "the model can read the file");
    return response.file->read(response.fileLength);
}

void compare(const Client &client, std::vector<HttpResponse> &expected)
{
    QList<bool> withBody;
    for (const HttpResponse &answer : std::as_const(expected))
        withBody.append(answer.sendBody);
    bool cutShort = false;
    const QList<Reply> replies = splitReplies(client.received, withBody, &cutShort);
    // Only a client that stopped reading before the end (by closing) may miss answers.
    if (!client.gone) {
        check(!cutShort, "no answer is cut short");
        check(size_t(replies.size()) == expected.size(),
              "every complete request the client sent is answered");
    }
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const Reply &reply = replies[i];
        HttpResponse &answer = expected[size_t(i)];
        check(reply.statusLine == "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' +
                                      reasonPhrase(answer.status),
              "the status is the responder's");
        auto headers = answer.headers;
        headers.append({"Content-Length", QByteArray::number(answer.bodyLength())});
        check(reply.headers == headers, "the headers are the responder's");
        if (answer.sendBody)
            check(reply.body == bodyOf(answer), "the body is the responder's, byte for byte");
        if (answer.close)
            check(reply.close, "a response that closes says so");
        if (reply.close)
            check(i + 1 == replies.size(), "a connection that closes answers nothing more");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fixture &f = fixture();
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) != 0)
        qFatal("socketpair failed");
    ConnectionLimits limits;
    limits.maxHeadBytes = 1024;
    auto connection = std::make_unique<HttpConnection>(fds[0], *f.responder, limits);
    bool closed = false;
    QObject::connect(connection.get(), &HttpConnection::closed, [&closed] { closed = true; });
    Client client(fds[1]);

    QByteArray pending;
    for (size_t i = 0; i < size && !client.gone; ++i) {
        const char c = char(data[i]);
        if (c != '\xff' || i + 1 == size) {
            pending += c;
            continue;
        }
        const char command = char(data[++i]);
        if (command >= '0' && command <= '4') {
            pending += f.targets[command - '0'];
            continue;
        }
        switch (command) {
        case '\xff':
            pending += command;
            break;
        case 'E':
            pending += f.etag;
            break;
        case 'B':
            if (!closed) {
                const int bytes = 4096;
                ::setsockopt(fds[0], SOL_SOCKET, SO_SNDBUF, &bytes, sizeof bytes);
            }
            break;
        case 'P':
            client.paused = !client.paused;
            break;
        case 'F':
        case 'S':
        case 'X':
            client.send(pending, closed);
            pending.clear();
            client.settle(closed);
            if (command == 'S')
                client.halfClose();
            if (command == 'X')
                client.closeNow();
            break;
        default:
            break;
        }
    }
    if (!client.gone) {
        client.send(pending, closed);
        client.halfClose();
        client.paused = false;
    }
    client.settle(closed);
    check(closed, "the connection closes once the client has said everything or gone");
    check(client.gone || client.serverClosed, "the client sees the connection close");
    connection.reset();

    std::vector<HttpResponse> expected =
        expectedAnswers(*f.responder, client.sent, limits.maxHeadBytes);
    compare(client, expected);
    return 0;
}
