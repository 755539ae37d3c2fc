// The real "carillon serve" program with ordinary download tools: the export worker delivers a
// list of links while it serves, wget fetches every file of that list, curl resumes a cut
// download, the demo clock and erasures made by another instance reach it, and it stops
// cleanly or refuses clearly.

#include "assistant/AssistantConfig.h"
#include "assistant/ExportService.h"
#include "core/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "HttpTestClient.h"

#include <algorithm>
#include <csignal>

using namespace carillon;
using namespace carillon::test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

std::unique_ptr<Workspace> openWorkspace(const QString &dir, bool demo = false)
{
    WorkspaceOptions options;
    options.dataDir = dir;
    options.demo = demo;
    auto ws = Workspace::open(options);
    if (!ws)
        qFatal("cannot open %s: %s", qPrintable(dir), qPrintable(ws.error().message));
    return std::move(ws).value();
}

Profile makePerson(Workspace &ws, const QString &email)
{
    static const QString hash = AccountStore::hashPassword(QStringLiteral("password-123"));
    auto identity = ws.accounts().createIdentityHashed(email, QString(), hash);
    if (!identity)
        qFatal("%s", qPrintable(identity.error().message));
    return *ws.accounts().ensureProfile(identity->id);
}

// The path of a link to the attachment, valid for an hour.
QByteArray linkForAnHour(Workspace &ws, const Attachment &a)
{
    return ws.links()
        .signPath(a.publicId, a.fileName, a.sha256, ws.clock().nowMs() + 3'600'000)
        .toLatin1();
}

// A running "carillon serve"; stopped with SIGTERM when it goes out of scope.
struct Serve
{
    QProcess process;
    QByteArray out;

    bool start(const QStringList &args)
    {
        process.start(qEnvironmentVariable("CARILLON_BIN"), args);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30'000) {
            if (out.contains("Serving download links on"))
                return true;
            if (process.state() == QProcess::NotRunning)
                return false;
            process.waitForReadyRead(200);
            out += process.readAllStandardOutput();
        }
        return false;
    }

    int stop(int signal = SIGTERM)
    {
        if (process.state() == QProcess::NotRunning)
            return -1;
        ::kill(pid_t(process.processId()), signal);
        if (!process.waitForFinished(20'000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        out += process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    ~Serve() { stop(); }
};

int runTool(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(120'000))
        return -1;
    if (p.exitCode() != 0)
        qWarning("%s: %s", qPrintable(program), p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestLinkTools : public QObject
{
    Q_OBJECT

    QString m_wget;
    QString m_curl;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CARILLON_BIN")), "CARILLON_BIN is not set");
        m_wget = QStandardPaths::findExecutable(QStringLiteral("wget"));
        m_curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        QVERIFY2(!m_wget.isEmpty() && !m_curl.isEmpty(),
                 "wget and curl are needed: run scripts/setup");
    }

    void exportDeliveredWhileServingIsFetchedWithWget()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const quint16 port = freePort();
        auto ws = openWorkspace(data);
        const Profile me = makePerson(*ws, QStringLiteral("me@example.com"));
        const Profile other = makePerson(*ws, QStringLiteral("other@example.com"));
        const qint64 chat = ws->conversations().direct(me.id, other.id)->id;
        const qint64 assistantChat =
            ws->conversations().direct(me.id, ws->assistantProfile().id)->id;
        QMap<QString, QByteArray> files; // name -> sha256
        const QStringList names = {
            QStringLiteral("report 2026.pdf"), QStringLiteral("Résumé – final.txt"),
            QStringLiteral("łódź ünïcode 文件.bin"),
            QStringLiteral("100% done; \"quoted\" & more.csv"), QStringLiteral("large.bin")};
        for (qsizetype i = 0; i < names.size(); ++i) {
            QByteArray bytes(i == 4 ? 3'000'000 : 1000 + int(i), char('a' + i));
            bytes[0] = char(i);
            OutgoingMessage message;
            message.attachments << NewAttachment::fromData(names[i], bytes);
            QVERIFY(ws->messages().post(me.id, chat, message));
            files.insert(names[i], sha256(bytes));
        }
        // The manifest must name this server's port; the export falls due a second from now.
        QVERIFY(ws->setState(QStringLiteral("links.port"), QString::number(port)));
        QVERIFY(ws->setState(QStringLiteral("assistant.export_delay_ms"), QStringLiteral("1000")));
        ExportService exports(*ws, AssistantConfig::forWorkspace(*ws));
        QVERIFY(exports.create(me.id, assistantChat));

        Serve serve;
        QVERIFY2(serve.start({QStringLiteral("--data-dir"), data, QStringLiteral("serve")}),
                 serve.process.readAllStandardError().constData());
        QVERIFY(serve.out.contains("http://127.0.0.1:" + QByteArray::number(port)));

        // Delivered by the serve process's export worker, not by this one.
        Attachment manifest;
        const auto delivered = [&] {
            auto history = ws->messages().history(assistantChat, 0, 50);
            for (const Message &m : history ? *history : QList<Message>()) {
                if (m.kind == MessageKind::ExportDelivered && !m.attachments.isEmpty())
                    manifest = m.attachments.first();
            }
            return manifest.id != 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(delivered(), 15'000);
        const QString manifestPath = dir.filePath(QStringLiteral("manifest.txt"));
        QVERIFY(ws->messages().saveAttachment(manifest.id, manifestPath));
        QFile manifestFile(manifestPath);
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QByteArrayList lines = manifestFile.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), names.size());
        // Each link carries its file's SHA-256 (signed with it), for the links viewer to check
        // the bytes against: not the server's say-so.
        for (const QByteArray &digest : std::as_const(files)) {
            QCOMPARE(std::count_if(
                         lines.begin(), lines.end(),
                         [&](const QByteArray &line) { return line.contains('/' + digest + '/'); }),
                     1);
        }

        // With --content-disposition, wget names each file as it was uploaded.
        const QString named = dir.filePath(QStringLiteral("named"));
        QCOMPARE(runTool(m_wget, {QStringLiteral("-q"), QStringLiteral("--content-disposition"),
                                  QStringLiteral("-P"), named, QStringLiteral("-i"), manifestPath}),
                 0);
        QStringList got = QDir(named).entryList(QDir::Files);
        got.sort();
        QStringList expected = files.keys();
        expected.sort();
        QCOMPARE(got, expected);
        for (const QString &name : expected)
            QCOMPARE(fileSha256(named + QLatin1Char('/') + name), files.value(name));

        // Plain "wget -i", exactly as the assistant's message suggests: the file name is the
        // last part of every link's path, so each file lands under its own name.
        const QString plain = dir.filePath(QStringLiteral("plain"));
        QVERIFY(QDir().mkpath(plain));
        QCOMPARE(runTool(m_wget, {QStringLiteral("-q"), QStringLiteral("-i"), manifestPath}, plain),
                 0);
        QStringList plainNames = QDir(plain).entryList(QDir::Files);
        plainNames.sort();
        QCOMPARE(plainNames, expected);
        for (const QString &name : expected)
            QCOMPARE(fileSha256(plain + QLatin1Char('/') + name), files.value(name));

        // curl resumes a cut download where it stopped.
        const QByteArray largeLink = lines.at(names.indexOf(QStringLiteral("large.bin")));
        const QString partial = dir.filePath(QStringLiteral("partial.bin"));
        {
            QFile whole(named + QStringLiteral("/large.bin"));
            QVERIFY(whole.open(QIODevice::ReadOnly));
            QFile part(partial);
            QVERIFY(part.open(QIODevice::WriteOnly));
            part.write(whole.read(1'234'567));
        }
        const QStringList curlArgs = {QStringLiteral("-sS"),         QStringLiteral("-f"),
                                      QStringLiteral("-C"),          QStringLiteral("-"),
                                      QStringLiteral("-o"),          partial,
                                      QString::fromLatin1(largeLink)};
        QCOMPARE(runTool(m_curl, curlArgs), 0);
        QCOMPARE(fileSha256(partial), files.value(QStringLiteral("large.bin")));
        // Resuming a complete file asks for nothing more and leaves it as it is.
        QCOMPARE(runTool(m_curl, {QStringLiteral("-sS"), QStringLiteral("-C"), QStringLiteral("-"),
                                  QStringLiteral("-o"), partial, QString::fromLatin1(largeLink)}),
                 0);
        QCOMPARE(fileSha256(partial), files.value(QStringLiteral("large.bin")));

        QCOMPARE(serve.stop(SIGINT), 0);
        QVERIFY(serve.out.contains("Stopped serving links."));
    }

    void demoClockAndErasuresReachTheRunningServer()
    {
        QTemporaryDir dir;
        const quint16 port = freePort();
        Serve serve;
        QVERIFY2(serve.start({QStringLiteral("--profile"), QStringLiteral("demo"),
                              QStringLiteral("--data-dir"), dir.path(), QStringLiteral("serve"),
                              QStringLiteral("--port"), QString::number(port)}),
                 serve.process.readAllStandardError().constData());
        auto ws = openWorkspace(dir.path(), true);
        auto q = ws->db().exec(QStringLiteral("SELECT id FROM attachments ORDER BY id LIMIT 1"));
        QVERIFY(q && q->next());
        const Attachment a = *ws->messages().attachment(q->value(0).toLongLong());
        q->finish();
        const QByteArray link = linkForAnHour(*ws, a);
        HttpTestClient client(port);
        QCOMPARE(client.get(link, {}, "HEAD").status, 200);

        // Another instance moves the demo clock past the expiry: the server sees it.
        QVERIFY(ws->advanceClock(2 * 3'600'000));
        QTRY_COMPARE_WITH_TIMEOUT(client.get(link, {}, "HEAD").status, 410, 5000);

        const QByteArray fresh = linkForAnHour(*ws, a);
        QCOMPARE(client.get(fresh, {}, "HEAD").status, 200);
        QVERIFY(ws->eraser().erase(a.uploaderId, RevokeReason::ProfileDeleted));
        QCOMPARE(client.get(fresh, {}, "HEAD").status, 404);
        QCOMPARE(serve.stop(SIGTERM), 0);
    }

    // "carillon forget-secrets" in another process reaches a running serve within a second:
    // the links handed out stop working, links signed with the new key work.
    void forgetSecretsReachesARunningServe()
    {
        QTemporaryDir dir;
        const quint16 port = freePort();
        auto ws = openWorkspace(dir.path());
        const Profile me = makePerson(*ws, QStringLiteral("me@example.com"));
        const Profile other = makePerson(*ws, QStringLiteral("other@example.com"));
        OutgoingMessage message;
        message.attachments << NewAttachment::fromData(QStringLiteral("a.txt"), "a\n");
        const Attachment a =
            ws->messages()
                .post(me.id, ws->conversations().direct(me.id, other.id)->id, message)
                ->attachments.first();
        Serve serve;
        QVERIFY(serve.start({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("serve"),
                             QStringLiteral("--port"), QString::number(port)}));
        const QByteArray old = linkForAnHour(*ws, a);
        HttpTestClient client(port);
        QCOMPARE(client.get(old, {}, "HEAD").status, 200);

        QProcess forget;
        forget.start(qEnvironmentVariable("CARILLON_BIN"),
                     {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("forget-secrets")});
        QVERIFY(forget.waitForFinished(30'000));
        QCOMPARE(forget.exitCode(), 0);
        QElapsedTimer since;
        since.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.get(old, {}, "HEAD").status, 403, 3000);
        QVERIFY2(since.elapsed() < 1000, qPrintable(QString::number(since.elapsed())));
        QVERIFY(ws->links().maintain());
        const QByteArray fresh = linkForAnHour(*ws, a);
        QCOMPARE(client.get(fresh, {}, "HEAD").status, 200);
        QCOMPARE(serve.stop(SIGTERM), 0);
    }

    // Without its keys (a keychain not running, secrets.json lost or damaged) serve refuses
    // to start, says what to do, and makes no new key; forget-secrets is the way out.
    void serveWithoutItsKeysRefusesAndMakesNoNewKey()
    {
        QTemporaryDir dir;
        QString kid;
        {
            auto ws = openWorkspace(dir.path());
            kid = ws->links().activeKeyId();
        }
        const QString secrets = dir.filePath(QStringLiteral("secrets.json"));
        QVERIFY(QFile::exists(secrets));
        auto serveOnce = [&](QByteArray *err) {
            QProcess p;
            p.start(qEnvironmentVariable("CARILLON_BIN"),
                    {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("serve"),
                     QStringLiteral("--port"), QString::number(freePort())});
            if (!p.waitForFinished(30'000)) {
                p.kill();
                p.waitForFinished();
                return -1;
            }
            *err = p.readAllStandardError();
            return p.exitCode();
        };
        auto keysInFolder = [&] {
            auto ws = openWorkspace(dir.path());
            QStringList ids;
            auto q = ws->db().exec(QStringLiteral("SELECT kid FROM signing_keys"));
            while (q && q->next())
                ids << q->value(0).toString();
            return ids;
        };

        QVERIFY(QFile::rename(secrets, secrets + QStringLiteral(".away")));
        QByteArray err;
        QCOMPARE(serveOnce(&err), 1);
        QVERIFY2(err.contains("link-signing key is missing"), err.constData());
        QVERIFY2(err.contains("forget-secrets"), err.constData());
        QCOMPARE(keysInFolder(), QStringList{kid});
        QVERIFY(!QFile::exists(secrets));

        {
            QFile damaged(secrets);
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write("{\"link-signing-key/");
        }
        QCOMPARE(serveOnce(&err), 1);
        QVERIFY2(err.contains("damaged"), err.constData());
        QCOMPARE(keysInFolder(), QStringList{kid});
        QFile damaged(secrets);
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        QCOMPARE(damaged.readAll(), QByteArray("{\"link-signing-key/"));
        damaged.close();

        QProcess forget;
        forget.start(qEnvironmentVariable("CARILLON_BIN"),
                     {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("forget-secrets")});
        QVERIFY(forget.waitForFinished(30'000));
        QVERIFY2(forget.exitCode() == 0, forget.readAllStandardError().constData());
        const QStringList fresh = keysInFolder();
        QCOMPARE(fresh.size(), 1);
        QVERIFY(fresh.first() != kid);
        Serve serve;
        QVERIFY(serve.start({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("serve"),
                             QStringLiteral("--port"), QString::number(freePort())}));
        QCOMPARE(serve.stop(SIGTERM), 0);
    }

    void aTakenPortIsRefusedClearly()
    {
        QTemporaryDir dir;
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        QProcess p;
        p.start(qEnvironmentVariable("CARILLON_BIN"),
                {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("serve"),
                 QStringLiteral("--port"), QString::number(holder.serverPort())});
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("Port %1").arg(holder.serverPort())), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("already in use")), qPrintable(err));
    }

    void badPortsAreRefused()
    {
        QTemporaryDir dir;
        for (const QString &port : {QStringLiteral("0"), QStringLiteral("70000"),
                                    QStringLiteral("http"), QStringLiteral("-1")}) {
            QProcess p;
            p.start(qEnvironmentVariable("CARILLON_BIN"),
                    {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("serve"),
                     QStringLiteral("--port=") + port});
            QVERIFY(p.waitForFinished(30'000));
            QCOMPARE(p.exitCode(), 2);
            QVERIFY(p.readAllStandardError().contains("port"));
        }
    }

    void stopsOnSigtermAndFreesThePort()
    {
        QTemporaryDir dir;
        const quint16 port = freePort();
        Serve serve;
        QVERIFY(serve.start({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("serve"),
                             QStringLiteral("--port"), QString::number(port)}));
        HttpTestClient idle(port); // an open keep-alive connection does not hold the exit up
        QCOMPARE(idle.get("/").status, 404);
        QCOMPARE(serve.stop(SIGTERM), 0);
        QVERIFY(serve.out.contains("Stopped serving links."));
        QTcpServer again;
        QVERIFY(again.listen(QHostAddress::LocalHost, port));
    }
};

QTEST_GUILESS_MAIN(TestLinkTools)
#include "tst_linktools.moc"
