// Attachments through RemoteBackend against the real carillon-server executable on a real
// PostgreSQL: Ada's device uploads two files (one of 5 MiB) and sends them, Bob's device hears
// of the message and downloads both (saveAttachment and the cache of attachmentFile) with the
// same SHA-256 as the originals, hashed here from the source files; a file over the server's
// limit is refused with the size error and posts nothing; Carol, outside the chat, gets an
// error and no file; uploads with a wrong or ended session token are refused, and a session
// cannot attach another session's upload (both read from the raw HTTP and protocol answers).

#include "core/SecretStore.h"
#include "net/RemoteBackend.h"
#include "net/RemoteTransfers.h"
#include "support/RemoteDevice.h"
#include "support/WireClient.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace carillon;
using test::WireClient;

namespace {
using test::waitUntil;
const QString kPassword = QStringLiteral("password-123");
const qint64 kLimit = 8 * 1024 * 1024;
const qint64 kBigSize = 5 * 1024 * 1024 + 12'345;

using test::await;
using test::awaitStatus;
using test::Device;

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

// A file of pseudo-random bytes (so that no layer can compress or dedupe it away).
QString writeFile(const QString &path, qint64 size, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QRandomGenerator random(seed);
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (qint64 left = size; left > 0; left -= chunk.size()) {
        random.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        file.write(chunk.constData(), qMin<qint64>(left, chunk.size()));
    }
    return path;
}

// Files under folder (recursively).
int filesUnder(const QString &folder)
{
    int count = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// A raw PUT of size bytes to url with the given Authorization; the HTTP status (0: none).
int put(const QUrl &url, const QByteArray &authorization, const QByteArray &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply *reply = network.put(request, body);
    waitUntil([reply] { return reply->isFinished(); }, 30'000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}
// A raw GET; the HTTP status (0: none).
int get(const QUrl &url, const QByteArray &authorization)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.get(request);
    waitUntil([reply] { return reply->isFinished(); }, 30'000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}
} // namespace

class TestRemoteAttachments : public QObject
{
    Q_OBJECT

private:
    test::PostgresCluster m_cluster;
    test::ServerProcess m_server;
    QUrl m_url;
    QTemporaryDir m_files;
    std::unique_ptr<Device> m_ada, m_bob, m_carol;
    qint64 m_chat = 0;
    QString m_uploadsUrl; // from a raw hello

    bool signUp(Device &device, const QString &email, const QString &name)
    {
        const Result<Profile> me = await<Profile>([&](QObject *r, Reply<Profile> done) {
            device->createIdentity(email, name, kPassword, r, done);
        });
        if (!me)
            qWarning("creating %s: %s", qPrintable(email), qPrintable(me.error().message));
        return bool(me);
    }

    Result<Message> sendFiles(Device &device, const QStringList &files,
                              QList<std::pair<qint64, qint64>> *progress = nullptr)
    {
        return await<Message>([&](QObject *r, Reply<Message> done) {
            device->send(
                m_chat, QStringLiteral("files"), files, r,
                [progress](qint64 bytes, qint64 total) {
                    if (progress)
                        progress->append({bytes, total});
                },
                done);
        });
    }

private slots:
    void initTestCase()
    {
        const QString failed = m_cluster.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_url = m_server.url();
        const QString said =
            m_server.start(m_cluster.createDatabase(),
                           {QStringLiteral("--links-listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--max-attachment-size"), QString::number(kLimit)});
        QVERIFY2(said.isEmpty(), qPrintable(said));

        m_ada = std::make_unique<Device>(m_url);
        m_bob = std::make_unique<Device>(m_url);
        m_carol = std::make_unique<Device>(m_url);
        QVERIFY(signUp(*m_ada, QStringLiteral("ada@example.com"), QStringLiteral("Ada")));
        QVERIFY(signUp(*m_bob, QStringLiteral("bob@example.com"), QStringLiteral("Bob")));
        QVERIFY(signUp(*m_carol, QStringLiteral("carol@example.com"), QStringLiteral("Carol")));
        QCOMPARE((*m_ada)->maxAttachmentSize(), kLimit);
        const Result<InviteOutcome> invited =
            await<InviteOutcome>([&](QObject *r, Reply<InviteOutcome> done) {
                (*m_ada)->invite(QStringLiteral("bob@example.com"), r, done);
            });
        QVERIFY(invited);
        QVERIFY(awaitStatus([&](QObject *r, Done done) {
            (*m_bob)->acceptInvitation(QStringLiteral("ada@example.com"), r, done);
        }));
        const Result<Conversation> chat =
            await<Conversation>([&](QObject *r, Reply<Conversation> done) {
                (*m_ada)->openDirect((*m_bob)->me().id, r, done);
            });
        QVERIFY(chat);
        m_chat = chat->id;

        WireClient raw(m_url.toString());
        QVERIFY(raw.waitConnected());
        const wire::Frame hello = raw.call(QStringLiteral("hello"), {{"client", "test"}});
        QVERIFY(!hello.error);
        m_uploadsUrl = hello.value.toObject().value(QLatin1String("uploadsUrl")).toString();
        QVERIFY2(m_uploadsUrl.startsWith(QLatin1String("http://127.0.0.1:")),
                 qPrintable(m_uploadsUrl));
    }

    void cleanupTestCase()
    {
        m_ada.reset();
        m_bob.reset();
        m_carol.reset();
        QVERIFY(m_server.stop());
    }

    // Two files up from Ada's device and down to Bob's, bytes equal, progress reported.
    void twoFilesTravelBothWays()
    {
        const QString big = writeFile(m_files.filePath(QStringLiteral("big.bin")), kBigSize, 7);
        const QString small = writeFile(m_files.filePath(QStringLiteral("notes été.txt")), 1000, 8);
        QVERIFY(!big.isEmpty() && !small.isEmpty());
        QList<qint64> posted;
        QObject listening; // the connection ends with this test
        connect(m_bob->backend.get(), &ChatBackend::messagePosted, &listening,
                [&posted](qint64, qint64 message) { posted.append(message); });

        QList<std::pair<qint64, qint64>> progress;
        QElapsedTimer clock;
        clock.start();
        const Result<Message> sent = sendFiles(*m_ada, {big, small}, &progress);
        const qint64 uploadMs = clock.elapsed();
        QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
        QCOMPARE(sent->attachments.size(), 2);
        QCOMPARE(sent->attachments[0].fileName, QStringLiteral("big.bin"));
        QCOMPARE(sent->attachments[1].fileName, QStringLiteral("notes été.txt"));
        QCOMPARE(sent->attachments[0].size, kBigSize);
        QCOMPARE(sent->attachments[0].sha256.toLatin1(), sha256Of(big));
        // Progress: more than one report, never backwards, ending at all bytes of both files.
        QVERIFY(progress.size() > 1);
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i].first >= progress[i - 1].first);
        QCOMPARE(progress.last().first, kBigSize + 1000);
        QCOMPARE(progress.last().second, kBigSize + 1000);
        // The uploads were taken into the message: none stays behind on the server.
        QCOMPARE(filesUnder(m_server.dataPath() + QStringLiteral("/uploads")), 0);

        QVERIFY(waitUntil([&] { return posted.contains(sent->id); }, 5000));
        const Result<Message> seen = await<Message>(
            [&](QObject *r, Reply<Message> done) { (*m_bob)->message(sent->id, r, done); });
        QVERIFY(seen);
        QCOMPARE(seen->attachments.size(), 2);

        const QString target = m_bob->dir.filePath(QStringLiteral("saved/big.bin"));
        clock.restart();
        QVERIFY(awaitStatus([&](QObject *r, Done done) {
            (*m_bob)->saveAttachment(seen->attachments[0].id, target, r, done);
        }));
        const qint64 downloadMs = clock.elapsed();
        QCOMPARE(sha256Of(target), sha256Of(big));
        QVERIFY(!QFile::exists(RemoteTransfers::partPathFor(target)));
        qInfo("%lld bytes on loopback: upload and send %lld ms, saveAttachment %lld ms", kBigSize,
              uploadMs, downloadMs);

        // A download broken off after 1 MiB continues from there (Range) to the same bytes.
        const QString resumed = m_bob->dir.filePath(QStringLiteral("saved/again.bin"));
        {
            QFile part(RemoteTransfers::partPathFor(resumed));
            QFile source(big);
            QVERIFY(part.open(QIODevice::WriteOnly) && source.open(QIODevice::ReadOnly));
            part.write(source.read(1024 * 1024));
        }
        QVERIFY(awaitStatus([&](QObject *r, Done done) {
            (*m_bob)->saveAttachment(seen->attachments[0].id, resumed, r, done);
        }));
        QCOMPARE(sha256Of(resumed), sha256Of(big));

        // attachmentFile: a local copy of each, then the same copy again without a download.
        for (int i = 0; i < 2; ++i) {
            const Result<QString> local = await<QString>([&](QObject *r, Reply<QString> done) {
                (*m_bob)->attachmentFile(seen->attachments[i], r, done);
            });
            QVERIFY2(local, local ? "" : qPrintable(local.error().message));
            QVERIFY(local->startsWith((*m_bob)->cacheFolder()));
            // Nobody else on this computer gets in.
            QCOMPARE(QFileInfo((*m_bob)->cacheFolder()).permissions() &
                         (QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                          QFileDevice::ExeOther),
                     QFileDevice::Permissions());
            QCOMPARE(QFileInfo(*local).fileName(), seen->attachments[i].fileName);
            QCOMPARE(sha256Of(*local), sha256Of(i == 0 ? big : small));
        }
        const Attachment &first = seen->attachments[0];
        const Result<QString> cached = await<QString>(
            [&](QObject *r, Reply<QString> done) { (*m_bob)->attachmentFile(first, r, done); });
        QVERIFY(cached);
        const QDateTime written = QFileInfo(*cached).lastModified();
        QTest::qWait(20);
        QVERIFY(await<QString>(
            [&](QObject *r, Reply<QString> done) { (*m_bob)->attachmentFile(first, r, done); }));
        QCOMPARE(QFileInfo(*cached).lastModified(), written); // reused, not fetched again
        // A damaged cached copy (same size, other bytes) is replaced by the real one.
        {
            QFile damaged(*cached);
            QVERIFY(damaged.open(QIODevice::ReadWrite));
            damaged.write("XXXX");
        }
        QVERIFY(sha256Of(*cached) != sha256Of(big));
        QVERIFY(await<QString>(
            [&](QObject *r, Reply<QString> done) { (*m_bob)->attachmentFile(first, r, done); }));
        QCOMPARE(sha256Of(*cached), sha256Of(big));
    }

    // Over the server's limit: the size error, and no message is posted.
    void oversizedFileIsRefused()
    {
        const QString huge = writeFile(m_files.filePath(QStringLiteral("huge.bin")), kLimit + 1, 9);
        QSignalSpy posted(m_bob->backend.get(), &ChatBackend::messagePosted);
        const Result<Message> sent = sendFiles(*m_ada, {huge});
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::TooLarge);
        QVERIFY2(sent.error().message.contains(QLatin1String("huge.bin")) &&
                     sent.error().message.contains(QLatin1String("at most 8 MiB")),
                 qPrintable(sent.error().message));
        // The server refuses it too, before reading a byte of it, whatever a client checks.
        WireClient raw(m_url.toString());
        QVERIFY(raw.waitConnected());
        QVERIFY(raw.signIn(QStringLiteral("ada@example.com")) > 0);
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(QUrl(m_uploadsUrl).port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("PUT /uploads/huge HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                     raw.token.toUtf8() + "\r\nContent-Length: " + QByteArray::number(kLimit + 1) +
                     "\r\n\r\n");
        QVERIFY(waitUntil([&] { return socket.canReadLine(); }, 5000));
        const QByteArray statusLine = socket.readLine();
        QVERIFY2(statusLine.startsWith("HTTP/1.1 413 "), statusLine.constData());
        QTest::qWait(300);
        QCOMPARE(posted.count(), 0);
        QCOMPARE(filesUnder(m_server.dataPath() + QStringLiteral("/uploads")), 0);
    }

    // Carol is not in Ada and Bob's chat: an error, and no file (not even a partial one).
    void outsiderCannotDownload()
    {
        const QString file = writeFile(m_files.filePath(QStringLiteral("private.txt")), 500, 10);
        const Result<Message> sent = sendFiles(*m_ada, {file});
        QVERIFY(sent);
        const Attachment attachment = sent->attachments.value(0);
        const QString target = m_carol->dir.filePath(QStringLiteral("stolen.txt"));
        const Status saved = awaitStatus([&](QObject *r, Done done) {
            (*m_carol)->saveAttachment(attachment.id, target, r, done);
        });
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(RemoteTransfers::partPathFor(target)));
        const Result<QString> local = await<QString>([&](QObject *r, Reply<QString> done) {
            (*m_carol)->attachmentFile(attachment, r, done);
        });
        QVERIFY(!local);
        QCOMPARE(filesUnder((*m_carol)->cacheFolder()), 0);
    }

    // Uploads need a live session token, and belong to the session that made them.
    void uploadsBelongToTheirSession()
    {
        const QByteArray body("hello");
        QCOMPARE(put(QUrl(m_uploadsUrl + QStringLiteral("x1")), {}, body), 401);
        QCOMPARE(put(QUrl(m_uploadsUrl + QStringLiteral("x1")), "Bearer not-a-token", body), 401);

        WireClient first(m_url.toString()), second(m_url.toString());
        QVERIFY(first.waitConnected() && second.waitConnected());
        QVERIFY(first.signIn(QStringLiteral("ada@example.com")) > 0);
        QVERIFY(second.signIn(QStringLiteral("ada@example.com")) > 0);
        const QByteArray bearer = "Bearer " + first.token.toUtf8();
        QCOMPARE(put(QUrl(m_uploadsUrl + QStringLiteral("mine")), bearer, body), 201);
        // The same person on another session cannot name it; the session that made it can.
        const auto sendUpload = [this](WireClient &client) {
            return client.call(
                QStringLiteral("send"),
                {{"conversation", m_chat},
                 {"text", "with upload"},
                 {"uploads", QJsonArray{wire::Object{{"id", "mine"}, {"name", "mine.txt"}}}}});
        };
        const wire::Frame other = sendUpload(second);
        QVERIFY(other.error);
        QCOMPARE(other.error->code, ErrorCode::NotFound);
        const wire::Frame own = sendUpload(first);
        QVERIFY2(!own.error, own.error ? qPrintable(own.error->message) : "");
        Message message;
        QVERIFY(wire::decode(own.value, &message));
        QCOMPARE(message.attachments.size(), 1);
        QCOMPARE(message.attachments[0].sha256.toLatin1(),
                 QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
        // A session that ended cannot upload any more.
        QVERIFY(!first.call(QStringLiteral("signOut")).error);
        // The session ends in the store on the server's worker, just after the answer: wait
        // until a download with the token says so (401, where a live one gets 404).
        const QUrl nothing(
            QString(m_uploadsUrl).replace(QLatin1String("/uploads/"), QLatin1String("/files/")) +
            QStringLiteral("999999"));
        QVERIFY(waitUntil([&] { return get(nothing, bearer) == 401; }, 5000));
        QCOMPARE(put(QUrl(m_uploadsUrl + QStringLiteral("late")), bearer, body), 401);
        QCOMPARE(filesUnder(m_server.dataPath() + QStringLiteral("/uploads")), 0);
    }
};

QTEST_GUILESS_MAIN(TestRemoteAttachments)
#include "tst_remote_attachments.moc"
