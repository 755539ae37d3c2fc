#pragma once

#include "ChatBackend.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QHBoxLayout;

namespace carillon::ui {

class Composer;
class MessageDelegate;
class MessageModel;

// One conversation: its header, the message list and the composer.
class ChatView : public QWidget
{
    Q_OBJECT
public:
    explicit ChatView(ChatBackend &backend, QWidget *parent = nullptr);

    void open(qint64 conversationId);
    qint64 conversationId() const;
    Composer *composer() const { return m_composer; }
    QListView *messageList() const { return m_list; }
    MessageModel *model() const { return m_model; }
    void addFiles(const QStringList &paths);
    QStringList pendingFiles() const { return m_files; }

    // Test seams: where "Save as…" writes and what "Open" opens, without native dialogs.
    std::function<QString(const QString &suggestedName)> chooseSavePath;
    std::function<void(const QString &path)> openFile;

signals:
    void viewLinksRequested(const carillon::Attachment &manifest);
    void problem(const QString &message);

public slots:
    void send();

private:
    void onRowsInserted(int first, int last);
    void installCards(int first, int last);
    void scrollToBottomIfNear(bool force);
    void refreshHeader();
    void markRead(qint64 messageId);
    void refreshPending();
    void onScroll(int value);
    void openAttachment(const Attachment &attachment);
    void saveAttachment(const Attachment &attachment);

    ChatBackend &m_backend;
    MessageModel *m_model;
    MessageDelegate *m_delegate;
    QListView *m_list;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_badge;
    Composer *m_composer;
    QPushButton *m_attachButton;
    QPushButton *m_sendButton;
    QWidget *m_pendingBar;
    QHBoxLayout *m_pendingLayout;
    QStringList m_files;
};

} // namespace carillon::ui
