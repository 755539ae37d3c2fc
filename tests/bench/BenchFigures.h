#pragma once

// What the benchmarks share: the figures they print (percentiles, medians, the "RESULT name v1
// v2 ..." lists that tests/bench/table.py reads) and a wait on the event loop that always ends.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace carillon::bench {

// The value below which a fraction p of v lies (p = 1: the largest); v must not be empty.
inline double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// The middle value (the upper one of an even count); v must not be empty.
inline double median(std::vector<double> v)
{
    return percentile(std::move(v), 0.5);
}

// The values as a RESULT line lists them: space-separated, with digits decimals.
inline QString joined(const std::vector<double> &v, int digits = 2)
{
    QStringList parts;
    for (const double x : v)
        parts << QString::number(x, 'f', digits);
    return parts.join(QLatin1Char(' '));
}

// Runs the event loop until done() or timeoutMs; whether done() became true. The loop runs in
// slices of at most pollMs ended by a timer, so the wait ends on time even when no event comes
// at all (processEvents(WaitForMoreEvents, ms) ignores its ms and would block until one does).
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs, int pollMs = 5)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            return false;
        QEventLoop loop;
        QTimer::singleShot(int(std::min<qint64>(pollMs, left)), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace carillon::bench
