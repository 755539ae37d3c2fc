#include "server/RateLimiter.h"

namespace carillon::server {

void RateLimiter::prune(const QString &key, qint64 nowMs)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return;
    while (!it->isEmpty() && it->first() <= nowMs - m_windowMs)
        it->removeFirst();
    if (it->isEmpty())
        m_failures.erase(it);
}

qint64 RateLimiter::waitMs(const QString &key, qint64 nowMs)
{
    prune(key, nowMs);
    const auto it = m_failures.constFind(key);
    if (it == m_failures.cend() || it->size() < m_limit)
        return 0;
    return it->at(it->size() - m_limit) + m_windowMs - nowMs;
}

void RateLimiter::noteFailure(const QString &key, qint64 nowMs)
{
    m_failures[key].append(nowMs);
    // Keys nobody tries again would stay forever: drop the stale ones once per window.
    if (nowMs - m_lastSweep >= m_windowMs) {
        m_lastSweep = nowMs;
        const QStringList keys = m_failures.keys();
        for (const QString &k : keys)
            prune(k, nowMs);
    }
}

} // namespace carillon::server
