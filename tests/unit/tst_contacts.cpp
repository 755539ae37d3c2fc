// Contacts and invitations by address, in both directions, including people who do not use
// Carillon yet and the assistant (which accepts everyone).

#include "support/TestWorkspace.h"

#include <QTest>

using namespace carillon;
using carillon::test::TestWorkspace;

namespace {

// Contact addresses of a profile, each marked "+" when the contact is mutual.
QStringList contactsOf(TestWorkspace &tw, qint64 profileId)
{
    QStringList out;
    auto list = tw->contacts().contacts(profileId);
    if (!list)
        return {QStringLiteral("<error: %1>").arg(list.error().message)};
    for (const Contact &c : *list)
        out << c.profile.email + (c.mutual ? QStringLiteral("+") : QString());
    out.sort();
    return out;
}

QStringList invitationsTo(TestWorkspace &tw, qint64 profileId)
{
    QStringList out;
    auto list = tw->contacts().pendingInvitations(profileId);
    if (!list)
        return {QStringLiteral("<error: %1>").arg(list.error().message)};
    for (const Invitation &i : *list)
        out << i.from.email;
    return out;
}

QString outcome(const Result<InviteOutcome> &r)
{
    if (!r)
        return QStringLiteral("error: ") + r.error().message;
    switch (*r) {
    case InviteOutcome::Added:
        return QStringLiteral("Added");
    case InviteOutcome::AddedMutual:
        return QStringLiteral("AddedMutual");
    case InviteOutcome::AlreadyContact:
        return QStringLiteral("AlreadyContact");
    case InviteOutcome::InvitationSent:
        return QStringLiteral("InvitationSent");
    }
    return {};
}

} // namespace

class TestContacts : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_a = m_tw->person(QStringLiteral("alice@example.com"), QStringLiteral("Alice"));
        m_b = m_tw->person(QStringLiteral("bob@example.com"), QStringLiteral("Bob"));
    }
    void cleanup() { m_tw.reset(); }

    void inviteExistingPersonThenAccept()
    {
        TestWorkspace &tw = *m_tw;
        QCOMPARE(outcome(tw->contacts().invite(m_a.id, QStringLiteral(" BOB@example.com "))),
                 QStringLiteral("Added"));
        QCOMPARE(contactsOf(tw, m_a.id), QStringList{QStringLiteral("bob@example.com")});
        QCOMPARE(contactsOf(tw, m_b.id), QStringList());
        QCOMPARE(invitationsTo(tw, m_b.id), QStringList{QStringLiteral("alice@example.com")});
        QCOMPARE(invitationsTo(tw, m_a.id), QStringList());
        QVERIFY(*tw->contacts().isContact(m_a.id, m_b.id));
        QVERIFY(!*tw->contacts().isContact(m_b.id, m_a.id));

        QVERIFY(tw->contacts().accept(m_b.id, QStringLiteral("alice@example.com")).ok());
        QCOMPARE(contactsOf(tw, m_a.id), QStringList{QStringLiteral("bob@example.com+")});
        QCOMPARE(contactsOf(tw, m_b.id), QStringList{QStringLiteral("alice@example.com+")});
        QCOMPARE(invitationsTo(tw, m_b.id), QStringList());
        // Accepting again finds nothing to accept.
        QCOMPARE(tw->contacts().accept(m_b.id, QStringLiteral("alice@example.com")).error().code,
                 ErrorCode::NotFound);
    }

    void declinedThenInvitedBackLeavesNothingPending()
    {
        TestWorkspace &tw = *m_tw;
        QCOMPARE(outcome(tw->contacts().invite(m_a.id, m_b.email)), QStringLiteral("Added"));
        QVERIFY(tw->contacts().decline(m_b.id, m_a.email).ok());
        // Alice still has Bob; Bob now adds Alice himself: nothing is left to ask anyone.
        QCOMPARE(outcome(tw->contacts().invite(m_b.id, m_a.email)), QStringLiteral("AddedMutual"));
        QCOMPARE(contactsOf(tw, m_a.id), QStringList{QStringLiteral("bob@example.com+")});
        QCOMPARE(contactsOf(tw, m_b.id), QStringList{QStringLiteral("alice@example.com+")});
        QCOMPARE(invitationsTo(tw, m_a.id), QStringList());
        QCOMPARE(invitationsTo(tw, m_b.id), QStringList());
    }

    void crossInvitationsBecomeMutualAtOnce()
    {
        TestWorkspace &tw = *m_tw;
        QCOMPARE(outcome(tw->contacts().invite(m_a.id, m_b.email)), QStringLiteral("Added"));
        QCOMPARE(outcome(tw->contacts().invite(m_b.id, m_a.email)), QStringLiteral("AddedMutual"));
        QCOMPARE(contactsOf(tw, m_a.id), QStringList{QStringLiteral("bob@example.com+")});
        QCOMPARE(contactsOf(tw, m_b.id), QStringList{QStringLiteral("alice@example.com+")});
        QCOMPARE(invitationsTo(tw, m_a.id), QStringList());
        QCOMPARE(invitationsTo(tw, m_b.id), QStringList());
    }

    void alreadyContactChangesNothing()
    {
        TestWorkspace &tw = *m_tw;
        QCOMPARE(outcome(tw->contacts().invite(m_a.id, m_b.email)), QStringLiteral("Added"));
        const auto before = tw.tableCounts();
        QCOMPARE(outcome(tw->contacts().invite(m_a.id, m_b.email)),
                 QStringLiteral("AlreadyContact"));
        QCOMPARE(tw.tableCounts(), before);
        QVERIFY(tw->contacts().accept(m_b.id, m_a.email).ok());
        QCOMPARE(outcome(tw->contacts().invite(m_b.id, QStringLiteral("Alice@Example.com"))),
                 QStringLiteral("AlreadyContact"));
        QCOMPARE(contactsOf(tw, m_b.id), QStringList{QStringLiteral("alice@example.com+")});
    }

    void invitationWaitsForNewPerson()
    {
        TestWorkspace &tw = *m_tw;
        const QString carol = QStringLiteral("carol@example.com");
        QCOMPARE(outcome(tw->contacts().invite(m_a.id, QStringLiteral("Carol@Example.com"))),
                 QStringLiteral("InvitationSent"));
        QCOMPARE(contactsOf(tw, m_a.id), QStringList()); // nobody to list yet
        QCOMPARE(tw.tableCounts().value(QStringLiteral("invitations")), 1);

        // Carol signs up later and finds the invitation waiting.
        const Profile c = tw.person(carol);
        QCOMPARE(invitationsTo(tw, c.id), QStringList{m_a.email});
        auto pending = tw->contacts().pendingInvitations(c.id);
        QCOMPARE(pending->first().toEmail, carol);
        QCOMPARE(pending->first().from.displayName, QStringLiteral("Alice"));
        QVERIFY(tw->contacts().accept(c.id, m_a.email).ok());
        QCOMPARE(contactsOf(tw, c.id), QStringList{QStringLiteral("alice@example.com+")});
        QCOMPARE(contactsOf(tw, m_a.id), QStringList{QStringLiteral("carol@example.com+")});
        QCOMPARE(invitationsTo(tw, c.id), QStringList());
    }

    void newPersonInvitingBackIsMutual()
    {
        TestWorkspace &tw = *m_tw;
        QCOMPARE(outcome(tw->contacts().invite(m_a.id, QStringLiteral("dave@example.com"))),
                 QStringLiteral("InvitationSent"));
        const Profile d = tw.person(QStringLiteral("dave@example.com"));
        QCOMPARE(outcome(tw->contacts().invite(d.id, m_a.email)), QStringLiteral("AddedMutual"));
        QCOMPARE(contactsOf(tw, m_a.id), QStringList{QStringLiteral("dave@example.com+")});
        QCOMPARE(invitationsTo(tw, d.id), QStringList());
    }

    void assistantAcceptsAtOnce()
    {
        TestWorkspace &tw = *m_tw;
        const Profile assistant = tw->assistantProfile();
        QCOMPARE(
            outcome(tw->contacts().invite(m_a.id, QStringLiteral("Assistant_No_Reply@chime.aws"))),
            QStringLiteral("AddedMutual"));
        QCOMPARE(contactsOf(tw, m_a.id),
                 QStringList{QStringLiteral("assistant_no_reply@chime.aws+")});
        QCOMPARE(contactsOf(tw, assistant.id), QStringList{QStringLiteral("alice@example.com+")});
        QCOMPARE(invitationsTo(tw, assistant.id), QStringList());
        auto contacts = tw->contacts().contacts(m_a.id);
        QCOMPARE(toString(contacts->first().profile.kind), toString(ProfileKind::Assistant));
        QCOMPARE(contacts->first().profile.displayName, QStringLiteral("Amazon Chime Assistant"));
        // Bob has not invited the assistant, so it is not his contact.
        QCOMPARE(contactsOf(tw, m_b.id), QStringList());
    }

    void badInvitationsChangeNothing_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("yourself") << QStringLiteral("alice@example.com") << ErrorCode::InvalidInput;
        QTest::newRow("yourself, other case")
            << QStringLiteral("  ALICE@example.COM ") << ErrorCode::InvalidInput;
        QTest::newRow("empty") << QString() << ErrorCode::InvalidInput;
        QTest::newRow("no at") << QStringLiteral("bob.example.com") << ErrorCode::InvalidInput;
        QTest::newRow("no domain") << QStringLiteral("bob@") << ErrorCode::InvalidInput;
        QTest::newRow("spaces") << QStringLiteral("b o b@example.com") << ErrorCode::InvalidInput;
    }

    void badInvitationsChangeNothing()
    {
        QFETCH(QString, email);
        QFETCH(ErrorCode, code);
        TestWorkspace &tw = *m_tw;
        const auto before = tw.tableCounts();
        auto r = tw->contacts().invite(m_a.id, email);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(tw.tableCounts(), before);
    }

    void inviterMustExist()
    {
        TestWorkspace &tw = *m_tw;
        const auto before = tw.tableCounts();
        QCOMPARE(tw->contacts().invite(987654, m_b.email).error().code, ErrorCode::NotFound);
        QCOMPARE(tw.tableCounts(), before);
    }

    void declineKeepsOneWay()
    {
        TestWorkspace &tw = *m_tw;
        QCOMPARE(outcome(tw->contacts().invite(m_a.id, m_b.email)), QStringLiteral("Added"));
        QVERIFY(tw->contacts().decline(m_b.id, m_a.email).ok());
        QCOMPARE(invitationsTo(tw, m_b.id), QStringList());
        QCOMPARE(contactsOf(tw, m_b.id), QStringList());
        QCOMPARE(contactsOf(tw, m_a.id), QStringList{QStringLiteral("bob@example.com")});
        // A declined invitation can be neither declined nor accepted again.
        QCOMPARE(tw->contacts().decline(m_b.id, m_a.email).error().code, ErrorCode::NotFound);
        QCOMPARE(tw->contacts().accept(m_b.id, m_a.email).error().code, ErrorCode::NotFound);
        QCOMPARE(contactsOf(tw, m_b.id), QStringList());

        // Bob changes his mind later: inviting Alice completes it because she has him already.
        QVERIFY(tw->contacts().invite(m_b.id, m_a.email).ok());
        QCOMPARE(contactsOf(tw, m_b.id), QStringList{QStringLiteral("alice@example.com+")});
        QCOMPARE(contactsOf(tw, m_a.id), QStringList{QStringLiteral("bob@example.com+")});
    }

    void answeringUnknownInvitations()
    {
        TestWorkspace &tw = *m_tw;
        const auto before = tw.tableCounts();
        QCOMPARE(tw->contacts().accept(m_b.id, m_a.email).error().code, ErrorCode::NotFound);
        QCOMPARE(tw->contacts().decline(m_b.id, m_a.email).error().code, ErrorCode::NotFound);
        QCOMPARE(tw->contacts().accept(m_b.id, QStringLiteral("ghost@example.com")).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(tw.tableCounts(), before);
    }

    void removeContact()
    {
        TestWorkspace &tw = *m_tw;
        QVERIFY(tw->contacts().invite(m_a.id, m_b.email).ok());
        QVERIFY(tw->contacts().accept(m_b.id, m_a.email).ok());
        QVERIFY(tw->contacts().remove(m_a.id, m_b.id).ok());
        QCOMPARE(contactsOf(tw, m_a.id), QStringList());
        // Bob still has Alice, no longer mutual.
        QCOMPARE(contactsOf(tw, m_b.id), QStringList{QStringLiteral("alice@example.com")});
    }

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Profile m_a;
    Profile m_b;
};

QTEST_GUILESS_MAIN(TestContacts)
#include "tst_contacts.moc"
