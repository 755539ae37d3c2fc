// Search over a real SQLite file: people, rooms and message text, only within what the
// searching person may see, kept in step with posts and erasures, and back-filled for messages
// written before the index existed.

#include "support/TestWorkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace carillon;
using carillon::test::TestWorkspace;

namespace {
QList<qint64> messageIds(const SearchResults &r)
{
    QList<qint64> ids;
    for (const MessageHit &h : r.messages)
        ids.append(h.messageId);
    return ids;
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    Profile ada, grace, linus;
    Conversation adaGrace, graceLinus, room;

    Message post(const Profile &who, const Conversation &c, const QString &text)
    {
        auto m = (*m_tw)->messages().postText(who.id, c.id, text);
        if (!m)
            qFatal("post failed: %s", qPrintable(m.error().message));
        return *m;
    }

    SearchResults search(const Profile &who, const QString &text)
    {
        auto r = (*m_tw)->search().search(who.id, text);
        if (!r)
            qFatal("search failed: %s", qPrintable(r.error().message));
        return *r;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        TestWorkspace &tw = *m_tw;
        ada = tw.person(QStringLiteral("ada@example.com"), QStringLiteral("Ada Lovelace"));
        grace = tw.person(QStringLiteral("grace@example.com"), QStringLiteral("Grace Hopper"));
        linus = tw.person(QStringLiteral("linus@example.org"), QStringLiteral("Linus Pauling"));
        adaGrace = tw->conversations().direct(ada.id, grace.id).value();
        graceLinus = tw->conversations().direct(grace.id, linus.id).value();
        room = tw->conversations()
                   .createRoom(ada.id, QStringLiteral("Analytical Engine Lab"), {grace.id})
                   .value();
    }
    void cleanup() { m_tw.reset(); }

    void findsAnotherPersonsWordOnlyWhereYouAreAMember()
    {
        const Message mine = post(grace, adaGrace, QStringLiteral("The compiler works at last"));
        const Message inRoom = post(grace, room, QStringLiteral("Compiler notes are up"));
        const Message privateOne = post(grace, graceLinus, QStringLiteral("compiler secret"));

        SearchResults forAda = search(ada, QStringLiteral("compiler"));
        QCOMPARE(messageIds(forAda), (QList<qint64>{inRoom.id, mine.id})); // newest first
        QCOMPARE(forAda.messages.last().senderName, QStringLiteral("Grace Hopper"));
        QCOMPARE(forAda.messages.last().conversationTitle, QStringLiteral("Grace Hopper"));
        QCOMPARE(forAda.messages.first().conversationTitle,
                 QStringLiteral("Analytical Engine Lab"));
        QVERIFY(!messageIds(forAda).contains(privateOne.id));
        // Linus sees the private chat he is in, and nothing of Ada's.
        QCOMPARE(messageIds(search(linus, QStringLiteral("compiler"))),
                 QList<qint64>{privateOne.id});
    }

    void matchesWhileTyping()
    {
        const Message m = post(ada, adaGrace, QStringLiteral("Meet at the harbour at dawn"));
        QCOMPARE(messageIds(search(grace, QStringLiteral("harb"))), QList<qint64>{m.id});
        QCOMPARE(messageIds(search(grace, QStringLiteral("dawn harb"))), QList<qint64>{m.id});
        QCOMPARE(messageIds(search(grace, QStringLiteral("Hárbour"))), QList<qint64>{m.id});
        QVERIFY(search(grace, QStringLiteral("harbourmaster")).messages.isEmpty());
    }

    void queryOperatorsAreTakenLiterally()
    {
        post(ada, adaGrace, QStringLiteral("alpha beta"));
        for (const QString &text :
             {QStringLiteral("\"alpha"), QStringLiteral("alpha OR"), QStringLiteral("NEAR("),
              QStringLiteral("-beta"), QStringLiteral("*"), QStringLiteral("body:alpha"),
              QStringLiteral("' ; DROP TABLE messages")}) {
            auto r = (*m_tw)->search().search(ada.id, text);
            QVERIFY2(r.ok(), qPrintable(text + QStringLiteral(": ") + r.error().message));
        }
        QCOMPARE(search(ada, QStringLiteral("\"alpha")).messages.size(), 1);
        QVERIFY(search(ada, QStringLiteral("alpha OR")).messages.isEmpty()); // "or" is a word
        QVERIFY(search(ada, QStringLiteral("   ")).isEmpty());
    }

    void findsPeopleAndRoomsYouKnow()
    {
        SearchResults r = search(ada, QStringLiteral("grace"));
        QCOMPARE(r.people.size(), 1);
        QCOMPARE(r.people.first().id, grace.id);
        QVERIFY(search(ada, QStringLiteral("linus")).people.isEmpty()); // shares nothing with her
        r = search(ada, QStringLiteral("engine"));
        QCOMPARE(r.conversations.size(), 1);
        QCOMPARE(r.conversations.first().conversationId, room.id);
        QVERIFY(search(linus, QStringLiteral("engine")).conversations.isEmpty());
        QVERIFY(search(ada, QStringLiteral("100%")).people.isEmpty()); // % is not a wildcard
    }

    void erasedMessagesAreNotFound()
    {
        post(grace, adaGrace, QStringLiteral("zebra crossing"));
        QCOMPARE(search(ada, QStringLiteral("zebra")).messages.size(), 1);
        QVERIFY((*m_tw)->eraser().erase(grace.id, RevokeReason::ProfileDeleted).ok());
        QVERIFY(search(ada, QStringLiteral("zebra")).messages.isEmpty());
        auto left = (*m_tw)->db().scalar(
            TestWorkspace::onPostgres()
                ? QStringLiteral("SELECT COUNT(*) FROM messages WHERE to_tsvector('carillon', "
                                 "body) @@ to_tsquery('carillon', 'zebra')")
                : QStringLiteral(
                      "SELECT COUNT(*) FROM message_search WHERE message_search MATCH 'zebra'"));
        QCOMPARE(left.value().toInt(), 0);
    }

    // A folder from before the index: the migration indexes its messages.
    void migrationBackFillsExistingMessages()
    {
        if (TestWorkspace::onPostgres())
            QSKIP("drops SQLite's FTS5 table; PostgreSQL's index is built by its migration");
        const Message before = post(grace, adaGrace, QStringLiteral("quokka sighting"));
        Database &db = (*m_tw)->db();
        for (const char *sql :
             {"DROP TRIGGER message_search_insert", "DROP TRIGGER message_search_delete",
              "DROP TRIGGER message_search_update", "DROP TABLE message_search",
              // and what later versions added
              "DROP TABLE assistant_code_failures", "DROP INDEX sessions_token",
              "PRAGMA user_version = 3"})
            QVERIFY(db.exec(QLatin1String(sql)).ok());
        const Message unindexed = post(grace, adaGrace, QStringLiteral("another quokka"));
        const QString dir = m_tw->dir.path();
        m_tw->ws.reset();

        WorkspaceOptions options;
        options.dataDir = dir;
        options.clock = &m_tw->clock;
        auto reopened = Workspace::open(options);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        m_tw->ws = std::move(reopened).value();
        QCOMPARE((*m_tw)->db().schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(messageIds(search(ada, QStringLiteral("quokka"))),
                 (QList<qint64>{unindexed.id, before.id}));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
