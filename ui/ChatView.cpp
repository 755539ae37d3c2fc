#include "ui/ChatView.h"
#include "core/BlobStore.h"

#include "ui/ChatHeader.h"
#include "ui/Composer.h"
#include "ui/Dialogs.h"
#include "ui/MessageCard.h"
#include "ui/MessageDelegate.h"
#include "ui/MessageModel.h"
#include "ui/SafeText.h"

#include "ui/Theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace carillon::ui {

namespace {
constexpr int kMinimumListWidth = 360;

// A list view whose "fetch more" happens at the top, where older history is, and at the
// bottom, where newer pages let go of come back.
class MessageListView : public QListView
{
public:
    using QListView::QListView;
    std::function<void()> reachedTop;
    std::function<void()> reachedBottom;
    // What an empty list says instead of showing nothing.
    QString emptyTitle;
    QString emptyHint;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QListView::paintEvent(event);
        if (model() && model()->rowCount() > 0)
            return;
        QPainter painter(viewport());
        const QRect area = viewport()->rect().adjusted(24, 0, -24, 0);
        const int iconSide = 64;
        QFont titleFont = font();
        titleFont.setBold(true);
        titleFont.setPointSizeF(font().pointSizeF() * 1.15);
        const QRect hintBounds = fontMetrics().boundingRect(
            QRect(0, 0, std::min(area.width(), 420), 1000), Qt::TextWordWrap, emptyHint);
        const int titleHeight = QFontMetrics(titleFont).height();
        int top = area.center().y() - (iconSide + 12 + titleHeight + 6 + hintBounds.height()) / 2;
        Theme::icon(Theme::Glyph::App)
            .paint(&painter, QRect(area.center().x() - iconSide / 2, top, iconSide, iconSide),
                   Qt::AlignCenter, QIcon::Disabled);
        top += iconSide + 12;
        painter.setFont(titleFont);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(area.left(), top, area.width(), titleHeight), Qt::AlignCenter,
                         emptyTitle);
        top += titleHeight + 6;
        QColor muted = palette().color(QPalette::Text);
        muted.setAlphaF(0.65);
        painter.setFont(font());
        painter.setPen(muted);
        painter.drawText(QRect(area.center().x() - hintBounds.width() / 2, top, hintBounds.width(),
                               hintBounds.height()),
                         Qt::AlignHCenter | Qt::TextWordWrap, emptyHint);
    }

    void verticalScrollbarValueChanged(int value) override
    {
        if (value == verticalScrollBar()->minimum() && reachedTop)
            reachedTop();
        else if (value == verticalScrollBar()->maximum() && reachedBottom)
            reachedBottom();
        QListView::verticalScrollbarValueChanged(value);
    }
};
} // namespace

ChatView::ChatView(ChatBackend &backend, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_model(new MessageModel(backend, this)),
      m_delegate(new MessageDelegate(*m_model, this))
{
    setObjectName(QStringLiteral("chatView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_header = new ChatHeader(backend, this);
    layout->addWidget(m_header);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);

    auto *list = new MessageListView(this);
    m_list = list;
    m_list->setObjectName(QStringLiteral("messageListView"));
    m_list->setAccessibleName(tr("Messages"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    // Single pass: the model holds only the pages loaded so far and row heights come from the
    // delegate's cache, so laying them all out is cheap, and it is synchronous, which keeping
    // the reading position while older pages arrive above needs.
    m_list->setLayoutMode(QListView::SinglePass);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->verticalScrollBar()->setSingleStep(24);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setWordWrap(true);
    // Room for a few messages at the window's smallest; the width grows with the cards.
    m_list->setMinimumSize(kMinimumListWidth, 240);
    list->reachedTop = [this] {
        if (m_model->hasOlder() && m_model->rowCount() > 0) {
            m_model->requestOlder();
            m_model->fetchMore({});
        }
    };
    list->reachedBottom = [this] {
        if (m_model->hasNewer() && m_model->rowCount() > 0)
            m_model->loadNewer();
    };
    // Whenever a page arrives (at once, or after the person scrolled on): what they read stays.
    m_model->aroundPage = [this](const std::function<void()> &change) {
        keepReadingPosition(change);
    };
    // The newest message is read once it is shown.
    connect(m_model, &MessageModel::opened, this, [this] {
        if (m_model->rowCount() > 0)
            markRead(m_model->messageAt(m_model->rowCount() - 1).id);
    });
    connect(m_header, &ChatHeader::changed, this, &ChatView::applyHeader);
    // Read at the newest message, the chat stays there when the rows below grow after the
    // scroll to them (a card's height is only right once it is shown and polished, so the
    // assistant's answer would otherwise end up just below the fold), and when a narrower or
    // wider window wraps every message onto more or fewer lines.
    QScrollBar *bar = m_list->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_atNewest = value >= bar->maximum() && !m_model->hasNewer();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_atNewest && !m_paging)
            bar->setValue(maximum);
    });
    m_delegate->richHeight = [this](const QModelIndex &index, int width) {
        QWidget *w = m_list->indexWidget(index);
        // A little slack: word-wrapped labels round their height down now and then.
        return w ? w->heightForWidth(width) + 6 : 48;
    };
    connect(m_delegate, &MessageDelegate::linkActivated, this,
            [](const QString &url) { QDesktopServices::openUrl(QUrl(url)); });
    layout->addWidget(m_list, 1);

    m_pendingBar = new QWidget(this);
    m_pendingBar->setObjectName(QStringLiteral("pendingAttachmentsBar"));
    m_pendingLayout = new QHBoxLayout(m_pendingBar);
    m_pendingLayout->setContentsMargins(12, 4, 12, 0);
    m_pendingBar->hide();
    layout->addWidget(m_pendingBar);

    // The composer lines up with the messages' column (see resizeEvent()).
    auto *composerRow = new QHBoxLayout;
    m_composerRow = composerRow;
    composerRow->setContentsMargins(12, 8, 12, 12);
    m_attachButton = new QPushButton(Theme::icon(Theme::Glyph::Attach), QString(), this);
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_attachButton->setAccessibleName(tr("Attach files"));
    m_attachButton->setToolTip(tr("Attach files (Ctrl+Shift+A)"));
    m_attachButton->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    m_composer = new Composer(this);
    m_sendButton = new QPushButton(Theme::icon(Theme::Glyph::Send), tr("Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setAccessibleName(tr("Send"));
    m_sendButton->setToolTip(tr("Send (Enter)"));
    composerRow->addWidget(m_attachButton, 0, Qt::AlignBottom);
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_sendButton, 0, Qt::AlignBottom);
    layout->addLayout(composerRow);
    setTabOrder(m_list, m_attachButton);
    setTabOrder(m_attachButton, m_composer);
    setTabOrder(m_composer, m_sendButton);
    // Files come in anywhere over the conversation, not only on the composer: dropped
    // (dropEvent), or pasted with the message list focused (the composer pastes its own).
    setAcceptDrops(true);
    auto *paste = new QAction(m_list);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetShortcut);
    connect(paste, &QAction::triggered, this, &ChatView::paste);
    m_list->addAction(paste);
    m_cancelAttachment = new QAction(this);
    m_cancelAttachment->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAttachment->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAttachment->setEnabled(false); // Esc does nothing here until a file is pending
    connect(m_cancelAttachment, &QAction::triggered, this, [this] {
        m_files.removeLast();
        refreshPending();
    });
    addAction(m_cancelAttachment);

    connect(m_composer, &Composer::sendRequested, this, &ChatView::send);
    connect(m_composer, &Composer::filesAdded, this, &ChatView::addFiles);
    connect(m_sendButton, &QPushButton::clicked, this, &ChatView::send);
    connect(m_attachButton, &QPushButton::clicked, this, [this] {
        Dialogs::chooseFiles(this, Dialogs::Choose::OpenFiles, tr("Attach files"),
                             [this](const QStringList &files) { addFiles(files); });
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_delegate->clearCache();
        m_widestCard = 0;
        m_list->setMinimumWidth(kMinimumListWidth);
        installCards(0, m_model->rowCount() - 1);
        scrollToBottomSoon();
    });
    connect(m_model, &MessageModel::loadFailed, this, &ChatView::problem);
    // Row heights are cached by message: those let go of go from the cache too, and only
    // those (a page of history lets go of 200 rows; the other 400 keep their layout).
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_delegate->forget(m_model->messageAt(row).id);
            });
    connect(&backend, &ChatBackend::messagePosted, m_model, &MessageModel::onMessagePosted);
    // The day separators say "Today" and "Yesterday" by the workspace clock.
    connect(&backend, &ChatBackend::clockChanged, m_list->viewport(),
            qOverload<>(&QWidget::update));

    openFile = &ChatView::openWithDesktop;
    // The copies made for Open go with the session: at sign-out here or elsewhere (Delete me
    // included); the destructor takes them at exit.
    connect(&backend, &ChatBackend::signedOut, this, [this] { m_opened.removeAll(); });
    applyHeader();
    setEnabled(false);
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    // On a wide window the composer stops where the messages' column does, centred with it.
    // Margins, not a maximum width: the size hints, and so the window's, stay as they were.
    const int side = std::max(0, (width() - MessageDelegate::kMaxColumn) / 2);
    m_composerRow->setContentsMargins(12 + side, 8, 12 + side, 12);
    QWidget::resizeEvent(event);
}

void ChatView::keepReadingPosition(const std::function<void()> &change)
{
    // Keep the message the person was reading where it was: remember the top row and its
    // offset, load (and let go of) pages around it, lay out, and put that row back.
    if (m_model->rowCount() == 0) {
        change();
        return;
    }
    const QModelIndex anchor =
        m_list->indexAt(QPoint(0, 0)).isValid() ? m_list->indexAt(QPoint(0, 0)) : m_model->index(0);
    const qint64 anchorId = m_model->messageAt(anchor.row()).id;
    const int anchorTop = m_list->visualRect(anchor).top();
    m_paging = true;
    change();
    m_list->doItemsLayout(); // synchronous: positions and the scroll range are current
    m_paging = false;
    const int row = m_model->rowOf(anchorId);
    if (row < 0)
        return;
    QScrollBar *bar = m_list->verticalScrollBar();
    bar->setValue(bar->value() + m_list->visualRect(m_model->index(row)).top() - anchorTop);
}

void ChatView::scrollToBottomSoon()
{
    // Once the rows inserted meanwhile are laid out.
    if (m_toBottomQueued)
        return;
    m_toBottomQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_toBottomQueued = false;
        m_list->scrollToBottom();
    });
}

bool ChatView::openWithDesktop(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

qint64 ChatView::conversationId() const
{
    return m_model->conversationId();
}

void ChatView::open(qint64 conversationId)
{
    // Opening the open conversation again changes nothing: the reading position, the loaded
    // history and what is being written stay.
    if (conversationId != 0 && conversationId == this->conversationId())
        return;
    setEnabled(conversationId != 0);
    m_files.clear();
    refreshPending();
    m_header->setConversation(conversationId);
    m_model->open(conversationId); // opened() marks the newest message read
}

void ChatView::markRead(qint64 messageId)
{
    // Without an answer to wait for: a failure (the unread count stays wrong on every device)
    // reaches the person through the backend's problem(), in the status bar.
    m_backend.markRead(conversationId(), messageId, this, {});
}

void ChatView::refreshHeader()
{
    m_header->refresh();
}

void ChatView::applyHeader()
{
    auto *list = static_cast<MessageListView *>(m_list);
    if (!m_header->hasConversation()) {
        list->emptyTitle = m_header->title().isEmpty() ? QString() : tr("No conversation open");
        list->emptyHint = m_header->title().isEmpty()
                              ? QString()
                              : tr("Pick a chat on the left, or start one with Message > New "
                                   "message.");
        setEmptyDescription();
        return;
    }
    m_composer->setAccessibleDescription(tr("Message to %1").arg(inSentence(m_header->title())));
    list->emptyTitle = tr("No messages yet");
    list->emptyHint = m_header->withAssistant()
                          ? tr("Send Help to see what the assistant can do for you.")
                          : tr("Say hello: write a message below and press Enter.");
    setEmptyDescription();
}

void ChatView::setEmptyDescription()
{
    // A screen reader hears what the empty list shows.
    const auto *list = static_cast<MessageListView *>(m_list);
    m_list->setAccessibleDescription(
        m_model->rowCount() == 0
            ? tr("%1: %2", "empty list: hint").arg(list->emptyTitle, list->emptyHint)
            : QString());
    m_list->viewport()->update();
}

void ChatView::installCards(int first, int last)
{
    bool any = false;
    for (int row = first; row <= last; ++row) {
        const Message &m = m_model->messageAt(row);
        if (!MessageModel::isRich(m))
            continue;
        auto *card = new MessageCard(m_backend, m);
        connect(card, &MessageCard::putInComposer, this, [this](const QString &text) {
            m_composer->setPlainText(text);
            m_composer->moveCursor(QTextCursor::End);
            m_composer->setFocus();
        });
        connect(card, &MessageCard::viewLinks, this, &ChatView::viewLinksRequested);
        connect(card, &MessageCard::openAttachment, this, &ChatView::openAttachment);
        connect(card, &MessageCard::saveAttachment, this, &ChatView::saveAttachment);
        connect(card, &MessageCard::grew, m_list, [this] { m_list->doItemsLayout(); });
        m_list->setIndexWidget(m_model->index(row), card);
        m_widestCard = std::max(m_widestCard, card->minimumSizeHint().width());
        any = true;
    }
    // A card's buttons and file names do not wrap: the list is never narrower than the widest
    // card needs (the window widens if it must), so no card is cut off.
    if (any)
        m_list->setMinimumWidth(std::max(
            kMinimumListWidth, m_widestCard + MessageDelegate::kIndent +
                                   MessageDelegate::kRightMargin + 2 * m_list->frameWidth() +
                                   m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent)));
    any = updateCodeCards() || any;
    if (any)
        m_list->doItemsLayout();
}

bool ChatView::updateCodeCards()
{
    // A new message can use or replace the code of any card above it.
    bool changed = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->messageAt(row).kind != MessageKind::ConfirmationRequest)
            continue;
        auto *card = qobject_cast<MessageCard *>(m_list->indexWidget(m_model->index(row)));
        if (!card)
            continue;
        const MessageModel::CodeFate fate = m_model->codeFate(row);
        const auto state = fate == MessageModel::CodeFate::Used ? MessageCard::CodeState::Used
                           : fate == MessageModel::CodeFate::Replaced
                               ? MessageCard::CodeState::Replaced
                               : MessageCard::CodeState::Live;
        changed = card->setCodeState(state) || changed;
    }
    return changed;
}

void ChatView::onRowsInserted(int first, int last)
{
    QScrollBar *bar = m_list->verticalScrollBar();
    const int before = bar->value();
    // A burst of messages (a command and the assistant's answers) arrives before the queued
    // scroll runs: what was at the bottom stays there.
    const bool nearBottom = m_toBottomQueued || before >= bar->maximum() - 40;
    const bool mine = m_model->messageAt(last).senderId == m_backend.me().id;
    const bool atEnd = last == m_model->rowCount() - 1;
    if (!m_list->accessibleDescription().isEmpty())
        setEmptyDescription(); // no longer empty
    installCards(first, last);
    if (!atEnd || m_paging)
        return; // a page of history: keepReadingPosition() keeps the reading position
    if (window()->isActiveWindow() || mine)
        markRead(m_model->messageAt(last).id);
    if (nearBottom || mine)
        scrollToBottomSoon();
    else
        bar->setValue(before); // someone else wrote while the person reads older messages
}

void ChatView::send()
{
    const QString text = m_composer->toPlainText();
    if ((text.trimmed().isEmpty() && m_files.isEmpty()) || m_composer->isLocked())
        return;
    // Until the answer the composer is locked (the text sent stays the text shown, and Enter
    // does not send it twice) and says so; files take seconds to hash and copy, and show how
    // far they got. Text alone is usually answered at once: then nothing flickers.
    const bool withFiles = !m_files.isEmpty();
    const QString what =
        !withFiles ? tr("Sending…")
        : m_files.size() == 1
            ? tr("Sending %1…").arg(visibleFileName(QFileInfo(m_files.first()).fileName()))
            : tr("Sending %n files…", nullptr, int(m_files.size()));
    auto lock = [this, what](bool locked) {
        if (locked)
            m_composer->startWork(what, true);
        else
            m_composer->finishWork();
        m_sendButton->setEnabled(!locked);
        m_attachButton->setEnabled(!locked);
    };
    if (withFiles)
        lock(true);
    auto answered = std::make_shared<bool>(false);
    const qint64 conversation = conversationId();
    const QStringList files = m_files;
    m_backend.send(
        conversation, text, files, this,
        [this](qint64 done, qint64 total) { m_composer->setWorkProgress(done, total); },
        [this, lock, answered, conversation, files](const Result<Message> &sent) {
            if (!*answered && m_composer->isLocked())
                lock(false);
            *answered = true;
            if (!sent) {
                emit problem(sent.error().message); // the text and files stay, nothing is lost
                return;
            }
            if (conversationId() != conversation)
                return; // another conversation's composer now
            m_composer->clear();
            for (const QString &file : files)
                m_files.removeAll(file); // files added since stay
            refreshPending();
            // Deep in the history, the newest pages were let go of: go to the end, where this is.
            if (m_model->hasNewer())
                m_model->open(conversationId());
        });
    if (!*answered && !withFiles)
        lock(true);
}

void ChatView::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            emit problem(tr("%1 cannot be read, so it was not attached. Check that the file "
                            "exists and that you may read it.")
                             .arg(visibleFileName(path)));
            continue;
        }
        if (info.size() > m_backend.maxAttachmentSize()) {
            emit problem(tr("%1 is %2, over the %3 limit for attachments.")
                             .arg(visibleFileName(info.fileName()), formatSize(info.size()),
                                  formatSize(m_backend.maxAttachmentSize())));
            continue;
        }
        if (!m_files.contains(info.absoluteFilePath()))
            m_files.append(info.absoluteFilePath());
    }
    refreshPending();
}

void ChatView::refreshPending()
{
    while (QLayoutItem *item = m_pendingLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &file : std::as_const(m_files)) {
        auto *chip = new QToolButton(m_pendingBar);
        chip->setObjectName(QStringLiteral("pendingAttachmentButton"));
        // Elided in the middle: the extension stays in sight, the bar never widens the window.
        const QString name = visibleFileName(QFileInfo(file).fileName());
        chip->setText(tr("%1  ✕").arg(chip->fontMetrics().elidedText(name, Qt::ElideMiddle, 240)));
        chip->setAccessibleName(tr("Remove attachment %1").arg(name));
        chip->setToolTip(plainToolTip(tr("Remove %1 from this message").arg(name)));
        connect(chip, &QToolButton::clicked, this, [this, file] {
            m_files.removeAll(file);
            refreshPending();
        });
        m_pendingLayout->addWidget(chip);
    }
    m_pendingLayout->addStretch();
    m_pendingBar->setVisible(!m_files.isEmpty());
    m_cancelAttachment->setEnabled(!m_files.isEmpty());
}

void ChatView::paste()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data)
        return;
    if (const QStringList files = Composer::localFiles(data); !files.isEmpty()) {
        addFiles(files);
        return;
    }
    if (data->hasText()) { // text goes where it is written, plain
        m_composer->setFocus();
        m_composer->insertPlainText(data->text());
    }
}

void ChatView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!Composer::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ChatView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!Composer::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ChatView::dropEvent(QDropEvent *event)
{
    const QStringList files = Composer::localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(files);
}

void ChatView::openAttachment(const Attachment &attachment)
{
    // Give the program that opens it a real file name (type detection needs the extension).
    auto path = m_opened.pathFor(attachment.id, attachment.fileName);
    if (!path) {
        emit problem(path.error().message);
        return;
    }
    const QString copy = *path;
    m_backend.saveAttachment(attachment.id, copy, this, [this, attachment, copy](const Status &s) {
        if (!s) {
            emit problem(s.error().message);
            return;
        }
        openSavedCopy(attachment, copy);
    });
}

void ChatView::openSavedCopy(const Attachment &attachment, const QString &path)
{
    if (Status s = OpenedCopies::makePrivate(path); !s) {
        QFile::remove(path);
        emit problem(s.error().message);
        return;
    }
    if (openFile(path))
        return;
    QFile::remove(path); // nobody will read it
    const QString message =
        tr("No program to open %1 is installed, so Carillon cannot open it. Save it with Save "
           "as… and open it with a program of your choice, or install a file opener (the "
           "xdg-utils package) and try Open again.")
            .arg(visibleFileName(attachment.fileName));
    QMessageBox *box = Dialogs::messageBox(
        this, QMessageBox::Warning, QStringLiteral("noOpenerBox"), tr("Cannot open the file"),
        message, QMessageBox::Save | QMessageBox::Cancel);
    box->button(QMessageBox::Save)->setText(tr("Save as…"));
    box->setDefaultButton(QMessageBox::Save);
    Dialogs::ask(box, [this, attachment](QMessageBox::StandardButton answer) {
        if (answer == QMessageBox::Save)
            saveAttachment(attachment);
    });
}

void ChatView::saveAttachment(const Attachment &attachment)
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) +
                              QLatin1Char('/') + attachment.fileName;
    Dialogs::chooseFiles(
        this, Dialogs::Choose::SaveFile, tr("Save attachment"),
        [this, id = attachment.id](const QStringList &chosen) {
            if (chosen.isEmpty())
                return;
            m_backend.saveAttachment(id, chosen.first(), this, [this](const Status &s) {
                if (!s)
                    emit problem(s.error().message);
            });
        },
        suggested);
}

} // namespace carillon::ui
