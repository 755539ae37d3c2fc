#include "ui/QuickSwitcher.h"

#include "ui/DialogParts.h"
#include "ui/ProfileCache.h"
#include "ui/SafeText.h"
#include "ui/Theme.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

namespace carillon::ui {

QuickSwitcher::QuickSwitcher(ChatBackend &backend, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("quickSwitcherDialog"));
    setWindowTitle(tr("Go to conversation"));
    auto *layout = new QVBoxLayout(this);
    m_filter = lineEdit(this, QStringLiteral("quickSwitcherFilterEdit"),
                        tr("Conversation or person to go to"));
    m_filter->setPlaceholderText(tr("Type a name, a room or an address"));
    layout->addWidget(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("quickSwitcherListWidget"));
    m_list->setAccessibleName(tr("Conversations and people"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setUniformItemSizes(true);
    // The filter line keeps the focus: typing goes on while the arrows move in the list.
    m_list->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(tr("No conversation or person matches."), this);
    m_empty->setObjectName(QStringLiteral("quickSwitcherEmptyLabel"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);
    fill(backend);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &QuickSwitcher::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, &QuickSwitcher::accept);
    applyFilter({});
    resize(420, 360);
}

void QuickSwitcher::fill(ChatBackend &backend)
{
    // Conversations, then contacts, then the addresses of the people in 1:1 chats: the list is
    // built once, when all are in, so the row picked with the arrows meanwhile does not move.
    ChatBackend *b = &backend;
    b->conversations(this, [this, b](const Result<QList<ConversationSummary>> &conversations) {
        b->contacts(this, [this, b, conversations](const Result<QList<Contact>> &contacts) {
            m_summaries = conversations.value_or({});
            m_contacts = contacts.value_or({});
            // What did load is offered; what did not is said, never an empty list alone.
            if (!conversations || !contacts)
                m_loadError =
                    tr("Not everything could be loaded: %1 Close this and press "
                       "Ctrl+K again to retry.")
                        .arg((!conversations ? conversations.error() : contacts.error()).message);
            ProfileCache &people = ProfileCache::of(*b);
            const qint64 me = b->me().id;
            for (const ConversationSummary &s : std::as_const(m_summaries)) {
                if (s.conversation.kind != ConversationKind::Direct)
                    continue;
                for (qint64 id : s.conversation.memberIds) {
                    if (id != me && !people.known(id))
                        m_waitingFor.insert(id);
                }
            }
            people.want(QList<qint64>(m_waitingFor.cbegin(), m_waitingFor.cend()));
            m_waitingFor.removeIf([&people](qint64 id) { return people.known(id); });
            if (m_waitingFor.isEmpty())
                return build(*b);
            connect(&people, &ProfileCache::arrived, this, [this, b](qint64 id) {
                if (m_waitingFor.remove(id) && m_waitingFor.isEmpty())
                    build(*b);
            });
        });
    });
}

void QuickSwitcher::build(ChatBackend &backend)
{
    ProfileCache &people = ProfileCache::of(backend);
    const qint64 me = backend.me().id;
    QSet<qint64> writtenTo; // people with a 1:1 chat: that chat stands for them
    auto add = [this](const QIcon &icon, const QString &title, const QString &detail) {
        auto *item = new QListWidgetItem(
            icon,
            // Names and titles as people chose them, but never reversing the address beside.
            detail.isEmpty() ? inSentence(title, 80)
                             : tr("%1 · %2", "name · detail").arg(inSentence(title, 80), detail),
            m_list);
        item->setData(SearchTextRole, title + QLatin1Char(' ') + detail);
        return item;
    };
    for (const ConversationSummary &s : std::as_const(m_summaries)) { // most recent first
        const Conversation &c = s.conversation;
        QString detail;
        Theme::Glyph glyph = Theme::Glyph::Person;
        if (c.kind == ConversationKind::Room) {
            glyph = Theme::Glyph::Room;
            detail = tr("room");
        } else if (c.kind == ConversationKind::Group) {
            glyph = Theme::Glyph::Group;
            detail = tr("group chat");
        } else {
            for (qint64 id : c.memberIds) {
                if (id == me)
                    continue;
                writtenTo.insert(id);
                if (auto person = people.find(id))
                    detail = person->email;
            }
        }
        add(Theme::icon(glyph), s.displayTitle, detail)->setData(ConversationRole, c.id);
    }
    for (const Contact &c : std::as_const(m_contacts)) {
        if (writtenTo.contains(c.profile.id))
            continue;
        add(Theme::icon(c.profile.kind == ProfileKind::Assistant ? Theme::Glyph::Bot
                                                                 : Theme::Glyph::Person),
            c.profile.displayName, c.profile.email)
            ->setData(ProfileRole, c.profile.id);
    }
    applyFilter(m_filter->text()); // what was typed meanwhile
}

void QuickSwitcher::applyFilter(const QString &text)
{
    // Every word typed appears in the name, title or address, in any order ("ada love").
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString haystack = item->data(SearchTextRole).toString();
        bool match = true;
        for (const QString &word : words)
            match = match && haystack.contains(word, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
    m_empty->setText(m_loadError.isEmpty() ? tr("No conversation or person matches.")
                                           : m_loadError);
    m_empty->setVisible(!first || !m_loadError.isEmpty());
}

void QuickSwitcher::move(int step)
{
    // To the next row shown, over those the filter hides; the ends stop it.
    for (int row = m_list->currentRow() + step; row >= 0 && row < m_list->count(); row += step) {
        if (!m_list->item(row)->isHidden()) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Down:
            move(1);
            return true;
        case Qt::Key_Up:
            move(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            accept();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickSwitcher::accept()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return; // nothing matches: keep typing, or Esc
    m_conversation = item->data(ConversationRole).toLongLong();
    m_person = item->data(ProfileRole).toLongLong();
    QDialog::accept();
}

} // namespace carillon::ui
