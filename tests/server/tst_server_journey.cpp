// The whole assistant journey against the real carillon-server (two processes on one demo
// database in a PostgreSQL started here), with two devices of one person on WebSockets: invite
// the assistant, Help, Get my attachments (the code read from the reply, the demo clock moved
// past the delivery time, the delivered file fetched with the session token and every link in
// it downloaded by the real wget -i), then Delete me, which signs the other device out. Wrong
// confirmation codes are limited per identity across both processes; and the servers' output,
// debug logs included, never holds a code, a token or a link.

#include "core/AssistantPayloads.h"
#include "support/FreePort.h"
#include "support/PostgresCluster.h"
#include "support/WireClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace carillon;
using test::WireClient;

namespace {
constexpr int kPage = 200;
// assistant/ConfirmationCodes.h: wrong codes allowed per identity in ten minutes.
constexpr int kMaxWrongCodes = 5;

// One carillon-server process, its output kept whole for the log check.
struct Server
{
    QProcess process;
    QByteArray output;
    QString url;
    quint16 linksPort = 0;

    QString files(qint64 attachmentId) const
    {
        return QStringLiteral("http://127.0.0.1:%1/files/%2").arg(linksPort).arg(attachmentId);
    }
};

// Runs a tool to its end; its exit code (-1 when it did not finish), its output in *out. The
// event loop runs meanwhile, so the servers' output keeps being read: with every debug line on,
// a server blocked on a full pipe would never answer the tool.
int run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    QElapsedTimer timer;
    timer.start();
    while (p.state() != QProcess::NotRunning && timer.elapsed() < 120'000)
        QTest::qWait(5);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning("%s: %s", qPrintable(program), p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestServerJourney : public QObject
{
    Q_OBJECT

private:
    test::PostgresCluster m_cluster;
    QTemporaryDir m_data;
    QTemporaryDir m_work;
    PostgresAddress m_database;
    Server m_servers[2];
    QString m_linkBase;
    Profile m_assistant;
    QString m_curl, m_wget;
    QStringList m_secrets; // codes, tokens and links the servers must never print

    bool startServer(Server &server, quint16 linksPort)
    {
        const quint16 port = test::freePort();
        server.linksPort = linksPort;
        server.url = QStringLiteral("ws://127.0.0.1:%1").arg(port);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Every debug line of ours too: none of them may print a secret either.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("carillon.*=true"));
        server.process.setProcessEnvironment(env);
        server.process.setProcessChannelMode(QProcess::MergedChannels);
        server.process.start(
            QStringLiteral(CARILLON_SERVER_BIN),
            {QStringLiteral("--database"), test::uriOf(m_database), QStringLiteral("--data"),
             m_data.path(), QStringLiteral("--demo"), QStringLiteral("true"),
             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
             QStringLiteral("--links-listen"), QStringLiteral("127.0.0.1:%1").arg(server.linksPort),
             QStringLiteral("--link-base"), m_linkBase});
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60'000 && server.process.state() != QProcess::NotRunning) {
            QTest::qWait(20);
            server.output += server.process.readAll();
            if (server.output.contains("Downloads:"))
                return true;
        }
        qWarning("carillon-server did not start: %s", server.output.constData());
        return false;
    }

    qint64 say(WireClient &device, qint64 conversation, const QString &text)
    {
        return device
            .value<Message>(QStringLiteral("send"),
                            {{"conversation", conversation}, {"text", text}})
            .id;
    }

    // The first message of this kind after the message `after`, polled until it comes.
    Message waitFor(WireClient &device, qint64 conversation, qint64 after, MessageKind kind,
                    int timeoutMs = 20'000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            const auto newer = device.value<QList<Message>>(
                QStringLiteral("historyAfter"),
                {{"conversation", conversation}, {"after", after}, {"limit", kPage}});
            for (const Message &m : newer)
                if (m.kind == kind && m.senderId == m_assistant.id)
                    return m;
            QTest::qWait(20);
        }
        return {};
    }

    QString code(WireClient &device, qint64 conversation, qint64 after)
    {
        const ConfirmationPayload payload = ConfirmationPayload::fromJson(
            waitFor(device, conversation, after, MessageKind::ConfirmationRequest).payload);
        m_secrets << payload.code;
        return payload.commandLine();
    }

    // What Get my attachments must list, found from the person's side of the protocol (SPEC
    // §3): their own uploads in 1:1 and group chats, everyone's in the rooms they created.
    QList<Attachment> expectedExport(WireClient &device, qint64 me)
    {
        QList<Attachment> expected;
        const auto chats =
            device.value<QList<ConversationSummary>>(QStringLiteral("conversations"));
        for (const ConversationSummary &summary : chats) {
            const Conversation &c = summary.conversation;
            const bool ownRoom = c.kind == ConversationKind::Room && c.creatorId == me;
            if (c.kind == ConversationKind::Room && !ownRoom)
                continue;
            for (qint64 before = 0;;) {
                const auto page = device.value<QList<Message>>(
                    QStringLiteral("history"),
                    {{"conversation", c.id}, {"before", before}, {"limit", kPage}});
                for (const Message &m : page)
                    for (const Attachment &a : m.attachments)
                        if (ownRoom || a.uploaderId == me)
                            expected.append(a);
                if (page.size() < kPage)
                    break;
                before = page.first().id;
            }
        }
        return expected;
    }

    // curl's answer to a download (with the session token, when given): the HTTP status, the
    // body in *body.
    int fetch(const QString &url, const QString &token, QByteArray *body,
              const QStringList &extra = {})
    {
        const QString target = m_work.filePath(QStringLiteral("fetched"));
        QFile::remove(target);
        QStringList args{QStringLiteral("-sS"), QStringLiteral("-o"), target, QStringLiteral("-w"),
                         QStringLiteral("%{http_code}")};
        if (!token.isEmpty())
            args << QStringLiteral("-H") << QStringLiteral("Authorization: Bearer ") + token;
        QByteArray status;
        if (run(m_curl, args + extra + QStringList{url}, &status) != 0)
            return -1;
        *body = readAll(target);
        return status.toInt();
    }

    qint64 countRows(const QString &sql, qint64 id)
    {
        const QString name = QStringLiteral("journey-check");
        qint64 count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_database.host);
            db.setPort(m_database.port);
            db.setUserName(m_database.user);
            db.setDatabaseName(m_database.database);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(sql);
                q.addBindValue(id);
                if (q.exec() && q.next())
                    count = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

    // Moves the demo clock from device and waits until a device of the other process heard it.
    void advanceClock(WireClient &device, WireClient &other, qint64 deltaMs)
    {
        const int from = other.events.size();
        const wire::Frame moved = device.call(QStringLiteral("advanceClock"), {{"delta", deltaMs}});
        QVERIFY2(!moved.error, moved.error ? qPrintable(moved.error->message) : "");
        QVERIFY(other.waitEvent(QStringLiteral("clockChanged"), from) >= 0);
    }

private slots:
    void initTestCase()
    {
        m_curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        m_wget = QStandardPaths::findExecutable(QStringLiteral("wget"));
        QVERIFY2(!m_wget.isEmpty() && !m_curl.isEmpty(), "wget and curl are needed: run "
                                                         "scripts/setup");
        const QString failed = m_cluster.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_database = m_cluster.createDatabase();
        // Both processes write links to the first one's link server: whichever delivers, the
        // links are the same.
        const quint16 firstLinks = test::freePort();
        m_linkBase = QStringLiteral("http://127.0.0.1:%1").arg(firstLinks);
        QVERIFY(startServer(m_servers[0], firstLinks)); // makes the demo database
        QVERIFY(startServer(m_servers[1], test::freePort()));
    }

    void cleanupTestCase()
    {
        for (Server &server : m_servers)
            if (server.process.state() != QProcess::NotRunning) {
                server.process.kill();
                server.process.waitForFinished(10'000);
            }
    }

    void badSettingsAreRefused();
    void theWholeJourney();
    void wrongCodesAreLimitedPerIdentityAcrossProcesses();
    void theLogsHoldNoCodesTokensOrLinks();
};

// Refused before anything starts, with a message that names the key and what to give.
void TestServerJourney::badSettingsAreRefused()
{
    QByteArray help;
    QCOMPARE(run(QStringLiteral(CARILLON_SERVER_BIN), {QStringLiteral("--help")}, &help), 0);
    QVERIFY(help.contains("links-listen") && help.contains("link-base"));
    const QStringList base{QStringLiteral("--database"), test::uriOf(m_database),
                           QStringLiteral("--data"), m_data.path()};
    const QList<std::pair<QStringList, QByteArray>> refused{
        {{QStringLiteral("--links-listen"), QStringLiteral("0.0.0.0:7451")}, "plain HTTP"},
        {{QStringLiteral("--links-listen"), QStringLiteral("nowhere")}, "links-listen"},
        {{QStringLiteral("--link-base"), QStringLiteral("http://files.example.com")}, "https"},
        {{QStringLiteral("--link-base"), QStringLiteral("https://x.example/?q=1")}, "link-base"},
        // The counts and sizes: whole numbers of 1 or more that fit.
        {{QStringLiteral("--max-connections"), QStringLiteral("0")}, "max-connections"},
        {{QStringLiteral("--max-connections"), QStringLiteral("many")}, "max-connections"},
        {{QStringLiteral("--max-connections"), QStringLiteral("99999999999")}, "max-connections"},
        {{QStringLiteral("--max-attachment-size"), QStringLiteral("-5")}, "max-attachment-size"},
        {{QStringLiteral("--max-attachment-size"), QStringLiteral("1e9")}, "max-attachment-size"}};
    for (const auto &[flags, said] : refused) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(CARILLON_SERVER_BIN), base + flags);
        QVERIFY(p.waitForFinished(30'000));
        const QByteArray out = p.readAll();
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(out.contains(said), out.constData());
    }
}

void TestServerJourney::theWholeJourney()
{
    WireClient laptop(m_servers[0].url), phone(m_servers[1].url);
    QVERIFY(laptop.waitConnected() && phone.waitConnected());
    const QString email = QStringLiteral("ada@example.com");
    const qint64 ada = laptop.signInDemo(email);
    QVERIFY(ada > 0);
    QCOMPARE(phone.signInDemo(email), ada);
    m_secrets << laptop.token << phone.token;
    const QJsonObject hello = laptop.value<QJsonObject>(QStringLiteral("hello"));
    QVERIFY(hello.value(QLatin1String("demo")).toBool());
    QVERIFY(wire::decode(hello.value(QLatin1String("assistant")), &m_assistant));

    // Invite the assistant, then talk to it.
    QVERIFY(!laptop.call(QStringLiteral("invite"), {{"email", m_assistant.email}}).error);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Contact &c : laptop.value<QList<Contact>>(QStringLiteral("contacts")))
                if (c.profile.id == m_assistant.id)
                    return true;
            return false;
        }(),
        10'000);
    const qint64 chat =
        laptop.value<Conversation>(QStringLiteral("openDirect"), {{"other", m_assistant.id}}).id;
    QVERIFY(chat > 0);

    qint64 sent = say(laptop, chat, QStringLiteral("Help"));
    const Message help = waitFor(phone, chat, sent, MessageKind::AssistantInfo);
    QVERIFY2(help.body.contains(QLatin1String("Get my attachments")), qPrintable(help.body));

    // Get my attachments: the code from the reply's payload, confirmed from the other device.
    const QList<Attachment> expected = expectedExport(laptop, ada);
    QVERIFY2(expected.size() >= 3, "the demo person should have attachments to export");
    sent = say(laptop, chat, QStringLiteral("Get my attachments"));
    const QString confirm = code(laptop, chat, sent);
    sent = say(phone, chat, confirm);
    const auto accepted = ExportAcceptedPayload::fromJson(
        waitFor(laptop, chat, sent, MessageKind::ExportAccepted).payload);
    QVERIFY(accepted.expectedAt > 0);

    // Past the delivery time on the demo clock; either process may deliver.
    const qint64 now = laptop.value<qint64>(QStringLiteral("now"));
    advanceClock(laptop, phone, accepted.expectedAt - now + 60'000);
    QElapsedTimer delivery;
    delivery.start();
    const Message delivered = waitFor(phone, chat, sent, MessageKind::ExportDelivered);
    QVERIFY2(delivered.id > 0, "the links file was never delivered");
    qInfo("delivered %lld ms after the clock moved", delivery.elapsed());
    QCOMPARE(delivered.attachments.size(), 1);

    // The file, fetched with the session token from the other process's link server.
    QByteArray manifest;
    QCOMPARE(fetch(m_servers[1].files(delivered.attachments[0].id), phone.token, &manifest), 200);
    QCOMPARE(sha256Of(manifest), delivered.attachments[0].sha256.toLower());
    const QList<QByteArray> links = manifest.trimmed().split('\n');
    QCOMPARE(links.size(), expected.size());
    for (const QByteArray &link : links) {
        QVERIFY2(link.startsWith((m_linkBase + QStringLiteral("/a/")).toLatin1()),
                 link.constData());
        m_secrets << QString::fromLatin1(link) << QString::fromLatin1(link.mid(m_linkBase.size()));
    }
    const QString manifestFile = m_work.filePath(QStringLiteral("links.txt"));
    {
        QFile file(manifestFile);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(manifest) == manifest.size());
    }

    // wget -i downloads every file; the bytes are the uploads' (their digests and sizes as
    // stored when they were sent).
    const QString downloads = m_work.filePath(QStringLiteral("downloads"));
    QVERIFY(QDir().mkpath(downloads));
    QElapsedTimer wget;
    wget.start();
    QCOMPARE(run(m_wget, {QStringLiteral("-q"), QStringLiteral("-i"), manifestFile,
                          QStringLiteral("-P"), downloads}),
             0);
    qInfo("wget -i fetched %lld files in %lld ms", qint64(links.size()), wget.elapsed());
    QStringList got, want;
    qint64 gotBytes = 0, wantBytes = 0;
    for (const QFileInfo &file : QDir(downloads).entryInfoList(QDir::Files)) {
        got << sha256Of(readAll(file.filePath()));
        gotBytes += file.size();
    }
    for (const Attachment &a : expected) {
        want << a.sha256.toLower();
        wantBytes += a.size;
    }
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    QCOMPARE(got, want);
    QCOMPARE(gotBytes, wantBytes);

    // A member's download resumes: the first 100 bytes, then the rest with curl -C -.
    const Attachment big =
        *std::max_element(expected.cbegin(), expected.cend(),
                          [](const Attachment &a, const Attachment &b) { return a.size < b.size; });
    QVERIFY(big.size > 200);
    QByteArray part;
    QCOMPARE(fetch(m_servers[0].files(big.id), laptop.token, &part,
                   {QStringLiteral("-r"), QStringLiteral("0-99")}),
             206);
    QCOMPARE(part.size(), 100);
    const QString resumed = m_work.filePath(QStringLiteral("resumed"));
    {
        QFile file(resumed);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(part) == 100);
    }
    QCOMPARE(run(m_curl, {QStringLiteral("-sS"), QStringLiteral("-f"), QStringLiteral("-C"),
                          QStringLiteral("-"), QStringLiteral("-o"), resumed, QStringLiteral("-H"),
                          QStringLiteral("Authorization: Bearer ") + laptop.token,
                          m_servers[0].files(big.id)}),
             0);
    QCOMPARE(sha256Of(readAll(resumed)), big.sha256.toLower());

    // Nobody else's: another person's token gets the same 404 as a number that does not
    // exist; no token or a made-up one gets 401.
    WireClient grace(m_servers[0].url);
    QVERIFY(grace.waitConnected() && grace.signInDemo(QStringLiteral("grace@example.com")));
    m_secrets << grace.token;
    QByteArray notYours, missing, body;
    // Grace shares chats with Ada (the biggest file may be in one), not Ada's assistant chat.
    const qint64 adasOwn = delivered.attachments[0].id;
    QCOMPARE(fetch(m_servers[0].files(adasOwn), grace.token, &notYours), 404);
    QCOMPARE(fetch(m_servers[0].files(999'999'999), grace.token, &missing), 404);
    QCOMPARE(notYours, missing);
    QCOMPARE(fetch(m_servers[0].files(big.id), QString(), &body), 401);
    QCOMPARE(fetch(m_servers[0].files(big.id), QStringLiteral("made-up"), &body), 401);

    // Delete me, confirmed on the laptop: the phone is signed out within 1.5 s.
    const char *const own[] = {"SELECT count(*) FROM profiles WHERE id = ?",
                               "SELECT count(*) FROM messages WHERE sender_id = ?",
                               "SELECT count(*) FROM attachments WHERE uploader_id = ?",
                               "SELECT count(*) FROM members WHERE profile_id = ?"};
    for (const char *sql : own)
        QVERIFY2(countRows(QLatin1String(sql), ada) > 0, sql);
    sent = say(laptop, chat, QStringLiteral("Delete me"));
    const QString erase = code(laptop, chat, sent);
    const int phoneFrom = phone.events.size();
    const double confirmedAt = WireClient::nowMs();
    QVERIFY(say(laptop, chat, erase) > 0);
    const int out = phone.waitEvent(QStringLiteral("signedOut"), phoneFrom);
    QVERIFY2(out >= 0, "the phone was not signed out");
    const double latency = phone.eventTimes[out] - confirmedAt;
    qInfo("the other device was signed out %.1f ms after the confirmation was sent", latency);
    QVERIFY2(latency < 1500, qPrintable(QString::number(latency)));
    QVERIFY(laptop.waitEvent(QStringLiteral("signedOut")) >= 0);
    for (const char *sql : own)
        QVERIFY2(countRows(QLatin1String(sql), ada) == 0, sql);
    QCOMPARE(fetch(m_servers[0].files(big.id), laptop.token, &body), 401);

    // The identity stays: a fresh, empty profile.
    const qint64 again = phone.signInDemo(email);
    m_secrets << phone.token;
    QVERIFY(again > 0 && again != ada);
    QVERIFY(phone.value<QList<ConversationSummary>>(QStringLiteral("conversations")).isEmpty());
}

void TestServerJourney::wrongCodesAreLimitedPerIdentityAcrossProcesses()
{
    WireClient first(m_servers[0].url), second(m_servers[1].url);
    QVERIFY(first.waitConnected() && second.waitConnected());
    const QString email = QStringLiteral("linus@example.org");
    QVERIFY(first.signInDemo(email) > 0 && second.signInDemo(email) > 0);
    m_secrets << first.token << second.token;
    const qint64 chat =
        first.value<Conversation>(QStringLiteral("openDirect"), {{"other", m_assistant.id}}).id;
    QVERIFY(chat > 0);
    qint64 sent = say(first, chat, QStringLiteral("Delete me"));
    QVERIFY(!code(first, chat, sent).isEmpty());

    // Five wrong codes, from both processes in turn: four get a new code, the fifth a wait.
    for (int i = 0; i < kMaxWrongCodes; ++i) {
        WireClient &device = i % 2 ? second : first;
        sent = say(device, chat, QStringLiteral("Delete me ZZZZZZZ%1").arg(i));
        if (i + 1 < kMaxWrongCodes) {
            const Message again = waitFor(device, chat, sent, MessageKind::ConfirmationRequest);
            QCOMPARE(ConfirmationPayload::fromJson(again.payload).reason,
                     ConfirmationPayload::Reason::WrongCode);
            m_secrets << ConfirmationPayload::fromJson(again.payload).code;
        }
    }
    const Message refused = waitFor(second, chat, sent, MessageKind::Refusal);
    const RefusalPayload wait = RefusalPayload::fromJson(refused.payload);
    QCOMPARE(wait.reason, RefusalPayload::Reason::TooManyCodes);
    QVERIFY2(refused.body.contains(QLatin1String("try again in 10 minute")),
             qPrintable(refused.body));
    QVERIFY(wait.availableAt - wait.lastRequestAt <= 10 * 60'000);

    // Meanwhile no new code either, on either process.
    sent = say(first, chat, QStringLiteral("Delete me"));
    const Message still = waitFor(first, chat, sent, MessageKind::Refusal);
    QCOMPARE(RefusalPayload::fromJson(still.payload).reason, RefusalPayload::Reason::TooManyCodes);
    for (const Message &m :
         first.value<QList<Message>>(QStringLiteral("historyAfter"),
                                     {{"conversation", chat}, {"after", sent}, {"limit", kPage}}))
        QVERIFY(m.kind != MessageKind::ConfirmationRequest);

    // Ten minutes later (the demo clock) a code comes again.
    advanceClock(first, second, 10 * 60'000 + 1000);
    sent = say(second, chat, QStringLiteral("Delete me"));
    QVERIFY(!code(second, chat, sent).isEmpty());
}

void TestServerJourney::theLogsHoldNoCodesTokensOrLinks()
{
    QVERIFY(m_secrets.size() > 10);
    for (Server &server : m_servers)
        server.process.terminate(); // SIGTERM: an orderly stop
    for (Server &server : m_servers) {
        QTRY_VERIFY_WITH_TIMEOUT(server.process.state() == QProcess::NotRunning, 20'000);
        server.output += server.process.readAll();
        QCOMPARE(server.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process.exitCode(), 0);
    }
    const QByteArray all = m_servers[0].output + m_servers[1].output;
    // The debug lines were on and reached us: downloads are logged, by attachment number.
    QVERIFY2(all.contains("GET attachment "), all.constData());
    for (const QString &secret : std::as_const(m_secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!all.contains(secret.toUtf8()), "a server printed a code, a token or a link");
    }
    QVERIFY(!all.contains("Bearer"));
    QVERIFY(
        !QString::fromUtf8(all).contains(QRegularExpression(QStringLiteral("/a/[^/\\s]+/\\d+/"))));
}

QTEST_GUILESS_MAIN(TestServerJourney)
#include "tst_server_journey.moc"
