#pragma once

#include "core/ChatBackend.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTabWidget;

namespace carillon::ui {

class ChatView;
class ElidedLabel;

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
    QListWidget *conversationList() const { return m_chats; }
    QListWidget *contactList() const { return m_contacts; }
    class SearchPanel *searchPanel() const { return m_search; }

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
    void setWarning(const QString &warning);

signals:
    void signOutRequested();
    void switchPersonRequested();

private:
    void buildMenus();
    void refreshConversations();
    void scheduleConversationRefresh();
    void fillConversationItem(QListWidgetItem *item, const ConversationSummary &s,
                              qint64 assistantId) const;
    void placeItems(QListWidget *list, const QList<QListWidgetItem *> &wanted);
    void refreshContacts();
    void refreshMeetings();
    void refreshStatus();
    void applyFilter();
    void connectSearch();
    void onContactActivated(QListWidgetItem *item);
    void openChatWith(const Profile &person);

    ChatBackend &m_backend;
    QLineEdit *m_filter;
    QTabWidget *m_tabs;
    QListWidget *m_chats;
    QListWidget *m_rooms;
    QListWidget *m_contacts;
    QListWidget *m_meetings;
    ChatView *m_chat;
    class SearchPanel *m_search;
    ElidedLabel *m_statusIdentity;
    QLabel *m_statusClock;
    QLabel *m_statusWarning;
    class Notifier *m_notifier;
    bool m_refreshPending = false;
};

} // namespace carillon::ui
