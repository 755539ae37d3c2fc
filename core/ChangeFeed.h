#pragma once

#include <QObject>
#include <QTimer>

namespace carillon {

class Database;

// What changed. Stores record a change inside the transaction that made it; every instance on
// the same data directory hears about it: its own at once (after commit), the others through a
// short poll of the changes table (well within the one second promised between devices).
enum class Topic
{
    Message,
    Conversation,
    Contact,
    Profile,
    Session,
    Org,
    Clock,
    Meeting,
    Job
};

struct Change
{
    Topic topic = Topic::Message;
    qint64 subject = 0; // the row the change is about (message id, profile id, …)
    bool local = true;  // made by this process
};

class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(Database &db, QObject *parent = nullptr);

    // Call inside Database::transaction().
    void record(Topic topic, qint64 subject);

    // Starts watching other processes' changes. Command-line runs that exit at once don't.
    void startWatching(int intervalMs = 200);
    void poll();

signals:
    void changed(const carillon::Change &change);

private:
    Database &m_db;
    QString m_origin;
    qint64 m_lastSeq = 0;
    qint64 m_prunedAtSeq = 0;
    QTimer m_timer;
};

} // namespace carillon

Q_DECLARE_METATYPE(carillon::Change)
