#include "core/Types.h"

#include <array>
#include <utility>

namespace carillon {

namespace {
template <typename E, size_t N>
bool lookup(const std::array<std::pair<E, const char *>, N> &table, const QString &text, E *out)
{
    for (const auto &[value, name] : table) {
        if (text == QLatin1String(name)) {
            *out = value;
            return true;
        }
    }
    return false;
}

template <typename E, size_t N>
QString name(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, n] : table) {
        if (v == value)
            return QLatin1String(n);
    }
    return {};
}

constexpr std::array<std::pair<ConversationKind, const char *>, 3> kConversationKinds{{
    {ConversationKind::Direct, "direct"},
    {ConversationKind::Group, "group"},
    {ConversationKind::Room, "room"},
}};

constexpr std::array<std::pair<MessageKind, const char *>, 8> kMessageKinds{{
    {MessageKind::Text, "text"},
    {MessageKind::AssistantIntro, "assistant-intro"},
    {MessageKind::AssistantInfo, "assistant-info"},
    {MessageKind::ConfirmationRequest, "confirmation-request"},
    {MessageKind::ExportAccepted, "export-accepted"},
    {MessageKind::ExportDelivered, "export-delivered"},
    {MessageKind::DeletionPreview, "deletion-preview"},
    {MessageKind::Refusal, "refusal"},
}};

constexpr std::array<std::pair<ManagedStatus, const char *>, 3> kManaged{{
    {ManagedStatus::Unmanaged, "unmanaged"},
    {ManagedStatus::Team, "team"},
    {ManagedStatus::Enterprise, "enterprise"},
}};
} // namespace

QString toString(ConversationKind kind)
{
    return name(kConversationKinds, kind);
}
QString toString(MessageKind kind)
{
    return name(kMessageKinds, kind);
}
QString toString(ManagedStatus status)
{
    return name(kManaged, status);
}
bool fromString(const QString &text, ConversationKind *kind)
{
    return lookup(kConversationKinds, text, kind);
}
bool fromString(const QString &text, MessageKind *kind)
{
    return lookup(kMessageKinds, text, kind);
}

} // namespace carillon
