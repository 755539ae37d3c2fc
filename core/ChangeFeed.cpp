#include "core/ChangeFeed.h"

#include "core/Database.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

namespace carillon {

namespace {
constexpr qint64 kKeepChangesMs = 3'600'000;
constexpr qint64 kPruneEvery = 500;
const QString kChannel = QStringLiteral("carillon_changes");
constexpr int kPostgresCheckMs = 2000;
} // namespace

ChangeFeed::ChangeFeed(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    qRegisterMetaType<carillon::Change>();
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
}

ChangeFeed::~ChangeFeed() = default;

void ChangeFeed::record(Topic topic, qint64 subject)
{
    // PostgreSQL: a notification, sent at commit in commit order (rows numbered by a sequence
    // could commit out of order, and a poll would skip the late one). SQLite: a row; writers
    // take turns there. Wall time, not the injected clock: the time only ages out old rows.
    const Status inserted =
        m_db.dialect() == SqlDialect::Postgres
            ? m_db.notify(kChannel,
                          QStringLiteral("%1 %2 %3").arg(m_origin).arg(int(topic)).arg(subject))
            : Status(
                  m_db.exec(QStringLiteral("INSERT INTO changes (origin, topic, subject, at) "
                                           "VALUES (?, ?, ?, ?)"),
                            {m_origin, int(topic), subject, QDateTime::currentMSecsSinceEpoch()}));
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
    if (m_db.dialect() == SqlDialect::Postgres) {
        listen();
        m_timer.start(std::max(intervalMs, kPostgresCheckMs));
        return;
    }
    if (auto seq = m_db.scalar(QStringLiteral("SELECT MAX(seq) FROM changes")))
        m_lastSeq = seq->toLongLong();
    m_prunedAtSeq = m_lastSeq;
    m_timer.start(intervalMs);
}

void ChangeFeed::listen()
{
    auto listener =
        m_db.listen(kChannel, [this](const QString &payload) { onNotification(payload); });
    if (!listener) {
        qWarning("carillon: cannot listen for other servers' changes (%s); trying again",
                 qPrintable(listener.error().message));
        m_listener.reset();
        return;
    }
    m_listener = std::move(listener).value();
}

void ChangeFeed::onNotification(const QString &payload)
{
    const QStringList parts = payload.split(QLatin1Char(' '));
    bool topicOk = false, subjectOk = false;
    const int topic = parts.size() == 3 ? parts[1].toInt(&topicOk) : -1;
    const qint64 subject = parts.size() == 3 ? parts[2].toLongLong(&subjectOk) : 0;
    if (!topicOk || !subjectOk || topic < int(Topic::Message) || topic > int(Topic::ReadMark)) {
        qWarning("carillon: an unreadable change notification was ignored");
        return;
    }
    if (parts[0] != m_origin) // ours were announced after our own commit
        emit changed(Change{Topic(topic), subject, false});
}

void ChangeFeed::poll()
{
    if (m_db.dialect() == SqlDialect::Postgres) {
        if (m_listener && m_listener->alive())
            return;
        listen();
        if (!m_listener)
            return;
        // Whatever was sent while nobody listened is lost: everyone re-reads what they show.
        for (Topic topic : {Topic::Session, Topic::Profile, Topic::Conversation, Topic::Contact,
                            Topic::Org, Topic::Clock, Topic::Meeting, Topic::Job, Topic::ReadMark})
            emit changed(Change{topic, 0, false});
        return;
    }
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
