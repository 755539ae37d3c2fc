#include "core/AssistantPayloads.h"

#include <limits>

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

// A number of things: never negative (tr() leaves "%n" as it is for a negative count) and
// within an int, whatever a damaged row holds.
int count(const QJsonObject &json, const QString &key)
{
    return int(qBound(qint64(0), integer(json, key), qint64(std::numeric_limits<int>::max())));
}

const char *const kConfirmationReasons[] = {"first", "wrong-code", "expired"};
const char *const kRefusalReasons[] = {"team", "enterprise", "cooldown", "too-many-codes"};
// The names stored before this struct existed ("unknown" included), so old rows read alike.
const char *const kInfoTopics[] = {"introduction", "help", "unknown", "export-failed"};

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

QJsonObject AssistantInfoPayload::toJson() const
{
    QJsonObject json{{QStringLiteral("topic"), QLatin1String(kInfoTopics[int(topic)])}};
    switch (topic) {
    case Topic::Introduction:
        json.insert(QStringLiteral("assistantName"), assistantName);
        json.insert(QStringLiteral("cooldownMs"), cooldownMs);
        break;
    case Topic::Help:
        json.insert(QStringLiteral("codeValidityMs"), codeValidityMs);
        json.insert(QStringLiteral("exportDelayMs"), exportDelayMs);
        json.insert(QStringLiteral("linkLifetimeMs"), linkLifetimeMs);
        json.insert(QStringLiteral("cooldownMs"), cooldownMs);
        break;
    case Topic::ExportFailed:
        json.insert(QStringLiteral("attempts"), attempts);
        break;
    case Topic::NotUnderstood:
        break;
    }
    return json;
}

AssistantInfoPayload AssistantInfoPayload::fromJson(const QJsonObject &json)
{
    AssistantInfoPayload p;
    p.topic = reasonFrom<Topic>(json.value(QStringLiteral("topic")).toString(), kInfoTopics);
    p.assistantName = json.value(QStringLiteral("assistantName")).toString();
    p.codeValidityMs = integer(json, QStringLiteral("codeValidityMs"));
    p.exportDelayMs = integer(json, QStringLiteral("exportDelayMs"));
    p.linkLifetimeMs = integer(json, QStringLiteral("linkLifetimeMs"));
    p.cooldownMs = integer(json, QStringLiteral("cooldownMs"));
    p.attempts = count(json, QStringLiteral("attempts"));
    return p;
}

QJsonObject ExportAcceptedPayload::toJson() const
{
    return {{QStringLiteral("expectedAt"), expectedAt},
            {QStringLiteral("alreadyPending"), alreadyPending},
            {QStringLiteral("requestedAt"), requestedAt}};
}

ExportAcceptedPayload ExportAcceptedPayload::fromJson(const QJsonObject &json)
{
    return {integer(json, QStringLiteral("expectedAt")),
            json.value(QStringLiteral("alreadyPending")).toBool(),
            integer(json, QStringLiteral("requestedAt"))};
}

QJsonObject ExportDeliveredPayload::toJson() const
{
    return {{QStringLiteral("linkCount"), linkCount}, {kExpiresAt, expiresAt}};
}

ExportDeliveredPayload ExportDeliveredPayload::fromJson(const QJsonObject &json)
{
    return {count(json, QStringLiteral("linkCount")), integer(json, kExpiresAt)};
}

QJsonObject DeletionPreviewPayload::toJson() const
{
    return {{QStringLiteral("conversations"), conversations},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("attachments"), attachments},
            {QStringLiteral("roomsCreated"), roomsCreated},
            {QStringLiteral("contacts"), contacts},
            {QStringLiteral("meetings"), meetings},
            {QStringLiteral("email"), email}};
}

DeletionPreviewPayload DeletionPreviewPayload::fromJson(const QJsonObject &json)
{
    DeletionPreviewPayload p;
    p.conversations = count(json, QStringLiteral("conversations"));
    p.messages = count(json, QStringLiteral("messages"));
    p.attachments = count(json, QStringLiteral("attachments"));
    p.roomsCreated = count(json, QStringLiteral("roomsCreated"));
    p.contacts = count(json, QStringLiteral("contacts"));
    p.meetings = count(json, QStringLiteral("meetings"));
    p.email = json.value(QStringLiteral("email")).toString();
    return p;
}

QJsonObject RefusalPayload::toJson() const
{
    return {{kReason, QLatin1String(kRefusalReasons[int(reason)])},
            {kCommand, commandName(command)},
            {QStringLiteral("organisation"), organisation},
            {QStringLiteral("availableAt"), availableAt},
            {QStringLiteral("lastRequestAt"), lastRequestAt}};
}

RefusalPayload RefusalPayload::fromJson(const QJsonObject &json)
{
    RefusalPayload p;
    p.reason = reasonFrom<Reason>(json.value(kReason).toString(), kRefusalReasons);
    commandFromName(json.value(kCommand).toString(), &p.command);
    p.organisation = json.value(QStringLiteral("organisation")).toString();
    p.availableAt = integer(json, QStringLiteral("availableAt"));
    p.lastRequestAt = integer(json, QStringLiteral("lastRequestAt"));
    return p;
}

} // namespace carillon
