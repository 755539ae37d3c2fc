// The links viewer against a real link server: sizes and statuses, Download all with SHA-256
// checks, resuming a partial file, and clear statuses for expired and altered links.

#include "links/LinkServer.h"
#include "support/DesktopIsolation.h"
#include "support/TestWorkspace.h"
#include "ui/HttpFetcher.h"
#include "ui/ManifestReader.h"
#include "ui/ManifestViewer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace carillon;
using carillon::test::TestWorkspace;

class TestManifestViewer : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<LinkServer> m_server;
    QList<Attachment> m_files;
    qint64 m_ada = 0;
    qint64 m_chat = 0;
    QTemporaryDir m_out;

    QString writeManifest(qint64 expiresAt, bool tamperFirst = false, QString base = {})
    {
        if (base.isEmpty())
            base = m_server->baseUrl();
        QByteArray text;
        for (const Attachment &a : std::as_const(m_files)) {
            QByteArray link =
                base.toLatin1() +
                (*m_tw)->links().signPath(a.publicId, a.fileName, a.sha256, expiresAt).toLatin1();
            if (tamperFirst && text.isEmpty())
                link.replace("/a/", "/a/x");
            text += link + '\n';
        }
        const QString path = m_out.filePath(QStringLiteral("links-%1.txt").arg(expiresAt));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(text);
        return path;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        const Profile ada = m_tw->person(QStringLiteral("ada@example.com"));
        const Profile bob = m_tw->person(QStringLiteral("bob@example.com"));
        const qint64 chat = (*m_tw)->conversations().direct(ada.id, bob.id)->id;
        OutgoingMessage message{MessageKind::Text, QStringLiteral("files"), {}, {}};
        message.attachments << NewAttachment::fromData(QStringLiteral("notes é.txt"), "hello\n")
                            << NewAttachment::fromData(QStringLiteral("big.bin"),
                                                       QByteArray(2'500'000, 'z'));
        m_files = (*m_tw)->messages().post(ada.id, chat, message)->attachments;
        m_ada = ada.id;
        m_chat = chat;
        LinkServerOptions options;
        options.port = 0;
        m_server = std::make_unique<LinkServer>(*m_tw->ws, options);
        QVERIFY(m_server->start());
    }
    void cleanup()
    {
        m_server->stop();
        m_server.reset();
        m_tw.reset();
    }

    void hostileFileNamesStayPlainAndVisible()
    {
        // The title is the delivered file's name; the summary can quote paths and errors.
        const QString name = QStringLiteral("<b>links</b>\u202Etxt.exe");
        ui::ManifestViewer viewer(writeManifest(m_tw->clock.nowMs() + 86'400'000), name);
        QVERIFY2(viewer.windowTitle().contains(QStringLiteral("<b>links</b>")),
                 qPrintable(viewer.windowTitle()));
        QVERIFY2(!viewer.windowTitle().contains(QChar(0x202E)), qPrintable(viewer.windowTitle()));
        QVERIFY(viewer.windowTitle().contains(QStringLiteral("U+202E")));
        const auto *summary = viewer.findChild<QLabel *>(QStringLiteral("manifestSummaryLabel"));
        QCOMPARE(summary->textFormat(), Qt::PlainText);
    }

    void downloadsResumesAndVerifies()
    {
        ui::ManifestViewer viewer(writeManifest(m_tw->clock.nowMs() + 86'400'000),
                                  QStringLiteral("links"));
        QCOMPARE(viewer.table()->rowCount(), 2);
        QCOMPARE(viewer.table()->item(0, 0)->text(), QStringLiteral("notes é.txt"));
        QTRY_COMPARE(viewer.table()->item(1, 3)->text(), QStringLiteral("Ready"));
        QCOMPARE(viewer.table()->item(1, 1)->text(), QStringLiteral("2.4 MiB")); // 2,500,000 bytes
        // An earlier download of big.bin stopped half-way.
        const QString folder = m_out.filePath(QStringLiteral("down"));
        QDir().mkpath(folder);
        QFile part(folder + QStringLiteral("/big.bin.part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(1'000'000, 'z'));
        part.close();
        QSignalSpy done(&viewer, &ui::ManifestViewer::downloadsFinished);
        viewer.downloadAllTo(folder);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20'000);
        QCOMPARE(done.first().at(0).toInt(), 2);
        QCOMPARE(done.first().at(1).toInt(), 0);
        for (const Attachment &a : std::as_const(m_files)) {
            QFile f(folder + QLatin1Char('/') + a.fileName);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()),
                     a.sha256);
        }
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/big.bin.part")));
        QCOMPARE(viewer.table()->item(1, 3)->text(),
                 QStringLiteral("Downloaded, SHA-256 verified"));

        // A partial file that does not match the server's bytes: the resumed download is
        // caught by the SHA-256 check and discarded (which also shows the part was used).
        const QString again = m_out.filePath(QStringLiteral("again"));
        QDir().mkpath(again);
        QFile bad(again + QStringLiteral("/big.bin.part"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray(1'000'000, 'y'));
        bad.close();
        viewer.downloadAllTo(again);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 20'000);
        QCOMPARE(done.at(1).at(0).toInt(), 1);
        QCOMPARE(done.at(1).at(1).toInt(), 1);
        QVERIFY(viewer.table()->item(1, 3)->text().startsWith(QStringLiteral("Checksum mismatch")));
        QVERIFY(!QFileInfo::exists(again + QStringLiteral("/big.bin")));
        QVERIFY(!QFileInfo::exists(again + QStringLiteral("/big.bin.part")));
    }

    // Another local user holds the link port and answers every link with other bytes and a
    // Repr-Digest that matches them. The viewer checks against the digest in the link (from
    // the assistant), so nothing is reported verified and nothing is kept.
    void aSquatterOnThePortCannotPassOffOtherBytes()
    {
        const QByteArray fake = "not your file\n";
        const QByteArray digest =
            QCryptographicHash::hash(fake, QCryptographicHash::Sha256).toBase64();
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        connect(&squatter, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = squatter.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, fake, digest] {
                    const QByteArray request = socket->readAll();
                    if (!request.contains("\r\n\r\n"))
                        return;
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(fake.size()) +
                        "\r\nRepr-Digest: sha-256=:" + digest + ":\r\nConnection: close\r\n\r\n");
                    if (!request.startsWith("HEAD"))
                        socket->write(fake);
                    socket->disconnectFromHost();
                });
            }
        });
        const QString manifest =
            writeManifest(m_tw->clock.nowMs() + 86'400'000, false,
                          QStringLiteral("http://127.0.0.1:%1").arg(squatter.serverPort()));
        ui::ManifestViewer viewer(manifest, QStringLiteral("links"));
        const QString folder = m_out.filePath(QStringLiteral("squatted"));
        QDir().mkpath(folder);
        QSignalSpy done(&viewer, &ui::ManifestViewer::downloadsFinished);
        viewer.downloadAllTo(folder);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20'000);
        QCOMPARE(done.first().at(0).toInt(), 0);
        QCOMPARE(done.first().at(1).toInt(), 2);
        for (int row = 0; row < 2; ++row)
            QVERIFY2(viewer.table()->item(row, 3)->text().startsWith(
                         QStringLiteral("Checksum mismatch")),
                     qPrintable(viewer.table()->item(row, 3)->text()));
        QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
    }

    // The fetcher's contract (HttpFetcher.h): headers before data, a Range from an
    // offset, the Repr-Digest passed on, and no handler after a transfer is destroyed.
    void fetcherStreamsFromAnOffsetAndStopsWhenDropped()
    {
        std::unique_ptr<ui::HttpFetcher> fetcher = ui::makeHttpFetcher();
        const QString link =
            m_server->baseUrl() + (*m_tw)->links().signPath(m_files[1].publicId,
                                                            m_files[1].fileName, m_files[1].sha256,
                                                            m_tw->clock.nowMs() + 86'400'000);
        QStringList events;
        QByteArray body;
        ui::HttpFetcher::Head last;
        ui::HttpFetcher::Handlers handlers;
        handlers.headers = [&](const ui::HttpFetcher::Head &head) {
            events << QStringLiteral("headers %1").arg(head.status);
        };
        handlers.data = [&](const QByteArray &chunk) {
            if (body.isEmpty())
                events << QStringLiteral("data");
            body += chunk;
        };
        handlers.finished = [&](const ui::HttpFetcher::Head &head, const QString &error) {
            last = head;
            events << QStringLiteral("finished %1").arg(error);
        };
        auto transfer = fetcher->get(link, 2'000'000, handlers);
        QTRY_VERIFY(events.size() == 3);
        QCOMPARE(events, QStringList({QStringLiteral("headers 206"), QStringLiteral("data"),
                                      QStringLiteral("finished ")}));
        QCOMPARE(body, QByteArray(500'000, 'z'));
        QCOMPARE(last.status, 206);
        QVERIFY(last.reprDigest.startsWith("sha-256=:"));

        // Dropped after its first bytes of a file too big to arrive at once: nothing more is
        // heard of it.
        OutgoingMessage message{MessageKind::Text, QStringLiteral("huge"), {}, {}};
        message.attachments << NewAttachment::fromData(QStringLiteral("huge.bin"),
                                                       QByteArray(48 * 1024 * 1024, 'h'));
        const Attachment huge =
            (*m_tw)->messages().post(m_ada, m_chat, message)->attachments.first();
        events.clear();
        body.clear();
        QEventLoop loop;
        ui::HttpFetcher::Handlers dropping = handlers;
        dropping.data = [&](const QByteArray &chunk) {
            handlers.data(chunk);
            loop.quit();
        };
        transfer = fetcher->get(m_server->baseUrl() + (*m_tw)->links().signPath(
                                                          huge.publicId, huge.fileName, huge.sha256,
                                                          m_tw->clock.nowMs() + 86'400'000),
                                0, dropping);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(!body.isEmpty());
        QVERIFY(body.size() < huge.size);
        transfer.reset();
        const QStringList heard = events;
        QTest::qWait(300);
        QCOMPARE(events, heard);
        QCOMPARE(events, QStringList({QStringLiteral("headers 200"), QStringLiteral("data")}));
    }

    // A long list is checked a few links at a time, to the last one.
    void longListsAreCheckedAFewAtATime()
    {
        const QString one = writeManifest(m_tw->clock.nowMs() + 86'400'000);
        QFile file(one);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray links = file.readAll();
        const QString many = m_out.filePath(QStringLiteral("many.txt"));
        QFile out(many);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (int i = 0; i < 30; ++i)
            out.write(links);
        out.close();
        ui::ManifestViewer viewer(many, QStringLiteral("links"));
        QCOMPARE(viewer.table()->rowCount(), 60);
        QCOMPARE(viewer.probesInFlight(), 8);
        int most = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (most = std::max(most, viewer.probesInFlight()), viewer.probesInFlight() == 0), 20'000);
        QCOMPARE(most, 8);
        for (int row = 0; row < 60; ++row)
            QCOMPARE(viewer.table()->item(row, 3)->text(), QStringLiteral("Ready"));
    }

    void expiredAndAlteredLinksSayWhy()
    {
        const QString manifest = writeManifest(m_tw->clock.nowMs() + 60'000, true);
        m_tw->clock.advanceMs(120'000);
        ui::ManifestViewer viewer(manifest, QStringLiteral("links"));
        QTRY_VERIFY(viewer.table()->item(0, 3)->text().startsWith(QStringLiteral("Refused")));
        QTRY_VERIFY(viewer.table()->item(1, 3)->text().startsWith(QStringLiteral("Expired")));
        QSignalSpy done(&viewer, &ui::ManifestViewer::downloadsFinished);
        viewer.downloadAllTo(m_out.path());
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).toInt(), 0);
        QCOMPARE(done.first().at(1).toInt(), 2);
        QVERIFY(viewer.table()->item(1, 3)->text().contains(QStringLiteral("ask the assistant")));
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("big.bin"))));
    }

    // The banner tells from the links' own expiry, against the workspace clock (not the
    // machine's), whether they still work; the list marks each expired link.
    void bannerSaysWhetherTheLinksExpired()
    {
        const qint64 expiry = m_tw->clock.nowMs() + 2 * 86'400'000;
        ui::ManifestViewer viewer(writeManifest(expiry), QStringLiteral("links"), nullptr,
                                  [this] { return m_tw->clock.nowMs(); });
        const auto *banner = viewer.findChild<QLabel *>(QStringLiteral("linksExpiryLabel"));
        QVERIFY(banner);
        QCOMPARE(viewer.expiresAt(), expiry / 1000 * 1000); // links carry whole seconds
        const QDate day = QDateTime::fromMSecsSinceEpoch(expiry).date();
        QVERIFY2(banner->text().startsWith(QStringLiteral("Links valid until ")) &&
                     banner->text().contains(QLocale().monthName(day.month())) &&
                     banner->text().contains(QString::number(day.day())),
                 qPrintable(banner->text()));
        QVERIFY(!viewer.table()->item(0, 2)->text().contains(QStringLiteral("Expired")));

        m_tw->clock.advanceMs(3 * 86'400'000);
        QVERIFY(banner->text().startsWith(QStringLiteral("Links valid until "))); // not yet told
        viewer.refreshExpiry();
        QVERIFY2(banner->text().startsWith(QStringLiteral("These links expired on ")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QString::number(day.day())));
        QCOMPARE(viewer.table()->item(0, 2)->text(), QStringLiteral("Expired"));
        QCOMPARE(viewer.table()->item(1, 2)->text(), QStringLiteral("Expired"));

        // The machine's clock is not the workspace's: without one, "now" is real time, and
        // links valid until 2040 have not expired.
        ui::ManifestViewer realTime(writeManifest(2'208'988'800'000), QStringLiteral("links"));
        QVERIFY(!realTime.hasExpired());
    }

    // Found by fuzzing (tests/fuzz/crashers/manifest_reader): a NUL in a name, and an expiry
    // too large for milliseconds.
    void readerMakesSafeNamesAndExpiries()
    {
        const QList<ui::ManifestEntry> entries =
            ui::readManifest("  http://h/a/x/1800518400/k/s/R%C3%A9sum%C3%A9.pdf  \n\n"
                             "http://h/a/x/1/k/s/a%00b%0A\n"
                             "http://h/a/x/99999999999999999/k/s/..%2F..%2Fetc%2Fpasswd\n"
                             "http://h/a/x/-5/k/s/..\n");
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[0].link,
                 QStringLiteral("http://h/a/x/1800518400/k/s/R%C3%A9sum%C3%A9.pdf"));
        QCOMPARE(entries[0].fileName, QStringLiteral("Résumé.pdf"));
        QCOMPARE(entries[0].expiresAtMs, Q_INT64_C(1800518400000));
        QCOMPARE(entries[1].fileName, QStringLiteral("a_b_"));
        QCOMPARE(entries[2].fileName, QStringLiteral("passwd"));
        QCOMPARE(entries[2].expiresAtMs, qint64(0));
        QCOMPARE(entries[3].fileName, QStringLiteral("attachment"));
        QCOMPARE(entries[3].expiresAtMs, qint64(0));
        QVERIFY(entries[0].sha256.isEmpty()); // an older link: no digest in it

        // The digest the assistant signed into the link; the name is still the last part, as
        // wget -i names the file.
        const QByteArray hex = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        const QList<ui::ManifestEntry> signedEntries =
            ui::readManifest("http://h/a/x/1800518400/k/s/" + hex +
                             "/notes.txt\n"
                             "http://h/a/x/1800518400/k/s/" +
                             hex.toUpper() + "/notes.txt\n");
        QCOMPARE(signedEntries[0].sha256, QByteArray::fromHex(hex));
        QCOMPARE(signedEntries[0].fileName, QStringLiteral("notes.txt"));
        QCOMPARE(signedEntries[0].expiresAtMs, Q_INT64_C(1800518400000));
        QVERIFY(signedEntries[1].sha256.isEmpty());
    }
};

QTEST_MAIN(TestManifestViewer)
#include "tst_manifest_viewer.moc"
