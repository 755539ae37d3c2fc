// Devices: each running window has its own session and its own saved sign-in ("remember
// me"), and notices its own sign-out whatever happened to the change log meanwhile.

#include "core/EmbeddedBackend.h"
#include "core/RememberedSignIn.h"
#include "support/TestWorkspace.h"

#include <QSignalSpy>

using namespace carillon;
using carillon::test::TestWorkspace;

namespace {
const QString kAda = QStringLiteral("ada@example.com");
const QString kPassword = QStringLiteral("password-123"); // TestWorkspace::person's
} // namespace

class TestDevices : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<Workspace> m_other; // a second instance on the same data folder

    std::unique_ptr<Workspace> openOther()
    {
        auto ws = std::move(Workspace::open(m_tw->sameStore())).value();
        ws->feed().startWatching(50);
        return ws;
    }

    QStringList devices()
    {
        return (*m_tw)
            ->state(QStringLiteral("remember.devices"))
            ->split(QLatin1Char(','), Qt::SkipEmptyParts);
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        (*m_tw)->feed().startWatching(50);
        m_tw->person(kAda, QStringLiteral("Ada"));
        m_other = openOther();
    }
    void cleanup()
    {
        m_other.reset();
        m_tw.reset();
    }

    // Two windows on one folder, both remembered: the second neither takes over nor revokes
    // the first's sign-in, and signing out in one leaves the other alone.
    void eachWindowHasItsOwnRememberedSignIn()
    {
        auto first = std::make_unique<EmbeddedBackend>(*m_tw->ws);
        QVERIFY(!first->resumeRemembered()); // nothing saved yet
        QVERIFY(first->signIn(kAda, kPassword, true));
        QSignalSpy firstOut(first.get(), &ChatBackend::signedOut);

        EmbeddedBackend second(*m_other);
        // The first window's saved sign-in is in use: the second asks for a password.
        auto resumed = second.resumeRemembered();
        QVERIFY(!resumed);
        QCOMPARE(resumed.error().code, ErrorCode::NotFound);
        QVERIFY(second.signIn(kAda, kPassword, true));
        QCOMPARE(devices().size(), 2);
        QVERIFY(first->sessionId() != second.sessionId());

        QTest::qWait(1200);
        QCOMPARE(firstOut.size(), 0);
        QVERIFY(first->isSignedIn());
        QVERIFY((*m_tw)->sessions().state(first->sessionId()).active);
        for (const QString &device : devices())
            QVERIFY(!(*m_tw)->secrets().read(rememberMeSecretName(device))->isEmpty());

        // Signing out in the second window forgets only its own saved sign-in.
        second.signOut();
        QTest::qWait(1200);
        QCOMPARE(firstOut.size(), 0);
        QVERIFY(first->isSignedIn());
        QCOMPARE(devices().size(), 1);

        // The first window ends; the next one to start resumes its sign-in.
        first.reset();
        EmbeddedBackend restarted(*m_tw->ws);
        auto again = restarted.resumeRemembered();
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(again->email, kAda);
    }

    // A saved sign-in from before devices had their own is taken over by the first window.
    void theOldSingleTokenIsTakenOver()
    {
        auto grant = (*m_tw)->sessions().signIn(kAda, kPassword, QStringLiteral("old"));
        QVERIFY(grant);
        QVERIFY((*m_tw)->secrets().write(rememberMeSecretName(), grant->token.toUtf8()));
        EmbeddedBackend window(*m_tw->ws);
        auto resumed = window.resumeRemembered();
        QVERIFY2(resumed.ok(), resumed.ok() ? "" : qPrintable(resumed.error().message));
        QVERIFY((*m_tw)->secrets().read(rememberMeSecretName())->isEmpty());
        QCOMPARE(devices().size(), 1);
    }

    // forget-secrets removes every device's saved sign-in.
    void forgetAllRemovesEveryDevicesToken()
    {
        EmbeddedBackend one(*m_tw->ws);
        EmbeddedBackend two(*m_other);
        QVERIFY(one.signIn(kAda, kPassword, true));
        QVERIFY(two.signIn(kAda, kPassword, true));
        const QStringList ids = devices();
        QCOMPARE(ids.size(), 2);
        QCOMPARE(*RememberedSignIn::forgetAll(*m_tw->ws), 2);
        for (const QString &device : ids)
            QVERIFY((*m_tw)->secrets().read(rememberMeSecretName(device))->isEmpty());
        QVERIFY(devices().isEmpty());
    }

    // A device asleep past the change log's retention misses the change that revoked its
    // session: it still notices within a second, from its own session row.
    void aRevokedSessionIsNoticedWithoutTheChangeLog()
    {
        EmbeddedBackend window(*m_tw->ws);
        QVERIFY(window.signIn(kAda, kPassword, true));
        QSignalSpy signedOut(&window, &ChatBackend::signedOut);
        QTest::qWait(200); // its feed is at the end of the log
        // Another instance revokes the session, and the log is pruned past this device's cursor
        // before it polls again (as after a long sleep).
        QVERIFY(m_other->db().transaction([&]() -> Status {
            if (Status s =
                    m_other->sessions().revoke(window.sessionId(), RevokeReason::ProfileDeleted);
                !s)
                return s;
            return Status(m_other->db().exec(QStringLiteral("DELETE FROM changes")));
        }));
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 1000);
        QVERIFY(signedOut.first().first().value<RevokeReason>() == RevokeReason::ProfileDeleted);
        QVERIFY(!window.isSignedIn());
        QTRY_VERIFY(devices().isEmpty()); // its saved sign-in is forgotten too, on the worker
    }

    // The password check and the session row are written on a worker thread with its own
    // database connection; the answer arrives on the caller's thread.
    void signInAnswersOnTheCallersThread()
    {
        EmbeddedBackend window(*m_tw->ws);
        QObject receiver;
        QList<Result<Profile>> answers;
        QThread *answeredOn = nullptr;
        window.signIn(kAda, QStringLiteral("wrong password"), false, &receiver,
                      [&](const Result<Profile> &r) {
                          answers.append(r);
                          answeredOn = QThread::currentThread();
                      });
        QVERIFY(answers.isEmpty()); // not answered inline
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 10'000);
        QCOMPARE(answers[0].error().code, ErrorCode::Forbidden);
        QCOMPARE(answeredOn, QThread::currentThread());
        window.signIn(kAda, kPassword, false, &receiver,
                      [&](const Result<Profile> &r) { answers.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 10'000);
        QVERIFY(answers[1].ok());
        QVERIFY(window.isSignedIn());
        QCOMPARE(window.me().email, kAda);
    }

    // Whoever asked is gone before the worker's answer: the sign-in still happens (the session
    // is this device's), but nobody is called back.
    void signInAnswersNobodyGone()
    {
        EmbeddedBackend window(*m_tw->ws);
        auto receiver = std::make_unique<QObject>();
        int calls = 0;
        window.signIn(kAda, kPassword, false, receiver.get(),
                      [&](const Result<Profile> &) { ++calls; });
        receiver.reset();
        // The answer is handed over in the same step that signs in: by then it would have run.
        QTRY_VERIFY_WITH_TIMEOUT(window.isSignedIn(), 10'000);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
