#pragma once

#include "core/ChatBackend.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTabWidget;

namespace carillon::ui {

class SearchPanel;

// The left side of the main window: the search box with its results, and the chats, rooms,
// contacts and meetings lists. It keeps the lists in step with the backend and says what the
// person picked; opening it is the main window's business.
class SidePanel : public QWidget
{
    Q_OBJECT
public:
    enum class List
    {
        Chats,
        Rooms,
        Contacts,
        Meetings
    };

    explicit SidePanel(ChatBackend &backend, QWidget *parent = nullptr);

    QListWidget *conversationList() const { return m_chats; }
    QListWidget *contactList() const { return m_contacts; }
    SearchPanel *searchPanel() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *filter() const { return m_filter; }
    void showList(List list);
    // Marks the open conversation in the lists (without saying it was chosen).
    void setOpenConversation(qint64 conversationId);

    void refreshConversations();
    void refreshContacts();
    void refreshMeetings();

signals:
    void conversationChosen(qint64 conversationId);
    void personChosen(qint64 profileId);
    void conversationsRefreshed();
    void problem(const QString &message);

private:
    void scheduleConversationRefresh();
    void fillConversationItem(QListWidgetItem *item, const ConversationSummary &s,
                              qint64 assistantId) const;
    void placeItems(QListWidget *list, const QList<QListWidgetItem *> &wanted);
    void applyFilter();
    void onContactActivated(QListWidgetItem *item);

    ChatBackend &m_backend;
    QLineEdit *m_filter;
    SearchPanel *m_search;
    QTabWidget *m_tabs;
    QListWidget *m_chats;
    QListWidget *m_rooms;
    QListWidget *m_contacts;
    QListWidget *m_meetings;
    qint64 m_open = 0;
    bool m_refreshPending = false;
};

} // namespace carillon::ui
