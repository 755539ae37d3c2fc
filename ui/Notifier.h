#pragma once

#include "core/ChatBackend.h"

#include <QObject>

#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace carillon::ui {

// Tells the person about new messages from others while the window is in the background (or
// the message is in another conversation), through the tray where the desktop has one. Where
// it has none it stays quiet; nothing else changes.
class Notifier : public QObject
{
    Q_OBJECT
public:
    Notifier(ChatBackend &backend, QWidget *window, std::function<qint64()> openConversation,
             QObject *parent = nullptr);
    ~Notifier() override;

    // What showing a notification does; tests replace it to see what would be shown.
    std::function<void(const QString &title, const QString &body)> show;
    bool enabled = true;

private:
    void onMessage(qint64 conversationId, qint64 messageId);
    void notify(const Message &message, const QString &senderName);

    ChatBackend &m_backend;
    QWidget *m_window;
    std::function<qint64()> m_openConversation;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace carillon::ui
