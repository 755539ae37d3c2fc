// The demo data set: the people and roles the README documents, attachments placed so that every
// "Get my attachments" case shows, real files ordinary programs open, and the same bytes on every
// reset.

#include "core/DemoData.h"
#include "core/EmbeddedBackend.h"
#include "support/TestWorkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace carillon;
using carillon::test::TestWorkspace;

namespace {

Profile profileOf(TestWorkspace &tw, const QString &email)
{
    auto p = tw->accounts().profileByEmail(email);
    if (!p)
        qFatal("no demo profile %s: %s", qPrintable(email), qPrintable(p.error().message));
    return *p;
}

// file name|sha256|size|conversation title of every attachment, oldest first.
QStringList attachmentFingerprint(TestWorkspace &tw)
{
    QStringList rows;
    auto q = tw->db().exec(QStringLiteral("SELECT a.file_name, a.sha256, a.size, c.title FROM "
                                          "attachments a JOIN conversations c ON c.id = "
                                          "a.conversation_id ORDER BY a.id"));
    while (q && q->next()) {
        rows << QStringLiteral("%1|%2|%3|%4")
                    .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                         q->value(3).toString());
    }
    return rows;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WorkspaceOptions demo;
        demo.demo = true;
        m_tw = std::make_unique<TestWorkspace>(demo);
        Status s = DemoData::reset(*m_tw->ws);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
    }
    void cleanupTestCase() { m_tw.reset(); }

    void everyoneExists()
    {
        TestWorkspace &tw = *m_tw;
        const QList<DemoPerson> people = DemoData::people();
        QVERIFY(people.size() >= 5);
        for (const DemoPerson &p : people) {
            auto profile = tw->accounts().profileByEmail(p.email);
            QVERIFY2(profile.ok(), qPrintable(p.email));
            QCOMPARE(profile->displayName, p.name);
            QVERIFY(!p.role.isEmpty());
            QVERIFY(tw->accounts().identityByEmail(p.email).ok());
        }
        // Demo accounts sign in with the documented password.
        auto grant = tw->sessions().signIn(QStringLiteral("ada@example.com"), DemoData::password(),
                                           QStringLiteral("demo"));
        QVERIFY2(grant.ok(), qPrintable(grant.error().message));
    }

    void managedStatusesMatchRoles_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("organisation");
        const QString none = toString(ManagedStatus::Unmanaged);
        QTest::newRow("ada") << QStringLiteral("ada@example.com") << none << QString();
        QTest::newRow("grace") << QStringLiteral("grace@example.com") << none << QString();
        QTest::newRow("linus") << QStringLiteral("linus@example.org") << none << QString();
        QTest::newRow("mae (invited only)")
            << QStringLiteral("mae@example.net") << none << QString();
        QTest::newRow("tomas") << QStringLiteral("tomas@example.com")
                               << toString(ManagedStatus::Team) << QStringLiteral("Orbit Labs");
        QTest::newRow("erin") << QStringLiteral("erin@initech.example")
                              << toString(ManagedStatus::Enterprise) << QStringLiteral("Initech");
        QTest::newRow("sam (team too)")
            << QStringLiteral("sam@initech.example") << toString(ManagedStatus::Enterprise)
            << QStringLiteral("Initech");
    }

    void managedStatusesMatchRoles()
    {
        QFETCH(QString, email);
        QFETCH(QString, status);
        QFETCH(QString, organisation);
        auto m = m_tw->ws->orgs().managed(email);
        QVERIFY(m.ok());
        QCOMPARE(toString(m->status), status);
        QCOMPARE(m->organisation, organisation);
    }

    void assistantNotYetInvited()
    {
        TestWorkspace &tw = *m_tw;
        const Profile assistant = tw->assistantProfile();
        auto q = tw->db().scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE owner_id = ? "
                                                "OR contact_id = ?"),
                                 {assistant.id, assistant.id});
        QCOMPARE(q->toInt(), 0);
        auto inv = tw->db().scalar(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE "
                                                  "to_email = ?"),
                                   {assistant.email});
        QCOMPARE(inv->toInt(), 0);
        QCOMPARE(tw->conversations().summaries(assistant.id)->size(), 0);
        // Ada does have ordinary contacts, and an open invitation from Mae.
        QVERIFY(
            tw->contacts().contacts(profileOf(tw, QStringLiteral("ada@example.com")).id)->size() >=
            3);
        auto pending =
            tw->contacts().pendingInvitations(profileOf(tw, QStringLiteral("ada@example.com")).id);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().from.email, QStringLiteral("mae@example.net"));
    }

    void adasAttachmentsCoverEveryCase_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("roomCreator"); // rooms only: who created it
        QTest::addColumn<QString>("uploader");    // "ada" or "other" (or an exact address)
        // Listed for Ada (IN).
        QTest::newRow("IN her 1:1 upload")
            << QStringLiteral("direct") << QString() << QStringLiteral("ada");
        QTest::newRow("IN her group upload")
            << QStringLiteral("group") << QString() << QStringLiteral("ada");
        QTest::newRow("IN her room, her upload")
            << QStringLiteral("room") << QStringLiteral("ada@example.com") << QStringLiteral("ada");
        QTest::newRow("IN her room, others' upload")
            << QStringLiteral("room") << QStringLiteral("ada@example.com")
            << QStringLiteral("other");
        // Not listed (OUT).
        QTest::newRow("OUT others' upload in her 1:1")
            << QStringLiteral("direct") << QString() << QStringLiteral("other");
        QTest::newRow("OUT others' upload in her group")
            << QStringLiteral("group") << QString() << QStringLiteral("other");
        QTest::newRow("OUT Linus's upload in his room")
            << QStringLiteral("room") << QStringLiteral("linus@example.org")
            << QStringLiteral("linus@example.org");
        QTest::newRow("OUT her upload in Linus's room")
            << QStringLiteral("room") << QStringLiteral("linus@example.org")
            << QStringLiteral("ada");
    }

    void adasAttachmentsCoverEveryCase()
    {
        QFETCH(QString, kind);
        QFETCH(QString, roomCreator);
        QFETCH(QString, uploader);
        TestWorkspace &tw = *m_tw;
        const qint64 ada = profileOf(tw, QStringLiteral("ada@example.com")).id;
        QString sql = QStringLiteral("SELECT COUNT(*) FROM attachments a JOIN conversations c ON "
                                     "c.id = a.conversation_id JOIN members m ON "
                                     "m.conversation_id = c.id AND m.profile_id = ? "
                                     "WHERE c.kind = ?");
        QVariantList binds{ada, kind};
        if (!roomCreator.isEmpty()) {
            sql += QStringLiteral(" AND c.creator_id = ?");
            binds << profileOf(tw, roomCreator).id;
        }
        if (uploader == QLatin1String("ada")) {
            sql += QStringLiteral(" AND a.uploader_id = ?");
            binds << ada;
        } else if (uploader == QLatin1String("other")) {
            sql += QStringLiteral(" AND a.uploader_id <> ?");
            binds << ada;
        } else {
            sql += QStringLiteral(" AND a.uploader_id = ?");
            binds << profileOf(tw, uploader).id;
        }
        auto q = tw->db().exec(sql, binds);
        QVERIFY(q.ok());
        QVERIFY(q->next());
        QVERIFY2(q->value(0).toInt() >= 1, "the demo data lacks this case");
    }

    void filesAreRealAndIntact()
    {
        TestWorkspace &tw = *m_tw;
        auto q = tw->db().exec(QStringLiteral("SELECT file_name, mime_type, size, sha256 FROM "
                                              "attachments ORDER BY id"));
        QVERIFY(q.ok());
        int total = 0, pngs = 0, pdfs = 0;
        while (q->next()) {
            ++total;
            const QString name = q->value(0).toString();
            const QString mime = q->value(1).toString();
            const QString sha = q->value(3).toString();
            QFile f(tw->blobs().pathFor(sha));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
            const QByteArray bytes = f.readAll();
            QCOMPARE(bytes.size(), q->value(2).toLongLong());
            QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                     sha);
            if (name.endsWith(QLatin1String(".png"))) {
                ++pngs;
                QCOMPARE(mime, QStringLiteral("image/png"));
                QImage image;
                QVERIFY2(image.loadFromData(bytes, "PNG"), qPrintable(name));
                QVERIFY(image.width() > 0 && image.height() > 0);
            } else if (name.endsWith(QLatin1String(".pdf"))) {
                ++pdfs;
                QCOMPARE(mime, QStringLiteral("application/pdf"));
                QVERIFY2(bytes.startsWith("%PDF-"), qPrintable(name));
                QVERIFY(bytes.trimmed().endsWith("%%EOF"));
            }
        }
        QVERIFY(total >= 10);
        QVERIFY(pngs >= 2);
        QVERIFY(pdfs >= 2);
    }

    void resetIsDeterministic()
    {
        TestWorkspace &tw = *m_tw;
        const QStringList first = attachmentFingerprint(tw);
        const auto countsFirst = tw.tableCounts();
        QVERIFY(!first.isEmpty());
        // A session from before the reset ends: running instances go back to sign-in.
        auto session = tw->sessions().openSession(
            tw->accounts().identityByEmail(QStringLiteral("grace@example.com"))->id,
            QStringLiteral("old"));
        QVERIFY(session.ok());
        // Data added since is dropped.
        const qint64 grace = profileOf(tw, QStringLiteral("grace@example.com")).id;
        const qint64 linus = profileOf(tw, QStringLiteral("linus@example.org")).id;
        auto chat = tw->conversations().direct(grace, linus);
        QVERIFY(tw->messages().postText(grace, chat->id, QStringLiteral("extra")).ok());

        QVERIFY(DemoData::reset(*tw.ws).ok());
        QCOMPARE(attachmentFingerprint(tw), first);
        auto counts = tw.tableCounts();
        counts.remove(QStringLiteral("sessions"));
        auto expected = countsFirst;
        expected.remove(QStringLiteral("sessions"));
        QCOMPARE(counts, expected);
        QVERIFY(!tw->sessions().state(session->sessionId).active);
        QCOMPARE(tw.tableCounts().value(QStringLiteral("sessions")), 0);
    }

    void ensureSeededIsIdempotent()
    {
        WorkspaceOptions demo;
        demo.demo = true;
        TestWorkspace fresh(demo);
        QVERIFY(DemoData::ensureSeeded(*fresh.ws).ok());
        QVERIFY(fresh->accounts().profileByEmail(QStringLiteral("ada@example.com")).ok());
        const auto counts = fresh.tableCounts();
        const QStringList files = attachmentFingerprint(fresh);
        QCOMPARE(files, attachmentFingerprint(*m_tw)); // same data set as a reset gives

        // Whatever happened since, a second call leaves the data alone.
        const qint64 ada = profileOf(fresh, QStringLiteral("ada@example.com")).id;
        const qint64 grace = profileOf(fresh, QStringLiteral("grace@example.com")).id;
        auto chat = fresh->conversations().direct(ada, grace);
        QVERIFY(fresh->messages().postText(ada, chat->id, QStringLiteral("still here?")).ok());
        QVERIFY(DemoData::ensureSeeded(*fresh.ws).ok());
        QVERIFY(DemoData::ensureSeeded(*fresh.ws).ok());
        auto after = fresh.tableCounts();
        QCOMPARE(after.value(QStringLiteral("messages")),
                 counts.value(QStringLiteral("messages")) + 1);
        after[QStringLiteral("messages")] -= 1;
        QCOMPARE(after, counts);
        QCOMPARE(attachmentFingerprint(fresh), files);
    }

    void durationsNeedAUnitAndStayBounded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("says");
        QTest::newRow("hours") << QStringLiteral("24h") << qint64(86'400'000) << QString();
        QTest::newRow("mixed") << QStringLiteral("1d 12h") << qint64(129'600'000) << QString();
        QTest::newRow("seconds") << QStringLiteral("90s") << qint64(90'000) << QString();
        QTest::newRow("ten years") << QStringLiteral("3653d") << kMaxClockOffsetMs << QString();
        QTest::newRow("bare number")
            << QStringLiteral("24") << qint64(-1) << QStringLiteral("24h?");
        QTest::newRow("beyond ten years")
            << QStringLiteral("3654d") << qint64(-1) << QStringLiteral("at most 10 years");
        QTest::newRow("would overflow")
            << QStringLiteral("106751991167d") << qint64(-1) << QStringLiteral("at most 10 years");
        QTest::newRow("too many digits") << QStringLiteral("99999999999999999999999h") << qint64(-1)
                                         << QStringLiteral("at most 10 years");
        QTest::newRow("sum beyond")
            << QStringLiteral("3000d 2000d") << qint64(-1) << QStringLiteral("at most 10 years");
        QTest::newRow("no number")
            << QStringLiteral("h") << qint64(-1) << QStringLiteral("not a duration");
        QTest::newRow("negative") << QStringLiteral("-5h") << qint64(-1)
                                  << QStringLiteral("not a duration");
        QTest::newRow("empty") << QString() << qint64(-1) << QStringLiteral("not a duration");
    }

    void durationsNeedAUnitAndStayBounded()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QFETCH(QString, says);
        auto parsed = parseDuration(text);
        QCOMPARE(parseDurationMs(text), ms);
        if (ms >= 0) {
            QCOMPARE(*parsed, ms);
        } else {
            QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
            QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
        }
    }

    void demoClockStaysWithinTenYears()
    {
        WorkspaceOptions options;
        options.demo = true;
        QTemporaryDir dir;
        options.dataDir = dir.path();
        auto ws = Workspace::open(options);
        QVERIFY(ws.ok());
        QVERIFY((*ws)->advanceClock(kMaxClockOffsetMs - 1000).ok());
        QCOMPARE((*ws)->advanceClock(2000).error().code, ErrorCode::InvalidInput);
        QCOMPARE((*ws)->clockOffsetMs(), kMaxClockOffsetMs - 1000);
        QVERIFY((*ws)->clock().now().isValid());
    }

    void folderRecordsItsKind()
    {
        QTemporaryDir dir;
        WorkspaceOptions options;
        options.dataDir = dir.filePath(QStringLiteral("real"));
        {
            auto real = Workspace::open(options);
            QVERIFY(real.ok());
            QVERIFY(!(*real)->isDemo());
        }
        // No flag turns it into a demo folder, and demo opens are refused before any write.
        options.demo = true;
        auto refused = Workspace::open(options);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(QStringLiteral("holds real data")));
        QCOMPARE(*Workspace::probeKind(options.dataDir), std::optional(FolderKind::Real));

        options.dataDir = dir.filePath(QStringLiteral("demo"));
        QCOMPARE(*Workspace::probeKind(options.dataDir), std::optional<FolderKind>());
        {
            auto demo = Workspace::open(options);
            QVERIFY(demo.ok());
            QVERIFY(DemoData::reset(**demo).ok());
            QVERIFY((*demo)->isDemo());
        }
        // Opened without the demo flag it stays a demo folder, reset or not.
        options.demo = false;
        auto again = Workspace::open(options);
        QVERIFY(again.ok());
        QVERIFY((*again)->isDemo());
        QVERIFY(DemoData::reset(**again).ok());
        QVERIFY((*again)->isDemo());
    }

    void realFolderWithPeopleIsNeverReset()
    {
        TestWorkspace tw;
        tw.person(QStringLiteral("zed@example.com"));
        const auto before = tw.tableCounts();
        QCOMPARE(DemoData::reset(*tw.ws).error().code, ErrorCode::InvalidInput);
        QCOMPARE(DemoData::ensureSeeded(*tw.ws).error().code, ErrorCode::InvalidInput);
        QVERIFY(!tw->state(DemoData::seededStateKey())->size());
        QCOMPARE(tw.tableCounts(), before);
    }

    void foldersFromBeforeKindsAreJudgedByTheirPeople()
    {
        // A folder of an older version: no recorded kind. Demo only when it holds nothing but
        // the demo data set.
        const auto forget = [](Workspace &ws) {
            return ws.db().exec(QStringLiteral("DELETE FROM app_state WHERE key = 'folder.kind'"));
        };
        QTemporaryDir dir;
        WorkspaceOptions options;
        options.dataDir = dir.path();
        options.demo = true;
        {
            auto ws = Workspace::open(options);
            QVERIFY(DemoData::reset(**ws).ok());
            QVERIFY(forget(**ws).ok());
        }
        QCOMPARE(*Workspace::probeKind(dir.path()), std::optional(FolderKind::Demo));
        {
            auto ws = Workspace::open(options); // records what it found
            QVERIFY(ws.ok());
            QVERIFY((*ws)->isDemo());
            QVERIFY(forget(**ws).ok());
            QVERIFY((*ws)->accounts().createPerson(QStringLiteral("real@example.com"), {},
                                                   QStringLiteral("long enough 1")));
        }
        // A real person signed up in it (as the CARILLON_DATA_DIR bug made possible): real.
        QCOMPARE(*Workspace::probeKind(dir.path()), std::optional(FolderKind::Real));
        QCOMPARE(Workspace::open(options).error().code, ErrorCode::InvalidInput);
    }

    void passwordlessSignInRefusesARealFolder()
    {
        TestWorkspace tw;
        tw.person(QStringLiteral("ada@example.com"));
        EmbeddedBackend backend(*tw.ws);
        QVERIFY(backend.demoPeople().isEmpty());
        auto signedIn = backend.signInDemo(QStringLiteral("ada@example.com"));
        QCOMPARE(signedIn.error().code, ErrorCode::Forbidden);
        QCOMPARE(tw.tableCounts().value(QStringLiteral("sessions")), 0);
    }

private:
    std::unique_ptr<TestWorkspace> m_tw;
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
