// bench_server_load CLIENTS ROUNDS: a simulated load on one carillon-server, loopback only.
// Starts a real PostgreSQL (tests/support/PostgresCluster.h) and the real carillon-server
// executable, makes CLIENTS people who all belong to one room, connects one WebSocket device
// per person (signed in by resuming a session opened in the database, so that 1,000 password
// hashes do not make up the set-up), then in each round one of them sends a message to the room
// and the time until every other device has the messagePosted event is taken, device by device:
// the message's fan-out latency. The server's resident memory is read from /proc before the
// devices connect and once they are all signed in: memory per connection.
//
// The devices sign in one after another, so the time per resume is what a sign-in costs the
// server with that many devices connected; each round's send is timed from the call to its
// reply.
//
// Prints "RESULT fanout_p50_ms ...", "RESULT fanout_p99_ms ...", "RESULT send_ms ..." (one value
// per round), "RESULT resume_ms_per_device <value>" and "RESULT server_kib_per_connection
// <value>".

#include "bench/BenchFigures.h"
#include "core/StopSignals.h"
#include "core/Workspace.h"
#include "support/FreePort.h"
#include "support/PostgresCluster.h"
#include "support/ServerProcess.h"
#include "support/WireClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

using namespace carillon;
using namespace carillon::bench;

namespace {

// Resident memory of a process in KiB, from /proc/PID/status.
qint64 residentKib(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// What the bench started, stopped and deleted on every way out (a failure, Ctrl+C, a time
// limit's SIGTERM) rather than left running with the load's data: qFatal would abort past the
// destructors.
struct Started
{
    test::PostgresCluster cluster;
    QTemporaryDir data;
    QProcess server;
    std::unique_ptr<Workspace> ws;

    [[noreturn]] void leave(int code)
    {
        server.kill();
        server.waitForFinished(10'000);
        ws.reset();
        cluster.discard();
        data.remove();
        std::fflush(stdout);
        std::_Exit(code);
    }
};
Started *g_started = nullptr;

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench_server_load: %s\n", qPrintable(why));
    g_started->leave(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int clients = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1000;
    const int rounds = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 10;
    if (clients < 2 || rounds < 1)
        qFatal("usage: bench_server_load CLIENTS(>=2) ROUNDS(>=1)");

    Started started;
    g_started = &started;
    test::PostgresCluster &cluster = started.cluster;
    QTemporaryDir &data = started.data;
    QProcess &server = started.server;
    std::unique_ptr<Workspace> &ws = started.ws;
    // Interrupted: everything started goes, and the exit says it was interrupted.
    const StopSignals stopSignals([] {
        std::fprintf(stderr, "bench_server_load: interrupted; the server and PostgreSQL stop\n");
        g_started->leave(130);
    });
    if (const QString failed = cluster.start(); !failed.isEmpty())
        fail(QStringLiteral("PostgreSQL did not start: ") + failed);
    const PostgresAddress database = cluster.createDatabase();
    WorkspaceOptions options;
    options.dataDir = data.path();
    options.database = database;
    auto opened = Workspace::open(options);
    if (!opened)
        fail(opened.error().message);
    ws = std::move(opened).value();

    // The people, one room with all of them, and a session for each device.
    QElapsedTimer setup;
    setup.start();
    const QString hash = AccountStore::hashPassword(QStringLiteral("password-123"));
    QList<qint64> profiles;
    QList<qint64> identities;
    QStringList tokens;
    const Status made = ws->db().transaction([&]() -> Status {
        for (int i = 0; i < clients; ++i) {
            auto identity =
                ws->accounts().createIdentityHashed(QStringLiteral("person%1@load.example").arg(i),
                                                    QStringLiteral("Person %1").arg(i), hash);
            if (!identity)
                return identity.error();
            auto profile = ws->accounts().ensureProfile(identity->id);
            if (!profile)
                return profile.error();
            profiles.append(profile->id);
            identities.append(identity->id);
        }
        return {};
    });
    if (!made)
        fail(made.error().message);
    for (int i = 0; i < clients; ++i) {
        auto grant = ws->sessions().openSession(identities[i], QStringLiteral("load %1").arg(i));
        if (!grant)
            fail(grant.error().message);
        tokens.append(grant->token);
    }
    auto room = ws->conversations().createRoom(profiles.first(), QStringLiteral("Everyone"),
                                               profiles.mid(1));
    if (!room)
        fail(room.error().message);
    out << QStringLiteral("setup: %1 people in one room in %2 s\n")
               .arg(clients)
               .arg(setup.elapsed() / 1000.0, 0, 'f', 1);
    out.flush();

    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const quint16 port = test::freePort();
    server.start(QStringLiteral(CARILLON_SERVER_BIN),
                 {QStringLiteral("--database"),
                  QStringLiteral("postgresql://%1@%2:%3/%4")
                      .arg(database.user, database.host)
                      .arg(database.port)
                      .arg(database.database),
                  QStringLiteral("--data"), data.path(), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--links-listen"),
                  QStringLiteral("127.0.0.1:%1").arg(test::freePort())});
    QByteArray said;
    if (!waitUntil(
            [&] {
                said += server.readAllStandardOutput();
                return test::saysServing(said) || server.state() == QProcess::NotRunning;
            },
            30'000) ||
        server.state() != QProcess::Running)
        fail(QStringLiteral("carillon-server did not start: ") + QString::fromLocal8Bit(said));
    const QString url = QStringLiteral("ws://127.0.0.1:%1").arg(port);
    runFor(500); // the server's start-up work settles
    const qint64 idleKib = residentKib(server.processId());

    // The devices: all connect, then each signs in.
    std::vector<std::unique_ptr<test::WireClient>> devices;
    QElapsedTimer connecting;
    connecting.start();
    for (int i = 0; i < clients; ++i)
        devices.push_back(std::make_unique<test::WireClient>(url, 60'000));
    if (!waitUntil(
            [&] {
                return std::all_of(devices.begin(), devices.end(), [](const auto &d) {
                    return d->socket().state() == QAbstractSocket::ConnectedState;
                });
            },
            120'000))
        fail(QStringLiteral("not every device could connect"));
    // One after the other: the time per device is what a sign-in costs the server with that
    // many devices already connected (the later ones with more signed in).
    QElapsedTimer resuming;
    resuming.start();
    std::vector<double> resumeMs;
    for (int i = 0; i < clients; ++i) {
        QElapsedTimer one;
        one.start();
        const wire::Frame reply =
            devices[size_t(i)]->call(QStringLiteral("resume"), {{"token", tokens[i]}});
        if (reply.error)
            fail(
                QStringLiteral("device %1 could not sign in: %2").arg(i).arg(reply.error->message));
        resumeMs.push_back(one.nsecsElapsed() / 1e6);
    }
    const double resumeTotalMs = resuming.nsecsElapsed() / 1e6;
    runFor(1000);
    const qint64 loadedKib = residentKib(server.processId());
    out << QStringLiteral("%1 devices connected and signed in in %2 s; server resident memory "
                          "%3 MiB idle, %4 MiB with them\n")
               .arg(clients)
               .arg(connecting.elapsed() / 1000.0, 0, 'f', 1)
               .arg(idleKib / 1024.0, 0, 'f', 1)
               .arg(loadedKib / 1024.0, 0, 'f', 1);
    // The last tenth resumed with nine tenths of the devices signed in already: what a sign-in
    // costs on a full server.
    const std::vector<double> lastTenth(resumeMs.end() - std::max(1, clients / 10), resumeMs.end());
    out << QStringLiteral("resuming %1 sessions one after another: %2 s; per device p50 %3 ms, "
                          "p99 %4 ms, p50 of the last tenth %5 ms\n")
               .arg(clients)
               .arg(resumeTotalMs / 1000.0, 0, 'f', 1)
               .arg(percentile(resumeMs, 0.5), 0, 'f', 1)
               .arg(percentile(resumeMs, 0.99), 0, 'f', 1)
               .arg(percentile(lastTenth, 0.5), 0, 'f', 1);
    out.flush();

    std::vector<double> p50s, p99s, sendMs;
    for (int round = 0; round < rounds; ++round) {
        for (auto &d : devices) {
            d->events.clear();
            d->eventTimes.clear();
        }
        const size_t sender = size_t(round * 7919) % devices.size();
        // Every device stamps its events on the same monotonic clock as this.
        const double sentAt = test::WireClient::nowMs();
        const auto sent = devices[sender]->value<Message>(
            QStringLiteral("send"),
            {{"conversation", room->id}, {"text", QStringLiteral("round %1").arg(round)}});
        if (sent.id <= 0)
            fail(QStringLiteral("round %1: the message was not sent").arg(round));
        sendMs.push_back(test::WireClient::nowMs() - sentAt);
        out << QStringLiteral("round %1: sent in %2 ms\n").arg(round).arg(sendMs.back(), 0, 'f', 1);
        out.flush();
        std::vector<double> latencies(devices.size(), -1);
        const bool all = waitUntil(
            [&] {
                bool done = true;
                for (size_t i = 0; i < devices.size(); ++i) {
                    if (i == sender || latencies[i] >= 0)
                        continue;
                    const auto &d = *devices[i];
                    for (int e = 0; e < d.events.size(); ++e) {
                        if (d.events[e].name == QLatin1String("messagePosted") &&
                            d.events[e].args.value(QLatin1String("message")).toInteger() ==
                                sent.id) {
                            latencies[i] = d.eventTimes[e] - sentAt;
                            break;
                        }
                    }
                    done = done && latencies[i] >= 0;
                }
                return done;
            },
            30'000);
        if (!all) {
            QStringList missing;
            for (size_t i = 0; i < devices.size(); ++i) {
                if (i != sender && latencies[i] < 0) {
                    missing.append(QString::number(i));
                    QStringList heard;
                    for (const wire::Frame &e : devices[i]->events)
                        heard << e.name + QLatin1Char(' ') +
                                     QString::fromUtf8(
                                         QJsonDocument(e.args).toJson(QJsonDocument::Compact));
                    std::fprintf(stderr, "device %d: socket %d (%s); heard this round: %s\n",
                                 int(i), int(devices[i]->socket().state()),
                                 qPrintable(devices[i]->socket().closeReason()),
                                 qPrintable(heard.join(QLatin1String("; "))));
                }
            }
            fail(QStringLiteral("round %1: devices %2 (of %3, sender %4) did not hear of message "
                                "%5 within 30 s")
                     .arg(round)
                     .arg(missing.join(QLatin1Char(',')))
                     .arg(clients)
                     .arg(sender)
                     .arg(sent.id));
        }
        latencies.erase(latencies.begin() + qsizetype(sender));
        p50s.push_back(percentile(latencies, 0.5));
        p99s.push_back(percentile(latencies, 0.99));
        out << QStringLiteral("round %1: fan-out to %2 devices p50 %3 ms, p99 %4 ms, last %5 ms\n")
                   .arg(round)
                   .arg(latencies.size())
                   .arg(p50s.back(), 0, 'f', 1)
                   .arg(p99s.back(), 0, 'f', 1)
                   .arg(*std::max_element(latencies.begin(), latencies.end()), 0, 'f', 1);
        out.flush();
    }
    out << QStringLiteral("RESULT fanout_p50_ms %1\nRESULT fanout_p99_ms %2\n")
               .arg(joined(p50s), joined(p99s));
    out << QStringLiteral("RESULT send_ms %1\n").arg(joined(sendMs, 1));
    out << QStringLiteral("RESULT resume_ms_per_device %1\n")
               .arg(resumeTotalMs / clients, 0, 'f', 2);
    out << QStringLiteral("RESULT server_kib_per_connection %1\n")
               .arg(double(loadedKib - idleKib) / clients, 0, 'f', 1);
    out << QStringLiteral("RESULT load_clients %1\n").arg(clients);
    out.flush();

    devices.clear();
    server.terminate();
    server.waitForFinished(10'000);
    return 0;
}
