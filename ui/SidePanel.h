#pragma once

#include "core/ChatBackend.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTabWidget;
class QTimer;

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
    // The lists as last answered, shown (again, when something they show arrives later).
    void showConversations();
    void showContacts(const QList<Invitation> &invitations, const QList<Contact> &contacts);
    void showMeetings();
    void fillConversationItem(QListWidgetItem *item, const ConversationSummary &s,
                              qint64 assistantId);
    // The assistant's message in this reader's language, for a conversation's preview.
    void renderMessage(qint64 messageId);
    void placeItems(QListWidget *list, const QList<QListWidgetItem *> &wanted);
    void applyFilter();
    void onContactActivated(QListWidgetItem *item);
    // A list that could not be loaded keeps what it showed, says so, and is asked for again a
    // few seconds later while someone is signed in (a network backend may be reconnecting).
    void listFailed(List list, const Error &error);
    void listLoaded(List list) { m_failedLists.remove(list); }
    void retryFailedLists();

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
    // The newest request of each list: an older answer is dropped.
    quint64 m_conversationsAsked = 0;
    quint64 m_contactsAsked = 0;
    quint64 m_meetingsAsked = 0;
    QList<ConversationSummary> m_summaries;
    QList<Meeting> m_meetingList;
    QHash<qint64, QString> m_rendered; // message id -> the assistant's text, rendered
    QSet<qint64> m_rendering;          // asked for, no answer yet
    QSet<QString> m_accepting;         // invitations being accepted
    QSet<List> m_failedLists;          // to be asked for again when m_retry fires
    QTimer *m_retry;
};

} // namespace carillon::ui
