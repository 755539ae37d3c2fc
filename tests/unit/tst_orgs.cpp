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
        const Profile kept = tw.person(QStringLiteral("kept@unclaimed.example"));
        const Profile ann = tw.person(QStringLiteral("ann@example.com"));
        QVERIFY(tw->orgs().createEnterprise(QStringLiteral("Initech")).ok());
        QVERIFY(tw->orgs()
                    .claimDomain(QStringLiteral("Initech"), QStringLiteral("initech.example"))
                    .ok());
        QVERIFY(tw->orgs()
                    .claimDomain(QStringLiteral("Initech"), QStringLiteral("initrode.example"))
                    .ok());
        QVERIFY(tw->orgs()
                    .claimDomain(QStringLiteral("Initech"), QStringLiteral("unclaimed.example"))
                    .ok());
        QVERIFY(tw->orgs()
                    .unclaimDomain(QStringLiteral("Initech"), QStringLiteral("unclaimed.example"))
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
        QCOMPARE(*erased, 2);

        QCOMPARE(tw->accounts().profile(erin.id).error().code, ErrorCode::NotFound);
        QCOMPARE(tw->accounts().profile(bill.id).error().code, ErrorCode::NotFound);
        QVERIFY(tw->accounts().profile(kept.id).ok()); // the domain was unclaimed first
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
