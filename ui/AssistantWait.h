#pragma once

#include "core/ChatBackend.h"

#include <QDialog>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace carillon::ui {

class ChatView;

// While a message sent to the assistant is not answered after a moment (Delete me erases a
// large profile for seconds, on the assistant's own thread), the composer says the assistant
// is working on it; its answer, or the end of the session, clears it. A confirmed Delete me
// also opens a window-modal busy dialog at once: the window repaints, but takes no input that
// would race the erasure (a message sent, a room made, for the profile being erased).
class AssistantWait : public QObject
{
    Q_OBJECT
public:
    static constexpr int kShowAfterMs = 150;
    static constexpr int kGiveUpMs = 120'000;

    AssistantWait(ChatBackend &backend, ChatView &chat, QObject *parent = nullptr);
    bool isWaiting() const { return m_conversation != 0; }
    // The busy dialog of a confirmed Delete me, while it is open.
    QDialog *deletingDialog() const { return m_deleting; }

private:
    void onMessagePosted(qint64 conversationId, qint64 messageId);
    void onMessage(qint64 conversationId, const Message &message);
    void show();
    void stop();
    // Opens the busy dialog when mine confirms a Delete me.
    void checkDeletion(const Message &mine);
    void showDeleting();

    ChatBackend &m_backend;
    ChatView &m_chat;
    qint64 m_conversation = 0; // the assistant chat waiting for an answer
    QTimer m_showTimer;
    QTimer m_giveUp;
    bool m_shown = false;
    QPointer<QDialog> m_deleting;
    QHash<qint64, qint64> m_answered; // conversation -> the assistant's newest message id
};

} // namespace carillon::ui
