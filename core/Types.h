#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace carillon {

// Well-known address of the built-in Assistant profile (configurable per data directory).
inline QString defaultAssistantEmail()
{
    return QStringLiteral("assistant_no_reply@chime.aws");
}

enum class ProfileKind
{
    Person,
    Assistant
};
enum class ManagedStatus
{
    Unmanaged,
    Team,
    Enterprise
};
enum class ConversationKind
{
    Direct,
    Group,
    Room
};

// Messages carry a kind so the UI can render structured assistant replies without depending on
// the assistant module. Every kind also has a plain-text body that reads well on its own.
enum class MessageKind
{
    Text,
    AssistantIntro,
    AssistantInfo,
    ConfirmationRequest,
    ExportAccepted,
    ExportDelivered,
    DeletionPreview,
    Refusal,
};

QString toString(ConversationKind kind);
QString toString(MessageKind kind);
QString toString(ProfileKind kind);
bool fromString(const QString &text, ProfileKind *kind);
QString toString(ManagedStatus status);
bool fromString(const QString &text, ManagedStatus *status);
bool fromString(const QString &text, ConversationKind *kind);
bool fromString(const QString &text, MessageKind *kind);

struct Identity
{
    qint64 id = 0;
    QString email;
    QString name;
    qint64 createdAt = 0;
};

struct Profile
{
    qint64 id = 0;
    qint64 identityId = 0; // 0 for the assistant, which has no login
    QString email;
    QString displayName;
    ProfileKind kind = ProfileKind::Person;
    qint64 createdAt = 0;
};

struct Managed
{
    ManagedStatus status = ManagedStatus::Unmanaged;
    QString organisation; // team or enterprise name; empty when unmanaged
};

struct Attachment
{
    qint64 id = 0;
    QString publicId; // random, used in links so that ids cannot be guessed or counted
    qint64 messageId = 0;
    qint64 conversationId = 0;
    qint64 uploaderId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // hex, also the blob's name
    qint64 createdAt = 0;
};

struct Message
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 senderId = 0;
    MessageKind kind = MessageKind::Text;
    QString body;
    QJsonObject payload;
    qint64 createdAt = 0;
    QList<Attachment> attachments;
};

struct Conversation
{
    qint64 id = 0;
    ConversationKind kind = ConversationKind::Direct;
    QString title; // empty for 1:1 chats; the UI names them after the other person
    qint64 creatorId = 0;
    qint64 createdAt = 0;
    QList<qint64> memberIds;
};

struct ConversationSummary
{
    Conversation conversation;
    QString displayTitle; // title, or the other members' names
    qint64 lastMessageId = 0;
    QString lastMessageBody;
    qint64 lastMessageAt = 0;
    int unread = 0;
};

struct Meeting
{
    qint64 id = 0;
    qint64 organiserId = 0;
    QString title;
    qint64 startsAt = 0;
    int durationMinutes = 0;
    QList<qint64> inviteeIds;
};

struct Contact
{
    Profile profile;
    bool mutual = false; // they have us in their contacts too
};

struct Invitation
{
    qint64 id = 0;
    Profile from;
    QString toEmail;
    qint64 createdAt = 0;
};

} // namespace carillon

// Lists of these grow by moving their memory, not element by element (QString and the integers
// do not point into themselves): a manifest reads 100,000 attachments into one list.
Q_DECLARE_TYPEINFO(carillon::Attachment, Q_RELOCATABLE_TYPE);
