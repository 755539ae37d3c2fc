// The contract of ChatBackend's calls (core/ChatBackend.h): each answer comes exactly once, on
// the receiver's thread, and never after the receiver is gone; the embedded backend answers
// reads before returning and its worker-run writes later. DelayedBackend, the tests' stand-in
// for a network backend, keeps the same contract.

#include "core/EmbeddedBackend.h"
#include "support/DelayedBackend.h"
#include "support/TestWorkspace.h"

#include <QTemporaryFile>
#include <QThread>

#include <atomic>

using namespace carillon;
using carillon::test::TestWorkspace;

namespace {
const QString kAda = QStringLiteral("ada@example.com");
const QString kGrace = QStringLiteral("grace@example.com");
const QString kPassword = QStringLiteral("password-123"); // TestWorkspace::person's
} // namespace

class TestBackendContract : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<EmbeddedBackend> m_backend;
    Profile m_ada;
    Profile m_grace;
    qint64 m_chat = 0;

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_ada = m_tw->person(kAda, QStringLiteral("Ada"));
        m_grace = m_tw->person(kGrace, QStringLiteral("Grace"));
        QVERIFY((*m_tw)->contacts().invite(m_ada.id, kGrace));
        m_chat = (*m_tw)->conversations().direct(m_ada.id, m_grace.id)->id;
        m_backend = std::make_unique<EmbeddedBackend>(*m_tw->ws);
        QVERIFY(m_backend->signIn(kAda, kPassword, false));
    }
    void cleanup()
    {
        m_backend.reset();
        m_tw.reset();
    }

    // Reads are answered inside the call, on the caller's thread, with what the store holds.
    void embeddedReadsAnswerBeforeReturning()
    {
        QObject receiver;
        int calls = 0;
        QList<Contact> answered;
        m_backend->contacts(&receiver, [&](const Result<QList<Contact>> &contacts) {
            ++calls;
            QCOMPARE(QThread::currentThread(), receiver.thread());
            answered = contacts.value();
        });
        QCOMPARE(calls, 1);
        const QList<Contact> stored = *(*m_tw)->contacts().contacts(m_ada.id);
        QCOMPARE(answered.size(), stored.size());
        QVERIFY(!answered.isEmpty());
        QCOMPARE(answered.first().profile.email, kGrace);
        // A failure is an answer too, once.
        m_backend->conversation(-1, &receiver, [&](const Result<Conversation> &c) {
            ++calls;
            QVERIFY(!c.ok());
        });
        QCOMPARE(calls, 2);
    }

    // markRead runs on the worker: a receiver destroyed before the answer is never called. The
    // worker answers in order, so once a later call's answer is in, the first one's has come.
    void workerAnswersSkipADestroyedReceiver()
    {
        const qint64 message =
            (*m_tw)->messages().postText(m_grace.id, m_chat, QStringLiteral("Hi"))->id;
        auto gone = std::make_unique<QObject>();
        int goneCalls = 0;
        m_backend->markRead(m_chat, message, gone.get(), [&](const Status &) { ++goneCalls; });
        gone.reset();
        QObject alive;
        int aliveCalls = 0;
        m_backend->markRead(m_chat, message, &alive, [&](const Status &s) {
            QVERIFY(s.ok());
            ++aliveCalls;
        });
        QCOMPARE(aliveCalls, 0); // not inline: the write waits for nobody on this thread
        QTRY_COMPARE(aliveCalls, 1);
        QCOMPARE(goneCalls, 0);
        QCOMPARE((*m_tw)->conversations().summaries(m_ada.id)->first().unread, 0);
    }

    // Sending files: the message is stored even when whoever sent it is gone, and progress and
    // the answer reach only a live receiver.
    void sendingOutlivesItsSender()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(QByteArray(64 * 1024, 'x'));
        file.flush();
        auto gone = std::make_unique<QObject>();
        int goneCalls = 0;
        m_backend->send(
            m_chat, QStringLiteral("with a file"), {file.fileName()}, gone.get(),
            [&](qint64, qint64) { ++goneCalls; }, [&](const Result<Message> &) { ++goneCalls; });
        gone.reset();
        QObject alive;
        std::optional<Result<Message>> sent;
        m_backend->send(m_chat, QStringLiteral("after it"), {file.fileName()}, &alive, {},
                        [&](const Result<Message> &m) { sent = m; });
        QTRY_VERIFY_WITH_TIMEOUT(sent.has_value(), 10'000);
        QVERIFY(sent->ok());
        QCOMPARE(goneCalls, 0);
        const QList<Message> stored = *(*m_tw)->messages().history(m_chat, 0, 2);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.first().body, QStringLiteral("with a file"));
        QCOMPARE(stored.first().attachments.size(), 1);
    }

    // A receiver living on another thread is answered there.
    void answersGoToTheReceiversThread()
    {
        QThread thread;
        auto *receiver = new QObject;
        receiver->moveToThread(&thread);
        connect(&thread, &QThread::finished, receiver, &QObject::deleteLater);
        thread.start();
        std::atomic<QThread *> answeredOn = nullptr;
        m_backend->contacts(receiver, [&](const Result<QList<Contact>> &) {
            answeredOn = QThread::currentThread();
        });
        QTRY_VERIFY(answeredOn.load() != nullptr);
        QCOMPARE(answeredOn.load(), &thread);
        thread.quit();
        thread.wait();
    }

    // The network stand-in: nothing inline, answers in the order asked, none for the gone.
    void delayedAnswersComeLaterInOrder()
    {
        test::DelayedBackend delayed(*m_backend, 30);
        auto gone = std::make_unique<QObject>();
        QObject alive;
        QStringList order;
        delayed.contacts(gone.get(),
                         [&](const Result<QList<Contact>> &) { order << QStringLiteral("gone"); });
        delayed.conversations(&alive, [&](const Result<QList<ConversationSummary>> &c) {
            QVERIFY(c.ok());
            order << QStringLiteral("conversations");
        });
        delayed.profile(m_grace.id, &alive, [&](const Result<Profile> &p) {
            QCOMPARE(p->email, kGrace);
            order << QStringLiteral("profile");
        });
        QVERIFY(order.isEmpty());
        gone.reset();
        QTRY_COMPARE(delayed.outstanding(), 0);
        QCOMPARE(order, QStringList({QStringLiteral("conversations"), QStringLiteral("profile")}));
    }

    // Change signals travel with the answers, each delivered once, later.
    void delayedSignalsFollowTheirCauses()
    {
        test::DelayedBackend delayed(*m_backend, 30);
        QObject alive;
        QStringList order;
        connect(&delayed, &ChatBackend::messagePosted, &alive, [&](qint64 conversation, qint64) {
            QCOMPARE(conversation, m_chat);
            order << QStringLiteral("posted");
        });
        delayed.send(m_chat, QStringLiteral("plain text"), {}, &alive, {},
                     [&](const Result<Message> &m) {
                         QVERIFY(m.ok());
                         order << QStringLiteral("sent");
                     });
        QVERIFY(order.isEmpty());
        (*m_tw)->feed().poll(); // the store's change reaches the backend
        QTRY_VERIFY(order.contains(QStringLiteral("posted")));
        QTRY_COMPARE(delayed.outstanding(), 0);
        QCOMPARE(order.count(QStringLiteral("sent")), 1);
        QCOMPARE(order.count(QStringLiteral("posted")), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackendContract)
#include "tst_backend_contract.moc"
