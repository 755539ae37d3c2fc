#pragma once

#include "AssistantConfig.h"
#include "CommandParser.h"
#include "ConfirmationCodes.h"
#include "ExportService.h"
#include "Types.h"

#include <QObject>

namespace carillon {

class Workspace;
struct Change;

// The assistant is a participant like any person: it hears messages posted to its 1:1 chats
// through the core's change feed and answers through the same message store. It reacts only to
// messages this process wrote, so with several instances on a data folder each message is
// answered exactly once (by the instance it was sent from).
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

private:
    void onChange(const Change &change);
    Status introduceIfNew(const Profile &person, qint64 conversationId);
    Status reply(qint64 conversationId, MessageKind kind, const QString &body,
                 const QJsonObject &payload = {});
    Status askToConfirm(const Profile &person, qint64 conversationId, AssistantCommand command,
                        ConfirmationPayload::Reason reason);
    // Refuses managed profiles; returns true when it did.
    Result<bool> refuseIfManaged(const Profile &person, qint64 conversationId,
                                 AssistantCommand command);
    Status getAttachments(const Profile &person, qint64 conversationId, const ParsedCommand &cmd);
    Status deleteMe(const Profile &person, qint64 conversationId, const ParsedCommand &cmd);
    Status confirm(const Profile &person, qint64 conversationId, const ParsedCommand &cmd,
                   bool *confirmed);

    Workspace &m_ws;
    AssistantConfig m_config;
    ConfirmationCodes m_codes;
    ExportService m_exports;
};

} // namespace carillon
