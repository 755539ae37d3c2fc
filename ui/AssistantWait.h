#pragma once

#include "core/ChatBackend.h"

#include <QDialog>
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
    void show();
    void stop();
    bool confirmsDeletion(const Message &mine) const;
    void showDeleting();

    ChatBackend &m_backend;
    ChatView &m_chat;
    qint64 m_conversation = 0; // the assistant chat waiting for an answer
    QTimer m_showTimer;
    QTimer m_giveUp;
    bool m_shown = false;
    QPointer<QDialog> m_deleting;
};

} // namespace carillon::ui
