// Drives the real carillon executable, as a presenter's or automation script would.

#include "core/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace carillon;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;

    Run run(const QStringList &args, const QByteArray &input = {}, const QString &dataDir = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CARILLON_DATA_DIR"), dataDir.isEmpty() ? m_data : dataDir);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CARILLON_BIN"), args);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60'000))
            qFatal("carillon %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    Run ok(const QStringList &args, const QByteArray &input = {})
    {
        Run r = run(args, input);
        if (r.code != 0)
            qWarning("carillon %s -> %d: %s", qPrintable(args.join(QLatin1Char(' '))), r.code,
                     qPrintable(r.err));
        return r;
    }

    // Every table's rows, to prove that a refused command changed nothing.
    QByteArray snapshot()
    {
        QFile db(m_data + QStringLiteral("/carillon.sqlite"));
        if (!db.exists())
            return "absent";
        WorkspaceOptions o;
        o.dataDir = m_data;
        auto ws = Workspace::open(o);
        if (!ws)
            return "unopenable";
        QByteArray dump;
        for (const char *table :
             {"identities", "profiles", "teams", "team_members", "enterprises",
              "enterprise_domains", "contacts", "invitations", "conversations", "members",
              "messages", "attachments", "meetings", "meeting_invitees", "app_state"}) {
            auto q = (*ws)->db().exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table));
            while (q && q->next()) {
                for (int i = 0; q->value(i).isValid(); ++i)
                    dump += q->value(i).toString().toUtf8() + '|';
                dump += '\n';
            }
        }
        return dump;
    }

    // Every file under the folder: path, mode and content hash, to prove that a command wrote
    // nothing at all (not even a file the dump of the rows would miss).
    static QByteArray folderState(const QString &dir)
    {
        if (!QFileInfo::exists(dir))
            return "absent";
        QStringList lines;
        QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QString line =
                QDir(dir).relativeFilePath(path) + QStringLiteral(" %1").arg(modeOf(path), 0, 8);
            QFile f(path);
            if (it.fileInfo().isFile() && f.open(QIODevice::ReadOnly))
                line +=
                    QLatin1Char(' ') +
                    QString::fromLatin1(
                        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
            lines.append(line);
        }
        lines.sort();
        return lines.join(QLatin1Char('\n')).toUtf8();
    }

    static int modeOf(const QString &path)
    {
        struct stat st;
        return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777)
                                                                      : -1;
    }

    // Runs the window without a display: what it refuses must be refused before QApplication.
    Run window(const QStringList &args, const QString &dataDir)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CARILLON_DATA_DIR"), dataDir);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("CARILLON_QUIT_WHEN_READY"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CARILLON_BIN"), args);
        if (!p.waitForFinished(60'000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    void identity(const QString &email, const QString &name)
    {
        QCOMPARE(ok({QStringLiteral("identity"), QStringLiteral("create"), email,
                     QStringLiteral("--name"), name, QStringLiteral("--password-stdin")},
                    "correct horse battery\n")
                     .code,
                 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariable("CARILLON_BIN").isEmpty());
        m_data = m_dir.filePath(QStringLiteral("data"));
    }

    void versionAndHelp()
    {
        Run v = run({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("carillon ")));
        Run h = run({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        for (const char *command : {"identity create", "people", "team invite", "enterprise claim",
                                    "contact invite", "group create", "room create", "send",
                                    "history", "attachment save", "clock advance", "demo reset"})
            QVERIFY2(h.out.contains(QLatin1String(command)), command);
        QVERIFY(!QFileInfo::exists(m_data)); // neither wrote anything
    }

    void windowRefusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--no-such-option")} << QStringLiteral("not an option");
        QTest::newRow("data-dir without value")
            << QStringList{QStringLiteral("--data-dir")} << QStringLiteral("--data-dir needs");
        QTest::newRow("profile without value")
            << QStringList{QStringLiteral("--profile")} << QStringLiteral("--profile needs");
        QTest::newRow("value is another option")
            << QStringList{QStringLiteral("--data-dir"), QStringLiteral("--profile"),
                           QStringLiteral("demo")}
            << QStringLiteral("--data-dir needs");
        QTest::newRow("bad profile")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("Not Valid")}
            << QStringLiteral("not a profile name");
        QTest::newRow("sign-in-as off the demo")
            << QStringList{QStringLiteral("--sign-in-as"), QStringLiteral("ada@example.com")}
            << QStringLiteral("--profile demo");
        QTest::newRow("server without value")
            << QStringList{QStringLiteral("--server")} << QStringLiteral("--server needs");
        QTest::newRow("unencrypted server elsewhere")
            << QStringList{QStringLiteral("--server"), QStringLiteral("ws://chat.example.com")}
            << QStringLiteral("wss://");
        QTest::newRow("not a server address")
            << QStringList{QStringLiteral("--server"), QStringLiteral("https://chat.example.com")}
            << QStringLiteral("not a Carillon server address");
    }

    void windowRefusesBadOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        Run r = window(args, m_data);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY2(!QFileInfo::exists(m_data), "a refused window created the data folder");
    }

    void readingMissingFolderCreatesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("people") << QStringList{QStringLiteral("people")};
        QTest::newRow("history") << QStringList{
            QStringLiteral("history"), QStringLiteral("--as"), QStringLiteral("ada@example.com"),
            QStringLiteral("--with"), QStringLiteral("grace@example.com")};
        QTest::newRow("demo clock show")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("demo"),
                           QStringLiteral("clock"), QStringLiteral("show")};
    }

    void readingMissingFolderCreatesNothing()
    {
        QFETCH(QStringList, args);
        Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no Carillon data")) ||
                     r.err.contains(QStringLiteral("demo data is not set up")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_data));
    }

    void badArgumentsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        auto row = [](const char *name, QStringList args) { QTest::newRow(name) << args; };
        row("unknown command", {QStringLiteral("frobnicate")});
        row("malformed email",
            {QStringLiteral("identity"), QStringLiteral("create"), QStringLiteral("not-an-address"),
             QStringLiteral("--password"), QStringLiteral("longenough1")});
        row("missing argument",
            {QStringLiteral("team"), QStringLiteral("invite"), QStringLiteral("Orbit")});
        row("extra argument", {QStringLiteral("people"), QStringLiteral("everyone")});
        row("foreign option",
            {QStringLiteral("people"), QStringLiteral("--title"), QStringLiteral("x")});
        row("bad domain", {QStringLiteral("enterprise"), QStringLiteral("claim"),
                           QStringLiteral("Initech"), QStringLiteral("not a domain")});
        row("bad duration",
            {QStringLiteral("--profile"), QStringLiteral("demo"), QStringLiteral("clock"),
             QStringLiteral("advance"), QStringLiteral("soon")});
        row("missing attachment", {QStringLiteral("send"), QStringLiteral("--as"),
                                   QStringLiteral("ada@example.com"), QStringLiteral("--to"),
                                   QStringLiteral("grace@example.com"), QStringLiteral("--attach"),
                                   QStringLiteral("/no/such/file.png"), QStringLiteral("hi")});
        row("bad id", {QStringLiteral("attachment"), QStringLiteral("save"),
                       QStringLiteral("seven"), QStringLiteral("/tmp/x")});
        row("bad profile",
            {QStringLiteral("--profile"), QStringLiteral("Not Valid"), QStringLiteral("people")});
    }

    void badArgumentsWriteNothing()
    {
        QFETCH(QStringList, args);
        Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("carillon: ")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(!QFileInfo::exists(m_data), "a refused command created the data folder");
    }

    void identitiesAndPeople()
    {
        identity(QStringLiteral("ada@example.com"), QStringLiteral("Ada Lovelace"));
        identity(QStringLiteral("grace@example.com"), QStringLiteral("Grace Hopper"));
        identity(QStringLiteral("linus@example.org"), QStringLiteral("Linus Pauling"));
        identity(QStringLiteral("erin@initech.example"), QStringLiteral("Erin Walsh"));
        identity(QStringLiteral("tomas@example.com"), QStringLiteral("Tomás Ortega"));

        const QByteArray before = snapshot();
        Run dup = run({QStringLiteral("identity"), QStringLiteral("create"),
                       QStringLiteral("ADA@example.com"), QStringLiteral("--password-stdin")},
                      "another password\n");
        QCOMPARE(dup.code, 1);
        QVERIFY(dup.err.contains(QStringLiteral("already exists")));
        Run weak = run({QStringLiteral("identity"), QStringLiteral("create"),
                        QStringLiteral("zed@example.com"), QStringLiteral("--password-stdin")},
                       "short\n");
        QCOMPARE(weak.code, 2);
        QCOMPARE(snapshot(), before);

        Run people = ok({QStringLiteral("people"), QStringLiteral("--json")});
        QCOMPARE(people.code, 0);
        const QJsonArray list = people.json().array();
        QCOMPARE(list.size(), 6); // five people and the assistant
        QStringList emails;
        for (const QJsonValue &v : list)
            emails.append(v[QStringLiteral("email")].toString());
        QVERIFY(emails.contains(QStringLiteral("assistant_no_reply@chime.aws")));
        QVERIFY(emails.contains(QStringLiteral("tomas@example.com")));
        Run human = ok({QStringLiteral("people")});
        QVERIFY(human.out.contains(QStringLiteral("Tomás Ortega")));
    }

    void assistantAddressIsReserved()
    {
        const QByteArray before = folderState(m_data);
        Run r = run({QStringLiteral("identity"), QStringLiteral("create"),
                     QStringLiteral("Assistant_No_Reply@chime.aws"),
                     QStringLiteral("--password-stdin")},
                    "correct horse battery\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("reserved")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("UNIQUE")), qPrintable(r.err));
        QCOMPARE(folderState(m_data), before);
    }

    void nobodyActsAsTheAssistant_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString grace = QStringLiteral("grace@example.com");
        QTest::newRow("send") << QStringList{QStringLiteral("send"), QStringLiteral("--to"), grace,
                                             QStringLiteral("Your code is 123456")};
        QTest::newRow("contact invite")
            << QStringList{QStringLiteral("contact"), QStringLiteral("invite"), grace};
        QTest::newRow("contact accept")
            << QStringList{QStringLiteral("contact"), QStringLiteral("accept"), grace};
        QTest::newRow("group create")
            << QStringList{QStringLiteral("group"), QStringLiteral("create"), grace,
                           QStringLiteral("linus@example.org")};
        QTest::newRow("room create")
            << QStringList{QStringLiteral("room"), QStringLiteral("create"),
                           QStringLiteral("--title"), QStringLiteral("Bots"), grace};
        QTest::newRow("meeting schedule")
            << QStringList{QStringLiteral("meeting"), QStringLiteral("schedule"),
                           QStringLiteral("--title"), QStringLiteral("x"), grace};
        QTest::newRow("history") << QStringList{QStringLiteral("history"), QStringLiteral("--with"),
                                                grace};
        QTest::newRow("conversations") << QStringList{QStringLiteral("conversations")};
        QTest::newRow("contact list")
            << QStringList{QStringLiteral("contact"), QStringLiteral("list")};
        QTest::newRow("meeting list")
            << QStringList{QStringLiteral("meeting"), QStringLiteral("list")};
    }

    void nobodyActsAsTheAssistant()
    {
        QFETCH(QStringList, args);
        const QByteArray before = folderState(m_data);
        Run r = run(args + QStringList{QStringLiteral("--as"),
                                       QStringLiteral("assistant_no_reply@chime.aws")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Nobody can act as the assistant")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(folderState(m_data), before);
    }

    void identityAndProfileAreOneTransaction()
    {
        const QByteArray before = snapshot();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CARILLON_DATA_DIR"), m_data);
        env.insert(QStringLiteral("CARILLON_FAULT"), QStringLiteral("identity-before-profile"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CARILLON_BIN"),
                {QStringLiteral("identity"), QStringLiteral("create"),
                 QStringLiteral("zoe@example.com"), QStringLiteral("--password-stdin")});
        p.write("correct horse battery\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 86); // died between the identity and its profile
        QCOMPARE(snapshot(), before);
        Run again = run({QStringLiteral("identity"), QStringLiteral("create"),
                         QStringLiteral("zoe@example.com"), QStringLiteral("--password-stdin")},
                        "correct horse battery\n");
        QCOMPARE(again.code, 0); // nothing half-made blocks the address
        QCOMPARE(again.out.trimmed(), QStringLiteral("Created zoe <zoe@example.com>."));
    }

    void teamsAndEnterprises()
    {
        const QString team = QStringLiteral("Orbit Labs");
        const QString tomas = QStringLiteral("tomas@example.com");
        QCOMPARE(ok({QStringLiteral("team"), QStringLiteral("create"), team}).code, 0);
        QCOMPARE(ok({QStringLiteral("team"), QStringLiteral("invite"), team, tomas}).code, 0);
        auto status = [&](const QString &email) {
            const QJsonArray list =
                ok({QStringLiteral("people"), QStringLiteral("--json")}).json().array();
            for (const QJsonValue &v : list) {
                if (v[QStringLiteral("email")].toString() == email)
                    return v[QStringLiteral("managed")].toString();
            }
            return QStringLiteral("missing");
        };
        QCOMPARE(status(tomas), QStringLiteral("unmanaged"));
        QCOMPARE(ok({QStringLiteral("team"), QStringLiteral("accept"), team, tomas}).code, 0);
        QCOMPARE(status(tomas), QStringLiteral("team"));
        Run list = ok({QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.json().array().at(0)[QStringLiteral("members")].toArray().size(), 1);
        QCOMPARE(ok({QStringLiteral("team"), QStringLiteral("remove"), team, tomas}).code, 0);
        QCOMPARE(status(tomas), QStringLiteral("unmanaged"));
        QCOMPARE(run({QStringLiteral("team"), QStringLiteral("remove"), team, tomas}).code, 2);

        const QString ent = QStringLiteral("Initech");
        QCOMPARE(ok({QStringLiteral("enterprise"), QStringLiteral("create"), ent}).code, 0);
        QCOMPARE(ok({QStringLiteral("enterprise"), QStringLiteral("claim"), ent,
                     QStringLiteral("Initech.Example")})
                     .code,
                 0);
        QCOMPARE(status(QStringLiteral("erin@initech.example")), QStringLiteral("enterprise"));
        QCOMPARE(ok({QStringLiteral("enterprise"), QStringLiteral("unclaim"), ent,
                     QStringLiteral("initech.example")})
                     .code,
                 0);
        QCOMPARE(status(QStringLiteral("erin@initech.example")), QStringLiteral("unmanaged"));
        QCOMPARE(ok({QStringLiteral("enterprise"), QStringLiteral("claim"), ent,
                     QStringLiteral("initech.example")})
                     .code,
                 0);
        Run ents =
            ok({QStringLiteral("enterprise"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(ents.json().array().at(0)[QStringLiteral("domains")].toArray().at(0).toString(),
                 QStringLiteral("initech.example"));
    }

    void contactsAndConversations()
    {
        const QStringList asAda{QStringLiteral("--as"), QStringLiteral("ada@example.com")};
        Run invite = ok(QStringList{QStringLiteral("contact"), QStringLiteral("invite"),
                                    QStringLiteral("grace@example.com")} +
                        asAda);
        QCOMPARE(invite.code, 0);
        Run pending = ok({QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--as"),
                          QStringLiteral("grace@example.com"), QStringLiteral("--json")});
        QCOMPARE(pending.json()[QStringLiteral("invitations")].toArray().size(), 1);
        QCOMPARE(ok({QStringLiteral("contact"), QStringLiteral("accept"), QStringLiteral("--as"),
                     QStringLiteral("grace@example.com"), QStringLiteral("ada@example.com")})
                     .code,
                 0);
        Run mine = ok(QStringList{QStringLiteral("contact"), QStringLiteral("list"),
                                  QStringLiteral("--json")} +
                      asAda);
        QVERIFY(mine.json()[QStringLiteral("contacts")]
                    .toArray()
                    .at(0)[QStringLiteral("mutual")]
                    .toBool());
        Run bot = ok(QStringList{QStringLiteral("contact"), QStringLiteral("invite"),
                                 QStringLiteral("assistant_no_reply@chime.aws")} +
                     asAda);
        QVERIFY(bot.out.contains(QStringLiteral("now contacts")));

        QCOMPARE(ok(QStringList{QStringLiteral("group"), QStringLiteral("create"),
                                QStringLiteral("--title"), QStringLiteral("Book club"),
                                QStringLiteral("grace@example.com"),
                                QStringLiteral("linus@example.org")} +
                    asAda)
                     .code,
                 0);
        QCOMPARE(ok(QStringList{QStringLiteral("room"), QStringLiteral("create"),
                                QStringLiteral("--title"), QStringLiteral("Lab"),
                                QStringLiteral("grace@example.com")} +
                    asAda)
                     .code,
                 0);
        QCOMPARE(
            ok(QStringList{QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("--room"),
                           QStringLiteral("lab"), QStringLiteral("linus@example.org")} +
               asAda)
                .code,
            0);
        const QJsonArray convs =
            ok(QStringList{QStringLiteral("conversations"), QStringLiteral("--json")} + asAda)
                .json()
                .array();
        QCOMPARE(convs.size(), 2);
        QCOMPARE(run(QStringList{QStringLiteral("room"), QStringLiteral("create"),
                                 QStringLiteral("grace@example.com")} +
                     asAda)
                     .code,
                 2); // a room needs a name
    }

    void sendHistoryAndSave()
    {
        const QStringList asAda{QStringLiteral("--as"), QStringLiteral("ada@example.com")};
        QFile file(m_dir.filePath(QStringLiteral("notes é.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes = QByteArray("field notes\n").repeated(1000);
        file.write(bytes);
        file.close();

        Run sent = ok(QStringList{QStringLiteral("send"), QStringLiteral("--to"),
                                  QStringLiteral("grace@example.com"), QStringLiteral("--attach"),
                                  file.fileName(), QStringLiteral("--json"), QStringLiteral("Here"),
                                  QStringLiteral("<b>you</b> go")} +
                      asAda);
        QCOMPARE(sent.code, 0);
        const qint64 attachmentId = sent.json()[QStringLiteral("attachments")]
                                        .toArray()
                                        .at(0)[QStringLiteral("id")]
                                        .toInteger();
        QVERIFY(attachmentId > 0);
        QCOMPARE(ok(QStringList{QStringLiteral("send"), QStringLiteral("--room"),
                                QStringLiteral("Lab"), QStringLiteral("Room hello")} +
                    asAda)
                     .code,
                 0);
        QCOMPARE(ok(QStringList{QStringLiteral("send"), QStringLiteral("--group"),
                                QStringLiteral("Book club"), QStringLiteral("Group hello")} +
                    asAda)
                     .code,
                 0);
        // Two --to: the group chat with exactly those people is reused.
        Run viaPeople = ok(QStringList{QStringLiteral("send"), QStringLiteral("--to"),
                                       QStringLiteral("grace@example.com"), QStringLiteral("--to"),
                                       QStringLiteral("linus@example.org"),
                                       QStringLiteral("--json"), QStringLiteral("Again")} +
                           asAda);
        Run group = ok(QStringList{QStringLiteral("history"), QStringLiteral("--group"),
                                   QStringLiteral("Book club"), QStringLiteral("--json")} +
                       asAda);
        QCOMPARE(viaPeople.json()[QStringLiteral("conversation")].toInt(),
                 group.json()[QStringLiteral("conversation")].toInt());
        QCOMPARE(group.json()[QStringLiteral("messages")].toArray().size(), 2);

        Run history = ok({QStringLiteral("history"), QStringLiteral("--as"),
                          QStringLiteral("grace@example.com"), QStringLiteral("--with"),
                          QStringLiteral("ada@example.com"), QStringLiteral("--json")});
        const QJsonObject message =
            history.json()[QStringLiteral("messages")].toArray().at(0).toObject();
        QCOMPARE(message[QStringLiteral("body")].toString(), QStringLiteral("Here <b>you</b> go"));
        QCOMPARE(message[QStringLiteral("sender")].toString(), QStringLiteral("ada@example.com"));
        const QJsonObject att = message[QStringLiteral("attachments")].toArray().at(0).toObject();
        QCOMPARE(att[QStringLiteral("fileName")].toString(), QStringLiteral("notes é.txt"));
        QCOMPARE(att[QStringLiteral("size")].toInteger(), bytes.size());
        Run human = ok(QStringList{QStringLiteral("history"), QStringLiteral("--with"),
                                   QStringLiteral("grace@example.com")} +
                       asAda);
        QVERIFY(
            human.out.contains(QStringLiteral("[attachment %1] notes é.txt").arg(attachmentId)));

        const QString target = m_dir.filePath(QStringLiteral("saved.txt"));
        QCOMPARE(ok({QStringLiteral("attachment"), QStringLiteral("save"),
                     QString::number(attachmentId), target})
                     .code,
                 0);
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);

        const QByteArray before = snapshot();
        QCOMPARE(run(QStringList{QStringLiteral("send"), QStringLiteral("--to"),
                                 QStringLiteral("grace@example.com"), QStringLiteral("   ")} +
                     asAda)
                     .code,
                 2); // empty message
        QCOMPARE(run(QStringList{QStringLiteral("send"), QStringLiteral("--to"),
                                 QStringLiteral("nobody@example.com"), QStringLiteral("hi")} +
                     asAda)
                     .code,
                 2); // unknown person
        QCOMPARE(run({QStringLiteral("send"), QStringLiteral("--as"),
                      QStringLiteral("nobody@example.com"), QStringLiteral("--to"),
                      QStringLiteral("grace@example.com"), QStringLiteral("hi")})
                     .code,
                 2); // unknown sender
        QCOMPARE(run(QStringList{QStringLiteral("send"), QStringLiteral("hi")} + asAda).code, 2);
        QCOMPARE(run({QStringLiteral("attachment"), QStringLiteral("save"), QStringLiteral("9999"),
                      target})
                     .code,
                 2);
        QCOMPARE(snapshot(), before);
    }

    void meetings()
    {
        const QString start = QDateTime::currentDateTime().addDays(2).toString(Qt::ISODate);
        QCOMPARE(ok({QStringLiteral("meeting"), QStringLiteral("schedule"), QStringLiteral("--as"),
                     QStringLiteral("ada@example.com"), QStringLiteral("--title"),
                     QStringLiteral("Planning"), QStringLiteral("--start"), start,
                     QStringLiteral("--duration"), QStringLiteral("45"),
                     QStringLiteral("grace@example.com")})
                     .code,
                 0);
        Run list = ok({QStringLiteral("meeting"), QStringLiteral("list"), QStringLiteral("--as"),
                       QStringLiteral("grace@example.com"), QStringLiteral("--json")});
        QCOMPARE(list.json().array().size(), 1);
        QCOMPARE(list.json().array().at(0)[QStringLiteral("durationMinutes")].toInt(), 45);
    }

    void readingNeverCreatesAConversation()
    {
        // Ada and Linus share a group and a room but have no 1:1 chat yet.
        const QStringList asLinus{QStringLiteral("--as"), QStringLiteral("linus@example.org")};
        const QByteArray before = folderState(m_data);
        Run history = run(QStringList{QStringLiteral("history"), QStringLiteral("--with"),
                                      QStringLiteral("ada@example.com")} +
                          asLinus);
        QCOMPARE(history.code, 0);
        QCOMPARE(history.out.trimmed(), QStringLiteral("No messages with ada@example.com yet."));
        Run json = run(QStringList{QStringLiteral("history"), QStringLiteral("--with"),
                                   QStringLiteral("ada@example.com"), QStringLiteral("--json")} +
                       asLinus);
        QCOMPARE(json.code, 0);
        QVERIFY(json.json()[QStringLiteral("conversation")].isNull());
        QCOMPARE(json.json()[QStringLiteral("messages")].toArray().size(), 0);
        // Nothing to send: refused before the chat is made.
        Run empty = run(QStringList{QStringLiteral("send"), QStringLiteral("--to"),
                                    QStringLiteral("ada@example.com")} +
                        asLinus);
        QCOMPARE(empty.code, 2);
        QVERIFY2(empty.err.contains(QStringLiteral("The message is empty")), qPrintable(empty.err));
        QCOMPARE(folderState(m_data), before);
        const QJsonArray adas = ok({QStringLiteral("conversations"), QStringLiteral("--as"),
                                    QStringLiteral("ada@example.com"), QStringLiteral("--json")})
                                    .json()
                                    .array();
        for (const QJsonValue &c : adas)
            QVERIFY(c[QStringLiteral("title")].toString() != QLatin1String("Linus Pauling"));
    }

    void readOnlyCommandsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList asAda{QStringLiteral("--as"), QStringLiteral("ada@example.com")};
        QTest::newRow("people") << QStringList{QStringLiteral("people")};
        QTest::newRow("team list") << QStringList{QStringLiteral("team"), QStringLiteral("list")};
        QTest::newRow("enterprise list")
            << QStringList{QStringLiteral("enterprise"), QStringLiteral("list")};
        QTest::newRow("contact list")
            << QStringList{QStringLiteral("contact"), QStringLiteral("list")} + asAda;
        QTest::newRow("conversations") << QStringList{QStringLiteral("conversations")} + asAda;
        QTest::newRow("history") << QStringList{QStringLiteral("history"), QStringLiteral("--with"),
                                                QStringLiteral("grace@example.com")} +
                                        asAda;
        QTest::newRow("meeting list")
            << QStringList{QStringLiteral("meeting"), QStringLiteral("list")} + asAda;
        QTest::newRow("attachment save")
            << QStringList{QStringLiteral("attachment"), QStringLiteral("save"),
                           QStringLiteral("1"), QStringLiteral("saved-again.txt")};
    }

    void readOnlyCommandsWriteNothing()
    {
        QFETCH(QStringList, args);
        // A stray file the sweep would remove (nobody else runs here) is left alone by a reader.
        QDir().mkpath(m_data + QStringLiteral("/blobs/tmp"));
        QFile stray(m_data + QStringLiteral("/blobs/tmp/stray.part"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        QVERIFY(stray.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QByteArray before = folderState(m_data);
        if (args.first() == QLatin1String("attachment"))
            args.last() = m_dir.filePath(args.last());
        Run r = run(args);
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.isEmpty());
        QCOMPARE(folderState(m_data), before);
    }

    void demoCommandsRefuseARealFolder_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList demo{QStringLiteral("--profile"), QStringLiteral("demo")};
        QTest::newRow("demo reset") << QStringList{QStringLiteral("demo"), QStringLiteral("reset")};
        QTest::newRow("demo people")
            << QStringList{QStringLiteral("demo"), QStringLiteral("people")};
        QTest::newRow("clock show") << QStringList{QStringLiteral("clock"), QStringLiteral("show")};
        QTest::newRow("clock advance") << QStringList{
            QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("1h")};
        QTest::newRow("clock reset")
            << QStringList{QStringLiteral("clock"), QStringLiteral("reset")};
        QTest::newRow("--profile demo demo reset")
            << demo + QStringList{QStringLiteral("demo"), QStringLiteral("reset")};
        QTest::newRow("--profile demo people") << demo + QStringList{QStringLiteral("people")};
        QTest::newRow("--profile demo --data-dir demo reset")
            << demo + QStringList{QStringLiteral("--data-dir"), QString(), QStringLiteral("demo"),
                                  QStringLiteral("reset")};
    }

    void demoCommandsRefuseARealFolder()
    {
        // CARILLON_DATA_DIR names the real folder, as in the README's example.
        QFETCH(QStringList, args);
        args.replaceInStrings(QRegularExpression(QStringLiteral("^$")), m_data);
        const QByteArray before = folderState(m_data);
        Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("holds real data, not the demo")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(folderState(m_data), before);
    }

    void demoWindowRefusesARealFolder()
    {
        const QByteArray before = folderState(m_data);
        for (const QStringList &args :
             {QStringList{QStringLiteral("--profile"), QStringLiteral("demo")},
              QStringList{QStringLiteral("--profile"), QStringLiteral("demo"),
                          QStringLiteral("--sign-in-as"), QStringLiteral("ada@example.com")}}) {
            Run r = window(args, m_data);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("holds real data, not the demo")),
                     qPrintable(r.err));
        }
        QCOMPARE(folderState(m_data), before);
    }

    void attachSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("not a regular file");
        QTest::newRow("device") << QStringLiteral("/dev/null")
                                << QStringLiteral("not a regular file");
        QTest::newRow("missing") << QStringLiteral("missing.txt")
                                 << QStringLiteral("does not exist");
        QTest::newRow("too large") << QStringLiteral("large.bin")
                                   << QStringLiteral("is 150 MiB; attachments can be at most "
                                                     "100 MiB.");
    }

    void attachSaysWhatIsWrong()
    {
        QFETCH(QString, path);
        QFETCH(QString, says);
        if (!path.startsWith(QLatin1Char('/')))
            path = m_dir.filePath(path);
        if (path.endsWith(QLatin1String("folder")))
            QVERIFY(QDir().mkpath(path));
        if (path.endsWith(QLatin1String("fifo")) && !QFileInfo::exists(path))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        if (path.endsWith(QLatin1String("large.bin"))) {
            QFile large(path); // sparse, so the test stays small on disk
            QVERIFY(large.open(QIODevice::WriteOnly));
            QVERIFY(large.resize(150 * 1024 * 1024));
        }
        const QByteArray before = folderState(m_data);
        Run r =
            run({QStringLiteral("send"), QStringLiteral("--as"), QStringLiteral("ada@example.com"),
                 QStringLiteral("--to"), QStringLiteral("grace@example.com"),
                 QStringLiteral("--attach"), path, QStringLiteral("hi")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(folderState(m_data), before);
    }

    void everythingWrittenIsOwnerOnly()
    {
        // After sending attachments, saving one, a failed send and reads: nothing in the data
        // folder is readable by another local user, nor is the saved copy.
        QVERIFY(QFileInfo::exists(m_data + QStringLiteral("/blobs")));
        QCOMPARE(modeOf(m_data), 0700);
        int files = 0;
        QDirIterator it(m_data,
                        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const int expected = it.fileInfo().isDir() ? 0700 : 0600;
            QVERIFY2(modeOf(path) == expected,
                     qPrintable(QStringLiteral("%1 is %2").arg(path).arg(modeOf(path), 0, 8)));
            files += it.fileInfo().isFile();
        }
        QVERIFY(files >= 4); // database, lock, secrets, blobs
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("saved.txt"))), 0600);
    }

    void olderFoldersAreNarrowedOnOpen()
    {
        // As a version before owner-only permissions left them.
        QVERIFY(::chmod(QFile::encodeName(m_data).constData(), 0755) == 0);
        const QString db = m_data + QStringLiteral("/carillon.sqlite");
        QVERIFY(::chmod(QFile::encodeName(db).constData(), 0644) == 0);
        QCOMPARE(ok({QStringLiteral("people")}).code, 0);
        QCOMPARE(modeOf(m_data), 0700);
        QCOMPARE(modeOf(db), 0600);
    }

    void enterpriseDeletionErases()
    {
        Run r =
            ok({QStringLiteral("enterprise"), QStringLiteral("delete"), QStringLiteral("Initech")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("Deleted \"Initech\"; erased 1 profile."));
        const QJsonArray list =
            ok({QStringLiteral("people"), QStringLiteral("--json")}).json().array();
        for (const QJsonValue &v : list)
            QVERIFY(v[QStringLiteral("email")].toString() != QLatin1String("erin@initech.example"));
    }

    void demoProfileAndClock()
    {
        const QString demoDir = m_dir.filePath(QStringLiteral("demo"));
        auto demo = [&](QStringList args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CARILLON_DATA_DIR"), demoDir);
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("CARILLON_BIN"),
                    QStringList{QStringLiteral("--profile"), QStringLiteral("demo")} + args);
            p.waitForFinished(60'000);
            return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };
        // Reading sets nothing up: the demo data comes with the first writing command.
        Run early = demo({QStringLiteral("demo"), QStringLiteral("people")});
        QCOMPARE(early.code, 2);
        QVERIFY2(early.err.contains(QStringLiteral("carillon demo reset")), qPrintable(early.err));
        QVERIFY(!QFileInfo::exists(demoDir));
        QCOMPARE(demo({QStringLiteral("demo"), QStringLiteral("reset")}).code, 0);
        Run people =
            demo({QStringLiteral("demo"), QStringLiteral("people"), QStringLiteral("--json")});
        QCOMPARE(people.code, 0);
        QVERIFY(people.json().array().size() >= 6);
        QCOMPARE(
            demo({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("24h")}).code,
            0);
        Run shown =
            demo({QStringLiteral("clock"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(shown.json()[QStringLiteral("offsetSeconds")].toInteger(), 86400);
        QCOMPARE(demo({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("1d12h")})
                     .code,
                 0);
        shown = demo({QStringLiteral("clock"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(shown.json()[QStringLiteral("offsetSeconds")].toInteger(), 86400 + 129600);

        QCOMPARE(demo({QStringLiteral("send"), QStringLiteral("--as"),
                       QStringLiteral("ada@example.com"), QStringLiteral("--to"),
                       QStringLiteral("grace@example.com"), QStringLiteral("extra")})
                     .code,
                 0);
        QCOMPARE(demo({QStringLiteral("demo"), QStringLiteral("reset")}).code, 0);
        shown = demo({QStringLiteral("clock"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(shown.json()[QStringLiteral("offsetSeconds")].toInteger(), 0);
        Run history = demo({QStringLiteral("history"), QStringLiteral("--as"),
                            QStringLiteral("ada@example.com"), QStringLiteral("--with"),
                            QStringLiteral("grace@example.com")});
        QVERIFY(!history.out.contains(QStringLiteral("extra")));
        QVERIFY(history.out.contains(QStringLiteral("harbour-at-dawn.png")));

        // The clock moves only on the demo profile.
        Run refused =
            run({QStringLiteral("--profile"), QStringLiteral("default"), QStringLiteral("clock"),
                 QStringLiteral("advance"), QStringLiteral("1h")});
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.contains(QStringLiteral("--profile demo")));

        // A unit is required, and the clock stays within ten years of real time.
        Run bare = demo({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("24")});
        QCOMPARE(bare.code, 2);
        QVERIFY2(bare.err.contains(QStringLiteral("24h?")), qPrintable(bare.err));
        Run huge = demo(
            {QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("106751991167d")});
        QCOMPARE(huge.code, 2);
        QVERIFY2(huge.err.contains(QStringLiteral("at most 10 years")), qPrintable(huge.err));
        QCOMPARE(demo({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("3000d")})
                     .code,
                 0);
        Run beyond =
            demo({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("1000d")});
        QCOMPARE(beyond.code, 2);
        QVERIFY2(beyond.err.contains(QStringLiteral("at most 10 years")), qPrintable(beyond.err));
        shown = demo({QStringLiteral("clock"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(shown.json()[QStringLiteral("offsetSeconds")].toInteger(), 3000LL * 86400);
        QVERIFY(shown.json()[QStringLiteral("now")].toString().startsWith(
            QString::number(QDate::currentDate().addDays(3000).year())));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
