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

    Result<Profile> signIn(const QString &email, const QString &password, bool remember) override;
    void signInInBackground(const QString &email, const QString &password, bool remember,
                            std::function<void(const Result<Profile> &)> done) override;
    Result<Profile> createIdentity(const QString &email, const QString &name,
                                   const QString &password) override;
    void createIdentityInBackground(const QString &email, const QString &name,
                                    const QString &password,
                                    std::function<void(const Result<Profile> &)> done) override;
    Result<Profile> resumeRemembered() override;
    void signOut() override;
    bool isSignedIn() const override { return !m_sessionId.isEmpty(); }
    Profile me() const override { return m_me; }

    Result<Profile> profile(qint64 profileId) const override;
    Result<Profile> profileByEmail(const QString &email) const override;
    Profile assistant() const override;
    Result<Managed> managedStatus() const override;
    Result<QList<Contact>> contacts() const override;
    Result<QList<Invitation>> invitations() const override;
    Result<InviteOutcome> invite(const QString &email) override;
    Status acceptInvitation(const QString &fromEmail) override;

    Result<QList<ConversationSummary>> conversations() const override;
    Result<Conversation> conversation(qint64 id) const override;
    Result<Conversation> openDirect(qint64 otherId) override;
    Result<Conversation> openGroup(const QList<qint64> &memberIds) override;
    Result<Conversation> createRoom(const QString &title, const QList<qint64> &memberIds) override;
    Result<QList<Message>> history(qint64 conversationId, qint64 beforeId,
                                   int limit) const override;
    Result<QList<Message>> historyAfter(qint64 conversationId, qint64 afterId,
                                        int limit) const override;
    Result<Message> message(qint64 messageId) const override;
    Result<Message> send(qint64 conversationId, const QString &text,
                         const QStringList &files) override;
    void sendInBackground(qint64 conversationId, const QString &text, const QStringList &files,
                          std::function<void(qint64 done, qint64 total)> progress,
                          std::function<void(const Result<Message> &)> done) override;
    Status markRead(qint64 conversationId, qint64 upToMessageId) override;
    Status saveAttachment(qint64 attachmentId, const QString &targetPath) const override;
    QString attachmentFile(const Attachment &attachment) const override;
    qint64 maxAttachmentSize() const override;
    Result<SearchResults> search(const QString &text, int limit) const override;

    Result<QList<Meeting>> meetings() const override;
    Result<Meeting> scheduleMeeting(const QString &title, qint64 startsAt, int minutes,
                                    const QList<qint64> &inviteeIds) override;

    qint64 nowMs() const override;
    bool isDemo() const override;
    QList<DemoPerson> demoPeople() const override;
    Result<Profile> signInDemo(const QString &email) override;
    Status advanceClock(qint64 deltaMs) override;
    Status resetDemo() override;
    QString dataLocation() const override;
    Result<QString> folderSetting(const QString &key) const override;
    Status setFolderSetting(const QString &key, const QString &value) override;

private:
    // Takes the session as this device's; a failure to remember it is reported, not fatal.
    Result<Profile> adopt(const Result<SessionGrant> &grant, const Status &remembered);
    // open() and, when asked, saving the sign-in on the worker; adopted on this thread.
    void openInBackground(std::function<Result<SessionGrant>()> open, bool remember,
                          std::function<void(const Result<Profile> &)> done);
    void rememberInBackground(const QByteArray &token);
    // Runs task on the worker; a failure reaches the person through problem(describe(error)).
    void onWorker(std::function<Status()> task, std::function<QString(const Error &)> describe);
    void onChange(const Change &change);
    void checkSession();
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
