#pragma once

#include "core/ChatBackend.h"

#include "ui/Theme.h"

class QLabel;
class QPushButton;
class QTimer;

namespace carillon::ui {

// The body of a message that needs real widgets: the assistant's structured replies (rendered
// from the core's message kinds and payloads) and attachment bubbles with Open and Save as…
// Real widgets, so keyboard users, screen readers and UI-automation tools reach every button.
class MessageCard : public TonedFrame
{
    Q_OBJECT
public:
    MessageCard(ChatBackend &backend, const Message &message, QWidget *parent = nullptr);

    // What became of a confirmation code since it was sent; expiry the card sees for itself.
    enum class CodeState
    {
        Live,
        Used,
        Replaced
    };

    qint64 messageId() const { return m_message.id; }
    // True when the card changed (its height may have).
    bool setCodeState(CodeState state);
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void putInComposer(const QString &text);
    void viewLinks(const carillon::Attachment &manifest);
    void openAttachment(const carillon::Attachment &attachment);
    void saveAttachment(const carillon::Attachment &attachment);
    void linkActivated(const QString &url);
    // Its height changed after it was shown (a thumbnail arrived).
    void grew();

private:
    QLabel *bodyLabel(const QString &text);
    QWidget *attachmentBubble(const Attachment &attachment);
    void buildConfirmation();
    void buildDeletionPreview();
    void buildExportDelivered();
    void buildTitled(const QString &title, Tone tone);
    QPushButton *button(const QString &objectName, const QString &text, const QString &accessible);
    void nameForScreenReaders();
    void updateCountdown();
    void updateLinksExpiry();

    ChatBackend &m_backend;
    Message m_message;
    QLabel *m_countdown = nullptr;
    QPushButton *m_putButton = nullptr;
    QList<QWidget *> m_codeParts; // what stops working with the code: copy buttons, the code
    QLabel *m_facts = nullptr;
    CodeState m_codeState = CodeState::Live;
    QTimer *m_timer = nullptr;
    qint64 m_expiresAt = 0;
    QString m_title; // the heading, when the card has one
};

} // namespace carillon::ui
