// Attachment bytes on disk: content-addressed, deduplicated, size-limited, swept when nothing
// refers to them, and never visible half-written — not even after the writer is killed.

#include "core/BlobStore.h"
#include "core/DemoFiles.h"
#include "support/TestWorkspace.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <thread>

using namespace carillon;

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

// Files below root, split into finished blobs and temporary files (tmp/).
struct Listing
{
    QStringList blobs;
    QStringList temporary;
};

Listing listFiles(const QString &root)
{
    Listing l;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        (path.startsWith(root + QStringLiteral("/tmp/")) ? l.temporary : l.blobs) << path;
    }
    l.blobs.sort();
    return l;
}

// Every finished blob must hold exactly the bytes its name promises.
void verifyBlobsMatchTheirNames(const QString &root)
{
    for (const QString &path : listFiles(root).blobs) {
        const QString name = QFileInfo(path).fileName();
        QCOMPARE(name.size(), 64);
        QCOMPARE(fileSha256(path), name);
        QCOMPARE(QFileInfo(path).dir().dirName(), name.left(2));
    }
}

void makeOld(const QString &path, qint64 ageMs)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QDateTime when = QDateTime::currentDateTimeUtc().addMSecs(-ageMs);
    QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
}

} // namespace

class TestBlobStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("blobs-%1").arg(++m_counter));
    }

    void putDataIsContentAddressed()
    {
        BlobStore store(m_root);
        const QByteArray bytes = "hello, blob\n";
        auto info = store.putData(bytes);
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->sha256, sha256Hex(bytes));
        QCOMPARE(info->size, bytes.size());
        QCOMPARE(store.pathFor(info->sha256), m_root + QLatin1Char('/') + info->sha256.left(2) +
                                                  QLatin1Char('/') + info->sha256);
        QVERIFY(store.contains(info->sha256));
        QFile f(store.pathFor(info->sha256));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
        QCOMPARE(listFiles(m_root).temporary, QStringList()); // nothing left behind

        // Empty content is a valid blob too.
        auto empty = store.putData({});
        QVERIFY(empty.ok());
        QCOMPARE(empty->sha256, sha256Hex({}));
        QCOMPARE(empty->size, 0);
        verifyBlobsMatchTheirNames(m_root);
    }

    void putFileAndDedupe()
    {
        BlobStore store(m_root);
        const QByteArray bytes = DemoFiles::binary(700 * 1024, 1); // several read chunks
        const QString source = m_dir.filePath(QStringLiteral("source.bin"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();

        auto fromFile = store.putFile(source);
        QVERIFY2(fromFile.ok(), qPrintable(fromFile.error().message));
        QCOMPARE(fromFile->sha256, sha256Hex(bytes));
        QCOMPARE(fromFile->size, bytes.size());
        const QString path = store.pathFor(fromFile->sha256);
        const QDateTime firstWrite = QFileInfo(path).lastModified();

        auto fromData = store.putData(bytes);
        QVERIFY(fromData.ok());
        QCOMPARE(fromData->sha256, fromFile->sha256);
        auto again = store.putFile(source);
        QVERIFY(again.ok());
        const Listing l = listFiles(m_root);
        QCOMPARE(l.blobs, QStringList{path});
        QCOMPARE(l.temporary, QStringList());
        QCOMPARE(QFileInfo(path).lastModified(), firstWrite); // not rewritten
        QCOMPARE(fileSha256(path), fromFile->sha256);

        QVERIFY(store.remove(fromFile->sha256));
        QVERIFY(!store.contains(fromFile->sha256));
        QVERIFY(!store.remove(fromFile->sha256));
    }

    void putFileErrors()
    {
        BlobStore store(m_root);
        auto missing = store.putFile(m_dir.filePath(QStringLiteral("does-not-exist")));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        auto folder = store.putFile(m_dir.path());
        QCOMPARE(folder.error().code, ErrorCode::NotFound);
        QCOMPARE(listFiles(m_root).blobs, QStringList());
    }

    void sizeLimit()
    {
        BlobStore store(m_root, 1000);
        QCOMPARE(store.maxSize(), 1000);
        auto over = store.putData(QByteArray(1001, 'x'));
        QCOMPARE(over.error().code, ErrorCode::TooLarge);
        QVERIFY(over.error().message.contains(formatSize(1000)));
        const QString source = m_dir.filePath(QStringLiteral("big-%1").arg(m_counter));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1001, 'y'));
        f.close();
        QCOMPARE(store.putFile(source).error().code, ErrorCode::TooLarge);
        Listing l = listFiles(m_root);
        QCOMPARE(l.blobs, QStringList());
        QCOMPARE(l.temporary, QStringList()); // the partial copy is removed

        auto exact = store.putData(QByteArray(1000, 'x'));
        QVERIFY(exact.ok());
        QCOMPARE(exact->size, 1000);
    }

    void sweepRespectsKeepAndGrace()
    {
        BlobStore store(m_root);
        auto kept = store.putData("referenced");
        auto young = store.putData("orphan, just written");
        auto old = store.putData("orphan, written long ago");
        QVERIFY(kept.ok() && young.ok() && old.ok());
        const QString oldTmp = m_root + QStringLiteral("/tmp/1-1.part");
        const QString youngTmp = m_root + QStringLiteral("/tmp/2-2.part");
        for (const QString &p : {oldTmp, youngTmp}) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("partial");
        }
        const qint64 hour = 3'600'000;
        makeOld(store.pathFor(kept->sha256), 2 * hour);
        makeOld(store.pathFor(old->sha256), 2 * hour);
        makeOld(oldTmp, 2 * hour);

        QCOMPARE(store.sweep({kept->sha256}, hour), 2); // the old orphan and the old temp file
        QVERIFY(store.contains(kept->sha256));
        QVERIFY(store.contains(young->sha256));
        QVERIFY(!store.contains(old->sha256));
        QVERIFY(!QFileInfo::exists(oldTmp));
        QVERIFY(QFileInfo::exists(youngTmp));

        QCOMPARE(store.sweep({kept->sha256}, 0), 2);
        QVERIFY(store.contains(kept->sha256));
        QVERIFY(!store.contains(young->sha256));
        QVERIFY(!QFileInfo::exists(youngTmp));
        QCOMPARE(store.sweep({kept->sha256}, 0), 0);
    }

    void concurrentWritersInOneProcess()
    {
        // Several threads storing different content at the same moment must not share a
        // temporary file: each blob has to end up with its own bytes.
        BlobStore store(m_root);
        constexpr int kThreads = 4;
        constexpr int kPerThread = 25;
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kPerThread; ++i) {
                    const QByteArray bytes =
                        DemoFiles::binary(64 * 1024, quint32((t * 1000 + i) * 2 + 1));
                    auto info = store.putData(bytes);
                    if (!info || info->sha256 != sha256Hex(bytes))
                        ++failures;
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        const Listing l = listFiles(m_root);
        QCOMPARE(l.blobs.size(), kThreads * kPerThread);
        QCOMPARE(l.temporary, QStringList());
        verifyBlobsMatchTheirNames(m_root);
    }

    void killedWriterLeavesNoPartialBlob()
    {
        const QString helper = qEnvironmentVariable("CARILLON_TEST_HELPER");
        QVERIFY2(!helper.isEmpty() && QFileInfo::exists(helper),
                 "CARILLON_TEST_HELPER must name the carillon_test_helper program (ctest sets it)");
        const QString dataDir = m_dir.filePath(QStringLiteral("data-%1").arg(m_counter));
        const QByteArray earlier = "an attachment stored before the crash\n";
        QString blobRoot;
        {
            // A finished, referenced blob: it must come through the crash and the sweep intact.
            WorkspaceOptions options;
            options.dataDir = dataDir;
            auto ws = Workspace::open(options);
            QVERIFY(ws.ok());
            blobRoot = (*ws)->blobs().rootPath();
            auto id = (*ws)->accounts().createIdentityHashed(QStringLiteral("a@example.com"), {},
                                                             QStringLiteral("h"));
            auto me = (*ws)->accounts().ensureProfile(id->id);
            auto room = (*ws)->conversations().createRoom(me->id, QStringLiteral("Files"), {});
            QVERIFY(room.ok());
            OutgoingMessage out{MessageKind::Text, QString(), {}, {}};
            out.attachments << NewAttachment::fromData(QStringLiteral("e.txt"), earlier);
            QVERIFY((*ws)->messages().post(me->id, room->id, out).ok());
        }
        const QString earlierPath = blobRoot + QLatin1Char('/') + sha256Hex(earlier).left(2) +
                                    QLatin1Char('/') + sha256Hex(earlier);

        constexpr int kMiB = 64;
        QProcess proc;
        proc.start(helper, {QStringLiteral("blob-slow"), dataDir, QString::number(kMiB)});
        QVERIFY2(proc.waitForStarted(10'000), qPrintable(proc.errorString()));
        QByteArray output;
        QDeadlineTimer deadline(60'000);
        while (!output.contains("writing") && !deadline.hasExpired() &&
               proc.state() == QProcess::Running) {
            proc.waitForReadyRead(100);
            output += proc.readAllStandardOutput();
        }
        QVERIFY2(output.contains("writing"),
                 qPrintable(QString::fromUtf8(output + proc.readAllStandardError())));
        ::kill(pid_t(proc.processId()), SIGKILL);
        QVERIFY(proc.waitForFinished(10'000));
        QCOMPARE(proc.exitStatus(), QProcess::CrashExit);

        // The write was interrupted: a partial temporary file, and no blob under its final name.
        const QString expected = sha256Hex(DemoFiles::binary(qint64(kMiB) * 1024 * 1024, 42));
        const Listing afterKill = listFiles(blobRoot);
        QCOMPARE(afterKill.temporary.size(), 1);
        const qint64 partial = QFileInfo(afterKill.temporary.first()).size();
        QVERIFY2(partial > 0 && partial < qint64(kMiB) * 1024 * 1024,
                 qPrintable(QString::number(partial)));
        QVERIFY(!QFileInfo::exists(blobRoot + QLatin1Char('/') + expected.left(2) +
                                   QLatin1Char('/') + expected));
        QCOMPARE(afterKill.blobs, QStringList{earlierPath});
        verifyBlobsMatchTheirNames(blobRoot);

        // The next start sweeps the leftover.
        WorkspaceOptions options;
        options.dataDir = dataDir;
        options.sweepGraceMs = 0;
        auto ws = Workspace::open(options);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        const Listing afterOpen = listFiles(blobRoot);
        QCOMPARE(afterOpen.temporary, QStringList());
        QCOMPARE(afterOpen.blobs, QStringList{earlierPath});
        verifyBlobsMatchTheirNames(blobRoot);
    }

private:
    QTemporaryDir m_dir;
    QString m_root;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
