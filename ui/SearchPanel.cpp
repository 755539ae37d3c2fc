#include "ui/SearchPanel.h"

#include "ui/ChatView.h"
#include "ui/MessageModel.h"
#include "ui/SafeText.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>

namespace carillon::ui {

namespace {
enum class HitKind
{
    Person,
    Conversation,
    Message
};

// The part of a message around the first word searched for, on one line.
QString excerpt(const QString &body, const QString &searched)
{
    constexpr int kBefore = 30;
    constexpr int kLength = 110;
    const QString line = body.simplified();
    const QString first = searched.simplified().section(QLatin1Char(' '), 0, 0);
    const qsizetype at = first.isEmpty() ? -1 : line.indexOf(first, 0, Qt::CaseInsensitive);
    const qsizetype start = at > kBefore ? at - kBefore : 0;
    QString cut = line.mid(start, kLength);
    if (start > 0)
        cut.prepend(QChar(0x2026));
    if (start + kLength < line.size())
        cut.append(QChar(0x2026));
    return cut;
}
} // namespace

SearchPanel::SearchPanel(ChatBackend &backend, QLineEdit *input, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_input(input)
{
    setObjectName(QStringLiteral("searchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResultsList"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    m_results->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_results, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("searchEmptyLabel"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setContentsMargins(8, 16, 8, 8);
    layout->addWidget(m_empty, 1);
    m_empty->hide();
    hide();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_input, &QLineEdit::textChanged, this, &SearchPanel::onTextChanged);
    connect(m_results, &QListWidget::itemActivated, this, &SearchPanel::activate);
    connect(m_results, &QListWidget::itemClicked, this, &SearchPanel::activate);
    m_input->installEventFilter(this);
    m_results->installEventFilter(this);
}

void SearchPanel::onTextChanged(const QString &text)
{
    const bool active = !text.trimmed().isEmpty();
    if (!active) {
        m_debounce.stop();
        ++m_asked; // a search still on its way is not shown
        m_results->clear();
        m_searched.clear();
        if (isVisible()) {
            hide();
            emit activeChanged(false);
        }
        return;
    }
    m_debounce.start();
}

void SearchPanel::addHeader(const QString &title)
{
    auto *item = new QListWidgetItem(title, m_results);
    item->setFlags(Qt::ItemIsEnabled);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
}

void SearchPanel::runSearch()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty())
        return;
    // Typing on sends more searches: only the newest one's answer is shown.
    const quint64 asked = ++m_asked;
    m_backend.search(text, kMaxMessages, this,
                     [this, asked, text](const Result<SearchResults> &found) {
                         if (asked != m_asked)
                             return;
                         if (!found) {
                             emit problem(found.error().message);
                             return;
                         }
                         showResults(text, *found);
                     });
}

void SearchPanel::showResults(const QString &text, const SearchResults &results)
{
    const SearchResults *found = &results;
    m_searched = text;
    m_results->clear();
    const auto add = [this](const QString &label, HitKind kind, qint64 id, qint64 messageId,
                            const QString &accessible) {
        auto *item = new QListWidgetItem(label, m_results);
        item->setData(KindRole, int(kind));
        item->setData(IdRole, id);
        item->setData(MessageRole, messageId);
        item->setData(Qt::AccessibleTextRole, accessible);
        item->setToolTip(plainToolTip(label));
    };
    if (!found->people.isEmpty())
        addHeader(tr("People"));
    for (const Profile &p : found->people)
        add(tr("%1 <%2>").arg(p.displayName, p.email), HitKind::Person, p.id, 0,
            tr("Person: %1, %2").arg(p.displayName, p.email));
    if (!found->conversations.isEmpty())
        addHeader(tr("Rooms and group chats"));
    for (const ConversationHit &c : found->conversations)
        add(c.title, HitKind::Conversation, c.conversationId, 0,
            c.kind == ConversationKind::Room ? tr("Room: %1").arg(c.title)
                                             : tr("Group chat: %1").arg(c.title));
    if (!found->messages.isEmpty())
        addHeader(tr("Messages"));
    const QLocale locale;
    for (const MessageHit &m : found->messages) {
        const QString when =
            locale.toString(QDateTime::fromMSecsSinceEpoch(m.createdAt), QLocale::ShortFormat);
        const QString text = excerpt(m.body, m_searched);
        add(tr("%1 in %2 · %3\n%4").arg(m.senderName, m.conversationTitle, when, text),
            HitKind::Message, m.conversationId, m.messageId,
            tr("Message from %1 in %2, %3: %4").arg(m.senderName, m.conversationTitle, when, text));
    }
    const bool none = found->isEmpty();
    m_results->setVisible(!none);
    m_empty->setVisible(none);
    if (none)
        m_empty->setText(tr("No matches for “%1”. Check the spelling, or try fewer or shorter "
                            "words.")
                             .arg(inSentence(text)));
    m_empty->setAccessibleName(m_empty->text());
    if (!isVisible()) {
        show();
        emit activeChanged(true);
    }
}

void SearchPanel::activate(QListWidgetItem *item)
{
    if (!item || !item->data(KindRole).isValid())
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    switch (HitKind(item->data(KindRole).toInt())) {
    case HitKind::Person:
        emit personChosen(id);
        break;
    case HitKind::Conversation:
        emit conversationChosen(id);
        break;
    case HitKind::Message:
        emit messageChosen(id, item->data(MessageRole).toLongLong());
        break;
    }
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        // Down from the box into the results; Escape in the results ends the search.
        if (watched == m_input && key == Qt::Key_Down && m_results->isVisible() &&
            m_results->count() > 0) {
            m_results->setFocus();
            if (!m_results->currentItem() || !m_results->currentItem()->data(KindRole).isValid())
                m_results->setCurrentRow(1); // the first hit, below its heading
            return true;
        }
        if (watched == m_results && key == Qt::Key_Escape) {
            m_input->clear();
            m_input->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::showMessage(ChatView &chat, qint64 messageId, std::function<void(bool)> done)
{
    QPointer<ChatView> view(&chat);
    // Once the message is loaded (older pages come in as needed, as they arrive), and after the
    // view's own scroll to the bottom, which opening queues.
    chat.model()->find(messageId, [view, done](int row) {
        QTimer::singleShot(0, view, [view, row, done] {
            if (row < 0 || row >= view->model()->rowCount()) {
                done(false);
                return;
            }
            QListView *list = view->messageList();
            const QModelIndex index = view->model()->index(row);
            list->setCurrentIndex(index);
            list->doItemsLayout(); // positions are current before scrolling
            list->scrollTo(index, QAbstractItemView::PositionAtCenter);
            done(true);
        });
    });
}

} // namespace carillon::ui
