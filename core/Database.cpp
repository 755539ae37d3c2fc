#include "core/Database.h"

#include "core/Migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <chrono>
#include <condition_variable>
#include <fcntl.h>
#include <mutex>
#include <optional>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace carillon {

namespace {
constexpr int kBusyTimeoutMs = 10'000;
// A write transaction that still finds the database locked after the busy timeout is retried
// for this long before the caller hears about it.
constexpr int kLockRetryMs = 30'000;
// The key of PostgreSQL's advisory lock that serialises migrations ("carillon" in ASCII).
constexpr qint64 kMigrationLock = 0x636172696c6c6f6e;
// Commits come in bursts (a message, its answer, a read mark): one checkpoint after each burst.
constexpr int kCheckpointDelayMs = 50;
// SQLite runs one checkpoint at a time and fails a second one at once (no busy wait), so the
// background ones and an erasure's own one take turns within the process.
std::mutex g_checkpointMutex;

bool isLocked(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6).
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") ||
           error.databaseText().contains(QLatin1String("locked"));
}
} // namespace

QString Database::driverPluginFile()
{
    const QString file =
        QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/sqldrivers/libqsqlite.so");
    return QFileInfo::exists(file) ? file : QString();
}

struct Database::ThreadState
{
    QString connectionName;
    int depth = 0;
    std::vector<std::function<void()>> afterCommit;
    std::optional<Error> failure; // set by failTransaction(), cleared when the transaction ends
    // A statement failed on PostgreSQL: the server may have ended the connection (a restart, a
    // failover, an idle timeout), which Qt leaves broken. Checked before the next statement.
    bool suspect = false;
};

namespace {
QMutex g_stateMutex;
QHash<const void *, QHash<QThread *, Database::ThreadState *>> g_states;
} // namespace

Error storageError(const QString &what)
{
    return {ErrorCode::Storage,
            Database::tr("The data store refused the change (%1). Nothing was changed; "
                         "check that the data folder is writable and has free space.")
                .arg(what)};
}

class Database::Checkpointer
{
public:
    explicit Checkpointer(Database &db) : m_db(db), m_thread([this] { run(); }) {}
    ~Checkpointer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    void committed()
    {
        {
            std::lock_guard lock(m_mutex);
            m_dirty = true;
        }
        m_wake.notify_one();
    }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            m_wake.wait(lock, [this] { return m_dirty || m_stop; });
            // What is left at the end, the last connection to close checkpoints.
            if (m_wake.wait_for(lock, std::chrono::milliseconds(kCheckpointDelayMs),
                                [this] { return m_stop; }))
                break;
            m_dirty = false;
            lock.unlock();
            m_db.checkpointPassive();
            lock.lock();
        }
        lock.unlock();
        m_db.releaseThreadConnection();
    }

    Database &m_db;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_dirty = false;
    bool m_stop = false;
    std::thread m_thread; // last: started once the rest is ready
};

Database::Database(SqlDialect dialect, QString filePath)
    : m_dialect(dialect), m_filePath(std::move(filePath)),
      m_connectionPrefix(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

void Database::checkpointPassive()
{
    // PASSIVE: copies what no reader still needs and never waits; writers go on meanwhile.
    std::lock_guard lock(g_checkpointMutex);
    if (auto q = exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        q->finish();
}

Result<bool> Database::checkpoint()
{
    if (m_dialect == SqlDialect::Postgres)
        return true; // no write-ahead log of ours: PostgreSQL recycles its own
    std::lock_guard lock(g_checkpointMutex);
    // TRUNCATE copies every WAL frame into the file (waiting up to the busy timeout for readers
    // of older snapshots) and empties the WAL, so the frames written before an erasure are gone.
    auto q = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!q)
        return q.error();
    const bool done = q->next() && q->value(0).toInt() == 0;
    q->finish();
    m_checkpointPending = !done;
    return done;
}

Database::~Database()
{
    m_checkpointer.reset(); // its connection closes with its thread
    // A reader blocked the checkpoint after an erasure: try once more before closing (the last
    // connection to close also checkpoints and removes the WAL on its own).
    if (m_checkpointPending) {
        if (auto again = checkpoint(); !again || !*again)
            qWarning("The database's write-ahead log still holds erased data; the next "
                     "erasure or the last instance to close removes it.");
    }
    QHash<QThread *, ThreadState *> states;
    {
        QMutexLocker lock(&g_stateMutex);
        states = g_states.take(this);
    }
    for (auto it = states.begin(); it != states.end(); ++it) {
        const QString name = it.value()->connectionName;
        delete it.value();
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Database::ThreadState &Database::threadState() const
{
    QMutexLocker lock(&g_stateMutex);
    auto &perThread = g_states[this];
    ThreadState *&state = perThread[QThread::currentThread()];
    if (!state) {
        state = new ThreadState;
        state->connectionName =
            m_connectionPrefix + QLatin1Char('-') +
            QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    }
    return *state;
}

void Database::releaseThreadConnection() const
{
    ThreadState *state = nullptr;
    {
        QMutexLocker lock(&g_stateMutex);
        auto perThread = g_states.find(this);
        if (perThread != g_states.end())
            state = perThread->take(QThread::currentThread());
    }
    if (!state)
        return;
    const QString name = state->connectionName;
    delete state;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::connection() const
{
    ThreadState &state = threadState();
    const QString name = state.connectionName;
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        // Outside a transaction only: inside one, the failure ends it and it is rolled back.
        if (state.suspect && state.depth == 0) {
            state.suspect = false;
            if (m_dialect == SqlDialect::Postgres &&
                !QSqlQuery(db).exec(QStringLiteral("SELECT 1"))) {
                qInfo("carillon: the database connection was lost; connecting again");
                db.close();
                if (db.open()) {
                    if (Status s = configure(db); !s)
                        db.close();
                }
            }
        }
        return db;
    }
    QSqlDatabase db = addConnection(name);
    // A connection without WAL or foreign keys would break cascading erasure: close it, so
    // every statement on it fails with a storage error instead.
    if (db.open()) {
        if (Status s = configure(db); !s) {
            qWarning("carillon: cannot configure the data store: %s",
                     qPrintable(s.error().message));
            db.close();
        }
    }
    return db;
}

NotificationListener::~NotificationListener()
{
    m_receiver.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool NotificationListener::alive() const
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    return db.isOpen() && QSqlQuery(db).exec(QStringLiteral("SELECT 1"));
}

Result<std::unique_ptr<NotificationListener>>
Database::listen(const QString &channel, std::function<void(const QString &)> onNotify) const
{
    if (m_dialect != SqlDialect::Postgres)
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("notifications need PostgreSQL")}; // a programming error
    static QAtomicInteger<quint64> serial;
    std::unique_ptr<NotificationListener> listener(new NotificationListener(
        m_connectionPrefix + QStringLiteral("-listen-") + QString::number(++serial)));
    QSqlDatabase db = addConnection(listener->m_name);
    if (!db.open())
        return storageError(db.lastError().text());
    if (!db.driver()->subscribeToNotification(channel))
        return storageError(db.driver()->lastError().text());
    listener->m_receiver = std::make_unique<QObject>();
    QObject::connect(db.driver(), &QSqlDriver::notification, listener->m_receiver.get(),
                     [channel, onNotify = std::move(onNotify)](const QString &name,
                                                               QSqlDriver::NotificationSource,
                                                               const QVariant &payload) {
                         if (name == channel)
                             onNotify(payload.toString());
                     });
    return listener;
}

Status Database::notify(const QString &channel, const QString &payload) const
{
    auto q = exec(QStringLiteral("SELECT pg_notify(?, ?)"), {channel, payload});
    if (!q)
        return q.error();
    q->finish();
    return {};
}

QSqlDatabase Database::addConnection(const QString &name) const
{
    if (m_dialect == SqlDialect::Postgres) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_postgres.host);
        db.setPort(m_postgres.port);
        db.setDatabaseName(m_postgres.database);
        db.setUserName(m_postgres.user);
        db.setPassword(m_postgres.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    return db;
}

Status Database::configure(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (m_dialect == SqlDialect::Postgres) {
        // Times are compared as numbers, never as the server's local time; a reading command
        // cannot write (as query_only does for SQLite).
        if (!q.exec(QStringLiteral("SET TIME ZONE 'UTC'")) ||
            (m_readOnly &&
             !q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))))
            return storageError(q.lastError().text());
        return {};
    }
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
          // Not in the commit path: the Checkpointer does it (see Database.h).
          "PRAGMA wal_autocheckpoint=0",
          // Deleted rows are overwritten with zeros, so an erasure leaves no copy in free pages
          // of the file or in the pages this connection writes to the WAL.
          "PRAGMA secure_delete=ON"}) {
        if (!q.exec(QLatin1String(pragma)))
            return storageError(q.lastError().text());
    }
    if (m_readOnly && !q.exec(QStringLiteral("PRAGMA query_only=ON")))
        return storageError(q.lastError().text());
    return {};
}

namespace {
// Other local users must not read the conversations: the file is created owner-only (SQLite
// gives -wal and -shm the main file's mode), and files from older versions are narrowed.
bool makeOwnerOnly(const QString &filePath)
{
    const QByteArray path = QFile::encodeName(filePath);
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QByteArray file = path + suffix;
        struct stat st;
        if (::lstat(file.constData(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 077))
            ::chmod(file.constData(), st.st_mode & 0700);
    }
    return true;
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &filePath,
                                                 const DatabaseOptions &options)
{
    const QFileInfo info(filePath);
    if (options.readOnly && !info.isFile())
        return Error{ErrorCode::NotFound,
                     tr("There is no data store at %1 yet, so there is nothing to read.")
                         .arg(info.absoluteFilePath())};
    if (!options.readOnly && !QDir().mkpath(info.absolutePath()))
        return Error{ErrorCode::Io, tr("Cannot create the data folder %1. Choose a folder you "
                                       "can write to.")
                                        .arg(info.absolutePath())};
    if (!makeOwnerOnly(info.absoluteFilePath()))
        return Error{ErrorCode::Io, tr("Cannot open the data store %1. Check the file's "
                                       "permissions.")
                                        .arg(info.absoluteFilePath())};
    std::unique_ptr<Database> db(new Database(SqlDialect::Sqlite, info.absoluteFilePath()));
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return Error{ErrorCode::Io, tr("Cannot open the data store %1 (%2). Check the file's "
                                       "permissions.")
                                        .arg(info.absoluteFilePath(), conn.lastError().text())};
    if (Status s = db->configure(conn); !s)
        return s.error();
    if (!options.readOnly)
        db->m_checkpointer = std::make_unique<Checkpointer>(*db);
    if (Status s = db->finishOpening(conn, options); !s)
        return s.error();
    return db;
}

Status Database::finishOpening(QSqlDatabase &conn, const DatabaseOptions &options)
{
    if (Status s = migrate(options.onCreate); !s)
        return s;
    if (options.readOnly) {
        m_readOnly = true;
        return configure(conn);
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::openPostgres(const PostgresAddress &address,
                                                         const DatabaseOptions &options)
{
    std::unique_ptr<Database> db(new Database(SqlDialect::Postgres, QString()));
    db->m_postgres = address;
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return Error{ErrorCode::Io,
                     tr("Cannot connect to the database %1 (%2). Check that PostgreSQL runs "
                        "there and that the user may connect.")
                         .arg(address.display(), conn.lastError().text().trimmed())};
    if (Status s = db->finishOpening(conn, options); !s)
        return s.error();
    return db;
}

int Database::latestSchemaVersion()
{
    return int(schemaMigrations().size());
}

int Database::schemaVersion() const
{
    auto v = readSchemaVersion();
    return v ? *v : -1;
}

// SQLite keeps the version in the file's header; PostgreSQL in a one-row table, which the first
// migration's transaction creates (under the migration lock, see migrate()).
Result<int> Database::readSchemaVersion() const
{
    if (m_dialect == SqlDialect::Sqlite) {
        auto v = scalar(QStringLiteral("PRAGMA user_version"));
        if (!v)
            return v.error();
        return v->toInt();
    }
    auto exists = scalar(QStringLiteral("SELECT to_regclass('carillon_schema') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (!exists->toBool())
        return 0;
    auto v = scalar(QStringLiteral("SELECT version FROM carillon_schema"));
    if (!v)
        return v.error();
    return v->toInt();
}

Status Database::writeSchemaVersion(int version)
{
    if (m_dialect == SqlDialect::Sqlite)
        return Status(exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    if (auto r = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS carillon_schema (one BOOLEAN "
                                     "PRIMARY KEY DEFAULT TRUE CHECK (one), version INTEGER "
                                     "NOT NULL)"));
        !r)
        return r.error();
    return Status(exec(QStringLiteral("INSERT INTO carillon_schema (version) VALUES (?) ON "
                                      "CONFLICT (one) DO UPDATE SET version = EXCLUDED.version"),
                       {version}));
}

Status Database::migrate(const std::function<Status(Database &)> &onCreate)
{
    const auto &steps = schemaMigrations(m_dialect);
    // The usual case, an up-to-date folder, needs no write lock (every start pays for it).
    if (auto version = readSchemaVersion(); version && *version == int(steps.size()))
        return {};
    for (;;) {
        // Re-read the version inside each transaction: another process may be migrating too.
        bool done = false;
        Status s = transaction([&]() -> Status {
            // SQLite's write transaction already excludes other writers; PostgreSQL's does not,
            // so server processes starting together queue on a lock held until commit.
            if (m_dialect == SqlDialect::Postgres) {
                if (auto locked = exec(
                        QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock));
                    !locked)
                    return locked.error();
            }
            auto version = readSchemaVersion();
            if (!version)
                return version.error();
            const int current = *version;
            if (current > int(steps.size()))
                return Error{ErrorCode::Conflict,
                             tr("This data folder was written by a newer Carillon (schema %1; "
                                "this build knows %2). Update Carillon to open it.")
                                 .arg(current)
                                 .arg(steps.size())};
            if (current == int(steps.size())) {
                done = true;
                return {};
            }
            // Every missing step in this one transaction, so a new file gets its schema and what
            // onCreate writes together.
            for (size_t step = size_t(current); step < steps.size(); ++step) {
                for (const QString &statement : steps[step]) {
                    if (auto r = exec(statement); !r)
                        return r.error();
                }
            }
            if (current == 0 && onCreate) {
                if (Status created = onCreate(*this); !created)
                    return created;
            }
            return writeSchemaVersion(int(steps.size()));
        });
        if (!s || done)
            return s;
    }
}

Result<QSqlQuery> Database::exec(const QString &sql, std::initializer_list<QVariant> binds) const
{
    return exec(sql, QVariantList(binds));
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    const auto failed = [this, &q] {
        if (m_dialect == SqlDialect::Postgres)
            threadState().suspect = true;
        return storageError(q.lastError().text());
    };
    // Qt prepares PostgreSQL statements with SQL's PREPARE, which takes no schema statements.
    if (binds.isEmpty() && m_dialect == SqlDialect::Postgres) {
        if (!q.exec(sql))
            return failed();
        return q;
    }
    if (!q.prepare(sql))
        return failed();
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return failed();
    return q;
}

Result<QVariant> Database::scalar(const QString &sql, std::initializer_list<QVariant> binds) const
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    if (!q.value().next())
        return QVariant();
    return q.value().value(0);
}

bool Database::inTransaction() const
{
    return threadState().depth > 0;
}

void Database::afterCommit(std::function<void()> callback)
{
    ThreadState &state = threadState();
    if (state.depth == 0)
        callback();
    else
        state.afterCommit.push_back(std::move(callback));
}

void Database::failTransaction(const Error &error)
{
    ThreadState &state = threadState();
    if (state.depth > 0 && !state.failure)
        state.failure = error;
}

Status Database::transaction(const std::function<Status()> &body)
{
    ThreadState &state = threadState();
    if (state.depth > 0) {
        ++state.depth;
        Status s = body();
        --state.depth;
        return s;
    }

    QSqlDatabase db = connection();
    QSqlQuery control(db);
    QElapsedTimer waited;
    waited.start();
    const QString begin = m_dialect == SqlDialect::Postgres ? QStringLiteral("BEGIN")
                                                            : QStringLiteral("BEGIN IMMEDIATE");
    bool reconnected = false;
    while (!control.exec(begin)) {
        // Nothing has run yet: on a connection PostgreSQL ended, connect again and begin once more.
        if (m_dialect == SqlDialect::Postgres && !reconnected) {
            reconnected = true;
            state.suspect = true;
            db = connection();
            control = QSqlQuery(db);
            continue;
        }
        if (!isLocked(control.lastError()) || waited.elapsed() > kLockRetryMs)
            return storageError(control.lastError().text());
        QThread::msleep(20);
    }
    state.depth = 1;
    state.failure.reset();
    Status s = body();
    state.depth = 0;
    if (s && state.failure)
        s = *state.failure;
    state.failure.reset();
    if (s) {
        while (!control.exec(QStringLiteral("COMMIT"))) {
            if (!isLocked(control.lastError()) || waited.elapsed() > kLockRetryMs) {
                s = storageError(control.lastError().text());
                break;
            }
            QThread::msleep(20);
        }
    }
    auto callbacks = std::move(state.afterCommit);
    state.afterCommit.clear();
    if (!s) {
        if (!control.exec(QStringLiteral("ROLLBACK")) && m_dialect == SqlDialect::Postgres)
            state.suspect = true;
        return s;
    }
    if (m_checkpointer)
        m_checkpointer->committed();
    for (auto &callback : callbacks)
        callback();
    return s;
}

} // namespace carillon
