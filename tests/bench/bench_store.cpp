// Store figures: open a data folder holding 100,000 messages and list conversations; post a
// message (p50/p99). Usage: bench_store [messages] [inserts]

#include "Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace carillon;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

std::unique_ptr<Workspace> open(const QString &dir)
{
    WorkspaceOptions o;
    o.dataDir = dir;
    auto ws = Workspace::open(o);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().message));
    return std::move(ws).value();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
        ws->db().transaction([&]() -> Status {
            for (int i = 0; i < total; ++i) {
                const qint64 conv = conversations[size_t(i) % conversations.size()];
                auto m = ws->messages().postText(
                    people[0], conv, QStringLiteral("Message number %1 with some text").arg(i));
                if (!m)
                    return m.error();
            }
            return {};
        });
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
