// Crash consistency of export delivery, of Delete me and of the assistant's answers: the real
// executable dies at each named step (CARILLON_FAULT), then a normal start must find nothing
// lost, duplicated or half-erased, no command left unanswered, and no stray file left behind.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kAda = QStringLiteral("ada@example.com");
const QString kBot = QStringLiteral("assistant_no_reply@chime.aws");
constexpr int kCrashed = 86; // FaultPoint's exit status
} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_data;

    struct Run
    {
        int code;
        QByteArray out;
        QString err;
    };

    Run carillon(const QStringList &args, const QByteArray &fault = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CARILLON_DATA_DIR"));
        if (!fault.isEmpty())
            env.insert(QStringLiteral("CARILLON_FAULT"), QString::fromLatin1(fault));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CARILLON_BIN"),
                QStringList{QStringLiteral("--profile"), QStringLiteral("demo"),
                            QStringLiteral("--data-dir"), m_data} +
                    args);
        p.waitForFinished(60'000);
        return {p.exitCode(), p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }

    void say(const QString &text, const QByteArray &fault = {}, int expected = 0)
    {
        const Run r = carillon({QStringLiteral("send"), QStringLiteral("--as"), kAda,
                                QStringLiteral("--to"), kBot, text},
                               fault);
        QVERIFY2(r.code == expected, qPrintable(r.err));
    }

    QJsonArray messages()
    {
        const Run r = carillon({QStringLiteral("history"), QStringLiteral("--as"), kAda,
                                QStringLiteral("--with"), kBot, QStringLiteral("--limit"),
                                QStringLiteral("500"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out).object()[QStringLiteral("messages")].toArray();
    }

    QString lastCode()
    {
        const QJsonArray all = messages();
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            const QJsonObject m = all[i].toObject();
            if (m[QStringLiteral("kind")].toString() == QLatin1String("confirmation-request"))
                return m[QStringLiteral("payload")].toObject()[QStringLiteral("code")].toString();
        }
        return {};
    }

    int countTopic(const QString &topic)
    {
        int n = 0;
        for (const QJsonValue &m : messages())
            n += m[QStringLiteral("payload")][QStringLiteral("topic")].toString() == topic ? 1 : 0;
        return n;
    }

    int count(const QString &kind)
    {
        int n = 0;
        for (const QJsonValue &m : messages())
            n += m[QStringLiteral("kind")].toString() == kind ? 1 : 0;
        return n;
    }

    // Every file in the blob store must hash to its own name: no partial, no stray temp file.
    void checkBlobsIntact()
    {
        QDirIterator it(m_data + QStringLiteral("/blobs"), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            const QString inStore = f.fileName().mid(m_data.size());
            QVERIFY2(!inStore.startsWith(QStringLiteral("/blobs/tmp/")), qPrintable(inStore));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(&f);
            QCOMPARE(QString::fromLatin1(h.result().toHex()), QFileInfo(f).fileName());
        }
    }

    // The blob of Ada's upload of that name in her chat with Grace.
    QString blobOf(const QString &fileName)
    {
        const Run r = carillon({QStringLiteral("history"), QStringLiteral("--as"), kAda,
                                QStringLiteral("--with"), QStringLiteral("grace@example.com"),
                                QStringLiteral("--json")});
        for (const QJsonValue &m :
             QJsonDocument::fromJson(r.out).object()[QStringLiteral("messages")].toArray()) {
            for (const QJsonValue &a : m[QStringLiteral("attachments")].toArray()) {
                if (a[QStringLiteral("fileName")].toString() == fileName)
                    return a[QStringLiteral("sha256")].toString();
            }
        }
        return {};
    }

    // Straight from the file, without starting Carillon (a start answers waiting commands).
    bool profileInDatabase(const QString &email)
    {
        bool found = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("faults-peek"));
            db.setDatabaseName(m_data + QStringLiteral("/carillon.sqlite"));
            if (!db.open())
                qFatal("cannot open the database: %s", qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT 1 FROM profiles WHERE email = ?"));
            q.addBindValue(email);
            if (!q.exec())
                qFatal("%s", qPrintable(q.lastError().text()));
            found = q.next();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("faults-peek"));
        return found;
    }

    QStringList blobNames()
    {
        QStringList names;
        QDirIterator it(m_data + QStringLiteral("/blobs"), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            names.append(QFileInfo(it.next()).fileName());
        names.sort();
        return names;
    }

private slots:
    void init()
    {
        m_data = m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QCOMPARE(carillon({QStringLiteral("demo"), QStringLiteral("reset")}).code, 0);
        QCOMPARE(carillon({QStringLiteral("contact"), QStringLiteral("invite"),
                           QStringLiteral("--as"), kAda, kBot})
                     .code,
                 0);
    }

    void exportDelivery_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::newRow("crash before the delivery commits")
            << QByteArrayLiteral("export-before-commit");
        QTest::newRow("crash right after it commits") << QByteArrayLiteral("export-after-commit");
    }

    void exportDelivery()
    {
        QFETCH(QByteArray, fault);
        say(QStringLiteral("Get my attachments"));
        say(QStringLiteral("Get my attachments ") + lastCode());
        QCOMPARE(count(QStringLiteral("export-accepted")), 1);
        QCOMPARE(
            carillon({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("1h")})
                .code,
            0);
        // Any writing start delivers due exports first (reading commands do not); this one dies
        // at the fault point.
        const QStringList start{QStringLiteral("clock"), QStringLiteral("advance"),
                                QStringLiteral("0s")};
        const Run crashed = carillon(start, fault);
        QCOMPARE(crashed.code, kCrashed);

        // The next normal start delivers what was not delivered, and only that.
        QCOMPARE(carillon(start).code, 0);
        QCOMPARE(count(QStringLiteral("export-delivered")), 1);
        checkBlobsIntact();
    }

    // Several instances race on one pending job: all of them find it pending (each announces
    // the pause it makes just before its delivery transaction), exactly one delivers it.
    void exportRaceDeliversOnce()
    {
        say(QStringLiteral("Get my attachments"));
        say(QStringLiteral("Get my attachments ") + lastCode());
        QCOMPARE(
            carillon({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("1h")})
                .code,
            0);
        QCOMPARE(count(QStringLiteral("export-accepted")), 1);
        QCOMPARE(count(QStringLiteral("export-delivered")), 0);
        constexpr int kRacers = 4;
        QProcess racers[kRacers];
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CARILLON_DATA_DIR"));
        env.insert(QStringLiteral("CARILLON_FAULT_SLOW"), QStringLiteral("export-deliver=400000"));
        for (QProcess &p : racers) {
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("CARILLON_BIN"),
                    {QStringLiteral("--data-dir"), m_data, QStringLiteral("--profile"),
                     QStringLiteral("demo"), QStringLiteral("clock"), QStringLiteral("advance"),
                     QStringLiteral("0s")}); // a writing start: reading commands deliver nothing
        }
        int raced = 0;
        QByteArray said;
        for (QProcess &p : racers) {
            QVERIFY(p.waitForFinished(60'000));
            QCOMPARE(p.exitCode(), 0);
            const QByteArray err = p.readAllStandardError();
            said += err;
            raced += err.count("carillon fault point: export-deliver");
        }
        // Every one of them went for the same pending job.
        QVERIFY2(raced == kRacers,
                 qPrintable(QStringLiteral("%1 of %2 racers reached the delivery; %3 delivered; "
                                           "they said: %4")
                                .arg(raced)
                                .arg(kRacers)
                                .arg(count(QStringLiteral("export-delivered")))
                                .arg(QString::fromUtf8(said))));
        QCOMPARE(count(QStringLiteral("export-delivered")), 1);
        checkBlobsIntact();
    }

    // A command whose sending process dies before the assistant answers is answered by the
    // next instance; two starting together answer it once.
    void commandOfADeadSenderIsAnsweredOnce()
    {
        say(QStringLiteral("Help"));
        const int helpsBefore = countTopic(QStringLiteral("help"));
        say(QStringLiteral("Help"), "assistant-before-answer", kCrashed);
        QProcess a, b;
        for (QProcess *p : {&a, &b})
            p->start(qEnvironmentVariable("CARILLON_BIN"),
                     {QStringLiteral("--data-dir"), m_data, QStringLiteral("--profile"),
                      QStringLiteral("demo"), QStringLiteral("clock"), QStringLiteral("advance"),
                      QStringLiteral("0s")});
        QVERIFY(a.waitForFinished(30'000) && b.waitForFinished(30'000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        QCOMPARE(countTopic(QStringLiteral("help")), helpsBefore + 1);
    }

    void deleteMeCrashBeforeCommit()
    {
        // Ada's own upload, whose blob only she references.
        const QString photoBlob = blobOf(QStringLiteral("harbour-at-dawn.png"));
        QVERIFY(!photoBlob.isEmpty());
        const QStringList blobsBefore = blobNames();

        say(QStringLiteral("Delete me"));
        say(QStringLiteral("Delete me ") + lastCode(), "erase-before-commit", kCrashed);
        // Rolled back whole: Ada, her data and her files are all there, with her confirmed
        // command still unanswered (a read-only look that attaches no assistant).
        QCOMPARE(blobNames(), blobsBefore);
        QVERIFY(profileInDatabase(kAda));
        // The next start answers the command the crash left unanswered: the erasure happens
        // now, whole.
        QCOMPARE(
            carillon({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("0s")})
                .code,
            0);
        QVERIFY(!carillon({QStringLiteral("people")}).out.contains(kAda.toUtf8()));
        QVERIFY(!profileInDatabase(kAda));
        QVERIFY(!blobNames().contains(photoBlob));
        checkBlobsIntact();
    }

    void deleteMeCrashAfterCommit()
    {
        const QString photoBlob = blobOf(QStringLiteral("harbour-at-dawn.png"));
        QVERIFY(!photoBlob.isEmpty());
        const QStringList blobsBefore = blobNames();
        say(QStringLiteral("Delete me"));
        say(QStringLiteral("Delete me ") + lastCode(), "erase-after-commit", kCrashed);
        // Committed whole: Ada is gone; her file, left on disk by the crash, is swept by the
        // next writing start.
        QCOMPARE(
            carillon({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("0s")})
                .code,
            0);
        QVERIFY(!carillon({QStringLiteral("people")}).out.contains(kAda.toUtf8()));
        QVERIFY(!blobNames().contains(photoBlob));
        QVERIFY(blobNames().size() < blobsBefore.size());
        checkBlobsIntact();
        // Other people's data is intact: Grace still reads her own message in their chat.
        const QByteArray grace =
            carillon({QStringLiteral("history"), QStringLiteral("--as"),
                      QStringLiteral("grace@example.com"), QStringLiteral("--room"),
                      QStringLiteral("Linus's Garage")})
                .out;
        QVERIFY(grace.contains("Parts list"));
        QVERIFY(!grace.contains("workbench.png"));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
