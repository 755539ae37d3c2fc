#pragma once

#include "core/ChatBackend.h"

#include "net/RemoteTransfers.h"
#include "net/Wire.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace carillon {

class SecretStore;

// ChatBackend over a WebSocket to carillon-server (the protocol in net/Wire.h): every call is a
// frame answered later, every change the server announces becomes the matching signal. The
// connection is made at once and remade after a loss (1 s, then doubling up to 30 s). Every
// call is answered exactly once: by the server, or with an error when the connection drops
// before the answer (the call may or may not have been carried out), when a connection attempt
// fails while it waits, or after callTimeoutMs without an answer. A call made while the
// connection is down starts an attempt at once rather than waiting out the back-off, so a
// wrong address or a stopped server is reported within moments. After a reconnection the
// session is resumed with its token (calls wait for that) and every list is announced as
// changed, as events may have been missed meanwhile.
// "Remember me" keeps the session token in the secret store (the OS keychain) under a name
// made from the server's address, written and read on a worker thread.
class RemoteBackend final : public ChatBackend
{
    Q_OBJECT
public:
    static constexpr int kCallTimeoutMs = 15'000;

    // server: a ws:// or wss:// URL (see ServerAddress::parse). secrets may be null (nothing
    // is remembered) and must outlive the backend.
    RemoteBackend(const QUrl &server, SecretStore *secrets, QObject *parent = nullptr);
    ~RemoteBackend() override;

    QUrl server() const { return m_url; }
    // Connected, greeted and (when signed in) resumed: calls go out at once.
    bool isConnected() const { return m_ready; }
    void setCallTimeout(int ms) { m_callTimeoutMs = ms; }
    // The secret store's name of this server's saved session token.
    static QString tokenSecretName(const QUrl &server);
    // Where attachmentFile() keeps downloaded attachments: by default this server's folder in
    // the user's cache (QStandardPaths::CacheLocation).
    QString cacheFolder() const { return m_cacheFolder; }
    void setCacheFolder(const QString &folder) { m_cacheFolder = folder; }

    void signIn(const QString &email, const QString &password, bool remember,
                const QObject *receiver, Reply<Profile> done) override;
    void createIdentity(const QString &email, const QString &name, const QString &password,
                        const QObject *receiver, Reply<Profile> done) override;
    void resumeRemembered(const QObject *receiver, Reply<Profile> done) override;
    void signOut(const QObject *receiver, Done done) override;
    bool isSignedIn() const override { return m_me.id != 0; }
    Profile me() const override { return m_me; }

    void profile(qint64 profileId, const QObject *receiver, Reply<Profile> done) override;
    void profileByEmail(const QString &email, const QObject *receiver,
                        Reply<Profile> done) override;
    Profile assistant() const override { return m_assistant; }
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
    void markRead(qint64 conversationId, qint64 upToMessageId, const QObject *receiver,
                  Done done) override;
    void saveAttachment(qint64 attachmentId, const QString &targetPath, const QObject *receiver,
                        Done done) override;
    void attachmentFile(const Attachment &attachment, const QObject *receiver,
                        Reply<QString> done) override;
    qint64 maxAttachmentSize() const override { return m_maxAttachmentSize; }
    void search(const QString &text, int limit, const QObject *receiver,
                Reply<SearchResults> done) override;

    void meetings(const QObject *receiver, Reply<QList<Meeting>> done) override;
    void scheduleMeeting(const QString &title, qint64 startsAt, int minutes,
                         const QList<qint64> &inviteeIds, const QObject *receiver,
                         Reply<Meeting> done) override;

    qint64 nowMs() const override;
    bool isDemo() const override { return m_demo; }
    QList<DemoPerson> demoPeople() const override { return m_demoPeople; }
    void signInDemo(const QString &email, const QObject *receiver, Reply<Profile> done) override;
    void advanceClock(qint64 deltaMs, const QObject *receiver, Done done) override;
    void resetDemo(const QObject *receiver, Done done) override;
    QString dataLocation() const override { return m_url.toString(); }
    void folderSetting(const QString &key, const QObject *receiver, Reply<QString> done) override;
    void setFolderSetting(const QString &key, const QString &value, const QObject *receiver,
                          Done done) override;

signals:
    // The connection is ready (greeted and, when signed in, resumed) or went down.
    void connectionChanged(bool connected);

private:
    using Answer = std::function<void(const QJsonValue &value, const std::optional<Error> &error)>;
    struct Pending
    {
        QString frame;
        Answer answer;
        qint64 deadline = 0;
        bool sent = false;
        // Made while a connection attempt begun before it was under way: that attempt's
        // failure (the server may have come up since it began) does not fail it; it gets
        // an attempt of its own.
        bool ownAttempt = false;
    };

    // Sends a call (now, or once the connection is ready) and hands its reply to answer.
    // Early calls (hello, the resumption after a reconnection) go out as soon as the socket is
    // connected; the rest wait until the session is back.
    void call(const QString &name, const wire::Object &args, Answer answer, bool early = false);
    // The same, decoding the value as T for done (unless receiver is gone).
    template <typename T>
    void request(const QString &name, const wire::Object &args, const QObject *receiver,
                 Reply<T> done);
    void requestStatus(const QString &name, const wire::Object &args, const QObject *receiver,
                       Done done);
    // The sign-in calls: the reply holds the profile and a new session token.
    void openSession(const QString &name, const wire::Object &args, bool remember,
                     const QObject *receiver, Reply<Profile> done);
    // Adopts a session the server opened: its profile and token (remembered when asked).
    Status adopt(const QJsonValue &value, bool remember);
    void onConnected();
    void onGreeted(const QJsonValue &value, const std::optional<Error> &error);
    void onResumed(const QJsonValue &value, const std::optional<Error> &error);
    void onStateChanged(QAbstractSocket::SocketState state);
    void connectNow();
    void flush();
    // Answers every waiting call with an error: unsent if it never went out, sent if it did.
    // Whether it kept calls that get an attempt of their own (Pending::ownAttempt).
    bool failAll(const Error &unsent, const Error &sent);
    void onText(const QString &text);
    void onEvent(const QString &name, const QJsonObject &args);
    void failExpired();
    void endSession(RevokeReason reason);
    void rememberToken(const QString &token);
    void forgetToken();
    Error unreachable() const;
    // Attachments cannot travel (not signed in, or a server without a link server): the error
    // to answer with; nullopt when they can.
    std::optional<Error> cannotTransfer() const;

    QUrl m_url;
    SecretStore *m_secrets;
    QWebSocket m_socket;
    QTimer m_reconnect;
    int m_backoffMs = 1000;
    QTimer m_expiry;
    QElapsedTimer m_monotonic; // deadlines: immune to the wall clock being set
    int m_callTimeoutMs = kCallTimeoutMs;
    bool m_socketUp = false; // the WebSocket is open (hello may not be answered yet)
    bool m_ready = false;    // greeted and, when signed in, resumed: every call goes out
    qint64 m_nextId = 0;
    QMap<qint64, Pending> m_pending; // by id: calls go out in the order they were made

    Profile m_me;
    QString m_token; // the session's token: resumed with after a reconnection
    bool m_remember = false;
    Profile m_assistant;
    bool m_demo = false;
    qint64 m_maxAttachmentSize = 0;
    QUrl m_filesUrl;   // GET <m_filesUrl><attachment id>, from hello; empty: no attachments
    QUrl m_uploadsUrl; // PUT <m_uploadsUrl><upload id>
    QString m_cacheFolder;
    RemoteTransfers m_transfers;
    QList<DemoPerson> m_demoPeople;
    qint64 m_clockOffsetMs = 0; // the server's clock minus this computer's

    QThreadPool m_keychain; // one thread: keychain calls in order, off the caller's thread
};

} // namespace carillon
