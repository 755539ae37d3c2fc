#pragma once

#include "core/EmbeddedBackend.h"

#include "net/Wire.h"
#include <QObject>
#include <QPointer>

class QWebSocket;

namespace carillon {
class Workspace;
}

namespace carillon::server {

class ChatServer;

// One connected device: its WebSocket and the backend that acts for the person signed in on
// it. Every call is checked there (a device acts only as the person whose session it holds;
// before signing in only hello, the sign-ins and demoPeople are answered), and every change
// that person should see goes back as an event (the server's EventFanout looks each change up
// once for all devices and hands this one the events for its person). Calls that would touch
// the server's own files (attachment paths, folder settings) do not exist on the wire.
class ServerSession : public QObject
{
    Q_OBJECT
public:
    ServerSession(ChatServer &server, QWebSocket *socket, QObject *parent = nullptr);
    ~ServerSession() override;

    // The signed-in person's profile; 0 before signing in and after signing out.
    qint64 profileId() const;
    // An event frame (wire::event) from the EventFanout, sent as it is.
    void deliver(const QString &frame) { send(frame); }
    // Re-reads this device's session: a signedOut event when it has ended.
    void checkSession() { m_backend.checkSession(); }

private:
    void onText(const QString &text);
    void onCall(qint64 id, const QString &name, const QJsonObject &args);
    void send(const QString &frame);
    void sendEvent(const QString &name, const wire::Object &args = {});
    // Checks the password (deliberately slow) on the server's worker threads, then opens the
    // session here; the reply carries the session's token, which the device keeps.
    void signInLater(qint64 id, const QString &email, const QString &password);
    void resumeLater(qint64 id, const QString &token);
    void createLater(qint64 id, const QString &email, const QString &name, const QString &password);
    void finishSignIn(qint64 id, const QString &rateKey, const QString &peer,
                      const Result<SessionGrant> &grant);
    QString answerSignedIn(qint64 id, const Result<SessionGrant> &grant);
    // send with files the device uploaded to the link server (PUT /uploads/<id>) with this
    // session's token: stored on the backend's sending worker as the embedded backend stores
    // attachments, then the uploads are removed whether the message was posted or not.
    void sendWithUploads(qint64 id, const QJsonObject &args);

    ChatServer &m_server;
    QPointer<QWebSocket> m_socket;
    Workspace &m_ws;
    EmbeddedBackend m_backend;
    bool m_signingIn = false;
    QString m_sessionId; // the signed-in session's: only its uploads can be attached

    friend struct Calls;
};

} // namespace carillon::server
