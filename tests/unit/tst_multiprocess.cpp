// Several Carillon instances on one data folder are several devices: they write at the same time
// without losing or duplicating messages, and each hears about the others' changes quickly.

#include "support/TestWorkspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace carillon;
using carillon::test::TestWorkspace;

namespace {

QString helperPath()
{
    return qEnvironmentVariable("CARILLON_TEST_HELPER");
}

} // namespace

class TestMultiProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!helperPath().isEmpty() && QFileInfo::exists(helperPath()),
                 "CARILLON_TEST_HELPER must name the carillon_test_helper program (ctest sets it)");
    }

    void concurrentWritersLoseNothing()
    {
        TestWorkspace tw;
        const Profile ann = tw.person(QStringLiteral("ann@example.com"));
        const Profile ben = tw.person(QStringLiteral("ben@example.com"));
        auto chat = tw->conversations().direct(ann.id, ben.id);
        QVERIFY(chat.ok());
        constexpr int kSeconds = 10;

        QProcess writers[2];
        const QString emails[2] = {ann.email, ben.email};
        for (int i = 0; i < 2; ++i) {
            writers[i].start(helperPath(), {QStringLiteral("writer"), tw.dir.path(), emails[i],
                                            QString::number(kSeconds), QString::number(chat->id)});
            QVERIFY2(writers[i].waitForStarted(10'000), qPrintable(writers[i].errorString()));
        }

        // Meanwhile this process reads, as a third device would: the count only ever grows and
        // a page of history always loads.
        int lastCount = 0;
        int reads = 0;
        QElapsedTimer timer;
        timer.start();
        while (writers[0].state() != QProcess::NotRunning ||
               writers[1].state() != QProcess::NotRunning) {
            auto n = tw->messages().messageCount(chat->id);
            QVERIFY2(n.ok(), qPrintable(n.error().message));
            QVERIFY(*n >= lastCount);
            lastCount = *n;
            auto page = tw->messages().history(chat->id, 0, 50);
            QVERIFY2(page.ok(), qPrintable(page.error().message));
            ++reads;
            writers[0].waitForFinished(20);
            writers[1].waitForFinished(20);
            QVERIFY2(timer.elapsed() < 90'000, "the writers did not finish in time");
        }
        QVERIFY(reads > 10);

        int total = 0;
        for (int i = 0; i < 2; ++i) {
            const QString out = QString::fromUtf8(writers[i].readAllStandardOutput());
            const QString err = QString::fromUtf8(writers[i].readAllStandardError());
            QVERIFY2(!err.contains(QStringLiteral("locked"), Qt::CaseInsensitive), qPrintable(err));
            QVERIFY2(err.trimmed().isEmpty(), qPrintable(err));
            QCOMPARE(writers[i].exitStatus(), QProcess::NormalExit);
            QCOMPARE(writers[i].exitCode(), 0);
            QVERIFY2(out.startsWith(QStringLiteral("posted ")), qPrintable(out));
            const int posted = out.mid(7).trimmed().toInt();
            QVERIFY2(posted > 10, qPrintable(out)); // they really ran side by side for a while
            m_posted[i] = posted;
            total += posted;
        }
        qInfo("the writers posted %d and %d messages; this process read %d times", m_posted[0],
              m_posted[1], reads);
        QCOMPARE(*tw->messages().messageCount(chat->id), total);

        // Every message exactly once.
        QHash<QString, int> seen;
        auto q = tw->db().exec(QStringLiteral("SELECT body, sender_id FROM messages WHERE "
                                              "conversation_id = ?"),
                               {chat->id});
        QVERIFY(q.ok());
        while (q->next()) {
            const QString body = q->value(0).toString();
            seen[body] += 1;
            const qint64 sender = q->value(1).toLongLong();
            QVERIFY(body.startsWith(sender == ann.id ? ann.email : ben.email));
        }
        for (int i = 0; i < 2; ++i) {
            for (int n = 1; n <= m_posted[i]; ++n) {
                const QString body = QStringLiteral("%1 #%2").arg(emails[i]).arg(n);
                QVERIFY2(seen.value(body) == 1, qPrintable(body));
            }
        }
        QCOMPARE(seen.size(), total);
    }

    void remoteChangeArrivesWithinOneSecond()
    {
        TestWorkspace tw;
        const Profile ann = tw.person(QStringLiteral("ann@example.com"));
        const Profile ben = tw.person(QStringLiteral("ben@example.com"));
        auto chat = tw->conversations().direct(ann.id, ben.id);
        QVERIFY(chat.ok());

        QList<Change> changes;
        connect(&tw->feed(), &ChangeFeed::changed, this,
                [&](const Change &c) { changes.append(c); });
        tw->feed().startWatching();

        // Our own post is announced once, as local, and never again as remote.
        auto mine = tw->messages().postText(ann.id, chat->id, QStringLiteral("from this device"));
        QVERIFY(mine.ok());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(int(changes.first().topic), int(Topic::Message));
        QCOMPARE(changes.first().subject, mine->id);
        QVERIFY(changes.first().local);
        changes.clear();

        QProcess other;
        other.start(helperPath(),
                    {QStringLiteral("post-once"), tw.dir.path(), ben.email,
                     QString::number(chat->id), QStringLiteral("from the other device")});
        QVERIFY(other.waitForFinished(30'000));
        QCOMPARE(other.exitCode(), 0);
        QVERIFY2(other.readAllStandardError().isEmpty(), "the helper reported an error");
        const qint64 remoteId = other.readAllStandardOutput().trimmed().toLongLong();
        QVERIFY(remoteId > mine->id);

        // The helper has committed and exited: the change must reach us within one second.
        auto seen = [&] {
            for (const Change &c : std::as_const(changes)) {
                if (c.topic == Topic::Message && c.subject == remoteId && !c.local)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen(), 1000);
        for (const Change &c : std::as_const(changes))
            QVERIFY2(c.subject != mine->id || c.topic != Topic::Message,
                     "our own message came back as a remote change");
        auto m = tw->messages().message(remoteId);
        QVERIFY(m.ok());
        QCOMPARE(m->body, QStringLiteral("from the other device"));
        QCOMPARE(m->senderId, ben.id);
    }

private:
    int m_posted[2] = {0, 0};
};

QTEST_GUILESS_MAIN(TestMultiProcess)
#include "tst_multiprocess.moc"
