// The change feed between server processes on PostgreSQL (NOTIFY at commit, LISTEN on a
// connection of its own): a committed change reaches the other instance, a rolled-back one
// never does, changes arrive in commit order even when their transactions began the other way
// round, and a lost listening connection is remade, with every topic announced again.

#include "core/Database.h"
#include "core/Workspace.h"
#include "support/PostgresCluster.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <thread>

using namespace carillon;

class TestPgFeed : public QObject
{
    Q_OBJECT

    test::PostgresCluster m_cluster;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_writer, m_reader;

    QList<Change> received(const QSignalSpy &spy)
    {
        QList<Change> out;
        for (const QList<QVariant> &args : spy)
            out.append(args.first().value<Change>());
        return out;
    }
    // A feed that listens again announces every topic once (subject 0).
    bool announcedEverything(const QSignalSpy &spy)
    {
        for (const Change &c : received(spy))
            if (c.topic == Topic::Session && c.subject == 0)
                return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        const QString failed = m_cluster.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        WorkspaceOptions options;
        options.dataDir = m_dir.path();
        options.database = m_cluster.createDatabase();
        m_writer = std::move(Workspace::open(options)).value();
        m_reader = std::move(Workspace::open(options)).value();
        m_reader->feed().startWatching();
    }

    void committedChangesArriveRolledBackOnesNever()
    {
        QSignalSpy heard(&m_reader->feed(), &ChangeFeed::changed);
        QSignalSpy own(&m_writer->feed(), &ChangeFeed::changed);
        QVERIFY(!m_writer->db().transaction([&]() -> Status {
            m_writer->feed().record(Topic::Meeting, 41);
            return Error{ErrorCode::Conflict, QStringLiteral("rolled back")};
        }));
        QVERIFY(m_writer->db().transaction([&]() -> Status {
            m_writer->feed().record(Topic::Meeting, 42);
            return {};
        }));
        QTRY_COMPARE(heard.size(), 1);
        const Change change = received(heard).first();
        QVERIFY(change.topic == Topic::Meeting);
        QCOMPARE(change.subject, 42);
        QVERIFY(!change.local);
        QCOMPARE(own.size(), 1); // the writer heard its own at once, as local
        QVERIFY(own.first().first().value<Change>().local);
    }

    // Two transactions: the one that starts first commits last. A reader of a numbered table
    // could pass over the late one; notifications come in commit order.
    void changesArriveInCommitOrder()
    {
        QSignalSpy heard(&m_reader->feed(), &ChangeFeed::changed);
        Workspace *writer = m_writer.get();
        std::promise<void> firstRecorded, secondCommitted;
        std::thread slow([&] {
            const Status s = writer->db().transaction([&]() -> Status {
                writer->feed().record(Topic::Contact, 1);
                firstRecorded.set_value();
                secondCommitted.get_future().wait();
                return {};
            });
            writer->db().releaseThreadConnection();
            QVERIFY(s);
        });
        firstRecorded.get_future().wait();
        QVERIFY(m_writer->db().transaction([&]() -> Status {
            m_writer->feed().record(Topic::Contact, 2);
            return {};
        }));
        secondCommitted.set_value();
        slow.join();
        QTRY_COMPARE(heard.size(), 2);
        QCOMPARE(received(heard)[0].subject, 2);
        QCOMPARE(received(heard)[1].subject, 1);
    }

    void aLostListenerIsRemadeAndEverythingAnnounced()
    {
        QSignalSpy heard(&m_reader->feed(), &ChangeFeed::changed);
        // The database ends the listening connection (as a restart or a failover would).
        auto killed = m_writer->db().scalar(QStringLiteral(
            "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE "
            "'LISTEN%' AND pid <> pg_backend_pid()"));
        QVERIFY(killed);
        QVERIFY(killed->toInt() >= 1);
        // Within the feed's check (2 s): every topic is announced once, as the changes made
        // while nobody listened are lost.
        QTRY_VERIFY_WITH_TIMEOUT(announcedEverything(heard), 5000);
        heard.clear();
        QVERIFY(m_writer->db().transaction([&]() -> Status {
            m_writer->feed().record(Topic::Message, 7);
            return {};
        }));
        QTRY_VERIFY(!heard.isEmpty());
        QCOMPARE(received(heard).last().subject, 7);
    }

    // PostgreSQL restarts (or fails over to a server on the same address): every connection is
    // ended. The next transaction connects again by itself, and the feed listens again.
    void aRestartedDatabaseIsConnectedAgain()
    {
        QVERIFY(m_writer->db().transaction([&]() -> Status {
            m_writer->feed().record(Topic::Message, 8);
            return {};
        }));
        const QString failed = m_cluster.restart();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QSignalSpy heard(&m_reader->feed(), &ChangeFeed::changed);
        const Status written = m_writer->db().transaction([&]() -> Status {
            m_writer->feed().record(Topic::Message, 9);
            return {};
        });
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        // A read outside a transaction: one that fails is reported; the next one works.
        auto count = m_reader->db().scalar(QStringLiteral("SELECT COUNT(*) FROM changes"));
        if (!count)
            count = m_reader->db().scalar(QStringLiteral("SELECT COUNT(*) FROM changes"));
        QVERIFY2(count, qPrintable(count.error().message));
        // The reader's feed listens again (within its 2 s check) and hears the next change.
        QTRY_VERIFY_WITH_TIMEOUT(announcedEverything(heard), 10'000);
        heard.clear();
        QVERIFY(m_writer->db().transaction([&]() -> Status {
            m_writer->feed().record(Topic::Message, 10);
            return {};
        }));
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty() && received(heard).last().subject == 10, 5000);
    }

    void cleanupTestCase()
    {
        m_reader.reset();
        m_writer.reset();
    }
};

QTEST_GUILESS_MAIN(TestPgFeed)
#include "tst_pg_feed.moc"
