// Store figures: open a data folder holding 100,000 messages and list conversations; post a
// message (p50/p99). Usage: bench_store [messages] [inserts]
//
// Sign-in time: bench_store signin [runs]
//   AccountStore::verifyPassword for a known address (right and wrong password) and for an
//   unknown one, median and spread of [runs] (default 10) on one thread: the unknown address
//   must cost what a known one does, and a sign-in must stay well under half a second.
//
// Delete me at scale: bench_store erase [messages] [attachments] [runs]
//   one profile with 1,000,000 messages and 10,000 attachments (small real blobs) in a 1:1
//   chat with another person who keeps 10,000 messages and 100 attachments of their own; times
//   ProfileEraser::erase on a fresh copy, against the reference on another copy: plain SQLite
//   DELETEs of the same rows plus unlinking the same blob files. Checks the other person's
//   rows and files are intact. Also prints the time to bulk-insert the rows.

#include "bench/BenchFigures.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace carillon;
using namespace carillon::bench;

namespace {
std::unique_ptr<Workspace> open(const QString &dir)
{
    WorkspaceOptions o;
    o.dataDir = dir;
    auto ws = Workspace::open(o);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().message));
    return std::move(ws).value();
}

qint64 count(Workspace &ws, const QString &sql, const QVariantList &binds)
{
    auto q = ws.db().exec(sql, binds);
    if (!q || !q->next())
        qFatal("%s failed", qPrintable(sql));
    return q->value(0).toLongLong();
}

void copyFolder(const QString &from, const QString &to)
{
    QDir(to).removeRecursively();
    if (QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), from, to}) != 0)
        qFatal("cp -a %s %s failed", qPrintable(from), qPrintable(to));
}

int erase(int messages, int attachments, int runs)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base"));
    qint64 ada = 0, bob = 0;
    const int bobMessages = 10'000, bobAttachments = 100;
    QStringList adaBlobs;
    double insertMs = 0;
    {
        auto ws = open(base);
        const QString hash = AccountStore::hashPassword(QStringLiteral("benchmark-password"));
        ada = ws->accounts()
                  .ensureProfile(ws->accounts()
                                     .createIdentityHashed(QStringLiteral("ada@example.com"),
                                                           QStringLiteral("Ada"), hash)
                                     ->id)
                  ->id;
        bob = ws->accounts()
                  .ensureProfile(ws->accounts()
                                     .createIdentityHashed(QStringLiteral("bob@example.com"),
                                                           QStringLiteral("Bob"), hash)
                                     ->id)
                  ->id;
        const qint64 chat = ws->conversations().direct(ada, bob)->id;
        // Small real blobs, written straight into the store (their setup is not measured).
        auto blob = [&](const QString &text) {
            const QByteArray bytes = text.toUtf8();
            const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            const QString path = ws->blobs().pathFor(sha);
            QDir().mkpath(QFileInfo(path).path());
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(path));
            return sha;
        };
        QElapsedTimer t;
        t.start();
        Status s = ws->db().transaction([&]() -> Status {
            const qint64 start = ws->clock().nowMs() - qint64(messages) * 1000;
            for (int i = 0; i < messages + bobMessages; ++i) {
                // Bob's messages are spread evenly through Ada's.
                const int stride = messages / bobMessages + 1;
                const bool fromBob = i % stride == 0 && i / stride < bobMessages;
                auto q = ws->db().exec(
                    QStringLiteral("INSERT INTO messages (conversation_id, sender_id, kind, body, "
                                   "created_at) VALUES (?, ?, 'text', ?, ?)"),
                    {chat, fromBob ? bob : ada,
                     QStringLiteral("Message %1, an ordinary line of chat").arg(i),
                     start + qint64(i)});
                if (!q)
                    return q.error();
            }
            auto attach = [&](qint64 uploader, int i, qint64 onMessage) -> Status {
                const QString sha = blob(QStringLiteral("file %1 of %2").arg(i).arg(uploader));
                if (uploader == ada)
                    adaBlobs.append(sha);
                auto q = ws->db().exec(
                    QStringLiteral("INSERT INTO attachments (public_id, message_id, "
                                   "conversation_id, uploader_id, file_name, mime_type, size, "
                                   "sha256, created_at) VALUES (?, ?, ?, ?, ?, 'text/plain', ?, "
                                   "?, ?)"),
                    {QStringLiteral("u%1-%2").arg(uploader).arg(i), onMessage, chat, uploader,
                     QStringLiteral("file %1.txt").arg(i), 12, sha, start});
                if (!q)
                    return q.error();
                return {};
            };
            // Attachments hang off their uploader's first messages.
            auto ids = [&](qint64 sender, int n) {
                QList<qint64> list;
                auto q = ws->db().exec(
                    QStringLiteral("SELECT id FROM messages WHERE sender_id = ? ORDER BY id "
                                   "LIMIT ?"),
                    {sender, n});
                while (q && q->next())
                    list.append(q->value(0).toLongLong());
                return list;
            };
            const QList<qint64> adaIds = ids(ada, attachments);
            const QList<qint64> bobIds = ids(bob, bobAttachments);
            for (int i = 0; i < attachments; ++i)
                if (Status a = attach(ada, i, adaIds[i % adaIds.size()]); !a)
                    return a;
            for (int i = 0; i < bobAttachments; ++i)
                if (Status a = attach(bob, i, bobIds[i % bobIds.size()]); !a)
                    return a;
            return {};
        });
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        insertMs = t.nsecsElapsed() / 1e6;
        if (count(*ws, QStringLiteral("SELECT COUNT(*) FROM messages WHERE sender_id = ?"),
                  {ada}) != messages)
            qFatal("setup: wrong number of messages");
    }
    out << QStringLiteral("erase setup: %1 messages and %2 attachments for one profile "
                          "(plus %3 and %4 for the other) inserted in %5 ms\n")
               .arg(messages)
               .arg(attachments)
               .arg(bobMessages)
               .arg(bobAttachments)
               .arg(insertMs, 0, 'f', 0);

    std::vector<double> eraseMs, deleteMs;
    const QString copy = dir.filePath(QStringLiteral("copy"));
    for (int run = 0; run < runs; ++run) {
        copyFolder(base, copy);
        {
            auto ws = open(copy);
            const qint64 bobBefore = count(
                *ws, QStringLiteral("SELECT COUNT(*) FROM messages WHERE sender_id = ?"), {bob});
            QElapsedTimer t;
            t.start();
            if (Status s = ws->eraser().erase(ada, RevokeReason::ProfileDeleted); !s)
                qFatal("erase: %s", qPrintable(s.error().message));
            eraseMs.push_back(t.nsecsElapsed() / 1e6);
            // The other person's rows and files are intact; nothing of the erased one is left.
            if (count(*ws, QStringLiteral("SELECT COUNT(*) FROM messages WHERE sender_id = ?"),
                      {bob}) != bobBefore ||
                bobBefore != bobMessages ||
                count(*ws, QStringLiteral("SELECT COUNT(*) FROM attachments WHERE uploader_id = ?"),
                      {bob}) != bobAttachments ||
                count(*ws, QStringLiteral("SELECT COUNT(*) FROM messages WHERE sender_id = ?"),
                      {ada}) != 0 ||
                count(*ws, QStringLiteral("SELECT COUNT(*) FROM attachments WHERE uploader_id = ?"),
                      {ada}) != 0 ||
                count(*ws, QStringLiteral("SELECT COUNT(*) FROM profiles WHERE id = ?"), {ada}) !=
                    0)
                qFatal("erase: rows wrong afterwards");
            auto shas = ws->db().exec(
                QStringLiteral("SELECT sha256 FROM attachments WHERE uploader_id = ?"), {bob});
            while (shas && shas->next())
                if (!ws->blobs().contains(shas->value(0).toString()))
                    qFatal("erase: the other person's file is gone");
            for (const QString &sha : std::as_const(adaBlobs))
                if (ws->blobs().contains(sha))
                    qFatal("erase: an erased file is still there");
        }
        copyFolder(base, copy);
        {
            auto ws = open(copy);
            QElapsedTimer t;
            t.start();
            Status s = ws->db().transaction([&]() -> Status {
                for (const char *sql : {"DELETE FROM attachments WHERE uploader_id = ?",
                                        "DELETE FROM messages WHERE sender_id = ?"})
                    if (auto q = ws->db().exec(QLatin1String(sql), {ada}); !q)
                        return q.error();
                return {};
            });
            if (!s)
                qFatal("delete: %s", qPrintable(s.error().message));
            for (const QString &sha : std::as_const(adaBlobs))
                QFile::remove(ws->blobs().pathFor(sha));
            deleteMs.push_back(t.nsecsElapsed() / 1e6);
        }
    }
    QDir(copy).removeRecursively();
    out << QStringLiteral("erase: ProfileEraser::erase median %1 ms, plain SQLite DELETE of the "
                          "same rows + unlink of the same files median %2 ms, ratio %3x (%4 "
                          "runs); other person's %5 messages and %6 files intact\n")
               .arg(median(eraseMs), 0, 'f', 0)
               .arg(median(deleteMs), 0, 'f', 0)
               .arg(median(eraseMs) / median(deleteMs), 0, 'f', 2)
               .arg(runs)
               .arg(bobMessages)
               .arg(bobAttachments);
    // Every run, so that tests/bench/run can quote the spread.
    out << QStringLiteral("RESULT erase_ms %1\nRESULT erase_reference_ms %2\nRESULT "
                          "erase_insert_ms %3\n")
               .arg(joined(eraseMs, 0), joined(deleteMs, 0))
               .arg(insertMs, 0, 'f', 0);
    return 0;
}
} // namespace

int signIn(int runs)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto ws = open(dir.path());
    const QString password = QStringLiteral("benchmark-password");
    if (!ws->accounts().createIdentity(QStringLiteral("ada@example.com"), {}, password))
        qFatal("cannot create the identity");
    // CPU time of this thread, besides wall time: on a shared machine the wall clock also
    // counts the time other processes had the core.
    auto cpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    std::vector<double> cpu;
    auto measure = [&](const QString &email, const QString &pw, bool expectOk) {
        std::vector<double> ms;
        cpu.clear();
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const double cpuStart = cpuMs();
            const bool ok = ws->accounts().verifyPassword(email, pw).ok();
            cpu.push_back(cpuMs() - cpuStart);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            if (ok != expectOk)
                qFatal("unexpected sign-in result for %s", qPrintable(email));
        }
        return ms;
    };
    auto line = [&](const char *what, const std::vector<double> &v) {
        out << what << ": median " << QString::number(median(v), 'f', 1) << " ms (min "
            << QString::number(*std::min_element(v.begin(), v.end()), 'f', 1) << ", max "
            << QString::number(*std::max_element(v.begin(), v.end()), 'f', 1) << "), CPU "
            << QString::number(median(cpu), 'f', 1) << " ms, over " << v.size() << " runs\n";
    };
    out << "PBKDF2-HMAC-SHA256, " << AccountStore::kPasswordIterations << " iterations\n";
    line("known address, right password",
         measure(QStringLiteral("ada@example.com"), password, true));
    line("known address, wrong password",
         measure(QStringLiteral("ada@example.com"), QStringLiteral("nope-nope"), false));
    line("unknown address              ",
         measure(QStringLiteral("nobody@example.com"), password, false));
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "signin") == 0)
        return signIn(argc > 2 ? atoi(argv[2]) : 10);
    if (argc > 1 && qstrcmp(argv[1], "erase") == 0)
        return erase(argc > 2 ? atoi(argv[2]) : 1'000'000, argc > 3 ? atoi(argv[3]) : 10'000,
                     argc > 4 ? atoi(argv[4]) : 3);
    const int total = argc > 1 ? atoi(argv[1]) : 100'000;
    const int inserts = argc > 2 ? atoi(argv[2]) : 2'000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("CARILLON_BENCH_KEEP"));
    if (!dir.autoRemove())
        out << QStringLiteral("data folder kept: %1\n").arg(dir.path());

    std::vector<qint64> people;
    std::vector<qint64> conversations;
    {
        auto ws = open(dir.path());
        const QString hash = AccountStore::hashPassword(QStringLiteral("benchmark-password"));
        for (int i = 0; i < 50; ++i) {
            auto id =
                ws->accounts().createIdentityHashed(QStringLiteral("person%1@example.com").arg(i),
                                                    QStringLiteral("Person %1").arg(i), hash);
            people.push_back(ws->accounts().ensureProfile(id->id)->id);
        }
        for (int i = 1; i < 50; ++i)
            conversations.push_back(ws->conversations().direct(people[0], people[size_t(i)])->id);
        for (int i = 0; i < 10; ++i)
            conversations.push_back(ws->conversations()
                                        .createRoom(people[0], QStringLiteral("Room %1").arg(i),
                                                    {people[1], people[2], people[3]})
                                        ->id);
        // Bulk load in one transaction through the public API.
        QElapsedTimer load;
        load.start();
        const Status loaded = ws->db().transaction([&]() -> Status {
            for (int i = 0; i < total; ++i) {
                const qint64 conv = conversations[size_t(i) % conversations.size()];
                auto m = ws->messages().postText(
                    people[0], conv, QStringLiteral("Message number %1 with some text").arg(i));
                if (!m)
                    return m.error();
            }
            return {};
        });
        if (!loaded)
            qFatal("bench_store: loading the messages failed: %s",
                   qPrintable(loaded.error().message));
        out << QStringLiteral("load: %1 messages in %2 s\n")
                   .arg(total)
                   .arg(load.elapsed() / 1000.0);
    }

    std::vector<double> openMs;
    std::vector<double> listMs;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer t;
        t.start();
        auto ws = open(dir.path());
        openMs.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        auto list = ws->conversations().summaries(people[0]);
        listMs.push_back(t.nsecsElapsed() / 1e6);
        if (!list || list->size() != int(conversations.size()))
            qFatal("listing failed");
    }
    out << QStringLiteral("open data folder (%1 messages): median %2 ms\n")
               .arg(total)
               .arg(percentile(openMs, 0.5), 0, 'f', 2);
    out << QStringLiteral("list %1 conversations: median %2 ms\n")
               .arg(conversations.size())
               .arg(percentile(listMs, 0.5), 0, 'f', 2);

    auto ws = open(dir.path());
    std::vector<double> postMs;
    for (int i = 0; i < inserts; ++i) {
        QElapsedTimer t;
        t.start();
        auto m =
            ws->messages().postText(people[1], conversations[0], QStringLiteral("Reply %1").arg(i));
        postMs.push_back(t.nsecsElapsed() / 1e6);
        if (!m)
            qFatal("%s", qPrintable(m.error().message));
    }
    out << QStringLiteral("post message (%1 posts): p50 %2 ms, p99 %3 ms\n")
               .arg(inserts)
               .arg(percentile(postMs, 0.5), 0, 'f', 3)
               .arg(percentile(postMs, 0.99), 0, 'f', 3);
    return 0;
}
