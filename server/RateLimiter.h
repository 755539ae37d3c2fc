#pragma once

#include <QHash>
#include <QString>

namespace carillon::server {

// Failed attempts per key (an identity's address) in a sliding window: after `limit` failures
// within `windowMs`, further attempts are refused until the oldest failure leaves the window.
// Success does not reset the count: guessing stays as slow whatever is mixed in. In memory,
// per server process: with N processes behind one address a guesser gets at most N times the
// limit, still far too few for a password.
class RateLimiter
{
public:
    RateLimiter(int limit, qint64 windowMs) : m_limit(limit), m_windowMs(windowMs) {}

    // Milliseconds until the next attempt is allowed; 0: allowed now.
    qint64 waitMs(const QString &key, qint64 nowMs);
    void noteFailure(const QString &key, qint64 nowMs);

private:
    void prune(const QString &key, qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    QHash<QString, QList<qint64>> m_failures;
    qint64 m_lastSweep = 0;
};

} // namespace carillon::server
