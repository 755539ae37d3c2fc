#pragma once

#include "core/ChatBackend.h"

#include <QMainWindow>

class QLabel;
class QListWidget;

namespace carillon::ui {

class ChatView;
class ElidedLabel;
class FontNotice;
class SearchPanel;
class SidePanel;

// The signed-in window: conversations, rooms, contacts and meetings on the left, the open
// conversation on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ChatBackend &backend, QWidget *parent = nullptr);

    ChatView *chatView() const { return m_chat; }
    class Notifier *notifier() const { return m_notifier; }
    void openConversation(qint64 conversationId);
    QListWidget *conversationList() const;
    QListWidget *contactList() const;
    SearchPanel *searchPanel() const;
    SidePanel *sidePanel() const { return m_side; }
    // The notice that Japanese needs a font which is not installed.
    FontNotice *fontNotice() const { return m_fontNotice; }

public slots:
    void inviteContact();
    void newMessage();
    void newRoom();
    void scheduleMeeting();
    void advanceTime();
    void resetDemo();
    void showAssistantHelp();
    void showSettings();
    void showManifest(const carillon::Attachment &manifest);
    void showProblem(const QString &message);
    // Ctrl+K: a filter line over every conversation and person; Enter opens the one picked.
    void showQuickSwitcher();
    void setWarning(const QString &warning);

signals:
    void signOutRequested();
    void switchPersonRequested();

private:
    void buildMenus();
    void refreshStatus();
    void showIdentity();
    // Once a conversation's first page is in.
    void checkFont();
    // The 1:1 chat with that person, started if there is none yet.
    void openChatWith(qint64 profileId);

    ChatBackend &m_backend;
    SidePanel *m_side;
    FontNotice *m_fontNotice;
    ChatView *m_chat;
    ElidedLabel *m_statusIdentity;
    QLabel *m_statusClock;
    QLabel *m_statusWarning;
    class Notifier *m_notifier;
    QString m_managed;         // " · managed by …" as last answered
    quint64 m_statusAsked = 0; // the newest managed-status request
    quint64 m_openAsked = 0;   // the newest conversation opened or chat being started
};

} // namespace carillon::ui
