// Data for the link server benchmark (tests/bench/run-links drives it):
//
//   bench_links prepare DATA_DIR STATIC_DIR COUNT SIZE_BYTES [BIG_BYTES]
//       writes COUNT files of SIZE_BYTES random bytes (and one "big.bin" of BIG_BYTES) into
//       STATIC_DIR, where nginx serves them, and posts the very same files as attachments in
//       a fresh data folder, where "carillon serve" serves them.
//   bench_links manifest DATA_DIR PORT [STATIC_PORT]
//       prints one signed link per attachment on PORT, valid for a day; with STATIC_PORT, the
//       nginx address of the same file instead, in the same order.

#include "core/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator64>
#include <QTextStream>
#include <QUrl>

using namespace carillon;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::unique_ptr<Workspace> open(const QString &dir)
{
    WorkspaceOptions options;
    options.dataDir = dir;
    options.maxAttachmentSize = qint64(4) << 30;
    auto ws = Workspace::open(options);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().message));
    return std::move(ws).value();
}

bool writeRandomFile(const QString &path, qint64 size, quint64 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator64 generator(seed);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        const qint64 n = qMin<qint64>(left, chunk.size());
        generator.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        if (file.write(chunk.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

int prepare(const QStringList &args)
{
    if (args.size() < 4)
        return 2;
    const QString staticDir = args[1];
    const int count = args[2].toInt();
    const qint64 size = args[3].toLongLong();
    const qint64 big = args.value(4).toLongLong();
    QDir().mkpath(staticDir);
    auto ws = open(args[0]);
    const QString hash = AccountStore::hashPassword(QStringLiteral("benchmark-password"));
    auto a = ws->accounts().createIdentityHashed(QStringLiteral("bench@example.com"),
                                                 QStringLiteral("Bench"), hash);
    auto b = ws->accounts().createIdentityHashed(QStringLiteral("peer@example.com"),
                                                 QStringLiteral("Peer"), hash);
    if (!a || !b)
        return 1;
    const qint64 me = ws->accounts().ensureProfile(a->id)->id;
    const qint64 peer = ws->accounts().ensureProfile(b->id)->id;
    const qint64 chat = ws->conversations().direct(me, peer)->id;

    QStringList names;
    for (int i = 0; i < count; ++i)
        names << QStringLiteral("file-%1.bin").arg(i, 3, 10, QLatin1Char('0'));
    if (big > 0)
        names << QStringLiteral("big.bin");
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString path = staticDir + QLatin1Char('/') + names[i];
        const qint64 bytes = names[i] == QLatin1String("big.bin") ? big : size;
        if (!writeRandomFile(path, bytes, quint64(i + 1))) {
            err() << "cannot write " << path << Qt::endl;
            return 1;
        }
        OutgoingMessage message;
        message.attachments << NewAttachment::fromFile(path);
        if (auto posted = ws->messages().post(me, chat, message); !posted) {
            err() << posted.error().message << Qt::endl;
            return 1;
        }
    }
    return 0;
}

int manifest(const QStringList &args)
{
    if (args.size() < 2)
        return 2;
    auto ws = open(args[0]);
    auto q = ws->db().exec(QStringLiteral("SELECT id FROM attachments ORDER BY id"));
    if (!q)
        return 1;
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    QTextStream out(stdout);
    const qint64 expires = ws->clock().nowMs() + 24 * 3'600'000LL;
    for (qint64 id : std::as_const(ids)) {
        const Attachment a = *ws->messages().attachment(id);
        if (args.size() > 2)
            out << "http://127.0.0.1:" << args[2] << '/'
                << QString::fromLatin1(QUrl::toPercentEncoding(a.fileName)) << '\n';
        else
            out << "http://127.0.0.1:" << args[1]
                << ws->links().signPath(a.publicId, a.fileName, a.sha256, expires) << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    const int status = mode == QLatin1String("prepare")    ? prepare(args.mid(1))
                       : mode == QLatin1String("manifest") ? manifest(args.mid(1))
                                                           : 2;
    if (status == 2)
        err() << "usage: bench_links prepare DATA_DIR STATIC_DIR COUNT SIZE_BYTES [BIG_BYTES]\n"
                 "       bench_links manifest DATA_DIR PORT [STATIC_PORT]"
              << Qt::endl;
    return status;
}
