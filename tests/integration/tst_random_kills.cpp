// Crash consistency at random points: where tst_faults stops the real executable at named
// fault points, this test SIGKILLs it after a random delay, many times, while it delivers an
// export and while it carries out Delete me. Three kills in four are aimed: the process pauses
// at a fault point (CARILLON_FAULT_SLOW) and announces it, and the kill falls at a random moment
// from there, between the erasure's commit and the end of its file removal, or around the
// delivery's commit. The others fall anywhere in a run calibrated to the process's own run time
// (the tally is printed).
// After each kill a normal start must find nothing lost, duplicated or half-erased, and no
// stray file in the blob store.
//
// The seed is printed; CARILLON_FAULT_SEED=<seed> replays a run's delays (with the printed
// CARILLON_RANDOM_KILL_MAX_US too when the machine's timing differs), CARILLON_RANDOM_KILL_TRIALS
// sets the number of trials per scenario (default 50). A failing trial's data folder is kept
// and its path printed.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>
#include <vector>

namespace {
const QString kAda = QStringLiteral("ada@example.com");
const QString kBot = QStringLiteral("assistant_no_reply@chime.aws");
const QStringList kOthers{QStringLiteral("grace@example.com"), QStringLiteral("linus@example.org")};

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run carillonIn(const QString &dataDir, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CARILLON_DATA_DIR"));
    env.remove(QStringLiteral("CARILLON_FAULT"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("CARILLON_BIN"),
            QStringList{QStringLiteral("--profile"), QStringLiteral("demo"),
                        QStringLiteral("--data-dir"), dataDir} +
                args);
    if (!p.waitForFinished(60'000))
        p.kill();
    p.waitForFinished(5'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

// Read-only look at a data folder's database while no carillon process runs on it.
class Sql
{
public:
    explicit Sql(const QString &dataDir)
        : m_name(QStringLiteral("rk-%1").arg(quintptr(this), 0, 16))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(dataDir + QStringLiteral("/carillon.sqlite"));
        m_ok = db.open();
    }
    ~Sql() { QSqlDatabase::removeDatabase(m_name); }
    Sql(const Sql &) = delete;
    Sql &operator=(const Sql &) = delete;

    bool ok() const { return m_ok; }

    // Each row's columns joined by a tab.
    QStringList rows(const QString &sql, const QVariantList &binds = {}) const
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols.append(q.value(i).toString());
            out.append(cols.join(QLatin1Char('\t')));
        }
        return out;
    }
    qint64 number(const QString &sql, const QVariantList &binds = {}) const
    {
        const QStringList r = rows(sql, binds);
        return r.isEmpty() ? -1 : r.first().toLongLong();
    }

private:
    QString m_name;
    bool m_ok = false;
};

QSet<QString> toSet(const QStringList &l)
{
    return {l.begin(), l.end()};
}

QString hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

// Blob files by name (outside blobs/tmp) and the files left in blobs/tmp.
struct BlobListing
{
    QHash<QString, QString> blobs; // name -> path
    QStringList temporary;
};

BlobListing listBlobs(const QString &dataDir)
{
    BlobListing l;
    const QString root = dataDir + QStringLiteral("/blobs");
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.mid(root.size()).startsWith(QStringLiteral("/tmp/")))
            l.temporary.append(path);
        else
            l.blobs.insert(QFileInfo(path).fileName(), path);
    }
    return l;
}

bool copyFolder(const QString &from, const QString &to)
{
    return QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), from, to}) == 0;
}

QString lastCode(const QByteArray &historyJson)
{
    const QJsonArray all =
        QJsonDocument::fromJson(historyJson).object()[QStringLiteral("messages")].toArray();
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        const QJsonObject m = all[i].toObject();
        if (m[QStringLiteral("kind")].toString() == QLatin1String("confirmation-request"))
            return m[QStringLiteral("payload")].toObject()[QStringLiteral("code")].toString();
    }
    return {};
}

int countKind(const QByteArray &historyJson, const QString &kind)
{
    int n = 0;
    for (const QJsonValue &m :
         QJsonDocument::fromJson(historyJson).object()[QStringLiteral("messages")].toArray())
        n += m[QStringLiteral("kind")].toString() == kind ? 1 : 0;
    return n;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

class TestRandomKills : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::mt19937_64 m_rng;
    quint64 m_seed = 0;
    int m_trials = 50;

    QStringList historyArgs(const QString &as, const QString &with) const
    {
        return {QStringLiteral("history"),
                QStringLiteral("--as"),
                as,
                QStringLiteral("--with"),
                with,
                QStringLiteral("--limit"),
                QStringLiteral("1000"),
                QStringLiteral("--json")};
    }
    QStringList sayArgs(const QString &text) const
    {
        return {QStringLiteral("send"),
                QStringLiteral("--as"),
                kAda,
                QStringLiteral("--to"),
                kBot,
                text};
    }

    // Prepares a demo data folder where Ada has invited the assistant.
    void prepare(const QString &dir)
    {
        QCOMPARE(carillonIn(dir, {QStringLiteral("demo"), QStringLiteral("reset")}).code, 0);
        QCOMPARE(carillonIn(dir, {QStringLiteral("contact"), QStringLiteral("invite"),
                                  QStringLiteral("--as"), kAda, kBot})
                     .code,
                 0);
    }

    // Runs CARILLON_BIN with args on dir and sends it SIGKILL delayUs microseconds after
    // starting it, unless it has finished by then. Returns true when it was killed.
    bool runAndKill(const QString &dir, const QStringList &args, qint64 delayUs)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CARILLON_DATA_DIR"));
        env.remove(QStringLiteral("CARILLON_FAULT"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CARILLON_BIN"),
                QStringList{QStringLiteral("--profile"), QStringLiteral("demo"),
                            QStringLiteral("--data-dir"), dir} +
                    args);
        std::this_thread::sleep_for(std::chrono::microseconds(delayUs));
        p.kill(); // SIGKILL; nothing happens to a process that has already exited
        p.waitForFinished(30'000);
        const bool killed = p.exitStatus() == QProcess::CrashExit;
        if (!killed && p.exitCode() != 0)
            qWarning("run ended with %d: %s", p.exitCode(), p.readAllStandardError().constData());
        return killed;
    }

    // Runs CARILLON_BIN with args on dir, paused at the fault points named in slow
    // (CARILLON_FAULT_SLOW), and sends it SIGKILL delayUs microseconds after it announces the
    // point `aim`. Returns true when it was killed; *reached says whether it got to the point.
    bool runAndKillAt(const QString &dir, const QStringList &args, const QString &slow,
                      const QString &aim, qint64 delayUs, bool *reached)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CARILLON_DATA_DIR"));
        env.remove(QStringLiteral("CARILLON_FAULT"));
        env.insert(QStringLiteral("CARILLON_FAULT_SLOW"), slow);
        p.setProcessEnvironment(env);
        p.setReadChannel(QProcess::StandardError);
        p.start(qEnvironmentVariable("CARILLON_BIN"),
                QStringList{QStringLiteral("--profile"), QStringLiteral("demo"),
                            QStringLiteral("--data-dir"), dir} +
                    args);
        const QByteArray announcement = "carillon fault point: " + aim.toLatin1() + '\n';
        QByteArray err;
        QElapsedTimer waited;
        waited.start();
        *reached = false;
        while (!*reached && waited.elapsed() < 30'000 && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(50);
            err += p.readAllStandardError();
            *reached = err.contains(announcement);
        }
        if (*reached)
            std::this_thread::sleep_for(std::chrono::microseconds(delayUs));
        p.kill();
        p.waitForFinished(30'000);
        return p.exitStatus() == QProcess::CrashExit;
    }

    struct Trial
    {
        bool aimed = false;
        qint64 delayUs = 0;
        bool killed = false;
        bool reached = true;
    };

    // Three trials in four aim at the window that opens at the fault point `aim` (the kill falls
    // within windowUs of it); the rest fall anywhere in the first maxDelayUs of the run.
    Trial killOnce(const QString &dir, const QStringList &args, const QString &slow,
                   const QString &aim, qint64 windowUs, qint64 maxDelayUs)
    {
        Trial t;
        t.aimed = std::bernoulli_distribution(0.75)(m_rng);
        t.delayUs = randomDelayUs(t.aimed ? windowUs : maxDelayUs);
        t.killed = t.aimed ? runAndKillAt(dir, args, slow, aim, t.delayUs, &t.reached)
                           : runAndKill(dir, args, t.delayUs);
        return t;
    }

    // Median run time of args on fresh copies of master, in ms.
    double calibrate(const QString &master, const QStringList &args)
    {
        std::vector<double> ms;
        for (int i = 0; i < 3; ++i) {
            const QString dir = m_tmp.filePath(QStringLiteral("calibrate-%1").arg(i));
            QDir(dir).removeRecursively();
            if (!copyFolder(master, dir))
                qFatal("cp failed");
            QElapsedTimer t;
            t.start();
            const Run r = carillonIn(dir, args);
            ms.push_back(t.nsecsElapsed() / 1e6);
            if (r.code != 0)
                qFatal("calibration run failed: %s", qPrintable(r.err));
            QDir(dir).removeRecursively();
        }
        return median(ms);
    }

    // Kills land in [0, 1.1 x the calibrated run time + 2 ms]; CARILLON_RANDOM_KILL_MAX_US
    // fixes the range, so that a seed replays the very same delays on another machine.
    static qint64 maxDelayFor(double runMs)
    {
        bool ok = false;
        const qint64 fixed = qEnvironmentVariable("CARILLON_RANDOM_KILL_MAX_US").toLongLong(&ok);
        return ok && fixed > 0 ? fixed : qint64(runMs * 1100) + 2000;
    }

    qint64 randomDelayUs(qint64 maxUs)
    {
        return std::uniform_int_distribution<qint64>(0, maxUs)(m_rng);
    }

    // The blob store holds exactly the referenced blobs, each whole; blobs/tmp is empty.
    void checkBlobStore(const QString &dir, const Sql &sql)
    {
        const BlobListing l = listBlobs(dir);
        QVERIFY2(l.temporary.isEmpty(), qPrintable(l.temporary.join(QLatin1Char(' '))));
        const QSet<QString> referenced =
            toSet(sql.rows(QStringLiteral("SELECT DISTINCT sha256 FROM attachments")));
        const QSet<QString> onDisk = toSet(l.blobs.keys());
        QVERIFY2(onDisk == referenced,
                 qPrintable(QStringLiteral("unreferenced: %1; missing: %2")
                                .arg(QStringList((onDisk - referenced).values()).join(u' '),
                                     QStringList((referenced - onDisk).values()).join(u' '))));
        for (auto it = l.blobs.cbegin(); it != l.blobs.cend(); ++it)
            QVERIFY2(hashOf(it.value()) == it.key(), qPrintable(it.value()));
    }

    // What grace and linus see: every message of every conversation they are in. With
    // withoutSender, that person's messages are left out (they are erased with her). A 1:1's
    // title is left out too: it takes the erased person's former name (tst_eraser checks it).
    QStringList othersView(const Sql &sql, qint64 withoutSender = 0) const
    {
        QStringList all;
        for (const QString &person : kOthers) {
            all += sql.rows(
                QStringLiteral(
                    "SELECT ?, c.id, c.kind, CASE c.kind WHEN 'direct' THEN '' ELSE c.title END, "
                    "m.id, COALESCE(s.email, ''), m.kind, "
                    "m.body, m.created_at, (SELECT group_concat(a.sha256 || ':' || a.file_name "
                    "|| ':' || a.public_id, ',') FROM attachments a WHERE a.message_id = m.id) "
                    "FROM members mb JOIN profiles me ON me.id = mb.profile_id "
                    "JOIN conversations c ON c.id = mb.conversation_id "
                    "JOIN messages m ON m.conversation_id = c.id "
                    "LEFT JOIN profiles s ON s.id = m.sender_id "
                    "WHERE me.email = ? AND m.sender_id IS NOT ? ORDER BY c.id, m.id"),
                {person, person, withoutSender ? QVariant(withoutSender) : QVariant()});
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(!qEnvironmentVariable("CARILLON_BIN").isEmpty());
        bool ok = false;
        m_seed = qEnvironmentVariable("CARILLON_FAULT_SEED").toULongLong(&ok);
        if (!ok)
            m_seed = std::random_device{}() * 0x100000000ULL + std::random_device{}();
        m_rng.seed(m_seed);
        if (const int n = qEnvironmentVariableIntValue("CARILLON_RANDOM_KILL_TRIALS"); n > 0)
            m_trials = n;
        qInfo("random kills: seed %llu (replay with CARILLON_FAULT_SEED=%llu), %d trials each",
              static_cast<unsigned long long>(m_seed), static_cast<unsigned long long>(m_seed),
              m_trials);
    }

    void exportDelivery()
    {
        // Prepared once: Ada requested an export and confirmed it; the demo clock is past the
        // delivery time. The next start of any command on a copy delivers it.
        const QString master = m_tmp.filePath(QStringLiteral("export-master"));
        prepare(master);
        QCOMPARE(carillonIn(master, sayArgs(QStringLiteral("Get my attachments"))).code, 0);
        const QString code = lastCode(carillonIn(master, historyArgs(kAda, kBot)).out);
        QVERIFY(!code.isEmpty());
        QCOMPARE(carillonIn(master, sayArgs(QStringLiteral("Get my attachments ") + code)).code, 0);
        QCOMPARE(countKind(carillonIn(master, historyArgs(kAda, kBot)).out,
                           QStringLiteral("export-accepted")),
                 1);
        QCOMPARE(carillonIn(master, {QStringLiteral("clock"), QStringLiteral("advance"),
                                     QStringLiteral("1h")})
                     .code,
                 0);
        {
            Sql sql(master);
            QVERIFY(sql.ok());
            QCOMPARE(sql.number(QStringLiteral(
                         "SELECT COUNT(*) FROM assistant_exports WHERE state = 'pending'")),
                     1);
        }

        // A writing start (reading commands deliver nothing) that changes nothing else.
        const QStringList deliverer{QStringLiteral("clock"), QStringLiteral("advance"),
                                    QStringLiteral("0s")};
        const double runMs = calibrate(master, deliverer);
        const qint64 maxDelayUs = maxDelayFor(runMs);
        qInfo("export delivery: 'carillon clock advance 0s' runs %.0f ms; kills after 0..%.1f ms "
              "(CARILLON_RANDOM_KILL_MAX_US=%lld)",
              runMs, maxDelayUs / 1000.0, static_cast<long long>(maxDelayUs));

        // Aimed kills: the delivery pauses 20 ms just before its commit; the kill falls in
        // that pause or up to 20 ms after the commit.
        const QString slow = QStringLiteral("export-before-commit=20000");
        int killedPending = 0, killedDelivered = 0, finished = 0, strayTemp = 0, aimedCount = 0;
        for (int trial = 0; trial < m_trials; ++trial) {
            const QString dir = m_tmp.filePath(QStringLiteral("export-%1").arg(trial));
            QVERIFY(copyFolder(master, dir));
            const auto [aimed, delayUs, killed, reached] = killOnce(
                dir, deliverer, slow, QStringLiteral("export-before-commit"), 40'000, maxDelayUs);
            QVERIFY2(reached, "the delivery never reached its commit");
            aimedCount += aimed ? 1 : 0;
            {
                Sql sql(dir);
                const bool delivered =
                    sql.number(QStringLiteral("SELECT COUNT(*) FROM assistant_exports WHERE "
                                              "state = 'delivered'")) == 1;
                (killed ? (delivered ? killedDelivered : killedPending) : finished)++;
            }
            strayTemp += listBlobs(dir).temporary.isEmpty() ? 0 : 1;

            // A normal start: it delivers what is still pending, and sweeps.
            QCOMPARE(carillonIn(dir, deliverer).code, 0);
            const Run r = carillonIn(dir, historyArgs(kAda, kBot));
            const QString where =
                QStringLiteral("trial %1 (kill %2 us after %3, %4), kept in %5")
                    .arg(trial)
                    .arg(delayUs)
                    .arg(aimed ? QStringLiteral("the pause before the commit")
                               : QStringLiteral("the start"),
                         killed ? QStringLiteral("killed") : QStringLiteral("finished"), dir);
            QVERIFY2(r.code == 0, qPrintable(where + r.err));
            const QJsonArray messages =
                QJsonDocument::fromJson(r.out).object()[QStringLiteral("messages")].toArray();
            QJsonObject deliveredMessage;
            int deliveredCount = 0;
            for (const QJsonValue &m : messages) {
                if (m[QStringLiteral("kind")].toString() == QLatin1String("export-delivered")) {
                    ++deliveredCount;
                    deliveredMessage = m.toObject();
                }
            }
            QVERIFY2(deliveredCount == 1, qPrintable(where));
            const QJsonArray attachments =
                deliveredMessage[QStringLiteral("attachments")].toArray();
            QVERIFY2(attachments.size() == 1, qPrintable(where));
            const QString manifestSha = attachments[0][QStringLiteral("sha256")].toString();
            const BlobListing blobs = listBlobs(dir);
            QVERIFY2(blobs.blobs.contains(manifestSha), qPrintable(where));
            QVERIFY2(hashOf(blobs.blobs.value(manifestSha)) == manifestSha, qPrintable(where));
            {
                Sql sql(dir);
                QVERIFY2(sql.number(
                             QStringLiteral(
                                 "SELECT COUNT(*) FROM assistant_exports WHERE state = 'delivered' "
                                 "AND message_id = ?"),
                             {deliveredMessage[QStringLiteral("id")].toVariant()}) == 1,
                         qPrintable(where));
                QVERIFY2(sql.number(QStringLiteral("SELECT COUNT(*) FROM assistant_exports")) == 1,
                         qPrintable(where));
                checkBlobStore(dir, sql);
                if (QTest::currentTestFailed())
                    qWarning("%s", qPrintable(where));
            }
            if (QTest::currentTestFailed())
                return;
            QDir(dir).removeRecursively();
        }
        qInfo("export delivery: %d trials (%d aimed at the commit): %d killed before the "
              "delivery committed, %d killed after it committed, %d ran to the end; %d left a "
              "temporary blob behind",
              m_trials, aimedCount, killedPending, killedDelivered, finished, strayTemp);
        QVERIFY2(killedPending > 0 && killedDelivered + finished > 0,
                 "the kills did not land on both sides of the delivery");
    }

    void deleteMe()
    {
        const QString master = m_tmp.filePath(QStringLiteral("erase-master"));
        prepare(master);
        QCOMPARE(carillonIn(master, sayArgs(QStringLiteral("Delete me"))).code, 0);
        const QByteArray botChat = carillonIn(master, historyArgs(kAda, kBot)).out;
        const QString code = lastCode(botChat);
        QVERIFY(!code.isEmpty());
        const int requestsBefore = countKind(botChat, QStringLiteral("confirmation-request"));

        qint64 adaId = 0;
        qint64 adaMessages = 0;
        QSet<QString> adaShas, onlyAdaShas, blobsBefore;
        QStringList othersFull, othersWithoutAda;
        {
            Sql sql(master);
            QVERIFY(sql.ok());
            adaId = sql.number(QStringLiteral("SELECT id FROM profiles WHERE email = ?"), {kAda});
            QVERIFY(adaId > 0);
            // Her messages outside her chat with the assistant (the command goes there).
            const QString adaOutsideBot =
                QStringLiteral("FROM messages m WHERE m.sender_id = ? AND NOT EXISTS (SELECT 1 "
                               "FROM members b JOIN profiles p ON p.id = b.profile_id WHERE "
                               "b.conversation_id = m.conversation_id AND p.kind = 'assistant')");
            adaMessages = sql.number(QStringLiteral("SELECT COUNT(*) ") + adaOutsideBot, {adaId});
            QVERIFY(adaMessages > 0);
            adaShas = toSet(sql.rows(
                QStringLiteral("SELECT DISTINCT sha256 FROM attachments WHERE uploader_id = ?"),
                {adaId}));
            onlyAdaShas = toSet(
                sql.rows(QStringLiteral("SELECT sha256 FROM attachments GROUP BY sha256 "
                                        "HAVING MIN(uploader_id) = ? AND MAX(uploader_id) = ?"),
                         {adaId, adaId}));
            QVERIFY(!onlyAdaShas.isEmpty());
            othersFull = othersView(sql);
            othersWithoutAda = othersView(sql, adaId);
            QVERIFY(othersWithoutAda.size() < othersFull.size()); // she posted where they read
        }
        blobsBefore = toSet(listBlobs(master).blobs.keys());
        QVERIFY(blobsBefore.contains(adaShas));

        const QStringList command = sayArgs(QStringLiteral("Delete me ") + code);
        const double runMs = calibrate(master, command);
        const qint64 maxDelayUs = maxDelayFor(runMs);
        qInfo("Delete me: 'carillon send \"Delete me <code>\"' runs %.0f ms; kills after "
              "0..%.1f ms (CARILLON_RANDOM_KILL_MAX_US=%lld)",
              runMs, maxDelayUs / 1000.0, static_cast<long long>(maxDelayUs));

        // Aimed kills land between the erasure's commit and the end of the file removal: the
        // process pauses 10 ms after the commit and 5 ms before each file it removes.
        const QString slow = QStringLiteral("erase-after-commit=10000,blob-remove=5000");
        const qint64 windowUs = 10'000 + 5'000 * qint64(onlyAdaShas.size());
        int killedPresent = 0, killedErased = 0, finished = 0, strayTemp = 0, leftForSweep = 0;
        int aimedCount = 0;
        for (int trial = 0; trial < m_trials; ++trial) {
            const QString dir = m_tmp.filePath(QStringLiteral("erase-%1").arg(trial));
            QVERIFY(copyFolder(master, dir));
            const auto [aimed, delayUs, killed, reached] = killOnce(
                dir, command, slow, QStringLiteral("erase-after-commit"), windowUs, maxDelayUs);
            QVERIFY2(reached, "the erasure never committed");
            aimedCount += aimed ? 1 : 0;
            const BlobListing left = listBlobs(dir);
            strayTemp += left.temporary.isEmpty() ? 0 : 1;
            const bool herFilesOnDisk = toSet(left.blobs.keys()).intersects(onlyAdaShas);
            bool erasedAtKill = false;
            {
                Sql sql(dir);
                erasedAtKill = sql.number(QStringLiteral("SELECT COUNT(*) FROM profiles WHERE "
                                                         "id = ?"),
                                          {adaId}) == 0;
            }
            const QString where =
                QStringLiteral("trial %1 (kill %2 us after %3, %4), kept in %5")
                    .arg(trial)
                    .arg(delayUs)
                    .arg(aimed ? QStringLiteral("the commit") : QStringLiteral("the start"),
                         killed ? QStringLiteral("killed") : QStringLiteral("finished"), dir);

            // A normal writing start (which also sweeps the blob store), then a reader.
            QVERIFY2(carillonIn(dir, {QStringLiteral("clock"), QStringLiteral("advance"),
                                      QStringLiteral("0s")})
                             .code == 0,
                     qPrintable(where));
            const Run people =
                carillonIn(dir, {QStringLiteral("people"), QStringLiteral("--json")});
            QVERIFY2(people.code == 0, qPrintable(where + people.err));
            bool listed = false;
            for (const QJsonValue &p : QJsonDocument::fromJson(people.out).array())
                listed |= p[QStringLiteral("email")].toString() == kAda;
            if (!killed)
                QVERIFY2(!listed, qPrintable(where + QStringLiteral(": not erased")));
            // A kill before the erasure committed but after her command did leaves the command
            // unanswered: the start above answered it, so she is erased now as well.
            (killed ? (erasedAtKill ? killedErased : killedPresent) : finished)++;
            leftForSweep += killed && erasedAtKill && herFilesOnDisk ? 1 : 0;

            {
                Sql sql(dir);
                QVERIFY(sql.ok());
                checkBlobStore(dir, sql);
                const QSet<QString> blobsNow = toSet(listBlobs(dir).blobs.keys());
                const qint64 profileRows = sql.number(
                    QStringLiteral("SELECT COUNT(*) FROM profiles WHERE id = ?"), {adaId});
                if (listed) {
                    // Fully present: her profile, her messages, her files.
                    QVERIFY2(profileRows == 1, qPrintable(where));
                    QVERIFY2(
                        sql.number(
                            QStringLiteral(
                                "SELECT COUNT(*) FROM messages m WHERE m.sender_id = ? AND NOT "
                                "EXISTS (SELECT 1 FROM members b JOIN profiles p ON p.id = "
                                "b.profile_id WHERE b.conversation_id = m.conversation_id AND "
                                "p.kind = 'assistant')"),
                            {adaId}) == adaMessages,
                        qPrintable(where));
                    QVERIFY2(toSet(sql.rows(QStringLiteral("SELECT DISTINCT sha256 FROM "
                                                           "attachments WHERE uploader_id = ?"),
                                            {adaId})) == adaShas,
                             qPrintable(where));
                    QVERIFY2(blobsNow == blobsBefore, qPrintable(where));
                    QVERIFY2(othersView(sql) == othersFull, qPrintable(where));
                } else {
                    // Fully erased: nothing of hers is left, nobody else lost anything.
                    QVERIFY2(profileRows == 0, qPrintable(where));
                    QVERIFY2(sql.number(QStringLiteral("SELECT COUNT(*) FROM profiles WHERE "
                                                       "email = ?"),
                                        {kAda}) == 0,
                             qPrintable(where));
                    QVERIFY2(sql.number(QStringLiteral("SELECT COUNT(*) FROM attachments WHERE "
                                                       "uploader_id = ?"),
                                        {adaId}) == 0,
                             qPrintable(where));
                    QVERIFY2(sql.number(QStringLiteral("SELECT COUNT(*) FROM messages WHERE "
                                                       "sender_id = ?"),
                                        {adaId}) == 0,
                             qPrintable(where));
                    QVERIFY2(!blobsNow.intersects(onlyAdaShas), qPrintable(where));
                    QVERIFY2(othersView(sql) == othersWithoutAda, qPrintable(where));
                }
            }
            if (listed) {
                // And she can still ask for a new code.
                QVERIFY2(carillonIn(dir, sayArgs(QStringLiteral("Delete me"))).code == 0,
                         qPrintable(where));
                const QByteArray chat = carillonIn(dir, historyArgs(kAda, kBot)).out;
                QVERIFY2(countKind(chat, QStringLiteral("confirmation-request")) > requestsBefore,
                         qPrintable(where));
                QVERIFY2(lastCode(chat) != code, qPrintable(where));
            }
            if (QTest::currentTestFailed()) {
                qWarning("%s", qPrintable(where));
                return;
            }
            QDir(dir).removeRecursively();
        }
        qInfo("Delete me: %d trials (%d aimed after the commit): %d killed with the profile "
              "still whole, %d killed after the erasure committed (%d of them before her files "
              "were removed), %d ran to the end; %d left a temporary blob behind",
              m_trials, aimedCount, killedPresent, killedErased, leftForSweep, finished, strayTemp);
        QVERIFY2(killedErased + finished > 0, "no kill landed after the erasure");
        QVERIFY2(leftForSweep > 0 || m_trials < 4,
                 "no kill landed between the commit and the removal of her files");
    }
};

QTEST_GUILESS_MAIN(TestRandomKills)
#include "tst_random_kills.moc"
