#pragma once

#include "core/ChatBackend.h"
#include "ui/OpenedCopies.h"

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QHBoxLayout;

namespace carillon::ui {

class ChatHeader;
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
    // The title and members shown above the messages (a member may have left or been erased),
    // asked again; what is shown stays until the answer.
    void refreshHeader();
    QStringList pendingFiles() const { return m_files; }

    // Test seam: what "Open" opens (false: no program to open it with). Save as… and the
    // offer to save instead go through ui::Dialogs, which has the seams for those.
    std::function<bool(const QString &path)> openFile;
    // The default openFile: the desktop's file opener (xdg-open); false when there is none.
    static bool openWithDesktop(const QString &path);
    // Where this session's copies for Open are (see OpenedCopies).
    const OpenedCopies &openedCopies() const { return m_opened; }

signals:
    void viewLinksRequested(const carillon::Attachment &manifest);
    void problem(const QString &message);

public slots:
    void send();
    // The clipboard's files become attachments; its text goes into the composer.
    void paste();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onRowsInserted(int first, int last);
    void keepReadingPosition(const std::function<void()> &change);
    void installCards(int first, int last);
    bool updateCodeCards();
    void scrollToBottomSoon();
    void markRead(qint64 messageId);
    void applyHeader();
    void refreshPending();
    void setEmptyDescription();
    void openAttachment(const Attachment &attachment);
    void saveAttachment(const Attachment &attachment);
    void openSavedCopy(const Attachment &attachment, const QString &path);

    ChatBackend &m_backend;
    MessageModel *m_model;
    MessageDelegate *m_delegate;
    QListView *m_list;
    ChatHeader *m_header;
    Composer *m_composer;
    QPushButton *m_attachButton;
    QPushButton *m_sendButton;
    QWidget *m_pendingBar;
    QHBoxLayout *m_pendingLayout;
    QHBoxLayout *m_composerRow;
    QStringList m_files;
    bool m_paging = false; // pages of history are coming in or going
    bool m_toBottomQueued = false;
    bool m_atNewest = false;     // showing the newest message, at the bottom
    int m_widestCard = 0;        // the minimum width of the widest card shown
    QAction *m_cancelAttachment; // Esc: the last file attached goes
    OpenedCopies m_opened;
};

} // namespace carillon::ui
