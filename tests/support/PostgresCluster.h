#pragma once

// A real PostgreSQL server for one test program: initdb in a temporary folder, started with
// pg_ctl on a free loopback port (and a socket in that folder), stopped and deleted at the end.
// Run as root, the server runs as the unprivileged user "nobody" (PostgreSQL refuses root).
// The binaries come from PATH or Debian's /usr/lib/postgresql/<version>/bin (package postgresql,
// which scripts/setup installs).

#include "FreePort.h"
#include "core/SqlDialect.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace carillon::test {

// The address as a postgresql:// URI, for carillon-server's --database.
inline QString uriOf(const PostgresAddress &a)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(a.user, a.host)
        .arg(a.port)
        .arg(a.database);
}

class PostgresCluster
{
public:
    PostgresCluster() = default;
    ~PostgresCluster() { stop(); }
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // Empty when it runs; otherwise what went wrong and what to install.
    QString start()
    {
        const QString initdb = tool(QStringLiteral("initdb"));
        m_pgCtl = tool(QStringLiteral("pg_ctl"));
        if (initdb.isEmpty() || m_pgCtl.isEmpty())
            return QStringLiteral("PostgreSQL's initdb and pg_ctl are not installed: install the "
                                  "Debian package postgresql (scripts/setup does)");
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return QStringLiteral("Qt's PostgreSQL driver is not installed: install the Debian "
                                  "package libqt6sql6-psql (scripts/setup does)");
        if (!m_dir.isValid())
            return QStringLiteral("cannot make a temporary folder");
        if (::geteuid() == 0) {
            const passwd *nobody = ::getpwnam("nobody");
            if (!nobody || ::chown(QFile::encodeName(m_dir.path()).constData(), nobody->pw_uid,
                                   nobody->pw_gid) != 0)
                return QStringLiteral("cannot hand the cluster's folder to the user nobody");
            m_asUser = {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("nobody"),
                        QStringLiteral("--")};
        }
        m_port = freePort();
        const QString data = m_dir.filePath(QStringLiteral("data"));
        if (QString error =
                run(initdb, {QStringLiteral("-D"), data, QStringLiteral("-U"),
                             QStringLiteral("carillon"), QStringLiteral("-A"),
                             QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                             QStringLiteral("--no-locale"), QStringLiteral("--no-sync")});
            !error.isEmpty())
            return error;
        const QString options =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                           "-c max_connections=200")
                .arg(m_port)
                .arg(m_dir.path());
        if (QString error =
                run(m_pgCtl, {QStringLiteral("-D"), data, QStringLiteral("-l"),
                              m_dir.filePath(QStringLiteral("log")), QStringLiteral("-o"), options,
                              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                              QStringLiteral("start")});
            !error.isEmpty())
            return error;
        m_running = true;
        return {};
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        run(m_pgCtl,
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    }

    // Stops it and deletes its folder now (for a program about to exit without unwinding).
    void discard()
    {
        stop();
        m_dir.remove();
    }

    // As a crash and a restart (or a failover to a server on the same address) would: every
    // connection is ended at once; the server comes back on the same port with the same data.
    QString restart()
    {
        return run(m_pgCtl,
                   {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                    QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                    QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("restart")});
    }

    int port() const { return m_port; }

    // A new, empty database on this server, by its address.
    PostgresAddress createDatabase(const QString &prefix = QStringLiteral("carillon"))
    {
        PostgresAddress address;
        address.host = QStringLiteral("127.0.0.1");
        address.port = m_port;
        address.user = QStringLiteral("carillon");
        address.database =
            prefix + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(12);
        const QString name = QStringLiteral("cluster-admin");
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            admin.setHostName(address.host);
            admin.setPort(m_port);
            admin.setUserName(address.user);
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (!admin.open() ||
                !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE ") + address.database))
                qFatal("cannot create a test database: %s", qPrintable(admin.lastError().text()));
            admin.close();
        }
        QSqlDatabase::removeDatabase(name);
        return address;
    }

    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    static QString tool(const QString &name)
    {
        QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
        const QDir versions(QStringLiteral("/usr/lib/postgresql"));
        for (const QString &v :
             versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)) {
            const QString path = versions.filePath(v + QStringLiteral("/bin/") + name);
            if (QFileInfo(path).isExecutable())
                return path;
        }
        return {};
    }

    QString run(const QString &program, const QStringList &args) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());
        if (m_asUser.isEmpty())
            p.start(program, args);
        else
            p.start(m_asUser.first(), m_asUser.mid(1) + QStringList{program} + args);
        if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            return QStringLiteral("%1 failed: %2")
                .arg(program, QString::fromLocal8Bit(p.readAll()));
        return {};
    }

    QTemporaryDir m_dir;
    QString m_pgCtl;
    QStringList m_asUser;
    int m_port = 0;
    bool m_running = false;
};

} // namespace carillon::test
