#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

namespace carillon {

class Database;
class NotificationListener;

// What changed. Stores record a change inside the transaction that made it; every instance on
// the same store hears about it: its own at once (after commit), the others through a short
// poll of the changes table on SQLite (well within the one second promised between devices), or
// PostgreSQL's NOTIFY, which reaches every server process on the database when the change
// commits, in commit order.
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
    Job,
    ReadMark // subject: the profile whose read mark moved (its unread counts changed)
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
    ~ChangeFeed() override;

    // Call inside Database::transaction().
    void record(Topic topic, qint64 subject);

    // Starts watching other processes' changes. Command-line runs that exit at once don't.
    // On PostgreSQL, intervalMs is how often the listening connection is checked; when it was
    // lost (the database restarted), it is made again and every topic is announced as changed,
    // since notifications sent meanwhile are gone.
    void startWatching(int intervalMs = 200);
    void poll();

signals:
    void changed(const carillon::Change &change);

private:
    void listen();
    void onNotification(const QString &payload);

    Database &m_db;
    QString m_origin;
    qint64 m_lastSeq = 0;
    qint64 m_prunedAtSeq = 0;
    QTimer m_timer;
    std::unique_ptr<NotificationListener> m_listener;
};

} // namespace carillon

Q_DECLARE_METATYPE(carillon::Change)
