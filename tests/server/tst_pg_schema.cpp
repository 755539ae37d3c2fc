// The server's store on a real PostgreSQL (started and stopped by this test): the embedded
// store's migrations in PostgreSQL's dialect give the same tables and columns, run once when
// several processes' connections open a new database together, refuse a newer schema, and keep
// the rules the schema itself enforces (identity ids, cascades, the Enterprise trigger).

#include "core/Database.h"
#include "support/PostgresCluster.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <map>
#include <set>

using namespace carillon;

namespace {

using Columns = std::map<QString, std::set<QString>>; // table -> column names

Columns sqliteColumns(Database &db)
{
    Columns columns;
    auto tables = db.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND "
        "name NOT LIKE 'message_search%'"));
    while (tables->next()) {
        const QString table = tables->value(0).toString();
        auto info = db.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (info->next())
            columns[table].insert(info->value(1).toString());
    }
    return columns;
}

Columns postgresColumns(Database &db)
{
    Columns columns;
    auto rows = db.exec(QStringLiteral(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
        "'public' AND table_name <> 'carillon_schema'"));
    while (rows->next())
        columns[rows->value(0).toString()].insert(rows->value(1).toString());
    return columns;
}

} // namespace

class TestPgSchema : public QObject
{
    Q_OBJECT

    test::PostgresCluster m_cluster;

private slots:
    void initTestCase()
    {
        if (const QString why = m_cluster.start(); !why.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
    }

    void cleanupTestCase() { m_cluster.stop(); }

    void migratesToTheSameTablesAsTheEmbeddedStore()
    {
        auto pg = Database::openPostgres(m_cluster.createDatabase());
        QVERIFY2(pg, pg ? "" : qPrintable(pg.error().message));
        QCOMPARE((*pg)->dialect(), SqlDialect::Postgres);
        QCOMPARE((*pg)->schemaVersion(), Database::latestSchemaVersion());

        QTemporaryDir dir;
        auto lite = Database::open(dir.filePath(QStringLiteral("carillon.sqlite")));
        QVERIFY(lite);
        const Columns expected = sqliteColumns(**lite);
        const Columns actual = postgresColumns(**pg);
        QVERIFY(expected.size() > 20);
        for (const auto &[table, names] : expected) {
            QVERIFY2(actual.count(table), qPrintable(table));
            QCOMPARE(actual.at(table), names);
        }
        QCOMPARE(actual.size(), expected.size());
        // Message search's index, PostgreSQL's counterpart of the FTS5 table.
        QCOMPARE((*pg)
                     ->scalar(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = "
                                             "'message_search'"))
                     ->toInt(),
                 1);
    }

    void reopeningChangesNothing()
    {
        const PostgresAddress address = m_cluster.createDatabase();
        {
            auto first = Database::openPostgres(address);
            QVERIFY(first);
            QVERIFY((*first)->exec(QStringLiteral("INSERT INTO app_state (key, value) VALUES "
                                                  "('kept', 'yes')")));
        }
        auto again = Database::openPostgres(address);
        QVERIFY(again);
        QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE((*again)
                     ->scalar(QStringLiteral("SELECT value FROM app_state WHERE key = 'kept'"))
                     ->toString(),
                 QStringLiteral("yes"));
    }

    // Server processes starting together: each migrates or finds it done, none fails, the
    // steps run once (a second run of CREATE TABLE would fail the opener that ran it).
    void openersStartingTogetherMigrateOnce()
    {
        const PostgresAddress address = m_cluster.createDatabase();
        std::vector<std::future<QString>> openers;
        for (int i = 0; i < 6; ++i)
            openers.push_back(std::async(std::launch::async, [address] {
                auto db = Database::openPostgres(address);
                const QString result = db ? QString() : db.error().message;
                if (db)
                    (*db)->releaseThreadConnection();
                return result;
            }));
        for (auto &opener : openers) {
            const QString error = opener.get();
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void aNewerSchemaIsRefused()
    {
        const PostgresAddress address = m_cluster.createDatabase();
        {
            auto db = Database::openPostgres(address);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("UPDATE carillon_schema SET version = 999")));
        }
        auto newer = Database::openPostgres(address);
        QVERIFY(!newer);
        QCOMPARE(newer.error().code, ErrorCode::Conflict);
        QVERIFY(newer.error().message.contains(QStringLiteral("999")));
    }

    void aMissingServerIsExplained()
    {
        PostgresAddress nowhere;
        nowhere.host = QStringLiteral("127.0.0.1");
        nowhere.port = 1; // nothing listens there
        nowhere.user = QStringLiteral("carillon");
        nowhere.database = QStringLiteral("carillon");
        nowhere.password = QStringLiteral("secret");
        auto db = Database::openPostgres(nowhere);
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(QStringLiteral("postgresql://carillon@127.0.0.1:1/")));
        QVERIFY(!db.error().message.contains(QStringLiteral("secret")));
    }

    void addressesParse()
    {
        auto ok =
            PostgresAddress::parse(QStringLiteral("postgresql://ada:pw@db.example:6543/chat"));
        QVERIFY(ok);
        QCOMPARE(ok->host, QStringLiteral("db.example"));
        QCOMPARE(ok->port, 6543);
        QCOMPARE(ok->user, QStringLiteral("ada"));
        QCOMPARE(ok->password, QStringLiteral("pw"));
        QCOMPARE(ok->database, QStringLiteral("chat"));
        QCOMPARE(ok->display(), QStringLiteral("postgresql://ada@db.example:6543/chat"));
        QCOMPARE(PostgresAddress::parse(QStringLiteral("postgres://u@h/d"))->port, 5432);
        for (const char *bad : {"mysql://u@h/d", "postgresql://h/d", "postgresql://u@h/",
                                "postgresql://u@h/a/b", "not an address"})
            QVERIFY2(!PostgresAddress::parse(QLatin1String(bad)), bad);
    }

    // What the schema enforces by itself holds in PostgreSQL too.
    void theSchemaKeepsItsRules()
    {
        auto db = Database::openPostgres(m_cluster.createDatabase());
        QVERIFY(db);
        Database &d = **db;
        auto id = [&](const QString &sql, std::initializer_list<QVariant> binds) {
            auto q = d.exec(sql + QStringLiteral(" RETURNING id"), binds);
            return q && q->next() ? q->value(0).toLongLong() : -1;
        };
        const qint64 now = 1'800'000'000'000; // past 32 bits: times are BIGINT
        const qint64 enterprise =
            id(QStringLiteral("INSERT INTO enterprises (name, created_at) VALUES (?, ?)"),
               {QStringLiteral("Acme"), now});
        QVERIFY(enterprise > 0);
        QVERIFY(d.exec(QStringLiteral("INSERT INTO enterprise_domains (domain, enterprise_id, "
                                      "claimed_at) VALUES ('acme.example', ?, ?)"),
                       {enterprise, now}));
        const qint64 ada = id(QStringLiteral("INSERT INTO profiles (email, display_name, "
                                             "created_at) VALUES (?, ?, ?)"),
                              {QStringLiteral("ada@acme.example"), QStringLiteral("Ada"), now});
        const qint64 bob =
            id(QStringLiteral("INSERT INTO profiles (email, display_name, "
                              "created_at) VALUES (?, ?, ?)"),
               {QStringLiteral("bob@elsewhere.example"), QStringLiteral("Bob"), now});
        QVERIFY(ada > 0 && bob > ada);
        // The trigger: a person signing up in a claimed domain is owned by its Enterprise.
        QCOMPARE(d.scalar(QStringLiteral("SELECT enterprise_id FROM enterprise_owned WHERE "
                                         "profile_id = ?"),
                          {ada})
                     ->toLongLong(),
                 enterprise);
        QVERIFY(d.scalar(QStringLiteral("SELECT count(*) FROM enterprise_owned WHERE "
                                        "profile_id = ?"),
                         {bob})
                    ->toInt() == 0);
        // Cascades: erasing a profile takes its conversations' messages with it.
        const qint64 chat = id(QStringLiteral("INSERT INTO conversations (kind, title, "
                                              "created_at) VALUES ('direct', '', ?)"),
                               {now});
        const qint64 message =
            id(QStringLiteral("INSERT INTO messages (conversation_id, sender_id, kind, body, "
                              "created_at) VALUES (?, ?, 'text', 'hello', ?)"),
               {chat, ada, now});
        QVERIFY(message > 0);
        QVERIFY(d.transaction([&]() -> Status {
            return Status(d.exec(QStringLiteral("DELETE FROM profiles WHERE id = ?"), {ada}));
        }));
        QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM messages"))->toInt(), 0);
        QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM enterprise_owned"))->toInt(), 0);
        // A failed transaction leaves nothing behind.
        const Status failed = d.transaction([&]() -> Status {
            if (auto r = d.exec(QStringLiteral("INSERT INTO app_state (key, value) VALUES "
                                               "('half', 'written')"));
                !r)
                return r.error();
            return Status(d.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)")));
        });
        QVERIFY(!failed);
        QCOMPARE(
            d.scalar(QStringLiteral("SELECT count(*) FROM app_state WHERE key = 'half'"))->toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestPgSchema)
#include "tst_pg_schema.moc"
