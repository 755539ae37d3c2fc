// RemoteBackend's connection and session: the socket's life (connect, greet, resume, lose,
// reconnect), the table of calls waiting for their answers, the events the server sends and
// the session token in the secret store. The calls themselves are in RemoteBackendCalls.cpp.

#include "net/RemoteBackend.h"

#include "core/SecretStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QPointer>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace carillon {

namespace {
constexpr int kFirstBackoffMs = 1000;
constexpr int kMaxBackoffMs = 30'000;

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

RemoteBackend::RemoteBackend(const QUrl &server, SecretStore *secrets, QObject *parent)
    : ChatBackend(parent), m_url(server), m_secrets(secrets)
{
    m_monotonic.start();
    m_keychain.setMaxThreadCount(1);
    m_socket.setMaxAllowedIncomingFrameSize(wire::kMaxFrameBytes);
    m_socket.setMaxAllowedIncomingMessageSize(wire::kMaxFrameBytes);
    connect(&m_socket, &QWebSocket::connected, this, &RemoteBackend::onConnected);
    // stateChanged, not disconnected(): a connection attempt that fails (refused, no such host)
    // ends in the unconnected state too, and its waiting calls must hear of it.
    connect(&m_socket, &QWebSocket::stateChanged, this, &RemoteBackend::onStateChanged);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RemoteBackend::onText);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &RemoteBackend::connectNow);
    m_expiry.setInterval(250);
    connect(&m_expiry, &QTimer::timeout, this, &RemoteBackend::failExpired);
    m_expiry.start();
    m_cacheFolder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                    QStringLiteral("/attachments/") +
                    tokenSecretName(server).section(QLatin1Char('/'), 1);
    connectNow();
}

RemoteBackend::~RemoteBackend()
{
    // Nobody is answered after this: the receivers are told nothing, as when they are gone.
    m_socket.disconnect(this);
    m_socket.abort();
    m_keychain.waitForDone();
}

QString RemoteBackend::tokenSecretName(const QUrl &server)
{
    return QStringLiteral("server-token/") +
           QString::fromLatin1(
               QCryptographicHash::hash(server.toString().toUtf8(), QCryptographicHash::Sha256)
                   .toHex()
                   .left(32));
}

Error RemoteBackend::unreachable() const
{
    const QString why = m_socket.errorString();
    return Error{ErrorCode::Io,
                 why.isEmpty() || m_socket.error() == QAbstractSocket::UnknownSocketError
                     ? tr("The Carillon server at %1 cannot be reached. Check the network and "
                          "the address, then try again.")
                           .arg(m_url.toString())
                     : tr("The Carillon server at %1 cannot be reached (%2). Check the network "
                          "and the address, then try again.")
                           .arg(m_url.toString(), why)};
}

void RemoteBackend::connectNow()
{
    m_reconnect.stop();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    m_socket.open(m_url);
}

void RemoteBackend::call(const QString &name, const wire::Object &args, Answer answer, bool early)
{
    const qint64 id = ++m_nextId;
    Pending pending{wire::call(id, name, args), std::move(answer),
                    m_monotonic.elapsed() + m_callTimeoutMs, false};
    if (m_ready || (early && m_socketUp)) {
        m_socket.sendTextMessage(pending.frame);
        pending.sent = true;
    }
    if (!m_socketUp && m_socket.state() != QAbstractSocket::UnconnectedState)
        pending.ownAttempt = true;
    m_pending.insert(id, std::move(pending));
    // Down and waiting out the back-off: try now, so that the caller hears soon either way.
    if (!m_socketUp && m_reconnect.isActive())
        connectNow();
}

void RemoteBackend::flush()
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (!it->sent) {
            m_socket.sendTextMessage(it->frame);
            it->sent = true;
        }
    }
}

bool RemoteBackend::failAll(const Error &unsent, const Error &sent)
{
    // Taken out first: an answer may make new calls, which must not be failed with these.
    QMap<qint64, Pending> failing = std::exchange(m_pending, {});
    bool kept = false;
    for (auto it = failing.begin(); it != failing.end();) {
        if (!it->sent && it->ownAttempt) {
            it->ownAttempt = false;
            m_pending.insert(it.key(), std::move(*it));
            it = failing.erase(it);
            kept = true;
        } else {
            ++it;
        }
    }
    for (const Pending &p : std::as_const(failing))
        p.answer({}, p.sent ? sent : unsent);
    return kept;
}

void RemoteBackend::requestStatus(const QString &name, const wire::Object &args,
                                  const QObject *receiver, Done done)
{
    QPointer<const QObject> guard(receiver);
    call(name, args, [guard, done](const QJsonValue &, const std::optional<Error> &error) {
        deliver<Status>(guard, done, error ? Status(*error) : Status());
    });
}

Status RemoteBackend::adopt(const QJsonValue &value, bool remember)
{
    Profile profile;
    const QJsonObject answer = value.toObject();
    const QString token = answer.value(QLatin1String("token")).toString();
    if (!wire::decode(answer.value(QLatin1String("profile")), &profile) || token.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The server's answer to signing in could not be "
                                                 "read; the server may be a different version.")};
    m_me = profile;
    m_token = token;
    m_remember = remember;
    if (remember)
        rememberToken(token);
    else
        forgetToken();
    return {};
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
             if (Status adopted = adopt(value, remember); !adopted) {
                 deliver<Result<Profile>>(guard, done, adopted.error());
                 return;
             }
             emit conversationsChanged();
             emit contactsChanged();
             emit meetingsChanged();
             deliver<Result<Profile>>(guard, done, m_me);
         });
}

void RemoteBackend::onConnected()
{
    m_socketUp = true;
    m_backoffMs = kFirstBackoffMs;
    call(
        QStringLiteral("hello"), {{"client", QStringLiteral("carillon " CARILLON_VERSION)}},
        [this](const QJsonValue &value, const std::optional<Error> &error) {
            onGreeted(value, error);
        },
        true);
}

void RemoteBackend::onGreeted(const QJsonValue &value, const std::optional<Error> &error)
{
    if (error) {
        if (error->code != ErrorCode::Io) // not the loss of the connection: a refusal
            emit problem(tr("The server at %1 refused this client: %2")
                             .arg(m_url.toString(), error->message));
        return;
    }
    const QJsonObject info = value.toObject();
    if (!wire::decode(info.value(QLatin1String("assistant")), &m_assistant))
        emit problem(tr("The server at %1 did not name its assistant; this client may be too old "
                        "or too new for it.")
                         .arg(m_url.toString()));
    m_demo = info.value(QLatin1String("demo")).toBool();
    m_maxAttachmentSize = info.value(QLatin1String("maxAttachmentSize")).toInteger();
    m_filesUrl = QUrl(info.value(QLatin1String("filesUrl")).toString());
    m_uploadsUrl = QUrl(info.value(QLatin1String("uploadsUrl")).toString());
    m_demoPeople.clear();
    (void)wire::decode(info.value(QLatin1String("demoPeople")), &m_demoPeople);
    m_clockOffsetMs = info.value(QLatin1String("now")).toInteger() - wallMs();
    if (m_token.isEmpty()) {
        m_ready = true;
        flush();
        emit connectionChanged(true);
        return;
    }
    // Signed in before the loss: take the session up again first (the server refuses every
    // other call until then); the waiting calls follow.
    call(
        QStringLiteral("resume"), {{"token", m_token}},
        [this](const QJsonValue &value, const std::optional<Error> &error) {
            onResumed(value, error);
        },
        true);
}

void RemoteBackend::onResumed(const QJsonValue &value, const std::optional<Error> &error)
{
    if (error && error->code == ErrorCode::Io)
        return; // lost again: the next connection tries again with the same token
    if (m_token.isEmpty()) {
        // Signed out here while the session was being taken up: the signOut call waiting
        // behind it ends it on the server too.
        m_ready = true;
        flush();
        emit connectionChanged(true);
        return;
    }
    const Status adopted = error ? Status(*error) : adopt(value, m_remember);
    m_ready = true;
    if (!adopted) {
        // The session ended meanwhile (signed out elsewhere, revoked): the person signs in.
        endSession(RevokeReason::SignedOut);
        emit problem(tr("Your session on the server could not be taken up again after the "
                        "connection came back (%1). Sign in again.")
                         .arg(adopted.error().message));
    }
    flush();
    emit connectionChanged(true);
    if (adopted) {
        // Events sent while the connection was down are lost: every view reads again.
        emit conversationsChanged();
        emit contactsChanged();
        emit meetingsChanged();
        emit clockChanged();
    }
}

void RemoteBackend::onStateChanged(QAbstractSocket::SocketState state)
{
    if (state != QAbstractSocket::UnconnectedState)
        return;
    const bool wasReady = m_ready;
    m_socketUp = false;
    m_ready = false;
    // What was sent has no answer coming; what waited has no connection to go out on. Both
    // are told now rather than at their deadline.
    const bool anotherAttempt =
        failAll(unreachable(),
                Error{ErrorCode::Io, tr("The connection to the server at %1 was lost before it "
                                        "answered; what you asked may or may not have been done. "
                                        "Check, then try again.")
                                         .arg(m_url.toString())});
    if (wasReady)
        emit connectionChanged(false);
    if (anotherAttempt) {
        // Calls made during the attempt that just failed: theirs starts now (without
        // counting as a back-off step).
        m_reconnect.start(0);
        return;
    }
    m_reconnect.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void RemoteBackend::failExpired()
{
    const qint64 now = m_monotonic.elapsed();
    QList<qint64> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (it->deadline <= now)
            expired.append(it.key());
    for (qint64 id : expired) {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue;
        Answer answer = std::move(it->answer);
        const bool sent = it->sent;
        m_pending.erase(it);
        answer({}, sent ? Error{ErrorCode::Io,
                                tr("The server at %1 did not answer in time; what you asked may "
                                   "or may not have been done. Check, then try again.")
                                    .arg(m_url.toString())}
                        : unreachable());
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
    Answer answer = std::move(it->answer);
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
        call(QStringLiteral("now"), {},
             [this](const QJsonValue &value, const std::optional<Error> &error) {
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
    m_remember = false;
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
                    deliver<Result<Profile>>(
                        guard, done,
                        token ? Error{ErrorCode::NotFound, tr("No saved sign-in.")}
                              : token.error());
                    return;
                }
                self->openSession(QStringLiteral("resume"), {{"token", QString::fromUtf8(*token)}},
                                  true, guard.data(), done);
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

qint64 RemoteBackend::nowMs() const
{
    return wallMs() + m_clockOffsetMs;
}

} // namespace carillon
