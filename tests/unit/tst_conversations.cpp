// Conversations (1:1, group, room), their members, the conversation list a person sees (order,
// unread counts) and meetings.

#include "support/TestWorkspace.h"

#include <QTest>

using namespace carillon;
using carillon::test::TestWorkspace;

class TestConversations : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_a = m_tw->person(QStringLiteral("alice@example.com"), QStringLiteral("Alice"));
        m_b = m_tw->person(QStringLiteral("bob@example.com"), QStringLiteral("Bob"));
        m_c = m_tw->person(QStringLiteral("carol@example.com"), QStringLiteral("Carol"));
        m_d = m_tw->person(QStringLiteral("dave@example.com"), QStringLiteral("Dave"));
    }
    void cleanup() { m_tw.reset(); }

    void directIsOnePerPair()
    {
        TestWorkspace &tw = *m_tw;
        auto ab = tw->conversations().direct(m_a.id, m_b.id);
        QVERIFY2(ab.ok(), qPrintable(ab.error().message));
        QCOMPARE(toString(ab->kind), toString(ConversationKind::Direct));
        QVERIFY(ab->title.isEmpty());
        QCOMPARE(ab->memberIds, (QList<qint64>{m_a.id, m_b.id}));
        auto ba = tw->conversations().direct(m_b.id, m_a.id);
        QVERIFY(ba.ok());
        QCOMPARE(ba->id, ab->id);
        QCOMPARE(tw.tableCounts().value(QStringLiteral("conversations")), 1);
        auto ac = tw->conversations().direct(m_a.id, m_c.id);
        QVERIFY(ac.ok());
        QVERIFY(ac->id != ab->id);
    }

    void directNeedsTwoRealPeople()
    {
        TestWorkspace &tw = *m_tw;
        const auto before = tw.tableCounts();
        QCOMPARE(tw->conversations().direct(m_a.id, m_a.id).error().code, ErrorCode::InvalidInput);
        QCOMPARE(tw->conversations().direct(m_a.id, 424242).error().code, ErrorCode::NotFound);
        QCOMPARE(tw.tableCounts(), before);
    }

    void groupNeedsTwoOthers_data()
    {
        QTest::addColumn<QList<int>>("others"); // indexes: 0 alice (creator), 1 bob, 2 carol
        QTest::newRow("nobody") << QList<int>{};
        QTest::newRow("one") << QList<int>{1};
        QTest::newRow("one and me") << QList<int>{0, 1};
        QTest::newRow("one twice") << QList<int>{1, 1};
        QTest::newRow("me twice") << QList<int>{0, 0};
    }

    void groupNeedsTwoOthers()
    {
        QFETCH(QList<int>, others);
        TestWorkspace &tw = *m_tw;
        const qint64 ids[] = {m_a.id, m_b.id, m_c.id};
        QList<qint64> members;
        for (int i : others)
            members << ids[i];
        const auto before = tw.tableCounts();
        auto g = tw->conversations().createGroup(m_a.id, QStringLiteral("Club"), members);
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, ErrorCode::InvalidInput);
        QCOMPARE(tw.tableCounts(), before);
    }

    void groupWithTwoOthers()
    {
        TestWorkspace &tw = *m_tw;
        auto g = tw->conversations().createGroup(m_a.id, QString(), {m_b.id, m_c.id});
        QVERIFY2(g.ok(), qPrintable(g.error().message));
        QCOMPARE(toString(g->kind), toString(ConversationKind::Group));
        QCOMPARE(g->creatorId, m_a.id);
        QCOMPARE(g->memberIds, (QList<qint64>{m_a.id, m_b.id, m_c.id}));
        // An unknown member rolls the whole group back.
        const auto before = tw.tableCounts();
        QCOMPARE(tw->conversations().createGroup(m_a.id, QString(), {m_b.id, 999}).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(tw.tableCounts(), before);
    }

    void roomNeedsTitle()
    {
        TestWorkspace &tw = *m_tw;
        const auto before = tw.tableCounts();
        QCOMPARE(tw->conversations().createRoom(m_a.id, QString(), {m_b.id}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(tw->conversations().createRoom(m_a.id, QStringLiteral(" \t\n "), {}).error().code,
                 ErrorCode::InvalidInput);
        const QString tooLong(ConversationStore::kMaxTitleLength + 1, QLatin1Char('x'));
        QCOMPARE(tw->conversations().createRoom(m_a.id, tooLong, {}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(tw.tableCounts(), before);

        auto room = tw->conversations().createRoom(m_a.id, QStringLiteral("  Garden   club "), {});
        QVERIFY(room.ok());
        QCOMPARE(toString(room->kind), toString(ConversationKind::Room));
        QCOMPARE(room->title, QStringLiteral("Garden club"));
        QCOMPARE(room->memberIds, QList<qint64>{m_a.id});
    }

    void addMemberRules()
    {
        TestWorkspace &tw = *m_tw;
        auto room = tw->conversations().createRoom(m_a.id, QStringLiteral("Room"), {m_b.id});
        auto ab = tw->conversations().direct(m_a.id, m_b.id);
        QVERIFY(room.ok() && ab.ok());
        const auto before = tw.tableCounts();
        QCOMPARE(tw->conversations().addMember(ab->id, m_a.id, m_c.id).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(tw->conversations().addMember(room->id, m_c.id, m_d.id).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(tw->conversations().addMember(room->id, m_a.id, 31337).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(tw->conversations().addMember(4711, m_a.id, m_c.id).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(tw.tableCounts(), before);

        // Any member may add people; adding a member twice is harmless.
        QVERIFY(tw->conversations().addMember(room->id, m_b.id, m_c.id).ok());
        QVERIFY(tw->conversations().addMember(room->id, m_a.id, m_c.id).ok());
        QCOMPARE(tw->conversations().conversation(room->id)->memberIds,
                 (QList<qint64>{m_a.id, m_b.id, m_c.id}));
        QVERIFY(*tw->conversations().isMember(room->id, m_c.id));
        QVERIFY(!*tw->conversations().isMember(room->id, m_d.id));

        QVERIFY(tw->conversations().leave(room->id, m_c.id).ok());
        QVERIFY(!*tw->conversations().isMember(room->id, m_c.id));
        QCOMPARE(tw->conversations().leave(room->id, m_c.id).error().code, ErrorCode::NotFound);
        QCOMPARE(tw->conversations().addMember(room->id, m_c.id, m_d.id).error().code,
                 ErrorCode::Forbidden);
    }

    void summariesOrderedByActivity()
    {
        TestWorkspace &tw = *m_tw;
        auto ab = tw->conversations().direct(m_a.id, m_b.id);
        tw.clock.advanceMs(1000);
        auto group = tw->conversations().createGroup(m_a.id, QString(), {m_b.id, m_c.id});
        tw.clock.advanceMs(1000);
        auto room = tw->conversations().createRoom(m_b.id, QStringLiteral("Plans"), {m_a.id});
        QVERIFY(ab.ok() && group.ok() && room.ok());

        auto order = [&](qint64 who) {
            QList<qint64> ids;
            const auto list = tw->conversations().summaries(who);
            for (const ConversationSummary &s : *list)
                ids << s.conversation.id;
            return ids;
        };
        // Without messages: newest conversation first.
        QCOMPARE(order(m_a.id), (QList<qint64>{room->id, group->id, ab->id}));

        tw.clock.advanceMs(1000);
        QVERIFY(
            tw->messages().postText(m_b.id, ab->id, QStringLiteral("old chat, new message")).ok());
        QCOMPARE(order(m_a.id), (QList<qint64>{ab->id, room->id, group->id}));
        tw.clock.advanceMs(1000);
        QVERIFY(tw->messages().postText(m_c.id, group->id, QStringLiteral("group news")).ok());
        QCOMPARE(order(m_a.id), (QList<qint64>{group->id, ab->id, room->id}));
        // Carol only sees the group.
        QCOMPARE(order(m_c.id), QList<qint64>{group->id});
        QCOMPARE(order(m_d.id), QList<qint64>{});

        auto list = tw->conversations().summaries(m_a.id);
        const ConversationSummary &top = list->first();
        QCOMPARE(top.lastMessageBody, QStringLiteral("group news"));
        QCOMPARE(top.lastMessageAt, tw.clock.nowMs());
        QCOMPARE(top.displayTitle, QStringLiteral("Bob, Carol")); // untitled: the other members
        QCOMPARE(list->at(1).displayTitle, QStringLiteral("Bob"));
        QCOMPARE(list->at(2).displayTitle, QStringLiteral("Plans"));
    }

    void unreadCountsAndMarkRead()
    {
        TestWorkspace &tw = *m_tw;
        auto group = tw->conversations().createGroup(m_a.id, QStringLiteral("G"), {m_b.id, m_c.id});
        QVERIFY(group.ok());
        auto unread = [&](qint64 who) {
            return tw->conversations().summaries(who)->first().unread;
        };
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids << tw->messages().postText(m_b.id, group->id, QStringLiteral("b%1").arg(i))->id;
        QCOMPARE(unread(m_a.id), 3);
        ids << tw->messages().postText(m_a.id, group->id, QStringLiteral("a"))->id;
        // Writing marks the conversation read for the writer; her message is new for others.
        QCOMPARE(unread(m_a.id), 0);
        QCOMPARE(unread(m_b.id), 1);
        QCOMPARE(unread(m_c.id), 4);

        QVERIFY(tw->conversations().markRead(group->id, m_c.id, ids[1]).ok());
        QCOMPARE(unread(m_c.id), 2);
        QVERIFY(tw->conversations().markRead(group->id, m_c.id, ids.last()).ok());
        QCOMPARE(unread(m_c.id), 0);
        // Marking an older message read never brings messages back as unread.
        QVERIFY(tw->conversations().markRead(group->id, m_c.id, ids.first()).ok());
        QCOMPARE(unread(m_c.id), 0);
        QCOMPARE(unread(m_b.id), 1); // per person
        QVERIFY(tw->messages().postText(m_a.id, group->id, QStringLiteral("more")).ok());
        QCOMPARE(unread(m_c.id), 1);
        // The count stops at the cap, whatever the backlog.
        for (int i = 0; i < ConversationStore::kUnreadCap + 20; ++i)
            QVERIFY(tw->messages().postText(m_b.id, group->id, QStringLiteral("flood")).ok());
        QCOMPARE(unread(m_c.id), ConversationStore::kUnreadCap);
    }

    void meetingsScheduleAndList()
    {
        TestWorkspace &tw = *m_tw;
        const qint64 now = tw.clock.nowMs();
        const qint64 hour = 3'600'000;
        auto later = tw->meetings().schedule(m_a.id, QStringLiteral("  Planning  "), now + 5 * hour,
                                             60, {m_b.id, m_a.id, m_b.id});
        QVERIFY2(later.ok(), qPrintable(later.error().message));
        QCOMPARE(later->title, QStringLiteral("Planning"));
        QCOMPARE(later->inviteeIds, QList<qint64>{m_b.id}); // no organiser, no duplicates
        auto sooner =
            tw->meetings().schedule(m_c.id, QStringLiteral("Standup"), now + hour, 15, {m_a.id});
        QVERIFY(sooner.ok());

        auto forA = tw->meetings().meetingsFor(m_a.id);
        QVERIFY(forA.ok());
        QCOMPARE(forA->size(), 2);
        QCOMPARE(forA->at(0).id, sooner->id); // soonest first
        QCOMPARE(forA->at(1).id, later->id);
        QCOMPARE(forA->at(1).durationMinutes, 60);
        QCOMPARE(forA->at(1).startsAt, now + 5 * hour);
        QCOMPARE(forA->at(1).inviteeIds, QList<qint64>{m_b.id});
        QCOMPARE(tw->meetings().meetingsFor(m_b.id)->size(), 1);
        QCOMPARE(tw->meetings().meetingsFor(m_c.id)->size(), 1);
        QCOMPARE(tw->meetings().meetingsFor(m_d.id)->size(), 0);
    }

    void meetingValidation_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<qint64>("startOffset");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<qint64>("invitee"); // 0: Bob; otherwise used as is
        QTest::addColumn<ErrorCode>("code");
        const QString t = QStringLiteral("Sync");
        QTest::newRow("empty title")
            << QString() << qint64(3'600'000) << 30 << qint64(0) << ErrorCode::InvalidInput;
        QTest::newRow("blank title") << QStringLiteral("   ") << qint64(3'600'000) << 30
                                     << qint64(0) << ErrorCode::InvalidInput;
        QTest::newRow("long title") << QString(201, QLatin1Char('m')) << qint64(3'600'000) << 30
                                    << qint64(0) << ErrorCode::InvalidInput;
        QTest::newRow("too short")
            << t << qint64(3'600'000) << 4 << qint64(0) << ErrorCode::InvalidInput;
        QTest::newRow("too long") << t << qint64(3'600'000) << 24 * 60 + 1 << qint64(0)
                                  << ErrorCode::InvalidInput;
        QTest::newRow("in the past")
            << t << qint64(-3'600'000) << 30 << qint64(0) << ErrorCode::InvalidInput;
        QTest::newRow("unknown invitee")
            << t << qint64(3'600'000) << 30 << qint64(777777) << ErrorCode::NotFound;
    }

    void meetingValidation()
    {
        QFETCH(QString, title);
        QFETCH(qint64, startOffset);
        QFETCH(int, minutes);
        QFETCH(qint64, invitee);
        QFETCH(ErrorCode, code);
        TestWorkspace &tw = *m_tw;
        const auto before = tw.tableCounts();
        auto m = tw->meetings().schedule(m_a.id, title, tw.clock.nowMs() + startOffset, minutes,
                                         {m_c.id, invitee ? invitee : m_b.id});
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, code);
        QVERIFY(!m.error().message.isEmpty());
        QCOMPARE(tw.tableCounts(), before);
        QCOMPARE(tw->meetings().meetingsFor(m_a.id)->size(), 0);
    }

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Profile m_a, m_b, m_c, m_d;
};

QTEST_GUILESS_MAIN(TestConversations)
#include "tst_conversations.moc"
