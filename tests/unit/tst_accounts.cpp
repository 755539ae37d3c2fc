// Identities, profiles and device sessions: who can sign in, what is stored about the password,
// and how a device learns that it was signed out.

#include "core/Pbkdf2.h"
#include "support/TestWorkspace.h"

#include <QPasswordDigestor>
#include <QTest>

using namespace carillon;
using carillon::test::TestWorkspace;

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void createIdentityRejectsBadInput_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<ErrorCode>("code");
        const QString good = QStringLiteral("long-enough-1");
        QTest::newRow("empty") << QString() << good << ErrorCode::InvalidInput;
        QTest::newRow("spaces") << QStringLiteral("   ") << good << ErrorCode::InvalidInput;
        QTest::newRow("no at") << QStringLiteral("bob.example.com") << good
                               << ErrorCode::InvalidInput;
        QTest::newRow("two ats") << QStringLiteral("bob@@example.com") << good
                                 << ErrorCode::InvalidInput;
        QTest::newRow("no domain") << QStringLiteral("bob@") << good << ErrorCode::InvalidInput;
        QTest::newRow("no local part")
            << QStringLiteral("@example.com") << good << ErrorCode::InvalidInput;
        QTest::newRow("no tld") << QStringLiteral("bob@localhost") << good
                                << ErrorCode::InvalidInput;
        QTest::newRow("space inside")
            << QStringLiteral("bo b@example.com") << good << ErrorCode::InvalidInput;
        QTest::newRow("double dot")
            << QStringLiteral("bob..x@example.com") << good << ErrorCode::InvalidInput;
        QTest::newRow("too long") << QString(250, QLatin1Char('a')) + QStringLiteral("@ex.com")
                                  << good << ErrorCode::InvalidInput;
        QTest::newRow("short password") << QStringLiteral("bob@example.com")
                                        << QStringLiteral("1234567") << ErrorCode::InvalidInput;
        QTest::newRow("empty password")
            << QStringLiteral("bob@example.com") << QString() << ErrorCode::InvalidInput;
        QTest::newRow("duplicate")
            << QStringLiteral("taken@example.com") << QString() << ErrorCode::Conflict;
        QTest::newRow("duplicate other case")
            << QStringLiteral("  Taken@EXAMPLE.com ") << QString() << ErrorCode::Conflict;
    }

    void createIdentityRejectsBadInput()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(ErrorCode, code);
        TestWorkspace tw;
        tw.person(QStringLiteral("taken@example.com"));
        const auto before = tw.tableCounts();
        // Duplicates are checked with a ready hash: a real one takes a noticeable time by design.
        auto created = password.isEmpty() && code == ErrorCode::Conflict
                           ? tw->accounts().createIdentityHashed(email, {}, QStringLiteral("x"))
                           : tw->accounts().createIdentity(email, {}, password);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, code);
        QVERIFY(!created.error().message.isEmpty());
        QCOMPARE(tw.tableCounts(), before);
    }

    void passwordIsHashedAndVerified()
    {
        TestWorkspace tw;
        const QString password = QStringLiteral("correct horse battery");
        auto identity =
            tw->accounts().createIdentity(QStringLiteral(" Bob@Example.COM "), {}, password);
        QVERIFY2(identity.ok(), qPrintable(identity.error().message));
        QCOMPARE(identity->email, QStringLiteral("bob@example.com"));
        QCOMPARE(identity->name, QStringLiteral("bob")); // defaults to the local part

        auto stored = tw->db().scalar(
            QStringLiteral("SELECT password_hash FROM identities WHERE id = ?"), {identity->id});
        QVERIFY(stored.ok());
        const QString hash = stored->toString();
        QVERIFY(!hash.contains(password));
        const QStringList parts = hash.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0], QStringLiteral("pbkdf2-sha256"));
        QVERIFY2(parts[1].toInt() >= 600'000, qPrintable(parts[1]));       // OWASP, 2023
        QVERIFY(QByteArray::fromBase64(parts[2].toLatin1()).size() >= 16); // salt
        QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), 32);  // derived key
        QVERIFY(AccountStore::checkPassword(password, hash));
        QVERIFY(!AccountStore::checkPassword(password + QLatin1Char('!'), hash));

        auto right = tw->accounts().verifyPassword(QStringLiteral("BOB@example.com"), password);
        QVERIFY2(right.ok(), qPrintable(right.error().message));
        QCOMPARE(right->id, identity->id);

        auto wrong = tw->accounts().verifyPassword(QStringLiteral("bob@example.com"),
                                                   QStringLiteral("correct horse battery "));
        QCOMPARE(wrong.error().code, ErrorCode::Forbidden);
        // An unknown address gets the very same answer, so it does not reveal who has an account.
        auto unknown =
            tw->accounts().verifyPassword(QStringLiteral("nobody@example.com"), password);
        QCOMPARE(unknown.error().code, ErrorCode::Forbidden);
        QCOMPARE(unknown.error().message, wrong.error().message);

        // Signing in with the password links a profile and opens a session.
        auto grant = tw->sessions().signIn(QStringLiteral("bob@example.com"), password,
                                           QStringLiteral("laptop"));
        QVERIFY2(grant.ok(), qPrintable(grant.error().message));
        QCOMPARE(grant->profile.identityId, identity->id);
        QVERIFY(tw->sessions().state(grant->sessionId).active);
        QCOMPARE(tw->sessions()
                     .signIn(QStringLiteral("bob@example.com"), QStringLiteral("nope"),
                             QStringLiteral("laptop"))
                     .error()
                     .code,
                 ErrorCode::Forbidden);
    }

    // An unknown address costs the same key derivation as a known one, so the time taken does
    // not tell who has an account (the figures: tests/bench, bench_store).
    void unknownAddressesRunTheKdfToo()
    {
        TestWorkspace tw;
        tw.person(QStringLiteral("bob@example.com"));
        const quint64 before = pbkdf2Runs();
        auto unknown = tw->accounts().verifyPassword(QStringLiteral("nobody@example.com"),
                                                     QStringLiteral("password-123"));
        QCOMPARE(unknown.error().code, ErrorCode::Forbidden);
        QCOMPARE(pbkdf2Runs(), before + 1);
        auto wrong = tw->accounts().verifyPassword(QStringLiteral("bob@example.com"),
                                                   QStringLiteral("password-124"));
        QCOMPARE(wrong.error().code, ErrorCode::Forbidden);
        QCOMPARE(pbkdf2Runs(), before + 2);
    }

    // A hash from before the iteration count was raised (120,000) still signs in, and is
    // replaced by one with today's parameters at that sign-in; a wrong password changes
    // nothing.
    void oldHashesAreRehashedAtTheNextSignIn()
    {
        TestWorkspace tw;
        const QByteArray salt = QByteArray::fromHex("0123456789abcdef0123456789abcdef");
        const QString old =
            QStringLiteral("pbkdf2-sha256$120000$%1$%2")
                .arg(QString::fromLatin1(salt.toBase64()),
                     QString::fromLatin1(
                         pbkdf2Sha256("correct horse", salt, 120'000, 32).toBase64()));
        QVERIFY(AccountStore::needsRehash(old));
        auto identity =
            tw->accounts().createIdentityHashed(QStringLiteral("carl@example.com"), {}, old);
        QVERIFY(identity);
        auto stored = [&] {
            return tw->db()
                .scalar(QStringLiteral("SELECT password_hash FROM identities WHERE id = ?"),
                        {identity->id})
                ->toString();
        };
        QVERIFY(!tw->accounts().verifyPassword(QStringLiteral("carl@example.com"),
                                               QStringLiteral("wrong horse")));
        QCOMPARE(stored(), old);
        QVERIFY(tw->accounts().verifyPassword(QStringLiteral("carl@example.com"),
                                              QStringLiteral("correct horse")));
        const QString fresh = stored();
        QVERIFY(fresh != old);
        QCOMPARE(fresh.section(QLatin1Char('$'), 1, 1).toInt(), AccountStore::kPasswordIterations);
        QVERIFY(!AccountStore::needsRehash(fresh));
        QVERIFY(AccountStore::checkPassword(QStringLiteral("correct horse"), fresh));
        // And it keeps working.
        QVERIFY(tw->accounts().verifyPassword(QStringLiteral("carl@example.com"),
                                              QStringLiteral("correct horse")));
        QCOMPARE(stored(), fresh);
    }

    void checkPasswordRejectsMalformedHashes()
    {
        QVERIFY(!AccountStore::checkPassword(QStringLiteral("pw"), QString()));
        QVERIFY(!AccountStore::checkPassword(QStringLiteral("pw"), QStringLiteral("pw")));
        QVERIFY(!AccountStore::checkPassword(QStringLiteral("pw"),
                                             QStringLiteral("md5$1$c2FsdA==$a2V5")));
        // An empty or short key, or no rounds, would let any password through.
        QVERIFY(!AccountStore::checkPassword(QStringLiteral("pw"),
                                             QStringLiteral("pbkdf2-sha256$1$c2FsdA==$")));
        QVERIFY(!AccountStore::checkPassword(QStringLiteral("pw"),
                                             QStringLiteral("pbkdf2-sha256$1$c2FsdA==$a2V5")));
        QVERIFY(!AccountStore::checkPassword(
            QStringLiteral("pw"),
            QStringLiteral(
                "pbkdf2-sha256$0$c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")));
    }

    // RFC 7914, section 11 (PBKDF2-HMAC-SHA256 test vectors).
    void pbkdf2MatchesPublishedVectors()
    {
        QCOMPARE(pbkdf2Sha256("passwd", "salt", 1, 64).toHex(),
                 QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                            "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
        QCOMPARE(pbkdf2Sha256("Password", "NaCl", 80000, 64).toHex(),
                 QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                            "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"));
    }

    // Hashes stored before the core stopped using QtNetwork's QPasswordDigestor still verify:
    // same bytes for odd lengths (several blocks, a partial last one) and binary salts.
    void pbkdf2MatchesQtsDigestor()
    {
        const QByteArray salt = QByteArray::fromHex("00ff10e2a37c4b5a9d0e1f2233445566");
        // Passwords up to a block, and longer ones (hashed first as an HMAC key).
        const QByteArray longPassword = QByteArray(100, 'p') + "ässwörd";
        for (const QByteArray &password :
             {QByteArray("pässwörd"), QByteArray(64, 'x'), longPassword, QByteArray()}) {
            for (int length : {1, 16, 32, 33, 70}) {
                for (int iterations : {1, 2, 1000}) {
                    QCOMPARE(pbkdf2Sha256(password, salt, iterations, length),
                             QPasswordDigestor::deriveKeyPbkdf2(
                                 QCryptographicHash::Sha256, password, salt, iterations, length));
                }
            }
        }
        const QString stored = AccountStore::hashPassword(QStringLiteral("correct horse"));
        const QStringList parts = stored.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()),
                 QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "correct horse",
                                                    QByteArray::fromBase64(parts[2].toLatin1()),
                                                    parts[1].toInt(), 32));
    }

    void ensureProfileCreatesThenReuses()
    {
        TestWorkspace tw;
        auto identity = tw->accounts().createIdentityHashed(QStringLiteral("carol@example.com"),
                                                            QStringLiteral("  Carol Jones "),
                                                            QStringLiteral("h"));
        QVERIFY(identity.ok());
        QCOMPARE(identity->name, QStringLiteral("Carol Jones"));
        const int profilesBefore = tw.tableCounts().value(QStringLiteral("profiles"));
        auto first = tw->accounts().ensureProfile(identity->id);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->email, QStringLiteral("carol@example.com"));
        QCOMPARE(first->displayName, QStringLiteral("Carol Jones"));
        QCOMPARE(toString(first->kind), toString(ProfileKind::Person));
        QCOMPARE(first->identityId, identity->id);
        QCOMPARE(first->createdAt, tw.clock.nowMs());
        tw.clock.advanceMs(60'000);
        auto second = tw->accounts().ensureProfile(identity->id);
        QVERIFY(second.ok());
        QCOMPARE(second->id, first->id);
        QCOMPARE(second->createdAt, first->createdAt);
        QCOMPARE(tw.tableCounts().value(QStringLiteral("profiles")), profilesBefore + 1);

        QCOMPARE(tw->accounts().ensureProfile(identity->id + 1000).error().code,
                 ErrorCode::NotFound);
    }

    void personByEmail()
    {
        TestWorkspace tw;
        const Profile dan = tw.person(QStringLiteral("dan@example.com"), QStringLiteral("Dan"));
        auto found = tw->accounts().personByEmail(QStringLiteral("  DAN@example.com"));
        QVERIFY(found.ok());
        QCOMPARE(found->id, dan.id);
        QCOMPARE(found->displayName, QStringLiteral("Dan"));

        // An identity that never had a profile gets one, as a sign-in would give it.
        auto eve = tw->accounts().createIdentityHashed(QStringLiteral("eve@example.com"), {},
                                                       QStringLiteral("h"));
        QVERIFY(eve.ok());
        auto created = tw->accounts().personByEmail(QStringLiteral("eve@example.com"));
        QVERIFY(created.ok());
        QCOMPARE(created->identityId, eve->id);

        QCOMPARE(tw->accounts().personByEmail(QStringLiteral("nobody@example.com")).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(tw->accounts().personByEmail(QStringLiteral("not an address")).error().code,
                 ErrorCode::InvalidInput);
    }

    void assistantProfileExists()
    {
        TestWorkspace tw;
        auto assistant = tw->accounts().assistant();
        QVERIFY(assistant.ok());
        QCOMPARE(assistant->email, QStringLiteral("assistant_no_reply@chime.aws"));
        QCOMPARE(assistant->displayName, QStringLiteral("Amazon Chime Assistant"));
        QCOMPARE(toString(assistant->kind), toString(ProfileKind::Assistant));
        QCOMPARE(assistant->identityId, 0); // no login
        QCOMPARE(tw->assistantProfile().id, assistant->id);
        auto byEmail =
            tw->accounts().profileByEmail(QStringLiteral("assistant_no_reply@chime.aws"));
        QVERIFY(byEmail.ok());
        QCOMPARE(byEmail->id, assistant->id);
        // Nobody can sign in as the assistant.
        QCOMPARE(tw->accounts()
                     .identityByEmail(QStringLiteral("assistant_no_reply@chime.aws"))
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    void assistantAddressIsReservedAndNobodyActsAsIt()
    {
        WorkspaceOptions options;
        options.assistantEmail = QStringLiteral("helper@example.org");
        TestWorkspace tw(options);
        const auto before = tw.tableCounts();
        // The configured address and the default one are both taken by the assistant.
        for (const QString &email : {QStringLiteral("HELPER@example.org"),
                                     QStringLiteral("assistant_no_reply@chime.aws")}) {
            auto person = tw->accounts().createPerson(email, {}, QStringLiteral("long enough 1"));
            QCOMPARE(person.error().code, ErrorCode::InvalidInput);
            QVERIFY2(person.error().message.contains(QStringLiteral("reserved")),
                     qPrintable(person.error().message));
            QCOMPARE(tw->accounts()
                         .createIdentity(email, {}, QStringLiteral("long enough 1"))
                         .error()
                         .code,
                     ErrorCode::InvalidInput);
        }
        QCOMPARE(tw.tableCounts(), before);
        auto acting = tw->accounts().personByEmail(QStringLiteral("helper@example.org"));
        QCOMPARE(acting.error().code, ErrorCode::InvalidInput);
        QVERIFY(acting.error().message.contains(QStringLiteral("Nobody can act as the assistant")));

        auto ok = tw->accounts().createPerson(QStringLiteral("fay@example.com"), {},
                                              QStringLiteral("long enough 1"));
        QVERIFY(ok.ok());
        QCOMPARE(ok->email, QStringLiteral("fay@example.com"));
        QVERIFY(ok->identityId > 0);
    }

    void assistantAddressIsConfigurable()
    {
        WorkspaceOptions options;
        options.assistantEmail = QStringLiteral("Helper@Example.org");
        options.assistantName = QStringLiteral("Helper");
        TestWorkspace tw(options);
        QCOMPARE(tw->assistantProfile().email, QStringLiteral("helper@example.org"));
        QCOMPARE(tw->assistantProfile().displayName, QStringLiteral("Helper"));
        auto profiles = tw->accounts().profiles();
        QVERIFY(profiles.ok());
        QCOMPARE(profiles->size(), 1); // one assistant, not the default one as well
    }

    void sessionsOpenAndRevoke()
    {
        TestWorkspace tw;
        const Profile frank = tw.person(QStringLiteral("frank@example.com"));
        auto laptop = tw->sessions().openSession(frank.identityId, QStringLiteral("laptop"));
        auto desktop = tw->sessions().openSession(frank.identityId, QStringLiteral("desktop"));
        auto phone = tw->sessions().openSession(frank.identityId, QStringLiteral("phone"));
        QVERIFY(laptop.ok() && desktop.ok() && phone.ok());
        QCOMPARE(laptop->profile.id, frank.id);
        QVERIFY(laptop->sessionId != desktop->sessionId);
        QVERIFY(laptop->token != desktop->token);
        QVERIFY(laptop->token.size() >= 32);
        QVERIFY(tw->sessions().state(laptop->sessionId).active);
        QCOMPARE(*tw->sessions().activeCount(frank.id), 3);

        // The token itself is never stored.
        auto stored = tw->db().scalar(
            QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = ?"), {laptop->token});
        QCOMPARE(stored->toInt(), 0);

        QVERIFY(tw->sessions().revoke(laptop->sessionId, RevokeReason::SignedOut).ok());
        SessionState s = tw->sessions().state(laptop->sessionId);
        QVERIFY(!s.active);
        QCOMPARE(toString(s.reason), toString(RevokeReason::SignedOut));
        QVERIFY(tw->sessions().state(desktop->sessionId).active);

        auto all = tw->sessions().revokeAll(frank.id, RevokeReason::DeletedByOrganisation);
        QVERIFY(all.ok());
        QCOMPARE(*all, 2); // the laptop had already signed out
        for (const auto *grant : {&*desktop, &*phone}) {
            const SessionState st = tw->sessions().state(grant->sessionId);
            QVERIFY(!st.active);
            QCOMPARE(toString(st.reason), toString(RevokeReason::DeletedByOrganisation));
        }
        // An earlier sign-out keeps its own reason.
        QCOMPARE(toString(tw->sessions().state(laptop->sessionId).reason),
                 toString(RevokeReason::SignedOut));
        QCOMPARE(*tw->sessions().activeCount(frank.id), 0);
        QCOMPARE(*tw->sessions().revokeAll(frank.id, RevokeReason::SignedOut), 0);

        // A session the data store has never heard of is not active.
        QVERIFY(!tw->sessions().state(QStringLiteral("no-such-session")).active);
    }

    void revokeAllLeavesOtherPeopleSignedIn()
    {
        TestWorkspace tw;
        const Profile gina = tw.person(QStringLiteral("gina@example.com"));
        const Profile hal = tw.person(QStringLiteral("hal@example.com"));
        auto ginas = tw->sessions().openSession(gina.identityId, QStringLiteral("a"));
        auto hals = tw->sessions().openSession(hal.identityId, QStringLiteral("b"));
        QVERIFY(ginas.ok() && hals.ok());
        QCOMPARE(*tw->sessions().revokeAll(gina.id, RevokeReason::ProfileDeleted), 1);
        QCOMPARE(toString(tw->sessions().state(ginas->sessionId).reason),
                 toString(RevokeReason::ProfileDeleted));
        QVERIFY(tw->sessions().state(hals->sessionId).active);
    }

    void resumeRotatesToken()
    {
        TestWorkspace tw;
        const Profile ivy = tw.person(QStringLiteral("ivy@example.com"));
        auto first = tw->sessions().openSession(ivy.identityId, QStringLiteral("laptop"));
        QVERIFY(first.ok());
        auto resumed = tw->sessions().resume(first->token, QStringLiteral("laptop"));
        QVERIFY2(resumed.ok(), qPrintable(resumed.error().message));
        QCOMPARE(resumed->profile.id, ivy.id);
        QVERIFY(resumed->token != first->token);
        QVERIFY(resumed->sessionId != first->sessionId);
        QVERIFY(tw->sessions().state(resumed->sessionId).active);
        QVERIFY(!tw->sessions().state(first->sessionId).active);
        QCOMPARE(*tw->sessions().activeCount(ivy.id), 1);

        // The old token is spent; the new one works once more.
        auto replay = tw->sessions().resume(first->token, QStringLiteral("laptop"));
        QCOMPARE(replay.error().code, ErrorCode::Forbidden);
        QVERIFY(tw->sessions().resume(resumed->token, QStringLiteral("laptop")).ok());
    }

    void resumeRefusesWrongOrRevokedToken()
    {
        TestWorkspace tw;
        const Profile jo = tw.person(QStringLiteral("jo@example.com"));
        auto grant = tw->sessions().openSession(jo.identityId, QStringLiteral("laptop"));
        QVERIFY(grant.ok());
        const auto before = tw.tableCounts();
        QCOMPARE(tw->sessions().resume(QStringLiteral("not-a-token"), {}).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(tw->sessions().resume(QString(), {}).error().code, ErrorCode::Forbidden);
        QCOMPARE(tw.tableCounts(), before);

        QVERIFY(tw->sessions().revokeAll(jo.id, RevokeReason::SignedOut).ok());
        QCOMPARE(tw->sessions().resume(grant->token, QStringLiteral("laptop")).error().code,
                 ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
