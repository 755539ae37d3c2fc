#include "core/EmbeddedBackend.h"

#include "core/RememberedSignIn.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSysInfo>

namespace carillon {

namespace {
QString notRememberedText(const Error &error)
{
    return EmbeddedBackend::tr("You are signed in, but this computer could not remember it "
                               "(%1). You will be asked to sign in again next time.")
        .arg(error.message);
}
} // namespace

EmbeddedBackend::EmbeddedBackend(Workspace &ws, QObject *parent)
    : EmbeddedBackend(ws, DeviceOptions(), parent)
{
}

EmbeddedBackend::EmbeddedBackend(Workspace &ws, DeviceOptions options, QObject *parent)
    : ChatBackend(parent), m_ws(ws),
      m_device(!options.device.isEmpty() ? options.device
                                         : QStringLiteral("%1 (Carillon %2)")
                                               .arg(QSysInfo::machineHostName())
                                               .arg(QCoreApplication::applicationPid())),
      m_remembered(options.keepSignIn ? std::make_unique<RememberedSignIn>(ws) : nullptr),
      m_sessionCheckMs(options.sessionCheckMs)
{
    if (options.followFeed)
        connect(&ws.feed(), &ChangeFeed::changed, this, &EmbeddedBackend::onChange);
    m_sessionCheck.setInterval(m_sessionCheckMs);
    connect(&m_sessionCheck, &QTimer::timeout, this, &EmbeddedBackend::checkSession);
    m_workers.setMaxThreadCount(1);
    m_senders.setMaxThreadCount(1); // in the order sent
}

EmbeddedBackend::~EmbeddedBackend()
{
    m_workers.waitForDone();
    m_senders.waitForDone();
}

Status EmbeddedBackend::requireSignedIn() const
{
    if (m_sessionId.isEmpty())
        return Error{ErrorCode::Forbidden, tr("You are signed out. Sign in again to continue.")};
    return {};
}

Result<Profile> EmbeddedBackend::adopt(const Result<SessionGrant> &grant, const Status &remembered)
{
    if (!grant)
        return grant.error();
    m_sessionId = grant->sessionId;
    m_me = grant->profile;
    if (m_sessionCheckMs > 0)
        m_sessionCheck.start();
    if (!remembered)
        emit problem(notRememberedText(remembered.error()));
    emit conversationsChanged();
    emit contactsChanged();
    emit meetingsChanged();
    return m_me;
}

Result<Profile> EmbeddedBackend::signIn(const QString &email, const QString &password,
                                        bool remember)
{
    auto grant = m_ws.sessions().signIn(email, password, m_device);
    return adopt(grant, grant && remember && m_remembered
                            ? m_remembered->save(grant->token.toUtf8())
                            : Status());
}

void EmbeddedBackend::openInBackground(std::function<Result<SessionGrant>()> open, bool remember,
                                       const QObject *receiver, Reply<Profile> done)
{
    QPointer<EmbeddedBackend> self(this);
    QPointer<const QObject> guard(receiver);
    Workspace *ws = &m_ws;
    // Alive while the task runs: the destructor waits for the workers first.
    RememberedSignIn *remembered = m_remembered.get();
    m_workers.start([self, guard, ws, remembered, open = std::move(open), remember, done] {
        // Everything that may wait runs here: the deliberately slow password hash, the session
        // row (a write, which queues behind an export or an erasure holding the write lock) and
        // the saved sign-in (a keychain call that waits while the keychain asks to be unlocked).
        // The database hands this thread its own connection; it is closed before the pool may
        // reuse the thread.
        const Result<SessionGrant> grant = open();
        Status saved;
        if (grant && remember && remembered)
            saved = remembered->save(grant->token.toUtf8());
        ws->db().releaseThreadConnection();
        QMetaObject::invokeMethod(
            self.data(),
            [self, guard, grant, saved, done] {
                // Signed in even when whoever asked is gone: the session is this device's.
                if (self)
                    deliver(guard, done, self->adopt(grant, saved));
            },
            Qt::QueuedConnection);
    });
}

void EmbeddedBackend::signIn(const QString &email, const QString &password, bool remember,
                             const QObject *receiver, Reply<Profile> done)
{
    Workspace *ws = &m_ws;
    const QString device = m_device;
    openInBackground(
        [ws, email, password, device] { return ws->sessions().signIn(email, password, device); },
        remember, receiver, std::move(done));
}

Result<Profile> EmbeddedBackend::createIdentity(const QString &email, const QString &name,
                                                const QString &password)
{
    // Identity and profile in one transaction: a failure leaves neither behind.
    auto person = m_ws.accounts().createPerson(email, name, password);
    if (!person)
        return person.error();
    return adopt(m_ws.sessions().openSession(person->identityId, m_device), Status());
}

void EmbeddedBackend::createIdentity(const QString &email, const QString &name,
                                     const QString &password, const QObject *receiver,
                                     Reply<Profile> done)
{
    Workspace *ws = &m_ws;
    const QString device = m_device;
    openInBackground(
        [ws, email, name, password, device]() -> Result<SessionGrant> {
            // Hashing the new password and the one-transaction creation.
            Result<Profile> person = ws->accounts().createPerson(email, name, password);
            if (!person)
                return person.error();
            return ws->sessions().openSession(person->identityId, device);
        },
        false, receiver, std::move(done));
}

Result<Profile> EmbeddedBackend::resumeRemembered()
{
    if (!m_remembered)
        return Error{ErrorCode::NotFound, tr("No saved sign-in.")};
    auto token = m_remembered->token();
    if (!token)
        return token.error();
    if (token->isEmpty())
        return Error{ErrorCode::NotFound, tr("No saved sign-in.")};
    auto grant = m_ws.sessions().resume(QString::fromUtf8(*token), m_device);
    if (!grant) {
        forgetRemembered();
        return grant.error();
    }
    // Resuming replaced the token: the new one is saved on the worker, with the window up.
    rememberInBackground(grant->token.toUtf8());
    return adopt(grant, Status());
}

void EmbeddedBackend::signOut()
{
    signOut(nullptr, {});
}

void EmbeddedBackend::signOut(const QObject *receiver, Done done)
{
    if (m_sessionId.isEmpty()) {
        deliver(receiver, done, Status());
        return;
    }
    const QString id = m_sessionId;
    m_sessionId.clear();
    m_sessionCheck.stop();
    // A write: on the worker, where it may wait for the write lock without freezing the window.
    Workspace *ws = &m_ws;
    onWorker([ws, id] { return ws->sessions().revoke(id, RevokeReason::SignedOut); },
             [](const Error &error) {
                 return tr("Signed out here, but the session could not be ended in the data "
                           "store (%1). Sign in and out again to end it.")
                     .arg(error.message);
             },
             receiver, std::move(done));
    forgetRemembered();
    emit signedOut(RevokeReason::SignedOut);
}

void EmbeddedBackend::onWorker(std::function<Status()> task,
                               std::function<QString(const Error &)> describe,
                               const QObject *receiver, Done done)
{
    QPointer<EmbeddedBackend> self(this);
    QPointer<const QObject> guard(receiver);
    const bool answers = receiver && done;
    Workspace *ws = &m_ws;
    m_workers.start(
        [self, guard, answers, done, ws, task = std::move(task), describe = std::move(describe)] {
            const Status status = task();
            ws->db().releaseThreadConnection();
            if (status && !answers)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, guard, answers, done, status, describe] {
                    if (!self)
                        return;
                    if (answers)
                        deliver(guard, done, status);
                    else
                        emit self->problem(describe(status.error()));
                },
                Qt::QueuedConnection);
        });
}

void EmbeddedBackend::rememberInBackground(const QByteArray &token)
{
    // Alive while the task runs: the destructor waits for the workers first.
    RememberedSignIn *remembered = m_remembered.get();
    if (!remembered)
        return;
    onWorker([remembered, token] { return remembered->save(token); }, notRememberedText);
}

void EmbeddedBackend::forgetRemembered()
{
    // On the worker, after any save queued before it: the keychain can take seconds, and the
    // device list is a write that waits for the write lock (held for a while by the erasure
    // that signed this device out, which goes on to remove the profile's files).
    RememberedSignIn *remembered = m_remembered.get();
    if (!remembered)
        return;
    onWorker([remembered] { return remembered->forget(); },
             [](const Error &error) {
                 return tr("The saved sign-in could not be removed (%1). Run \"carillon "
                           "forget-secrets\" to remove it.")
                     .arg(error.message);
             });
}

void EmbeddedBackend::checkSession()
{
    if (m_sessionId.isEmpty())
        return;
    const SessionState state = m_ws.sessions().state(m_sessionId);
    if (state.active)
        return;
    m_sessionId.clear();
    m_sessionCheck.stop();
    forgetRemembered();
    emit signedOut(state.reason);
}

void EmbeddedBackend::onChange(const Change &change)
{
    switch (change.topic) {
    case Topic::Session:
    case Topic::Profile:
        checkSession();
        if (isSignedIn())
            emit contactsChanged();
        break;
    case Topic::Message:
        if (isSignedIn()) {
            if (auto m = m_ws.messages().message(change.subject);
                m && *m_ws.conversations().isMember(m->conversationId, m_me.id)) {
                emit messagePosted(m->conversationId, m->id);
                emit conversationsChanged();
            }
        }
        break;
    case Topic::Conversation:
        emit conversationsChanged();
        break;
    case Topic::ReadMark:
        // 0: every reader (the changes sent meanwhile were lost).
        if (isSignedIn() && (change.subject == 0 || change.subject == m_me.id))
            emit conversationsChanged();
        break;
    case Topic::Contact:
    case Topic::Org:
        emit contactsChanged();
        break;
    case Topic::Meeting:
        emit meetingsChanged();
        break;
    case Topic::Clock:
        emit clockChanged();
        break;
    case Topic::Job:
        break;
    }
}

Result<Profile> EmbeddedBackend::profile(qint64 profileId) const
{
    if (Status s = requireSignedIn(); !s)
        return s.error();
    auto profile = m_ws.accounts().profile(profileId);
    if (!profile || profileId == m_me.id || profileId == m_ws.assistantProfile().id)
        return profile;
    // People one knows: a contact, someone who has one as a contact (their invitation), or
    // someone in a conversation with one. Nobody lists the others' names and addresses by id.
    auto known = m_ws.contacts().isContact(m_me.id, profileId);
    if (known && !*known)
        known = m_ws.contacts().isContact(profileId, m_me.id);
    if (known && !*known)
        known = m_ws.conversations().sharesConversation(m_me.id, profileId);
    if (!known)
        return known.error();
    if (!*known)
        return Error{ErrorCode::NotFound, tr("There is nobody by that number among the people "
                                             "you know.")};
    return profile;
}

Result<Profile> EmbeddedBackend::profileByEmail(const QString &email) const
{
    return m_ws.accounts().profileByEmail(email);
}

Profile EmbeddedBackend::assistant() const
{
    return m_ws.assistantProfile();
}

Result<Managed> EmbeddedBackend::managedStatus() const
{
    return m_ws.orgs().managed(m_me.email);
}

Result<QList<Contact>> EmbeddedBackend::contacts() const
{
    return m_ws.contacts().contacts(m_me.id);
}

Result<QList<Invitation>> EmbeddedBackend::invitations() const
{
    return m_ws.contacts().pendingInvitations(m_me.id);
}

Result<InviteOutcome> EmbeddedBackend::invite(const QString &email)
{
    if (Status s = requireSignedIn(); !s)
        return s.error();
    return m_ws.contacts().invite(m_me.id, email);
}

Status EmbeddedBackend::acceptInvitation(const QString &fromEmail)
{
    if (Status s = requireSignedIn(); !s)
        return s;
    return m_ws.contacts().accept(m_me.id, fromEmail);
}

Result<QList<ConversationSummary>> EmbeddedBackend::conversations() const
{
    return m_ws.conversations().summaries(m_me.id);
}

Status EmbeddedBackend::requireMember(qint64 conversationId) const
{
    if (Status s = requireSignedIn(); !s)
        return s;
    auto member = m_ws.conversations().isMember(conversationId, m_me.id);
    if (!member)
        return member.error();
    // The same answer whether it exists or not: a device cannot probe other people's chats.
    if (!*member)
        return Error{ErrorCode::NotFound,
                     tr("This conversation does not exist, or you are not in it.")};
    return {};
}

Result<Conversation> EmbeddedBackend::conversation(qint64 id) const
{
    if (Status s = requireMember(id); !s)
        return s.error();
    return m_ws.conversations().conversation(id);
}

Result<Conversation> EmbeddedBackend::openDirect(qint64 otherId)
{
    if (Status s = requireSignedIn(); !s)
        return s.error();
    return m_ws.conversations().direct(m_me.id, otherId);
}

Result<Conversation> EmbeddedBackend::openGroup(const QList<qint64> &memberIds)
{
    if (Status s = requireSignedIn(); !s)
        return s.error();
    QList<qint64> wanted = memberIds;
    wanted.append(m_me.id);
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    if (wanted.size() == 2)
        return openDirect(wanted.first() == m_me.id ? wanted.last() : wanted.first());
    // The group chat with exactly these people, as people expect from "New message".
    auto mine = conversations();
    if (!mine)
        return mine.error();
    for (const ConversationSummary &s : *mine) {
        QList<qint64> members = s.conversation.memberIds;
        std::sort(members.begin(), members.end());
        if (s.conversation.kind == ConversationKind::Group && members == wanted)
            return s.conversation;
    }
    return m_ws.conversations().createGroup(m_me.id, QString(), memberIds);
}

Result<Conversation> EmbeddedBackend::createRoom(const QString &title,
                                                 const QList<qint64> &memberIds)
{
    if (Status s = requireSignedIn(); !s)
        return s.error();
    return m_ws.conversations().createRoom(m_me.id, title, memberIds);
}

Result<QList<Message>> EmbeddedBackend::history(qint64 conversationId, qint64 beforeId,
                                                int limit) const
{
    if (Status s = requireMember(conversationId); !s)
        return s.error();
    return m_ws.messages().history(conversationId, beforeId, limit);
}

Result<QList<Message>> EmbeddedBackend::historyAfter(qint64 conversationId, qint64 afterId,
                                                     int limit) const
{
    if (Status s = requireMember(conversationId); !s)
        return s.error();
    return m_ws.messages().historyAfter(conversationId, afterId, limit);
}

Result<Message> EmbeddedBackend::message(qint64 messageId) const
{
    auto m = m_ws.messages().message(messageId);
    if (!m)
        return m;
    if (Status s = requireMember(m->conversationId); !s)
        return Error{ErrorCode::NotFound, tr("This message does not exist, or you cannot see it.")};
    return m;
}

Result<Message> EmbeddedBackend::send(qint64 conversationId, const QString &text,
                                      const QStringList &files)
{
    if (Status s = requireSignedIn(); !s)
        return s.error();
    OutgoingMessage out{MessageKind::Text, text, {}, {}};
    for (const QString &file : files)
        out.attachments.append(NewAttachment::fromFile(file));
    return m_ws.messages().post(m_me.id, conversationId, out);
}

void EmbeddedBackend::send(qint64 conversationId, const QString &text, const QStringList &files,
                           const QObject *receiver, Progress progress, Reply<Message> done)
{
    QList<NewAttachment> attachments;
    for (const QString &file : files)
        attachments.append(NewAttachment::fromFile(file));
    sendAttachments(conversationId, text, attachments, receiver, std::move(progress),
                    std::move(done));
}

void EmbeddedBackend::sendAttachments(qint64 conversationId, const QString &text,
                                      const QList<NewAttachment> &files, const QObject *receiver,
                                      Progress progress, Reply<Message> done)
{
    if (files.isEmpty()) { // nothing to hash or copy: one short transaction
        deliver(receiver, done, send(conversationId, text, QStringList()));
        return;
    }
    if (Status s = requireSignedIn(); !s) {
        deliver(receiver, done, Result<Message>(s.error()));
        return;
    }
    QPointer<EmbeddedBackend> self(this);
    QPointer<const QObject> guard(receiver);
    Workspace *ws = &m_ws;
    const qint64 me = m_me.id;
    m_senders.start([self, guard, ws, me, conversationId, text, files, progress, done] {
        OutgoingMessage out{MessageKind::Text, text, {}, files};
        // At most one progress report waits in the caller's queue at a time.
        auto pending = std::make_shared<std::atomic<bool>>(false);
        out.progress = [self, guard, progress, pending](qint64 bytes, qint64 total) {
            // The last report always goes: the bar ends full.
            if (!progress || (pending->exchange(true) && bytes < total))
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, guard, progress, pending, bytes, total] {
                    pending->store(false);
                    if (self && guard)
                        progress(bytes, total);
                },
                Qt::QueuedConnection);
        };
        Result<Message> sent = ws->messages().post(me, conversationId, out);
        ws->db().releaseThreadConnection();
        QMetaObject::invokeMethod(
            self.data(),
            [self, guard, sent, done] {
                if (self)
                    deliver(guard, done, sent);
            },
            Qt::QueuedConnection);
    });
}

Status EmbeddedBackend::markRead(qint64 conversationId, qint64 upToMessageId)
{
    markRead(conversationId, upToMessageId, nullptr, {});
    return {};
}

void EmbeddedBackend::markRead(qint64 conversationId, qint64 upToMessageId, const QObject *receiver,
                               Done done)
{
    if (!isSignedIn()) {
        deliver(receiver, done, Status());
        return;
    }
    // A write, which waits while another thread or instance holds the write lock (Delete me
    // erasing a large profile, an export being delivered): on the worker, not the caller's
    // thread.
    Workspace *ws = &m_ws;
    const qint64 me = m_me.id;
    onWorker(
        [ws, me, conversationId, upToMessageId] {
            return ws->conversations().markRead(conversationId, me, upToMessageId);
        },
        [](const Error &error) { return error.message; }, receiver, std::move(done));
}

Status EmbeddedBackend::saveAttachment(qint64 attachmentId, const QString &targetPath) const
{
    return m_ws.messages().saveAttachment(attachmentId, targetPath);
}

QString EmbeddedBackend::attachmentFile(const Attachment &attachment) const
{
    return m_ws.blobs().pathFor(attachment.sha256);
}

qint64 EmbeddedBackend::maxAttachmentSize() const
{
    return m_ws.blobs().maxSize();
}

Result<SearchResults> EmbeddedBackend::search(const QString &text, int limit) const
{
    if (Status s = requireSignedIn(); !s)
        return s.error();
    return m_ws.search().search(m_me.id, text, limit);
}

Result<QList<Meeting>> EmbeddedBackend::meetings() const
{
    return m_ws.meetings().meetingsFor(m_me.id);
}

Result<Meeting> EmbeddedBackend::scheduleMeeting(const QString &title, qint64 startsAt, int minutes,
                                                 const QList<qint64> &inviteeIds)
{
    if (Status s = requireSignedIn(); !s)
        return s.error();
    return m_ws.meetings().schedule(m_me.id, title, startsAt, minutes, inviteeIds);
}

qint64 EmbeddedBackend::nowMs() const
{
    return m_ws.clock().nowMs();
}

bool EmbeddedBackend::isDemo() const
{
    return m_ws.isDemo();
}

QList<DemoPerson> EmbeddedBackend::demoPeople() const
{
    return m_ws.isDemo() ? DemoData::people() : QList<DemoPerson>();
}

Result<Profile> EmbeddedBackend::signInDemo(const QString &email)
{
    if (!m_ws.isDemo())
        return Error{ErrorCode::Forbidden, tr("Picking a person without a password works on the "
                                              "demo profile only.")};
    auto identity = m_ws.accounts().identityByEmail(email);
    if (!identity)
        return identity.error();
    return adopt(m_ws.sessions().openSession(identity->id, m_device), Status());
}

Status EmbeddedBackend::advanceClock(qint64 deltaMs)
{
    return m_ws.advanceClock(deltaMs);
}

Status EmbeddedBackend::resetDemo()
{
    if (!m_ws.isDemo())
        return Error{ErrorCode::Forbidden, tr("Only the demo profile can be reset.")};
    return DemoData::reset(m_ws);
}

Result<QString> EmbeddedBackend::folderSetting(const QString &key) const
{
    return m_ws.state(key);
}

Status EmbeddedBackend::setFolderSetting(const QString &key, const QString &value)
{
    return m_ws.setState(key, value);
}

QString EmbeddedBackend::dataLocation() const
{
    return m_ws.dataDir();
}

} // namespace carillon
