// The link server as a download tool sees it: every status code, the headers, byte ranges,
// HEAD, keep-alive, expiry by the workspace clock, erased files and malformed requests. A
// real server on a free loopback port, real TCP clients.

#include "LinkFixture.h"
#include "links/LinkResponder.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QTest>

#include <sys/socket.h>

using namespace carillon;
using namespace carillon::test;
using carillon::links::LinkResponder;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}

// A link is /a/<id>/<exp>/<kid>/<sig>/<name>: parts 0..4 after "/a/".
QByteArrayList partsOf(const QByteArray &link)
{
    return link.mid(3).split('/');
}

QByteArray linkOf(const QByteArrayList &parts)
{
    return "/a/" + parts.join('/');
}

QByteArray sigOf(const QByteArray &link)
{
    return partsOf(link).at(3);
}

// The link with one part replaced (or removed, when replacement is null).
QByteArray withPart(const QByteArray &link, int index, const QByteArray &replacement)
{
    QByteArrayList parts = partsOf(link);
    if (replacement.isNull())
        parts.removeAt(index);
    else
        parts[index] = replacement;
    return linkOf(parts);
}

} // namespace

class TestLinkServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<LinkFixture> m_fx;
    StoredFile m_text;     // 1000 bytes, a UTF-8 name
    StoredFile m_empty;    // 0 bytes
    QByteArray m_link;     // to m_text
    QByteArrayList m_sigs; // every signature handed out, to look for in logs and bodies

    HttpReply get(const QByteArray &target, const QByteArray &headers = {},
                  const QByteArray &method = "GET")
    {
        HttpTestClient client(m_fx->port());
        return client.get(target, headers, method);
    }

    HttpReply raw(const QByteArray &request)
    {
        HttpTestClient client(m_fx->port());
        return client.exchange(request);
    }

    void checkNoLeak(const HttpReply &reply)
    {
        for (const QByteArray &sig : std::as_const(m_sigs))
            QVERIFY2(!reply.body.contains(sig), "an error body repeats a signature");
        QVERIFY2(!reply.body.contains(m_fx->tw.dir.path().toUtf8()), "a body names a path");
        QVERIFY2(!reply.body.contains("blobs"), "a body names the blob folder");
    }

private slots:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(captureLog);
        QLoggingCategory::setFilterRules(QStringLiteral("carillon.links.debug=true"));
        m_fx = std::make_unique<LinkFixture>();
        m_text = m_fx->upload(QStringLiteral("Résumé \"draft\" 100%.txt"),
                              LinkFixture::randomBytes(1000, 7).toHex().left(1000));
        m_empty = m_fx->upload(QStringLiteral("empty.txt"), QByteArray());
        m_link = m_fx->link(m_text.attachment);
        m_sigs << sigOf(m_link);
    }

    void cleanupTestCase()
    {
        m_fx.reset();
        qInstallMessageHandler(g_previousHandler);
        QMutexLocker lock(&g_logMutex);
        QVERIFY2(!g_log.isEmpty(), "the debug log was expected to say something");
        for (const QString &line : std::as_const(g_log)) {
            for (const QByteArray &sig : std::as_const(m_sigs))
                QVERIFY2(!line.contains(QString::fromLatin1(sig)), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("/a/")), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("blobs")), qPrintable(line));
        }
    }

    void servesTheWholeFileWithItsHeaders()
    {
        const HttpReply r = get(m_link);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, m_text.bytes);
        QCOMPARE(r.header("content-length"), QByteArray("1000"));
        QCOMPARE(r.header("content-type"), QByteArray("text/plain"));
        QCOMPARE(r.header("content-disposition"),
                 QByteArray("attachment; filename=\"R_sum_ _draft_ 100_.txt\"; "
                            "filename*=UTF-8''R%C3%A9sum%C3%A9%20%22draft%22%20100%25.txt"));
        QCOMPARE(r.header("etag"), '"' + m_text.sha256Hex + '"');
        QCOMPARE(r.header("repr-digest"),
                 "sha-256=:" + QByteArray::fromHex(m_text.sha256Hex).toBase64() + ':');
        QCOMPARE(r.header("accept-ranges"), QByteArray("bytes"));
        QCOMPARE(r.header("connection"), QByteArray("keep-alive"));
        QVERIFY(!r.header("date").isEmpty());
        QCOMPARE(r.headerCount("content-length"), 1);
    }

    void fileNamesNeverCarrySeparators()
    {
        const QByteArray cd = LinkResponder::contentDisposition(QStringLiteral("../a\\b/c\n.txt"));
        QCOMPARE(cd, QByteArray("attachment; filename=\".._a_b_c_.txt\"; "
                                "filename*=UTF-8''.._a_b_c_.txt"));
        QCOMPARE(LinkResponder::contentDisposition(QStringLiteral("文件 😀.pdf")),
                 QByteArray("attachment; filename=\"__ _.pdf\"; "
                            "filename*=UTF-8''%E6%96%87%E4%BB%B6%20%F0%9F%98%80.pdf"));
        // C1 controls too (found by fuzz_response_headers): U+009B is the 8-bit CSI that
        // drives terminals, U+0085 a line end.
        QCOMPARE(
            LinkResponder::contentDisposition(QStringLiteral("a\u0085b\u009b[2J.txt")),
            QByteArray("attachment; filename=\"a_b_[2J.txt\"; filename*=UTF-8''a_b_%5B2J.txt"));
        QCOMPARE(LinkResponder::contentType(QStringLiteral("text/html\r\nX: y")),
                 QByteArray("application/octet-stream"));
        QCOMPARE(LinkResponder::contentType(QStringLiteral("image/svg+xml")),
                 QByteArray("image/svg+xml"));
    }

    void ranges_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::newRow("first 100") << QByteArray("bytes=0-99") << 206 << 0LL << 99LL;
        QTest::newRow("open-ended") << QByteArray("bytes=100-") << 206 << 100LL << 999LL;
        QTest::newRow("suffix") << QByteArray("bytes=-100") << 206 << 900LL << 999LL;
        QTest::newRow("past the end") << QByteArray("bytes=990-5000") << 206 << 990LL << 999LL;
        QTest::newRow("suffix too long") << QByteArray("bytes=-5000") << 206 << 0LL << 999LL;
        QTest::newRow("last byte") << QByteArray("bytes=999-999") << 206 << 999LL << 999LL;
        QTest::newRow("spaces, case") << QByteArray("Bytes = 10 - 19") << 206 << 10LL << 19LL;
        QTest::newRow("starts at size") << QByteArray("bytes=1000-") << 416 << 0LL << 0LL;
        QTest::newRow("huge start")
            << QByteArray("bytes=99999999999999999999999-") << 416 << 0LL << 0LL;
        QTest::newRow("empty suffix") << QByteArray("bytes=-0") << 416 << 0LL << 0LL;
        QTest::newRow("two ranges") << QByteArray("bytes=0-99,200-299") << 200 << 0LL << 999LL;
        QTest::newRow("two unsatisfiable")
            << QByteArray("bytes=2000-,3000-") << 200 << 0LL << 999LL;
        QTest::newRow("backwards") << QByteArray("bytes=5-2") << 200 << 0LL << 999LL;
        QTest::newRow("other unit") << QByteArray("items=0-5") << 200 << 0LL << 999LL;
        QTest::newRow("garbage") << QByteArray("bytes=abc") << 200 << 0LL << 999LL;
    }

    void ranges()
    {
        QFETCH(QByteArray, range);
        QFETCH(int, status);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        const HttpReply r = get(m_link, "Range: " + range + "\r\n");
        QCOMPARE(r.status, status);
        checkNoLeak(r);
        if (status == 416) {
            QCOMPARE(r.header("content-range"), QByteArray("bytes */1000"));
            return;
        }
        QCOMPARE(r.body, m_text.bytes.mid(first, last - first + 1));
        QCOMPARE(r.header("content-length"), QByteArray::number(last - first + 1));
        if (status == 206)
            QCOMPARE(r.header("content-range"), "bytes " + QByteArray::number(first) + '-' +
                                                    QByteArray::number(last) + "/1000");
        else
            QCOMPARE(r.headerCount("content-range"), 0);
    }

    void ifRangeSendsTheWholeFileWhenTheCopyIsStale()
    {
        const QByteArray etag = '"' + m_text.sha256Hex + '"';
        QCOMPARE(get(m_link, "Range: bytes=10-\r\nIf-Range: " + etag + "\r\n").status, 206);
        QCOMPARE(get(m_link, "Range: bytes=10-\r\nIf-Range: \"other\"\r\n").status, 200);
        QCOMPARE(get(m_link, "Range: bytes=10-\r\nIf-Range: W/" + etag + "\r\n").status, 200);
        QCOMPARE(get(m_link, "Range: bytes=1-2\r\nRange: bytes=3-4\r\n").status, 200);
    }

    void emptyFile()
    {
        const QByteArray link = m_fx->link(m_empty.attachment);
        const HttpReply whole = get(link);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.header("content-length"), QByteArray("0"));
        QCOMPARE(get(link, "Range: bytes=0-\r\n").status, 416);
    }

    void headIsGetWithoutTheBody_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<int>("status");
        const QByteArray link = m_fx->link(m_text.attachment);
        QTest::newRow("200") << link << QByteArray() << 200;
        QTest::newRow("206") << link << QByteArray("Range: bytes=-10\r\n") << 206;
        QTest::newRow("416") << link << QByteArray("Range: bytes=5000-\r\n") << 416;
        QTest::newRow("403") << withPart(link, 3, QByteArray()) << QByteArray() << 403;
        QTest::newRow("404") << QByteArray("/nothing") << QByteArray() << 404;
        QTest::newRow("410") << m_fx->link(m_text.attachment, -1000) << QByteArray() << 410;
    }

    void headIsGetWithoutTheBody()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, headers);
        QFETCH(int, status);
        const HttpReply got = get(target, headers);
        HttpTestClient client(m_fx->port());
        const HttpReply head = client.get(target, headers, "HEAD");
        QCOMPARE(got.status, status);
        QCOMPARE(head.status, status);
        QCOMPARE(head.stableHeaders(), got.stableHeaders());
        QCOMPARE(head.header("content-length"), QByteArray::number(got.body.size()));
        // Nothing follows a HEAD answer: the next answer on the connection starts cleanly.
        QCOMPARE(client.get("/nothing").status, 404);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray host = " HTTP/1.1\r\nHost: x\r\n\r\n";
        QByteArray wrongSig = sigOf(m_link);
        wrongSig[5] = wrongSig[5] == 'A' ? 'B' : 'A';
        Attachment unknown = m_text.attachment;
        unknown.publicId = QStringLiteral("nosuchattachment");
        const QByteArray unknownLink = m_fx->link(unknown);
        m_sigs << sigOf(unknownLink);

        QTest::newRow("no signature") << "GET " + withPart(m_link, 3, QByteArray()) + host << 403;
        QTest::newRow("wrong signature") << "GET " + withPart(m_link, 3, wrongSig) + host << 403;
        QTest::newRow("unknown key id")
            << "GET " + withPart(m_link, 2, "0" + partsOf(m_link).at(2)) + host << 403;
        QTest::newRow("no key id") << "GET " + withPart(m_link, 2, QByteArray()) + host << 403;
        QTest::newRow("query added") << "GET " + m_link + "?x=1" + host << 403;
        QTest::newRow("expired") << "GET " + m_fx->link(m_text.attachment, -1) + host << 410;
        QTest::newRow("unknown attachment") << "GET " + unknownLink + host << 404;
        QTest::newRow("root") << "GET /" + host << 404;
        QTest::newRow("favicon") << "GET /favicon.ico" + host << 404;
        QTest::newRow("prefix only") << "GET /a/" + host << 404;
        QTest::newRow("POST") << "POST " + m_link + host << 405;
        QTest::newRow("PUT") << "PUT " + m_link +
                                    " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"
                             << 405;
        QTest::newRow("DELETE") << "DELETE " + m_link + host << 405;
        QTest::newRow("OPTIONS *") << "OPTIONS *" + host << 405;
        QTest::newRow("lower-case get") << "get " + m_link + host << 405;
        QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("HTTP/0.9") << "GET " + m_link + "\r\n\r\n" << 400;
        QTest::newRow("no Host") << "GET " + m_link + " HTTP/1.1\r\n\r\n" << 400;
        QTest::newRow("two Hosts") << "GET " + m_link + " HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"
                                   << 400;
        QTest::newRow("space before colon") << "GET " + m_link + " HTTP/1.1\r\nHost : x\r\n\r\n"
                                            << 400;
        QTest::newRow("folded header")
            << "GET " + m_link + " HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  2\r\n\r\n"
            << 400;
        QTest::newRow("bare CR in header")
            << "GET " + m_link + " HTTP/1.1\r\nHost: x\r\nX-A: 1\r2\r\n\r\n"
            << 400;
        QTest::newRow("two spaces") << "GET  " + m_link + host << 400;
        QTest::newRow("relative target") << "GET a/b" + host << 400;
        QTest::newRow("body on GET")
            << "GET " + m_link + " HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc" << 400;
        QTest::newRow("chunked and length")
            << "GET " + m_link +
                   " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n"
            << 400;
        QTest::newRow("bad length")
            << "GET " + m_link + " HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"
            << 400;
        QTest::newRow("HTTP/2.0") << "GET " + m_link + " HTTP/2.0\r\nHost: x\r\n\r\n" << 505;
        QTest::newRow("HTTP/1.x junk") << "GET " + m_link + " HTTP/1.1x\r\nHost: x\r\n\r\n" << 400;
    }

    void refusals()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const HttpReply r = raw(request);
        QCOMPARE(r.status, status);
        checkNoLeak(r);
        QVERIFY(!r.body.isEmpty());
        QCOMPARE(r.header("content-type"), QByteArray("text/plain; charset=utf-8"));
        if (status == 405)
            QCOMPARE(r.header("allow"), QByteArray("GET, HEAD"));
        if (status == 400 || status == 505)
            QVERIFY(r.closedAfter);
    }

    void pathTricks_data()
    {
        QTest::addColumn<QByteArray>("target");
        const QByteArray id = m_text.attachment.publicId.toLatin1();
        // The link's credentials (/exp/kid/sig), placed where a link has them.
        const QByteArrayList parts = partsOf(m_link);
        const QByteArray q = '/' + parts.mid(1, 3).join('/');
        const QByteArray sha = m_text.sha256Hex;
        QTest::newRow("dot dot") << "/a/../../carillon.sqlite" + q;
        QTest::newRow("encoded dot dot") << "/a/%2e%2e/%2e%2e/secrets.json" + q;
        QTest::newRow("encoded slash") << "/a/" + id + q + "/..%2f..%2fsecrets.json";
        QTest::newRow("upper-case escapes") << "/a/%2E%2E/%2E%2E/secrets.json" + q;
        QTest::newRow("double slash") << "//a/" + id + q + "/x.txt";
        QTest::newRow("empty segment") << "/a//" + id + q + "/x.txt";
        QTest::newRow("trailing slash") << "/a/" + id + q + "/x.txt/";
        QTest::newRow("backslashes") << "/a\\" + id + q + "\\x.txt";
        QTest::newRow("encoded backslash") << "/a/%5c..%5c..%5csecrets.json" + q;
        QTest::newRow("encoded NUL") << "/a/" + id + q + "/x.txt%00.png";
        QTest::newRow("overlong dot") << "/a/%c0%ae%c0%ae/%c0%ae%c0%ae/secrets.json" + q;
        QTest::newRow("overlong slash") << "/a/" + id + q + "/%c0%af..%c0%afsecrets.json";
        QTest::newRow("invalid UTF-8") << "/a/" + id + q + "/%ff%fe.txt";
        QTest::newRow("broken escape") << "/a/" + id + q + "/%zz.txt";
        QTest::newRow("cut escape") << "/a/" + id + q + "/x.txt%2";
        QTest::newRow("blob by hash") << "/blobs/" + sha.left(2) + '/' + sha;
        QTest::newRow("data file") << QByteArray("/carillon.sqlite");
        QTest::newRow("secrets") << QByteArray("/secrets.json");
        QTest::newRow("absolute form") << "http://127.0.0.1/../secrets.json" + q;
        QTest::newRow("file scheme") << QByteArray("file:///etc/passwd");
        QTest::newRow("link of another name") << "/a/" + id + q + "/secrets.json";
    }

    void pathTricks()
    {
        QFETCH(QByteArray, target);
        const HttpReply r = get(target);
        QVERIFY2(r.status == 400 || r.status == 403 || r.status == 404,
                 qPrintable(QString::number(r.status)));
        checkNoLeak(r);
        QVERIFY(r.body.size() < 300);
    }

    void rawControlBytesAreRefused()
    {
        QCOMPARE(raw(QByteArray("GET /a/x") + '\0' + "y HTTP/1.1\r\nHost: x\r\n\r\n").status, 400);
        QCOMPARE(raw("GET /a/\x01 HTTP/1.1\r\nHost: x\r\n\r\n").status, 400);
        QCOMPARE(raw("GET /a/\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n").status, 400);
        QCOMPARE(raw(QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: a") + '\0' + "b\r\n\r\n").status,
                 400);
    }

    void oversizedHeadersAreRefused()
    {
        const QByteArray big = "X-Big: " + QByteArray(20 * 1024, 'a') + "\r\n";
        const HttpReply r = get(m_link, big);
        QCOMPARE(r.status, 431);
        QVERIFY(r.closedAfter);
        QByteArray many;
        for (int i = 0; i < 200; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        QCOMPARE(get(m_link, many).status, 431);
        // Just under the limit is fine.
        QCOMPARE(get(m_link, "X-Big: " + QByteArray(15 * 1024, 'a') + "\r\n").status, 200);
    }

    void expiryFollowsTheWorkspaceClock()
    {
        const qint64 expiry = (m_fx->tw.clock.nowMs() / 1000 + 3600) * 1000;
        const QByteArray link = m_fx->linkUntil(m_text.attachment, expiry);
        const qint64 start = m_fx->tw.clock.nowMs();
        m_fx->tw.clock.setNowMs(expiry - 1000);
        QCOMPARE(get(link).status, 200);
        m_fx->tw.clock.setNowMs(expiry - 1);
        QCOMPARE(get(link).status, 200);
        m_fx->tw.clock.setNowMs(expiry);
        const HttpReply gone = get(link);
        QCOMPARE(gone.status, 410);
        QVERIFY(gone.body.contains("expired"));
        m_fx->tw.clock.setNowMs(start);
    }

    void erasedAttachmentsAreNotFound()
    {
        const Profile leaver = m_fx->tw.person(QStringLiteral("leaver@example.com"));
        auto chat = m_fx->tw->conversations().direct(leaver.id, m_fx->owner.id);
        QVERIFY(chat);
        OutgoingMessage message;
        message.attachments << NewAttachment::fromData(QStringLiteral("mine.bin"), "bytes of mine");
        auto posted = m_fx->tw->messages().post(leaver.id, chat->id, message);
        QVERIFY(posted);
        const QByteArray link = m_fx->link(posted->attachments.first());
        QCOMPARE(get(link).status, 200);
        QVERIFY(m_fx->tw->eraser().erase(leaver.id, RevokeReason::ProfileDeleted));
        const HttpReply r = get(link);
        QCOMPARE(r.status, 404);
        checkNoLeak(r);
    }

    void keepAliveAndPipelining()
    {
        HttpTestClient client(m_fx->port());
        QCOMPARE(client.get(m_link).status, 200);
        QCOMPARE(client.get(m_link, "Range: bytes=0-0\r\n").status, 206);
        QCOMPARE(client.get("/nothing").status, 404); // errors keep the connection too
        const QByteArray one = "GET " + m_link + " HTTP/1.1\r\nHost: x\r\n\r\n";
        QVERIFY(client.send(one + one + "HEAD " + m_link + " HTTP/1.1\r\nHost: x\r\n\r\n" + one));
        for (int i = 0; i < 4; ++i) {
            const HttpReply r = client.read(i == 2);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, i == 2 ? QByteArray() : m_text.bytes);
        }
        const HttpReply last = client.get(m_link, "Connection: close\r\n");
        QCOMPARE(last.status, 200);
        QVERIFY(last.closedAfter);
        QVERIFY(client.waitForServerClose(5000));
    }

    void http10ClosesUnlessAskedToKeepAlive()
    {
        HttpTestClient client(m_fx->port());
        QVERIFY(client.send("GET " + m_link + " HTTP/1.0\r\n\r\n"));
        HttpReply r = client.read();
        QCOMPARE(r.status, 200);
        QVERIFY(r.closedAfter);
        QVERIFY(client.waitForServerClose(5000));
        HttpTestClient again(m_fx->port());
        r = again.exchange("GET " + m_link + " HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.closedAfter);
    }

    void answersARequestSentBeforeTheClientShutsItsSide()
    {
        HttpTestClient client(m_fx->port());
        QVERIFY(client.connectIfNeeded());
        client.socket().write("GET " + m_link + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(client.socket().waitForBytesWritten(5000));
        ::shutdown(int(client.socket().socketDescriptor()), SHUT_WR);
        const HttpReply r = client.read();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, m_text.bytes);
    }

    // Found by fuzz_http_connection (crashers/http_connection/pipelined-then-end-of-stream):
    // when the requests and the end of the client's stream arrived together, only the first
    // request was answered.
    void answersEveryRequestSentBeforeTheClientShutsItsSide()
    {
        // While the server writes a file larger than the socket buffers, the client sends
        // three more requests and ends its stream: the server then finds them and the end
        // together in one read, as the fuzzer's socket pair did.
        const StoredFile big =
            m_fx->upload(QStringLiteral("big.bin"), LinkFixture::randomBytes(16 << 20, 11));
        HttpTestClient client(m_fx->port());
        QVERIFY(client.send("GET " + m_fx->link(big.attachment) + " HTTP/1.1\r\nHost: x\r\n\r\n"));
        QVERIFY(client.socket().waitForReadyRead(5000)); // the server is writing the file
        const QByteArray one = "GET " + m_link + " HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray head = "HEAD " + m_link + " HTTP/1.1\r\nHost: x\r\n\r\n";
        QVERIFY(client.send(one + head + one));
        ::shutdown(int(client.socket().socketDescriptor()), SHUT_WR);
        const HttpReply first = client.read(false, true);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.bodySha256, big.sha256Hex);
        for (int i = 0; i < 3; ++i) {
            const HttpReply r = client.read(i == 1);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, i == 1 ? QByteArray() : m_text.bytes);
            QVERIFY(!r.closedAfter || i == 2); // only the last answer may end the connection
        }
        QVERIFY(client.waitForServerClose(5000));
    }

    // Found by fuzz_http_connection (crashers/http_connection/head-unclean-path): a HEAD
    // request for a path no link can have got a 400 with a body, which a client reads as the
    // start of the next answer.
    void headOfAMalformedPathHasNoBody()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_fx->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("HEAD /a/%2e%2e/secrets.json HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(5000))
            answer += socket.readAll(); // until the server closes
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
        QVERIFY2(answer.indexOf("\r\n\r\n") == answer.size() - 4, answer.constData());
        QVERIFY(answer.contains("\r\nContent-Length: "));
    }

    void restartingReleasesTheWorkersDatabaseConnections()
    {
        const qsizetype before = QSqlDatabase::connectionNames().size();
        for (int round = 0; round < 3; ++round) {
            LinkServerOptions options;
            options.port = 0;
            options.workerThreads = 3;
            LinkServer server(*m_fx->tw.ws, options);
            QVERIFY(server.start());
            for (int i = 0; i < 6; ++i) {
                HttpTestClient client(server.port());
                QCOMPARE(client.get(m_link).status, 200);
            }
            QVERIFY(QSqlDatabase::connectionNames().size() > before);
            server.stop();
            QVERIFY(!server.isListening());
            QCOMPARE(QSqlDatabase::connectionNames().size(), before);
        }
    }

    void portInUseIsNamed()
    {
        LinkServerOptions options;
        options.port = m_fx->port();
        LinkServer second(*m_fx->tw.ws, options);
        const Status s = second.start();
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Conflict);
        QVERIFY2(s.error().message.contains(QString::number(m_fx->port())),
                 qPrintable(s.error().message));
        QVERIFY(!second.isListening());
        QCOMPARE(get(m_link).status, 200); // the first one is unaffected
    }
};

QTEST_GUILESS_MAIN(TestLinkServer)
#include "tst_linkserver.moc"
