#pragma once

#include "core/ChatBackend.h"

#include <QAbstractListModel>
#include <QHash>

#include <functional>

namespace carillon::ui {

// The messages of one conversation, newest at the bottom. Opens with the latest page and pages
// older history in through canFetchMore()/fetchMore() as the person scrolls up, so a
// conversation of any length opens at once. It holds a window of at most kMaxRows: loading
// older pages lets go of the newest ones, which loadNewer() brings back as the person scrolls
// down again, so memory and layout time stay bounded however far back anyone reads.
// Pages arrive when the backend answers, which may be later: one page request is outstanding at
// a time, and an answer for a conversation no longer open (or opened again since) is dropped.
class MessageModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int kFirstPage = 60;
    static constexpr int kOlderPage = 200;
    static constexpr int kMaxRows = 3 * kOlderPage;

    enum Role
    {
        SenderNameRole = Qt::UserRole + 1,
        StartsGroupRole,
        StartsDayRole,
        MessageIdRole
    };

    explicit MessageModel(ChatBackend &backend, QObject *parent = nullptr);

    // Shows the conversation (empty until its first page arrives; opened() says when).
    void open(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    // The first page of the open conversation has not arrived yet.
    bool isLoading() const { return m_loading; }
    // Calls then with the row of the message once it is loaded, paging older history in as
    // needed; -1 when it is not in the conversation. Not called when another conversation is
    // opened first.
    void find(qint64 messageId, std::function<void(int row)> then);
    // Wraps putting a page of older or newer messages in, whenever it arrives: the view keeps
    // the reading position around it.
    std::function<void(const std::function<void()> &change)> aroundPage;
    // Appends a message posted to this conversation (here or by another device).
    void onMessagePosted(qint64 conversationId, qint64 messageId);

    const Message &messageAt(int row) const { return m_messages.at(row); }
    int rowOf(qint64 messageId) const;
    QString senderName(qint64 profileId) const;
    bool startsGroup(int row) const;
    bool isFromAssistant(int row) const { return m_messages.at(row).senderId == m_assistantId; }
    bool startsDay(int row) const;
    // The workspace's clock (the demo clock too), which "Today" and "Yesterday" are told by.
    qint64 nowMs() const { return m_backend.nowMs(); }
    // For a confirmation request: whether a later message used its code (the person sent it
    // in time) or replaced it (a newer code for the same command). The code itself lives only
    // as a hash with the assistant, so the conversation is the record of what happened to it.
    enum class CodeFate
    {
        Live,
        Used,
        Replaced
    };
    CodeFate codeFate(int row) const;
    // A message that needs real widgets (assistant cards, attachment bubbles).
    static bool isRich(const Message &message);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    // Older history loads only when the view asks (scrolled to the top): item views also call
    // fetchMore() whenever they sit at the bottom, which is where a chat usually sits.
    void requestOlder() { m_wantOlder = true; }
    bool hasOlder() const { return m_hasOlder; }
    // Whether newer messages than the last row exist (let go of, or not loaded yet).
    bool hasNewer() const { return m_hasNewer; }
    // Appends the next newer page, letting go of the oldest rows beyond kMaxRows.
    void loadNewer();
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);
    // The first page of the conversation is in (or failed: loadFailed() came first).
    void opened(qint64 conversationId);

private:
    // Which page comes next: older (above the first row) or newer (below the last).
    void fetchPage(bool older);
    void putPage(bool older, const QList<Message> &page);
    void showFirstPage(qint64 conversationId, const QList<Message> &page);
    void insertInOrder(const Message &message);
    void runAfterPage();

    ChatBackend &m_backend;
    class ProfileCache &m_people;
    qint64 m_conversationId = 0;
    qint64 m_assistantId = 0;
    QList<Message> m_messages;
    bool m_hasOlder = false;
    bool m_hasNewer = false;
    bool m_wantOlder = false;
    bool m_loading = false;  // the first page is on its way
    bool m_fetching = false; // an older or newer page is on its way
    // Bumped by open(): answers to requests made before are for another view of the list.
    quint64 m_generation = 0;
    QList<std::function<void()>> m_afterPage; // find() waiting for a page
    mutable QHash<qint64, qint64> m_days;     // message id -> local Julian day
    qint64 localDay(const Message &message) const;
    // Lets go of rows at the top (fromTop) or the bottom until kMaxRows remain.
    void trim(bool fromTop);
};

} // namespace carillon::ui
