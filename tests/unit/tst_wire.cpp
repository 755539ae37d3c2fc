// The Carillon protocol's frames and the core's types in JSON (net/Wire): every type comes
// back as it went, decoding is strict (a missing or mistyped field, a fraction, a number past
// 2^53 fail), and frames are read as exactly one of call, reply or event.

#include "net/Wire.h"

#include <QTest>

using namespace carillon;

namespace {
template <typename T> T roundTrip(const T &value)
{
    T back{};
    if (!wire::decode(wire::encode(value), &back))
        qWarning("did not decode");
    return back;
}

Message sampleMessage()
{
    Attachment a{7,
                 QStringLiteral("pub-7"),
                 9,
                 3,
                 1,
                 QStringLiteral("日本 <b>.pdf"),
                 QStringLiteral("application/pdf"),
                 123456789012LL,
                 QStringLiteral("ab12"),
                 1'700'000'000'000LL};
    Message m;
    m.id = 9;
    m.conversationId = 3;
    m.senderId = 1;
    m.kind = MessageKind::ConfirmationRequest;
    m.body = QStringLiteral("line\nnext \"quoted\" 🎉");
    m.payload = wire::Object{{"code", "123-456"}, {"expiresAt", 1.7e12}};
    m.createdAt = 1'700'000'000'123LL;
    m.attachments = {a};
    return m;
}
} // namespace

class TestWire : public QObject
{
    Q_OBJECT
private slots:
    void everyTypeComesBack()
    {
        const Message m = sampleMessage();
        const Message back = roundTrip(m);
        QCOMPARE(back.id, m.id);
        QVERIFY(back.kind == m.kind);
        QCOMPARE(back.body, m.body);
        QCOMPARE(back.payload, m.payload);
        QCOMPARE(back.createdAt, m.createdAt);
        QCOMPARE(back.attachments.size(), 1);
        QCOMPARE(back.attachments[0].fileName, m.attachments[0].fileName);
        QCOMPARE(back.attachments[0].size, m.attachments[0].size);

        Profile p{5,
                  4,
                  QStringLiteral("a@example.com"),
                  QStringLiteral("Ada"),
                  ProfileKind::Assistant,
                  1'700'000'000'000LL};
        const Profile pb = roundTrip(p);
        QCOMPARE(pb.displayName, p.displayName);
        QVERIFY(pb.kind == ProfileKind::Assistant);
        QCOMPARE(pb.identityId, 4);

        ConversationSummary s;
        s.conversation =
            Conversation{3, ConversationKind::Room, QStringLiteral("Lab"), 1, 2, {1, 2, 3}};
        s.displayTitle = QStringLiteral("Lab");
        s.lastMessageId = 9;
        s.unread = 4;
        const ConversationSummary sb = roundTrip(s);
        QVERIFY(sb.conversation.kind == ConversationKind::Room);
        QCOMPARE(sb.conversation.memberIds, (QList<qint64>{1, 2, 3}));
        QCOMPARE(sb.unread, 4);

        SearchResults r;
        r.people = {p};
        r.conversations = {ConversationHit{3, ConversationKind::Group, QStringLiteral("G")}};
        r.messages = {MessageHit{9, 3, 1, QStringLiteral("Ada"), QStringLiteral("G"),
                                 QStringLiteral("hi"), 5}};
        const SearchResults rb = roundTrip(r);
        QCOMPARE(rb.people.size(), 1);
        QVERIFY(rb.conversations[0].kind == ConversationKind::Group);
        QCOMPARE(rb.messages[0].senderName, QStringLiteral("Ada"));

        QVERIFY(roundTrip(InviteOutcome::AddedMutual) == InviteOutcome::AddedMutual);
        QVERIFY(roundTrip(RevokeReason::DeletedByOrganisation) ==
                RevokeReason::DeletedByOrganisation);
        const Managed mb = roundTrip(Managed{ManagedStatus::Enterprise, QStringLiteral("Acme")});
        QVERIFY(mb.status == ManagedStatus::Enterprise);
        QCOMPARE(mb.organisation, QStringLiteral("Acme"));
        const Meeting mt =
            roundTrip(Meeting{1, 2, QStringLiteral("Plan"), 1'800'000'000'000LL, 45, {2, 3}});
        QCOMPARE(mt.durationMinutes, 45);
        QCOMPARE(mt.inviteeIds, (QList<qint64>{2, 3}));
        const Error eb = roundTrip(Error{ErrorCode::TooLarge, QStringLiteral("big")});
        QVERIFY(eb.code == ErrorCode::TooLarge);
    }

    void decodingIsStrict()
    {
        QJsonObject json = wire::encode(sampleMessage()).toObject();
        Message m;
        QJsonObject missing = json;
        missing.remove(QLatin1String("sender"));
        QVERIFY(!wire::decode(missing, &m));
        QJsonObject badKind = json;
        badKind.insert(QLatin1String("kind"), QStringLiteral("shout"));
        QVERIFY(!wire::decode(badKind, &m));
        QJsonObject textId = json;
        textId.insert(QLatin1String("id"), QStringLiteral("9"));
        QVERIFY(!wire::decode(textId, &m));
        QJsonObject extra = json;
        extra.insert(QLatin1String("future"), true);
        QVERIFY(wire::decode(extra, &m)); // a newer peer may add fields

        qint64 n = 0;
        QVERIFY(!wire::decode(QJsonValue(1.5), &n));
        QVERIFY(!wire::decode(QJsonValue(1e300), &n));
        QVERIFY(!wire::decode(QJsonValue(QStringLiteral("1")), &n));
        QVERIFY(wire::decode(QJsonValue(-42.0), &n));
        QCOMPARE(n, -42);
        int small = 0;
        QVERIFY(!wire::decode(QJsonValue(double(INT_MAX) + 1), &small));
        QList<qint64> list;
        QVERIFY(!wire::decode(QJsonArray{1, QStringLiteral("x")}, &list));
    }

    void framesAreOneOfThree()
    {
        auto call = wire::parse(wire::call(7, QStringLiteral("history"), {{"limit", 5}}));
        QVERIFY(call);
        QCOMPARE(call->kind, wire::Frame::Kind::Call);
        QCOMPARE(call->id, 7);
        QCOMPARE(call->name, QStringLiteral("history"));
        QCOMPARE(call->args.value(QLatin1String("limit")).toInt(), 5);

        auto ok = wire::parse(wire::answer(8, Result<qint64>(qint64(99))));
        QVERIFY(ok);
        QCOMPARE(ok->kind, wire::Frame::Kind::Reply);
        QVERIFY(!ok->error);
        QCOMPARE(ok->value.toInteger(), 99);

        auto failed =
            wire::parse(wire::answer(9, Status(Error{ErrorCode::Forbidden, QStringLiteral("no")})));
        QVERIFY(failed && failed->error);
        QVERIFY(failed->error->code == ErrorCode::Forbidden);

        auto event = wire::parse(wire::event(QStringLiteral("clockChanged"), {}));
        QVERIFY(event);
        QCOMPARE(event->kind, wire::Frame::Kind::Event);

        for (const char *bad :
             {"", "[]", "{\"v\":2,\"id\":1,\"call\":\"me\"}", "{\"v\":1,\"call\":\"me\"}",
              "{\"v\":1,\"id\":1}", "{\"v\":1,\"id\":\"1\",\"call\":\"me\"}",
              "{\"v\":1,\"id\":1,\"call\":\"me\",\"args\":[]}",
              "{\"v\":1,\"id\":1,\"error\":{\"code\":\"weird\",\"message\":\"\"}}"})
            QVERIFY2(!wire::parse(QLatin1String(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
