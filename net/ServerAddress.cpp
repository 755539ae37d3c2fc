#include "net/ServerAddress.h"

#include <QHostAddress>

namespace carillon {

bool ServerAddress::isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<QUrl> ServerAddress::parse(const QString &typed)
{
    const QString text = typed.trimmed();
    const auto invalid = [](const QString &what) { return Error{ErrorCode::InvalidInput, what}; };
    if (text.isEmpty())
        return invalid(tr("Type the address of your Carillon server, like chat.example.com or "
                          "wss://chat.example.com:8443."));
    // Bounded: an address is a host name and a port, not a document.
    if (text.size() > 2048)
        return invalid(tr("That server address is too long. Type a host name and, if needed, a "
                          "port, like chat.example.com:8443."));
    const bool hasScheme = text.contains(QLatin1String("://"));
    QUrl url(hasScheme ? text : QString(QStringLiteral("wss://") + text), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(tr("\"%1\" is not a server address. Type a host name and, if needed, a "
                          "port, like chat.example.com:8443.")
                           .arg(text));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return invalid(tr("\"%1\" is not a Carillon server address: it starts with %2://. Use "
                          "wss:// (or ws:// for a server on this computer).")
                           .arg(text, url.scheme()));
    if (!url.userInfo().isEmpty())
        return invalid(tr("Leave the name and password out of the server address; you sign in "
                          "below."));
    const bool loopback = isLoopback(url.host());
    if (!hasScheme && loopback)
        url.setScheme(QStringLiteral("ws"));
    else
        url.setScheme(scheme);
    if (url.scheme() == QLatin1String("ws") && !loopback)
        return invalid(tr("\"%1\" is not encrypted (ws://), so your password would cross the "
                          "network readable. Use wss:// for a server on another computer; ws:// "
                          "is for a server on this computer only.")
                           .arg(text));
    if (url.path() == QLatin1String("/"))
        url.setPath({});
    return url;
}

} // namespace carillon
