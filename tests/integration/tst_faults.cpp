// Crash consistency of export delivery and of Delete me: the real executable dies at each
// named step (CARILLON_FAULT), then a normal start must find nothing lost, duplicated or
// half-erased, and no stray file left behind.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
        QCOMPARE(count(QStringLiteral("export-delivered")), 1);
        checkBlobsIntact();
        // Two instances starting together still deliver nothing twice.
        QProcess a, b;
        for (QProcess *p : {&a, &b})
            p->start(qEnvironmentVariable("CARILLON_BIN"),
                     {QStringLiteral("--data-dir"), m_data, QStringLiteral("--profile"),
                      QStringLiteral("demo"), QStringLiteral("clock"), QStringLiteral("advance"),
                      QStringLiteral("0s")});
        QVERIFY(a.waitForFinished(30'000) && b.waitForFinished(30'000));
        QCOMPARE(count(QStringLiteral("export-delivered")), 1);
    }

    void deleteMe()
    {
        // Ada's own upload, whose blob only she references.
        const QString photoSha = QStringLiteral("harbour-at-dawn.png");
        QString photoBlob;
        for (const QJsonValue &m :
             QJsonDocument::fromJson(
                 carillon({QStringLiteral("history"), QStringLiteral("--as"), kAda,
                           QStringLiteral("--with"), QStringLiteral("grace@example.com"),
                           QStringLiteral("--json")})
                     .out)
                 .object()[QStringLiteral("messages")]
                 .toArray()) {
            for (const QJsonValue &a : m[QStringLiteral("attachments")].toArray()) {
                if (a[QStringLiteral("fileName")].toString() == photoSha)
                    photoBlob = a[QStringLiteral("sha256")].toString();
            }
        }
        QVERIFY(!photoBlob.isEmpty());
        const QStringList blobsBefore = blobNames();

        say(QStringLiteral("Delete me"));
        say(QStringLiteral("Delete me ") + lastCode(), "erase-before-commit", kCrashed);
        // Rolled back whole: Ada, her data and her files are all there.
        const QByteArray people = carillon({QStringLiteral("people")}).out;
        QVERIFY(people.contains(kAda.toUtf8()));
        QCOMPARE(blobNames(), blobsBefore);
        QVERIFY(!messages().isEmpty());

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
