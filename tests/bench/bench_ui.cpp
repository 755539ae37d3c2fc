// Desktop client figures.
//   bench_ui startup CARILLON BARE [runs]  start to an interactive main window on the demo data,
//                                          as a ratio to a bare QMainWindow (target < 1.5x):
//                                          from starting each program until it prints "ready"
//                                          (window painted, event queue drained); also until
//                                          it has exited again
//   bench_ui conversation [messages]       open a conversation of 100,000 messages (target
//                                          < 100 ms), page through older history, memory;
//                                          reference: opening one that holds just the first
//                                          page (MessageModel::kFirstPage messages), interleaved

#include "core/EmbeddedBackend.h"
#include "core/Workspace.h"
#include "ui/ChatView.h"
#include "ui/MessageModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace carillon;

namespace {
QTextStream out(stdout);

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

struct Timing
{
    double readyMs = 0; // start until the program says "ready" (painted, events drained)
    double exitMs = 0;  // start until it has exited
};

Timing timeProcess(const QString &program, const QStringList &args)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    Timing timing;
    QByteArray out;
    while (!out.contains("ready\n") && p.waitForReadyRead(60'000))
        out += p.readAllStandardOutput();
    timing.readyMs = t.nsecsElapsed() / 1e6;
    p.waitForFinished(60'000);
    timing.exitMs = t.nsecsElapsed() / 1e6;
    if (p.exitCode() != 0 || !out.contains("ready\n"))
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return timing;
}

int startup(const QString &carillon, const QString &bare, int runs)
{
    QTemporaryDir dir;
    QProcess::execute(carillon, {QStringLiteral("--profile"), QStringLiteral("demo"),
                                 QStringLiteral("--data-dir"), dir.path(), QStringLiteral("demo"),
                                 QStringLiteral("reset")});
    qputenv("CARILLON_QUIT_WHEN_READY", "1");
    const QStringList args{QStringLiteral("--profile"),    QStringLiteral("demo"),
                           QStringLiteral("--data-dir"),   dir.path(),
                           QStringLiteral("--sign-in-as"), QStringLiteral("ada@example.com")};
    timeProcess(carillon, args); // warm the page cache for both
    timeProcess(bare, {});
    std::vector<double> ours, reference, oursExit, referenceExit;
    for (int i = 0; i < runs; ++i) { // interleaved, so load on the machine hits both alike
        const Timing a = timeProcess(carillon, args);
        const Timing b = timeProcess(bare, {});
        ours.push_back(a.readyMs);
        reference.push_back(b.readyMs);
        oursExit.push_back(a.exitMs);
        referenceExit.push_back(b.exitMs);
    }
    out << QStringLiteral("start-up to interactive main window (demo data, %1 runs, platform %2):\n"
                          "  carillon median %3 ms, bare QMainWindow median %4 ms, ratio %5x\n"
                          "  until exited again: carillon %6 ms, bare %7 ms, ratio %8x\n")
               .arg(runs)
               .arg(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default")))
               .arg(median(ours), 0, 'f', 1)
               .arg(median(reference), 0, 'f', 1)
               .arg(median(ours) / median(reference), 0, 'f', 2)
               .arg(median(oursExit), 0, 'f', 1)
               .arg(median(referenceExit), 0, 'f', 1)
               .arg(median(oursExit) / median(referenceExit), 0, 'f', 2);
    out << QStringLiteral("RESULT startup_ms %1\nRESULT startup_bare_ms %2\n"
                          "RESULT startup_exit_ms %3\nRESULT startup_exit_bare_ms %4\n")
               .arg(median(ours), 0, 'f', 1)
               .arg(median(reference), 0, 'f', 1)
               .arg(median(oursExit), 0, 'f', 1)
               .arg(median(referenceExit), 0, 'f', 1);
    return 0;
}

int conversation(int argc, char **argv, int messages)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    WorkspaceOptions options;
    options.dataDir = dir.path();
    auto ws = std::move(Workspace::open(options)).value();
    const QString hash = AccountStore::hashPassword(QStringLiteral("benchmark-password"));
    auto a = ws->accounts().createIdentityHashed(QStringLiteral("a@example.com"),
                                                 QStringLiteral("Ann Example"), hash);
    auto b = ws->accounts().createIdentityHashed(QStringLiteral("b@example.com"),
                                                 QStringLiteral("Ben Example"), hash);
    const qint64 ann = ws->accounts().ensureProfile(a->id)->id;
    const qint64 ben = ws->accounts().ensureProfile(b->id)->id;
    auto c = ws->accounts().createIdentityHashed(QStringLiteral("c@example.com"),
                                                 QStringLiteral("Cy Example"), hash);
    const qint64 cy = ws->accounts().ensureProfile(c->id)->id;
    const qint64 conv = ws->conversations().direct(ann, ben)->id;
    const qint64 small = ws->conversations().direct(ann, cy)->id;
    const Status loaded = ws->db().transaction([&]() -> Status {
        for (int i = 0; i < ui::MessageModel::kFirstPage; ++i) {
            auto q = ws->db().exec(
                QStringLiteral("INSERT INTO messages (conversation_id, sender_id, kind, "
                               "body, created_at) VALUES (?, ?, 'text', ?, ?)"),
                {small, i % 3 ? ann : cy,
                 QStringLiteral("Message %1: a line of ordinary chat text, long enough "
                                "to wrap now and then in a narrow window.")
                     .arg(i),
                 ws->clock().nowMs() - qint64(ui::MessageModel::kFirstPage - i) * 60'000});
            if (!q)
                return q.error();
        }
        const qint64 start = ws->clock().nowMs() - qint64(messages) * 60'000;
        for (int i = 0; i < messages; ++i) {
            auto q = ws->db().exec(
                QStringLiteral("INSERT INTO messages (conversation_id, sender_id, kind, "
                               "body, created_at) VALUES (?, ?, 'text', ?, ?)"),
                {conv, i % 3 ? ann : ben,
                 QStringLiteral("Message %1: a line of ordinary chat text, long enough "
                                "to wrap now and then in a narrow window.")
                     .arg(i),
                 start + qint64(i) * 60'000});
            if (!q)
                return q.error();
        }
        return {};
    });
    if (!loaded)
        qFatal("setting up the benchmark failed: %s", qPrintable(loaded.error().message));

    EmbeddedBackend backend(*ws);
    // The ChatView only reads through the backend; no session is needed to page history.
    ui::ChatView view(backend);
    view.resize(900, 700);
    view.show();
    QApplication::processEvents();
    const qint64 before = rssKiB();
    std::vector<double> opens, smallOpens;
    auto timeOpen = [&](qint64 id) {
        view.open(0);
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        view.open(id);
        view.messageList()->scrollToBottom();
        view.messageList()->viewport()->repaint(); // laid out and painted
        return t.nsecsElapsed() / 1e6;
    };
    for (int round = 0; round < 7; ++round) { // interleaved with the reference
        smallOpens.push_back(timeOpen(small));
        opens.push_back(timeOpen(conv));
    }
    const qint64 afterOpen = rssKiB();
    // Page up through older history: each step scrolls to the top, which loads a page.
    QScrollBar *bar = view.messageList()->verticalScrollBar();
    std::vector<double> steps;
    int pages = 0;
    while (view.model()->hasOlder() && pages < 50) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->minimum());
        QApplication::processEvents();
        view.messageList()->viewport()->repaint();
        steps.push_back(t.nsecsElapsed() / 1e6);
        ++pages;
    }
    out << QStringLiteral(
               "open a conversation of %1 messages: median %2 ms over 7 opens (first page %3 "
               "messages)\n")
               .arg(messages)
               .arg(median(opens), 0, 'f', 1)
               .arg(ui::MessageModel::kFirstPage);
    out << QStringLiteral("open a conversation of %1 messages (reference): median %2 ms\n")
               .arg(ui::MessageModel::kFirstPage)
               .arg(median(smallOpens), 0, 'f', 1);
    out << QStringLiteral("RESULT open_ms %1\nRESULT open_small_ms %2\nRESULT rss_before_kib "
                          "%3\nRESULT rss_open_kib %4\n")
               .arg(median(opens), 0, 'f', 1)
               .arg(median(smallOpens), 0, 'f', 1)
               .arg(before)
               .arg(afterOpen);
    out << QStringLiteral(
               "page in older history: %1 pages of %2, median %3 ms, worst %4 ms per page "
               "(%5 messages loaded)\n")
               .arg(pages)
               .arg(ui::MessageModel::kOlderPage)
               .arg(median(steps), 0, 'f', 1)
               .arg(*std::max_element(steps.begin(), steps.end()), 0, 'f', 1)
               .arg(view.model()->rowCount());
    out << QStringLiteral(
               "memory: %1 MiB before opening, %2 MiB with it open, %3 MiB after paging\n")
               .arg(before / 1024.0, 0, 'f', 1)
               .arg(afterOpen / 1024.0, 0, 'f', 1)
               .arg(rssKiB() / 1024.0, 0, 'f', 1);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == QLatin1String("startup") && argc >= 4)
        return startup(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                       argc > 4 ? atoi(argv[4]) : 15);
    if (mode == QLatin1String("conversation"))
        return conversation(argc, argv, argc > 2 ? atoi(argv[2]) : 100'000);
    out << "usage: bench_ui startup CARILLON BARE [runs] | bench_ui conversation [messages]\n";
    return 2;
}
