#pragma once

// Payloads of the assistant's structured messages (MessageKind). They are defined in the core
// so that any client renders them without depending on the assistant module. Times are UTC
// milliseconds. Every such message also has a plain-text body that reads well on its own.

#include <QJsonObject>
#include <QString>

namespace carillon {

// The command a confirmation code belongs to.
enum class AssistantCommand
{
    GetAttachments,
    DeleteMe
};
QString commandName(AssistantCommand command); // "get-attachments", "delete-me"
QString commandText(AssistantCommand command); // "Get my attachments", "Delete me"
bool commandFromName(const QString &name, AssistantCommand *command);

struct ConfirmationPayload // MessageKind::ConfirmationRequest
{
    enum class Reason
    {
        First,
        WrongCode,
        Expired
    };
    AssistantCommand command = AssistantCommand::GetAttachments;
    QString code;
    qint64 expiresAt = 0;
    Reason reason = Reason::First;

    QString commandLine() const { return commandText(command) + QLatin1Char(' ') + code; }
    QJsonObject toJson() const;
    static ConfirmationPayload fromJson(const QJsonObject &json);
};

struct ExportAcceptedPayload // MessageKind::ExportAccepted
{
    qint64 expectedAt = 0;
    bool alreadyPending = false; // a second request while one is in processing
    QJsonObject toJson() const;
    static ExportAcceptedPayload fromJson(const QJsonObject &json);
};

struct ExportDeliveredPayload // MessageKind::ExportDelivered; the message carries the file
{
    int linkCount = 0;
    qint64 expiresAt = 0;
    QJsonObject toJson() const;
    static ExportDeliveredPayload fromJson(const QJsonObject &json);
};

struct DeletionPreviewPayload // MessageKind::DeletionPreview
{
    int conversations = 0;
    int messages = 0;
    int attachments = 0;
    int roomsCreated = 0;
    int contacts = 0;
    int meetings = 0;
    QJsonObject toJson() const;
    static DeletionPreviewPayload fromJson(const QJsonObject &json);
};

struct RefusalPayload // MessageKind::Refusal
{
    enum class Reason
    {
        Team,
        Enterprise,
        Cooldown
    };
    Reason reason = Reason::Team;
    AssistantCommand command = AssistantCommand::GetAttachments;
    QString organisation;   // Team or Enterprise name
    qint64 availableAt = 0; // Cooldown: when a new request becomes possible
    QJsonObject toJson() const;
    static RefusalPayload fromJson(const QJsonObject &json);
};

} // namespace carillon
