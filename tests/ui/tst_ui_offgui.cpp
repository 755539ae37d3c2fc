// Slow work runs off the GUI thread: while a fault point holds the work for most of a second
// (CARILLON_FAULT_SLOW), a 5 ms heartbeat on the GUI thread keeps ticking and the window shows
// what is under way: storing an attachment (progress in the composer), Delete me and an export
// delivery (the assistant on its own thread, as in the program). The saved sign-in goes to a
// keychain that takes most of a second per call (as one asking to be unlocked does): it is
// saved at sign-in and forgotten at sign-out and at Delete me without a call on the GUI thread.
// Failures still reach the person.

#include "UiFixture.h"
#include "assistant/AssistantThread.h"
#include "ui/AssistantWait.h"
#include "ui/Dialogs.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QMutex>
#include <QProgressBar>
#include <QThread>

using namespace carillon;

namespace {
const QString kAda = QStringLiteral("ada@example.com");
constexpr int kSlowUs = 800'000;
// Far below the fault point's pause: the window answered while the work waited.
constexpr qint64 kMaxGapMs = 300;
constexpr unsigned long kKeychainUs = 800'000;

// The secrets in a file, behind a keychain as slow as one asking to be unlocked (while slow is
// set), which counts the calls made on the GUI thread.
class SlowKeychain final : public SecretStore
{
public:
    explicit SlowKeychain(const QString &path) : m_file(path) {}
    Result<QByteArray> read(const QString &key) override
    {
        wait();
        QMutexLocker lock(&m_mutex);
        return m_file.read(key);
    }
    Status write(const QString &key, const QByteArray &value) override
    {
        wait();
        QMutexLocker lock(&m_mutex);
        return m_file.write(key, value);
    }
    Status remove(const QString &key) override
    {
        wait();
        QMutexLocker lock(&m_mutex);
        return m_file.remove(key);
    }
    bool isSecure() const override { return true; }
    QString description() const override { return QStringLiteral("a slow keychain"); }

    std::atomic<bool> slow = false;
    std::atomic<int> calls = 0;
    std::atomic<int> callsOnGuiThread = 0;

private:
    void wait()
    {
        if (!slow)
            return;
        ++calls;
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            ++callsOnGuiThread;
        QThread::usleep(kKeychainUs);
    }
    QMutex m_mutex;
    FileSecretStore m_file;
};

// The largest gap between ticks of a 5 ms timer on the GUI thread since start().
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_worst = 0;
        m_timer.start();
    }
    qint64 worstMs()
    {
        tick();
        return m_worst;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        m_worst = std::max(m_worst, now - m_last);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

// The program's arrangement: the window on this thread, the assistant on its own.
struct Window
{
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<AssistantThread> assistant;
    std::unique_ptr<EmbeddedBackend> backend;
    std::unique_ptr<ui::AppController> app;

    Window(const QString &dir, ManualClock &clock, SecretStore &secrets)
    {
        WorkspaceOptions options;
        options.dataDir = dir;
        options.secrets = &secrets;
        options.clock = &clock;
        options.sweepGraceMs = 0;
        options.demo = true;
        ws = std::move(Workspace::open(options)).value();
        if (!DemoData::reset(*ws))
            qFatal("cannot seed the demo data");
        ws->feed().startWatching(100);
        assistant = std::make_unique<AssistantThread>(*ws, AssistantConfig{}, 100);
        backend = std::make_unique<EmbeddedBackend>(*ws);
        app = std::make_unique<ui::AppController>(*backend);
        app->start(kAda);
    }
    ~Window()
    {
        app.reset();
        backend.reset();
        assistant.reset();
        ws.reset();
    }
    ui::ChatView *chat() const { return app->mainWindow()->chatView(); }
    qint64 id(const QString &email) const { return ws->accounts().profileByEmail(email)->id; }
    QString rememberedDevices() const
    {
        return ws->state(QStringLiteral("remember.devices")).value();
    }
    // Signs out and in again through the sign-in window, with "Remember me" checked.
    bool signInRemembered(const QString &email)
    {
        emit app->mainWindow()->signOutRequested();
        if (!QTest::qWaitFor(
                [&] { return app->signInWindow() && app->signInWindow()->isVisible(); }))
            return false;
        app->signInWindow()
            ->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"))
            ->setChecked(true);
        return test::signInThroughWindow(*app, email);
    }
};
} // namespace

class TestOffGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<SlowKeychain> m_keychain;
    std::unique_ptr<Window> m_w;
    Heartbeat m_beat;

    QString bigFile(const QString &name, int mib)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < mib; ++i)
            f.write(chunk);
        return path;
    }

private slots:
    void init()
    {
        const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(dir));
        m_keychain = std::make_unique<SlowKeychain>(dir + QStringLiteral("/secrets.json"));
        m_w = std::make_unique<Window>(dir, m_clock, *m_keychain);
        QVERIFY(m_w->app->mainWindow() && m_w->app->mainWindow()->isVisible());
    }
    void cleanup()
    {
        m_w.reset();
        m_keychain.reset();
    }

    void theSavedSignInIsKeptAndForgottenOffTheGuiThread()
    {
        emit m_w->app->mainWindow()->signOutRequested();
        QTRY_VERIFY(m_w->app->signInWindow() && m_w->app->signInWindow()->isVisible());
        m_keychain->slow = true;
        m_w->app->signInWindow()
            ->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"))
            ->setChecked(true);
        m_beat.start();
        QVERIFY(test::signInThroughWindow(*m_w->app, kAda));
        QVERIFY2(m_beat.worstMs() < kMaxGapMs, qPrintable(QString::number(m_beat.worstMs())));
        QVERIFY(!m_w->rememberedDevices().isEmpty()); // saved before the window came up
        QVERIFY(m_keychain->calls > 0);

        m_beat.start();
        emit m_w->app->mainWindow()->signOutRequested();
        QTRY_VERIFY(m_w->app->signInWindow() && m_w->app->signInWindow()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_w->rememberedDevices().isEmpty(), 10'000);
        QVERIFY2(m_beat.worstMs() < kMaxGapMs, qPrintable(QString::number(m_beat.worstMs())));
        QCOMPARE(m_keychain->callsOnGuiThread.load(), 0);
    }

    void anAttachmentIsStoredOffTheGuiThreadWithProgress()
    {
        const qint64 grace = m_w->id(QStringLiteral("grace@example.com"));
        const qint64 chat = m_w->ws->conversations().direct(m_w->id(kAda), grace)->id;
        m_w->app->mainWindow()->openConversation(chat);
        ui::ChatView *view = m_w->chat();
        const int before = m_w->ws->messages().messageCount(chat).value();
        view->addFiles({bigFile(QStringLiteral("big.bin"), 20)});
        view->composer()->setPlainText(QStringLiteral("the big one"));
        m_beat.start();
        view->send();
        // Under way: the composer says so and keeps the text; the bar fills.
        QVERIFY(view->composer()->isLocked());
        auto *bar = view->composer()->workBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->accessibleName().contains(QStringLiteral("big.bin")));
        QTRY_VERIFY(bar->maximum() == 1000 && bar->value() == 1000); // all bytes stored
        QCOMPARE(view->composer()->toPlainText(), QStringLiteral("the big one"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->composer()->isLocked(), 20'000);
        QVERIFY2(m_beat.worstMs() < kMaxGapMs, qPrintable(QString::number(m_beat.worstMs())));
        QCOMPARE(m_w->ws->messages().messageCount(chat).value(), before + 1);
        QVERIFY(view->composer()->toPlainText().isEmpty());
        QVERIFY(view->pendingFiles().isEmpty());
        QVERIFY(!bar->isVisible());
    }

    void aFailedSendIsReportedAndKeepsTheMessage()
    {
        const qint64 chat = m_w->ws->conversations()
                                .direct(m_w->id(kAda), m_w->id(QStringLiteral("grace@example.com")))
                                ->id;
        m_w->app->mainWindow()->openConversation(chat);
        ui::ChatView *view = m_w->chat();
        const QString file = bigFile(QStringLiteral("gone.bin"), 1);
        view->addFiles({file});
        QFile::remove(file); // gone before it is stored
        view->composer()->setPlainText(QStringLiteral("see attached"));
        QStringList shown; // the problem box the person sees
        ui::Dialogs::setOnOpen([&](QDialog *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                shown.append(box->text());
            dialog->reject();
        });
        view->send();
        QTRY_COMPARE(shown.size(), 1);
        ui::Dialogs::resetForTests();
        QVERIFY(shown.first().contains(QStringLiteral("gone.bin")));
        QVERIFY(!view->composer()->isLocked());
        QCOMPARE(view->composer()->toPlainText(), QStringLiteral("see attached"));
        QCOMPARE(view->pendingFiles(), QStringList{file});
    }

    void deleteMeRunsOffTheGuiThreadAndSaysSo()
    {
        Workspace &ws = *m_w->ws;
        QVERIFY(m_w->signInRemembered(kAda));
        const qint64 ada = m_w->id(kAda);
        QVERIFY(ws.contacts().invite(ada, ws.assistantProfile().email));
        const qint64 chat = ws.conversations().direct(ada, ws.assistantProfile().id)->id;
        m_w->app->mainWindow()->openConversation(chat);
        ui::ChatView *view = m_w->chat();
        view->composer()->setPlainText(QStringLiteral("Delete me"));
        view->send();
        ui::MessageCard *card = nullptr;
        QTRY_VERIFY([&] {
            for (auto *c : view->findChildren<ui::MessageCard *>()) {
                const int row = view->model()->rowOf(c->messageId());
                if (row >= 0 &&
                    view->model()->messageAt(row).kind == MessageKind::ConfirmationRequest)
                    card = c;
            }
            return card != nullptr;
        }());
        const QString code =
            card->findChild<QLabel *>(QStringLiteral("confirmationCodeLabel"))->text();
        view->composer()->setPlainText(QStringLiteral("Delete me ") + code);
        m_keychain->slow = true;
        // Sending the text is itself a write on this thread, which the fault point pauses for
        // every message: the heartbeat starts once it is stored and the erasure under way.
        view->send();
        m_beat.start();
        // The erasure waits at the fault point on the assistant's thread; the window says why,
        // and a window-modal dialog keeps input that would race the erasure out of it.
        QTRY_VERIFY(view->composer()->workBar()->isVisible());
        QCOMPARE(view->composer()->workBar()->accessibleName(),
                 QStringLiteral("The assistant is working on it…"));
        QPointer<QDialog> deleting =
            m_w->app->mainWindow()->findChild<QDialog *>(QStringLiteral("deletingProfileDialog"));
        QVERIFY(deleting && deleting->isVisible());
        QCOMPARE(deleting->windowModality(), Qt::WindowModal);
        QCOMPARE(QApplication::activeModalWidget(), deleting.data());
        QTest::keyClick(deleting, Qt::Key_Escape); // the erasure goes on: so does the dialog
        QVERIFY(deleting->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_w->app->signInWindow() && m_w->app->signInWindow()->isVisible(),
                                 20'000);
        QVERIFY(!ws.accounts().profileByEmail(kAda).ok());
        // The saved sign-in is forgotten, on the worker: it waits for the keychain and for the
        // write lock (the erasure goes on to remove the files), not the window.
        QTRY_VERIFY_WITH_TIMEOUT(m_w->rememberedDevices().isEmpty(), 10'000);
        QVERIFY2(m_beat.worstMs() < kMaxGapMs, qPrintable(QString::number(m_beat.worstMs())));
        QCOMPARE(m_keychain->callsOnGuiThread.load(), 0);
        QTRY_VERIFY(!deleting);
    }

    void anExportIsDeliveredOffTheGuiThread()
    {
        Workspace &ws = *m_w->ws;
        const qint64 ada = m_w->id(kAda);
        QVERIFY(ws.contacts().invite(ada, ws.assistantProfile().email));
        const qint64 chat = ws.conversations().direct(ada, ws.assistantProfile().id)->id;
        m_w->app->mainWindow()->openConversation(chat);
        ui::ChatView *view = m_w->chat();
        QVERIFY(ExportService(ws, AssistantConfig{}).create(ada, chat));
        const int before = view->model()->rowCount();
        m_beat.start();
        m_clock.advanceMs(AssistantConfig{}.exportDelayMs + 1000);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > before, 20'000);
        QVERIFY2(m_beat.worstMs() < kMaxGapMs, qPrintable(QString::number(m_beat.worstMs())));
        QVERIFY(view->model()->messageAt(view->model()->rowCount() - 1).kind ==
                MessageKind::ExportDelivered);
    }
};

int main(int argc, char **argv)
{
    // Read once, at the first fault point: before anything runs.
    qputenv("CARILLON_FAULT_SLOW", QByteArrayLiteral("post-after-blobs=") +
                                       QByteArray::number(kSlowUs) +
                                       ",erase-before-commit=" + QByteArray::number(kSlowUs) +
                                       ",export-deliver=" + QByteArray::number(kSlowUs));
    QApplication app(argc, argv);
    TestOffGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_offgui.moc"
