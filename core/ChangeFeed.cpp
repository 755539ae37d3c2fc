#include "core/ChangeFeed.h"

#include "core/Database.h"

#include <QDateTime>
#include <QUuid>

namespace carillon {

namespace {
constexpr qint64 kKeepChangesMs = 3'600'000;
constexpr qint64 kPruneEvery = 500;
} // namespace

ChangeFeed::ChangeFeed(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    qRegisterMetaType<carillon::Change>();
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
}

void ChangeFeed::record(Topic topic, qint64 subject)
{
    // Wall time, not the injected clock: this only ages out old rows.
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO changes (origin, topic, subject, at) VALUES (?, ?, ?, ?)"),
        {m_origin, int(topic), subject, QDateTime::currentMSecsSinceEpoch()});
    if (!inserted) {
        // Other devices would never hear of this change: the store's write must not commit.
        // Every store records inside its write transaction; outside one there is nothing to
        // roll back, so say so loudly.
        if (m_db.inTransaction())
            m_db.failTransaction(inserted.error());
        else
            qWarning("carillon: a change was not recorded for other devices: %s",
                     qPrintable(inserted.error().message));
        return;
    }
    m_db.afterCommit([this, topic, subject] { emit changed(Change{topic, subject, true}); });
}

void ChangeFeed::startWatching(int intervalMs)
{
    if (auto seq = m_db.scalar(QStringLiteral("SELECT MAX(seq) FROM changes")))
        m_lastSeq = seq->toLongLong();
    m_prunedAtSeq = m_lastSeq;
    m_timer.start(intervalMs);
}

void ChangeFeed::poll()
{
    auto q = m_db.exec(QStringLiteral("SELECT seq, origin, topic, subject FROM changes "
                                      "WHERE seq > ? ORDER BY seq"),
                       {m_lastSeq});
    if (!q)
        return; // a locked or busy moment; the next tick catches up
    std::vector<Change> remote;
    while (q.value().next()) {
        m_lastSeq = q.value().value(0).toLongLong();
        if (q.value().value(1).toString() == m_origin)
            continue;
        remote.push_back(
            Change{Topic(q.value().value(2).toInt()), q.value().value(3).toLongLong(), false});
    }
    q.value().finish();
    for (const Change &c : remote)
        emit changed(c);
    // Age old rows out now and then: once per 500 changes seen, not on every quiet poll (a
    // write every 200 ms would contend with the writers for nothing).
    if (m_lastSeq >= m_prunedAtSeq + kPruneEvery) {
        // A busy moment leaves the rows for the next round: pruning is only housekeeping.
        if (m_db.exec(QStringLiteral("DELETE FROM changes WHERE at < ?"),
                      {QDateTime::currentMSecsSinceEpoch() - kKeepChangesMs}))
            m_prunedAtSeq = m_lastSeq;
    }
}

} // namespace carillon
