// The link server under pressure: over a thousand tampered links, a hundred downloads at once,
// clients that connect and say nothing, and a main thread that is busy elsewhere.

#include "LinkFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace carillon;
using namespace carillon::test;

namespace {

// Every way of changing one character of the link, plus dropped, repeated and swapped parts.
QSet<QByteArray> mutationsOf(const QByteArray &link)
{
    static const QByteArray alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QSet<QByteArray> out;
    for (qsizetype i = 0; i < link.size(); ++i) {
        const char c = link[i];
        const qsizetype at = alphabet.indexOf(c);
        for (char replacement :
             {at >= 0 ? alphabet[(at + 1) % alphabet.size()] : 'A',
              at >= 0 ? alphabet[(at + 17) % alphabet.size()] : '0',
              char(QChar::fromLatin1(c).isUpper() ? QChar::fromLatin1(c).toLower().toLatin1()
                                                  : QChar::fromLatin1(c).toUpper().toLatin1()),
              '%', '/', '&', '-', '_', '.'}) {
            QByteArray changed = link;
            changed[i] = replacement;
            out.insert(changed);
        }
        out.insert(QByteArray(link).remove(i, 1));                 // dropped
        out.insert(QByteArray(link).insert(i, c));                 // doubled
        out.insert(link.left(i));                                  // cut short
        out.insert(QByteArray(link).insert(i, QByteArray("%41"))); // something inserted
    }
    // Whole parts of /a/<id>/<exp>/<kid>/<sig>/<name>: dropped, repeated, emptied, upper-cased,
    // swapped with the next one, or moved into a query string.
    const QByteArrayList parts = link.mid(3).split('/');
    auto join = [](const QByteArrayList &p) { return "/a/" + p.join('/'); };
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QByteArrayList dropped = parts;
        dropped.removeAt(i);
        out.insert(join(dropped));
        out.insert(join(dropped) + '?' + parts[i]);
        QByteArrayList repeated = parts;
        repeated.insert(i, parts[i]);
        out.insert(join(repeated));
        QByteArrayList emptied = parts;
        emptied[i].clear();
        out.insert(join(emptied));
        QByteArrayList upper = parts;
        upper[i] = upper[i].toUpper();
        out.insert(join(upper));
        if (i + 1 < parts.size()) {
            QByteArrayList swapped = parts;
            swapped.swapItemsAt(i, i + 1);
            out.insert(join(swapped));
        }
    }
    out.insert(link + "?x=1");
    out.insert(link + '?');
    out.insert(link + '/');
    out.insert(link + '#');
    out.insert(link + ";x");
    out.remove(link);
    return out;
}

} // namespace

class TestLinkServerLoad : public QObject
{
    Q_OBJECT

private slots:
    void tamperedLinksAreAllRefused()
    {
        LinkFixture fx;
        const StoredFile file = fx.upload(QStringLiteral("ledger 2026.csv"), "a,b\n1,2\n");
        const StoredFile other = fx.upload(QStringLiteral("other.csv"), "c,d\n3,4\n");
        const QByteArray link = fx.link(file.attachment);
        HttpTestClient client(fx.port());
        QCOMPARE(client.get(link).status, 200);

        QSet<QByteArray> mutations = mutationsOf(link);
        // Parts of another genuine link spliced in: its signature, its expiry, its name.
        const QByteArray otherLink = fx.link(other.attachment, 2 * LinkFixture::kHour);
        const QByteArrayList mine = link.mid(3).split('/');
        const QByteArrayList theirs = otherLink.mid(3).split('/');
        for (int part : {1, 3}) { // their expiry or signature in my link (the key is the same)
            QByteArrayList spliced = mine;
            spliced[part] = theirs[part];
            mutations.insert("/a/" + spliced.join('/'));
        }
        mutations.insert(QByteArray(link).replace("ledger%202026.csv", "other.csv"));
        mutations.insert(QByteArray(link).replace(file.attachment.publicId.toLatin1(),
                                                  other.attachment.publicId.toLatin1()));
        QVERIFY2(mutations.size() >= 1000, qPrintable(QString::number(mutations.size())));

        QMap<int, int> statuses;
        for (const QByteArray &target : std::as_const(mutations)) {
            for (const QByteArray &method : {QByteArray("GET"), QByteArray("HEAD")}) {
                const HttpReply r = client.get(target, {}, method);
                statuses[r.status] += 1;
                if (r.status == 200 || r.status == 206 || r.status == 0)
                    QFAIL(qPrintable(
                        QStringLiteral("%1 %2 -> %3 (link %4)")
                            .arg(QString::fromLatin1(method), QString::fromLatin1(target))
                            .arg(r.status)
                            .arg(QString::fromLatin1(link))));
            }
        }
        qInfo() << mutations.size() << "tampered links, statuses:" << statuses;
        QCOMPARE(client.get(link).status, 200); // the genuine one still works
    }

    void hundredConcurrentDownloads()
    {
        LinkFixture fx;
        QList<StoredFile> files;
        QList<QByteArray> links;
        for (int i = 0; i < 10; ++i) {
            files << fx.upload(QStringLiteral("file-%1.bin").arg(i),
                               LinkFixture::randomBytes((i + 1) * 300'000 + i, quint32(i)));
            links << fx.link(files.last().attachment);
        }
        constexpr int kClients = 100;
        std::atomic<int> ready{0};
        std::vector<HttpReply> replies(kClients);
        std::vector<std::thread> threads;
        for (int i = 0; i < kClients; ++i) {
            threads.emplace_back([&, i] {
                HttpTestClient client(fx.port(), 60'000);
                client.connectIfNeeded();
                ready.fetch_add(1);
                while (ready.load() < kClients) // all connected before anyone asks
                    std::this_thread::yield();
                // Every fourth client resumes half-way, to mix ranges into the load.
                const qint64 from = i % 4 == 3 ? files[i % 10].bytes.size() / 2 : 0;
                const QByteArray range =
                    from ? "Range: bytes=" + QByteArray::number(from) + "-\r\n" : QByteArray();
                replies[size_t(i)] = client.get(links[i % 10], range, "GET", true);
            });
        }
        for (std::thread &t : threads)
            t.join();
        for (int i = 0; i < kClients; ++i) {
            const StoredFile &f = files[i % 10];
            const qint64 from = i % 4 == 3 ? f.bytes.size() / 2 : 0;
            const QByteArray expected =
                from ? QCryptographicHash::hash(f.bytes.mid(from), QCryptographicHash::Sha256)
                           .toHex()
                     : f.sha256Hex;
            QCOMPARE(replies[size_t(i)].status, from ? 206 : 200);
            QCOMPARE(replies[size_t(i)].bodySha256, expected);
        }
    }

    void idleClientsAreDroppedWhileOthersAreServed()
    {
        LinkServerOptions options;
        options.idleTimeoutMs = 400;
        options.workerThreads = 2;
        LinkFixture fx(options);
        const StoredFile file = fx.upload(QStringLiteral("note.txt"), "hello\n");
        const QByteArray link = fx.link(file.attachment);

        // Several silent clients (both workers get some), one that stops half-way through a
        // request head, and one that keeps asking.
        std::vector<std::unique_ptr<HttpTestClient>> silent;
        for (int i = 0; i < 4; ++i) {
            silent.push_back(std::make_unique<HttpTestClient>(fx.port()));
            QVERIFY(silent.back()->connectIfNeeded());
        }
        HttpTestClient halfway(fx.port());
        QVERIFY(halfway.send("GET " + link + " HTTP/1.1\r\nHost:"));
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(fx.server->connectionCount(), 5, 2000);

        HttpTestClient busy(fx.port());
        int served = 0;
        while (clock.elapsed() < 300) {
            const HttpReply r = busy.get(link);
            QCOMPARE(r.status, 200);
            ++served;
        }
        QVERIFY(served > 5);
        for (auto &client : silent)
            QVERIFY(client->waitForServerClose(3000));
        QVERIFY(halfway.waitForServerClose(3000));
        const qint64 dropped = clock.elapsed();
        QVERIFY2(dropped >= 350 && dropped < 2500, qPrintable(QString::number(dropped)));
        // The busy client was never idle for long, so it is still connected and served.
        QCOMPARE(busy.get(link).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(fx.server->connectionCount(), 1, 2000);
        // An idle keep-alive connection goes the same way.
        QVERIFY(busy.waitForServerClose(3000));
        QTRY_COMPARE_WITH_TIMEOUT(fx.server->connectionCount(), 0, 2000);
    }

    // A slow reader (a few KB per read, a small receive window) takes far longer than the idle
    // limit for the whole file, yet keeps making progress: it gets every byte. A client that
    // stops reading altogether is still dropped.
    void slowReaderGetsTheWholeFileSilentOneIsDropped()
    {
        LinkServerOptions options;
        options.idleTimeoutMs = 300;
        LinkFixture fx(options);
        const StoredFile file =
            fx.upload(QStringLiteral("slow.bin"), LinkFixture::randomBytes(6 << 20, 7));
        const QByteArray link = fx.link(file.attachment);

        auto connectSmall = [&] {
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            const int small = 4096;
            ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
            sockaddr_in address = {};
            address.sin_family = AF_INET;
            address.sin_port = htons(fx.port());
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
                qFatal("cannot connect: %s", strerror(errno));
            const QByteArray request = "GET " + link + " HTTP/1.1\r\nHost: x\r\n\r\n";
            if (::send(fd, request.constData(), size_t(request.size()), 0) != request.size())
                qFatal("cannot send the request");
            return fd;
        };

        const int slow = connectSmall();
        QByteArray received;
        QElapsedTimer clock;
        clock.start();
        char buffer[64 * 1024];
        // About 2 MB/s: the kernel's send buffer (megabytes on loopback) then takes longer
        // than the idle limit to drain far enough for the server to write again.
        constexpr qint64 kBytesPerSecond = 2'000'000;
        for (;;) {
            const ssize_t n = ::recv(slow, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            received.append(buffer, n);
            const qint64 due = received.size() * 1000 / kBytesPerSecond;
            if (clock.elapsed() < due)
                QThread::msleep(quint64(due - clock.elapsed()));
        }
        ::close(slow);
        const qsizetype bodyStart = received.indexOf("\r\n\r\n") + 4;
        QVERIFY2(clock.elapsed() > 3 * options.idleTimeoutMs,
                 qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(received.size() - bodyStart, file.bytes.size());
        QCOMPARE(
            QCryptographicHash::hash(received.mid(bodyStart), QCryptographicHash::Sha256).toHex(),
            file.sha256Hex);

        // Reads the start of the answer, then nothing: dropped after the limit.
        const int silent = connectSmall();
        QVERIFY(::recv(silent, buffer, 1024, 0) > 0);
        clock.restart();
        QTRY_COMPARE_WITH_TIMEOUT(fx.server->connectionCount(), 0, 5000);
        QVERIFY2(clock.elapsed() >= options.idleTimeoutMs / 2,
                 qPrintable(QString::number(clock.elapsed())));
        ::close(silent);
    }

    void servesWhileTheMainThreadIsBusy()
    {
        // The window's thread may be busy painting or in a modal dialog: downloads go on.
        LinkFixture fx;
        const StoredFile file =
            fx.upload(QStringLiteral("big.bin"), LinkFixture::randomBytes(4 << 20, 99));
        const QByteArray link = fx.link(file.attachment);
        HttpReply reply;
        std::thread client([&] {
            HttpTestClient c(fx.port());
            reply = c.get(link, {}, "GET", true);
        });
        QThread::msleep(200); // no event processing on this thread meanwhile
        client.join();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.bodySha256, file.sha256Hex);
    }

    // Out of file descriptors, the listener pauses and tries again instead of spinning on a
    // socket it cannot accept from, and serves again once descriptors are free.
    void runningOutOfDescriptorsPausesAccepting()
    {
        LinkFixture fx;
        const StoredFile file = fx.upload(QStringLiteral("n.txt"), "n\n");
        const QByteArray link = fx.link(file.attachment);
        rlimit original{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &original), 0);
        const auto openDescriptors = [] {
            return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files).size());
        };
        rlimit low = original;
        low.rlim_cur = rlim_t(openDescriptors() + 64);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
        // Connections the kernel completes whether or not the server accepts them, until this
        // process (clients and server alike) has no descriptor left.
        std::vector<int> clients;
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(fx.port());
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        for (;;) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            if (fd < 0)
                break;
            clients.push_back(fd);
            QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address),
                     0);
        }
        QVERIFY(clients.size() > 10);
        rusage before{};
        getrusage(RUSAGE_SELF, &before);
        QTest::qWait(600);
        rusage after{};
        getrusage(RUSAGE_SELF, &after);
        const auto cpuMs = [](const rusage &u) {
            return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 +
                   (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
        };
        const double busy = cpuMs(after) - cpuMs(before);
        for (int fd : clients)
            ::close(fd);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &original), 0);
        QVERIFY2(busy < 300, qPrintable(QStringLiteral("%1 ms of CPU in 600 ms").arg(busy)));
        HttpTestClient later(fx.port());
        QCOMPARE(later.get(link).status, 200);
    }

    void tooManyConnectionsAreTurnedAway()
    {
        LinkServerOptions options;
        options.maxConnections = 3;
        LinkFixture fx(options);
        const StoredFile file = fx.upload(QStringLiteral("n.txt"), "n\n");
        std::vector<std::unique_ptr<HttpTestClient>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<HttpTestClient>(fx.port()));
            QVERIFY(held.back()->connectIfNeeded());
        }
        QTRY_COMPARE_WITH_TIMEOUT(fx.server->connectionCount(), 3, 2000);
        HttpTestClient extra(fx.port());
        QCOMPARE(extra.get(fx.link(file.attachment)).status, 503);
        held.clear();
        QTRY_COMPARE_WITH_TIMEOUT(fx.server->connectionCount(), 0, 2000);
        HttpTestClient later(fx.port());
        QCOMPARE(later.get(fx.link(file.attachment)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestLinkServerLoad)
#include "tst_linkserver_load.moc"
