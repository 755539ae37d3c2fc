#pragma once

// What a network backend looks like to the UI: every call goes to a wrapped EmbeddedBackend,
// and its answer (and every change signal) reaches the caller later, through the event loop,
// after a delay fixed when the call is made. Equal delays keep the order of the calls; a test
// that wants a later call answered first gives the earlier one a longer delay (setDelay()).

#include "core/EmbeddedBackend.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <list>

namespace carillon::test {

class DelayedBackend final : public ChatBackend
{
public:
    explicit DelayedBackend(EmbeddedBackend &inner, int delayMs = 20, QObject *parent = nullptr)
        : ChatBackend(parent), m_inner(inner), m_delayMs(delayMs)
    {
        m_clock.start();
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { runDue(); });
        // Changes travel the same way as answers, in order with them; a sign-out here is at
        // once, as the interface promises.
        connectLater(&ChatBackend::messagePosted, &ChatBackend::messagePosted);
        connectLater(&ChatBackend::conversationsChanged, &ChatBackend::conversationsChanged);
        connectLater(&ChatBackend::contactsChanged, &ChatBackend::contactsChanged);
        connectLater(&ChatBackend::meetingsChanged, &ChatBackend::meetingsChanged);
        connectLater(&ChatBackend::clockChanged, &ChatBackend::clockChanged);
        connectLater(&ChatBackend::problem, &ChatBackend::problem);
        QObject::connect(&inner, &ChatBackend::signedOut, this, &ChatBackend::signedOut);
    }

    // The delay of the calls made from now on.
    void setDelay(int ms) { m_delayMs = ms; }
    int delay() const { return m_delayMs; }
    // Answers and signals not delivered yet.
    int outstanding() const { return int(m_queue.size()); }
    // The answers to the next `count` calls named `name` are an error, as when a connection
    // breaks before the answer comes back (the call itself is still made: use it for reads).
    void failNext(const QString &name, int count = 1) { m_failures[name] += count; }
    // Every call made, by name, in order ("history", "send"…).
    const QStringList &calls() const { return m_calls; }
    int callCount(const QString &name) const { return int(m_calls.count(name)); }

    void signIn(const QString &email, const QString &password, bool remember,
                const QObject *receiver, Reply<Profile> done) override
    {
        m_inner.signIn(email, password, remember, this, later("signIn", receiver, done));
    }
    void createIdentity(const QString &email, const QString &name, const QString &password,
                        const QObject *receiver, Reply<Profile> done) override
    {
        m_inner.createIdentity(email, name, password, this,
                               later("createIdentity", receiver, done));
    }
    void resumeRemembered(const QObject *receiver, Reply<Profile> done) override
    {
        m_inner.resumeRemembered(this, later("resumeRemembered", receiver, done));
    }
    void signOut(const QObject *receiver, Done done) override
    {
        m_inner.signOut(this, later("signOut", receiver, done));
    }
    bool isSignedIn() const override { return m_inner.isSignedIn(); }
    Profile me() const override { return m_inner.me(); }
    void profile(qint64 profileId, const QObject *receiver, Reply<Profile> done) override
    {
        m_inner.profile(profileId, this, later("profile", receiver, done));
    }
    void profileByEmail(const QString &email, const QObject *receiver, Reply<Profile> done) override
    {
        m_inner.profileByEmail(email, this, later("profileByEmail", receiver, done));
    }
    Profile assistant() const override { return m_inner.assistant(); }
    void managedStatus(const QObject *receiver, Reply<Managed> done) override
    {
        m_inner.managedStatus(this, later("managedStatus", receiver, done));
    }
    void contacts(const QObject *receiver, Reply<QList<Contact>> done) override
    {
        m_inner.contacts(this, later("contacts", receiver, done));
    }
    void invitations(const QObject *receiver, Reply<QList<Invitation>> done) override
    {
        m_inner.invitations(this, later("invitations", receiver, done));
    }
    void invite(const QString &email, const QObject *receiver, Reply<InviteOutcome> done) override
    {
        m_inner.invite(email, this, later("invite", receiver, done));
    }
    void acceptInvitation(const QString &fromEmail, const QObject *receiver, Done done) override
    {
        m_inner.acceptInvitation(fromEmail, this, later("acceptInvitation", receiver, done));
    }
    void conversations(const QObject *receiver, Reply<QList<ConversationSummary>> done) override
    {
        m_inner.conversations(this, later("conversations", receiver, done));
    }
    void conversation(qint64 id, const QObject *receiver, Reply<Conversation> done) override
    {
        m_inner.conversation(id, this, later("conversation", receiver, done));
    }
    void openDirect(qint64 otherId, const QObject *receiver, Reply<Conversation> done) override
    {
        m_inner.openDirect(otherId, this, later("openDirect", receiver, done));
    }
    void openGroup(const QList<qint64> &memberIds, const QObject *receiver,
                   Reply<Conversation> done) override
    {
        m_inner.openGroup(memberIds, this, later("openGroup", receiver, done));
    }
    void createRoom(const QString &title, const QList<qint64> &memberIds, const QObject *receiver,
                    Reply<Conversation> done) override
    {
        m_inner.createRoom(title, memberIds, this, later("createRoom", receiver, done));
    }
    void history(qint64 conversationId, qint64 beforeId, int limit, const QObject *receiver,
                 Reply<QList<Message>> done) override
    {
        m_inner.history(conversationId, beforeId, limit, this, later("history", receiver, done));
    }
    void historyAfter(qint64 conversationId, qint64 afterId, int limit, const QObject *receiver,
                      Reply<QList<Message>> done) override
    {
        m_inner.historyAfter(conversationId, afterId, limit, this,
                             later("historyAfter", receiver, done));
    }
    void message(qint64 messageId, const QObject *receiver, Reply<Message> done) override
    {
        m_inner.message(messageId, this, later("message", receiver, done));
    }
    void send(qint64 conversationId, const QString &text, const QStringList &files,
              const QObject *receiver, Progress progress, Reply<Message> done) override
    {
        QPointer<const QObject> guard(receiver);
        Progress laterProgress;
        if (progress) {
            laterProgress = [this, guard, progress](qint64 bytes, qint64 total) {
                enqueue([guard, progress, bytes, total] {
                    if (guard)
                        progress(bytes, total);
                });
            };
        }
        m_inner.send(conversationId, text, files, this, laterProgress,
                     later("send", receiver, done));
    }
    void markRead(qint64 conversationId, qint64 upToMessageId, const QObject *receiver,
                  Done done) override
    {
        m_inner.markRead(conversationId, upToMessageId, this, later("markRead", receiver, done));
    }
    void saveAttachment(qint64 attachmentId, const QString &targetPath, const QObject *receiver,
                        Done done) override
    {
        m_inner.saveAttachment(attachmentId, targetPath, this,
                               later("saveAttachment", receiver, done));
    }
    void attachmentFile(const Attachment &attachment, const QObject *receiver,
                        Reply<QString> done) override
    {
        m_inner.attachmentFile(attachment, this, later("attachmentFile", receiver, done));
    }
    qint64 maxAttachmentSize() const override { return m_inner.maxAttachmentSize(); }
    void search(const QString &text, int limit, const QObject *receiver,
                Reply<SearchResults> done) override
    {
        m_inner.search(text, limit, this, later("search", receiver, done));
    }
    void meetings(const QObject *receiver, Reply<QList<Meeting>> done) override
    {
        m_inner.meetings(this, later("meetings", receiver, done));
    }
    void scheduleMeeting(const QString &title, qint64 startsAt, int minutes,
                         const QList<qint64> &inviteeIds, const QObject *receiver,
                         Reply<Meeting> done) override
    {
        m_inner.scheduleMeeting(title, startsAt, minutes, inviteeIds, this,
                                later("scheduleMeeting", receiver, done));
    }
    qint64 nowMs() const override { return m_inner.nowMs(); }
    bool isDemo() const override { return m_inner.isDemo(); }
    QList<DemoPerson> demoPeople() const override { return m_inner.demoPeople(); }
    void signInDemo(const QString &email, const QObject *receiver, Reply<Profile> done) override
    {
        m_inner.signInDemo(email, this, later("signInDemo", receiver, done));
    }
    void advanceClock(qint64 deltaMs, const QObject *receiver, Done done) override
    {
        m_inner.advanceClock(deltaMs, this, later("advanceClock", receiver, done));
    }
    void resetDemo(const QObject *receiver, Done done) override
    {
        m_inner.resetDemo(this, later("resetDemo", receiver, done));
    }
    QString dataLocation() const override { return m_inner.dataLocation(); }
    void folderSetting(const QString &key, const QObject *receiver, Reply<QString> done) override
    {
        m_inner.folderSetting(key, this, later("folderSetting", receiver, done));
    }
    void setFolderSetting(const QString &key, const QString &value, const QObject *receiver,
                          Done done) override
    {
        m_inner.setFolderSetting(key, value, this, later("setFolderSetting", receiver, done));
    }

private:
    struct Pending
    {
        qint64 due;
        std::function<void()> run;
    };

    // The answer for the receiver, handed over once the delay of this call has passed (even
    // when the embedded backend answered at once, or its worker only after the delay).
    template <typename Answer>
    std::function<void(const Answer &)> later(const char *name, const QObject *receiver,
                                              std::function<void(const Answer &)> done)
    {
        m_calls.append(QLatin1String(name));
        const bool fail = m_failures.value(QLatin1String(name)) > 0;
        if (fail)
            --m_failures[QLatin1String(name)];
        if (!done)
            return {}; // no answer wanted: a failure reaches problem(), as from the inner one
        QPointer<const QObject> guard(receiver);
        const qint64 due = m_clock.elapsed() + m_delayMs;
        return [this, guard, done, due, fail](const Answer &answer) {
            const Answer sent =
                fail ? Answer(Error{ErrorCode::Storage, QStringLiteral("The connection broke.")})
                     : answer;
            enqueue([guard, done, sent] { deliver(guard, done, sent); }, due);
        };
    }

    template <typename... Args>
    void connectLater(void (ChatBackend::*from)(Args...), void (ChatBackend::*to)(Args...))
    {
        QObject::connect(&m_inner, from, this, [this, to](Args... args) {
            enqueue([this, to, args...] { (this->*to)(args...); });
        });
    }

    void enqueue(std::function<void()> run, qint64 due = -1)
    {
        if (due < 0)
            due = m_clock.elapsed() + m_delayMs;
        // After everything due at the same time or earlier: equal delays keep their order.
        auto at = m_queue.begin();
        while (at != m_queue.end() && at->due <= due)
            ++at;
        m_queue.insert(at, Pending{due, std::move(run)});
        schedule();
    }

    void schedule()
    {
        if (m_queue.empty())
            return;
        m_timer.start(int(std::max<qint64>(0, m_queue.front().due - m_clock.elapsed())));
    }

    void runDue()
    {
        // One at a time, each from the event loop: what a socket's readyRead would deliver.
        if (!m_queue.empty() && m_queue.front().due <= m_clock.elapsed()) {
            std::function<void()> run = std::move(m_queue.front().run);
            m_queue.pop_front();
            run();
        }
        schedule();
    }

    EmbeddedBackend &m_inner;
    int m_delayMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::list<Pending> m_queue;
    QStringList m_calls;
    QHash<QString, int> m_failures;
};

} // namespace carillon::test
