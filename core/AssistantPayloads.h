#pragma once

// Payloads of the assistant's structured messages (MessageKind). They are defined in the core
// so that any client renders them without depending on the assistant module. Times are UTC
// milliseconds. A payload holds every fact its text needs, so each client renders the text in
// its own reader's language, time zone and formats (core/AssistantTexts); the plain-text body
// stored beside it, in the language of whichever instance answered, is what older clients and
// rows from before a fact was added show.

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

// MessageKind::AssistantIntro and AssistantInfo: what the assistant said, and the settings
// the text quotes.
struct AssistantInfoPayload
{
    enum class Topic
    {
        Introduction,
        Help,
        NotUnderstood,
        ExportFailed
    };
    Topic topic = Topic::NotUnderstood;
    QString assistantName; // Introduction
    qint64 codeValidityMs = 0;
    qint64 exportDelayMs = 0;
    qint64 linkLifetimeMs = 0;
    qint64 cooldownMs = 0;
    int attempts = 0; // ExportFailed
    QJsonObject toJson() const;
    static AssistantInfoPayload fromJson(const QJsonObject &json);
};

struct ExportAcceptedPayload // MessageKind::ExportAccepted
{
    qint64 expectedAt = 0;
    bool alreadyPending = false; // a second request while one is in processing
    qint64 requestedAt = 0;
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
    QString email; // the sign-in identity that is kept
    QJsonObject toJson() const;
    static DeletionPreviewPayload fromJson(const QJsonObject &json);
};

struct RefusalPayload // MessageKind::Refusal
{
    enum class Reason
    {
        Team,
        Enterprise,
        Cooldown,
        TooManyCodes // wrong confirmation codes: the identity waits before trying again
    };
    Reason reason = Reason::Team;
    AssistantCommand command = AssistantCommand::GetAttachments;
    QString organisation;     // Team or Enterprise name
    qint64 availableAt = 0;   // Cooldown, TooManyCodes: when a new request becomes possible
    qint64 lastRequestAt = 0; // Cooldown: the request that holds the slot; TooManyCodes: the
                              // refusal's own time, so the wait reads the same later
    QJsonObject toJson() const;
    static RefusalPayload fromJson(const QJsonObject &json);
};

} // namespace carillon
