#pragma once

// A device as carillon-server sees it, for tests and the load test: one WebSocket speaking the
// Carillon protocol (net/Wire.h), with calls that wait for their reply (the event loop runs
// meanwhile, never a fixed sleep) and the events received so far.

#include "WaitUntil.h"
#include "net/Wire.h"

#include <QWebSocket>

#include <chrono>

namespace carillon::test {

class WireClient
{
public:
    explicit WireClient(const QString &url, int timeoutMs = 10'000) : m_timeoutMs(timeoutMs)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            auto frame = wire::parse(text);
            if (!frame)
                qFatal("the server sent an unreadable frame: %s", qPrintable(text.left(200)));
            if (frame->kind == wire::Frame::Kind::Event) {
                events.append(*frame);
                eventTimes.append(nowMs());
            } else {
                m_replies.insert(frame->id, *frame);
            }
        });
        QObject::connect(&m_socket, &QWebSocket::disconnected, [this] { m_closed = true; });
        m_socket.open(QUrl(url));
    }

    bool waitConnected()
    {
        return waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; });
    }
    bool waitClosed()
    {
        return waitFor([this] { return m_closed; });
    }
    QWebSocket &socket() { return m_socket; }

    // Sends a call and waits for its reply; a reply that never comes fails with an error frame.
    wire::Frame call(const QString &name, const wire::Object &args = {})
    {
        const qint64 id = ++m_nextId;
        m_socket.sendTextMessage(wire::call(id, name, args));
        if (!waitFor([&] { return m_replies.contains(id) || m_closed; })) {
            wire::Frame timeout;
            timeout.kind = wire::Frame::Kind::Reply;
            timeout.error = Error{ErrorCode::Io, QStringLiteral("no reply to %1").arg(name)};
            return timeout;
        }
        if (!m_replies.contains(id)) {
            wire::Frame closed;
            closed.kind = wire::Frame::Kind::Reply;
            closed.error =
                Error{ErrorCode::Io, QStringLiteral("closed: %1").arg(m_socket.closeReason())};
            return closed;
        }
        return m_replies.take(id);
    }

    // The reply's value decoded as T; fails the calling test (and returns T()) otherwise.
    template <typename T> T value(const QString &name, const wire::Object &args = {})
    {
        const wire::Frame reply = call(name, args);
        T out{};
        if (reply.error)
            qWarning("%s failed: %s", qPrintable(name), qPrintable(reply.error->message));
        else if (!wire::decode(reply.value, &out))
            qWarning("%s: the reply does not decode", qPrintable(name));
        return out;
    }

    // Signs in with a password; the profile id, or 0.
    qint64 signIn(const QString &email, const QString &password = QStringLiteral("password-123"))
    {
        return signedIn(call(QStringLiteral("signIn"), {{"email", email}, {"password", password}}));
    }

    // Signs in on a demo server without a password; the profile id, or 0.
    qint64 signInDemo(const QString &email)
    {
        return signedIn(call(QStringLiteral("signInDemo"), {{"email", email}}));
    }

    // Waits for an event named name (and matching, when given) after index from; its index or -1.
    int waitEvent(const QString &name, int from = 0,
                  const std::function<bool(const QJsonObject &)> &matching = {})
    {
        int found = -1;
        waitFor([&] {
            for (int i = from; i < events.size(); ++i)
                if (events[i].name == name && (!matching || matching(events[i].args))) {
                    found = i;
                    return true;
                }
            return false;
        });
        return found;
    }

    // One monotonic clock for every client (and the caller), in ms with a fraction: times taken
    // on different clients compare directly.
    static double nowMs()
    {
        return std::chrono::duration<double, std::milli>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }

    QList<wire::Frame> events;
    QList<double> eventTimes; // nowMs() when each event arrived
    QString token;

private:
    // Keeps the token of a sign-in's reply; the profile id, or 0.
    qint64 signedIn(const wire::Frame &reply)
    {
        if (reply.error) {
            qWarning("signing in failed: %s", qPrintable(reply.error->message));
            return 0;
        }
        token = reply.value.toObject().value(QLatin1String("token")).toString();
        Profile me;
        return wire::decode(reply.value.toObject().value(QLatin1String("profile")), &me) ? me.id
                                                                                         : 0;
    }

    bool waitFor(const std::function<bool()> &done) { return waitUntil(done, m_timeoutMs); }

    QWebSocket m_socket;
    QHash<qint64, wire::Frame> m_replies;
    qint64 m_nextId = 0;
    bool m_closed = false;
    int m_timeoutMs;
};

} // namespace carillon::test
