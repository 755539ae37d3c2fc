#include "core/Types.h"

#include "core/EnumNames.h"

namespace carillon {

namespace {
constexpr EnumName<ConversationKind> kConversationKinds[] = {
    {ConversationKind::Direct, "direct"},
    {ConversationKind::Group, "group"},
    {ConversationKind::Room, "room"},
};

constexpr EnumName<MessageKind> kMessageKinds[] = {
    {MessageKind::Text, "text"},
    {MessageKind::AssistantIntro, "assistant-intro"},
    {MessageKind::AssistantInfo, "assistant-info"},
    {MessageKind::ConfirmationRequest, "confirmation-request"},
    {MessageKind::ExportAccepted, "export-accepted"},
    {MessageKind::ExportDelivered, "export-delivered"},
    {MessageKind::DeletionPreview, "deletion-preview"},
    {MessageKind::Refusal, "refusal"},
};

constexpr EnumName<ProfileKind> kProfileKinds[] = {
    {ProfileKind::Person, "person"},
    {ProfileKind::Assistant, "assistant"},
};

constexpr EnumName<ManagedStatus> kManaged[] = {
    {ManagedStatus::Unmanaged, "unmanaged"},
    {ManagedStatus::Team, "team"},
    {ManagedStatus::Enterprise, "enterprise"},
};
} // namespace

QString toString(ConversationKind kind)
{
    return nameOf(kConversationKinds, kind);
}
QString toString(MessageKind kind)
{
    return nameOf(kMessageKinds, kind);
}
QString toString(ProfileKind kind)
{
    return nameOf(kProfileKinds, kind);
}
bool fromString(const QString &text, ProfileKind *kind)
{
    return valueOf(kProfileKinds, text, kind);
}
QString toString(ManagedStatus status)
{
    return nameOf(kManaged, status);
}

bool fromString(const QString &text, ManagedStatus *status)
{
    return valueOf(kManaged, text, status);
}

bool fromString(const QString &text, ConversationKind *kind)
{
    return valueOf(kConversationKinds, text, kind);
}
bool fromString(const QString &text, MessageKind *kind)
{
    return valueOf(kMessageKinds, text, kind);
}

} // namespace carillon
