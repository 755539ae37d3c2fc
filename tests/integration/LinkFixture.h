#pragma once

// A workspace with a manual clock, a person with attachments and a running link server on a
// free loopback port, for the link server tests.

#include "HttpTestClient.h"
#include "links/LinkServer.h"
#include "support/TestWorkspace.h"

#include <QRandomGenerator>

namespace carillon::test {

struct StoredFile
{
    Attachment attachment;
    QByteArray bytes;
    QByteArray sha256Hex;
};

struct LinkFixture
{
    static constexpr qint64 kHour = 3'600'000;

    TestWorkspace tw;
    Profile owner;
    Profile friendProfile;
    qint64 chatId = 0;
    std::unique_ptr<LinkServer> server;

    explicit LinkFixture(LinkServerOptions options = {})
    {
        owner = tw.person(QStringLiteral("owner@example.com"), QStringLiteral("Owner"));
        friendProfile = tw.person(QStringLiteral("friend@example.com"), QStringLiteral("Friend"));
        auto chat = tw->conversations().direct(owner.id, friendProfile.id);
        if (!chat)
            qFatal("cannot create a chat: %s", qPrintable(chat.error().message));
        chatId = chat->id;
        options.port = 0;
        server = std::make_unique<LinkServer>(*tw.ws, options);
        if (Status s = server->start(); !s)
            qFatal("cannot start the link server: %s", qPrintable(s.error().message));
    }

    ~LinkFixture() { server->stop(); }

    quint16 port() const { return server->port(); }

    static QByteArray randomBytes(qint64 size, quint32 seed)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator generator(seed);
        for (qint64 i = 0; i < size; ++i)
            bytes[i] = char(generator.generate() & 0xff);
        return bytes;
    }

    StoredFile upload(const QString &name, const QByteArray &bytes, qint64 senderId = 0)
    {
        OutgoingMessage message;
        message.body = QStringLiteral("file");
        message.attachments << NewAttachment::fromData(name, bytes);
        auto posted = tw->messages().post(senderId ? senderId : owner.id, chatId, message);
        if (!posted)
            qFatal("cannot post %s: %s", qPrintable(name), qPrintable(posted.error().message));
        return {posted->attachments.first(), bytes,
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()};
    }

    // Path and query of a link, valid for an hour unless told otherwise.
    QByteArray link(const Attachment &a, qint64 lifetimeMs = kHour)
    {
        return linkUntil(a, tw.clock.nowMs() + lifetimeMs);
    }
    QByteArray linkUntil(const Attachment &a, qint64 expiresAtMs)
    {
        return tw->links().signPath(a.publicId, a.fileName, a.sha256, expiresAtMs).toLatin1();
    }
};

} // namespace carillon::test
