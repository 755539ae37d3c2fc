// The assistant's dialogue, driven through the message store with a manual clock, as a person
// typing in a 1:1 chat would drive it.

#include "Assistant.h"
#include "support/TestWorkspace.h"

#include <QTest>

using namespace carillon;
using carillon::test::TestWorkspace;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;
} // namespace

class TestAssistant : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<Assistant> m_assistant;
    Profile m_ada;
    Profile m_bob;

    Workspace &ws() { return *m_tw->ws; }
    qint64 chatOf(const Profile &p)
    {
        return ws().conversations().direct(p.id, ws().assistantProfile().id)->id;
    }
    void say(const Profile &p, const QString &text)
    {
        auto m = ws().messages().postText(p.id, chatOf(p), text);
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().message));
    }
    QList<Message> replies(const Profile &p)
    {
        QList<Message> out;
        const auto history = ws().messages().history(chatOf(p), 0, 1000);
        for (const Message &m : *history) {
            if (m.senderId == ws().assistantProfile().id)
                out.append(m);
        }
        return out;
    }
    Message last(const Profile &p) { return replies(p).last(); }
    QString codeIn(const Message &m) { return ConfirmationPayload::fromJson(m.payload).code; }
    // Asks for a command and returns the code the assistant sent.
    QString request(const Profile &p, const QString &command)
    {
        say(p, command);
        const Message reply = last(p);
        if (reply.kind != MessageKind::ConfirmationRequest)
            return QString();
        return codeIn(reply);
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        AssistantConfig config;
        m_assistant = std::make_unique<Assistant>(ws(), config);
        m_ada = m_tw->person(QStringLiteral("ada@example.com"), QStringLiteral("Ada"));
        m_bob = m_tw->person(QStringLiteral("bob@example.com"), QStringLiteral("Bob"));
    }
    void cleanup()
    {
        m_assistant.reset();
        m_tw.reset();
    }

    void introducesItselfOnceThenAnswers()
    {
        say(m_ada, QStringLiteral("hi there"));
        QList<Message> r = replies(m_ada);
        QCOMPARE(r.size(), 2);
        QCOMPARE(toString(r[0].kind), toString(MessageKind::AssistantIntro));
        QVERIFY(r[0].body.contains(QStringLiteral("Get my attachments")));
        QVERIFY(r[0].body.contains(QStringLiteral("Delete me")));
        QCOMPARE(toString(r[1].kind), toString(MessageKind::AssistantInfo));
        QVERIFY(r[1].body.contains(QStringLiteral("Help")));
        say(m_ada, QStringLiteral("help"));
        r = replies(m_ada);
        QCOMPARE(r.size(), 3); // no second introduction
        QCOMPARE(r[2].payload[QStringLiteral("topic")].toString(), QStringLiteral("help"));
        QVERIFY(r[2].body.contains(QStringLiteral("10 minute")));
    }

    void ignoresOtherConversations()
    {
        auto chat = ws().conversations().direct(m_ada.id, m_bob.id);
        QVERIFY(ws().messages().postText(m_ada.id, chat->id, QStringLiteral("Delete me")).ok());
        QCOMPARE(*ws().messages().messageCount(chat->id), 1);
        QVERIFY(replies(m_ada).isEmpty());
    }

    void codeValidityWindow()
    {
        QString code = request(m_ada, QStringLiteral("Get my attachments"));
        QCOMPARE(code.size(), 8);
        m_tw->clock.advanceMs(10 * kMinute - 1000); // 9 min 59 s
        say(m_ada, QStringLiteral("Get my attachments ") + code);
        QCOMPARE(toString(last(m_ada).kind), toString(MessageKind::ExportAccepted));

        const QString deleteCode = request(m_ada, QStringLiteral("Delete me"));
        m_tw->clock.advanceMs(10 * kMinute + 1000); // 10 min 01 s
        say(m_ada, QStringLiteral("Delete me ") + deleteCode);
        const Message reply = last(m_ada);
        QCOMPARE(toString(reply.kind), toString(MessageKind::ConfirmationRequest));
        const ConfirmationPayload fresh = ConfirmationPayload::fromJson(reply.payload);
        QCOMPARE(fresh.reason, ConfirmationPayload::Reason::Expired);
        QVERIFY(fresh.code != deleteCode);
        QCOMPARE(fresh.expiresAt, m_tw->clock.nowMs() + 10 * kMinute);
        QVERIFY(ws().accounts().profile(m_ada.id).ok()); // not deleted
    }

    void wrongCodeVoidsTheOldOne()
    {
        const QString code = request(m_ada, QStringLiteral("Delete me"));
        say(m_ada, QStringLiteral("Delete me ZZZZZZZZ"));
        Message reply = last(m_ada);
        QCOMPARE(ConfirmationPayload::fromJson(reply.payload).reason,
                 ConfirmationPayload::Reason::WrongCode);
        const QString second = codeIn(reply);
        QVERIFY(second != code);
        say(m_ada, QStringLiteral("Delete me ") + code); // the old code is dead
        QVERIFY(ws().accounts().profile(m_ada.id).ok());
        reply = last(m_ada);
        QCOMPARE(toString(reply.kind), toString(MessageKind::ConfirmationRequest));
        // Trailing garbage also voids and re-issues.
        say(m_ada, QStringLiteral("Delete me now please"));
        QCOMPARE(ConfirmationPayload::fromJson(last(m_ada).payload).reason,
                 ConfirmationPayload::Reason::WrongCode);
        QVERIFY(ws().accounts().profile(m_ada.id).ok());
        QVERIFY(!ws().db()
                     .scalar(QStringLiteral("SELECT code_hash FROM assistant_codes"))
                     ->toString()
                     .contains(code));
    }

    void codesAreBoundToCommandAndProfile()
    {
        const QString exportCode = request(m_ada, QStringLiteral("Get my attachments"));
        say(m_ada, QStringLiteral("Delete me ") + exportCode);
        QCOMPARE(toString(last(m_ada).kind), toString(MessageKind::ConfirmationRequest));
        QVERIFY(ws().accounts().profile(m_ada.id).ok());

        const QString deleteCode = request(m_ada, QStringLiteral("Delete me"));
        say(m_ada, QStringLiteral("Get my attachments ") + deleteCode);
        QCOMPARE(toString(last(m_ada).kind), toString(MessageKind::ConfirmationRequest));
        QVERIFY(!m_assistant->exports().latest(m_ada.id)->has_value());

        const QString adaCode = request(m_ada, QStringLiteral("Delete me"));
        const QString bobCode = request(m_bob, QStringLiteral("Delete me"));
        QVERIFY(adaCode != bobCode);
        say(m_bob, QStringLiteral("Delete me ") + adaCode);
        QVERIFY(ws().accounts().profile(m_bob.id).ok());
        QVERIFY(ws().accounts().profile(m_ada.id).ok());
    }

    void cooldownAndInProgress()
    {
        const QString code = request(m_ada, QStringLiteral("Get my attachments"));
        say(m_ada, QStringLiteral("Get my attachments") + code); // glued
        const ExportAcceptedPayload accepted = ExportAcceptedPayload::fromJson(last(m_ada).payload);
        QCOMPARE(accepted.expectedAt, m_tw->clock.nowMs() + kDay);
        QVERIFY(!accepted.alreadyPending);
        const qint64 requestedAt = m_tw->clock.nowMs();

        m_tw->clock.advanceMs(kDay / 2);
        say(m_ada, QStringLiteral("Get my attachments"));
        QCOMPARE(toString(last(m_ada).kind), toString(MessageKind::ExportAccepted));
        QVERIFY(ExportAcceptedPayload::fromJson(last(m_ada).payload).alreadyPending);

        m_tw->clock.setNowMs(requestedAt + kDay);
        QCOMPARE(*m_assistant->exports().deliverDue(), 1);
        QCOMPARE(*m_assistant->exports().deliverDue(), 0); // exactly once

        m_tw->clock.setNowMs(requestedAt + 7 * kDay - kMinute); // 6 d 23 h 59 min
        say(m_ada, QStringLiteral("Get my attachments"));
        Message reply = last(m_ada);
        QCOMPARE(toString(reply.kind), toString(MessageKind::Refusal));
        const RefusalPayload refusal = RefusalPayload::fromJson(reply.payload);
        QCOMPARE(refusal.reason, RefusalPayload::Reason::Cooldown);
        QCOMPARE(refusal.availableAt, requestedAt + 7 * kDay);

        m_tw->clock.setNowMs(requestedAt + 7 * kDay);
        QVERIFY(!request(m_ada, QStringLiteral("Get my attachments")).isEmpty());
    }

    void deliveryPostsSignedManifest()
    {
        // Ada uploads in a 1:1 with Bob; Bob uploads too (not hers).
        auto chat = ws().conversations().direct(m_ada.id, m_bob.id);
        OutgoingMessage mine{MessageKind::Text,
                             QStringLiteral("mine"),
                             {},
                             {NewAttachment::fromData(QStringLiteral("mine é.txt"), "A")}};
        OutgoingMessage his{MessageKind::Text,
                            QStringLiteral("his"),
                            {},
                            {NewAttachment::fromData(QStringLiteral("his.txt"), "B")}};
        const Attachment a = ws().messages().post(m_ada.id, chat->id, mine)->attachments.first();
        QVERIFY(ws().messages().post(m_bob.id, chat->id, his).ok());

        const QString code = request(m_ada, QStringLiteral("Get my attachments"));
        say(m_ada, QStringLiteral("Get my attachments ") + code);
        m_tw->clock.advanceMs(kDay - 1);
        QCOMPARE(*m_assistant->exports().deliverDue(), 0);
        m_tw->clock.advanceMs(1);
        QCOMPARE(*m_assistant->exports().deliverDue(), 1);

        const Message delivered = last(m_ada);
        QCOMPARE(toString(delivered.kind), toString(MessageKind::ExportDelivered));
        QCOMPARE(delivered.attachments.size(), 1);
        const ExportDeliveredPayload payload = ExportDeliveredPayload::fromJson(delivered.payload);
        QCOMPARE(payload.linkCount, 1);
        QCOMPARE(payload.expiresAt, m_tw->clock.nowMs() + 6 * kDay);
        QVERIFY(delivered.body.contains(QStringLiteral("private")));

        QFile manifest(ws().blobs().pathFor(delivered.attachments.first().sha256));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = manifest.readAll().split('\n');
        QCOMPARE(lines.size(), 2); // one link and the final newline
        QVERIFY(lines[0].startsWith("http://127.0.0.1:"));
        const QByteArray target = lines[0].mid(lines[0].indexOf('/', 8));
        LinkCheck check = ws().links().verify("GET", target);
        QCOMPARE(check.verdict, LinkVerdict::Valid);
        QCOMPARE(check.publicId, a.publicId);
        m_tw->clock.setNowMs(payload.expiresAt - 1000);
        QCOMPARE(ws().links().verify("GET", target).verdict, LinkVerdict::Valid);
        m_tw->clock.setNowMs(payload.expiresAt);
        QCOMPARE(ws().links().verify("GET", target).verdict, LinkVerdict::Expired);

        // The assistant's own file is never listed.
        QVERIFY(!ws().messages().exportableAttachments(m_ada.id)->isEmpty());
        const auto listed = ws().messages().exportableAttachments(m_ada.id);
        for (const Attachment &x : *listed)
            QVERIFY(x.uploaderId != ws().assistantProfile().id);
    }

    void emptyManifestWhenNothingQualifies()
    {
        const QString code = request(m_bob, QStringLiteral("Get my attachments"));
        say(m_bob, QStringLiteral("Get my attachments ") + code);
        m_tw->clock.advanceMs(kDay);
        QCOMPARE(*m_assistant->exports().deliverDue(), 1);
        const Message delivered = last(m_bob);
        QCOMPARE(delivered.attachments.first().size, 0);
        QCOMPARE(ExportDeliveredPayload::fromJson(delivered.payload).linkCount, 0);
        QVERIFY(delivered.body.contains(QStringLiteral("empty")));
    }

    void managedProfilesAreRefused()
    {
        auto &orgs = ws().orgs();
        QVERIFY(orgs.createTeam(QStringLiteral("Orbit")).ok());
        QVERIFY(orgs.inviteToTeam(QStringLiteral("Orbit"), m_ada.email));
        QVERIFY(orgs.acceptTeamInvitation(QStringLiteral("Orbit"), m_ada.email));
        say(m_ada, QStringLiteral("Delete me"));
        Message reply = last(m_ada);
        QCOMPARE(toString(reply.kind), toString(MessageKind::Refusal));
        QCOMPARE(RefusalPayload::fromJson(reply.payload).reason, RefusalPayload::Reason::Team);
        const QString teamText = reply.body;
        QVERIFY(teamText.contains(QStringLiteral("Orbit")));
        QVERIFY(teamText.contains(QStringLiteral("remove you from the Team")));
        say(m_ada, QStringLiteral("Get my attachments"));
        QCOMPARE(toString(last(m_ada).kind), toString(MessageKind::Refusal));
        say(m_ada, QStringLiteral("Help"));
        QCOMPARE(toString(last(m_ada).kind),
                 toString(MessageKind::AssistantInfo)); // Help works for everyone

        QVERIFY(orgs.createEnterprise(QStringLiteral("Initech")).ok());
        QVERIFY(orgs.claimDomain(QStringLiteral("Initech"), QStringLiteral("example.com")));
        say(m_ada, QStringLiteral("Get my attachments"));
        reply = last(m_ada);
        QCOMPARE(RefusalPayload::fromJson(reply.payload).reason,
                 RefusalPayload::Reason::Enterprise);
        QVERIFY(reply.body != teamText);
        QVERIFY(reply.body.contains(QStringLiteral("Initech")));

        // Removed from the Team and the domain released: allowed again.
        QVERIFY(orgs.removeFromTeam(QStringLiteral("Orbit"), m_ada.email));
        QVERIFY(orgs.unclaimDomain(QStringLiteral("Initech"), QStringLiteral("example.com")));
        QVERIFY(!request(m_ada, QStringLiteral("Get my attachments")).isEmpty());
    }

    void managedStatusCheckedAtConfirmation()
    {
        const QString code = request(m_ada, QStringLiteral("Delete me"));
        QVERIFY(ws().orgs().createTeam(QStringLiteral("Orbit")).ok());
        QVERIFY(ws().orgs().inviteToTeam(QStringLiteral("Orbit"), m_ada.email));
        QVERIFY(ws().orgs().acceptTeamInvitation(QStringLiteral("Orbit"), m_ada.email));
        say(m_ada, QStringLiteral("Delete me ") + code);
        QCOMPARE(toString(last(m_ada).kind), toString(MessageKind::Refusal));
        QVERIFY(ws().accounts().profile(m_ada.id).ok());
    }

    void deleteMeErasesAndSignsOutEverywhere()
    {
        auto laptop = ws().sessions().openSession(m_ada.identityId, QStringLiteral("laptop"));
        auto desktop = ws().sessions().openSession(m_ada.identityId, QStringLiteral("desktop"));
        auto bobs = ws().sessions().openSession(m_bob.identityId, QStringLiteral("bob"));
        auto chat = ws().conversations().direct(m_ada.id, m_bob.id);
        QVERIFY(ws().messages().postText(m_bob.id, chat->id, QStringLiteral("from bob")).ok());
        QVERIFY(ws().messages().postText(m_ada.id, chat->id, QStringLiteral("from ada")).ok());

        say(m_ada, QStringLiteral("Delete me"));
        const QList<Message> r = replies(m_ada);
        QCOMPARE(toString(r[r.size() - 2].kind), toString(MessageKind::DeletionPreview));
        const DeletionPreviewPayload preview =
            DeletionPreviewPayload::fromJson(r[r.size() - 2].payload);
        QCOMPARE(preview.conversations, 2);
        QCOMPARE(preview.messages, 2);
        QVERIFY(r[r.size() - 2].body.contains(m_ada.email)); // the identity is kept
        const QString code = codeIn(r.last());
        QVERIFY(r.last().body.contains(QStringLiteral("Delete me ") + code));

        say(m_ada, QStringLiteral("delete me ") + code.toLower());
        QCOMPARE(ws().accounts().profile(m_ada.id).error().code, ErrorCode::NotFound);
        QCOMPARE(ws().sessions().state(laptop->sessionId).active, false);
        QCOMPARE(toString(ws().sessions().state(laptop->sessionId).reason),
                 toString(RevokeReason::ProfileDeleted));
        QCOMPARE(ws().sessions().state(desktop->sessionId).active, false);
        QCOMPARE(ws().sessions().state(bobs->sessionId).active, true);
        auto bobView = ws().messages().history(chat->id, 0, 10);
        QCOMPARE(bobView->size(), 1);
        QCOMPARE(bobView->first().body, QStringLiteral("from bob"));
        QCOMPARE(*ws().db().scalar(QStringLiteral("SELECT COUNT(*) FROM assistant_codes")),
                 QVariant(0));

        // The identity signs in again to a new, empty profile and is introduced again.
        auto again = ws().sessions().openSession(m_ada.identityId, QStringLiteral("laptop"));
        QVERIFY(again.ok());
        QVERIFY(again->profile.id != m_ada.id);
        QVERIFY(ws().conversations().summaries(again->profile.id)->isEmpty());
        m_ada = again->profile;
        say(m_ada, QStringLiteral("Help"));
        QCOMPARE(toString(replies(m_ada).first().kind), toString(MessageKind::AssistantIntro));
    }

    void enterpriseDeletionUsesTheSameEraser()
    {
        say(m_ada, QStringLiteral("Help"));
        QVERIFY(ws().orgs().createEnterprise(QStringLiteral("Initech")).ok());
        QVERIFY(ws().orgs().claimDomain(QStringLiteral("Initech"), QStringLiteral("example.com")));
        QCOMPARE(*ws().orgs().deleteEnterprise(QStringLiteral("Initech")), 2);
        QCOMPARE(*ws().db().scalar(QStringLiteral("SELECT COUNT(*) FROM assistant_profiles")),
                 QVariant(0));
        QCOMPARE(*ws().db().scalar(QStringLiteral("SELECT COUNT(*) FROM identities")), QVariant(2));
    }
};

QTEST_GUILESS_MAIN(TestAssistant)
#include "tst_assistant.moc"
