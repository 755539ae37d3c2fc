// EmbeddedBackend's ChatBackend calls that need no worker: each makes the synchronous call and
// answers before returning (the contract allows it; callers handle both). Those that wait for
// a password hash, a file copy or the write lock are in EmbeddedBackend.cpp, on its workers.

#include "core/EmbeddedBackend.h"

namespace carillon {

void EmbeddedBackend::resumeRemembered(const QObject *receiver, Reply<Profile> done)
{
    deliver(receiver, done, resumeRemembered());
}

void EmbeddedBackend::profile(qint64 profileId, const QObject *receiver, Reply<Profile> done)
{
    deliver(receiver, done, profile(profileId));
}

void EmbeddedBackend::profileByEmail(const QString &email, const QObject *receiver,
                                     Reply<Profile> done)
{
    deliver(receiver, done, profileByEmail(email));
}

void EmbeddedBackend::managedStatus(const QObject *receiver, Reply<Managed> done)
{
    deliver(receiver, done, managedStatus());
}

void EmbeddedBackend::contacts(const QObject *receiver, Reply<QList<Contact>> done)
{
    deliver(receiver, done, contacts());
}

void EmbeddedBackend::invitations(const QObject *receiver, Reply<QList<Invitation>> done)
{
    deliver(receiver, done, invitations());
}

void EmbeddedBackend::invite(const QString &email, const QObject *receiver,
                             Reply<InviteOutcome> done)
{
    deliver(receiver, done, invite(email));
}

void EmbeddedBackend::acceptInvitation(const QString &fromEmail, const QObject *receiver, Done done)
{
    deliver(receiver, done, acceptInvitation(fromEmail));
}

void EmbeddedBackend::conversations(const QObject *receiver, Reply<QList<ConversationSummary>> done)
{
    deliver(receiver, done, conversations());
}

void EmbeddedBackend::conversation(qint64 id, const QObject *receiver, Reply<Conversation> done)
{
    deliver(receiver, done, conversation(id));
}

void EmbeddedBackend::openDirect(qint64 otherId, const QObject *receiver, Reply<Conversation> done)
{
    deliver(receiver, done, openDirect(otherId));
}

void EmbeddedBackend::openGroup(const QList<qint64> &memberIds, const QObject *receiver,
                                Reply<Conversation> done)
{
    deliver(receiver, done, openGroup(memberIds));
}

void EmbeddedBackend::createRoom(const QString &title, const QList<qint64> &memberIds,
                                 const QObject *receiver, Reply<Conversation> done)
{
    deliver(receiver, done, createRoom(title, memberIds));
}

void EmbeddedBackend::history(qint64 conversationId, qint64 beforeId, int limit,
                              const QObject *receiver, Reply<QList<Message>> done)
{
    deliver(receiver, done, history(conversationId, beforeId, limit));
}

void EmbeddedBackend::historyAfter(qint64 conversationId, qint64 afterId, int limit,
                                   const QObject *receiver, Reply<QList<Message>> done)
{
    deliver(receiver, done, historyAfter(conversationId, afterId, limit));
}

void EmbeddedBackend::message(qint64 messageId, const QObject *receiver, Reply<Message> done)
{
    deliver(receiver, done, message(messageId));
}

void EmbeddedBackend::saveAttachment(qint64 attachmentId, const QString &targetPath,
                                     const QObject *receiver, Done done)
{
    deliver(receiver, done, saveAttachment(attachmentId, targetPath));
}

void EmbeddedBackend::attachmentFile(const Attachment &attachment, const QObject *receiver,
                                     Reply<QString> done)
{
    deliver(receiver, done, Result<QString>(attachmentFile(attachment)));
}

void EmbeddedBackend::search(const QString &text, int limit, const QObject *receiver,
                             Reply<SearchResults> done)
{
    deliver(receiver, done, search(text, limit));
}

void EmbeddedBackend::meetings(const QObject *receiver, Reply<QList<Meeting>> done)
{
    deliver(receiver, done, meetings());
}

void EmbeddedBackend::scheduleMeeting(const QString &title, qint64 startsAt, int minutes,
                                      const QList<qint64> &inviteeIds, const QObject *receiver,
                                      Reply<Meeting> done)
{
    deliver(receiver, done, scheduleMeeting(title, startsAt, minutes, inviteeIds));
}

void EmbeddedBackend::signInDemo(const QString &email, const QObject *receiver, Reply<Profile> done)
{
    deliver(receiver, done, signInDemo(email));
}

void EmbeddedBackend::advanceClock(qint64 deltaMs, const QObject *receiver, Done done)
{
    deliver(receiver, done, advanceClock(deltaMs));
}

void EmbeddedBackend::resetDemo(const QObject *receiver, Done done)
{
    deliver(receiver, done, resetDemo());
}

void EmbeddedBackend::folderSetting(const QString &key, const QObject *receiver,
                                    Reply<QString> done)
{
    deliver(receiver, done, folderSetting(key));
}

void EmbeddedBackend::setFolderSetting(const QString &key, const QString &value,
                                       const QObject *receiver, Done done)
{
    deliver(receiver, done, setFolderSetting(key, value));
}

} // namespace carillon
