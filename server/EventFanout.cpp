#include "server/EventFanout.h"

#include "core/Workspace.h"
#include "net/Wire.h"
#include "server/ServerSession.h"

#include <QSet>

namespace carillon::server {

EventFanout::EventFanout(Workspace &ws, QObject *parent) : QObject(parent), m_ws(ws)
{
    // Changes committed on other threads (the assistant's, the sign-in workers') arrive queued.
    connect(&ws.feed(), &ChangeFeed::changed, this, &EventFanout::onChange);
}

void EventFanout::add(ServerSession *session)
{
    m_sessions.append(session);
}

void EventFanout::remove(ServerSession *session)
{
    m_sessions.removeOne(session);
}

void EventFanout::onChange(const Change &change)
{
    switch (change.topic) {
    case Topic::Message:
        onMessage(change.subject);
        break;
    case Topic::Session:
        // Only the person's own devices can have been signed out or in; nobody's contacts list
        // shows sessions.
        checkSessions(change.subject);
        break;
    case Topic::Profile:
        // A profile made, renamed or erased (0: the whole store reset): its devices may have
        // been signed out, and everyone's contacts may show it.
        checkSessions(change.subject);
        toSignedIn(wire::event(QStringLiteral("contactsChanged"), {}));
        break;
    case Topic::Conversation:
        // Everyone, not only today's members: whoever left or was erased from it has one
        // conversation fewer.
        toSignedIn(wire::event(QStringLiteral("conversationsChanged"), {}));
        break;
    case Topic::ReadMark:
        // Read on one device: the person's other devices show fewer unread messages.
        // (0: everyone's, after changes were lost)
        toSignedIn(wire::event(QStringLiteral("conversationsChanged"), {}), change.subject);
        break;
    case Topic::Contact:
    case Topic::Org:
        toSignedIn(wire::event(QStringLiteral("contactsChanged"), {}));
        break;
    case Topic::Meeting:
        toSignedIn(wire::event(QStringLiteral("meetingsChanged"), {}));
        break;
    case Topic::Clock:
        toEveryone(wire::event(QStringLiteral("clockChanged"), {}));
        break;
    case Topic::Job:
        break;
    }
}

void EventFanout::onMessage(qint64 messageId)
{
    if (m_sessions.isEmpty())
        return;
    auto audience = m_ws.messages().audience(messageId);
    if (!audience) {
        // The devices would miss the message until they next read the conversation.
        qWarning("carillon-server: message %lld was not announced: %s",
                 static_cast<long long>(messageId), qPrintable(audience.error().message));
        return;
    }
    if (audience->conversationId == 0)
        return; // gone already (erased with its conversation)
    const QSet<qint64> members(audience->memberIds.cbegin(), audience->memberIds.cend());
    const QString posted =
        wire::event(QStringLiteral("messagePosted"),
                    {{"conversation", audience->conversationId}, {"message", messageId}});
    const QString listChanged = wire::event(QStringLiteral("conversationsChanged"), {});
    const QList<ServerSession *> sessions = m_sessions;
    for (ServerSession *session : sessions) {
        // 0 (not signed in) is nobody's profile id, so never a member.
        if (members.contains(session->profileId())) {
            session->deliver(posted);
            session->deliver(listChanged);
        }
    }
}

void EventFanout::checkSessions(qint64 profileId)
{
    const QList<ServerSession *> sessions = m_sessions;
    for (ServerSession *session : sessions) {
        if (profileId == 0 || session->profileId() == profileId)
            session->checkSession();
    }
}

void EventFanout::toSignedIn(const QString &frame, qint64 profileId)
{
    const QList<ServerSession *> sessions = m_sessions;
    for (ServerSession *session : sessions) {
        const qint64 of = session->profileId();
        if (of != 0 && (profileId == 0 || of == profileId))
            session->deliver(frame);
    }
}

void EventFanout::toEveryone(const QString &frame)
{
    const QList<ServerSession *> sessions = m_sessions;
    for (ServerSession *session : sessions)
        session->deliver(frame);
}

} // namespace carillon::server
