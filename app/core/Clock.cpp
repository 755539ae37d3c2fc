#include "Clock.h"

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

qint64 parseDurationMs(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = t.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? seconds * 1000 : -1;

    static const QRegularExpression part(QStringLiteral("(\\d+)\\s*([dhms])"));
    qint64 total = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() != consumed)
            return -1;
        consumed = m.capturedEnd();
        const qint64 n = m.captured(1).toLongLong();
        switch (m.captured(2).at(0).toLatin1()) {
        case 'd':
            total += n * 86'400'000;
            break;
        case 'h':
            total += n * 3'600'000;
            break;
        case 'm':
            total += n * 60'000;
            break;
        default:
            total += n * 1000;
            break;
        }
        while (consumed < t.size() && t.at(consumed).isSpace())
            ++consumed;
    }
    return consumed == t.size() ? total : -1;
}

} // namespace carillon
