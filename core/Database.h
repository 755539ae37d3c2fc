#pragma once

#include "core/Result.h"
#include "core/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <vector>

namespace carillon {

// The SQL store, migrated to the current schema on open: one SQLite file, opened with WAL, a
// busy timeout and foreign keys (the embedded store), or a PostgreSQL database (the server's).
// Each thread gets its own named connection (Qt Sql connections must not cross threads). This
// and Migrations.cpp are the only places that speak a dialect; everything else uses portable
// SQL.
class Database;

// PostgreSQL's LISTEN on a connection of its own (never used for queries, whose replies would
// swallow notifications): onNotify gets each payload sent with NOTIFY on the channel, after the
// sender's commit, on the thread that made the listener (it needs that thread's event loop).
// The connection closes when the listener is destroyed.
class NotificationListener
{
public:
    ~NotificationListener();
    NotificationListener(const NotificationListener &) = delete;
    NotificationListener &operator=(const NotificationListener &) = delete;
    // A round trip on the listening connection: false once it is lost (the server restarted),
    // after which nothing more arrives; make a new listener then.
    bool alive() const;

private:
    friend class Database;
    explicit NotificationListener(QString connectionName) : m_name(std::move(connectionName)) {}
    QString m_name;
    std::unique_ptr<QObject> m_receiver;
};

struct DatabaseOptions
{
    // Statements that would write are refused (PRAGMA query_only) once the file is open, so a
    // reading command cannot change anything by mistake. A file that does not exist is not
    // created; an out-of-date schema is still migrated first, because reading needs it.
    bool readOnly = false;
    // Runs inside the transaction that creates the schema of a new file: what it writes exists
    // exactly when the schema does (a crash leaves neither).
    std::function<Status(Database &)> onCreate;
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // The file and its -wal and -shm companions are owner-only (0600), older ones included.
    static Result<std::unique_ptr<Database>> open(const QString &filePath,
                                                  const DatabaseOptions &options = {});
    // A PostgreSQL database (Qt's QPSQL driver), migrated the same way: each step in one
    // transaction, several server processes opening it at once migrate it once.
    static Result<std::unique_ptr<Database>> openPostgres(const PostgresAddress &address,
                                                          const DatabaseOptions &options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString filePath() const { return m_filePath; } // SQLite only
    SqlDialect dialect() const { return m_dialect; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    // The file of the SQLite driver plugin Qt will load, for a start-up that maps it ahead of
    // time (see app/WindowMain.cpp); empty when it cannot be found.
    static QString driverPluginFile();

    // Runs one statement with positional bind values. The returned query is positioned before
    // the first row. Failures come back as a Storage error with the driver's reason.
    Result<QSqlQuery> exec(const QString &sql, std::initializer_list<QVariant> binds = {}) const;
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds) const;
    // First column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, std::initializer_list<QVariant> binds = {}) const;

    // Runs body inside one write transaction (taken up front so that concurrent writers queue on
    // the busy timeout instead of failing). A failed Status or Result rolls everything back.
    // Nested calls join the outer transaction. Callbacks given to afterCommit() run once the
    // outermost transaction has committed and are dropped on rollback.
    Status transaction(const std::function<Status()> &body);
    void afterCommit(std::function<void()> callback);
    // Marks the calling thread's open transaction as failed: it is rolled back and returns
    // this error even if its body succeeds. For writes whose callers cannot return a Status
    // (the change feed's bookkeeping inside a store's transaction).
    void failTransaction(const Error &error);
    bool inTransaction() const;

    // Moves everything in the write-ahead log into the database file and empties the log, so no
    // superseded page (an erased row, say) stays in carillon.sqlite-wal. Returns false when a
    // reader kept it from finishing; it is then tried again when this Database closes.
    Result<bool> checkpoint();

    // PostgreSQL only: listens on channel (see NotificationListener); notify() sends payload
    // to every listener of channel, when the calling thread's transaction commits (at once
    // outside one).
    Result<std::unique_ptr<NotificationListener>>
    listen(const QString &channel, std::function<void(const QString &payload)> onNotify) const;
    Status notify(const QString &channel, const QString &payload) const;

    QSqlDatabase connection() const;
    // Closes and forgets the calling thread's connection. A worker thread calls this before it
    // ends: the state is keyed by the QThread's address, which a later thread may reuse.
    void releaseThreadConnection() const;

private:
    class Checkpointer;

    Database(SqlDialect dialect, QString filePath);
    Status migrate(const std::function<Status(Database &)> &onCreate);
    // Migrates, then makes the connection read-only when asked.
    Status finishOpening(QSqlDatabase &conn, const DatabaseOptions &options);
    Status configure(QSqlDatabase &db) const;
    Result<int> readSchemaVersion() const;
    Status writeSchemaVersion(int version);
    QSqlDatabase addConnection(const QString &name) const;
    void checkpointPassive();

    SqlDialect m_dialect;
    QString m_filePath;
    PostgresAddress m_postgres;
    bool m_readOnly = false;
    QString m_connectionPrefix;
    bool m_checkpointPending = false;
    // Copies the write-ahead log into the file on a thread of its own, shortly after commits:
    // SQLite's automatic checkpoint runs inside the commit that fills the log and syncs both
    // files there, which stalled one commit in about a hundred by 10 ms and more.
    std::unique_ptr<Checkpointer> m_checkpointer;

public:
    struct ThreadState; // per-thread connection name and transaction depth

private:
    ThreadState &threadState() const;
};

Error storageError(const QString &what);

} // namespace carillon
