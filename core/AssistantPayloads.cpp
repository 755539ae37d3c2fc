#include "core/AssistantPayloads.h"

namespace carillon {

namespace {
const QString kCommand = QStringLiteral("command");
const QString kCode = QStringLiteral("code");
const QString kExpiresAt = QStringLiteral("expiresAt");
const QString kReason = QStringLiteral("reason");

qint64 integer(const QJsonObject &json, const QString &key)
{
    return json.value(key).toInteger();
}

const char *const kConfirmationReasons[] = {"first", "wrong-code", "expired"};
const char *const kRefusalReasons[] = {"team", "enterprise", "cooldown"};

template <typename E, size_t N> E reasonFrom(const QString &text, const char *const (&names)[N])
{
    for (size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names[i]))
            return E(i);
    }
    return E(0);
}
} // namespace

QString commandName(AssistantCommand command)
{
    return command == AssistantCommand::DeleteMe ? QStringLiteral("delete-me")
                                                 : QStringLiteral("get-attachments");
}

QString commandText(AssistantCommand command)
{
    // The commands are English words the person types; they are not translated.
    return command == AssistantCommand::DeleteMe ? QStringLiteral("Delete me")
                                                 : QStringLiteral("Get my attachments");
}

bool commandFromName(const QString &name, AssistantCommand *command)
{
    if (name == QLatin1String("delete-me"))
        *command = AssistantCommand::DeleteMe;
    else if (name == QLatin1String("get-attachments"))
        *command = AssistantCommand::GetAttachments;
    else
        return false;
    return true;
}

QJsonObject ConfirmationPayload::toJson() const
{
    return {{kCommand, commandName(command)},
            {kCode, code},
            {kExpiresAt, expiresAt},
            {QStringLiteral("commandLine"), commandLine()},
            {kReason, QLatin1String(kConfirmationReasons[int(reason)])}};
}

ConfirmationPayload ConfirmationPayload::fromJson(const QJsonObject &json)
{
    ConfirmationPayload p;
    commandFromName(json.value(kCommand).toString(), &p.command);
    p.code = json.value(kCode).toString();
    p.expiresAt = integer(json, kExpiresAt);
    p.reason = reasonFrom<Reason>(json.value(kReason).toString(), kConfirmationReasons);
    return p;
}

QJsonObject ExportAcceptedPayload::toJson() const
{
    return {{QStringLiteral("expectedAt"), expectedAt},
            {QStringLiteral("alreadyPending"), alreadyPending}};
}

ExportAcceptedPayload ExportAcceptedPayload::fromJson(const QJsonObject &json)
{
    return {integer(json, QStringLiteral("expectedAt")),
            json.value(QStringLiteral("alreadyPending")).toBool()};
}

QJsonObject ExportDeliveredPayload::toJson() const
{
    return {{QStringLiteral("linkCount"), linkCount}, {kExpiresAt, expiresAt}};
}

ExportDeliveredPayload ExportDeliveredPayload::fromJson(const QJsonObject &json)
{
    return {int(integer(json, QStringLiteral("linkCount"))), integer(json, kExpiresAt)};
}

QJsonObject DeletionPreviewPayload::toJson() const
{
    return {{QStringLiteral("conversations"), conversations},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("attachments"), attachments},
            {QStringLiteral("roomsCreated"), roomsCreated},
            {QStringLiteral("contacts"), contacts},
            {QStringLiteral("meetings"), meetings}};
}

DeletionPreviewPayload DeletionPreviewPayload::fromJson(const QJsonObject &json)
{
    DeletionPreviewPayload p;
    p.conversations = int(integer(json, QStringLiteral("conversations")));
    p.messages = int(integer(json, QStringLiteral("messages")));
    p.attachments = int(integer(json, QStringLiteral("attachments")));
    p.roomsCreated = int(integer(json, QStringLiteral("roomsCreated")));
    p.contacts = int(integer(json, QStringLiteral("contacts")));
    p.meetings = int(integer(json, QStringLiteral("meetings")));
    return p;
}

QJsonObject RefusalPayload::toJson() const
{
    return {{kReason, QLatin1String(kRefusalReasons[int(reason)])},
            {kCommand, commandName(command)},
            {QStringLiteral("organisation"), organisation},
            {QStringLiteral("availableAt"), availableAt}};
}

RefusalPayload RefusalPayload::fromJson(const QJsonObject &json)
{
    RefusalPayload p;
    p.reason = reasonFrom<Reason>(json.value(kReason).toString(), kRefusalReasons);
    commandFromName(json.value(kCommand).toString(), &p.command);
    p.organisation = json.value(QStringLiteral("organisation")).toString();
    p.availableAt = integer(json, QStringLiteral("availableAt"));
    return p;
}

} // namespace carillon
