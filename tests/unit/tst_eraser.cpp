// "Delete me": the eraser removes everything the person authored or belongs to, signs every
// device out and keeps the identity, while everyone else's data stays exactly as it was.

#include "support/TestWorkspace.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace carillon;
using carillon::test::TestWorkspace;

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Rows of a query as text, one string per row, for before/after comparisons.
QStringList dump(TestWorkspace &tw, const QString &sql, const QVariantList &binds = {})
{
    auto q = tw->db().exec(sql, binds);
    if (!q) {
        QTest::qFail(qPrintable(q.error().message), __FILE__, __LINE__);
        return {};
    }
    QStringList rows;
    while (q->next()) {
        QStringList cells;
        for (int i = 0; i < q->record().count(); ++i)
            cells << (q->value(i).isNull() ? QStringLiteral("NULL") : q->value(i).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

int count(TestWorkspace &tw, const QString &sql, const QVariantList &binds = {})
{
    auto q = tw->db().exec(sql, binds);
    if (!q)
        QTest::qFail(qPrintable(q.error().message), __FILE__, __LINE__);
    return q && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

class TestEraser : public QObject
{
    Q_OBJECT

    // The small world: Vic is erased; Olga and Pete stay.
    struct World
    {
        Profile vic, olga, pete, assistant;
        Conversation vicOlga, vicAssistant, group, vicRoom, olgaRoom, soloRoom;
        SessionGrant vicLaptop, vicPhone, olgaLaptop;
        qint64 vicMeeting = 0, olgaMeeting = 0;
        QByteArray shared, vicOnly, vicInOlgaRoom, olgaUpload;
    };

    Message post(qint64 sender, const Conversation &c, const QString &body,
                 const QString &fileName = {}, const QByteArray &bytes = {})
    {
        OutgoingMessage out{MessageKind::Text, body, {}, {}};
        if (!fileName.isEmpty())
            out.attachments << NewAttachment::fromData(fileName, bytes);
        auto m = m_tw->ws->messages().post(sender, c.id, out);
        if (!m)
            qFatal("post failed: %s", qPrintable(m.error().message));
        m_tw->clock.advanceMs(1000);
        return *m;
    }

    template <typename T> static T must(Result<T> r)
    {
        if (!r)
            qFatal("setup failed: %s", qPrintable(r.error().message));
        return std::move(r).value();
    }

    void buildWorld()
    {
        TestWorkspace &tw = *m_tw;
        World &w = m_w;
        w.vic = tw.person(QStringLiteral("vic@example.com"), QStringLiteral("Vic"));
        w.olga = tw.person(QStringLiteral("olga@example.com"), QStringLiteral("Olga"));
        w.pete = tw.person(QStringLiteral("pete@example.com"), QStringLiteral("Pete"));
        w.assistant = tw->assistantProfile();
        w.shared = "the same bytes, uploaded by Vic and by Pete\n";
        w.vicOnly = "only Vic ever uploaded this\n";
        w.vicInOlgaRoom = "Vic's photo in Olga's room\n";
        w.olgaUpload = "Olga's spreadsheet\n";

        auto &conv = tw->conversations();
        w.vicOlga = must(conv.direct(w.vic.id, w.olga.id));
        w.vicAssistant = must(conv.direct(w.vic.id, w.assistant.id));
        w.group =
            must(conv.createGroup(w.olga.id, QStringLiteral("Friends"), {w.vic.id, w.pete.id}));
        w.vicRoom =
            must(conv.createRoom(w.vic.id, QStringLiteral("Vic's room"), {w.olga.id, w.pete.id}));
        w.olgaRoom = must(conv.createRoom(w.olga.id, QStringLiteral("Olga's room"), {w.vic.id}));
        w.soloRoom =
            must(conv.createRoom(w.vic.id, QStringLiteral("Notes to self"), {w.assistant.id}));

        post(w.vic.id, w.vicOlga, QStringLiteral("hi Olga"), QStringLiteral("shared.txt"),
             w.shared);
        post(w.olga.id, w.vicOlga, QStringLiteral("hi Vic"), QStringLiteral("sheet.csv"),
             w.olgaUpload);
        post(w.vic.id, w.vicAssistant, QStringLiteral("Help"));
        post(w.assistant.id, w.vicAssistant, QStringLiteral("Here is what I can do."));
        post(w.vic.id, w.group, QStringLiteral("group photo"), QStringLiteral("mine.txt"),
             w.vicOnly);
        post(w.pete.id, w.group, QStringLiteral("same file"), QStringLiteral("copy.txt"), w.shared);
        post(w.vic.id, w.vicRoom, QStringLiteral("welcome"), QStringLiteral("mine-again.txt"),
             w.vicOnly);
        post(w.olga.id, w.vicRoom, QStringLiteral("my sheet here too"), QStringLiteral("s.csv"),
             w.olgaUpload);
        post(w.pete.id, w.vicRoom, QStringLiteral("thanks"));
        post(w.vic.id, w.olgaRoom, QStringLiteral("photo"), QStringLiteral("photo.txt"),
             w.vicInOlgaRoom);
        post(w.olga.id, w.olgaRoom, QStringLiteral("nice"));
        post(w.vic.id, w.soloRoom, QStringLiteral("remember the milk"));
        QVERIFY(tw->conversations().markRead(w.vicRoom.id, w.olga.id, 1).ok());

        auto &contacts = tw->contacts();
        QVERIFY(contacts.invite(w.vic.id, w.olga.email).ok());
        QVERIFY(contacts.accept(w.olga.id, w.vic.email).ok());
        QVERIFY(contacts.invite(w.vic.id, w.assistant.email).ok());
        QVERIFY(contacts.invite(w.pete.id, w.vic.email).ok()); // open invitation to Vic
        QVERIFY(contacts.invite(w.vic.id, QStringLiteral("stranger@example.com")).ok());
        QVERIFY(contacts.invite(w.olga.id, w.pete.email).ok());

        const qint64 tomorrow = tw.clock.nowMs() + 86'400'000;
        w.vicMeeting = must(tw->meetings().schedule(w.vic.id, QStringLiteral("Vic's sync"),
                                                    tomorrow, 30, {w.olga.id}))
                           .id;
        w.olgaMeeting = must(tw->meetings().schedule(w.olga.id, QStringLiteral("Olga's review"),
                                                     tomorrow, 60, {w.vic.id, w.pete.id}))
                            .id;

        w.vicLaptop = must(tw->sessions().openSession(w.vic.identityId, QStringLiteral("laptop")));
        w.vicPhone = must(tw->sessions().openSession(w.vic.identityId, QStringLiteral("phone")));
        w.olgaLaptop =
            must(tw->sessions().openSession(w.olga.identityId, QStringLiteral("laptop")));
    }

    // Everything that does not belong to Vic, nor to a conversation only Vic was in.
    QStringList othersData()
    {
        TestWorkspace &tw = *m_tw;
        const World &w = m_w;
        const QString keep = QStringLiteral("(%1, %2, %3, %4)")
                                 .arg(w.vicOlga.id)
                                 .arg(w.group.id)
                                 .arg(w.vicRoom.id)
                                 .arg(w.olgaRoom.id);
        const QVariantList v{w.vic.id};
        QStringList all;
        const QList<std::pair<QString, QVariantList>> queries = {
            {QStringLiteral("SELECT * FROM identities ORDER BY id"), {}},
            {QStringLiteral("SELECT * FROM profiles WHERE id <> ? ORDER BY id"), v},
            {QStringLiteral("SELECT * FROM sessions WHERE identity_id <> ? ORDER BY id"),
             {w.vic.identityId}},
            {QStringLiteral("SELECT id, kind, title, direct_key, created_at FROM conversations "
                            "WHERE id IN %1 ORDER BY id")
                 .arg(keep),
             {}},
            {QStringLiteral("SELECT * FROM members WHERE profile_id <> ? AND conversation_id IN "
                            "%1 ORDER BY conversation_id, profile_id")
                 .arg(keep),
             v},
            {QStringLiteral("SELECT * FROM messages WHERE sender_id <> ? AND conversation_id IN "
                            "%1 ORDER BY id")
                 .arg(keep),
             v},
            {QStringLiteral("SELECT * FROM attachments WHERE uploader_id <> ? AND "
                            "conversation_id IN %1 ORDER BY id")
                 .arg(keep),
             v},
            {QStringLiteral("SELECT * FROM contacts WHERE owner_id <> ? AND contact_id <> ? "
                            "ORDER BY owner_id, contact_id"),
             {w.vic.id, w.vic.id}},
            {QStringLiteral("SELECT * FROM invitations WHERE from_id <> ? AND to_email <> ? "
                            "ORDER BY id"),
             {w.vic.id, w.vic.email}},
            {QStringLiteral("SELECT * FROM meetings WHERE organiser_id <> ? ORDER BY id"), v},
            {QStringLiteral("SELECT * FROM meeting_invitees WHERE profile_id <> ? AND meeting_id "
                            "<> ? ORDER BY meeting_id, profile_id"),
             {w.vic.id, w.vicMeeting}},
        };
        for (const auto &[sql, binds] : queries) {
            all << QStringLiteral("-- ") + sql;
            all << dump(tw, sql, binds);
        }
        return all;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_w = World{};
        buildWorld();
    }
    void cleanup() { m_tw.reset(); }

    void previewCounts()
    {
        auto p = m_tw->ws->eraser().preview(m_w.vic.id);
        QVERIFY(p.ok());
        QCOMPARE(p->conversations, 6);
        QCOMPARE(p->messages, 6);
        QCOMPARE(p->attachments, 4);
        QCOMPARE(p->roomsCreated, 2);
        QCOMPARE(p->contacts, 2); // Olga and the assistant
        QCOMPARE(p->meetings, 1);
        // A preview changes nothing.
        const auto before = m_tw->tableCounts();
        QVERIFY(m_tw->ws->eraser().preview(m_w.vic.id).ok());
        QCOMPARE(m_tw->tableCounts(), before);
    }

    void eraseRemovesTheProfileAndItsData()
    {
        TestWorkspace &tw = *m_tw;
        const World &w = m_w;
        const QStringList othersBefore = othersData();
        const int identities = tw.tableCounts().value(QStringLiteral("identities"));
        QVERIFY(tw->blobs().contains(sha256Hex(w.vicOnly)));
        QVERIFY(tw->blobs().contains(sha256Hex(w.vicInOlgaRoom)));

        Status s = tw->eraser().erase(w.vic.id, RevokeReason::ProfileDeleted);
        QVERIFY2(s.ok(), qPrintable(s.error().message));

        // Every device signed out, with the reason; Olga is still signed in.
        for (const SessionGrant *g : {&w.vicLaptop, &w.vicPhone}) {
            const SessionState st = tw->sessions().state(g->sessionId);
            QVERIFY(!st.active);
            QCOMPARE(toString(st.reason), toString(RevokeReason::ProfileDeleted));
        }
        QVERIFY(tw->sessions().state(w.olgaLaptop.sessionId).active);
        QCOMPARE(tw->sessions().resume(w.vicPhone.token, QStringLiteral("phone")).error().code,
                 ErrorCode::Forbidden);

        // The profile is gone; the identity stays.
        QCOMPARE(tw->accounts().profile(w.vic.id).error().code, ErrorCode::NotFound);
        QCOMPARE(tw.tableCounts().value(QStringLiteral("identities")), identities);
        QVERIFY(tw->accounts().identityByEmail(w.vic.email).ok());

        const QVariantList v{w.vic.id};
        QCOMPARE(count(tw,
                       QStringLiteral("SELECT COUNT(*) FROM contacts WHERE owner_id = ? OR "
                                      "contact_id = ?"),
                       {w.vic.id, w.vic.id}),
                 0);
        QCOMPARE(count(tw,
                       QStringLiteral("SELECT COUNT(*) FROM invitations WHERE from_id = ? OR "
                                      "to_email = ?"),
                       {w.vic.id, w.vic.email}),
                 0);
        QCOMPARE(count(tw, QStringLiteral("SELECT COUNT(*) FROM messages WHERE sender_id = ?"), v),
                 0);
        QCOMPARE(
            count(tw, QStringLiteral("SELECT COUNT(*) FROM attachments WHERE uploader_id = ?"), v),
            0);
        QCOMPARE(count(tw, QStringLiteral("SELECT COUNT(*) FROM members WHERE profile_id = ?"), v),
                 0);
        QCOMPARE(count(tw,
                       QStringLiteral("SELECT COUNT(*) FROM meeting_invitees WHERE profile_id = ?"),
                       v),
                 0);
        auto petes = tw->contacts().pendingInvitations(w.pete.id);
        QCOMPARE(petes->size(), 1); // Olga's, not Vic's
        QCOMPARE(petes->first().from.id, w.olga.id);

        // Vic's files are removed from disk unless someone else's attachment has the same bytes.
        QVERIFY(!tw->blobs().contains(sha256Hex(w.vicOnly)));
        QVERIFY(!tw->blobs().contains(sha256Hex(w.vicInOlgaRoom)));
        QVERIFY(tw->blobs().contains(sha256Hex(w.shared)));
        QVERIFY(tw->blobs().contains(sha256Hex(w.olgaUpload)));

        // Conversations with a person left stay; the others go (the assistant does not count).
        for (const Conversation *c : {&w.vicOlga, &w.group, &w.vicRoom, &w.olgaRoom})
            QVERIFY2(tw->conversations().conversation(c->id).ok(), qPrintable(c->title));
        QCOMPARE(tw->conversations().conversation(w.soloRoom.id).error().code, ErrorCode::NotFound);
        QCOMPARE(tw->conversations().conversation(w.vicAssistant.id).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(tw->conversations().conversation(w.vicRoom.id)->memberIds,
                 (QList<qint64>{w.olga.id, w.pete.id}));
        // Olga's 1:1 with Vic shows Vic's former name, marked as deleted, not "Only you".
        QCOMPARE(tw->conversations().conversation(w.vicOlga.id)->title,
                 QStringLiteral("%1 (deleted)").arg(w.vic.displayName));
        const QList<ConversationSummary> olgasChats =
            tw->conversations().summaries(w.olga.id).value();
        for (const ConversationSummary &s : olgasChats) {
            if (s.conversation.id == w.vicOlga.id)
                QCOMPARE(s.displayTitle, QStringLiteral("%1 (deleted)").arg(w.vic.displayName));
        }

        // Meetings Vic organised are cancelled; Olga's meeting stays without Vic.
        auto olgas = tw->meetings().meetingsFor(w.olga.id);
        QCOMPARE(olgas->size(), 1);
        QCOMPARE(olgas->first().id, w.olgaMeeting);
        QCOMPARE(olgas->first().inviteeIds, QList<qint64>{w.pete.id});

        // Unchanged, except that the 1:1 Vic was in no longer answers to the pair's key (a
        // later profile may get Vic's id back; see aReusedProfileIdStartsAFreshChat) and keeps
        // Vic's name as its title, so Olga's chat is not named after nobody.
        QStringList expected = othersBefore;
        const QString vicsKey = QStringLiteral("||%1:%2|")
                                    .arg(qMin(w.vic.id, w.olga.id))
                                    .arg(qMax(w.vic.id, w.olga.id));
        for (QString &row : expected)
            row.replace(vicsKey, QStringLiteral("|%1|NULL|").arg(w.vic.displayName));
        QVERIFY(expected != othersBefore);
        const QStringList othersAfter = othersData();
        QCOMPARE(othersAfter, expected);

        // Erasing twice, or erasing the assistant, is refused.
        QCOMPARE(tw->eraser().erase(w.vic.id, RevokeReason::ProfileDeleted).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(tw->eraser().erase(w.assistant.id, RevokeReason::ProfileDeleted).error().code,
                 ErrorCode::NotFound);
        QVERIFY(tw->accounts().assistant().ok());
    }

    void aReusedProfileIdStartsAFreshChat()
    {
        TestWorkspace &tw = *m_tw;
        // The newest profile: SQLite hands its id out again once it is deleted.
        const Profile zoe = tw.person(QStringLiteral("zoe@example.com"));
        auto chat = tw->conversations().direct(zoe.id, m_w.olga.id);
        QVERIFY(chat.ok());
        post(m_w.olga.id, *chat, QStringLiteral("for Zoe's eyes only"));
        QVERIFY(tw->eraser().erase(zoe.id, RevokeReason::ProfileDeleted).ok());
        auto again = tw->accounts().ensureProfile(zoe.identityId);
        QVERIFY(again.ok());
        auto fresh = tw->conversations().direct(again->id, m_w.olga.id);
        QVERIFY2(fresh.ok(), qPrintable(fresh.error().message));
        QVERIFY(fresh->id != chat->id);
        QCOMPARE(*tw->messages().messageCount(fresh->id), 0);
    }

    void signingInAgainGivesANewEmptyProfile()
    {
        TestWorkspace &tw = *m_tw;
        QVERIFY(tw->eraser().erase(m_w.vic.id, RevokeReason::ProfileDeleted).ok());
        auto again = tw->sessions().openSession(m_w.vic.identityId, QStringLiteral("laptop"));
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        const qint64 fresh = again->profile.id;
        QVERIFY(fresh != m_w.vic.id);
        QCOMPARE(again->profile.email, m_w.vic.email);
        QCOMPARE(tw->conversations().summaries(fresh)->size(), 0);
        QCOMPARE(tw->contacts().contacts(fresh)->size(), 0);
        QCOMPARE(tw->contacts().pendingInvitations(fresh)->size(), 0);
        QCOMPARE(tw->meetings().meetingsFor(fresh)->size(), 0);
        auto p = tw->eraser().preview(fresh);
        QCOMPARE(p->conversations + p->messages + p->attachments + p->contacts + p->meetings, 0);
        QVERIFY(tw->sessions().state(again->sessionId).active);
        // Olga does not suddenly have the new profile as a contact.
        QVERIFY(!*tw->contacts().isContact(m_w.olga.id, fresh));
    }

    // Item: after an erasure no copy of the erased rows is left in carillon.sqlite, its WAL or
    // its shared-memory index, even while another instance holds the database open.
    void erasedRowsLeaveNoCopyInTheFiles()
    {
        if (TestWorkspace::onPostgres())
            QSKIP("about SQLite's own files; a PostgreSQL server's files are its operator's");
        TestWorkspace &tw = *m_tw;
        const QByteArray marker =
            "zq" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "qz";
        const QString text = QString::fromLatin1(marker);
        // Long enough to fill pages of their own and overflow pages, short enough to share.
        for (int i = 0; i < 40; ++i)
            post(m_w.vic.id, m_w.vicOlga, text + QString(i * 60, QLatin1Char('v')));
        auto room = tw->conversations().createRoom(m_w.vic.id, QStringLiteral("Room ") + text, {});
        QVERIFY(room.ok());
        post(m_w.vic.id, *room, QStringLiteral("alone with ") + text);

        // Another instance on the folder, as a second window would be, reading as it goes.
        WorkspaceOptions options = tw.sameStore();
        auto other = Workspace::open(options);
        QVERIFY2(other.ok(), qPrintable(other.error().message));
        QVERIFY((*other)->messages().messageCount(m_w.vicOlga.id).value() > 40);

        const QStringList files{tw.dir.filePath(QStringLiteral("carillon.sqlite")),
                                tw.dir.filePath(QStringLiteral("carillon.sqlite-wal")),
                                tw.dir.filePath(QStringLiteral("carillon.sqlite-shm"))};
        auto holding = [&] {
            QStringList found;
            for (const QString &f : files) {
                QFile file(f);
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(marker))
                    found.append(QFileInfo(f).fileName());
            }
            return found;
        };
        QVERIFY(!holding().isEmpty()); // the probe finds the marker while it is there

        QVERIFY(tw->eraser().erase(m_w.vic.id, RevokeReason::ProfileDeleted).ok());
        QCOMPARE(holding(), QStringList());
        // The other instance goes on reading and writing; still nothing comes back.
        QCOMPARE((*other)->messages().messageCount(m_w.vicOlga.id).value(), 1); // Olga's
        QVERIFY((*other)->messages().postText(m_w.olga.id, m_w.group.id, QStringLiteral("hi")));
        QCOMPARE(holding(), QStringList());
    }

    void orphanBlobsAreSweptAtStart()
    {
        TestWorkspace &tw = *m_tw;
        auto orphan = tw->blobs().putData("nobody refers to these bytes\n");
        QVERIFY(orphan.ok());
        const QString tmpLeftover = tw->blobs().rootPath() + QStringLiteral("/tmp/123-456.part");
        QFile leftover(tmpLeftover);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("half a file");
        leftover.close();
        const QString referenced = sha256Hex(m_w.olgaUpload);
        QVERIFY(tw->blobs().contains(orphan->sha256));

        tw.ws.reset();
        WorkspaceOptions options = tw.sameStore();
        options.sweepGraceMs = 0;
        auto reopened = Workspace::open(options);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        tw.ws = std::move(reopened).value();

        QVERIFY(!tw->blobs().contains(orphan->sha256));
        QVERIFY(!QFileInfo::exists(tmpLeftover));
        QVERIFY(tw->blobs().contains(referenced));
        for (const QByteArray &bytes : {m_w.shared, m_w.vicOnly, m_w.vicInOlgaRoom})
            QVERIFY(tw->blobs().contains(sha256Hex(bytes)));
    }

    void youngOrphansSurviveTheGracePeriod()
    {
        TestWorkspace &tw = *m_tw;
        auto orphan = tw->blobs().putData("another instance is about to commit this\n");
        QVERIFY(orphan.ok());
        // Another instance stays open on the folder: it might be that writer.
        WorkspaceOptions otherOptions = tw.sameStore();
        auto other = Workspace::open(otherOptions);
        QVERIFY(other.ok());
        tw.ws.reset();
        WorkspaceOptions options = tw.sameStore();
        options.sweepGraceMs = 10 * 60'000; // the default-like grace: too young to remove
        auto reopened = Workspace::open(options);
        QVERIFY(reopened.ok());
        tw.ws = std::move(reopened).value();
        QVERIFY(tw->blobs().contains(orphan->sha256));

        // Alone on the folder (every other instance gone, as after a crash), nothing can be
        // about to commit: the next start sweeps it whatever its age.
        other->reset();
        tw.ws.reset();
        auto alone = Workspace::open(options);
        QVERIFY(alone.ok());
        QVERIFY(!(*alone)->blobs().contains(orphan->sha256));
    }

private:
    std::unique_ptr<TestWorkspace> m_tw;
    World m_w;
};

QTEST_GUILESS_MAIN(TestEraser)
#include "tst_eraser.moc"
