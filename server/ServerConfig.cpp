#include "server/ServerConfig.h"

#include <QFile>
#include <QHash>
#include <QUrl>

#include <limits>

namespace carillon::server {

namespace {
const QStringList kKeys{QStringLiteral("listen"),
                        QStringLiteral("database"),
                        QStringLiteral("data"),
                        QStringLiteral("certificate"),
                        QStringLiteral("key"),
                        QStringLiteral("demo"),
                        QStringLiteral("max-connections"),
                        QStringLiteral("links-listen"),
                        QStringLiteral("link-base"),
                        QStringLiteral("max-attachment-size")};

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

// The file's "key = value" lines; every problem names the file and the line.
Result<QHash<QString, QString>> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{ErrorCode::Io, ServerConfig::tr("Cannot read the configuration file %1: %2.")
                                        .arg(path, file.errorString())};
    QHash<QString, QString> values;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        QString line = QString::fromUtf8(file.readLine());
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = line.left(equals).trimmed();
        if (equals < 0 || !kKeys.contains(key))
            return invalid(ServerConfig::tr("%1, line %2: expected \"key = value\" with one of "
                                            "the keys %3.")
                               .arg(path)
                               .arg(number)
                               .arg(kKeys.join(QStringLiteral(", "))));
        values.insert(key, line.mid(equals + 1).trimmed());
    }
    return values;
}

// "address:port", IPv6 addresses in brackets; false when it is not one.
bool parseAddress(const QString &value, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const uint number = value.mid(colon + 1).toUInt(&portOk);
    const QHostAddress parsed(host);
    if (colon < 0 || parsed.isNull() || !portOk || number > 65535)
        return false;
    *address = parsed;
    *port = quint16(number);
    return true;
}

// Whether a link base is one the server can write into manifests: an absolute http(s) URL
// without query or fragment, https unless it names this machine.
bool acceptableLinkBase(const QUrl &url)
{
    const QString host = url.host();
    const bool local = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    return url.isValid() && !host.isEmpty() && !url.hasQuery() && !url.hasFragment() &&
           (url.scheme() == QLatin1String("https") ||
            (url.scheme() == QLatin1String("http") && local));
}

// A whole number from 1 to max (the counts and sizes in the configuration); false otherwise.
bool parsePositive(const QString &value, qint64 max, qint64 *number)
{
    bool ok = false;
    const qint64 parsed = value.toLongLong(&ok);
    if (!ok || parsed < 1 || parsed > max)
        return false;
    *number = parsed;
    return true;
}

Status apply(ServerConfig &config, const QString &key, const QString &value)
{
    if (key == QLatin1String("listen")) {
        if (!parseAddress(value, &config.address, &config.port))
            return invalid(ServerConfig::tr("listen: \"%1\" is not an address and port; give "
                                            "one like 127.0.0.1:7450 or [::]:7450.")
                               .arg(value));
    } else if (key == QLatin1String("links-listen")) {
        if (!parseAddress(value, &config.linksAddress, &config.linksPort))
            return invalid(ServerConfig::tr("links-listen: \"%1\" is not an address and port; "
                                            "give one like 127.0.0.1:7451.")
                               .arg(value));
    } else if (key == QLatin1String("link-base")) {
        QString base = value;
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        if (!acceptableLinkBase(QUrl(base, QUrl::StrictMode)))
            return invalid(ServerConfig::tr("link-base: \"%1\" is not usable; give an https "
                                            "address like https://files.example.com (plain "
                                            "http only for this machine, like "
                                            "http://127.0.0.1:7451).")
                               .arg(value));
        config.linkBase = base;
    } else if (key == QLatin1String("database")) {
        auto address = PostgresAddress::parse(value);
        if (!address)
            return invalid(QStringLiteral("database: ") + address.error().message);
        config.database = *address;
    } else if (key == QLatin1String("data")) {
        config.dataDir = value;
    } else if (key == QLatin1String("certificate")) {
        config.certificateFile = value;
    } else if (key == QLatin1String("key")) {
        config.keyFile = value;
    } else if (key == QLatin1String("demo")) {
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return invalid(ServerConfig::tr("demo: give true or false, not \"%1\".").arg(value));
        config.demo = value == QLatin1String("true");
    } else if (key == QLatin1String("max-connections")) {
        qint64 count = 0;
        if (!parsePositive(value, std::numeric_limits<int>::max(), &count))
            return invalid(ServerConfig::tr("max-connections: give a number of 1 or more, not "
                                            "\"%1\".")
                               .arg(value));
        config.maxConnections = int(count);
    } else if (key == QLatin1String("max-attachment-size")) {
        qint64 bytes = 0;
        if (!parsePositive(value, std::numeric_limits<qint64>::max(), &bytes))
            return invalid(ServerConfig::tr("max-attachment-size: give a number of bytes, 1 or "
                                            "more, not \"%1\".")
                               .arg(value));
        config.maxAttachmentSize = bytes;
    }
    return {};
}
} // namespace

QString ServerConfig::usage()
{
    return tr("Usage: carillon-server [--config FILE] [--KEY VALUE]...\n"
              "Serves Carillon to desktop clients over WebSocket, on PostgreSQL.\n\n"
              "Keys, in the file as \"key = value\" or on the command line as --key value:\n"
              "  listen ADDRESS:PORT    where clients connect (default 127.0.0.1:7450)\n"
              "  database URI           postgresql://user[:password]@host[:port]/name\n"
              "  data FOLDER            attachment bytes and the server's secrets\n"
              "  certificate FILE       TLS certificate chain (PEM)\n"
              "  key FILE               TLS private key (PEM)\n"
              "  demo true|false        make a new database a demo one\n"
              "  max-connections N      clients served at once (default 4096)\n"
              "  links-listen ADDRESS:PORT  the link server: download links and devices'\n"
              "                         attachment downloads (default 127.0.0.1:7451)\n"
              "  link-base URL          the address written into download links (default\n"
              "                         http://ADDRESS:PORT of links-listen; https unless\n"
              "                         it names this machine)\n"
              "  max-attachment-size BYTES  the largest file a device may attach (default\n"
              "                         100 MiB)\n\n"
              "Without a certificate the server listens on loopback addresses only. The link\n"
              "server speaks plain HTTP and always listens on loopback: put a TLS proxy in\n"
              "front of it and give that proxy's address as link-base.\n");
}

Result<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments)
{
    QList<std::pair<QString, QString>> flags;
    QString configFile;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        QString key = arg.startsWith(QLatin1String("--")) ? arg.mid(2) : QString();
        QString value;
        if (const qsizetype equals = key.indexOf(QLatin1Char('=')); equals >= 0) {
            value = key.mid(equals + 1);
            key.truncate(equals);
        } else if (i + 1 < arguments.size()) {
            value = arguments[++i];
        } else {
            return invalid(tr("%1 needs a value.").arg(arg));
        }
        if (key == QLatin1String("config"))
            configFile = value;
        else if (kKeys.contains(key))
            flags.append({key, value});
        else
            return invalid(
                tr("Unknown option \"%1\". Run carillon-server --help for the list.").arg(arg));
    }
    ServerConfig config;
    if (!configFile.isEmpty()) {
        auto values = readFile(configFile);
        if (!values)
            return values.error();
        for (auto it = values->cbegin(); it != values->cend(); ++it)
            if (Status s = apply(config, it.key(), it.value()); !s)
                return Error{s.error().code, configFile + QStringLiteral(": ") + s.error().message};
    }
    for (const auto &[key, value] : std::as_const(flags))
        if (Status s = apply(config, key, value); !s)
            return s.error();

    if (config.database.database.isEmpty())
        return invalid(tr("No database: give --database postgresql://user@host/name (or "
                          "\"database = …\" in the configuration file)."));
    if (config.dataDir.isEmpty())
        return invalid(tr("No data folder: give --data FOLDER, where attachment bytes are kept."));
    if (config.certificateFile.isEmpty() != config.keyFile.isEmpty())
        return invalid(tr("TLS needs both a certificate and its key."));
    if (!config.tls() && !config.address.isLoopback())
        return invalid(tr("Listening on %1 without TLS would send passwords in clear: give "
                          "--certificate and --key, or listen on 127.0.0.1.")
                           .arg(config.address.toString()));
    if (!config.linksAddress.isLoopback())
        return invalid(tr("The link server speaks plain HTTP, so listening on %1 would send "
                          "session tokens and links in clear: give a loopback links-listen "
                          "(like 127.0.0.1:7451) behind a TLS proxy, and the proxy's https "
                          "address as link-base.")
                           .arg(config.linksAddress.toString()));
    return config;
}

QString ServerConfig::linkBaseFor(quint16 listeningPort) const
{
    if (!linkBase.isEmpty())
        return linkBase;
    QString host = linksAddress.toString();
    if (linksAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2").arg(host).arg(listeningPort);
}

} // namespace carillon::server
