#include "ui/AssistantWait.h"

#include "ui/ChatView.h"
#include "ui/Composer.h"
#include "ui/Dialogs.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace carillon::ui {

namespace {
// Says the profile is being erased; Escape and the close button do not end it (the erasure
// goes on regardless, and the window behind must not take input meanwhile).
class DeletingDialog final : public QDialog
{
public:
    explicit DeletingDialog(QWidget *parent) : QDialog(parent)
    {
        setObjectName(QStringLiteral("deletingProfileDialog"));
        setWindowTitle(AssistantWait::tr("Deleting your profile – Carillon"));
        setAccessibleName(AssistantWait::tr("Deleting your profile"));
        auto *layout = new QVBoxLayout(this);
        auto *text = new QLabel(AssistantWait::tr("Deleting your profile and everything in it. "
                                                  "On a large profile this takes a few seconds; "
                                                  "you are signed out when it is done."),
                                this);
        text->setObjectName(QStringLiteral("deletingProfileLabel"));
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        layout->addWidget(text);
        auto *bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("deletingProfileBar"));
        bar->setAccessibleName(AssistantWait::tr("Deleting your profile"));
        bar->setRange(0, 0);
        bar->setTextVisible(false);
        layout->addWidget(bar);
        setMinimumWidth(360);
    }
    void reject() override {}
};
} // namespace

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
    m_backend.message(messageId, this, [this, conversationId](const Result<Message> &message) {
        if (message) // not when erased meanwhile
            onMessage(conversationId, *message);
    });
}

void AssistantWait::onMessage(qint64 conversationId, const Message &message)
{
    const qint64 assistantId = m_backend.assistant().id;
    if (message.senderId == assistantId) {
        // Answers may be known before the question's conversation is: remembered either way.
        m_answered[conversationId] = std::max(m_answered.value(conversationId), message.id);
        if (conversationId == m_conversation)
            stop();
        return;
    }
    if (message.senderId != m_backend.me().id)
        return;
    m_backend.conversation(
        conversationId, this, [this, assistantId, message](const Result<Conversation> &c) {
            if (!c || c->kind != ConversationKind::Direct || !c->memberIds.contains(assistantId))
                return;
            if (m_answered.value(c->id) > message.id || !m_backend.isSignedIn())
                return; // answered (or signed out) while this was asked
            m_conversation = c->id;
            m_showTimer.start();
            m_giveUp.start();
            checkDeletion(message);
        });
}

void AssistantWait::checkDeletion(const Message &mine)
{
    // The code the assistant asked for is in one of its last messages before this one; a code
    // that no longer counts is refused at once, which closes the dialog again.
    m_backend.history(
        mine.conversationId, mine.id, 20, this, [this, mine](const Result<QList<Message>> &recent) {
            // Only while still waiting for this answer: a busy dialog nobody closes otherwise.
            if (!recent || m_conversation != mine.conversationId ||
                m_answered.value(mine.conversationId) > mine.id)
                return;
            const QString sent = mine.body.simplified();
            for (const Message &m : std::as_const(*recent)) {
                if (m.kind != MessageKind::ConfirmationRequest)
                    continue;
                const ConfirmationPayload p = ConfirmationPayload::fromJson(m.payload);
                if (p.command == AssistantCommand::DeleteMe &&
                    sent.compare(p.commandLine(), Qt::CaseInsensitive) == 0)
                    return showDeleting();
            }
        });
}

void AssistantWait::showDeleting()
{
    if (m_deleting)
        return;
    m_deleting = new DeletingDialog(m_chat.window());
    Dialogs::open(m_deleting);
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
    if (m_deleting)
        m_deleting->done(QDialog::Accepted);
    m_showTimer.stop();
    m_giveUp.stop();
    m_conversation = 0;
    if (m_shown && !m_chat.composer()->isLocked())
        m_chat.composer()->finishWork();
    m_shown = false;
}

} // namespace carillon::ui
