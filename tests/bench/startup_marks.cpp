// Start-up marks for "bench_ui startup", loaded with LD_PRELOAD into Carillon and into the bare
// QMainWindow alike, so both are measured by the same code and neither program carries
// benchmark code. It prints two lines on standard output, which the benchmark timestamps as
// they arrive:
//   "mark frame"  the first top-level window has been painted, its backing store flushed, and
//                 an X round trip (XSync) has returned: the X server holds the frame;
//   "mark idle"   after that, the first moment the event loop finds nothing to do: a probe
//                 posted to the back of the queue comes round without any other event having
//                 been delivered since it was posted. Work deferred until after the first
//                 paint (queued calls, zero timers, the repaints they cause) runs before it.
// Then it quits the application.

#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

#include <xcb/xcb.h>

namespace {
class StartupMarks : public QObject
{
public:
    // A child of the application: a command-line QCoreApplication that comes and goes before
    // the window's QApplication takes its mark object with it (it never paints, so it never
    // prints).
    StartupMarks() : QObject(QCoreApplication::instance())
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == this)
            return false; // the probe's own events are not work
        ++m_events;
        if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->isWindow()) {
            m_painted = true;
            // Queued: runs once this paint event, and the backing-store flush that follows it
            // in the same update, have returned.
            QMetaObject::invokeMethod(this, &StartupMarks::framePainted, Qt::QueuedConnection);
        }
        return false;
    }

private:
    void framePainted()
    {
        // XSync: a request the server must answer, sent after the frame's image. Not
        // QGuiApplication::sync(), which also runs the queued work waiting behind this call.
        if (auto *x11 = qApp->nativeInterface<QNativeInterface::QX11Application>()) {
            xcb_connection_t *connection = x11->connection();
            std::free(
                xcb_get_input_focus_reply(connection, xcb_get_input_focus(connection), nullptr));
        }
        mark("frame");
        probe();
    }

    void probe()
    {
        m_eventsAtProbe = m_events;
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_events != m_eventsAtProbe) {
                    probe(); // something else ran meanwhile: not idle yet
                    return;
                }
                mark("idle");
                QCoreApplication::quit();
            },
            Qt::QueuedConnection);
    }

    static void mark(const char *what)
    {
        std::printf("mark %s\n", what);
        std::fflush(stdout);
    }

    bool m_painted = false;
    quint64 m_events = 0;
    quint64 m_eventsAtProbe = 0;
};

void install()
{
    new StartupMarks;
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(install)
