// The SQL store: schema migrations, transactions and the connection settings every store relies
// on (WAL so that devices can read while another writes; foreign keys so that erasing cascades).

#include "core/ChangeFeed.h"
#include "core/Database.h"
#include "support/TestWorkspace.h"

#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#include <sys/stat.h>

using namespace carillon;

namespace {

QSet<QString> tableNames(const Database &db)
{
    QSet<QString> names;
    auto q = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (q && q->next())
        names.insert(q->value(0).toString());
    return names;
}

int rowsWithKey(const Database &db, const QString &key)
{
    auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM app_state WHERE key = ?"), {key});
    return v ? v->toInt() : -1;
}

Status insertState(Database &db, const QString &key)
{
    return Status(
        db.exec(QStringLiteral("INSERT INTO app_state (key, value) VALUES (?, 'v')"), {key}));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void changeFeedAgesOutOldRowsOnlyAsChangesArrive()
    {
        QTemporaryDir dir;
        auto db = std::move(Database::open(dir.filePath(QStringLiteral("c.sqlite")))).value();
        ChangeFeed feed(*db);
        // A stale row from long ago, as another instance would have left it.
        QVERIFY(db->exec(QStringLiteral("INSERT INTO changes (origin, topic, subject, at) "
                                        "VALUES ('old', 0, 0, 0)")));
        feed.startWatching(1'000'000);
        auto count = [&] {
            return db->scalar(QStringLiteral("SELECT COUNT(*) FROM changes"))->toInt();
        };
        feed.poll(); // quiet: nothing new, nothing deleted
        QCOMPARE(count(), 1);
        for (int i = 0; i < 499; ++i)
            QVERIFY(db->transaction([&]() -> Status {
                feed.record(Topic::Message, i);
                return {};
            }));
        feed.poll();
        QCOMPARE(count(), 500); // not yet 500 changes since the last pruning
        QVERIFY(db->transaction([&]() -> Status {
            feed.record(Topic::Message, 500);
            return {};
        }));
        feed.poll();
        QCOMPARE(count(), 500); // the stale row went; the fresh ones stay
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM changes WHERE origin = 'old'"))
                     ->toInt(),
                 0);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_counter));
    }

    void migratesNewFileToLatest()
    {
        QVERIFY(Database::latestSchemaVersion() >= 1);
        auto db = Database::open(m_path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        const QSet<QString> tables = tableNames(**db);
        for (const char *t :
             {"identities", "profiles", "sessions", "contacts", "invitations", "conversations",
              "members", "messages", "attachments", "meetings", "app_state", "changes"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
    }

    void fileAndCompanionsAreOwnerOnly()
    {
        const auto mode = [](const QString &path) {
            struct stat st;
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777)
                                                                         : -1;
        };
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO app_state VALUES ('a', 'b')")).ok());
            QCOMPARE(mode(m_path), 0600);
            QCOMPARE(mode(m_path + QStringLiteral("-wal")), 0600);
            QCOMPARE(mode(m_path + QStringLiteral("-shm")), 0600);
        }
        // A file an older version left readable is narrowed when opened.
        QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0644) == 0);
        auto again = Database::open(m_path);
        QVERIFY(again.ok());
        QCOMPARE(mode(m_path), 0600);
    }

    void readOnlyRefusesWritesAndCreatesNothing()
    {
        DatabaseOptions readOnly;
        readOnly.readOnly = true;
        auto missing = Database::open(m_path, readOnly);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(m_path));
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
        }
        auto db = Database::open(m_path, readOnly);
        QVERIFY(db.ok());
        QVERIFY((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM app_state")).ok());
        QVERIFY(!(*db)->exec(QStringLiteral("INSERT INTO app_state VALUES ('a', 'b')")).ok());
        QVERIFY(!(*db)->transaction([] { return Status(); }).ok() ||
                (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM app_state"))->toInt() == 0);
    }

    void onCreateRunsWithTheSchemaOnly()
    {
        int calls = 0;
        DatabaseOptions options;
        options.onCreate = [&calls](Database &db) {
            ++calls;
            return Status(db.exec(QStringLiteral("INSERT INTO app_state VALUES ('made', 'now')")));
        };
        {
            auto db = Database::open(m_path, options);
            QVERIFY(db.ok());
            QCOMPARE((*db)->scalar(QStringLiteral("SELECT value FROM app_state"))->toString(),
                     QStringLiteral("now"));
        }
        QVERIFY(Database::open(m_path, options).ok());
        QCOMPARE(calls, 1); // an existing file is not created again

        // When it fails, the schema is not there either: the next open starts afresh.
        const QString other = m_path + QStringLiteral("-failing.sqlite");
        options.onCreate = [](Database &) {
            return Status(Error{ErrorCode::Io, QStringLiteral("no")});
        };
        QVERIFY(!Database::open(other, options).ok());
        auto plain = Database::open(other);
        QVERIFY(plain.ok());
        QCOMPARE((*plain)->scalar(QStringLiteral("SELECT COUNT(*) FROM app_state"))->toInt(), 0);
    }

    void migratesEmptyExistingFile()
    {
        QFile empty(m_path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(QFileInfo(m_path).size(), 0);
        auto db = Database::open(m_path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(tableNames(**db).contains(QStringLiteral("messages")));
    }

    void reopenKeepsDataAndVersion()
    {
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            QVERIFY(insertState(**db, QStringLiteral("kept")).ok());
        }
        auto again = Database::open(m_path);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(rowsWithKey(**again, QStringLiteral("kept")), 1);
    }

    void refusesNewerSchema()
    {
        const int newer = Database::latestSchemaVersion() + 1;
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)).ok());
        }
        auto refused = Database::open(m_path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("newer")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QString::number(newer)));

        // The refusal leaves the file as it was: no downgrade, no half migration.
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(m_path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), newer);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void refusesFileThatIsNotADatabase()
    {
        QFile junk(m_path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        auto refused = Database::open(m_path);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
    }

    void failedStatusRollsBack()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        Database &d = **db;
        Status s = d.transaction([&]() -> Status {
            if (Status w = insertState(d, QStringLiteral("a")); !w)
                return w;
            if (Status w = insertState(d, QStringLiteral("b")); !w)
                return w;
            return Error{ErrorCode::InvalidInput, QStringLiteral("changed my mind")};
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::InvalidInput);
        QCOMPARE(s.error().message, QStringLiteral("changed my mind"));
        QCOMPARE(rowsWithKey(d, QStringLiteral("a")), 0);
        QCOMPARE(rowsWithKey(d, QStringLiteral("b")), 0);
        QVERIFY(!d.inTransaction());

        // The connection is usable afterwards and a successful body commits.
        QVERIFY(d.transaction([&] { return insertState(d, QStringLiteral("c")); }).ok());
        QCOMPARE(rowsWithKey(d, QStringLiteral("c")), 1);
    }

    void failedResultAndSqlErrorRollBack()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        Database &d = **db;
        Status fromResult = d.transaction([&]() -> Status {
            if (Status w = insertState(d, QStringLiteral("r")); !w)
                return w;
            return Status(Result<int>(Error{ErrorCode::NotFound, QStringLiteral("gone")}));
        });
        QCOMPARE(fromResult.error().code, ErrorCode::NotFound);
        QCOMPARE(rowsWithKey(d, QStringLiteral("r")), 0);

        // A statement the database refuses (duplicate primary key) undoes earlier statements.
        QVERIFY(insertState(d, QStringLiteral("dup")).ok());
        Status fromSql = d.transaction([&]() -> Status {
            if (Status w = insertState(d, QStringLiteral("before")); !w)
                return w;
            return insertState(d, QStringLiteral("dup"));
        });
        QVERIFY(!fromSql.ok());
        QCOMPARE(fromSql.error().code, ErrorCode::Storage);
        QCOMPARE(rowsWithKey(d, QStringLiteral("before")), 0);
        QCOMPARE(rowsWithKey(d, QStringLiteral("dup")), 1);
    }

    void nestedTransactionJoinsOuter()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        Database &d = **db;
        QVERIFY(!d.inTransaction());
        Status s = d.transaction([&]() -> Status {
            if (Status w = insertState(d, QStringLiteral("outer")); !w)
                return w;
            Status inner = d.transaction([&]() -> Status {
                if (!d.inTransaction())
                    return Error{ErrorCode::Storage, QStringLiteral("not in a transaction")};
                return insertState(d, QStringLiteral("inner"));
            });
            if (!inner)
                return inner;
            // The inner "commit" did not commit: the outer failure takes both rows away.
            return Error{ErrorCode::Conflict, QStringLiteral("outer fails")};
        });
        QCOMPARE(s.error().code, ErrorCode::Conflict);
        QCOMPARE(rowsWithKey(d, QStringLiteral("outer")), 0);
        QCOMPARE(rowsWithKey(d, QStringLiteral("inner")), 0);

        // An inner failure reaches the outer body, which passes it on; nothing is kept.
        Status innerFails = d.transaction([&]() -> Status {
            if (Status w = insertState(d, QStringLiteral("outer2")); !w)
                return w;
            return d.transaction([&]() -> Status {
                if (Status w = insertState(d, QStringLiteral("inner2")); !w)
                    return w;
                return Error{ErrorCode::Forbidden, QStringLiteral("inner fails")};
            });
        });
        QCOMPARE(innerFails.error().code, ErrorCode::Forbidden);
        QCOMPARE(rowsWithKey(d, QStringLiteral("outer2")), 0);
        QCOMPARE(rowsWithKey(d, QStringLiteral("inner2")), 0);

        Status both = d.transaction([&]() -> Status {
            if (Status w = insertState(d, QStringLiteral("outer3")); !w)
                return w;
            return d.transaction([&] { return insertState(d, QStringLiteral("inner3")); });
        });
        QVERIFY(both.ok());
        QCOMPARE(rowsWithKey(d, QStringLiteral("outer3")), 1);
        QCOMPARE(rowsWithKey(d, QStringLiteral("inner3")), 1);
        QVERIFY(!d.inTransaction());
    }

    void afterCommitRunsOnlyAfterCommit()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        Database &d = **db;
        QStringList ran;
        int rowsSeenByCallback = -1;
        Status s = d.transaction([&]() -> Status {
            d.afterCommit([&] {
                ran << QStringLiteral("first");
                rowsSeenByCallback = rowsWithKey(d, QStringLiteral("x"));
            });
            Status inner = d.transaction([&]() -> Status {
                d.afterCommit([&] { ran << QStringLiteral("inner"); });
                return insertState(d, QStringLiteral("x"));
            });
            if (!ran.isEmpty())
                return Error{ErrorCode::Storage, QStringLiteral("callback ran before commit")};
            return inner;
        });
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(ran, (QStringList{QStringLiteral("first"), QStringLiteral("inner")}));
        QCOMPARE(rowsSeenByCallback, 1); // the committed row is visible to the callback

        // Outside a transaction a callback runs at once.
        bool immediate = false;
        d.afterCommit([&] { immediate = true; });
        QVERIFY(immediate);
    }

    void afterCommitDroppedOnRollback()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        Database &d = **db;
        int calls = 0;
        Status s = d.transaction([&]() -> Status {
            d.afterCommit([&] { ++calls; });
            const Status inner = d.transaction([&]() -> Status {
                d.afterCommit([&] { ++calls; });
                return {};
            });
            if (!inner)
                return inner;
            return Error{ErrorCode::Conflict, QStringLiteral("roll back")};
        });
        QVERIFY(!s.ok());
        QCOMPARE(calls, 0);
        // Not carried over into the next transaction either.
        QVERIFY(d.transaction([&] { return insertState(d, QStringLiteral("next")); }).ok());
        QCOMPARE(calls, 0);
    }

    void walAndForeignKeysAreOn()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        Database &d = **db;
        auto mode = d.scalar(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.ok());
        QCOMPARE(mode->toString().toLower(), QStringLiteral("wal"));
        auto fk = d.scalar(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk.ok());
        QCOMPARE(fk->toInt(), 1);

        // Enforced, not just reported: a member of a conversation that does not exist is refused.
        auto orphan = d.exec(QStringLiteral("INSERT INTO members (conversation_id, profile_id, "
                                            "joined_at) VALUES (999, 999, 0)"));
        QVERIFY(!orphan.ok());
        QCOMPARE(orphan.error().code, ErrorCode::Storage);
        QCOMPARE(d.scalar(QStringLiteral("SELECT COUNT(*) FROM members"))->toInt(), 0);
    }

    void aChangeThatCannotBeRecordedRollsTheWriteBack()
    {
        // Other devices learn of a write only through its change row: a write whose change
        // cannot be recorded must not commit (it did, silently, before).
        test::TestWorkspace tw;
        auto identity = tw->accounts().createIdentityHashed(
            QStringLiteral("kim@example.com"), QStringLiteral("Kim"),
            AccountStore::hashPassword(QStringLiteral("password-123")));
        QVERIFY(identity.ok());
        QVERIFY(tw->db().exec(QStringLiteral("CREATE TRIGGER refuse_changes BEFORE INSERT ON "
                                             "changes BEGIN SELECT RAISE(ABORT, 'disk "
                                             "trouble'); END")));
        const QString countProfiles =
            QStringLiteral("SELECT COUNT(*) FROM profiles WHERE identity_id = %1")
                .arg(identity->id);
        auto profile = tw->accounts().ensureProfile(identity->id);
        QVERIFY(!profile.ok());
        QVERIFY2(profile.error().message.contains(QLatin1String("disk trouble")),
                 qPrintable(profile.error().message));
        QCOMPARE(tw->db().scalar(countProfiles)->toLongLong(), 0);

        // The next transaction starts clean.
        QVERIFY(tw->db().exec(QStringLiteral("DROP TRIGGER refuse_changes")));
        QVERIFY(tw->accounts().ensureProfile(identity->id).ok());
        QCOMPARE(tw->db().scalar(countProfiles)->toLongLong(), 1);
    }

    void otherThreadsGetAConfiguredConnection()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        Database &d = **db;
        int foreignKeys = -1;
        QString journal;
        std::thread worker([&] {
            if (auto v = d.scalar(QStringLiteral("PRAGMA foreign_keys")))
                foreignKeys = v->toInt();
            if (auto v = d.scalar(QStringLiteral("PRAGMA journal_mode")))
                journal = v->toString().toLower();
        });
        worker.join();
        QCOMPARE(foreignKeys, 1);
        QCOMPARE(journal, QStringLiteral("wal"));

        // Threads come and go (a new one may even get the old one's address); each still gets a
        // working connection.
        for (int i = 0; i < 3; ++i) {
            bool wrote = false;
            std::thread next([&] { wrote = insertState(d, QStringLiteral("t%1").arg(i)).ok(); });
            next.join();
            QVERIFY2(wrote, qPrintable(QStringLiteral("thread %1 could not write").arg(i)));
            QCOMPARE(rowsWithKey(d, QStringLiteral("t%1").arg(i)), 1);
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
