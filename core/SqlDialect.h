#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace carillon {

// The SQL dialects a Database speaks: SQLite for the embedded store (one data folder on one
// computer), PostgreSQL for the server (several server processes on one database). Stores write
// portable SQL; what differs (column types, identity columns, triggers, full-text search, the
// schema version, how a write transaction starts) is decided here and in Database.
enum class SqlDialect
{
    Sqlite,
    Postgres
};

// Where a PostgreSQL database is: postgresql://user[:password]@host[:port]/database, the form
// libpq documents (host may be a socket folder: postgresql://user@%2Frun%2Fpostgresql/db).
struct PostgresAddress
{
    Q_DECLARE_TR_FUNCTIONS(PostgresAddress)
public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;

    static Result<PostgresAddress> parse(const QString &uri);
    // The address without the password, for messages and logs.
    QString display() const;
};

// A schema statement written for SQLite, in PostgreSQL's types: INTEGER is BIGINT (times are
// milliseconds since 1970, past 32 bits), and a column "INTEGER PRIMARY KEY" that references
// nothing (SQLite's rowid alias) is an identity column. Statements that differ in more than types
// (triggers, full-text search, INSERT OR REPLACE) are written twice in Migrations.cpp instead.
QString postgresSchemaStatement(const QString &sqliteStatement);

// Ends a SELECT, inside a write transaction, of rows the transaction claims (an export to
// deliver): PostgreSQL locks them and leaves out rows another server process holds; SQLite's
// write transaction already keeps every other writer out, so nothing is added there.
QString claimRowsClause(SqlDialect dialect);

} // namespace carillon
