#pragma once

#include "core/AssistantPayloads.h"
#include "core/ContactStore.h"
#include "core/DemoData.h"
#include "core/MessageStore.h"
#include "core/OrgStore.h"
#include "core/Result.h"
#include "core/SearchIndex.h"
#include "core/SessionStore.h"
#include "core/Types.h"

#include <QObject>

#include <functional>

namespace carillon {

// What a client sees of Carillon once signed in: one person's contacts, conversations,
// messages and meetings, plus change signals. The desktop UI talks only to this interface.
// Today's implementation is embedded (EmbeddedBackend, in-process over the Workspace); a
// network implementation talking to a Carillon server fits behind the same calls, which is
// why every call returns a Result and every change arrives as a signal.
class ChatBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Session
    virtual Result<Profile> signIn(const QString &email, const QString &password,
                                   bool remember) = 0;
    // The same without blocking the caller: the password check (deliberately slow) runs on
    // another thread; done is called on the caller's thread, unless the backend is gone.
    virtual void signInInBackground(const QString &email, const QString &password, bool remember,
                                    std::function<void(const Result<Profile> &)> done) = 0;
    virtual Result<Profile> createIdentity(const QString &email, const QString &name,
                                           const QString &password) = 0;
    // The same without blocking the caller (hashing the new password is deliberately slow).
    virtual void createIdentityInBackground(const QString &email, const QString &name,
                                            const QString &password,
                                            std::function<void(const Result<Profile> &)> done) = 0;
    virtual Result<Profile> resumeRemembered() = 0;
    virtual void signOut() = 0;
    virtual bool isSignedIn() const = 0;
    virtual Profile me() const = 0;

    // People
    virtual Result<Profile> profile(qint64 profileId) const = 0;
    virtual Result<Profile> profileByEmail(const QString &email) const = 0;
    virtual Profile assistant() const = 0;
    virtual Result<Managed> managedStatus() const = 0;
    virtual Result<QList<Contact>> contacts() const = 0;
    virtual Result<QList<Invitation>> invitations() const = 0;
    virtual Result<InviteOutcome> invite(const QString &email) = 0;
    virtual Status acceptInvitation(const QString &fromEmail) = 0;

    // Conversations
    virtual Result<QList<ConversationSummary>> conversations() const = 0;
    virtual Result<Conversation> conversation(qint64 id) const = 0;
    virtual Result<Conversation> openDirect(qint64 otherId) = 0;
    virtual Result<Conversation> openGroup(const QList<qint64> &memberIds) = 0;
    virtual Result<Conversation> createRoom(const QString &title,
                                            const QList<qint64> &memberIds) = 0;
    virtual Result<QList<Message>> history(qint64 conversationId, qint64 beforeId,
                                           int limit) const = 0;
    // Up to limit messages newer than afterId, oldest first: a view that let go of the newest
    // pages (to stay small deep in a long history) reloads them as the person scrolls down.
    virtual Result<QList<Message>> historyAfter(qint64 conversationId, qint64 afterId,
                                                int limit) const = 0;
    virtual Result<Message> message(qint64 messageId) const = 0;
    virtual Result<Message> send(qint64 conversationId, const QString &text,
                                 const QStringList &files) = 0;
    // The same as send without blocking the caller: the files are hashed and copied into the
    // store on another thread. progress (bytes of all files) and done are called on the
    // caller's thread, unless the backend is gone; done always comes, with the error if any.
    virtual void sendInBackground(qint64 conversationId, const QString &text,
                                  const QStringList &files,
                                  std::function<void(qint64 done, qint64 total)> progress,
                                  std::function<void(const Result<Message> &)> done) = 0;
    // Without blocking the caller: the write happens on another thread; a failure arrives
    // through problem().
    virtual Status markRead(qint64 conversationId, qint64 upToMessageId) = 0;
    virtual Status saveAttachment(qint64 attachmentId, const QString &targetPath) const = 0;
    // A local file holding the attachment's bytes, for opening and thumbnails.
    virtual QString attachmentFile(const Attachment &attachment) const = 0;
    virtual qint64 maxAttachmentSize() const = 0;
    // People, rooms and message text the signed-in person may see; messages newest first.
    virtual Result<SearchResults> search(const QString &text, int limit) const = 0;

    // Meetings
    virtual Result<QList<Meeting>> meetings() const = 0;
    virtual Result<Meeting> scheduleMeeting(const QString &title, qint64 startsAt, int minutes,
                                            const QList<qint64> &inviteeIds) = 0;

    // Time and the demo profile
    virtual qint64 nowMs() const = 0;
    virtual bool isDemo() const = 0;
    virtual QList<DemoPerson> demoPeople() const = 0;
    virtual Result<Profile> signInDemo(const QString &email) = 0;
    virtual Status advanceClock(qint64 deltaMs) = 0;
    virtual Status resetDemo() = 0;
    virtual QString dataLocation() const = 0;
    // Settings kept with the data folder (shared by every instance on it): "links.port",
    // "assistant.export_delay_ms". Empty when unset.
    virtual Result<QString> folderSetting(const QString &key) const = 0;
    virtual Status setFolderSetting(const QString &key, const QString &value) = 0;

signals:
    void messagePosted(qint64 conversationId, qint64 messageId);
    void conversationsChanged();
    void contactsChanged();
    void meetingsChanged();
    void clockChanged();
    // This device's session ended elsewhere (Delete me on another device, an Enterprise
    // deleting the account, a demo reset) or here.
    void signedOut(carillon::RevokeReason reason);
    // A step the person did not ask for directly failed (saving or forgetting the remembered
    // sign-in, ending the session on sign-out): the message says what it means for them.
    void problem(const QString &message);
};

} // namespace carillon
