#include "core/FaultPoint.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace carillon {

namespace {
// CARILLON_FAULT_SLOW="name=microseconds[,name=microseconds…]".
QHash<QByteArray, long long> parseSlow(const QByteArray &spec)
{
    QHash<QByteArray, long long> slow;
    for (const QByteArray &item : spec.split(',')) {
        const qsizetype eq = item.indexOf('=');
        if (eq > 0)
            slow.insert(item.left(eq).trimmed(), item.mid(eq + 1).trimmed().toLongLong());
    }
    return slow;
}
} // namespace

void faultPoint(const char *name)
{
    static const QByteArray armed = qgetenv("CARILLON_FAULT");
    static const QHash<QByteArray, long long> slow = parseSlow(qgetenv("CARILLON_FAULT_SLOW"));
    if (!armed.isEmpty() && std::strcmp(armed.constData(), name) == 0)
        std::_Exit(86);
    if (slow.isEmpty())
        return;
    if (const auto it = slow.constFind(QByteArray(name)); it != slow.constEnd()) {
        std::fprintf(stderr, "carillon fault point: %s\n", name);
        std::fflush(stderr);
        std::this_thread::sleep_for(std::chrono::microseconds(*it));
    }
}

} // namespace carillon
