#pragma once

#include "core/ChatBackend.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;

namespace carillon::ui {

class RecipientEdit;

// Message > New message…: To: with completion; one recipient opens the 1:1 chat, several the
// group chat with exactly them. An address that is not a contact yet is offered an invitation
// (this is how a person reaches the assistant the first time).
class NewMessageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewMessageDialog(ChatBackend &backend, QWidget *parent = nullptr);

    qint64 conversationId() const { return m_conversationId; }
    QString firstMessage() const;
    RecipientEdit *recipients() const { return m_to; }
    void accept() override;

private:
    struct Pending;
    void nextRecipient(const std::shared_ptr<Pending> &pending);
    void openConversation(const std::shared_ptr<Pending> &pending);
    void fail(const QString &message);

    ChatBackend &m_backend;
    RecipientEdit *m_to;
    QPlainTextEdit *m_text;
    QLabel *m_error;
    qint64 m_conversationId = 0;
    QStringList m_approved; // addresses the person agreed to invite
};

} // namespace carillon::ui
