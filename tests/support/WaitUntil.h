#pragma once

// The one wait of the tests and the benchmarks: runs the event loop until a condition holds or
// a time has passed, never sleeping a fixed time. Each slice is a QEventLoop ended by a timer,
// so the loop wakes at once for an event (a latency stamped on arrival is not delayed by the
// wait) and the wait still ends on time when no event comes at all
// (QCoreApplication::processEvents(WaitForMoreEvents, ms) ignores its ms and would block).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace carillon::test {

// Whether done() became true within timeoutMs.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10'000, int sliceMs = 5)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            return false;
        QEventLoop loop;
        QTimer::singleShot(int(std::min<qint64>(sliceMs, left)), &loop, &QEventLoop::quit);
        loop.exec();
        // As QTest::qWait does: objects deleted later within a slice go now.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

// Runs the event loop for ms, whatever happens (a settling time, not a wait for a result).
inline void runFor(int ms)
{
    waitUntil([] { return false; }, ms);
}

} // namespace carillon::test
