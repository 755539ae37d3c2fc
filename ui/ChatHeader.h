#pragma once

#include "core/ChatBackend.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace carillon::ui {

class ElidedLabel;
class ProfileCache;

// Above the messages: the open conversation's title, who is in it, and a badge when one of
// them is the assistant. Its answers come when the backend's do; until the first one for a
// newly opened conversation it says that it is loading, never the previous conversation's name.
class ChatHeader : public QFrame
{
    Q_OBJECT
public:
    ChatHeader(ChatBackend &backend, QWidget *parent = nullptr);

    // Another conversation (0: none): what is shown goes, the new one's title follows.
    void setConversation(qint64 conversationId);
    // Asks again (a member left or was erased, the room was renamed); shown until the answer.
    void refresh();
    QString title() const;
    // A conversation is shown, with the assistant in it.
    bool hasConversation() const { return m_conversation.has_value(); }
    bool withAssistant() const;

signals:
    void changed();

private:
    void render();

    ChatBackend &m_backend;
    ProfileCache &m_people;
    qint64 m_conversationId = 0;
    std::optional<Conversation> m_conversation;
    quint64 m_asked = 0; // the newest request: older answers are dropped
    ElidedLabel *m_title;
    ElidedLabel *m_subtitle;
    QLabel *m_badge;
};

} // namespace carillon::ui
