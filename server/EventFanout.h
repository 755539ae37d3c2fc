#pragma once

#include <QList>
#include <QObject>

namespace carillon {
class Workspace;
struct Change;
} // namespace carillon

namespace carillon::server {

class ServerSession;

// Turns each change the server hears of (its own at commit, other server processes' through
// PostgreSQL's NOTIFY) into events for the connected devices that should see it. The change is
// looked up once, however many devices are connected, and each event is encoded once: a new
// message costs one query for its conversation's members, not two queries per device, and a
// session that starts or ends is re-read only by the devices of the person it belongs to.
//
// Authorisation: a device hears of a message only while its profile is a member of the
// message's conversation (read after the change committed); the other events carry no data,
// only that something changed, and the device asks for what it may see.
class EventFanout : public QObject
{
    Q_OBJECT
public:
    explicit EventFanout(Workspace &ws, QObject *parent = nullptr);

    void add(ServerSession *session);
    void remove(ServerSession *session);

private:
    void onChange(const Change &change);
    void onMessage(qint64 messageId);
    // Re-reads the sessions of profileId's devices (every device's when profileId is 0).
    void checkSessions(qint64 profileId);
    // frame to every device signed in (only profileId's, unless 0), or to every device,
    // connected or not yet signed in.
    void toSignedIn(const QString &frame, qint64 profileId = 0);
    void toEveryone(const QString &frame);

    Workspace &m_ws;
    QList<ServerSession *> m_sessions;
};

} // namespace carillon::server
