#include "core/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace carillon {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 OffsetClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs.load();
}

Result<qint64> parseDuration(const QString &text)
{
    const QString t = text.trimmed().toLower();
    const Error notDuration{
        ErrorCode::InvalidInput,
        QCoreApplication::translate("Clock", "\"%1\" is not a duration. Write it like 90m, 24h, "
                                             "6d or 1d12h.")
            .arg(text)};
    if (t.isEmpty())
        return notDuration;
    static const QRegularExpression bareNumber(QStringLiteral("^\\d+$"));
    if (bareNumber.match(t).hasMatch())
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("Clock", "\"%1\" has no unit: %1h? Write s, m, h "
                                                          "or d after the number, like 90m, "
                                                          "24h or 6d.")
                         .arg(t)};
    const Error tooLong{ErrorCode::InvalidInput,
                        QCoreApplication::translate("Clock", "%1 is too long: the demo clock "
                                                             "runs at most 10 years ahead of "
                                                             "real time.")
                            .arg(text.trimmed())};

    static const QRegularExpression part(QStringLiteral("(\\d+)\\s*([dhms])"));
    qint64 total = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() != consumed)
            return notDuration;
        consumed = m.capturedEnd();
        qint64 unitMs = 1000;
        switch (m.captured(2).at(0).toLatin1()) {
        case 'd':
            unitMs = 86'400'000;
            break;
        case 'h':
            unitMs = 3'600'000;
            break;
        case 'm':
            unitMs = 60'000;
            break;
        default:
            break;
        }
        // Checked before multiplying: "106751991167d" must not wrap around.
        bool ok = false;
        const qint64 n = m.captured(1).toLongLong(&ok);
        if (!ok || n > (kMaxClockOffsetMs - total) / unitMs)
            return tooLong;
        total += n * unitMs;
        while (consumed < t.size() && t.at(consumed).isSpace())
            ++consumed;
    }
    if (consumed != t.size() || consumed == 0)
        return notDuration;
    return total;
}

qint64 parseDurationMs(const QString &text)
{
    auto parsed = parseDuration(text);
    return parsed ? *parsed : -1;
}

} // namespace carillon
