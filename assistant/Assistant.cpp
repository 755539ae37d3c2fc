#include "assistant/Assistant.h"

#include "core/AssistantTexts.h"
#include "core/FaultPoint.h"
#include "core/Workspace.h"

namespace carillon {

Assistant::Assistant(Workspace &ws, AssistantConfig config, QObject *parent)
    : QObject(parent), m_ws(ws), m_config(config),
      m_codes(ws.db(), ws.clock(), config.codeValidityMs), m_exports(ws, config)
{
    connect(&ws.feed(), &ChangeFeed::changed, this, &Assistant::onChange);
    // Commands whose sender died before an answer (or that came while nothing ran) are answered
    // by whichever instance starts next.
    if (auto pending = answerPending(); !pending)
        qWarning("The assistant could not answer waiting messages: %s",
                 qPrintable(pending.error().message));
}

void Assistant::onChange(const Change &change)
{
    // Other instances' messages too: if their process dies before answering, this one does;
    // the claim in handle() keeps it to one answer.
    if (change.topic != Topic::Message)
        return;
    auto message = m_ws.messages().message(change.subject);
    if (!message || message->senderId == m_ws.assistantProfile().id)
        return;
    if (Status s = handle(*message); !s)
        qWarning("The assistant could not answer message %lld: %s",
                 static_cast<long long>(message->id), qPrintable(s.error().message));
}

Result<int> Assistant::answerPending()
{
    const qint64 assistantId = m_ws.assistantProfile().id;
    auto q = m_ws.db().exec(
        QStringLiteral("SELECT m.id FROM members b JOIN conversations c ON c.id = "
                       "b.conversation_id AND c.kind = 'direct' JOIN messages m ON "
                       "m.conversation_id = c.id WHERE b.profile_id = ? AND m.sender_id <> ? AND "
                       "m.kind = 'text' AND NOT EXISTS (SELECT 1 FROM assistant_answered x WHERE "
                       "x.message_id = m.id) ORDER BY m.id"),
        {assistantId, assistantId});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    q->finish();
    int answered = 0;
    for (qint64 id : std::as_const(ids)) {
        auto message = m_ws.messages().message(id);
        if (!message)
            continue; // erased meanwhile (an earlier Delete me in the same chat)
        bool mine = false;
        if (Status s = claimAndAnswer(*message, &mine); !s)
            return s.error();
        answered += mine ? 1 : 0;
    }
    return answered;
}

Status Assistant::reply(qint64 conversationId, MessageKind kind, const QString &body,
                        const QJsonObject &payload)
{
    return Status(m_ws.messages().post(m_ws.assistantProfile().id, conversationId,
                                       OutgoingMessage{kind, body, payload, {}}));
}

Status Assistant::replyInfo(qint64 conversationId, MessageKind kind,
                            AssistantInfoPayload::Topic topic)
{
    AssistantInfoPayload p;
    p.topic = topic;
    p.assistantName = m_ws.assistantProfile().displayName;
    p.codeValidityMs = m_config.codeValidityMs;
    p.exportDelayMs = m_config.exportDelayMs;
    p.linkLifetimeMs = m_config.linkLifetimeMs;
    p.cooldownMs = m_config.cooldownMs;
    return reply(conversationId, kind, AssistantTexts::info(p), p.toJson());
}

Status Assistant::handle(const Message &message)
{
    bool answered = false;
    return claimAndAnswer(message, &answered);
}

Status Assistant::claimAndAnswer(const Message &message, bool *answered)
{
    *answered = false;
    const qint64 assistantId = m_ws.assistantProfile().id;
    if (message.senderId == assistantId || message.kind != MessageKind::Text)
        return {};
    // Only its own 1:1 chats (a fact that never changes), checked before taking the write lock.
    auto conversation = m_ws.conversations().conversation(message.conversationId);
    if (!conversation && conversation.error().code == ErrorCode::NotFound)
        return {}; // erased meanwhile
    if (!conversation)
        return conversation.error();
    if (conversation->kind != ConversationKind::Direct ||
        !conversation->memberIds.contains(assistantId))
        return {};
    faultPoint("assistant-before-answer");
    // One write transaction claims the message and posts the whole answer: another instance
    // either sees the claim and skips, or finds neither (we crashed, it rolled back) and answers.
    return m_ws.db().transaction([&]() -> Status {
        auto exists =
            m_ws.db().scalar(QStringLiteral("SELECT 1 FROM messages WHERE id = ?"), {message.id});
        if (!exists)
            return exists.error();
        if (!exists->isValid())
            return {};
        auto claim = m_ws.db().exec(QStringLiteral("INSERT INTO assistant_answered (message_id, "
                                                   "answered_at) VALUES (?, ?) ON CONFLICT "
                                                   "(message_id) DO NOTHING"),
                                    {message.id, m_ws.clock().nowMs()});
        if (!claim)
            return claim.error();
        if (claim->numRowsAffected() == 0)
            return {};
        *answered = true;
        return answer(message);
    });
}

Status Assistant::answer(const Message &message)
{
    const qint64 assistantId = m_ws.assistantProfile().id;
    auto conversation = m_ws.conversations().conversation(message.conversationId);
    if (!conversation || conversation->kind != ConversationKind::Direct ||
        !conversation->memberIds.contains(assistantId))
        return {};
    auto person = m_ws.accounts().profile(message.senderId);
    if (!person)
        return person.error();
    auto introduced = introduceIfNew(*person, conversation->id);
    if (!introduced)
        return introduced.error();
    const ParsedCommand command = CommandParser::parse(message.body);
    // A first "Hi" is a greeting: the introduction answers it. "Sorry, I did not understand"
    // right after it would read as a scolding for saying hello.
    if (*introduced && command.kind == ParsedCommand::Kind::Unknown)
        return {};
    switch (command.kind) {
    case ParsedCommand::Kind::Help:
        return replyInfo(conversation->id, MessageKind::AssistantInfo,
                         AssistantInfoPayload::Topic::Help);
    case ParsedCommand::Kind::GetAttachments:
        return getAttachments(*person, conversation->id, command);
    case ParsedCommand::Kind::DeleteMe:
        return deleteMe(*person, conversation->id, command);
    case ParsedCommand::Kind::Unknown:
        break;
    }
    return replyInfo(conversation->id, MessageKind::AssistantInfo,
                     AssistantInfoPayload::Topic::NotUnderstood);
}

Result<bool> Assistant::introduceIfNew(const Profile &person, qint64 conversationId)
{
    bool introduced = false;
    Status s = m_ws.db().transaction([&]() -> Status {
        auto known = m_ws.db().scalar(
            QStringLiteral("SELECT 1 FROM assistant_profiles WHERE profile_id = ?"), {person.id});
        if (!known)
            return known.error();
        if (known->isValid())
            return {};
        if (auto q = m_ws.db().exec(QStringLiteral("INSERT INTO assistant_profiles (profile_id, "
                                                   "introduced_at) VALUES (?, ?)"),
                                    {person.id, m_ws.clock().nowMs()});
            !q)
            return q.error();
        introduced = true;
        return replyInfo(conversationId, MessageKind::AssistantIntro,
                         AssistantInfoPayload::Topic::Introduction);
    });
    if (!s)
        return s.error();
    return introduced;
}

Result<bool> Assistant::refuseIfManaged(const Profile &person, qint64 conversationId,
                                        AssistantCommand command)
{
    auto managed = m_ws.orgs().managed(person.email);
    if (!managed)
        return managed.error();
    if (managed->status == ManagedStatus::Unmanaged)
        return false;
    RefusalPayload refusal;
    refusal.reason = managed->status == ManagedStatus::Enterprise
                         ? RefusalPayload::Reason::Enterprise
                         : RefusalPayload::Reason::Team;
    refusal.command = command;
    refusal.organisation = managed->organisation;
    if (Status s = reply(conversationId, MessageKind::Refusal, AssistantTexts::refusal(refusal),
                         refusal.toJson());
        !s)
        return s.error();
    return true;
}

Status Assistant::askToConfirm(const Profile &person, qint64 conversationId,
                               AssistantCommand command, ConfirmationPayload::Reason reason)
{
    auto issued = m_codes.issue(person.id, command);
    if (!issued)
        return issued.error();
    ConfirmationPayload payload{command, issued->code, issued->expiresAt, reason};
    return reply(conversationId, MessageKind::ConfirmationRequest,
                 AssistantTexts::confirmation(payload), payload.toJson());
}

Result<bool> Assistant::refuseIfLocked(const Profile &person, qint64 conversationId,
                                       AssistantCommand command)
{
    if (person.identityId == 0)
        return false;
    auto wait = m_codes.lockedForMs(person.identityId);
    if (!wait)
        return wait.error();
    if (*wait == 0)
        return false;
    RefusalPayload refusal;
    refusal.reason = RefusalPayload::Reason::TooManyCodes;
    refusal.command = command;
    refusal.lastRequestAt = m_ws.clock().nowMs();
    refusal.availableAt = refusal.lastRequestAt + *wait;
    if (Status s = reply(conversationId, MessageKind::Refusal, AssistantTexts::refusal(refusal),
                         refusal.toJson());
        !s)
        return s.error();
    return true;
}

Status Assistant::confirm(const Profile &person, qint64 conversationId, const ParsedCommand &cmd,
                          bool *confirmed)
{
    *confirmed = false;
    auto check = m_codes.consume(person.id, cmd.command(), cmd.isCode ? cmd.argument : QString());
    if (!check)
        return check.error();
    if (*check == ConfirmationCodes::Check::Valid) {
        *confirmed = true;
        return {};
    }
    // A wrong code, or one sent when none was active, is a guess; a late one is not.
    if (*check != ConfirmationCodes::Check::Expired && person.identityId != 0) {
        if (Status noted = m_codes.noteWrong(person.identityId); !noted)
            return noted;
        auto refused = refuseIfLocked(person, conversationId, cmd.command());
        if (!refused || *refused)
            return Status(refused);
    }
    return askToConfirm(person, conversationId, cmd.command(),
                        *check == ConfirmationCodes::Check::Expired
                            ? ConfirmationPayload::Reason::Expired
                            : ConfirmationPayload::Reason::WrongCode);
}

Status Assistant::getAttachments(const Profile &person, qint64 conversationId,
                                 const ParsedCommand &cmd)
{
    auto refused = refuseIfManaged(person, conversationId, AssistantCommand::GetAttachments);
    if (!refused || *refused)
        return Status(refused);

    auto latest = m_exports.latest(person.id);
    if (!latest)
        return latest.error();
    const qint64 now = m_ws.clock().nowMs();
    if (latest->has_value()) {
        const ExportJob &job = **latest;
        if (!job.delivered) {
            ExportAcceptedPayload pending{job.dueAt, true, job.requestedAt};
            return reply(conversationId, MessageKind::ExportAccepted,
                         AssistantTexts::exportAccepted(pending), pending.toJson());
        }
        if (now < job.requestedAt + m_config.cooldownMs) {
            RefusalPayload refusal;
            refusal.reason = RefusalPayload::Reason::Cooldown;
            refusal.availableAt = job.requestedAt + m_config.cooldownMs;
            refusal.lastRequestAt = job.requestedAt;
            return reply(conversationId, MessageKind::Refusal, AssistantTexts::refusal(refusal),
                         refusal.toJson());
        }
    }
    if (auto locked = refuseIfLocked(person, conversationId, AssistantCommand::GetAttachments);
        !locked || *locked)
        return Status(locked);
    if (!cmd.hasArgument())
        return askToConfirm(person, conversationId, AssistantCommand::GetAttachments,
                            ConfirmationPayload::Reason::First);
    bool confirmed = false;
    if (Status s = confirm(person, conversationId, cmd, &confirmed); !s || !confirmed)
        return s;
    auto job = m_exports.create(person.id, conversationId);
    if (!job)
        return job.error();
    ExportAcceptedPayload accepted{job->dueAt, false, job->requestedAt};
    return reply(conversationId, MessageKind::ExportAccepted,
                 AssistantTexts::exportAccepted(accepted), accepted.toJson());
}

Status Assistant::deleteMe(const Profile &person, qint64 conversationId, const ParsedCommand &cmd)
{
    auto refused = refuseIfManaged(person, conversationId, AssistantCommand::DeleteMe);
    if (!refused || *refused)
        return Status(refused);
    if (auto locked = refuseIfLocked(person, conversationId, AssistantCommand::DeleteMe);
        !locked || *locked)
        return Status(locked);
    if (!cmd.hasArgument()) {
        auto counts = m_ws.eraser().preview(person.id);
        if (!counts)
            return counts.error();
        const DeletionPreviewPayload preview{
            counts->conversations, counts->messages, counts->attachments, counts->roomsCreated,
            counts->contacts,      counts->meetings, person.email};
        if (Status s = reply(conversationId, MessageKind::DeletionPreview,
                             AssistantTexts::deletionPreview(preview), preview.toJson());
            !s)
            return s;
        return askToConfirm(person, conversationId, AssistantCommand::DeleteMe,
                            ConfirmationPayload::Reason::First);
    }
    bool confirmed = false;
    if (Status s = confirm(person, conversationId, cmd, &confirmed); !s || !confirmed)
        return s;
    // Signs out every device, erases the profile and its data (this conversation included) and
    // keeps the identity. Nothing is posted afterwards: the person has no profile to read it.
    return m_ws.eraser().erase(person.id, RevokeReason::ProfileDeleted);
}

} // namespace carillon
