#pragma once

#include "assistant/AssistantConfig.h"
#include "assistant/CommandParser.h"
#include "assistant/ConfirmationCodes.h"
#include "assistant/ExportService.h"
#include "core/Types.h"

#include <QObject>

namespace carillon {

class Workspace;
struct Change;

// The assistant is a participant like any person: it hears messages posted to its 1:1 chats
// through the core's change feed and answers through the same message store. Every instance
// answers: a command is claimed (assistant_answered) in the transaction that posts the answer,
// so with several instances on a data folder each command is answered exactly once, and one
// whose sender died before answering is answered by the next instance to start or notice it.
class Assistant : public QObject
{
    Q_OBJECT
public:
    Assistant(Workspace &ws, AssistantConfig config, QObject *parent = nullptr);

    ExportService &exports() { return m_exports; }
    const AssistantConfig &config() const { return m_config; }

    // Answers one message if it is addressed to the assistant. Public so tests and tools can
    // drive it; normally called from the change feed.
    Status handle(const Message &message);
    // Answers every command in its 1:1 chats that no instance has answered yet (run at start).
    // Returns how many this call answered.
    Result<int> answerPending();

private:
    void onChange(const Change &change);
    Status claimAndAnswer(const Message &message, bool *answered);
    Status answer(const Message &message);
    // True when it introduced itself now (the person's first message).
    Result<bool> introduceIfNew(const Profile &person, qint64 conversationId);
    Status reply(qint64 conversationId, MessageKind kind, const QString &body,
                 const QJsonObject &payload = {});
    Status replyInfo(qint64 conversationId, MessageKind kind, AssistantInfoPayload::Topic topic);
    Status askToConfirm(const Profile &person, qint64 conversationId, AssistantCommand command,
                        ConfirmationPayload::Reason reason);
    // Refuses managed profiles; returns true when it did.
    Result<bool> refuseIfManaged(const Profile &person, qint64 conversationId,
                                 AssistantCommand command);
    Status getAttachments(const Profile &person, qint64 conversationId, const ParsedCommand &cmd);
    Status deleteMe(const Profile &person, qint64 conversationId, const ParsedCommand &cmd);
    Status confirm(const Profile &person, qint64 conversationId, const ParsedCommand &cmd,
                   bool *confirmed);
    // Refuses while the identity has sent too many wrong codes (ConfirmationCodes::lockedForMs);
    // returns true when it did.
    Result<bool> refuseIfLocked(const Profile &person, qint64 conversationId,
                                AssistantCommand command);

    Workspace &m_ws;
    AssistantConfig m_config;
    ConfirmationCodes m_codes;
    ExportService m_exports;
};

} // namespace carillon
