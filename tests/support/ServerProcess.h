#pragma once

// The real carillon-server executable (CARILLON_SERVER_BIN) on a database of a PostgresCluster,
// listening on a fixed loopback port so that a test can stop it and start it again where its
// devices expect it.

#include "PostgresCluster.h"
#include "WaitUntil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace carillon::test {

// Whether carillon-server's output says it accepts devices: its "carillon-server VERSION:
// serving ws://..." line, written once the WebSocket port listens. (Not just "serving": the link
// server says "serving links" earlier, before the devices' port listens.)
inline bool saysServing(const QByteArray &said)
{
    return said.contains(": serving ws");
}

class ServerProcess
{
public:
    ServerProcess() : m_port(freePort()), m_linksPort(freePort()) {}
    ~ServerProcess() { stop(); }

    // Empty when it serves; otherwise what it said. extra: more flags ("--links-listen", ...).
    QString start(const PostgresAddress &database, const QStringList &extra = {})
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList args = QStringList{
            QStringLiteral("--database"), uriOf(database), QStringLiteral("--data"), m_data.path(),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
            // Its own link server port too, so that tests run side by side (extra may name
            // another: the last one counts).
            QStringLiteral("--links-listen"), QStringLiteral("127.0.0.1:%1").arg(m_linksPort)};
        m_process.start(QStringLiteral(CARILLON_SERVER_BIN), args + extra);
        QByteArray said;
        waitUntil(
            [&] {
                said += m_process.readAllStandardOutput();
                return saysServing(said) || m_process.state() == QProcess::NotRunning;
            },
            30'000);
        if (m_process.state() != QProcess::Running)
            return QString::fromLocal8Bit(said);
        return saysServing(said)
                   ? QString()
                   : QStringLiteral("carillon-server did not say it serves within 30 s: ") +
                         QString::fromLocal8Bit(said);
    }
    // As a crash or a pulled cable: no goodbye to the devices.
    bool kill()
    {
        m_process.kill();
        const bool ended = m_process.waitForFinished(10'000);
        m_process.readAll(); // so that a restart waits for what the new process says
        return ended;
    }
    // An orderly stop (SIGTERM); whether it ended cleanly: exit 0, and no complaint from Qt Sql
    // on the way out (a database connection closed on the wrong thread, or still in use).
    bool stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        m_process.terminate();
        const bool ended = m_process.waitForFinished(10'000);
        const QByteArray said = m_process.readAll();
        if (said.contains("QSqlDatabase"))
            qWarning("carillon-server stopped with: %s", said.constData());
        return ended && m_process.exitStatus() == QProcess::NormalExit &&
               m_process.exitCode() == 0 && !said.contains("QSqlDatabase");
    }

    quint16 port() const { return m_port; }
    quint16 linksPort() const { return m_linksPort; }
    // The server's data folder (blobs, uploads).
    QString dataPath() const { return m_data.path(); }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port)); }

private:
    QTemporaryDir m_data;
    quint16 m_port;
    quint16 m_linksPort;
    QProcess m_process;
};

} // namespace carillon::test
