// The assistant's dialogue, driven through the message store with a manual clock, as a person
// typing in a 1:1 chat would drive it.

#include "assistant/Assistant.h"
#include "support/TestWorkspace.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

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
    Message last(const Profile &p)
    {
        const QList<Message> r = replies(p);
        if (r.isEmpty())
            qFatal("the assistant never answered %s", qPrintable(p.email));
        return r.last();
    }
    // Another instance on the same data folder, with no assistant attached.
    Result<std::unique_ptr<Workspace>> openOther()
    {
        WorkspaceOptions options = m_tw->sameStore();
        options.sweepOnOpen = false;
        return Workspace::open(options);
    }
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
        // A first greeting gets the introduction alone, not "did not understand" after it.
        say(m_ada, QStringLiteral("hi there"));
        QList<Message> r = replies(m_ada);
        QCOMPARE(r.size(), 1);
        QCOMPARE(toString(r[0].kind), toString(MessageKind::AssistantIntro));
        QVERIFY(r[0].body.contains(QStringLiteral("Get my attachments")));
        QVERIFY(r[0].body.contains(QStringLiteral("Delete me")));
        say(m_ada, QStringLiteral("hi again"));
        r = replies(m_ada);
        QCOMPARE(r.size(), 2); // now it says it did not understand
        QCOMPARE(toString(r[1].kind), toString(MessageKind::AssistantInfo));
        QVERIFY(r[1].body.contains(QStringLiteral("did not understand")));
        say(m_ada, QStringLiteral("help"));
        r = replies(m_ada);
        QCOMPARE(r.size(), 3); // no second introduction
        QCOMPARE(r[2].payload[QStringLiteral("topic")].toString(), QStringLiteral("help"));
        QVERIFY(r[2].body.contains(QStringLiteral("10 minute")));

        // A first message that is a command gets the introduction and the answer.
        say(m_bob, QStringLiteral("Help"));
        r = replies(m_bob);
        QCOMPARE(r.size(), 2);
        QCOMPARE(toString(r[0].kind), toString(MessageKind::AssistantIntro));
        QCOMPARE(r[1].payload[QStringLiteral("topic")].toString(), QStringLiteral("help"));
    }

    void ignoresOtherConversations()
    {
        auto chat = ws().conversations().direct(m_ada.id, m_bob.id);
        QVERIFY(ws().messages().postText(m_ada.id, chat->id, QStringLiteral("Delete me")).ok());
        QCOMPARE(*ws().messages().messageCount(chat->id), 1);
        // Not a word from the assistant anywhere (it has no chat with Ada yet).
        QCOMPARE(*ws().db().scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE sender_id "
                                                  "= ?"),
                                   {ws().assistantProfile().id}),
                 QVariant(0));
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
        // One live code per command, and it is the newest one: it works where the others did not.
        QCOMPARE(*ws().db().scalar(QStringLiteral("SELECT COUNT(*) FROM assistant_codes WHERE "
                                                  "profile_id = ?"),
                                   {m_ada.id}),
                 QVariant(1));
        say(m_ada, QStringLiteral("Delete me ") + codeIn(last(m_ada)));
        QCOMPARE(ws().accounts().profile(m_ada.id).error().code, ErrorCode::NotFound);
    }

    // Five wrong codes in ten minutes per sign-in identity, whichever command and profile:
    // Delete me keeps the identity, and its count.
    void wrongCodesWaitPerIdentity()
    {
        request(m_ada, QStringLiteral("Delete me"));
        for (int i = 0; i < ConfirmationCodes::kMaxWrongCodes - 1; ++i)
            say(m_ada, QStringLiteral("Delete me ZZZZZZZ%1").arg(i));
        say(m_ada, QStringLiteral("Delete me ") + codeIn(last(m_ada)));
        QCOMPARE(ws().accounts().profile(m_ada.id).error().code, ErrorCode::NotFound);

        const Profile fresh = *ws().accounts().ensureProfile(m_ada.identityId);
        QVERIFY(!request(fresh, QStringLiteral("Get my attachments")).isEmpty());
        m_tw->clock.advanceMs(kMinute);
        say(fresh, QStringLiteral("Get my attachments ZZZZZZZZ"));
        const Message reply = last(fresh);
        QCOMPARE(toString(reply.kind), toString(MessageKind::Refusal));
        const RefusalPayload wait = RefusalPayload::fromJson(reply.payload);
        QCOMPARE(wait.reason, RefusalPayload::Reason::TooManyCodes);
        // The first four leave the window nine minutes from now.
        QCOMPARE(wait.availableAt - wait.lastRequestAt, 9 * kMinute);
        QVERIFY2(reply.body.contains(QLatin1String("try again in 9 minute")),
                 qPrintable(reply.body));

        m_tw->clock.advanceMs(9 * kMinute - 1);
        QCOMPARE(request(fresh, QStringLiteral("Get my attachments")), QString());
        QCOMPARE(RefusalPayload::fromJson(last(fresh).payload).reason,
                 RefusalPayload::Reason::TooManyCodes);
        m_tw->clock.advanceMs(1);
        QVERIFY(!request(fresh, QStringLiteral("Get my attachments")).isEmpty());
        QVERIFY(!request(m_bob, QStringLiteral("Delete me")).isEmpty()); // his own count
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

        // The assistant's own file is never listed, not even in a room Ada created where the
        // assistant posted one (its 1:1 manifest is excluded as someone else's upload anyway).
        auto room = ws().conversations().createRoom(m_ada.id, QStringLiteral("Ada's room"),
                                                    {ws().assistantProfile().id});
        QVERIFY(room.ok());
        QVERIFY(ws().messages().post(
            ws().assistantProfile().id, room->id,
            OutgoingMessage{MessageKind::Text,
                            QStringLiteral("a file"),
                            {},
                            {NewAttachment::fromData(QStringLiteral("bot.txt"), "C")}}));
        const auto listed = ws().messages().exportableLinkTargets(m_ada.id);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().publicId, a.publicId);
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

    // A command whose sender's process died before the assistant answered (here: sent from an
    // instance with no assistant at all) is answered by the next instance that starts, once.
    void answersWhatNoInstanceAnswered()
    {
        const qint64 chat = chatOf(m_ada);
        {
            auto other = openOther();
            QVERIFY((*other)->messages().postText(m_ada.id, chat, QStringLiteral("Help")));
        }
        QCOMPARE(replies(m_ada).size(), 0);
        {
            auto next = openOther();
            Assistant starting(**next, AssistantConfig{});
            QCOMPARE(replies(m_ada).size(), 2); // introduction and help
            QCOMPARE(last(m_ada).payload[QStringLiteral("topic")].toString(),
                     QStringLiteral("help"));
            auto again = starting.answerPending();
            QCOMPARE(again.value(), 0);
        }
        auto later = openOther();
        Assistant another(**later, AssistantConfig{});
        QCOMPARE(replies(m_ada).size(), 2);
        // Answering it by hand does nothing either: it is claimed.
        const qint64 helpId =
            ws().db()
                .scalar(QStringLiteral("SELECT id FROM messages WHERE sender_id = ?"), {m_ada.id})
                ->toLongLong();
        QVERIFY(another.handle(*ws().messages().message(helpId)));
        QCOMPARE(replies(m_ada).size(), 2);
    }

    // Several instances start together over the same waiting commands: each command gets one
    // answer.
    void instancesStartingTogetherAnswerOnce()
    {
        const qint64 adaChat = chatOf(m_ada);
        const qint64 bobChat = chatOf(m_bob);
        {
            auto other = openOther();
            for (int i = 0; i < 5; ++i) {
                QVERIFY((*other)->messages().postText(m_ada.id, adaChat, QStringLiteral("Help")));
                QVERIFY((*other)->messages().postText(m_bob.id, bobChat, QStringLiteral("what?")));
            }
        }
        std::atomic<int> answered{0};
        std::atomic<int> ready{0};
        std::vector<std::thread> instances;
        const QString dir = m_tw->dir.path();
        for (int i = 0; i < 4; ++i) {
            instances.emplace_back([&, dir] {
                WorkspaceOptions options;
                options.dataDir = dir;
                options.database = m_tw->database;
                auto ws = Workspace::open(options);
                if (!ws)
                    qFatal("open: %s", qPrintable(ws.error().message));
                ++ready;
                while (ready.load() < 4)
                    std::this_thread::yield();
                Assistant assistant(**ws, AssistantConfig{});
                // The constructor answered what it could claim; nothing is left for a rerun.
                auto rest = assistant.answerPending();
                answered += rest ? *rest : 100;
            });
        }
        for (std::thread &t : instances)
            t.join();
        QCOMPARE(answered.load(), 0);
        // Ada: introduction and five help texts; Bob: introduction (for his first "what?")
        // and four "not understood".
        QCOMPARE(replies(m_ada).size(), 6);
        QCOMPARE(replies(m_bob).size(), 5);
        QCOMPARE(*ws().db().scalar(QStringLiteral("SELECT COUNT(*) FROM assistant_answered")),
                 QVariant(10));
    }

    // An instance that is running answers what another instance wrote and could not answer.
    void runningInstanceAnswersOthersMessages()
    {
        ws().feed().startWatching(50);
        auto other = openOther();
        QVERIFY((*other)->messages().postText(m_ada.id, chatOf(m_ada), QStringLiteral("Help")));
        QTRY_COMPARE_WITH_TIMEOUT(replies(m_ada).size(), 2, 2000);
        QTest::qWait(300);
        QCOMPARE(replies(m_ada).size(), 2);
    }

    // Item: a job that can never be delivered (its manifest is over the attachment limit) beside
    // one that can.
    void failingExportDoesNotBlockOthers()
    {
        m_assistant.reset();
        m_tw.reset();
        WorkspaceOptions options;
        options.maxAttachmentSize = 120; // one link fits, two do not
        m_tw = std::make_unique<TestWorkspace>(options);
        AssistantConfig config;
        m_assistant = std::make_unique<Assistant>(ws(), config);
        m_ada = m_tw->person(QStringLiteral("ada@example.com"), QStringLiteral("Ada"));
        m_bob = m_tw->person(QStringLiteral("bob@example.com"), QStringLiteral("Bob"));
        auto chat = ws().conversations().direct(m_ada.id, m_bob.id);
        for (const char *name : {"one.txt", "two.txt"})
            QVERIFY(ws().messages().post(
                m_ada.id, chat->id,
                OutgoingMessage{MessageKind::Text,
                                QStringLiteral("file"),
                                {},
                                {NewAttachment::fromData(QLatin1String(name), name)}}));
        // Ada asks first, so her job comes first.
        say(m_ada, QStringLiteral("Get my attachments ") +
                       request(m_ada, QStringLiteral("Get my attachments")));
        m_tw->clock.advanceMs(kMinute);
        say(m_bob, QStringLiteral("Get my attachments ") +
                       request(m_bob, QStringLiteral("Get my attachments")));
        m_tw->clock.advanceMs(kDay);

        auto first = m_assistant->exports().deliverDue();
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(*first, 1);
        QCOMPARE(toString(last(m_bob).kind), toString(MessageKind::ExportDelivered));
        QCOMPARE(toString(last(m_ada).kind), toString(MessageKind::ExportAccepted));
        auto attempts = [&] {
            return ws()
                .db()
                .scalar(QStringLiteral("SELECT attempts || ' ' || state FROM assistant_exports "
                                       "WHERE profile_id = ?"),
                        {m_ada.id})
                ->toString();
        };
        QCOMPARE(attempts(), QStringLiteral("1 pending"));
        // Backing off: not again at once, then after 1, 2, 4 and 8 minutes.
        QCOMPARE(*m_assistant->exports().deliverDue(), 0);
        QCOMPARE(attempts(), QStringLiteral("1 pending"));
        // Meanwhile she is told it is still in progress, not offered a new request.
        say(m_ada, QStringLiteral("Get my attachments"));
        QVERIFY(ExportAcceptedPayload::fromJson(last(m_ada).payload).alreadyPending);
        for (int n = 1; n <= 4; ++n) {
            m_tw->clock.advanceMs((kMinute << (n - 1)) - 1);
            QCOMPARE(*m_assistant->exports().deliverDue(), 0);
            QCOMPARE(attempts(), QStringLiteral("%1 pending").arg(n));
            m_tw->clock.advanceMs(1);
            QCOMPARE(*m_assistant->exports().deliverDue(), 0);
        }
        QCOMPARE(attempts(), QStringLiteral("5 failed"));
        const Message told = last(m_ada);
        QCOMPARE(told.payload[QStringLiteral("topic")].toString(), QStringLiteral("export-failed"));
        QVERIFY(told.body.contains(QStringLiteral("Get my attachments")));
        const qsizetype toldCount = replies(m_ada).size();
        m_tw->clock.advanceMs(kDay);
        QCOMPARE(*m_assistant->exports().deliverDue(), 0);
        QCOMPARE(replies(m_ada).size(), toldCount); // told once, never tried again

        // The 7-day slot is free again: a new request gets a code, not a refusal.
        const QString code = request(m_ada, QStringLiteral("Get my attachments"));
        QCOMPARE(code.size(), 8);
        say(m_ada, QStringLiteral("Get my attachments ") + code);
        const ExportAcceptedPayload again = ExportAcceptedPayload::fromJson(last(m_ada).payload);
        QVERIFY(!again.alreadyPending);
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
