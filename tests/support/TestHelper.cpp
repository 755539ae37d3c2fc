// carillon_test_helper: a second "device" for the multi-process tests. It opens the same data
// folder as the test through the public core API and then, depending on the mode:
//
//   writer <dataDir> <email> <seconds> <conversationId>
//       posts "<email> #1", "<email> #2", ... into the conversation for the given time, then
//       prints "posted <n>". Any error goes to stderr and the exit status is 1.
//   post-once <dataDir> <email> <conversationId> <body>
//       posts one message and prints its id.
//   blob-slow <dataDir> <sizeMiB>
//       stores a large deterministic blob. As soon as part of it is on disk it prints "writing"
//       and stops itself (SIGSTOP), so that the test can kill it half-way through the write
//       without racing against it. Prints "done <sha256>" if nobody killed it.

#include "core/DemoFiles.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <thread>

#include <unistd.h>

using namespace carillon;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &what)
{
    err() << what << Qt::endl;
    return 1;
}

Result<std::unique_ptr<Workspace>> openWorkspace(const QString &dataDir, qint64 maxSize = 0)
{
    WorkspaceOptions options;
    options.dataDir = dataDir;
    if (maxSize > 0)
        options.maxAttachmentSize = maxSize;
    return Workspace::open(options);
}

int writer(const QStringList &args)
{
    if (args.size() != 4)
        return fail(QStringLiteral("usage: writer <dataDir> <email> <seconds> <conversationId>"));
    auto ws = openWorkspace(args[0]);
    if (!ws)
        return fail(QStringLiteral("open: ") + ws.error().message);
    auto me = (*ws)->accounts().personByEmail(args[1]);
    if (!me)
        return fail(QStringLiteral("person: ") + me.error().message);
    const qint64 conversationId = args[3].toLongLong();
    QDeadlineTimer deadline(args[2].toLongLong() * 1000);
    int posted = 0;
    while (!deadline.hasExpired()) {
        const QString body = QStringLiteral("%1 #%2").arg(me->email).arg(posted + 1);
        auto m = (*ws)->messages().postText(me->id, conversationId, body);
        if (!m) {
            out() << "posted " << posted << Qt::endl;
            return fail(QStringLiteral("post: ") + m.error().message);
        }
        ++posted;
    }
    out() << "posted " << posted << Qt::endl;
    return 0;
}

int postOnce(const QStringList &args)
{
    if (args.size() != 4)
        return fail(QStringLiteral("usage: post-once <dataDir> <email> <conversationId> <body>"));
    auto ws = openWorkspace(args[0]);
    if (!ws)
        return fail(QStringLiteral("open: ") + ws.error().message);
    auto me = (*ws)->accounts().personByEmail(args[1]);
    if (!me)
        return fail(QStringLiteral("person: ") + me.error().message);
    auto m = (*ws)->messages().postText(me->id, args[2].toLongLong(), args[3]);
    if (!m)
        return fail(QStringLiteral("post: ") + m.error().message);
    out() << m->id << Qt::endl;
    return 0;
}

// Watches blobs/tmp from a second thread; once a partial file holds at least a few chunks it
// announces it and freezes the whole process, mid-write.
void stopWhenPartial(const QString &tmpDir, std::atomic<bool> *finished)
{
    while (!finished->load()) {
        QDirIterator it(tmpDir, QDir::Files);
        while (it.hasNext()) {
            it.next();
            if (it.fileInfo().size() >= 1024 * 1024) {
                std::fputs("writing\n", stdout);
                std::fflush(stdout);
                ::kill(::getpid(), SIGSTOP);
                return;
            }
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
}

int blobSlow(const QStringList &args)
{
    if (args.size() != 2)
        return fail(QStringLiteral("usage: blob-slow <dataDir> <sizeMiB>"));
    const qint64 size = args[1].toLongLong() * 1024 * 1024;
    auto ws = openWorkspace(args[0], size + 1);
    if (!ws)
        return fail(QStringLiteral("open: ") + ws.error().message);
    const QByteArray bytes = DemoFiles::binary(size, 42);
    std::atomic<bool> finished{false};
    std::thread watcher(stopWhenPartial, (*ws)->blobs().rootPath() + QStringLiteral("/tmp"),
                        &finished);
    auto blob = (*ws)->blobs().putData(bytes);
    finished.store(true);
    watcher.join();
    if (!blob)
        return fail(QStringLiteral("put: ") + blob.error().message);
    out() << "done " << blob->sha256 << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return fail(QStringLiteral("usage: carillon_test_helper writer|post-once|blob-slow ..."));
    const QString mode = args.takeFirst();
    if (mode == QLatin1String("writer"))
        return writer(args);
    if (mode == QLatin1String("post-once"))
        return postOnce(args);
    if (mode == QLatin1String("blob-slow"))
        return blobSlow(args);
    return fail(QStringLiteral("unknown mode ") + mode);
}
