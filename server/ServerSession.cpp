#include "server/ServerSession.h"

#include "core/Workspace.h"
#include "links/LinkResponder.h"
#include "net/Wire.h"
#include "server/ChatServer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QWebSocket>

#include <algorithm>

namespace carillon::server {

namespace {
// A page of history or search results at most: a device asks again for more.
constexpr int kMaxPage = 200;

// Reads a call's arguments by name; the first one missing or mistyped is remembered, and the
// call is answered with an error naming it.
struct Args
{
    const QJsonObject &object;
    QString missing;

    template <typename T> T get(const char *key)
    {
        T value{};
        if (!wire::decode(object.value(QLatin1String(key)), &value) && missing.isEmpty())
            missing = QLatin1String(key);
        return value;
    }
    QString error(qint64 id) const
    {
        return wire::failure(id, Error{ErrorCode::InvalidInput,
                                       ServerSession::tr("The call's argument \"%1\" is missing "
                                                         "or of the wrong type.")
                                           .arg(missing)});
    }
};

int page(int limit)
{
    return std::clamp(limit, 1, kMaxPage);
}

QString deviceName(const QWebSocket *socket)
{
    return ServerSession::tr("%1 (over the network)").arg(socket->peerAddress().toString());
}

DeviceOptions deviceOptions(const QWebSocket *socket)
{
    DeviceOptions options;
    options.device = deviceName(socket);
    options.keepSignIn = false; // the device keeps its token, not the server
    options.sessionCheckMs = 0; // NOTIFY announces every session change (see DeviceOptions)
    options.followFeed = false; // the server's EventFanout hands this device its changes
    return options;
}
} // namespace

// The calls a device may make once signed in, each on the backend that acts for its person.
// Every handler returns the reply frame.
struct Calls
{
    using Handler = QString (*)(EmbeddedBackend &, qint64 id, Args &);
    static const QHash<QString, Handler> &table();
};

const QHash<QString, Calls::Handler> &Calls::table()
{
    static const QHash<QString, Handler> calls{
        {QStringLiteral("me"), [](EmbeddedBackend &b, qint64 id,
                                  Args &) { return wire::reply(id, wire::encode(b.me())); }},
        {QStringLiteral("profile"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto profile = a.get<qint64>("profile");
             return a.missing.isEmpty() ? wire::answer(id, b.profile(profile)) : a.error(id);
         }},
        {QStringLiteral("profileByEmail"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto email = a.get<QString>("email");
             return a.missing.isEmpty() ? wire::answer(id, b.profileByEmail(email)) : a.error(id);
         }},
        {QStringLiteral("managedStatus"),
         [](EmbeddedBackend &b, qint64 id, Args &) { return wire::answer(id, b.managedStatus()); }},
        {QStringLiteral("contacts"),
         [](EmbeddedBackend &b, qint64 id, Args &) { return wire::answer(id, b.contacts()); }},
        {QStringLiteral("invitations"),
         [](EmbeddedBackend &b, qint64 id, Args &) { return wire::answer(id, b.invitations()); }},
        {QStringLiteral("invite"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto email = a.get<QString>("email");
             return a.missing.isEmpty() ? wire::answer(id, b.invite(email)) : a.error(id);
         }},
        {QStringLiteral("acceptInvitation"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto from = a.get<QString>("from");
             return a.missing.isEmpty() ? wire::answer(id, b.acceptInvitation(from)) : a.error(id);
         }},
        {QStringLiteral("conversations"),
         [](EmbeddedBackend &b, qint64 id, Args &) { return wire::answer(id, b.conversations()); }},
        {QStringLiteral("conversation"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto conversation = a.get<qint64>("conversation");
             return a.missing.isEmpty() ? wire::answer(id, b.conversation(conversation))
                                        : a.error(id);
         }},
        {QStringLiteral("openDirect"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto other = a.get<qint64>("other");
             return a.missing.isEmpty() ? wire::answer(id, b.openDirect(other)) : a.error(id);
         }},
        {QStringLiteral("openGroup"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto members = a.get<QList<qint64>>("members");
             return a.missing.isEmpty() ? wire::answer(id, b.openGroup(members)) : a.error(id);
         }},
        {QStringLiteral("createRoom"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto title = a.get<QString>("title");
             const auto members = a.get<QList<qint64>>("members");
             return a.missing.isEmpty() ? wire::answer(id, b.createRoom(title, members))
                                        : a.error(id);
         }},
        {QStringLiteral("history"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto conversation = a.get<qint64>("conversation");
             const auto before = a.get<qint64>("before");
             const auto limit = a.get<int>("limit");
             return a.missing.isEmpty()
                        ? wire::answer(id, b.history(conversation, before, page(limit)))
                        : a.error(id);
         }},
        {QStringLiteral("historyAfter"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto conversation = a.get<qint64>("conversation");
             const auto after = a.get<qint64>("after");
             const auto limit = a.get<int>("limit");
             return a.missing.isEmpty()
                        ? wire::answer(id, b.historyAfter(conversation, after, page(limit)))
                        : a.error(id);
         }},
        {QStringLiteral("message"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto message = a.get<qint64>("message");
             return a.missing.isEmpty() ? wire::answer(id, b.message(message)) : a.error(id);
         }},
        // Text only here; with "uploads" (files put on the link server) see sendWithUploads.
        {QStringLiteral("send"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto conversation = a.get<qint64>("conversation");
             const auto text = a.get<QString>("text");
             return a.missing.isEmpty() ? wire::answer(id, b.send(conversation, text, {}))
                                        : a.error(id);
         }},
        {QStringLiteral("markRead"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto conversation = a.get<qint64>("conversation");
             const auto upTo = a.get<qint64>("upTo");
             return a.missing.isEmpty() ? wire::answer(id, b.markRead(conversation, upTo))
                                        : a.error(id);
         }},
        {QStringLiteral("search"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto text = a.get<QString>("text");
             const auto limit = a.get<int>("limit");
             return a.missing.isEmpty() ? wire::answer(id, b.search(text, page(limit)))
                                        : a.error(id);
         }},
        {QStringLiteral("meetings"),
         [](EmbeddedBackend &b, qint64 id, Args &) { return wire::answer(id, b.meetings()); }},
        {QStringLiteral("scheduleMeeting"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto title = a.get<QString>("title");
             const auto starts = a.get<qint64>("starts");
             const auto minutes = a.get<int>("minutes");
             const auto invitees = a.get<QList<qint64>>("invitees");
             return a.missing.isEmpty()
                        ? wire::answer(id, b.scheduleMeeting(title, starts, minutes, invitees))
                        : a.error(id);
         }},
        {QStringLiteral("now"), [](EmbeddedBackend &b, qint64 id,
                                   Args &) { return wire::reply(id, wire::encode(b.nowMs())); }},
        // The demo clock only: a real server's clock does not move (the backend refuses).
        {QStringLiteral("advanceClock"),
         [](EmbeddedBackend &b, qint64 id, Args &a) {
             const auto delta = a.get<qint64>("delta");
             if (!a.missing.isEmpty())
                 return a.error(id);
             if (!b.isDemo())
                 return wire::failure(
                     id, Error{ErrorCode::Forbidden, ServerSession::tr("Only a demo server's clock "
                                                                       "can be moved.")});
             return wire::answer(id, b.advanceClock(delta));
         }},
        {QStringLiteral("signOut"),
         [](EmbeddedBackend &b, qint64 id, Args &) {
             b.signOut();
             return wire::answer(id, Status());
         }},
    };
    return calls;
}

ServerSession::ServerSession(ChatServer &server, QWebSocket *socket, QObject *parent)
    : QObject(parent), m_server(server), m_socket(socket), m_ws(server.workspace()),
      m_backend(server.workspace(), deviceOptions(socket))
{
    server.fanout().add(this);
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(wire::kMaxFrameBytes);
    socket->setMaxAllowedIncomingMessageSize(wire::kMaxFrameBytes);
    connect(socket, &QWebSocket::textMessageReceived, this, &ServerSession::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this] {
        m_socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported,
                        QStringLiteral("text frames only"));
    });
    connect(socket, &QWebSocket::disconnected, this, &QObject::deleteLater);

    // What the backend says of its own accord: the lists to read after signing in, a sign-out
    // and problems. Changes in the store come from the EventFanout (deliver, checkSession).
    connect(&m_backend, &ChatBackend::conversationsChanged, this,
            [this] { sendEvent(QStringLiteral("conversationsChanged")); });
    connect(&m_backend, &ChatBackend::contactsChanged, this,
            [this] { sendEvent(QStringLiteral("contactsChanged")); });
    connect(&m_backend, &ChatBackend::meetingsChanged, this,
            [this] { sendEvent(QStringLiteral("meetingsChanged")); });
    connect(&m_backend, &ChatBackend::signedOut, this, [this](RevokeReason reason) {
        sendEvent(QStringLiteral("signedOut"), {{"reason", wire::encode(reason)}});
    });
    connect(&m_backend, &ChatBackend::problem, this, [this](const QString &message) {
        sendEvent(QStringLiteral("problem"), {{"message", message}});
    });
}

ServerSession::~ServerSession()
{
    m_server.fanout().remove(this);
}

qint64 ServerSession::profileId() const
{
    return m_backend.isSignedIn() ? m_backend.me().id : 0;
}

void ServerSession::send(const QString &frame)
{
    if (m_socket && !frame.isEmpty())
        m_socket->sendTextMessage(frame);
}

void ServerSession::sendEvent(const QString &name, const wire::Object &args)
{
    send(wire::event(name, args));
}

void ServerSession::onText(const QString &text)
{
    auto frame = wire::parse(text);
    if (!frame) {
        // Not the protocol: say why and hang up; the device has a bug or is not Carillon.
        m_socket->close(QWebSocketProtocol::CloseCodeProtocolError,
                        frame.error().message.left(120));
        return;
    }
    if (frame->kind != wire::Frame::Kind::Call) {
        m_socket->close(QWebSocketProtocol::CloseCodeProtocolError,
                        QStringLiteral("devices send calls only"));
        return;
    }
    onCall(frame->id, frame->name, frame->args);
}

void ServerSession::onCall(qint64 id, const QString &name, const QJsonObject &args)
{
    Args a{args, {}};
    if (name == QLatin1String("hello")) {
        wire::Object info{
            {"server", QStringLiteral("carillon-server")},        {"version", wire::kVersion},
            {"assistant", wire::encode(m_backend.assistant())},   {"demo", m_backend.isDemo()},
            {"maxAttachmentSize", m_backend.maxAttachmentSize()}, {"now", m_backend.nowMs()}};
        if (m_backend.isDemo())
            info.insert(QLatin1String("demoPeople"), wire::encode(m_backend.demoPeople()));
        // Attachment bytes travel over the link server, beside this connection.
        if (const QString base = m_server.linkBase(); !base.isEmpty()) {
            info.insert(QLatin1String("filesUrl"),
                        base + QString::fromLatin1(links::LinkResponder::kFilesPrefix));
            info.insert(QLatin1String("uploadsUrl"),
                        base + QString::fromLatin1(links::LinkResponder::kUploadsPrefix));
        }
        send(wire::reply(id, info));
        return;
    }
    const bool signInCall = name == QLatin1String("signIn") || name == QLatin1String("resume") ||
                            name == QLatin1String("createIdentity") ||
                            name == QLatin1String("signInDemo");
    if (signInCall && (m_signingIn || m_backend.isSignedIn())) {
        send(wire::failure(
            id, Error{ErrorCode::Conflict, tr("This connection is already signed in or signing in; "
                                              "sign out first.")}));
        return;
    }
    if (name == QLatin1String("signIn")) {
        const auto email = a.get<QString>("email");
        const auto password = a.get<QString>("password");
        if (!a.missing.isEmpty())
            send(a.error(id));
        else
            signInLater(id, email, password);
        return;
    }
    if (name == QLatin1String("resume")) {
        const auto token = a.get<QString>("token");
        if (!a.missing.isEmpty())
            send(a.error(id));
        else
            resumeLater(id, token);
        return;
    }
    if (name == QLatin1String("createIdentity")) {
        const auto email = a.get<QString>("email");
        const auto displayName = a.get<QString>("name");
        const auto password = a.get<QString>("password");
        if (!a.missing.isEmpty())
            send(a.error(id));
        else
            createLater(id, email, displayName, password);
        return;
    }
    if (name == QLatin1String("signInDemo")) {
        const auto email = a.get<QString>("email");
        if (!a.missing.isEmpty()) {
            send(a.error(id));
        } else if (!m_ws.isDemo()) {
            send(wire::failure(
                id, Error{ErrorCode::Forbidden, tr("Signing in without a password works on a demo "
                                                   "server only.")}));
        } else {
            auto identity = m_ws.accounts().identityByEmail(email);
            send(answerSignedIn(
                id, identity ? m_ws.sessions().openSession(identity->id, deviceName(m_socket))
                             : Result<SessionGrant>(identity.error())));
        }
        return;
    }
    const auto handler = Calls::table().constFind(name);
    if (handler == Calls::table().cend()) {
        send(wire::failure(id, Error{ErrorCode::InvalidInput,
                                     tr("This server does not know the call \"%1\".").arg(name)}));
        return;
    }
    if (!m_backend.isSignedIn()) {
        send(wire::failure(id, Error{ErrorCode::Forbidden, tr("Sign in first.")}));
        return;
    }
    if (name == QLatin1String("send") && !args.value(QLatin1String("uploads")).isUndefined()) {
        sendWithUploads(id, args);
        return;
    }
    send((*handler)(m_backend, id, a));
}

void ServerSession::sendWithUploads(qint64 id, const QJsonObject &args)
{
    Args a{args, {}};
    const auto conversation = a.get<qint64>("conversation");
    const auto text = a.get<QString>("text");
    const QJsonValue list = args.value(QLatin1String("uploads"));
    if (!a.missing.isEmpty() || !list.isArray()) {
        if (a.missing.isEmpty())
            a.missing = QStringLiteral("uploads");
        send(a.error(id));
        return;
    }
    QList<NewAttachment> files;
    QStringList paths;
    for (const QJsonValue &item : list.toArray()) {
        const QString upload = item[QLatin1String("id")].toString();
        const QString fileName = item[QLatin1String("name")].toString();
        // Looked up in this session's folder only: another session's ids lead nowhere.
        const QString path = links::uploads::pathFor(m_ws, m_sessionId, upload);
        if (path.isEmpty() || !QFile::exists(path)) {
            send(wire::failure(
                id, Error{ErrorCode::NotFound, tr("A file of this message did not reach the "
                                                  "server (or was made on another connection). "
                                                  "Send the message again.")}));
            return;
        }
        files.append(NewAttachment{path, fileName, {}});
        paths.append(path);
    }
    m_backend.sendAttachments(conversation, text, files, this, {},
                              [this, id, paths](const Result<Message> &sent) {
                                  // Stored as blobs or refused: the uploads are done with.
                                  for (const QString &path : paths)
                                      QFile::remove(path);
                                  send(wire::answer(id, sent));
                              });
}

QString ServerSession::answerSignedIn(qint64 id, const Result<SessionGrant> &grant)
{
    if (!grant)
        return wire::failure(id, grant.error());
    auto profile = m_backend.adoptSession(*grant);
    if (!profile)
        return wire::failure(id, profile.error());
    m_sessionId = grant->sessionId;
    return wire::reply(id,
                       wire::Object{{"profile", wire::encode(*profile)}, {"token", grant->token}});
}

void ServerSession::finishSignIn(qint64 id, const QString &rateKey, const QString &peer,
                                 const Result<SessionGrant> &grant)
{
    m_signingIn = false;
    if (!grant && grant.error().code != ErrorCode::Storage) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_server.signInsByIdentity().noteFailure(rateKey, now);
        m_server.signInsByPeer().noteFailure(peer, now);
    }
    send(answerSignedIn(id, grant));
}

namespace {
// Runs open() on the server's workers, then done(result) on receiver's thread if it is alive.
void openOnWorker(ChatServer &server, QObject *receiver, std::function<Result<SessionGrant>()> open,
                  std::function<void(const Result<SessionGrant> &)> done)
{
    QPointer<const QObject> guard(receiver);
    server.workers().start([guard, open = std::move(open), done = std::move(done)] {
        // The worker keeps its database connection for the next task (ChatServer closes it).
        ChatBackend::deliver<Result<SessionGrant>>(guard, done, open());
    });
}
} // namespace

void ServerSession::signInLater(qint64 id, const QString &email, const QString &password)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString key = email.trimmed().toLower();
    const QString peer = m_socket->peerAddress().toString();
    const qint64 wait = std::max(m_server.signInsByIdentity().waitMs(key, now),
                                 m_server.signInsByPeer().waitMs(peer, now));
    if (wait > 0) {
        send(wire::failure(id, Error{ErrorCode::Forbidden,
                                     tr("Too many failed sign-ins. Try again in %n second(s).",
                                        nullptr, int((wait + 999) / 1000))}));
        return;
    }
    m_signingIn = true;
    Workspace *ws = &m_ws;
    const QString device = deviceName(m_socket);
    openOnWorker(
        m_server, this,
        [ws, email, password, device] { return ws->sessions().signIn(email, password, device); },
        [this, id, key, peer](const Result<SessionGrant> &grant) {
            finishSignIn(id, key, peer, grant);
        });
}

void ServerSession::resumeLater(qint64 id, const QString &token)
{
    m_signingIn = true;
    Workspace *ws = &m_ws;
    const QString device = deviceName(m_socket);
    openOnWorker(
        m_server, this, [ws, token, device] { return ws->sessions().resume(token, device); },
        [this, id](const Result<SessionGrant> &grant) {
            m_signingIn = false;
            send(answerSignedIn(id, grant));
        });
}

void ServerSession::createLater(qint64 id, const QString &email, const QString &name,
                                const QString &password)
{
    m_signingIn = true;
    Workspace *ws = &m_ws;
    const QString device = deviceName(m_socket);
    openOnWorker(
        m_server, this,
        [ws, email, name, password, device]() -> Result<SessionGrant> {
            auto person = ws->accounts().createPerson(email, name, password);
            if (!person)
                return person.error();
            return ws->sessions().openSession(person->identityId, device);
        },
        [this, id](const Result<SessionGrant> &grant) {
            m_signingIn = false;
            send(answerSignedIn(id, grant));
        });
}

} // namespace carillon::server
