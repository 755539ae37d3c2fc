#include "Assistant.h"

#include "AssistantTexts.h"
#include "Workspace.h"

namespace carillon {

Assistant::Assistant(Workspace &ws, AssistantConfig config, QObject *parent)
    : QObject(parent), m_ws(ws), m_config(config),
      m_codes(ws.db(), ws.clock(), config.codeValidityMs), m_exports(ws, config)
{
    connect(&ws.feed(), &ChangeFeed::changed, this, &Assistant::onChange);
}

void Assistant::onChange(const Change &change)
{
    if (change.topic != Topic::Message || !change.local)
        return;
    auto message = m_ws.messages().message(change.subject);
    if (message && message->senderId != m_ws.assistantProfile().id) {
        if (Status s = handle(*message); !s)
            qWarning("carillon: the assistant could not answer message %lld: %s", change.subject,
                     qPrintable(s.error().message));
    }
}

Status Assistant::reply(qint64 conversationId, MessageKind kind, const QString &body,
                        const QJsonObject &payload)
{
    return Status(m_ws.messages().post(m_ws.assistantProfile().id, conversationId,
                                       OutgoingMessage{kind, body, payload, {}}));
}

Status Assistant::handle(const Message &message)
{
    const qint64 assistantId = m_ws.assistantProfile().id;
    if (message.senderId == assistantId || message.kind != MessageKind::Text)
        return {};
    auto conversation = m_ws.conversations().conversation(message.conversationId);
    if (!conversation || conversation->kind != ConversationKind::Direct ||
        !conversation->memberIds.contains(assistantId))
        return {};
    auto person = m_ws.accounts().profile(message.senderId);
    if (!person)
        return person.error();
    if (Status s = introduceIfNew(*person, conversation->id); !s)
        return s;

    const ParsedCommand command = CommandParser::parse(message.body);
    switch (command.kind) {
    case ParsedCommand::Kind::Help:
        return reply(conversation->id, MessageKind::AssistantInfo, AssistantTexts::help(m_config),
                     {{QStringLiteral("topic"), QStringLiteral("help")}});
    case ParsedCommand::Kind::GetAttachments:
        return getAttachments(*person, conversation->id, command);
    case ParsedCommand::Kind::DeleteMe:
        return deleteMe(*person, conversation->id, command);
    case ParsedCommand::Kind::Unknown:
        break;
    }
    return reply(conversation->id, MessageKind::AssistantInfo, AssistantTexts::notUnderstood(),
                 {{QStringLiteral("topic"), QStringLiteral("unknown")}});
}

Status Assistant::introduceIfNew(const Profile &person, qint64 conversationId)
{
    return m_ws.db().transaction([&]() -> Status {
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
        return reply(conversationId, MessageKind::AssistantIntro,
                     AssistantTexts::introduction(m_ws.assistantProfile().displayName, m_config),
                     {{QStringLiteral("topic"), QStringLiteral("introduction")}});
    });
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
    if (Status s = reply(conversationId, MessageKind::Refusal, AssistantTexts::refusal(refusal, 0),
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
            ExportAcceptedPayload pending{job.dueAt, true};
            return reply(conversationId, MessageKind::ExportAccepted,
                         AssistantTexts::exportAccepted(pending, job.requestedAt),
                         pending.toJson());
        }
        if (now < job.requestedAt + m_config.cooldownMs) {
            RefusalPayload refusal;
            refusal.reason = RefusalPayload::Reason::Cooldown;
            refusal.availableAt = job.requestedAt + m_config.cooldownMs;
            return reply(conversationId, MessageKind::Refusal,
                         AssistantTexts::refusal(refusal, job.requestedAt), refusal.toJson());
        }
    }
    if (!cmd.hasArgument())
        return askToConfirm(person, conversationId, AssistantCommand::GetAttachments,
                            ConfirmationPayload::Reason::First);
    bool confirmed = false;
    if (Status s = confirm(person, conversationId, cmd, &confirmed); !s || !confirmed)
        return s;
    auto job = m_exports.create(person.id, conversationId);
    if (!job)
        return job.error();
    ExportAcceptedPayload accepted{job->dueAt, false};
    return reply(conversationId, MessageKind::ExportAccepted,
                 AssistantTexts::exportAccepted(accepted, job->requestedAt), accepted.toJson());
}

Status Assistant::deleteMe(const Profile &person, qint64 conversationId, const ParsedCommand &cmd)
{
    auto refused = refuseIfManaged(person, conversationId, AssistantCommand::DeleteMe);
    if (!refused || *refused)
        return Status(refused);
    if (!cmd.hasArgument()) {
        auto counts = m_ws.eraser().preview(person.id);
        if (!counts)
            return counts.error();
        const DeletionPreviewPayload preview{counts->conversations, counts->messages,
                                             counts->attachments,   counts->roomsCreated,
                                             counts->contacts,      counts->meetings};
        if (Status s =
                reply(conversationId, MessageKind::DeletionPreview,
                      AssistantTexts::deletionPreview(preview, person.email), preview.toJson());
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
