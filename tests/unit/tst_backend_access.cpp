// What a signed-in person may read through the backend: the conversations they are in, the
// messages there, and the people they know. The same rules guard the desktop and every device
// of carillon-server, where each connection is served by its own backend (tst_server).

#include "core/EmbeddedBackend.h"
#include "support/TestWorkspace.h"

using namespace carillon;

class TestBackendAccess : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestWorkspace> m_tw;
    Profile m_ada, m_bob, m_carol, m_stranger;
    qint64 m_chat = 0, m_message = 0;

private slots:
    void init()
    {
        m_tw = std::make_unique<test::TestWorkspace>();
        m_ada = m_tw->person(QStringLiteral("ada@example.com"), QStringLiteral("Ada"));
        m_bob = m_tw->person(QStringLiteral("bob@example.com"), QStringLiteral("Bob"));
        m_carol = m_tw->person(QStringLiteral("carol@example.com"), QStringLiteral("Carol"));
        m_stranger = m_tw->person(QStringLiteral("zed@example.com"), QStringLiteral("Zed"));
        m_chat = (*m_tw)->conversations().direct(m_ada.id, m_bob.id)->id;
        m_message = (*m_tw)->messages().postText(m_ada.id, m_chat, QStringLiteral("secret"))->id;
        QVERIFY((*m_tw)->conversations().createRoom(m_carol.id, QStringLiteral("Lab"), {m_ada.id}));
    }

    void membersReadTheirConversations()
    {
        EmbeddedBackend bob(*m_tw->ws, DeviceOptions{QStringLiteral("test"), false, 0});
        QVERIFY(bob.adoptSession(
            *(*m_tw)->sessions().openSession(m_bob.identityId, QStringLiteral("test"))));
        QCOMPARE(bob.history(m_chat, 0, 10)->size(), 1);
        QCOMPARE(bob.message(m_message)->body, QStringLiteral("secret"));
        QCOMPARE(bob.conversation(m_chat)->id, m_chat);
        QCOMPARE(bob.profile(m_ada.id)->displayName, QStringLiteral("Ada"));
    }

    void othersCannotReadThemOrListPeople()
    {
        EmbeddedBackend carol(*m_tw->ws, DeviceOptions{QStringLiteral("test"), false, 0});
        QVERIFY(carol.adoptSession(
            *(*m_tw)->sessions().openSession(m_carol.identityId, QStringLiteral("test"))));
        for (const Status &refused :
             {Status(carol.history(m_chat, 0, 10)), Status(carol.historyAfter(m_chat, 0, 10)),
              Status(carol.message(m_message)), Status(carol.conversation(m_chat)),
              Status(carol.send(m_chat, QStringLiteral("intruder"), {}))}) {
            QVERIFY(!refused);
            QVERIFY(refused.error().code != ErrorCode::Storage);
        }
        // Ada shares the room with Carol; Bob and the stranger do not.
        QCOMPARE(carol.profile(m_ada.id)->id, m_ada.id);
        QVERIFY(!carol.profile(m_bob.id));
        QVERIFY(carol.profile(m_bob.id).error().code == ErrorCode::NotFound);
        QVERIFY(!carol.profile(m_stranger.id));
        QCOMPARE(carol.profile(carol.assistant().id)->id, carol.assistant().id);
        // An unknown conversation and one Carol is not in read the same.
        QCOMPARE(carol.history(m_chat, 0, 1).error().message,
                 carol.history(m_chat + 1000, 0, 1).error().message);
    }

    void nothingBeforeSigningIn()
    {
        EmbeddedBackend nobody(*m_tw->ws, DeviceOptions{QStringLiteral("test"), false, 0});
        QVERIFY(!nobody.history(m_chat, 0, 10));
        QVERIFY(!nobody.message(m_message));
        QVERIFY(!nobody.profile(m_ada.id));
        QVERIFY(!nobody.conversation(m_chat));
    }
};

QTEST_GUILESS_MAIN(TestBackendAccess)
#include "tst_backend_access.moc"
