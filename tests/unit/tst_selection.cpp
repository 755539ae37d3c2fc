// Which attachments "Get my attachments" lists (SPEC §3.5), on the demo data set and on a
// generated one compared with an independent computation.

#include "assistant/Assistant.h"
#include "core/DemoData.h"
#include "support/TestWorkspace.h"

#include <QRandomGenerator>
#include <QTest>

using namespace carillon;
using carillon::test::TestWorkspace;

class TestSelection : public QObject
{
    Q_OBJECT

    static QStringList names(const QList<Attachment> &list)
    {
        QStringList out;
        for (const Attachment &a : list)
            out.append(a.fileName);
        return out;
    }

private slots:
    void demoDataSet()
    {
        TestWorkspace tw;
        QVERIFY(DemoData::reset(*tw.ws));
        auto ada = tw->accounts().profileByEmail(QStringLiteral("ada@example.com"));
        const auto listed = tw->messages().exportableLinkTargets(ada->id);
        QVERIFY(listed.ok());
        // Exactly the README's list, oldest first.
        QCOMPARE(
            names(*listed),
            QStringList({QStringLiteral("harbour-at-dawn.png"), QStringLiteral("budget-2026.csv"),
                         QStringLiteral("reading-list.pdf"), QStringLiteral("lab-notes.txt"),
                         QStringLiteral("measurements.csv"), QStringLiteral("sensor-dump.bin"),
                         QStringLiteral("mill-diagram.png")}));
        auto linus = tw->accounts().profileByEmail(QStringLiteral("linus@example.org"));
        const auto forLinus = tw->messages().exportableLinkTargets(linus->id);
        // Linus: his group upload, and everything in his garage (Ada's photo included).
        QCOMPARE(names(*forLinus),
                 QStringList({QStringLiteral("linus-notes.txt"), QStringLiteral("parts.csv"),
                              QStringLiteral("workbench.png")}));
    }

    void generatedDataSetMatchesIndependentRule()
    {
        TestWorkspace tw;
        QRandomGenerator rng(20261127);
        QList<Profile> people;
        for (int i = 0; i < 6; ++i)
            people.append(tw.person(QStringLiteral("p%1@example.com").arg(i)));
        struct Conv
        {
            Conversation c;
        };
        QList<Conversation> convs;
        for (int i = 0; i < 6; ++i) {
            for (int j = i + 1; j < 6; ++j)
                convs.append(*tw->conversations().direct(people[i].id, people[j].id));
        }
        for (int creator = 0; creator < 6; ++creator) {
            QList<qint64> others;
            for (int k = 1; k <= 3; ++k)
                others.append(people[(creator + k) % 6].id);
            convs.append(*tw->conversations().createGroup(people[creator].id, QString(), others));
            convs.append(*tw->conversations().createRoom(
                people[creator].id, QStringLiteral("Room %1").arg(creator), others));
        }
        // The assistant's own files in its 1:1 chats must never be listed.
        const Profile bot = tw->assistantProfile();
        for (const Profile &p : people) {
            auto chat = tw->conversations().direct(p.id, bot.id);
            OutgoingMessage file{MessageKind::ExportDelivered,
                                 QStringLiteral("file"),
                                 {},
                                 {NewAttachment::fromData(QStringLiteral("links.txt"), "x")}};
            QVERIFY(tw->messages().post(bot.id, chat->id, file).ok());
            convs.append(*chat);
        }

        struct Record
        {
            qint64 id;
            ConversationKind kind;
            qint64 creator;
            qint64 uploader;
        };
        QList<Record> records;
        for (int n = 0; n < 500; ++n) {
            const Conversation &c = convs[int(rng.bounded(int(convs.size())))];
            QList<qint64> humans = c.memberIds;
            humans.removeAll(bot.id);
            const qint64 uploader = humans[int(rng.bounded(int(humans.size())))];
            OutgoingMessage m{
                MessageKind::Text,
                QString(),
                {},
                {NewAttachment::fromData(QStringLiteral("f%1.bin").arg(n), QByteArray::number(n))}};
            tw.clock.advanceMs(1000);
            auto posted = tw->messages().post(uploader, c.id, m);
            QVERIFY(posted.ok());
            records.append({posted->attachments.first().id, c.kind, c.creatorId, uploader});
        }

        for (const Profile &p : people) {
            QList<qint64> expected;
            for (const Record &r : std::as_const(records)) {
                const bool own = r.kind != ConversationKind::Room && r.uploader == p.id;
                const bool myRoom = r.kind == ConversationKind::Room && r.creator == p.id;
                if (own || myRoom)
                    expected.append(r.id);
            }
            QList<qint64> actual;
            const auto listed = tw->messages().exportableLinkTargets(p.id);
            for (const Attachment &a : *listed)
                actual.append(a.id);
            QCOMPARE(actual, expected);
            QVERIFY(!expected.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSelection)
#include "tst_selection.moc"
