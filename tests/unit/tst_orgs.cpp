// Team and Enterprise accounts and the managed status they give a profile (SPEC §2): the status
// decides whether the assistant may export or delete a person's data.

#include "support/TestWorkspace.h"

#include <QTest>

using namespace carillon;
using carillon::test::TestWorkspace;

namespace {

// As text, so that a failing comparison names the statuses.
QString statusOf(TestWorkspace &tw, const QString &email)
{
    auto m = tw->orgs().managed(email);
    if (!m)
        qFatal("managed(%s) failed: %s", qPrintable(email), qPrintable(m.error().message));
    return toString(m->status);
}

QString organisationOf(TestWorkspace &tw, const QString &email)
{
    auto m = tw->orgs().managed(email);
    return m ? m->organisation : QStringLiteral("<error>");
}

int count(TestWorkspace &tw, const QString &sql, const QVariantList &binds)
{
    auto q = tw->db().exec(sql, binds);
    return q && q->next() ? q->value(0).toInt() : -1;
}

// What the given people see and own, as text rows: their profiles, sessions, contacts,
// memberships and every message in their conversations (with its sender's address).
QStringList rowsOf(TestWorkspace &tw, const QList<qint64> &ids)
{
    QStringList in;
    for (qint64 id : ids)
        in.append(QString::number(id));
    const QString set = QLatin1Char('(') + in.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList rows;
    for (const QString &sql :
         {QStringLiteral("SELECT 'profile', id, email, display_name FROM profiles WHERE id IN %1 "
                         "ORDER BY id"),
          QStringLiteral("SELECT 'session', id, revoked_at FROM sessions WHERE profile_id IN %1 "
                         "ORDER BY id"),
          QStringLiteral("SELECT 'contact', o.email, c.email FROM contacts x JOIN profiles o ON "
                         "o.id = x.owner_id JOIN profiles c ON c.id = x.contact_id WHERE "
                         "x.owner_id IN %1 ORDER BY 2, 3"),
          QStringLiteral("SELECT 'member', conversation_id, profile_id, last_read_id FROM members "
                         "WHERE profile_id IN %1 ORDER BY 2, 3"),
          QStringLiteral("SELECT DISTINCT 'message', m.id, m.conversation_id, s.email, m.body FROM "
                         "messages m JOIN members b ON b.conversation_id = m.conversation_id "
                         "JOIN profiles s ON s.id = m.sender_id WHERE b.profile_id IN %1 ORDER "
                         "BY m.id")}) {
        auto q = tw->db().exec(sql.arg(set));
        if (!q)
            qFatal("%s", qPrintable(q.error().message));
        while (q->next()) {
            QStringList cells;
            for (int i = 0; i < 5 && q->value(i).isValid(); ++i)
                cells.append(q->value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
    }
    return rows;
}

// The rows a remaining person should still have once the given people are erased: everything
// but the erased people's messages and the contact entries pointing at them. Conversations
// stay, since a remaining person is in each of them.
QStringList withoutErased(const QStringList &rows, const QStringList &emails)
{
    QStringList kept;
    for (const QString &row : rows) {
        const QStringList cells = row.split(QLatin1Char('|'));
        const bool byErased = (cells[0] == QLatin1String("message") && emails.contains(cells[3])) ||
                              (cells[0] == QLatin1String("contact") && emails.contains(cells[2]));
        if (!byErased)
            kept.append(row);
    }
    return kept;
}

} // namespace

class TestOrgs : public QObject
{
    Q_OBJECT

private slots:
    void unmanagedByDefault()
    {
        TestWorkspace tw;
        tw.person(QStringLiteral("ann@example.com"));
        QCOMPARE(statusOf(tw, QStringLiteral("ann@example.com")),
                 toString(ManagedStatus::Unmanaged));
        QVERIFY(organisationOf(tw, QStringLiteral("ann@example.com")).isEmpty());
        // Also for an address nobody uses yet.
        QCOMPARE(statusOf(tw, QStringLiteral("new@example.com")),
                 toString(ManagedStatus::Unmanaged));
        QCOMPARE(tw->orgs().managed(QStringLiteral("not-an-address")).error().code,
                 ErrorCode::InvalidInput);
    }

    void teamMembershipLifecycle()
    {
        TestWorkspace tw;
        const QString ann = QStringLiteral("ann@example.com");
        tw.person(ann);
        auto team = tw->orgs().createTeam(QStringLiteral("  Orbit   Labs "));
        QVERIFY2(team.ok(), qPrintable(team.error().message));
        QCOMPARE(team->name, QStringLiteral("Orbit Labs"));

        QVERIFY(tw->orgs()
                    .inviteToTeam(QStringLiteral("Orbit Labs"), QStringLiteral(" ANN@example.com"))
                    .ok());
        QCOMPARE(statusOf(tw, ann),
                 toString(ManagedStatus::Unmanaged)); // an invitation alone does not manage
        auto listed = tw->orgs().team(QStringLiteral("Orbit Labs"));
        QVERIFY(listed.ok());
        QCOMPARE(listed->members.size(), 1);
        QCOMPARE(listed->members[0].email, ann);
        QVERIFY(!listed->members[0].accepted);
        QCOMPARE(tw->orgs().inviteToTeam(QStringLiteral("Orbit Labs"), ann).error().code,
                 ErrorCode::Conflict);

        QVERIFY(tw->orgs().acceptTeamInvitation(QStringLiteral("Orbit Labs"), ann).ok());
        QCOMPARE(statusOf(tw, ann), toString(ManagedStatus::Team));
        QCOMPARE(organisationOf(tw, ann), QStringLiteral("Orbit Labs"));
        QVERIFY(tw->orgs().team(QStringLiteral("Orbit Labs"))->members[0].accepted);
        // Accepting twice finds no open invitation.
        QCOMPARE(tw->orgs().acceptTeamInvitation(QStringLiteral("Orbit Labs"), ann).error().code,
                 ErrorCode::NotFound);

        QVERIFY(tw->orgs().removeFromTeam(QStringLiteral("Orbit Labs"), ann).ok());
        QCOMPARE(statusOf(tw, ann), toString(ManagedStatus::Unmanaged));
        QCOMPARE(tw->orgs().removeFromTeam(QStringLiteral("Orbit Labs"), ann).error().code,
                 ErrorCode::NotFound);
    }

    void acceptNeedsAnInvitation()
    {
        TestWorkspace tw;
        QVERIFY(tw->orgs().createTeam(QStringLiteral("Orbit Labs")).ok());
        const auto before = tw.tableCounts();
        QCOMPARE(tw->orgs()
                     .acceptTeamInvitation(QStringLiteral("Orbit Labs"),
                                           QStringLiteral("stranger@example.com"))
                     .error()
                     .code,
                 ErrorCode::NotFound);
        QCOMPARE(tw->orgs()
                     .inviteToTeam(QStringLiteral("No Such Team"), QStringLiteral("a@example.com"))
                     .error()
                     .code,
                 ErrorCode::NotFound);
        QCOMPARE(tw.tableCounts(), before);
        QCOMPARE(statusOf(tw, QStringLiteral("stranger@example.com")),
                 toString(ManagedStatus::Unmanaged));
    }

    void enterpriseClaimManagesDomain()
    {
        TestWorkspace tw;
        const QString erin = QStringLiteral("erin@initech.example");
        tw.person(erin);
        tw.person(QStringLiteral("ann@example.com"));
        QVERIFY(tw->orgs().createEnterprise(QStringLiteral("Initech")).ok());
        QCOMPARE(statusOf(tw, erin), toString(ManagedStatus::Unmanaged)); // no domain claimed yet
        QVERIFY(tw->orgs()
                    .claimDomain(QStringLiteral("Initech"), QStringLiteral("Initech.Example"))
                    .ok());
        QCOMPARE(statusOf(tw, erin), toString(ManagedStatus::Enterprise));
        QCOMPARE(organisationOf(tw, erin), QStringLiteral("Initech"));
        QCOMPARE(statusOf(tw, QStringLiteral("ERIN@initech.example")),
                 toString(ManagedStatus::Enterprise));
        QCOMPARE(statusOf(tw, QStringLiteral("ann@example.com")),
                 toString(ManagedStatus::Unmanaged));
        // A sub-domain or a look-alike is not the claimed domain.
        QCOMPARE(statusOf(tw, QStringLiteral("x@sub.initech.example")),
                 toString(ManagedStatus::Unmanaged));
        QCOMPARE(statusOf(tw, QStringLiteral("x@notinitech.example")),
                 toString(ManagedStatus::Unmanaged));
        QCOMPARE(tw->orgs().enterprise(QStringLiteral("Initech"))->domains,
                 QStringList{QStringLiteral("initech.example")});

        QVERIFY(tw->orgs()
                    .unclaimDomain(QStringLiteral("Initech"), QStringLiteral("initech.example"))
                    .ok());
        QCOMPARE(statusOf(tw, erin), toString(ManagedStatus::Unmanaged));
        QCOMPARE(tw->orgs()
                     .unclaimDomain(QStringLiteral("Initech"), QStringLiteral("initech.example"))
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    void enterpriseWinsOverTeam()
    {
        TestWorkspace tw;
        const QString sam = QStringLiteral("sam@initech.example");
        tw.person(sam);
        QVERIFY(tw->orgs().createTeam(QStringLiteral("Orbit Labs")).ok());
        QVERIFY(tw->orgs().inviteToTeam(QStringLiteral("Orbit Labs"), sam).ok());
        QVERIFY(tw->orgs().acceptTeamInvitation(QStringLiteral("Orbit Labs"), sam).ok());
        QCOMPARE(statusOf(tw, sam), toString(ManagedStatus::Team));
        QVERIFY(tw->orgs().createEnterprise(QStringLiteral("Initech")).ok());
        QVERIFY(tw->orgs()
                    .claimDomain(QStringLiteral("Initech"), QStringLiteral("initech.example"))
                    .ok());
        QCOMPARE(statusOf(tw, sam), toString(ManagedStatus::Enterprise));
        QCOMPARE(organisationOf(tw, sam), QStringLiteral("Initech"));
        // Unclaiming leaves the Team membership in charge again.
        QVERIFY(tw->orgs()
                    .unclaimDomain(QStringLiteral("Initech"), QStringLiteral("initech.example"))
                    .ok());
        QCOMPARE(statusOf(tw, sam), toString(ManagedStatus::Team));
    }

    void domainClaimedByAnotherIsConflict()
    {
        TestWorkspace tw;
        QVERIFY(tw->orgs().createEnterprise(QStringLiteral("Initech")).ok());
        QVERIFY(tw->orgs().createEnterprise(QStringLiteral("Globex")).ok());
        QVERIFY(tw->orgs()
                    .claimDomain(QStringLiteral("Initech"), QStringLiteral("initech.example"))
                    .ok());
        const auto before = tw.tableCounts();
        Status s =
            tw->orgs().claimDomain(QStringLiteral("Globex"), QStringLiteral("INITECH.example"));
        QCOMPARE(s.error().code, ErrorCode::Conflict);
        QVERIFY2(s.error().message.contains(QStringLiteral("Initech")),
                 qPrintable(s.error().message));
        QCOMPARE(tw->orgs()
                     .claimDomain(QStringLiteral("Initech"), QStringLiteral("initech.example"))
                     .error()
                     .code,
                 ErrorCode::Conflict);
        QCOMPARE(tw.tableCounts(), before);
        QCOMPARE(organisationOf(tw, QStringLiteral("a@initech.example")),
                 QStringLiteral("Initech"));
        // Globex cannot unclaim what it does not hold.
        QCOMPARE(tw->orgs()
                     .unclaimDomain(QStringLiteral("Globex"), QStringLiteral("initech.example"))
                     .error()
                     .code,
                 ErrorCode::NotFound);
        QCOMPARE(statusOf(tw, QStringLiteral("a@initech.example")),
                 toString(ManagedStatus::Enterprise));
    }

    void deleteEnterpriseErasesItsProfiles()
    {
        TestWorkspace tw;
        const Profile erin = tw.person(QStringLiteral("erin@initech.example"));
        const Profile bill = tw.person(QStringLiteral("bill@initrode.example"));
        const Profile kept = tw.person(QStringLiteral("kept@released.example"));
        const Profile ann = tw.person(QStringLiteral("ann@example.com"));
        QVERIFY(tw->orgs().createEnterprise(QStringLiteral("Initech")).ok());
        QVERIFY(tw->orgs()
                    .claimDomain(QStringLiteral("Initech"), QStringLiteral("initech.example"))
                    .ok());
        QVERIFY(tw->orgs()
                    .claimDomain(QStringLiteral("Initech"), QStringLiteral("initrode.example"))
                    .ok());
        QVERIFY(tw->orgs()
                    .claimDomain(QStringLiteral("Initech"), QStringLiteral("released.example"))
                    .ok());
        QVERIFY(tw->orgs()
                    .unclaimDomain(QStringLiteral("Initech"), QStringLiteral("released.example"))
                    .ok());

        auto erinSession = tw->sessions().openSession(erin.identityId, QStringLiteral("laptop"));
        auto annSession = tw->sessions().openSession(ann.identityId, QStringLiteral("laptop"));
        QVERIFY(erinSession.ok() && annSession.ok());
        auto chat = tw->conversations().direct(ann.id, erin.id);
        QVERIFY(chat.ok());
        QVERIFY(tw->messages().postText(erin.id, chat->id, QStringLiteral("bye")).ok());
        QVERIFY(tw->messages().postText(ann.id, chat->id, QStringLiteral("hi")).ok());
        const int identities = tw.tableCounts().value(QStringLiteral("identities"));

        auto erased = tw->orgs().deleteEnterprise(QStringLiteral("Initech"));
        QVERIFY2(erased.ok(), qPrintable(erased.error().message));
        QCOMPARE(*erased, 3);

        QCOMPARE(tw->accounts().profile(erin.id).error().code, ErrorCode::NotFound);
        QCOMPARE(tw->accounts().profile(bill.id).error().code, ErrorCode::NotFound);
        // Managed through a claim, then released: still Initech's to erase.
        QCOMPARE(tw->accounts().profile(kept.id).error().code, ErrorCode::NotFound);
        QVERIFY(tw->accounts().profile(ann.id).ok());
        QCOMPARE(tw.tableCounts().value(QStringLiteral("identities")), identities);
        QVERIFY(tw->accounts().identityByEmail(erin.email).ok());

        const SessionState st = tw->sessions().state(erinSession->sessionId);
        QVERIFY(!st.active);
        QCOMPARE(toString(st.reason), toString(RevokeReason::DeletedByOrganisation));
        QVERIFY(tw->sessions().state(annSession->sessionId).active);

        // Ann's side of the chat stays, Erin's messages are gone.
        auto history = tw->messages().history(chat->id, 0, 10);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().body, QStringLiteral("hi"));

        QCOMPARE(tw->orgs().enterprise(QStringLiteral("Initech")).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(tw.tableCounts().value(QStringLiteral("enterprise_domains")), 0);
        QCOMPARE(statusOf(tw, erin.email), toString(ManagedStatus::Unmanaged));
        QCOMPARE(tw->orgs().deleteEnterprise(QStringLiteral("Initech")).error().code,
                 ErrorCode::NotFound);

        // Signing in again gives Erin a new, empty profile.
        auto again = tw->sessions().openSession(erin.identityId, QStringLiteral("laptop"));
        QVERIFY(again.ok());
        QVERIFY(again->profile.id != erin.id);
        QCOMPARE(tw->conversations().summaries(again->profile.id)->size(), 0);
    }

    // The rule (OrgStore::deleteEnterprise): an Enterprise owns the profiles it managed through
    // a claim, whether it still claims the domain or not; nobody else is touched.
    void deleteEnterpriseErasesWhatItOwnedAfterUnclaim()
    {
        TestWorkspace tw;
        auto &orgs = tw->orgs();
        const Profile early = tw.person(QStringLiteral("early@initech.example"));
        const Profile ann = tw.person(QStringLiteral("ann@example.com"));
        const Profile tom = tw.person(QStringLiteral("tom@globex.example"));
        QVERIFY(orgs.createEnterprise(QStringLiteral("Initech")).ok());
        QVERIFY(orgs.createEnterprise(QStringLiteral("Globex")).ok());
        QVERIFY(orgs.claimDomain(QStringLiteral("Initech"), QStringLiteral("initech.example")));
        QVERIFY(orgs.claimDomain(QStringLiteral("Initech"), QStringLiteral("globex.example")));
        // Signs up while the domain is claimed: managed from the start.
        const Profile signup = tw.person(QStringLiteral("signup@initech.example"));
        QCOMPARE(statusOf(tw, signup.email), toString(ManagedStatus::Enterprise));
        QVERIFY(orgs.unclaimDomain(QStringLiteral("Initech"), QStringLiteral("initech.example")));
        QVERIFY(orgs.unclaimDomain(QStringLiteral("Initech"), QStringLiteral("globex.example")));
        // Tom's domain now belongs to Globex, which manages (and owns) him from here on.
        QVERIFY(orgs.claimDomain(QStringLiteral("Globex"), QStringLiteral("globex.example")));
        // Signs up after the release: never managed by Initech.
        const Profile late = tw.person(QStringLiteral("late@initech.example"));
        QCOMPARE(statusOf(tw, late.email), toString(ManagedStatus::Unmanaged));

        // Everyone talks to everyone, so the erasure has shared data to get wrong.
        const QList<Profile> all{early, ann, tom, signup, late};
        for (const Profile &a : all) {
            for (const Profile &b : all) {
                if (a.id >= b.id)
                    continue;
                auto chat = tw->conversations().direct(a.id, b.id);
                QVERIFY(chat.ok());
                QVERIFY(tw->messages().postText(a.id, chat->id,
                                                a.email + QStringLiteral(" to ") + b.email));
                QVERIFY(tw->messages().postText(b.id, chat->id, b.email + QStringLiteral(" back")));
            }
        }
        auto room =
            tw->conversations().createRoom(signup.id, QStringLiteral("Launch"), {ann.id, late.id});
        QVERIFY(room.ok());
        QVERIFY(tw->messages().postText(ann.id, room->id, QStringLiteral("ann in the room")));
        QVERIFY(tw->contacts().invite(ann.id, early.email).ok());

        const QList<qint64> keptIds{ann.id, tom.id, late.id};
        const QStringList before = rowsOf(tw, keptIds);
        QVERIFY(before.size() > 10);

        auto erased = orgs.deleteEnterprise(QStringLiteral("Initech"));
        QVERIFY2(erased.ok(), qPrintable(erased.error().message));
        QCOMPARE(*erased, 2);
        QCOMPARE(tw->accounts().profile(early.id).error().code, ErrorCode::NotFound);
        QCOMPARE(tw->accounts().profile(signup.id).error().code, ErrorCode::NotFound);
        QCOMPARE(count(tw,
                       QStringLiteral("SELECT COUNT(*) FROM messages WHERE sender_id IN (?, ?)"),
                       {early.id, signup.id}),
                 0);
        // The people it never managed (or no longer owned) read exactly what they read before,
        // less what the erased two wrote.
        QCOMPARE(rowsOf(tw, keptIds), withoutErased(before, {early.email, signup.email}));
        QCOMPARE(statusOf(tw, tom.email), toString(ManagedStatus::Enterprise));
        QCOMPARE(organisationOf(tw, tom.email), QStringLiteral("Globex"));
    }

    void deleteEnterpriseWithNoPeople()
    {
        TestWorkspace tw;
        tw.person(QStringLiteral("ann@example.com"));
        QVERIFY(tw->orgs().createEnterprise(QStringLiteral("Empty Co")).ok());
        QVERIFY(tw->orgs()
                    .claimDomain(QStringLiteral("Empty Co"), QStringLiteral("empty.example"))
                    .ok());
        auto erased = tw->orgs().deleteEnterprise(QStringLiteral("Empty Co"));
        QVERIFY(erased.ok());
        QCOMPARE(*erased, 0);
        QCOMPARE(tw.tableCounts().value(QStringLiteral("profiles")), 2); // Ann and the assistant
    }

    void badNamesAndDomains_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("arg");
        // op: 0 createTeam, 1 createEnterprise, 2 claimDomain, 3 inviteToTeam
        QTest::newRow("empty team") << 0 << QString();
        QTest::newRow("blank team") << 0 << QStringLiteral("  \t ");
        QTest::newRow("long team") << 0 << QString(101, QLatin1Char('t'));
        QTest::newRow("duplicate team") << 0 << QStringLiteral(" Existing   Team ");
        QTest::newRow("empty enterprise") << 1 << QString();
        QTest::newRow("long enterprise") << 1 << QString(101, QLatin1Char('e'));
        QTest::newRow("duplicate enterprise") << 1 << QStringLiteral("Existing Co");
        QTest::newRow("duplicate team, other case") << 0 << QStringLiteral("existing TEAM");
        QTest::newRow("duplicate enterprise, other case") << 1 << QStringLiteral("EXISTING co");
        QTest::newRow("no dot") << 2 << QStringLiteral("localhost");
        QTest::newRow("empty domain") << 2 << QString();
        QTest::newRow("email not domain") << 2 << QStringLiteral("a@example.com");
        QTest::newRow("space") << 2 << QStringLiteral("exa mple.com");
        QTest::newRow("leading hyphen") << 2 << QStringLiteral("-bad.example");
        QTest::newRow("wildcard") << 2 << QStringLiteral("%.example");
        QTest::newRow("bad member") << 3 << QStringLiteral("not an address");
    }

    void badNamesAndDomains()
    {
        QFETCH(int, op);
        QFETCH(QString, arg);
        TestWorkspace tw;
        QVERIFY(tw->orgs().createTeam(QStringLiteral("Existing Team")).ok());
        QVERIFY(tw->orgs().createEnterprise(QStringLiteral("Existing Co")).ok());
        const auto before = tw.tableCounts();
        Status s;
        switch (op) {
        case 0:
            s = Status(tw->orgs().createTeam(arg));
            break;
        case 1:
            s = Status(tw->orgs().createEnterprise(arg));
            break;
        case 2:
            s = tw->orgs().claimDomain(QStringLiteral("Existing Co"), arg);
            break;
        default:
            s = tw->orgs().inviteToTeam(QStringLiteral("Existing Team"), arg);
            break;
        }
        QVERIFY(!s.ok());
        const bool duplicate =
            QString::fromLatin1(QTest::currentDataTag()).startsWith(QLatin1String("duplicate"));
        QCOMPARE(s.error().code, duplicate ? ErrorCode::Conflict : ErrorCode::InvalidInput);
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(tw.tableCounts(), before);
    }
};

QTEST_GUILESS_MAIN(TestOrgs)
#include "tst_orgs.moc"
