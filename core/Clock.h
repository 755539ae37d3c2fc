#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QtGlobal>

#include <atomic>

namespace carillon {

// The one source of "now" for all behaviour (code expiry, cooldowns, export delivery, link
// expiry). Times are UTC milliseconds since the epoch; presentation converts to local time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

// Real time shifted by an offset. The demo profile persists the offset in the data directory
// so that every instance on it jumps together (see DemoClockSync); this class only holds it.
class OffsetClock final : public Clock
{
public:
    qint64 nowMs() const override;
    qint64 offsetMs() const { return m_offsetMs.load(); }
    void setOffsetMs(qint64 offset) { m_offsetMs.store(offset); }

private:
    std::atomic<qint64> m_offsetMs{0};
};

// Time that moves only when a test says so.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'800'000'000'000) : m_nowMs(startMs) {}
    qint64 nowMs() const override { return m_nowMs.load(); }
    void setNowMs(qint64 ms) { m_nowMs.store(ms); }
    void advanceMs(qint64 ms) { m_nowMs.fetch_add(ms); }

private:
    std::atomic<qint64> m_nowMs;
};

// How far the demo clock may run ahead of real time: ten years (leap days included). Far enough
// for any story, and far from the overflow of a millisecond count.
constexpr qint64 kMaxClockOffsetMs = 3653LL * 86'400'000;

// Parses "90s", "10m", "24h", "6d", "1d12h". Every number needs its unit: a bare "24" is refused
// with the hint "24h?" rather than guessed. Durations beyond kMaxClockOffsetMs are refused, so
// no input overflows. The error is translated and says how to write it.
Result<qint64> parseDuration(const QString &text);
// The same, -1 when the text is not a duration. Shared by the command line and the Advance time
// dialog.
qint64 parseDurationMs(const QString &text);

} // namespace carillon
