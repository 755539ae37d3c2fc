// Blob files shared by content (same SHA-256) against their removal: one instance reuses a blob
// that is already on disk while another instance's Delete me or start-up sweep removes it. No
// committed attachment may ever point at missing bytes. Each thread is an instance of its own
// (its own Workspace and SQLite connection on the one data folder), all started together.

#include "support/TestWorkspace.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace carillon;
using carillon::test::TestWorkspace;

namespace {

const QByteArray kShared = "the bytes everybody attaches, stored once by their SHA-256\n";

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct Tally
{
    std::atomic<int> posts{0};
    std::atomic<int> erasures{0};
    std::atomic<int> sweeps{0};
    std::atomic<int> missingAfterCommit{0};
    std::atomic<int> errors{0};
    QStringList messages; // first few errors, for the failure report
    std::mutex lock;

    void error(const QString &what)
    {
        ++errors;
        std::lock_guard<std::mutex> guard(lock);
        if (messages.size() < 5)
            messages.append(what);
    }
};

std::unique_ptr<Workspace> openInstance(const QString &dataDir, qint64 graceMs)
{
    WorkspaceOptions options;
    options.dataDir = dataDir;
    options.sweepOnOpen = false;
    options.sweepGraceMs = graceMs;
    auto ws = Workspace::open(options);
    if (!ws)
        qFatal("open: %s", qPrintable(ws.error().message));
    return std::move(ws).value();
}

// A person who over and over gets a fresh profile, attaches the shared bytes, checks that the
// committed attachment's file is there and whole, and erases the profile again (which removes
// the file when nobody else refers to it at that moment).
void reuseAndErase(const QString &dataDir, qint64 identityId, qint64 partnerId,
                   QDeadlineTimer deadline, Tally *tally)
{
    auto ws = openInstance(dataDir, 0);
    while (!deadline.hasExpired()) {
        auto me = ws->accounts().ensureProfile(identityId);
        if (!me) {
            tally->error(me.error().message);
            continue;
        }
        auto chat = ws->conversations().direct(me->id, partnerId);
        if (!chat) {
            tally->error(chat.error().message);
            continue;
        }
        auto m = ws->messages().post(
            me->id, chat->id,
            OutgoingMessage{MessageKind::Text,
                            QStringLiteral("again"),
                            {},
                            {NewAttachment::fromData(QStringLiteral("shared.txt"), kShared)}});
        if (!m) {
            tally->error(m.error().message);
            continue;
        }
        ++tally->posts;
        // Committed, and only this thread erases this profile: the bytes must be there now.
        QFile file(ws->blobs().pathFor(m->attachments.first().sha256));
        if (!file.open(QIODevice::ReadOnly) || file.readAll() != kShared)
            ++tally->missingAfterCommit;
        if (Status s = ws->eraser().erase(me->id, RevokeReason::ProfileDeleted); !s)
            tally->error(s.error().message);
        else
            ++tally->erasures;
    }
}

// Another instance starting over and over: its sweep removes unreferenced blobs.
void sweepAgainAndAgain(const QString &dataDir, QDeadlineTimer deadline, Tally *tally)
{
    auto ws = openInstance(dataDir, 50);
    while (!deadline.hasExpired()) {
        if (auto swept = ws->sweepBlobs(); !swept)
            tally->error(swept.error().message);
        else
            ++tally->sweeps;
    }
}

} // namespace

class TestBlobRace : public QObject
{
    Q_OBJECT

private slots:
    void reuseNeverLosesToRemoval()
    {
        TestWorkspace tw;
        const Profile partner = tw.person(QStringLiteral("partner@example.com"));
        QList<qint64> identities;
        for (int i = 0; i < 3; ++i)
            identities.append(tw.person(QStringLiteral("p%1@example.com").arg(i)).identityId);
        // Stored once, long enough ago for the sweeper's grace.
        QVERIFY(tw->blobs().putData(kShared).ok());
        QTest::qWait(100);

        Tally tally;
        const QDeadlineTimer deadline(qEnvironmentVariableIntValue("CARILLON_RACE_MS") > 0
                                          ? qEnvironmentVariableIntValue("CARILLON_RACE_MS")
                                          : 4000);
        std::vector<std::thread> threads;
        for (qint64 identity : std::as_const(identities))
            threads.emplace_back(reuseAndErase, tw.dir.path(), identity, partner.id, deadline,
                                 &tally);
        threads.emplace_back(sweepAgainAndAgain, tw.dir.path(), deadline, &tally);
        for (std::thread &t : threads)
            t.join();

        qInfo("%d posts, %d erasures and %d sweeps raced; %d attachments missed their bytes",
              tally.posts.load(), tally.erasures.load(), tally.sweeps.load(),
              tally.missingAfterCommit.load());
        QVERIFY2(tally.errors == 0, qPrintable(tally.messages.join(QLatin1Char('\n'))));
        QVERIFY(tally.posts > 50 && tally.erasures > 50 && tally.sweeps > 5);
        QCOMPARE(tally.missingAfterCommit.load(), 0);

        // And what is committed now has its bytes.
        auto q = tw->db().exec(QStringLiteral("SELECT DISTINCT sha256 FROM attachments"));
        QVERIFY(q.ok());
        while (q->next()) {
            QFile file(tw->blobs().pathFor(q->value(0).toString()));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(sha256Hex(file.readAll()), q->value(0).toString());
        }
    }
};

QTEST_GUILESS_MAIN(TestBlobRace)
#include "tst_blobrace.moc"
