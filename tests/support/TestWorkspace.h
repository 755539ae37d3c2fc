#pragma once

// A throw-away data folder with a manual clock, for tests that drive the core directly.
// With CARILLON_TEST_POSTGRES=1 its SQL store is a new database on a PostgreSQL server that the
// test program starts once (PostgresCluster.h): the same tests, on the server's dialect.

#include "PostgresCluster.h"
#include "core/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace carillon::test {

struct TestWorkspace
{
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Workspace> ws;
    std::optional<PostgresAddress> database; // set when the store is on PostgreSQL

    static bool onPostgres()
    {
        return qEnvironmentVariable("CARILLON_TEST_POSTGRES") == QLatin1String("1");
    }

    static PostgresCluster &cluster()
    {
        static PostgresCluster server;
        static const QString failed = server.start();
        if (!failed.isEmpty())
            qFatal("cannot start PostgreSQL: %s", qPrintable(failed));
        return server;
    }

    explicit TestWorkspace(WorkspaceOptions options = {})
    {
        options.dataDir = dir.path();
        if (onPostgres() && !options.database)
            options.database = cluster().createDatabase();
        database = options.database;
        options.clock = &clock;
        options.sweepGraceMs = 0;
        auto opened = Workspace::open(options);
        if (!opened)
            qFatal("cannot open test workspace: %s", qPrintable(opened.error().message));
        ws = std::move(opened).value();
    }

    Workspace *operator->() { return ws.get(); }

    // Options that open the same store again: another instance on it, or a restart.
    WorkspaceOptions sameStore()
    {
        WorkspaceOptions options;
        options.dataDir = dir.path();
        options.database = database;
        options.clock = &clock;
        return options;
    }

    // Creates an identity and its profile. Uses a pre-computed hash so tests stay fast.
    Profile person(const QString &email, const QString &name = {})
    {
        static const QString hash = AccountStore::hashPassword(QStringLiteral("password-123"));
        return personWithHash(email, name, hash);
    }

    // The same with the given password hash; where nobody signs in (the fuzz targets), any
    // string will do and saves the 600,000 hashing rounds.
    Profile personWithHash(const QString &email, const QString &name, const QString &hash)
    {
        auto identity = ws->accounts().createIdentityHashed(email, name, hash);
        if (!identity)
            qFatal("cannot create %s: %s", qPrintable(email), qPrintable(identity.error().message));
        auto profile = ws->accounts().ensureProfile(identity->id);
        if (!profile)
            qFatal("cannot create profile: %s", qPrintable(profile.error().message));
        return *profile;
    }

    // Row counts of every table, for "nothing changed" assertions.
    QMap<QString, int> tableCounts()
    {
        QMap<QString, int> counts;
        for (const char *table :
             {"identities", "profiles", "sessions", "teams", "team_members", "enterprises",
              "enterprise_domains", "contacts", "invitations", "conversations", "members",
              "messages", "attachments", "meetings", "meeting_invitees"}) {
            auto v =
                ws->db().scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
            counts.insert(QLatin1String(table), v ? v->toInt() : -1);
        }
        return counts;
    }
};

} // namespace carillon::test
