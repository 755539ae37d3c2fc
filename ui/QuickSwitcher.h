#pragma once

#include "core/ChatBackend.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QLineEdit;
class QListWidget;

namespace carillon::ui {

// Ctrl+K: go to any conversation, or to a contact not yet written to, from the keyboard. Type
// to filter (by name, room title or address), arrows to move, Enter to open, Esc to close.
class QuickSwitcher : public QDialog
{
    Q_OBJECT
public:
    // What a row of the list data holds.
    enum Role
    {
        ConversationRole = Qt::UserRole + 1,
        ProfileRole,
        SearchTextRole
    };

    explicit QuickSwitcher(ChatBackend &backend, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    // After Accepted: the conversation to open, or (0 there) the person to open a chat with.
    qint64 chosenConversation() const { return m_conversation; }
    qint64 chosenPerson() const { return m_person; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill(ChatBackend &backend);
    void build(ChatBackend &backend);
    void applyFilter(const QString &text);
    void move(int step); // +1 down, -1 up

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_empty;
    QString m_loadError; // what could not be loaded, said instead of an empty list
    qint64 m_conversation = 0;
    qint64 m_person = 0;
    QList<ConversationSummary> m_summaries;
    QList<Contact> m_contacts;
    QSet<qint64> m_waitingFor; // people whose addresses the list waits for
};

} // namespace carillon::ui
