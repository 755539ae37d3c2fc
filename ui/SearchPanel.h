#pragma once

#include "core/ChatBackend.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace carillon::ui {

class ChatView;

// Results for the search box: people, rooms and group chats, and messages from every
// conversation the person is in. Searches a moment after typing stops (not on every key), shows
// "no matches" when nothing is found, and hides itself while the box is empty.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150;
    static constexpr int kMaxMessages = 50;
    // Data of a result row: what it is (a HitKind), its person or conversation, its message.
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IdRole,
        MessageRole
    };

    SearchPanel(ChatBackend &backend, QLineEdit *input, QWidget *parent = nullptr);

    QListWidget *results() const { return m_results; }
    // The text last searched for (what the results show).
    QString searchedText() const { return m_searched; }
    // Opens nothing; loads older pages of the open conversation until the message is there,
    // then scrolls it to the middle and selects it; done(false) when it is not in the
    // conversation. Nothing is called when another conversation is opened first.
    static void showMessage(ChatView &chat, qint64 messageId, std::function<void(bool)> done);

signals:
    void activeChanged(bool active); // results showing (the box holds text)
    void personChosen(qint64 profileId);
    void conversationChosen(qint64 conversationId);
    void messageChosen(qint64 conversationId, qint64 messageId);
    void problem(const QString &message);

private:
    void onTextChanged(const QString &text);
    void runSearch();
    void showResults(const QString &text, const SearchResults &found);
    void addHeader(const QString &title);
    void activate(QListWidgetItem *item);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ChatBackend &m_backend;
    QLineEdit *m_input;
    QListWidget *m_results;
    QLabel *m_empty;
    QTimer m_debounce;
    QString m_searched;
    quint64 m_asked = 0; // the newest search: older answers are dropped
};

} // namespace carillon::ui
