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
#include <QPointer>
#include <QThread>

#include <functional>

namespace carillon {

// The answer to one asynchronous call: a value or the error.
template <typename T> using Reply = std::function<void(const Result<T> &)>;
// The answer to a call that has nothing to return but may fail.
using Done = std::function<void(const Status &)>;
// How far a long write got (bytes of all files of a message being sent).
using Progress = std::function<void(qint64 done, qint64 total)>;

// What a client sees of Carillon once signed in: one person's contacts, conversations,
// messages and meetings, plus change signals. The desktop UI talks only to this interface.
// Today's implementation is embedded (EmbeddedBackend, in-process over the Workspace); a
// network implementation talking to a Carillon server fits behind the same calls.
//
// The contract of every call that reads or writes the store (those taking a receiver):
// - done is called exactly once, on the receiver's thread, with the value or the error;
// - it is not called at all when the receiver has been destroyed meanwhile (as with the
//   context object of QObject::connect): a closed dialog or view is never called back;
// - it may run before the call returns (the embedded backend answers most reads at once) or
//   later from the event loop (a network backend, a worker thread): callers handle both, so
//   they set up their state before calling and never rely on either order;
// - replies to calls made on one thread in a row arrive in the order of the calls where the
//   backend can keep it, but a caller that may make a newer request of the same kind (another
//   conversation opened, the list refreshed again) must itself ignore an older reply;
// - an empty done (or progress) is allowed: the call is made and its answer dropped, which is
//   only right for writes whose failure reaches the person another way (problem()).
// What a backend knows locally without asking anyone stays synchronous: isSignedIn, me,
// assistant, nowMs, isDemo, maxAttachmentSize, dataLocation, demoPeople. Changes made by
// anyone (this device included) arrive as signals, also between a call and its reply.
class ChatBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Calls done(answer) on the receiver's thread unless the receiver is gone: at once when
    // called on that thread, queued otherwise. For implementations; callers get it for free.
    template <typename Answer>
    static void deliver(const QPointer<const QObject> &receiver,
                        const std::function<void(const Answer &)> &done, const Answer &answer)
    {
        if (!receiver || !done)
            return;
        if (receiver->thread() == QThread::currentThread()) {
            done(answer);
            return;
        }
        QMetaObject::invokeMethod(
            const_cast<QObject *>(receiver.data()),
            [receiver, done, answer] {
                if (receiver)
                    done(answer);
            },
            Qt::QueuedConnection);
    }

    // Session. The password checks and hashes are deliberately slow: a backend never runs
    // them on the caller's thread.
    virtual void signIn(const QString &email, const QString &password, bool remember,
                        const QObject *receiver, Reply<Profile> done) = 0;
    virtual void createIdentity(const QString &email, const QString &name, const QString &password,
                                const QObject *receiver, Reply<Profile> done) = 0;
    virtual void resumeRemembered(const QObject *receiver, Reply<Profile> done) = 0;
    // Signed out here at once (isSignedIn() is false and signedOut() is emitted before it
    // returns); done says whether the session was also ended in the store. With an empty done,
    // a failure is reported through problem().
    virtual void signOut(const QObject *receiver, Done done) = 0;
    virtual bool isSignedIn() const = 0;
    virtual Profile me() const = 0;

    // People
    virtual void profile(qint64 profileId, const QObject *receiver, Reply<Profile> done) = 0;
    virtual void profileByEmail(const QString &email, const QObject *receiver,
                                Reply<Profile> done) = 0;
    virtual Profile assistant() const = 0;
    virtual void managedStatus(const QObject *receiver, Reply<Managed> done) = 0;
    virtual void contacts(const QObject *receiver, Reply<QList<Contact>> done) = 0;
    virtual void invitations(const QObject *receiver, Reply<QList<Invitation>> done) = 0;
    virtual void invite(const QString &email, const QObject *receiver,
                        Reply<InviteOutcome> done) = 0;
    virtual void acceptInvitation(const QString &fromEmail, const QObject *receiver, Done done) = 0;

    // Conversations
    virtual void conversations(const QObject *receiver, Reply<QList<ConversationSummary>> done) = 0;
    virtual void conversation(qint64 id, const QObject *receiver, Reply<Conversation> done) = 0;
    virtual void openDirect(qint64 otherId, const QObject *receiver, Reply<Conversation> done) = 0;
    virtual void openGroup(const QList<qint64> &memberIds, const QObject *receiver,
                           Reply<Conversation> done) = 0;
    virtual void createRoom(const QString &title, const QList<qint64> &memberIds,
                            const QObject *receiver, Reply<Conversation> done) = 0;
    // Up to limit messages older than beforeId (0: the newest), oldest first.
    virtual void history(qint64 conversationId, qint64 beforeId, int limit, const QObject *receiver,
                         Reply<QList<Message>> done) = 0;
    // Up to limit messages newer than afterId, oldest first: a view that let go of the newest
    // pages (to stay small deep in a long history) reloads them as the person scrolls down.
    virtual void historyAfter(qint64 conversationId, qint64 afterId, int limit,
                              const QObject *receiver, Reply<QList<Message>> done) = 0;
    virtual void message(qint64 messageId, const QObject *receiver, Reply<Message> done) = 0;
    // Text, files or both. progress (bytes of all files, may never come for text alone) and
    // done follow the contract above; messagePosted() announces the message as for any other.
    virtual void send(qint64 conversationId, const QString &text, const QStringList &files,
                      const QObject *receiver, Progress progress, Reply<Message> done) = 0;
    // With an empty done, a failure is reported through problem() (the person should know
    // that the unread count stays wrong on their other devices).
    virtual void markRead(qint64 conversationId, qint64 upToMessageId, const QObject *receiver,
                          Done done) = 0;
    virtual void saveAttachment(qint64 attachmentId, const QString &targetPath,
                                const QObject *receiver, Done done) = 0;
    // A local file holding the attachment's bytes, for opening and thumbnails (a network
    // backend downloads it first).
    virtual void attachmentFile(const Attachment &attachment, const QObject *receiver,
                                Reply<QString> done) = 0;
    virtual qint64 maxAttachmentSize() const = 0;
    // People, rooms and message text the signed-in person may see; messages newest first.
    virtual void search(const QString &text, int limit, const QObject *receiver,
                        Reply<SearchResults> done) = 0;

    // Meetings
    virtual void meetings(const QObject *receiver, Reply<QList<Meeting>> done) = 0;
    virtual void scheduleMeeting(const QString &title, qint64 startsAt, int minutes,
                                 const QList<qint64> &inviteeIds, const QObject *receiver,
                                 Reply<Meeting> done) = 0;

    // Time and the demo profile
    virtual qint64 nowMs() const = 0;
    virtual bool isDemo() const = 0;
    virtual QList<DemoPerson> demoPeople() const = 0;
    virtual void signInDemo(const QString &email, const QObject *receiver, Reply<Profile> done) = 0;
    virtual void advanceClock(qint64 deltaMs, const QObject *receiver, Done done) = 0;
    virtual void resetDemo(const QObject *receiver, Done done) = 0;
    virtual QString dataLocation() const = 0;
    // Settings kept with the data folder (shared by every instance on it): "links.port",
    // "assistant.export_delay_ms". Empty when unset.
    virtual void folderSetting(const QString &key, const QObject *receiver,
                               Reply<QString> done) = 0;
    virtual void setFolderSetting(const QString &key, const QString &value, const QObject *receiver,
                                  Done done) = 0;

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
