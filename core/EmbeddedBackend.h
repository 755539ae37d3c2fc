#pragma once

#include "core/ChatBackend.h"

#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace carillon {

class RememberedSignIn;
class Workspace;
struct Change;

// How an EmbeddedBackend serves its device. The desktop client takes the defaults; the server
// makes one backend per connected device.
struct DeviceOptions
{
    QString device;         // in the person's sessions; empty: this computer and process
    bool keepSignIn = true; // "remember me" in this computer's keychain
    // How often the session row is re-read whatever the change feed says; 0: only when the
    // feed announces a change (the server's feed is PostgreSQL's NOTIFY, which loses nothing
    // while it listens and announces everything after it listens again).
    int sessionCheckMs = 500;
    // Whether the backend follows the change feed itself. The server says no: it looks each
    // change up once for all its devices (server/EventFanout) instead of once per device, and
    // calls checkSession() on the devices a session change is about.
    bool followFeed = true;
};

// ChatBackend over a Workspace in this process (the SQLite store on this machine). Changes
// made by other instances on the same data folder arrive through the change feed.
class EmbeddedBackend final : public ChatBackend
{
    Q_OBJECT
public:
    explicit EmbeddedBackend(Workspace &ws, QObject *parent = nullptr);
    EmbeddedBackend(Workspace &ws, DeviceOptions options, QObject *parent = nullptr);
    ~EmbeddedBackend() override;

    Workspace &workspace() { return m_ws; }
    QString sessionId() const { return m_sessionId; }
    // Takes a session opened elsewhere as this device's: the server opens sessions for the
    // devices connected to it (the token goes to the device) and serves each through a backend.
    Result<Profile> adoptSession(const SessionGrant &grant) { return adopt(grant, Status()); }

    // The synchronous calls: the same store operations answered on the caller's thread (the
    // command line, the server and tests use them; the UI uses the ChatBackend calls below).
    Result<Profile> signIn(const QString &email, const QString &password, bool remember);
    Result<Profile> createIdentity(const QString &email, const QString &name,
                                   const QString &password);
    Result<Profile> resumeRemembered();
    void signOut();
    bool isSignedIn() const override { return !m_sessionId.isEmpty(); }
    Profile me() const override { return m_me; }
    // Re-reads this device's session row; signedOut() when it has ended meanwhile.
    void checkSession();

    Result<Profile> profile(qint64 profileId) const;
    Result<Profile> profileByEmail(const QString &email) const;
    Profile assistant() const override;
    Result<Managed> managedStatus() const;
    Result<QList<Contact>> contacts() const;
    Result<QList<Invitation>> invitations() const;
    Result<InviteOutcome> invite(const QString &email);
    Status acceptInvitation(const QString &fromEmail);

    Result<QList<ConversationSummary>> conversations() const;
    Result<Conversation> conversation(qint64 id) const;
    Result<Conversation> openDirect(qint64 otherId);
    Result<Conversation> openGroup(const QList<qint64> &memberIds);
    Result<Conversation> createRoom(const QString &title, const QList<qint64> &memberIds);
    Result<QList<Message>> history(qint64 conversationId, qint64 beforeId, int limit) const;
    Result<QList<Message>> historyAfter(qint64 conversationId, qint64 afterId, int limit) const;
    Result<Message> message(qint64 messageId) const;
    Result<Message> send(qint64 conversationId, const QString &text, const QStringList &files);
    // The write happens on the worker; a failure arrives through problem().
    Status markRead(qint64 conversationId, qint64 upToMessageId);
    Status saveAttachment(qint64 attachmentId, const QString &targetPath) const;
    QString attachmentFile(const Attachment &attachment) const;
    qint64 maxAttachmentSize() const override;
    Result<SearchResults> search(const QString &text, int limit) const;

    Result<QList<Meeting>> meetings() const;
    Result<Meeting> scheduleMeeting(const QString &title, qint64 startsAt, int minutes,
                                    const QList<qint64> &inviteeIds);

    qint64 nowMs() const override;
    bool isDemo() const override;
    QList<DemoPerson> demoPeople() const override;
    Result<Profile> signInDemo(const QString &email);
    Status advanceClock(qint64 deltaMs);
    Status resetDemo();
    QString dataLocation() const override;
    Result<QString> folderSetting(const QString &key) const;
    Status setFolderSetting(const QString &key, const QString &value);

    // ChatBackend. Sign-in, creating an identity, sending files and markRead run on worker
    // threads and answer later; everything else is answered before the call returns.
    void signIn(const QString &email, const QString &password, bool remember,
                const QObject *receiver, Reply<Profile> done) override;
    void createIdentity(const QString &email, const QString &name, const QString &password,
                        const QObject *receiver, Reply<Profile> done) override;
    void resumeRemembered(const QObject *receiver, Reply<Profile> done) override;
    void signOut(const QObject *receiver, Done done) override;
    void profile(qint64 profileId, const QObject *receiver, Reply<Profile> done) override;
    void profileByEmail(const QString &email, const QObject *receiver,
                        Reply<Profile> done) override;
    void managedStatus(const QObject *receiver, Reply<Managed> done) override;
    void contacts(const QObject *receiver, Reply<QList<Contact>> done) override;
    void invitations(const QObject *receiver, Reply<QList<Invitation>> done) override;
    void invite(const QString &email, const QObject *receiver, Reply<InviteOutcome> done) override;
    void acceptInvitation(const QString &fromEmail, const QObject *receiver, Done done) override;
    void conversations(const QObject *receiver, Reply<QList<ConversationSummary>> done) override;
    void conversation(qint64 id, const QObject *receiver, Reply<Conversation> done) override;
    void openDirect(qint64 otherId, const QObject *receiver, Reply<Conversation> done) override;
    void openGroup(const QList<qint64> &memberIds, const QObject *receiver,
                   Reply<Conversation> done) override;
    void createRoom(const QString &title, const QList<qint64> &memberIds, const QObject *receiver,
                    Reply<Conversation> done) override;
    void history(qint64 conversationId, qint64 beforeId, int limit, const QObject *receiver,
                 Reply<QList<Message>> done) override;
    void historyAfter(qint64 conversationId, qint64 afterId, int limit, const QObject *receiver,
                      Reply<QList<Message>> done) override;
    void message(qint64 messageId, const QObject *receiver, Reply<Message> done) override;
    void send(qint64 conversationId, const QString &text, const QStringList &files,
              const QObject *receiver, Progress progress, Reply<Message> done) override;
    // send() with files named apart from their paths (carillon-server's uploads): stored on
    // the sending worker exactly as send()'s files are, in one transaction.
    void sendAttachments(qint64 conversationId, const QString &text,
                         const QList<NewAttachment> &files, const QObject *receiver,
                         Progress progress, Reply<Message> done);
    void markRead(qint64 conversationId, qint64 upToMessageId, const QObject *receiver,
                  Done done) override;
    void saveAttachment(qint64 attachmentId, const QString &targetPath, const QObject *receiver,
                        Done done) override;
    void attachmentFile(const Attachment &attachment, const QObject *receiver,
                        Reply<QString> done) override;
    void search(const QString &text, int limit, const QObject *receiver,
                Reply<SearchResults> done) override;
    void meetings(const QObject *receiver, Reply<QList<Meeting>> done) override;
    void scheduleMeeting(const QString &title, qint64 startsAt, int minutes,
                         const QList<qint64> &inviteeIds, const QObject *receiver,
                         Reply<Meeting> done) override;
    void signInDemo(const QString &email, const QObject *receiver, Reply<Profile> done) override;
    void advanceClock(qint64 deltaMs, const QObject *receiver, Done done) override;
    void resetDemo(const QObject *receiver, Done done) override;
    void folderSetting(const QString &key, const QObject *receiver, Reply<QString> done) override;
    void setFolderSetting(const QString &key, const QString &value, const QObject *receiver,
                          Done done) override;

private:
    // Takes the session as this device's; a failure to remember it is reported, not fatal.
    Result<Profile> adopt(const Result<SessionGrant> &grant, const Status &remembered);
    // open() and, when asked, saving the sign-in on the worker; adopted on this thread.
    void openInBackground(std::function<Result<SessionGrant>()> open, bool remember,
                          const QObject *receiver, Reply<Profile> done);
    void rememberInBackground(const QByteArray &token);
    // Runs task on the worker; a failure reaches the person through problem(describe(error)).
    // With a receiver and done, done gets the outcome instead.
    void onWorker(std::function<Status()> task, std::function<QString(const Error &)> describe,
                  const QObject *receiver = nullptr, Done done = {});
    void onChange(const Change &change);
    void forgetRemembered();
    Status requireSignedIn() const;
    // Signed in and a member of the conversation: what every read of a conversation needs.
    Status requireMember(qint64 conversationId) const;

    Workspace &m_ws;
    QString m_sessionId;
    Profile m_me;
    QString m_device;
    std::unique_ptr<RememberedSignIn> m_remembered;
    // Re-reads this device's session row now and then: a sign-out must not depend on the
    // change feed, whose rows age out while a device sleeps.
    QTimer m_sessionCheck;
    int m_sessionCheckMs = 0;
    // One thread, so its tasks run in order (a sign-in's saved token before a later sign-out
    // forgets it): the password check, session writes and every keychain call of the saved
    // sign-in, off the GUI thread; waited for on destruction.
    QThreadPool m_workers;
    QThreadPool m_senders; // attachments being stored; waited for on destruction
};

} // namespace carillon
