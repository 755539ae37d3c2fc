// RemoteBackend's ChatBackend calls: each is one frame to the server, its answer decoded into
// the core's type for the caller. Attachment bytes go beside the protocol, over the server's
// link server (RemoteTransfers): uploaded before the send that names them, downloaded on
// request.

#include "net/RemoteBackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>

namespace carillon {

std::optional<Error> RemoteBackend::cannotTransfer() const
{
    if (!isSignedIn())
        return Error{ErrorCode::Forbidden, tr("Sign in first.")};
    if (m_filesUrl.isEmpty() || m_uploadsUrl.isEmpty())
        return Error{ErrorCode::Conflict,
                     m_ready ? tr("The Carillon server at %1 does not pass attachments on (it "
                                  "may be an older version). Ask whoever runs it to update it.")
                                   .arg(m_url.toString())
                             : unreachable().message};
    return std::nullopt;
}

template <typename T>
void RemoteBackend::request(const QString &name, const wire::Object &args, const QObject *receiver,
                            Reply<T> done)
{
    QPointer<const QObject> guard(receiver);
    call(name, args,
         [guard, done, name](const QJsonValue &value, const std::optional<Error> &error) {
             if (error) {
                 deliver<Result<T>>(guard, done, *error);
                 return;
             }
             T decoded{};
             if (!wire::decode(value, &decoded)) {
                 deliver<Result<T>>(guard, done,
                                    Error{ErrorCode::InvalidInput,
                                          tr("The server's answer to \"%1\" could not be read; "
                                             "the server may be a different version.")
                                              .arg(name)});
                 return;
             }
             deliver<Result<T>>(guard, done, decoded);
         });
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

void RemoteBackend::invite(const QString &email, const QObject *receiver, Reply<InviteOutcome> done)
{
    request(QStringLiteral("invite"), {{"email", email}}, receiver, std::move(done));
}

void RemoteBackend::acceptInvitation(const QString &fromEmail, const QObject *receiver, Done done)
{
    requestStatus(QStringLiteral("acceptInvitation"), {{"from", fromEmail}}, receiver,
                  std::move(done));
}

void RemoteBackend::conversations(const QObject *receiver, Reply<QList<ConversationSummary>> done)
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
                         const QObject *receiver, Progress progress, Reply<Message> done)
{
    if (files.isEmpty()) {
        request(QStringLiteral("send"), {{"conversation", conversationId}, {"text", text}},
                receiver, std::move(done));
        return;
    }
    QPointer<const QObject> guard(receiver);
    if (const auto cannot = cannotTransfer()) {
        deliver<Result<Message>>(guard, done, *cannot);
        return;
    }
    // The files first, each to an upload of its own; the message names them once all are in.
    // A failure on the way sends no message (the server removes what it got after a day).
    Progress report;
    if (progress)
        report = [guard, progress](qint64 bytes, qint64 total) {
            if (guard)
                progress(bytes, total);
        };
    m_transfers.upload(
        m_uploadsUrl, m_token, files, m_maxAttachmentSize, report,
        [this, guard, done, conversationId,
         text](const Result<QList<RemoteTransfers::Uploaded>> &uploaded) {
            if (!uploaded) {
                deliver<Result<Message>>(guard, done, uploaded.error());
                return;
            }
            if (!guard)
                return;
            QJsonArray refs;
            for (const RemoteTransfers::Uploaded &u : *uploaded)
                refs.append(wire::Object{{"id", u.id}, {"name", u.fileName}});
            request(QStringLiteral("send"),
                    {{"conversation", conversationId}, {"text", text}, {"uploads", refs}},
                    guard.data(), done);
        });
}

void RemoteBackend::markRead(qint64 conversationId, qint64 upToMessageId, const QObject *receiver,
                             Done done)
{
    requestStatus(QStringLiteral("markRead"),
                  {{"conversation", conversationId}, {"upTo", upToMessageId}}, receiver,
                  done ? done : Done([this](const Status &s) {
                      if (!s)
                          emit problem(s.error().message);
                  }));
}

void RemoteBackend::saveAttachment(qint64 attachmentId, const QString &targetPath,
                                   const QObject *receiver, Done done)
{
    QPointer<const QObject> guard(receiver);
    if (const auto cannot = cannotTransfer()) {
        deliver<Status>(guard, done, *cannot);
        return;
    }
    m_transfers.download(QUrl(m_filesUrl.toString() + QString::number(attachmentId)), m_token,
                         targetPath, {},
                         [guard, done](const Status &saved) { deliver(guard, done, saved); });
}

void RemoteBackend::attachmentFile(const Attachment &attachment, const QObject *receiver,
                                   Reply<QString> done)
{
    QPointer<const QObject> guard(receiver);
    if (const auto cannot = cannotTransfer()) {
        deliver<Result<QString>>(guard, done, *cannot);
        return;
    }
    // Opened attachments are the person's own data: no other user of this computer may get
    // into the cache (what is in it inherits nothing readable through a closed folder).
    if (!QDir().mkpath(m_cacheFolder) ||
        !QFile::setPermissions(m_cacheFolder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner)) {
        deliver<Result<QString>>(
            guard, done,
            Error{ErrorCode::Io, tr("Cannot make the attachment cache %1 private to you. Check "
                                    "that you own that folder, then try again.")
                                     .arg(m_cacheFolder)});
        return;
    }
    // One folder per attachment keeps its own name (for opening it with the right program).
    const QString path = m_cacheFolder + QLatin1Char('/') + QString::number(attachment.id) +
                         QLatin1Char('/') + RemoteTransfers::safeFileName(attachment.fileName);
    const QUrl url(m_filesUrl.toString() + QString::number(attachment.id));
    const QString token = m_token;
    const QString sha256 = attachment.sha256;
    const auto fetch = [this, url, token, path, sha256, guard, done] {
        m_transfers.download(url, token, path, sha256, [guard, done, path](const Status &saved) {
            deliver<Result<QString>>(
                guard, done, saved ? Result<QString>(path) : Result<QString>(saved.error()));
        });
    };
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() != attachment.size) {
        fetch();
        return;
    }
    // A copy from before: used when its bytes are still the attachment's.
    m_transfers.verify(path, sha256, [guard, done, path, fetch](bool same) {
        if (same)
            deliver<Result<QString>>(guard, done, path);
        else
            fetch();
    });
}

void RemoteBackend::search(const QString &text, int limit, const QObject *receiver,
                           Reply<SearchResults> done)
{
    request(QStringLiteral("search"), {{"text", text}, {"limit", limit}}, receiver,
            std::move(done));
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
