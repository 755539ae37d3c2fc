// carillon-server against a real PostgreSQL (started and stopped here): devices on WebSockets
// sign in, talk and hear each other within a second, across two server processes on one
// database (one in this process, one the real carillon-server executable); the assistant
// answers a command once and Delete me signs out every device of the person; the server
// checks every call (nobody acts for another profile, nothing before signing in), limits
// sign-in attempts and hangs up on frames that are too big or not the protocol.

#include "assistant/AssistantThread.h"
#include "core/AssistantPayloads.h"
#include "core/Workspace.h"
#include "server/ChatServer.h"
#include "support/FreePort.h"
#include "support/PostgresCluster.h"
#include "support/ServerProcess.h"
#include "support/WireClient.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace carillon;
using test::uriOf;
using test::WireClient;

namespace {
const QString kPassword = QStringLiteral("password-123");
} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private:
    test::PostgresCluster m_cluster;
    QTemporaryDir m_data;
    PostgresAddress m_database;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<AssistantThread> m_assistant;
    std::unique_ptr<server::ChatServer> m_server;
    QProcess m_second; // the real executable, the second server process
    QString m_secondUrl;
    qint64 m_ada = 0, m_bob = 0, m_carol = 0, m_dan = 0;

    QString url() const { return m_server->url(); }

    qint64 person(const QString &email, const QString &name)
    {
        static const QString hash = AccountStore::hashPassword(kPassword);
        auto identity = m_ws->accounts().createIdentityHashed(email, name, hash);
        if (!identity)
            qFatal("%s", qPrintable(identity.error().message));
        return m_ws->accounts().ensureProfile(identity->id)->id;
    }

    // The newest message of a conversation as device sees it.
    QList<Message> history(WireClient &device, qint64 conversation)
    {
        return device.value<QList<Message>>(
            QStringLiteral("history"),
            {{"conversation", conversation}, {"before", 0}, {"limit", 60}});
    }

private slots:
    void initTestCase()
    {
        const QString failed = m_cluster.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_database = m_cluster.createDatabase();
        WorkspaceOptions options;
        options.dataDir = m_data.path();
        options.database = m_database;
        auto ws = Workspace::open(options);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        m_ada = person(QStringLiteral("ada@example.com"), QStringLiteral("Ada"));
        m_bob = person(QStringLiteral("bob@example.com"), QStringLiteral("Bob"));
        m_carol = person(QStringLiteral("carol@example.com"), QStringLiteral("Carol"));
        m_dan = person(QStringLiteral("dan@example.com"), QStringLiteral("Dan"));
        m_ws->feed().startWatching();
        m_assistant =
            std::make_unique<AssistantThread>(*m_ws, AssistantConfig::forWorkspace(*m_ws));
        server::ServerConfig config;
        config.port = 0;
        config.database = m_database;
        config.dataDir = m_data.path();
        m_server = std::make_unique<server::ChatServer>(*m_ws, config);
        const Status started = m_server->start();
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));

        const quint16 port = test::freePort();
        m_second.setProcessChannelMode(QProcess::MergedChannels);
        m_second.start(QStringLiteral(CARILLON_SERVER_BIN),
                       {QStringLiteral("--database"), uriOf(m_database), QStringLiteral("--data"),
                        m_data.path(), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--links-listen"),
                        QStringLiteral("127.0.0.1:0")});
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT(test::saysServing(said += m_second.readAllStandardOutput()) ||
                                     m_second.state() == QProcess::NotRunning,
                                 20'000);
        QVERIFY2(m_second.state() == QProcess::Running, said.constData());
        m_secondUrl = QStringLiteral("ws://127.0.0.1:%1").arg(port);
    }

    void cleanupTestCase()
    {
        if (m_second.state() == QProcess::Running) {
            m_second.terminate(); // SIGTERM: an orderly stop
            QVERIFY(m_second.waitForFinished(10'000));
            QCOMPARE(m_second.exitStatus(), QProcess::NormalExit);
            QCOMPARE(m_second.exitCode(), 0);
        }
        m_server.reset();
        m_assistant.reset();
        m_ws.reset();
    }

    void helloNamesTheServerAndTheAssistant()
    {
        WireClient device(url());
        QVERIFY(device.waitConnected());
        const QJsonObject hello = device.value<QJsonObject>(QStringLiteral("hello"));
        QCOMPARE(hello.value(QLatin1String("version")).toInt(), wire::kVersion);
        Profile assistant;
        QVERIFY(wire::decode(hello.value(QLatin1String("assistant")), &assistant));
        QCOMPARE(assistant.email, defaultAssistantEmail());
        QCOMPARE(hello.value(QLatin1String("demo")).toBool(), false);
        QVERIFY(!hello.contains(QLatin1String("demoPeople")));
    }

    void nothingBeforeSigningIn()
    {
        WireClient device(url());
        QVERIFY(device.waitConnected());
        for (const char *call : {"contacts", "conversations", "me", "signOut"}) {
            const wire::Frame reply = device.call(QLatin1String(call));
            QVERIFY2(reply.error, call);
            QVERIFY(reply.error->code == ErrorCode::Forbidden);
        }
        const wire::Frame demo =
            device.call(QStringLiteral("signInDemo"), {{"email", "ada@example.com"}});
        QVERIFY(demo.error);
        QVERIFY(demo.error->code == ErrorCode::Forbidden);
        // Calls that would reach the server's own files are not on the wire at all.
        QVERIFY(device.signIn(QStringLiteral("ada@example.com")));
        for (const char *call : {"saveAttachment", "attachmentFile", "setFolderSetting",
                                 "folderSetting", "resetDemo"}) {
            const wire::Frame reply = device.call(QLatin1String(call), {{"path", "/etc/passwd"}});
            QVERIFY2(reply.error, call);
            QVERIFY(reply.error->code == ErrorCode::InvalidInput);
        }
        QVERIFY(device.call(QStringLiteral("advanceClock"), {{"delta", 1000}}).error->code ==
                ErrorCode::Forbidden);
    }

    void signInGivesATokenThatResumes()
    {
        WireClient device(url());
        QVERIFY(device.waitConnected());
        QCOMPARE(device.signIn(QStringLiteral("ada@example.com")), m_ada);
        QVERIFY(!device.token.isEmpty());
        QCOMPARE(device.value<Profile>(QStringLiteral("me")).id, m_ada);
        // A second sign-in on a signed-in connection is refused.
        QVERIFY(device
                    .call(QStringLiteral("signIn"),
                          {{"email", "bob@example.com"}, {"password", kPassword}})
                    .error);

        WireClient later(m_secondUrl);
        QVERIFY(later.waitConnected());
        const wire::Frame resumed = later.call(QStringLiteral("resume"), {{"token", device.token}});
        QVERIFY2(!resumed.error, resumed.error ? qPrintable(resumed.error->message) : "");
        QCOMPARE(later.value<Profile>(QStringLiteral("me")).id, m_ada);
        // Resuming replaced the token: the old one is spent.
        WireClient thief(url());
        QVERIFY(thief.waitConnected());
        QVERIFY(thief.call(QStringLiteral("resume"), {{"token", device.token}}).error);
    }

    void aMessageReachesTheOtherServersDeviceWithinASecond()
    {
        WireClient ada(url());
        WireClient bob(m_secondUrl); // on the other server process
        QVERIFY(ada.waitConnected() && bob.waitConnected());
        QCOMPARE(ada.signIn(QStringLiteral("ada@example.com")), m_ada);
        QCOMPARE(bob.signIn(QStringLiteral("bob@example.com")), m_bob);
        const auto chat = ada.value<Conversation>(QStringLiteral("openDirect"), {{"other", m_bob}});
        QVERIFY(chat.id > 0);
        for (int i = 0; i < 5; ++i) {
            const int from = bob.events.size();
            const double sentAt = WireClient::nowMs();
            const auto sent = ada.value<Message>(
                QStringLiteral("send"),
                {{"conversation", chat.id}, {"text", QStringLiteral("hello %1 <b>").arg(i)}});
            QVERIFY(sent.id > 0);
            const int got =
                bob.waitEvent(QStringLiteral("messagePosted"), from, [&](const QJsonObject &args) {
                    return args.value(QLatin1String("message")).toInteger() == sent.id;
                });
            QVERIFY2(got >= 0, "Bob's device never heard of the message");
            QVERIFY2(bob.eventTimes[got] - sentAt < 1000,
                     qPrintable(QString::number(bob.eventTimes[got] - sentAt)));
            const auto seen = bob.value<Message>(QStringLiteral("message"), {{"message", sent.id}});
            QCOMPARE(seen.body, QStringLiteral("hello %1 <b>").arg(i));
        }
        QCOMPARE(history(bob, chat.id).size(), 5);
    }

    void nobodyActsForAnotherProfile()
    {
        WireClient ada(url());
        WireClient carol(m_secondUrl);
        QVERIFY(ada.waitConnected() && carol.waitConnected());
        QVERIFY(ada.signIn(QStringLiteral("ada@example.com")));
        QVERIFY(carol.signIn(QStringLiteral("carol@example.com")));
        const auto chat = ada.value<Conversation>(QStringLiteral("openDirect"), {{"other", m_bob}});
        const int carolEvents = carol.events.size();
        for (const auto &[call, args] :
             {std::pair{"history",
                        wire::Object{{"conversation", chat.id}, {"before", 0}, {"limit", 5}}},
              std::pair{"send", wire::Object{{"conversation", chat.id}, {"text", "intruder"}}},
              std::pair{"conversation", wire::Object{{"conversation", chat.id}}},
              std::pair{"markRead", wire::Object{{"conversation", chat.id}, {"upTo", 1 << 30}}}}) {
            const wire::Frame reply = carol.call(QLatin1String(call), args);
            if (QLatin1String(call) == QLatin1String("markRead"))
                continue; // written on the backend's worker; checked below by its effect
            QVERIFY2(reply.error, call);
        }
        for (const Message &m : history(ada, chat.id))
            QVERIFY(m.body != QLatin1String("intruder"));
        // Carol heard nothing of Ada and Bob's chat.
        for (int i = carolEvents; i < carol.events.size(); ++i)
            QVERIFY(carol.events[i].name != QLatin1String("messagePosted"));
    }

    // The server looks each message up once for all its devices: only the members' devices
    // hear of it, on either server process, and neither a device that has not signed in nor
    // one that signed out. Events on one connection arrive in the order the changes were
    // made, so a later message to Carol that she does hear proves the earlier one never came.
    void onlyMembersDevicesHearOfAMessage()
    {
        WireClient ada(url()), bob(url()), carolHere(url()), carolThere(m_secondUrl);
        WireClient anonymous(url()), leftEarly(url());
        for (WireClient *device : {&ada, &bob, &carolHere, &carolThere, &anonymous, &leftEarly})
            QVERIFY(device->waitConnected());
        QCOMPARE(ada.signIn(QStringLiteral("ada@example.com")), m_ada);
        QCOMPARE(bob.signIn(QStringLiteral("bob@example.com")), m_bob);
        QCOMPARE(carolHere.signIn(QStringLiteral("carol@example.com")), m_carol);
        QCOMPARE(carolThere.signIn(QStringLiteral("carol@example.com")), m_carol);
        QCOMPARE(leftEarly.signIn(QStringLiteral("carol@example.com")), m_carol);
        QVERIFY(!leftEarly.call(QStringLiteral("signOut")).error);
        const auto adaBob =
            ada.value<Conversation>(QStringLiteral("openDirect"), {{"other", m_bob}});
        const auto adaCarol =
            ada.value<Conversation>(QStringLiteral("openDirect"), {{"other", m_carol}});
        QVERIFY(adaBob.id > 0 && adaCarol.id > 0);

        const auto secret = ada.value<Message>(
            QStringLiteral("send"), {{"conversation", adaBob.id}, {"text", "for Bob only"}});
        const auto open = ada.value<Message>(
            QStringLiteral("send"), {{"conversation", adaCarol.id}, {"text", "for Carol"}});
        QVERIFY(secret.id > 0 && open.id > 0);
        const auto posted = [](qint64 message) {
            return [message](const QJsonObject &args) {
                return args.value(QLatin1String("message")).toInteger() == message;
            };
        };
        QVERIFY(bob.waitEvent(QStringLiteral("messagePosted"), 0, posted(secret.id)) >= 0);
        QVERIFY(ada.waitEvent(QStringLiteral("messagePosted"), 0, posted(open.id)) >= 0);
        for (WireClient *carol : {&carolHere, &carolThere}) {
            const int heard = carol->waitEvent(QStringLiteral("messagePosted"), 0, posted(open.id));
            QVERIFY2(heard >= 0, "Carol's device never heard of the message to her");
            QCOMPARE(carol->events[heard].args.value(QLatin1String("conversation")).toInteger(),
                     adaCarol.id);
            for (int i = 0; i < heard; ++i)
                QVERIFY2(!posted(secret.id)(carol->events[i].args),
                         "Carol's device heard of a message in Ada and Bob's chat");
        }
        // A last message to Bob: once his device has it, it has read everything before it.
        const auto last = ada.value<Message>(QStringLiteral("send"),
                                             {{"conversation", adaBob.id}, {"text", "last"}});
        QVERIFY(bob.waitEvent(QStringLiteral("messagePosted"), 0, posted(last.id)) >= 0);
        for (const wire::Frame &event : std::as_const(bob.events))
            QVERIFY2(!posted(open.id)(event.args),
                     "Bob's device heard of a message in Ada and Carol's chat");
        for (WireClient *outsider : {&anonymous, &leftEarly}) {
            // The reply comes after every event the server sent on this connection before.
            QVERIFY(!outsider->call(QStringLiteral("hello")).error);
            for (const wire::Frame &event : std::as_const(outsider->events))
                QVERIFY2(event.name != QLatin1String("messagePosted"),
                         "a device that is not signed in heard of a message");
        }
    }

    // Signing in on one device tells nobody else's devices anything: the server re-reads only
    // the sessions of the person whose session changed (it used to make every device re-read
    // its own and re-list its contacts, per sign-in).
    void aSignInElsewhereSendsOthersNothing()
    {
        WireClient ada(url()), carol(url());
        QVERIFY(ada.waitConnected() && carol.waitConnected());
        QCOMPARE(ada.signIn(QStringLiteral("ada@example.com")), m_ada);
        QCOMPARE(carol.signIn(QStringLiteral("carol@example.com")), m_carol);
        const auto chat =
            ada.value<Conversation>(QStringLiteral("openDirect"), {{"other", m_carol}});
        QVERIFY(chat.id > 0);
        // Carol's sign-in events are in before the mark.
        const auto first = ada.value<Message>(QStringLiteral("send"),
                                              {{"conversation", chat.id}, {"text", "mark"}});
        const int mark =
            carol.waitEvent(QStringLiteral("messagePosted"), 0, [&](const QJsonObject &args) {
                return args.value(QLatin1String("message")).toInteger() == first.id;
            });
        QVERIFY(mark >= 0);

        WireClient dan(url()), danAgain(url());
        QVERIFY(dan.waitConnected() && danAgain.waitConnected());
        QCOMPARE(dan.signIn(QStringLiteral("dan@example.com")), m_dan);
        const wire::Frame resumed = danAgain.call(QStringLiteral("resume"), {{"token", dan.token}});
        QVERIFY2(!resumed.error, resumed.error ? qPrintable(resumed.error->message) : "");
        QVERIFY(!danAgain.call(QStringLiteral("signOut")).error);

        const auto second = ada.value<Message>(QStringLiteral("send"),
                                               {{"conversation", chat.id}, {"text", "after"}});
        const int after = carol.waitEvent(
            QStringLiteral("messagePosted"), mark + 1, [&](const QJsonObject &args) {
                return args.value(QLatin1String("message")).toInteger() == second.id;
            });
        QVERIFY(after >= 0);
        QStringList between;
        for (int i = mark + 1; i < after; ++i)
            between.append(carol.events[i].name);
        // Only what Ada's first message itself brings (the list with its unread count).
        QCOMPARE(between, QStringList{QStringLiteral("conversationsChanged")});
    }

    // Reading moves only the reader's unread counts: the reader's other device hears of it,
    // the other person's device hears nothing (with a thousand in a room, one read mark would
    // otherwise make every device read its list again).
    void aReadMarkReachesOnlyTheReadersDevices()
    {
        WireClient ada(url()), adaPhone(url()), carol(url());
        QVERIFY(ada.waitConnected() && adaPhone.waitConnected() && carol.waitConnected());
        QCOMPARE(ada.signIn(QStringLiteral("ada@example.com")), m_ada);
        QCOMPARE(adaPhone.signIn(QStringLiteral("ada@example.com")), m_ada);
        QCOMPARE(carol.signIn(QStringLiteral("carol@example.com")), m_carol);
        const auto chat =
            ada.value<Conversation>(QStringLiteral("openDirect"), {{"other", m_carol}});
        QVERIFY(chat.id > 0);
        const auto unread = carol.value<Message>(
            QStringLiteral("send"), {{"conversation", chat.id}, {"text", "unread for now"}});
        QVERIFY(unread.id > 0);
        const auto isMessage = [](qint64 id) {
            return [id](const QJsonObject &args) {
                return args.value(QLatin1String("message")).toInteger() == id;
            };
        };
        // The list the message itself brings, on each device; the marks are after those.
        const int phoneMark = adaPhone.waitEvent(
            QStringLiteral("conversationsChanged"),
            adaPhone.waitEvent(QStringLiteral("messagePosted"), 0, isMessage(unread.id)));
        QVERIFY(phoneMark >= 0);
        const auto unreadOnPhone = [&] {
            for (const auto &c :
                 adaPhone.value<QList<ConversationSummary>>(QStringLiteral("conversations")))
                if (c.conversation.id == chat.id)
                    return c.unread;
            return -1;
        };
        QCOMPARE(unreadOnPhone(), 1);
        const int carolMark = carol.waitEvent(
            QStringLiteral("conversationsChanged"),
            carol.waitEvent(QStringLiteral("messagePosted"), 0, isMessage(unread.id)));
        QVERIFY(carolMark >= 0);

        QVERIFY(
            !ada.call(QStringLiteral("markRead"), {{"conversation", chat.id}, {"upTo", unread.id}})
                 .error);
        QVERIFY(adaPhone.waitEvent(QStringLiteral("conversationsChanged"), phoneMark + 1) >= 0);
        QCOMPARE(unreadOnPhone(), 0);

        const auto next = ada.value<Message>(QStringLiteral("send"),
                                             {{"conversation", chat.id}, {"text", "read it"}});
        const int after =
            carol.waitEvent(QStringLiteral("messagePosted"), carolMark + 1, isMessage(next.id));
        QVERIFY(after >= 0);
        QStringList between;
        for (int i = carolMark + 1; i < after; ++i)
            between.append(carol.events[i].name);
        QCOMPARE(between, QStringList());
    }

    void badArgumentsAreNamed()
    {
        WireClient ada(url());
        QVERIFY(ada.waitConnected());
        QVERIFY(ada.signIn(QStringLiteral("ada@example.com")));
        const wire::Frame reply =
            ada.call(QStringLiteral("history"), {{"conversation", "three"}, {"before", 0}});
        QVERIFY(reply.error);
        QVERIFY(reply.error->code == ErrorCode::InvalidInput);
        QVERIFY(reply.error->message.contains(QLatin1String("conversation")));
        QVERIFY(ada.call(QStringLiteral("noSuchCall")).error->code == ErrorCode::InvalidInput);
    }

    void failedSignInsAreLimited()
    {
        WireClient device(url());
        QVERIFY(device.waitConnected());
        for (int i = 0; i < 5; ++i)
            QVERIFY(!device.signIn(QStringLiteral("dan@example.com"), QStringLiteral("wrong")));
        const wire::Frame refused = device.call(
            QStringLiteral("signIn"), {{"email", "DAN@example.com"}, {"password", kPassword}});
        QVERIFY(refused.error);
        QVERIFY2(refused.error->message.contains(QLatin1String("Too many")),
                 qPrintable(refused.error->message));
    }

    void framesThatAreTooBigOrNotTheProtocolCloseTheConnection()
    {
        WireClient big(url());
        QVERIFY(big.waitConnected());
        big.socket().sendTextMessage(QString(int(wire::kMaxFrameBytes) + 10, QLatin1Char('x')));
        QVERIFY(big.waitClosed());
        QCOMPARE(big.socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);

        WireClient garbage(url());
        QVERIFY(garbage.waitConnected());
        garbage.socket().sendTextMessage(QStringLiteral("{\"v\":1,\"call\":"));
        QVERIFY(garbage.waitClosed());
        QCOMPARE(garbage.socket().closeCode(), QWebSocketProtocol::CloseCodeProtocolError);

        WireClient binary(url());
        QVERIFY(binary.waitConnected());
        binary.socket().sendBinaryMessage(QByteArray("\x00\x01", 2));
        QVERIFY(binary.waitClosed());
        QCOMPARE(binary.socket().closeCode(), QWebSocketProtocol::CloseCodeDatatypeNotSupported);
    }

    // Both server processes run the assistant; each command gets one answer.
    void theAssistantAnswersOnceAndDeleteMeSignsOutEveryDevice()
    {
        WireClient phone(m_secondUrl), laptop(url());
        QVERIFY(phone.waitConnected() && laptop.waitConnected());
        QCOMPARE(phone.signIn(QStringLiteral("bob@example.com")), m_bob);
        QCOMPARE(laptop.signIn(QStringLiteral("bob@example.com")), m_bob);
        const QJsonObject hello = laptop.value<QJsonObject>(QStringLiteral("hello"));
        Profile assistant;
        QVERIFY(wire::decode(hello.value(QLatin1String("assistant")), &assistant));
        const auto chat =
            laptop.value<Conversation>(QStringLiteral("openDirect"), {{"other", assistant.id}});
        const auto answers = [&] {
            int n = 0;
            for (const Message &m : history(laptop, chat.id))
                n += m.senderId == assistant.id;
            return n;
        };
        const int before = answers();
        QVERIFY(laptop
                    .value<Message>(QStringLiteral("send"),
                                    {{"conversation", chat.id}, {"text", "Help"}})
                    .id);
        QTRY_VERIFY_WITH_TIMEOUT(answers() > before, 5000);
        QTest::qWait(1000); // a second answer would have come by now (absence cannot be polled)
        const int afterHelp = answers();
        QVERIFY2(afterHelp - before <= 2, qPrintable(QString::number(afterHelp - before)));

        QVERIFY(laptop
                    .value<Message>(QStringLiteral("send"),
                                    {{"conversation", chat.id}, {"text", "Delete me"}})
                    .id);
        ConfirmationPayload code;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const Message &m : history(laptop, chat.id))
                    if (m.kind == MessageKind::ConfirmationRequest) {
                        code = ConfirmationPayload::fromJson(m.payload);
                        return !code.code.isEmpty();
                    }
                return false;
            }(),
            5000);
        const int phoneFrom = phone.events.size();
        const double confirmedAt = WireClient::nowMs();
        QVERIFY(laptop
                    .value<Message>(QStringLiteral("send"),
                                    {{"conversation", chat.id}, {"text", code.commandLine()}})
                    .id);
        const int out = phone.waitEvent(QStringLiteral("signedOut"), phoneFrom);
        QVERIFY2(out >= 0, "the other device was not signed out");
        QCOMPARE(phone.events[out].args.value(QLatin1String("reason")).toString(),
                 QStringLiteral("profile-deleted"));
        QVERIFY2(phone.eventTimes[out] - confirmedAt < 1500,
                 qPrintable(QString::number(phone.eventTimes[out] - confirmedAt)));
        QVERIFY(laptop.waitEvent(QStringLiteral("signedOut")) >= 0);
        QVERIFY(phone.call(QStringLiteral("contacts")).error->code == ErrorCode::Forbidden);
        // The identity stays: Bob signs in again, to an empty profile.
        QVERIFY(phone.signIn(QStringLiteral("bob@example.com")));
        QVERIFY(phone.value<QList<ConversationSummary>>(QStringLiteral("conversations")).size() <=
                1);
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
