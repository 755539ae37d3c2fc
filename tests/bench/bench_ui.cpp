// Desktop client figures.
//   bench_ui startup CARILLON BARE MARKS [runs]
//       start-up on the demo data (signed in as Ada) against a bare QMainWindow (goal: at most
//       1.5x), both started with the marks library MARKS preloaded (startup_marks.cpp), in
//       alternating order: to the first frame on the X server, to the first idle moment after
//       the work deferred until after the first paint, and until exited again
//   The conversation figures (opening 100,000 messages, scrolling the whole history) and
//   Send-to-reply are measured in the real main window by bench_window.

#include "bench/BenchFigures.h"
#include "core/Workspace.h"
#include "support/FreePort.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <unistd.h>
#include <vector>

using namespace carillon;
using namespace carillon::bench;

namespace {
QTextStream out(stdout);

struct Timing
{
    double frameMs = 0; // start until the first frame is on the X server ("mark frame")
    double idleMs = 0;  // start until the first idle moment after the deferred work ("mark idle")
    double exitMs = 0;  // start until it has exited
};

// Starts the program with the start-up marks preloaded (startup_marks.cpp) and timestamps its
// "mark" lines as they arrive.
Timing timeProcess(const QString &program, const QStringList &args, const QString &marks)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), marks);
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    Timing timing;
    QByteArray out;
    while (!out.contains("mark idle\n") && p.waitForReadyRead(60'000)) {
        out += p.readAllStandardOutput();
        if (timing.frameMs == 0 && out.contains("mark frame\n"))
            timing.frameMs = t.nsecsElapsed() / 1e6;
    }
    timing.idleMs = t.nsecsElapsed() / 1e6;
    p.waitForFinished(60'000);
    timing.exitMs = t.nsecsElapsed() / 1e6;
    if (p.exitCode() != 0 || !out.contains("mark frame\nmark idle\n"))
        qFatal("%s failed (output \"%s\"): %s", qPrintable(program), out.constData(),
               p.readAllStandardError().constData());
    return timing;
}

int startup(int argc, char **argv, const QString &carillon, const QString &bare,
            const QString &marks, int runs)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QProcess::execute(carillon, {QStringLiteral("--profile"), QStringLiteral("demo"),
                                 QStringLiteral("--data-dir"), dir.path(), QStringLiteral("demo"),
                                 QStringLiteral("reset")});
    {
        WorkspaceOptions options;
        options.dataDir = dir.path();
        options.demo = true;
        auto ws = Workspace::open(options);
        if (!ws ||
            !(*ws)->setState(QStringLiteral("links.port"), QString::number(test::freePort())))
            qFatal("cannot set the demo folder's link port");
    }
    const QStringList args{QStringLiteral("--profile"),    QStringLiteral("demo"),
                           QStringLiteral("--data-dir"),   dir.path(),
                           QStringLiteral("--sign-in-as"), QStringLiteral("ada@example.com")};
    timeProcess(carillon, args, marks); // warm the page cache for both
    timeProcess(bare, {}, marks);
    std::vector<Timing> ours, reference;
    for (int i = 0; i < runs; ++i) {
        // Interleaved, so load on the machine hits both alike, and in alternating order, so
        // neither always runs on the cache the other one just warmed.
        if (i % 2) {
            reference.push_back(timeProcess(bare, {}, marks));
            ours.push_back(timeProcess(carillon, args, marks));
        } else {
            ours.push_back(timeProcess(carillon, args, marks));
            reference.push_back(timeProcess(bare, {}, marks));
        }
    }
    auto column = [](const std::vector<Timing> &v, double Timing::*field) {
        std::vector<double> c;
        for (const Timing &t : v)
            c.push_back(t.*field);
        return c;
    };
    const struct
    {
        const char *name;
        double Timing::*field;
    } figures[] = {
        {"frame", &Timing::frameMs}, {"idle", &Timing::idleMs}, {"exit", &Timing::exitMs}};
    out << QStringLiteral("start-up, demo data, %1 runs each, alternating, platform %2:\n")
               .arg(runs)
               .arg(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default")));
    for (const auto &f : figures) {
        const double a = median(column(ours, f.field));
        const double b = median(column(reference, f.field));
        out << QStringLiteral("  to %1: carillon median %2 ms, bare QMainWindow median %3 ms, "
                              "ratio %4x\n")
                   .arg(QLatin1String(f.name))
                   .arg(a, 0, 'f', 1)
                   .arg(b, 0, 'f', 1)
                   .arg(a / b, 0, 'f', 2);
        out << QStringLiteral("RESULT startup_%1_ms %2\nRESULT startup_%1_bare_ms %3\n")
                   .arg(QLatin1String(f.name), joined(column(ours, f.field), 1),
                        joined(column(reference, f.field), 1));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == QLatin1String("startup") && argc >= 5)
        return startup(argc, argv, QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                       QString::fromLocal8Bit(argv[4]), argc > 5 ? atoi(argv[5]) : 15);
    out << "usage: bench_ui startup CARILLON BARE MARKS_LIBRARY [runs]\n";
    return 2;
}
