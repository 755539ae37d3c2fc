#include "net/RemoteBackend.h"

#include "core/SecretStore.h"
#include "net/Wire.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QPointer>

#include <algorithm>

namespace carillon {

namespace {
constexpr int kMaxBackoffMs = 30'000;

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Error notOverTheNetwork()
{
    return Error{ErrorCode::Conflict,
                 RemoteBackend::tr("Attachments cannot be sent or opened through a Carillon "
                                   "server yet. Send them from a computer that uses its own "
                                   "data folder.")};
}
} // namespace

RemoteBackend::RemoteBackend(const QUrl &server, SecretStore *secrets, QObject *parent)
    : ChatBackend(parent), m_url(server), m_secrets(secrets)
{
    m_keychain.setMaxThreadCount(1);
    m_socket.setMaxAllowedIncomingFrameSize(wire::kMaxFrameBytes);
    m_socket.setMaxAllowedIncomingMessageSize(wire::kMaxFrameBytes);
    connect(&m_socket, &QWebSocket::connected, this, &RemoteBackend::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &RemoteBackend::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RemoteBackend::onText);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] { m_socket.open(m_url); });
    m_expiry.setInterval(500);
    connect(&m_expiry, &QTimer::timeout, this, &RemoteBackend::failExpired);
    m_expiry.start();
    m_socket.open(m_url);
}

RemoteBackend::~RemoteBackend()
{
    m_socket.disconnect(this);
    m_socket.close();
    m_keychain.waitForDone();
}

QString RemoteBackend::tokenSecretName(const QUrl &server)
{
    return QStringLiteral("server-token/") +
           QString::fromLatin1(QCryptographicHash::hash(server.toString().toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(32));
}

Error RemoteBackend::unreachable() const
{
    return Error{ErrorCode::Io, tr("The Carillon server at %1 cannot be reached. Check the "
                                   "network and the address, then try again.")
                                    .arg(m_url.toString())};
}

void RemoteBackend::call(const QString &name, const wire::Object &args,
                         std::function<void(const QJsonValue &, const std::optional<Error> &)> answer)
{
    const qint64 id = ++m_nextId;
    Pending pending{wire::call(id, name, args), std::move(answer), wallMs() + kCallTimeoutMs,
                    false};
    // Before hello, only hello and the resumption it leads to go out; the rest waits.
    const bool ready = isConnected() && (m_helloDone || name == QLatin1String("hello") ||
                                         name == QLatin1String("resume"));
    if (ready) {
        m_socket.sendTextMessage(pending.frame);
        pending.sent = true;
    }
    m_pending.insert(id, std::move(pending));
}

template <typename T>
void RemoteBackend::request(const QString &name, const wire::Object &args,
                            const QObject *receiver, Reply<T> done)
{
    QPointer<const QObject> guard(receiver);
    call(name, args, [guard, done, name](const QJsonValue &value, const std::optional<Error> &error) {
        if (error) {
            deliver<Result<T>>(guard, done, *error);
            return;
        }
        T decoded{};
        if (!wire::decode(value, &decoded)) {
            deliver<Result<T>>(guard, done,
                               Error{ErrorCode::InvalidInput,
                                     tr("The server's answer to \"%1\" could not be read; the "
                                        "server may be a different version.")
                                         .arg(name)});
            return;
        }
        deliver<Result<T>>(guard, done, decoded);
    });
}

void RemoteBackend::requestStatus(const QString &name, const wire::Object &args,
                                  const QObject *receiver, Done done)
{
    QPointer<const QObject> guard(receiver);
    call(name, args, [guard, done](const QJsonValue &, const std::optional<Error> &error) {
        deliver<Status>(guard, done, error ? Status(*error) : Status());
    });
}

void RemoteBackend::openSession(const QString &name, const wire::Object &args, bool remember,
                                const QObject *receiver, Reply<Profile> done)
{
    QPointer<const QObject> guard(receiver);
    call(name, args,
         [this, guard, done, remember](const QJsonValue &value, const std::optional<Error> &error) {
             if (error) {
                 deliver<Result<Profile>>(guard, done, *error);
                 return;
             }
             Profile profile;
             const QString token = value.toObject().value(QLatin1String("token")).toString();
             if (!wire::decode(value.toObject().value(QLatin1String("profile")), &profile) ||
                 token.isEmpty()) {
                 deliver<Result<Profile>>(guard, done,
                                          Error{ErrorCode::InvalidInput,
                                                tr("The server's answer to signing in could not "
                                                   "be read.")});
                 return;
             }
             m_me = profile;
             m_token = token;
             m_remember = remember;
             if (remember)
                 rememberToken(token);
             emit conversationsChanged();
             emit contactsChanged();
             emit meetingsChanged();
             deliver<Result<Profile>>(guard, done, profile);
         });
}

void RemoteBackend::onConnected()
{
    m_backoffMs = 1000;
    call(QStringLiteral("hello"), {{"client", QStringLiteral("carillon " CARILLON_VERSION)}},
         [this](const QJsonValue &value, const std::optional<Error> &error) {
             if (error) {
                 emit problem(tr("The server at %1 refused this client: %2")
                                  .arg(m_url.toString(), error->message));
                 return;
             }
             const QJsonObject info = value.toObject();
             if (!wire::decode(info.value(QLatin1String("assistant")), &m_assistant))
                 emit problem(tr("The server at %1 did not name its assistant.").arg(m_url.toString()));
             m_demo = info.value(QLatin1String("demo")).toBool();
             m_maxAttachmentSize = info.value(QLatin1String("maxAttachmentSize")).toInteger();
             m_demoPeople.clear();
             (void)wire::decode(info.value(QLatin1String("demoPeople")), &m_demoPeople);
             m_clockOffsetMs = info.value(QLatin1String("now")).toInteger() - wallMs();
             m_helloDone = true;
             // Signed in before the loss: take the session up again, then let every view
             // re-read what it shows (events sent meanwhile are lost).
             if (!m_token.isEmpty()) {
                 const bool remember = m_remember;
                 m_me = {};
                 openSession(QStringLiteral("resume"), {{"token", m_token}}, remember, nullptr, {});
             }
             for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
                 if (!it->sent) {
                     m_socket.sendTextMessage(it->frame);
                     it->sent = true;
                 }
             }
             emit connectionChanged(true);
         });
}

void RemoteBackend::onDisconnected()
{
    const bool wasUp = m_helloDone;
    m_helloDone = false;
    // What was sent has no answer coming: it may or may not have been carried out.
    const QList<qint64> ids = m_pending.keys();
    for (qint64 id : ids) {
        auto it = m_pending.find(id);
        if (it == m_pending.end() || !it->sent)
            continue;
        auto answer = std::move(it->answer);
        m_pending.erase(it);
        answer({}, Error{ErrorCode::Io, tr("The connection to the server was lost before it "
                                           "answered; what you asked may or may not have been "
                                           "done. Check, then try again.")});
    }
    if (wasUp)
        emit connectionChanged(false);
    m_reconnect.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void RemoteBackend::failExpired()
{
    const qint64 now = wallMs();
    const QList<qint64> ids = m_pending.keys();
    for (qint64 id : ids) {
        auto it = m_pending.find(id);
        if (it == m_pending.end() || it->deadline > now)
            continue;
        auto answer = std::move(it->answer);
        m_pending.erase(it);
        answer({}, unreachable());
    }
}

void RemoteBackend::onText(const QString &text)
{
    auto frame = wire::parse(text);
    if (!frame) {
        emit problem(tr("The server sent something this version cannot read (%1).")
                         .arg(frame.error().message));
        return;
    }
    if (frame->kind == wire::Frame::Kind::Event) {
        onEvent(frame->name, frame->args);
        return;
    }
    auto it = m_pending.find(frame->id);
    if (it == m_pending.end())
        return; // answered already (timed out)
    auto answer = std::move(it->answer);
    m_pending.erase(it);
    answer(frame->value, frame->error);
}

void RemoteBackend::onEvent(const QString &name, const QJsonObject &args)
{
    if (name == QLatin1String("messagePosted")) {
        const auto conversation = wire::field<qint64>(args, QLatin1String("conversation"));
        const auto message = wire::field<qint64>(args, QLatin1String("message"));
        if (conversation && message)
            emit messagePosted(*conversation, *message);
    } else if (name == QLatin1String("conversationsChanged")) {
        emit conversationsChanged();
    } else if (name == QLatin1String("contactsChanged")) {
        emit contactsChanged();
    } else if (name == QLatin1String("meetingsChanged")) {
        emit meetingsChanged();
    } else if (name == QLatin1String("clockChanged")) {
        call(QStringLiteral("now"), {}, [this](const QJsonValue &value, const std::optional<Error> &error) {
            qint64 now = 0;
            if (!error && wire::decode(value, &now))
                m_clockOffsetMs = now - wallMs();
            emit clockChanged();
        });
    } else if (name == QLatin1String("signedOut")) {
        RevokeReason reason = RevokeReason::SignedOut;
        (void)wire::decode(args.value(QLatin1String("reason")), &reason);
        endSession(reason);
    } else if (name == QLatin1String("problem")) {
        emit problem(args.value(QLatin1String("message")).toString());
    }
    // Unknown events come from a newer server: nothing to do with them.
}

void RemoteBackend::endSession(RevokeReason reason)
{
    if (!isSignedIn() && m_token.isEmpty())
        return;
    m_me = {};
    m_token.clear();
    forgetToken();
    emit signedOut(reason);
}

void RemoteBackend::rememberToken(const QString &token)
{
    if (!m_secrets)
        return;
    QPointer<RemoteBackend> self(this);
    SecretStore *secrets = m_secrets;
    const QString name = tokenSecretName(m_url);
    m_keychain.start([self, secrets, name, token] {
        const Status saved = secrets->write(name, token.toUtf8());
        if (saved)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, saved] {
                if (self)
                    emit self->problem(tr("You are signed in, but this computer could not "
                                          "remember it (%1). You will be asked to sign in "
                                          "again next time.")
                                           .arg(saved.error().message));
            },
            Qt::QueuedConnection);
    });
}

void RemoteBackend::forgetToken()
{
    if (!m_secrets)
        return;
    SecretStore *secrets = m_secrets;
    const QString name = tokenSecretName(m_url);
    m_keychain.start([secrets, name] { (void)secrets->remove(name); });
}

void RemoteBackend::signIn(const QString &email, const QString &password, bool remember,
                           const QObject *receiver, Reply<Profile> done)
{
    openSession(QStringLiteral("signIn"), {{"email", email}, {"password", password}}, remember,
                receiver, std::move(done));
}

void RemoteBackend::createIdentity(const QString &email, const QString &name,
                                   const QString &password, const QObject *receiver,
                                   Reply<Profile> done)
{
    openSession(QStringLiteral("createIdentity"),
                {{"email", email}, {"name", name}, {"password", password}}, false, receiver,
                std::move(done));
}

void RemoteBackend::resumeRemembered(const QObject *receiver, Reply<Profile> done)
{
    QPointer<const QObject> guard(receiver);
    if (!m_secrets) {
        deliver<Result<Profile>>(guard, done, Error{ErrorCode::NotFound, tr("No saved sign-in.")});
        return;
    }
    // The keychain may take seconds (asking to be unlocked): read on the worker.
    QPointer<RemoteBackend> self(this);
    SecretStore *secrets = m_secrets;
    const QString name = tokenSecretName(m_url);
    m_keychain.start([self, guard, done, secrets, name] {
        const Result<QByteArray> token = secrets->read(name);
        QMetaObject::invokeMethod(
            self.data(),
            [self, guard, done, token] {
                if (!self)
                    return;
                if (!token || token->isEmpty()) {
                    deliver<Result<Profile>>(guard, done,
                                             token ? Error{ErrorCode::NotFound,
                                                           tr("No saved sign-in.")}
                                                   : token.error());
                    return;
                }
                self->openSession(QStringLiteral("resume"),
                                  {{"token", QString::fromUtf8(*token)}}, true, guard.data(), done);
            },
            Qt::QueuedConnection);
    });
}

void RemoteBackend::signOut(const QObject *receiver, Done done)
{
    if (!isSignedIn()) {
        deliver<Status>(QPointer<const QObject>(receiver), done, Status());
        return;
    }
    requestStatus(QStringLiteral("signOut"), {}, receiver,
                  done ? done : Done([this](const Status &s) {
                      if (!s)
                          emit problem(tr("Signed out here, but the server could not end the "
                                          "session (%1). Sign in and out again to end it.")
                                           .arg(s.error().message));
                  }));
    endSession(RevokeReason::SignedOut);
}

void RemoteBackend::profile(qint64 profileId, const QObject *receiver, Reply<Profile> done)
{
    request(QStringLiteral("profile"), {{"profile", profileId}}, receiver, std::move(done));
}

void RemoteBackend::profileByEmail(const QString &email, const QObject *receiver,
                                   Reply<Profile> done)
{
    request(QStringLiteral("profileByEmail"), {{"email", email}}, receiver, std::move(done));
}

void RemoteBackend::managedStatus(const QObject *receiver, Reply<Managed> done)
{
    request(QStringLiteral("managedStatus"), {}, receiver, std::move(done));
}

void RemoteBackend::contacts(const QObject *receiver, Reply<QList<Contact>> done)
{
    request(QStringLiteral("contacts"), {}, receiver, std::move(done));
}

void RemoteBackend::invitations(const QObject *receiver, Reply<QList<Invitation>> done)
{
    request(QStringLiteral("invitations"), {}, receiver, std::move(done));
}

void RemoteBackend::invite(const QString &email, const QObject *receiver,
                           Reply<InviteOutcome> done)
{
    request(QStringLiteral("invite"), {{"email", email}}, receiver, std::move(done));
}

void RemoteBackend::acceptInvitation(const QString &fromEmail, const QObject *receiver, Done done)
{
    requestStatus(QStringLiteral("acceptInvitation"), {{"from", fromEmail}}, receiver,
                  std::move(done));
}

void RemoteBackend::conversations(const QObject *receiver,
                                  Reply<QList<ConversationSummary>> done)
{
    request(QStringLiteral("conversations"), {}, receiver, std::move(done));
}

void RemoteBackend::conversation(qint64 id, const QObject *receiver, Reply<Conversation> done)
{
    request(QStringLiteral("conversation"), {{"conversation", id}}, receiver, std::move(done));
}

void RemoteBackend::openDirect(qint64 otherId, const QObject *receiver, Reply<Conversation> done)
{
    request(QStringLiteral("openDirect"), {{"other", otherId}}, receiver, std::move(done));
}

void RemoteBackend::openGroup(const QList<qint64> &memberIds, const QObject *receiver,
                              Reply<Conversation> done)
{
    request(QStringLiteral("openGroup"), {{"members", wire::encode(memberIds)}}, receiver,
            std::move(done));
}

void RemoteBackend::createRoom(const QString &title, const QList<qint64> &memberIds,
                               const QObject *receiver, Reply<Conversation> done)
{
    request(QStringLiteral("createRoom"), {{"title", title}, {"members", wire::encode(memberIds)}},
            receiver, std::move(done));
}

void RemoteBackend::history(qint64 conversationId, qint64 beforeId, int limit,
                            const QObject *receiver, Reply<QList<Message>> done)
{
    request(QStringLiteral("history"),
            {{"conversation", conversationId}, {"before", beforeId}, {"limit", limit}}, receiver,
            std::move(done));
}

void RemoteBackend::historyAfter(qint64 conversationId, qint64 afterId, int limit,
                                 const QObject *receiver, Reply<QList<Message>> done)
{
    request(QStringLiteral("historyAfter"),
            {{"conversation", conversationId}, {"after", afterId}, {"limit", limit}}, receiver,
            std::move(done));
}

void RemoteBackend::message(qint64 messageId, const QObject *receiver, Reply<Message> done)
{
    request(QStringLiteral("message"), {{"message", messageId}}, receiver, std::move(done));
}

void RemoteBackend::send(qint64 conversationId, const QString &text, const QStringList &files,
                         const QObject *receiver, Progress, Reply<Message> done)
{
    if (!files.isEmpty()) {
        deliver<Result<Message>>(QPointer<const QObject>(receiver), done, notOverTheNetwork());
        return;
    }
    request(QStringLiteral("send"), {{"conversation", conversationId}, {"text", text}}, receiver,
            std::move(done));
}

void RemoteBackend::markRead(qint64 conversationId, qint64 upToMessageId,
                             const QObject *receiver, Done done)
{
    requestStatus(QStringLiteral("markRead"), {{"conversation", conversationId}, {"upTo", upToMessageId}},
                  receiver,
                  done ? done : Done([this](const Status &s) {
                      if (!s)
                          emit problem(s.error().message);
                  }));
}

void RemoteBackend::saveAttachment(qint64, const QString &, const QObject *receiver, Done done)
{
    deliver<Status>(QPointer<const QObject>(receiver), done, notOverTheNetwork());
}

void RemoteBackend::attachmentFile(const Attachment &, const QObject *receiver,
                                   Reply<QString> done)
{
    deliver<Result<QString>>(QPointer<const QObject>(receiver), done, notOverTheNetwork());
}

void RemoteBackend::search(const QString &text, int limit, const QObject *receiver,
                           Reply<SearchResults> done)
{
    request(QStringLiteral("search"), {{"text", text}, {"limit", limit}}, receiver, std::move(done));
}

void RemoteBackend::meetings(const QObject *receiver, Reply<QList<Meeting>> done)
{
    request(QStringLiteral("meetings"), {}, receiver, std::move(done));
}

void RemoteBackend::scheduleMeeting(const QString &title, qint64 startsAt, int minutes,
                                    const QList<qint64> &inviteeIds, const QObject *receiver,
                                    Reply<Meeting> done)
{
    request(QStringLiteral("scheduleMeeting"),
            {{"title", title},
             {"starts", startsAt},
             {"minutes", minutes},
             {"invitees", wire::encode(inviteeIds)}},
            receiver, std::move(done));
}

qint64 RemoteBackend::nowMs() const
{
    return wallMs() + m_clockOffsetMs;
}

void RemoteBackend::signInDemo(const QString &email, const QObject *receiver, Reply<Profile> done)
{
    openSession(QStringLiteral("signInDemo"), {{"email", email}}, false, receiver, std::move(done));
}

void RemoteBackend::advanceClock(qint64 deltaMs, const QObject *receiver, Done done)
{
    requestStatus(QStringLiteral("advanceClock"), {{"delta", deltaMs}}, receiver, std::move(done));
}

void RemoteBackend::resetDemo(const QObject *receiver, Done done)
{
    deliver<Status>(QPointer<const QObject>(receiver), done,
                    Error{ErrorCode::Forbidden,
                          tr("A server's demo data is reset on the server, by whoever runs it.")});
}

void RemoteBackend::folderSetting(const QString &, const QObject *receiver, Reply<QString> done)
{
    // The data folder's settings are the server's: none apply to this computer.
    deliver<Result<QString>>(QPointer<const QObject>(receiver), done, QString());
}

void RemoteBackend::setFolderSetting(const QString &, const QString &, const QObject *receiver,
                                     Done done)
{
    deliver<Status>(QPointer<const QObject>(receiver), done,
                    Error{ErrorCode::Forbidden,
                          tr("These settings belong to the server; whoever runs it sets them.")});
}

} // namespace carillon
