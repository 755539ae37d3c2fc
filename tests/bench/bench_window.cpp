// The main window's figures, built as the program builds it (workspace, change feed, the
// assistant on its own thread, EmbeddedBackend, AppController, a password sign-in through the
// sign-in window) and driven through its real widgets with QTest. Run it on a display (xcb
// under xvfb-run, as tests/bench/run does) or on the offscreen platform.
//
//   bench_window send [rounds] [runs]
//       Types a command into the composer (Help and a sentence that is no command, in turn),
//       clicks the Send button and stops the clock once the assistant's reply row has been
//       painted in the chat view and the frame handed to the window system. One p50 and one
//       p99 per run of [rounds] (default 200); each run starts from a freshly opened chat.
//       Goal: p99 < 50 ms.
//   bench_window open [messages] [runs] [passes]
//       Clicks a conversation of [messages] (default 100,000) in the chat list, until it is
//       painted at its newest message, paired with clicking one of MessageModel::kFirstPage
//       messages (the reference), each click switching from the other; then scrolls up the whole
//       history to the oldest message, page by page (the scroll bar's "to the top", which
//       loads the next older page as a person scrolling up does), timing each page from the
//       scroll until painted; [passes] (default 5) times. Memory: resident set before opening,
//       its peak over the passes, after each pass.
//
// "Painted" is measured the same way everywhere: an application-wide event filter sees the
// paint event that shows what was waited for, and queues a time stamp behind it; the stamp is
// taken once that paint and the window-system flush that follows it in the same call are done.

#include "assistant/AssistantThread.h"
#include "bench/BenchFigures.h"
#include "core/EmbeddedBackend.h"
#include "core/Workspace.h"
#include "support/DesktopIsolation.h"
#include "ui/AppController.h"
#include "ui/ChatView.h"
#include "ui/Composer.h"
#include "ui/MainWindow.h"
#include "ui/MessageModel.h"
#include "ui/SignInWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

using namespace carillon;
using namespace carillon::bench;

namespace {
QTextStream out(stdout);
const QString kPassword = QStringLiteral("benchmark-password");

// A field of /proc/self/status, in KiB.
qint64 statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// Starts the peak resident set (VmHWM) over from the current one.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
        out << "note: cannot reset the peak resident set; the peak includes the set-up\n";
}

// Times "until painted": arm() with what a paint must show, act, wait() for its time stamp.
class PaintWatch : public QObject
{
public:
    PaintWatch()
    {
        m_clock.start();
        qApp->installEventFilter(this);
    }
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    void arm(std::function<bool(QWidget *)> shows)
    {
        m_shows = std::move(shows);
        m_at = -1;
    }
    // The time (ns) the awaited paint was done; stops the program after timeoutMs.
    qint64 wait(const char *what, int timeoutMs = 20'000)
    {
        if (m_at < 0) {
            QEventLoop loop;
            m_loop = &loop;
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
            m_loop = nullptr;
        }
        m_shows = nullptr;
        if (m_at < 0)
            qFatal("waited %d ms for %s to be painted", timeoutMs, what);
        return m_at;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_shows && !m_queued && watched->isWidgetType() &&
            m_shows(static_cast<QWidget *>(watched))) {
            // Behind this paint: the rest of the frame and its flush run before queued calls.
            m_queued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_queued = false;
                    m_shows = nullptr;
                    m_at = m_clock.nsecsElapsed();
                    if (m_loop)
                        m_loop->quit();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    QElapsedTimer m_clock;
    std::function<bool(QWidget *)> m_shows;
    qint64 m_at = -1;
    bool m_queued = false;
    QEventLoop *m_loop = nullptr;
};

bool inside(QWidget *widget, QWidget *area)
{
    return widget == area || area->isAncestorOf(widget);
}

// A data folder of its own with Ada, who will sign in, and the people she writes to.
struct Desk
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    qint64 ada = 0;

    Desk()
    {
        WorkspaceOptions options;
        options.dataDir = dir.path();
        ws = std::move(Workspace::open(options)).value();
        ada = person(QStringLiteral("ada@example.com"), QStringLiteral("Ada Lovelace"));
    }
    qint64 person(const QString &email, const QString &name)
    {
        static const QString hash = AccountStore::hashPassword(kPassword);
        auto identity = ws->accounts().createIdentityHashed(email, name, hash);
        if (!identity)
            qFatal("%s", qPrintable(identity.error().message));
        return ws->accounts().ensureProfile(identity->id)->id;
    }
    qint64 chatWith(qint64 other) { return ws->conversations().direct(ada, other)->id; }
    // Messages straight into the table, a minute apart, ending now.
    void fill(qint64 conversation, qint64 other, int count)
    {
        const qint64 start = ws->clock().nowMs() - qint64(count) * 60'000;
        const Status s = ws->db().transaction([&]() -> Status {
            for (int i = 0; i < count; ++i) {
                auto q = ws->db().exec(
                    QStringLiteral("INSERT INTO messages (conversation_id, sender_id, kind, "
                                   "body, created_at) VALUES (?, ?, 'text', ?, ?)"),
                    {conversation, i % 3 ? ada : other,
                     QStringLiteral("Message %1: a line of ordinary chat text, long enough to "
                                    "wrap now and then in a narrow window.")
                         .arg(i),
                     start + qint64(i) * 60'000});
                if (!q)
                    return q.error();
            }
            return {};
        });
        if (!s)
            qFatal("setting up the benchmark failed: %s", qPrintable(s.error().message));
    }
};

// The program's composition (app/WindowMain.cpp) on a desk, signed in as Ada through the
// sign-in window; the assistant's thread starts once the window is up, as there. The link
// server is left out: it serves no request here.
struct Program
{
    std::unique_ptr<AssistantThread> assistant;
    EmbeddedBackend backend;
    ui::AppController controller;
    ui::MainWindow *main = nullptr;

    explicit Program(Workspace &ws) : backend(ws), controller(backend)
    {
        controller.start();
        ui::SignInWindow *signIn = controller.signInWindow();
        if (!signIn)
            qFatal("no sign-in window");
        signIn->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
            ->setText(QStringLiteral("ada@example.com"));
        signIn->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(kPassword);
        signIn->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"))->setChecked(false);
        signIn->findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
        if (!QTest::qWaitFor([&] { return controller.mainWindow() != nullptr; }, 60'000))
            qFatal("signing in failed");
        main = controller.mainWindow();
        if (!QTest::qWaitForWindowExposed(main))
            qFatal("the main window was not shown");
        assistant = std::make_unique<AssistantThread>(ws, AssistantConfig::forWorkspace(ws));
        QTest::qWait(300); // the work after the first paint, the assistant's start
    }
    ui::ChatView &chat() const { return *main->chatView(); }
    QListView &messages() const { return *chat().messageList(); }
    const ui::MessageModel &model() const { return *chat().model(); }

    // Clicks the chat's row in the chat list (it must be on screen there).
    void clickChat(qint64 conversationId) const
    {
        QListWidget *list = main->conversationList();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toLongLong() != conversationId)
                continue;
            const QRect rect = list->visualItemRect(list->item(i));
            if (!list->viewport()->rect().contains(rect.center()))
                qFatal("the chat's row is not on screen");
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
            return;
        }
        qFatal("conversation %lld is not in the chat list", static_cast<long long>(conversationId));
    }
    // True when the paint of `painted` shows the newest row of the open conversation.
    bool showsNewest(QWidget *painted, qint64 conversationId) const
    {
        QWidget *viewport = messages().viewport();
        if (model().conversationId() != conversationId || model().rowCount() == 0 ||
            !inside(painted, viewport))
            return false;
        return messages().visualRect(model().index(model().rowCount() - 1)).bottom() <=
               viewport->rect().bottom() + 1;
    }
    // Opens a conversation by clicking its row; returns the milliseconds until painted.
    double open(PaintWatch &watch, qint64 conversationId) const
    {
        watch.arm([this, conversationId](QWidget *w) { return showsNewest(w, conversationId); });
        const qint64 start = watch.nowNs();
        clickChat(conversationId);
        const double ms = double(watch.wait("the opened conversation") - start) / 1e6;
        QTest::qWait(30); // idle again before the next action
        return ms;
    }
};

int sendRounds(int argc, char **argv, int rounds, int runs)
{
    QApplication app(argc, argv);
    Desk desk;
    Workspace &ws = *desk.ws;
    ws.feed().startWatching();
    const Profile assistant = ws.assistantProfile();
    if (auto invited = ws.contacts().invite(desk.ada, assistant.email); !invited)
        qFatal("%s", qPrintable(invited.error().message));
    const qint64 botChat = desk.chatWith(assistant.id);
    const qint64 ben = desk.person(QStringLiteral("ben@example.com"), QStringLiteral("Ben"));
    const qint64 benChat = desk.chatWith(ben);
    desk.fill(benChat, ben, 30);
    // The first message, answered by the introduction when the assistant starts: the measured
    // rounds get one answer each.
    if (auto hi = ws.messages().postText(desk.ada, botChat, QStringLiteral("Hi")); !hi)
        qFatal("%s", qPrintable(hi.error().message));

    Program program(ws);
    ui::Composer *composer = program.chat().composer();
    auto *sendButton = program.chat().findChild<QPushButton *>(QStringLiteral("sendButton"));
    PaintWatch watch;
    const ui::MessageModel &model = program.model();
    QWidget *viewport = program.messages().viewport();
    // The newest row is the assistant's answer to what was just sent, on screen, and this paint
    // draws it: its card (Help and "not understood" are cards) or the list around it.
    const auto replyShown = [&](QWidget *w, qint64 after) {
        const int row = model.rowCount() - 1;
        if (row < 0 || !inside(w, viewport) || model.messageAt(row).senderId != assistant.id ||
            model.messageAt(row).id <= after)
            return false;
        const QModelIndex index = model.index(row);
        // All of it on screen, or part of it when it is taller than the list.
        const QRect rect = program.messages().visualRect(index);
        const bool whole = rect.top() >= 0 && rect.bottom() <= viewport->rect().bottom() + 1;
        if (!whole && !(rect.height() > viewport->height() && rect.intersects(viewport->rect())))
            return false;
        QWidget *card = program.messages().indexWidget(index);
        return card ? inside(w, card) : w == viewport;
    };
    const auto newestId = [&] {
        return model.rowCount() ? model.messageAt(model.rowCount() - 1).id : 0;
    };

    const QStringList texts{QStringLiteral("Help"), QStringLiteral("What can you do for me?")};
    std::vector<double> p50s, p99s, worst;
    std::vector<double> all;
    for (int run = 0; run < runs; ++run) {
        // A freshly opened chat each run: the chat list's other row, then the assistant's.
        program.open(watch, benChat);
        program.open(watch, botChat);
        std::vector<double> ms;
        for (int round = 0; round < rounds; ++round) {
            QTest::keyClicks(composer, texts[round % texts.size()]);
            QTest::qWait(30); // a person does not click within the same frame
            const qint64 after = newestId();
            watch.arm([&, after](QWidget *w) { return replyShown(w, after); });
            const qint64 start = watch.nowNs();
            QTest::mouseClick(sendButton, Qt::LeftButton);
            ms.push_back(double(watch.wait("the assistant's reply") - start) / 1e6);
            if (!composer->toPlainText().isEmpty())
                qFatal("the composer was not emptied by Send");
        }
        all.insert(all.end(), ms.begin(), ms.end());
        p50s.push_back(percentile(ms, 0.5));
        p99s.push_back(percentile(ms, 0.99));
        worst.push_back(percentile(ms, 1.0));
        // Whether a longer conversation answers slower: the first and the last tenth.
        const size_t tenth = std::max<size_t>(1, ms.size() / 10);
        out << QStringLiteral("run %1: %2 rounds, p50 %3 ms, p99 %4 ms, worst %5 ms; median of "
                              "the first tenth %6 ms, of the last %7 ms (%8 rows by then)\n")
                   .arg(run + 1)
                   .arg(rounds)
                   .arg(p50s.back(), 0, 'f', 2)
                   .arg(p99s.back(), 0, 'f', 2)
                   .arg(worst.back(), 0, 'f', 2)
                   .arg(percentile(std::vector<double>(ms.begin(), ms.begin() + tenth), 0.5), 0,
                        'f', 2)
                   .arg(percentile(std::vector<double>(ms.end() - tenth, ms.end()), 0.5), 0, 'f', 2)
                   .arg(model.rowCount());
        out.flush();
    }
    out << QStringLiteral("Send clicked to the assistant's reply painted, platform %1, %2 runs of "
                          "%3: p50 %4 ms, p99 %5 ms over all %6 rounds\n")
               .arg(QGuiApplication::platformName())
               .arg(runs)
               .arg(rounds)
               .arg(percentile(all, 0.5), 0, 'f', 2)
               .arg(percentile(all, 0.99), 0, 'f', 2)
               .arg(all.size());
    out << QStringLiteral("RESULT send_p50_ms %1\nRESULT send_p99_ms %2\nRESULT send_max_ms %3\n")
               .arg(joined(p50s), joined(p99s), joined(worst));
    return 0;
}

int openAndScroll(int argc, char **argv, int messages, int runs, int passes)
{
    QApplication app(argc, argv);
    Desk desk;
    Workspace &ws = *desk.ws;
    ws.feed().startWatching();
    const qint64 ben = desk.person(QStringLiteral("ben@example.com"), QStringLiteral("Ben"));
    const qint64 cy = desk.person(QStringLiteral("cy@example.com"), QStringLiteral("Cy"));
    const qint64 big = desk.chatWith(ben);
    const qint64 small = desk.chatWith(cy);
    QElapsedTimer setup;
    setup.start();
    desk.fill(big, ben, messages);
    desk.fill(small, cy, ui::MessageModel::kFirstPage);
    out << QStringLiteral("set-up: %1 messages in %2 s (chats %3 and %4)\n")
               .arg(messages)
               .arg(setup.elapsed() / 1e3)
               .arg(big)
               .arg(small);
    out.flush();

    Program program(ws);
    PaintWatch watch;
    program.open(watch, small); // both once, unmeasured: caches warm alike
    program.open(watch, big);
    const qint64 rssBefore = statusKiB("VmRSS");
    std::vector<double> bigMs, smallMs, ratio;
    for (int run = 0; run < runs; ++run) {
        // Each click switches from the other one: both open after the same conversation.
        smallMs.push_back(program.open(watch, small));
        bigMs.push_back(program.open(watch, big));
        ratio.push_back(bigMs.back() / smallMs.back());
    }
    out << QStringLiteral("open by clicking the chat list, until painted, platform %1, %2 runs: "
                          "%3 messages median %4 ms, %5 messages median %6 ms\n")
               .arg(QGuiApplication::platformName())
               .arg(runs)
               .arg(messages)
               .arg(percentile(bigMs, 0.5), 0, 'f', 1)
               .arg(ui::MessageModel::kFirstPage)
               .arg(percentile(smallMs, 0.5), 0, 'f', 1);
    out << QStringLiteral("RESULT open_big_ms %1\nRESULT open_small_ms %2\nRESULT open_ratio %3\n")
               .arg(joined(bigMs, 1), joined(smallMs, 1), joined(ratio));

    // Up through the whole history, as far as the oldest message, [passes] times.
    const ui::MessageModel &model = program.model();
    QScrollBar *bar = program.messages().verticalScrollBar();
    QWidget *viewport = program.messages().viewport();
    std::vector<double> p50s, p99s, worst, after, maxRows;
    resetPeakRss();
    for (int pass = 0; pass < passes; ++pass) {
        program.open(watch, small);
        program.open(watch, big);
        std::vector<double> pages;
        int most = 0;
        while (model.hasOlder()) {
            const qint64 first = model.messageAt(0).id;
            watch.arm([&, first](QWidget *w) {
                return inside(w, viewport) && model.rowCount() > 0 && model.messageAt(0).id < first;
            });
            const qint64 start = watch.nowNs();
            bar->triggerAction(QAbstractSlider::SliderToMinimum);
            pages.push_back(double(watch.wait("an older page") - start) / 1e6);
            most = std::max(most, model.rowCount());
            QCoreApplication::processEvents(); // what the paint queued
        }
        if (!model.messageAt(0).body.startsWith(QLatin1String("Message 0:")))
            qFatal("the scroll did not reach the oldest message");
        p50s.push_back(percentile(pages, 0.5));
        p99s.push_back(percentile(pages, 0.99));
        worst.push_back(percentile(pages, 1.0));
        maxRows.push_back(most);
        after.push_back(double(statusKiB("VmRSS")) / 1024.0);
        out << QStringLiteral("pass %1: %2 pages to the oldest message, per page p50 %3 ms, p99 "
                              "%4 ms, worst %5 ms; at most %6 rows held; resident %7 MiB\n")
                   .arg(pass + 1)
                   .arg(pages.size())
                   .arg(p50s.back(), 0, 'f', 1)
                   .arg(p99s.back(), 0, 'f', 1)
                   .arg(worst.back(), 0, 'f', 1)
                   .arg(most)
                   .arg(after.back(), 0, 'f', 1);
        out.flush();
    }
    const double peak = double(statusKiB("VmHWM")) / 1024.0;
    out << QStringLiteral("memory: %1 MiB resident with the window up, peak %2 MiB while "
                          "scrolling, %3 MiB after the last pass\n")
               .arg(double(rssBefore) / 1024.0, 0, 'f', 1)
               .arg(peak, 0, 'f', 1)
               .arg(after.back(), 0, 'f', 1);
    out << QStringLiteral("RESULT page_p50_ms %1\nRESULT page_p99_ms %2\nRESULT page_max_ms "
                          "%3\nRESULT page_rows_max %4\nRESULT rss_after_mib %5\nRESULT "
                          "rss_peak_mib %6\nRESULT rss_before_mib %7\n")
               .arg(joined(p50s), joined(p99s), joined(worst), joined(maxRows, 0), joined(after, 1))
               .arg(peak, 0, 'f', 1)
               .arg(double(rssBefore) / 1024.0, 0, 'f', 1);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const auto arg = [&](int i, int fallback) { return argc > i ? atoi(argv[i]) : fallback; };
    if (mode == QLatin1String("send"))
        return sendRounds(argc, argv, arg(2, 200), arg(3, 5));
    if (mode == QLatin1String("open"))
        return openAndScroll(argc, argv, arg(2, 100'000), arg(3, 7), arg(4, 5));
    out << "usage: bench_window send [rounds] [runs] | bench_window open [messages] [runs] "
           "[passes]\n";
    return 2;
}
