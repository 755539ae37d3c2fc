#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QUrl>

namespace carillon {

// The address of a Carillon server as a person types it ("chat.example.com",
// "wss://chat.example.com:8443", "localhost:7700") turned into the WebSocket URL to open.
// Without a scheme, wss:// is meant, except on this computer (localhost, 127.0.0.1, ::1),
// where ws:// is. Unencrypted ws:// is refused for any other host: the password and the
// session token would cross the network readable by anyone on the way.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    static Result<QUrl> parse(const QString &typed);
    static bool isLoopback(const QString &host);
};

} // namespace carillon
