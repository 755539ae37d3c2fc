#include "ui/AssistantWait.h"

#include "ui/ChatView.h"
#include "ui/Composer.h"

namespace carillon::ui {

AssistantWait::AssistantWait(ChatBackend &backend, ChatView &chat, QObject *parent)
    : QObject(parent), m_backend(backend), m_chat(chat)
{
    m_showTimer.setSingleShot(true);
    m_showTimer.setInterval(kShowAfterMs);
    m_giveUp.setSingleShot(true);
    m_giveUp.setInterval(kGiveUpMs);
    connect(&m_showTimer, &QTimer::timeout, this, &AssistantWait::show);
    connect(&m_giveUp, &QTimer::timeout, this, &AssistantWait::stop);
    connect(&backend, &ChatBackend::messagePosted, this, &AssistantWait::onMessagePosted);
    connect(&backend, &ChatBackend::signedOut, this, &AssistantWait::stop);
}

void AssistantWait::onMessagePosted(qint64 conversationId, qint64 messageId)
{
    auto message = m_backend.message(messageId);
    if (!message)
        return; // erased meanwhile
    const qint64 assistantId = m_backend.assistant().id;
    if (message->senderId == assistantId) {
        if (conversationId == m_conversation)
            stop();
        return;
    }
    if (message->senderId != m_backend.me().id)
        return;
    auto conversation = m_backend.conversation(conversationId);
    if (!conversation || conversation->kind != ConversationKind::Direct ||
        !conversation->memberIds.contains(assistantId))
        return;
    m_conversation = conversationId;
    m_showTimer.start();
    m_giveUp.start();
}

void AssistantWait::show()
{
    Composer *composer = m_chat.composer();
    // Not over a file being sent, nor in another conversation than the one waiting.
    if (!isWaiting() || composer->isLocked() || m_chat.conversationId() != m_conversation)
        return;
    composer->startWork(tr("The assistant is working on it…"), false);
    m_shown = true;
}

void AssistantWait::stop()
{
    m_showTimer.stop();
    m_giveUp.stop();
    m_conversation = 0;
    if (m_shown && !m_chat.composer()->isLocked())
        m_chat.composer()->finishWork();
    m_shown = false;
}

} // namespace carillon::ui
