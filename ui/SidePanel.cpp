#include "ui/SidePanel.h"

#include "core/AssistantTexts.h"

#include "ui/Avatar.h"
#include "ui/ConversationItemDelegate.h"
#include "ui/MainWindow.h"
#include "ui/ProfileCache.h"
#include "ui/RelativeTime.h"
#include "ui/SearchPanel.h"
#include "ui/Theme.h"

#include <QAction>
#include <QDateTime>
#include <QLineEdit>
#include <QListWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace carillon::ui {

// The texts here were written and translated as the main window's: they keep its translation
// context, so moving them did not drop their German and Japanese.

namespace {
constexpr int kConversationIdRole = Qt::UserRole;
constexpr int kEmailRole = Qt::UserRole + 1;
constexpr int kInvitationRole = Qt::UserRole + 2;
constexpr int kRetryMs = 3000; // before a list that failed to load is asked for again

QListWidget *sideList(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setIconSize(QSize(28, 28));
    list->setSpacing(2);
    list->setWordWrap(true);
    list->setUniformItemSizes(false);
    list->setItemDelegate(new ConversationItemDelegate(list));
    return list;
}

QListWidgetItem *twoLineItem(const QIcon &icon, const QString &title, const QString &second,
                             const QString &time = {})
{
    auto *item = new QListWidgetItem(icon, title + QLatin1Char('\n') + second);
    item->setData(ConversationItemDelegate::TitleRole, title);
    item->setData(ConversationItemDelegate::PreviewRole, second);
    item->setData(ConversationItemDelegate::TimeRole, time);
    item->setData(Qt::AccessibleTextRole, title + QStringLiteral(", ") + second);
    return item;
}

} // namespace

SidePanel::SidePanel(ChatBackend &backend, QWidget *parent) : QWidget(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("sidePanel"));
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &SidePanel::retryFailedLists);
    auto *sideLayout = new QVBoxLayout(this);
    sideLayout->setContentsMargins(8, 8, 0, 8);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(MainWindow::tr("Search people, rooms and messages"));
    m_filter->setPlaceholderText(MainWindow::tr("Search people, rooms and messages (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true); // Escape clears it too
    sideLayout->addWidget(m_filter);
    m_search = new SearchPanel(backend, m_filter, this);
    sideLayout->addWidget(m_search, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sideTabWidget"));
    m_tabs->setAccessibleName(MainWindow::tr("Lists"));
    m_chats = sideList(m_tabs, QStringLiteral("conversationListWidget"), MainWindow::tr("Chats"));
    m_rooms = sideList(m_tabs, QStringLiteral("roomListWidget"), MainWindow::tr("Rooms"));
    m_contacts = sideList(m_tabs, QStringLiteral("contactListWidget"), MainWindow::tr("Contacts"));
    m_meetings = sideList(m_tabs, QStringLiteral("meetingListWidget"), MainWindow::tr("Meetings"));
    // Neither scroll arrows (they hide tabs) nor elision ("Bes…", "…" in Japanese): the tab
    // bar's whole labels are the side's minimum width, which the window's minimum follows.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->tabBar()->setObjectName(QStringLiteral("sideTabBar"));
    m_tabs->tabBar()->setAccessibleName(MainWindow::tr("Lists: chats, rooms, contacts, meetings"));
    m_tabs->addTab(m_chats, MainWindow::tr("Ch&ats")); // Alt+C is the Contacts menu
    m_tabs->addTab(m_rooms, MainWindow::tr("R&ooms"));
    m_tabs->addTab(m_contacts, MainWindow::tr("Con&tacts"));
    m_tabs->addTab(m_meetings, MainWindow::tr("Meeti&ngs"));
    sideLayout->addWidget(m_tabs, 1);
    setTabOrder(m_filter, m_tabs);

    for (QListWidget *list : {m_chats, m_rooms}) {
        // Selection, not the current item: keyboard, mouse and accessibility tools (which
        // select cells) all change it.
        connect(list, &QListWidget::itemSelectionChanged, this, [this, list] {
            const QList<QListWidgetItem *> selected = list->selectedItems();
            if (selected.isEmpty())
                return;
            const qint64 id = selected.first()->data(kConversationIdRole).toLongLong();
            if (id && id != m_open)
                emit conversationChosen(id);
        });
    }
    connect(m_contacts, &QListWidget::itemActivated, this, &SidePanel::onContactActivated);
    // A click opens the chat, as in any chat app; accepting an invitation takes Enter or a
    // double-click, so a stray click does not add someone.
    connect(m_contacts, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (!item->data(kInvitationRole).toBool())
            onContactActivated(item);
    });
    connect(m_filter, &QLineEdit::textChanged, this, &SidePanel::applyFilter);
    // The results take the lists' place while the box holds text.
    connect(m_search, &SearchPanel::activeChanged, m_tabs, &QWidget::setHidden);
    connect(m_search, &SearchPanel::problem, this, &SidePanel::problem);
    connect(m_search, &SearchPanel::conversationChosen, this, &SidePanel::conversationChosen);
    connect(m_search, &SearchPanel::personChosen, this, &SidePanel::personChosen);
    connect(&backend, &ChatBackend::conversationsChanged, this,
            &SidePanel::scheduleConversationRefresh);
    connect(&backend, &ChatBackend::contactsChanged, this, &SidePanel::refreshContacts);
    // "Yesterday" and the weekdays are told by that clock.
    connect(&backend, &ChatBackend::clockChanged, this, &SidePanel::scheduleConversationRefresh);
    connect(&backend, &ChatBackend::meetingsChanged, this, &SidePanel::refreshMeetings);
    // An organiser's name arrived after the meeting did.
    connect(&ProfileCache::of(backend), &ProfileCache::arrived, this, [this](qint64 profileId) {
        for (const Meeting &m : std::as_const(m_meetingList)) {
            if (m.organiserId == profileId)
                return showMeetings();
        }
    });

    auto *clearFilter = new QAction(m_filter);
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);
    m_filter->addAction(clearFilter);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WindowShortcut);
    connect(focusFilter, &QAction::triggered, m_filter, qOverload<>(&QWidget::setFocus));
    addAction(focusFilter);
}

void SidePanel::showList(List list)
{
    m_tabs->setCurrentIndex(int(list));
}

void SidePanel::setOpenConversation(qint64 conversationId)
{
    m_open = conversationId;
    for (QListWidget *list : {m_chats, m_rooms}) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(kConversationIdRole).toLongLong() == conversationId) {
                const QSignalBlocker block(list);
                list->setCurrentRow(i);
            }
        }
    }
}

void SidePanel::scheduleConversationRefresh()
{
    // One message makes several changes (the post, the unread count, the assistant's answer):
    // they are applied together, once the events already queued are handled.
    if (!m_refreshPending) {
        m_refreshPending = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshPending = false;
            refreshConversations();
        });
    }
}

void SidePanel::renderMessage(qint64 messageId)
{
    if (m_rendering.contains(messageId))
        return;
    m_rendering.insert(messageId);
    auto inside = std::make_shared<bool>(true);
    m_backend.message(messageId, this, [this, messageId, inside](const Result<Message> &m) {
        m_rendering.remove(messageId);
        // Erased meanwhile: the stored text stands (an empty rendering means "use it").
        m_rendered.insert(messageId, m ? AssistantTexts::render(*m) : QString());
        if (!*inside)
            showConversations(); // it came later than the list it belongs in
    });
    *inside = false;
}

void SidePanel::fillConversationItem(QListWidgetItem *item, const ConversationSummary &s,
                                     qint64 assistantId)
{
    const bool withAssistant = s.conversation.memberIds.contains(assistantId);
    QString title = s.displayTitle;
    if (withAssistant)
        title += MainWindow::tr(" · Webhook");
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(
        s.lastMessageAt ? s.lastMessageAt : s.conversation.createdAt);
    const QString when =
        RelativeTime::listLabel(last, QDateTime::fromMSecsSinceEpoch(m_backend.nowMs()));
    QString body = s.lastMessageBody;
    if (withAssistant && s.lastMessageId) {
        // The assistant's replies read in this reader's language, whoever stored them.
        if (!m_rendered.contains(s.lastMessageId))
            renderMessage(s.lastMessageId);
        if (!m_rendered.value(s.lastMessageId).isEmpty())
            body = m_rendered.value(s.lastMessageId);
    }
    QString preview = body.section(QLatin1Char('\n'), 0, 0).left(120);
    if (preview.isEmpty())
        preview =
            s.lastMessageId ? MainWindow::tr("Attachment") : MainWindow::tr("No messages yet");
    // A 1:1 shows the other person's avatar, the same as beside their messages.
    qint64 other = 0; // none left when they used Delete me: a person's circle all the same
    for (qint64 id : s.conversation.memberIds)
        other = id != m_backend.me().id ? id : other;
    if (withAssistant)
        item->setIcon(Theme::icon(Theme::Glyph::Bot));
    else
        ConversationItemDelegate::setAvatar(item, s.displayTitle,
                                            s.conversation.kind != ConversationKind::Direct
                                                ? Avatar::conversationKey(s.conversation.id)
                                                : Avatar::personKey(other));
    item->setText(title);
    item->setData(ConversationItemDelegate::TitleRole, title);
    item->setData(ConversationItemDelegate::PreviewRole, preview);
    item->setData(ConversationItemDelegate::TimeRole, when);
    item->setData(ConversationItemDelegate::UnreadRole, s.unread);
    item->setData(kConversationIdRole, s.conversation.id);
    item->setData(
        Qt::AccessibleTextRole,
        MainWindow::tr("%1, %n unread, last message: %2", nullptr, s.unread).arg(title, preview));
}

void SidePanel::refreshConversations()
{
    const quint64 asked = ++m_conversationsAsked;
    m_backend.conversations(this, [this, asked](const Result<QList<ConversationSummary>> &list) {
        if (asked != m_conversationsAsked)
            return; // a newer answer is on its way: this one may already be out of date
        if (!list) {
            listFailed(List::Chats, list.error());
            return;
        }
        listLoaded(List::Chats);
        m_summaries = *list;
        showConversations();
    });
}

void SidePanel::showConversations()
{
    // Rows are updated and moved in place, never rebuilt: a rebuild loses the selection and
    // the scroll position of the list, and reopening the conversation would lose the reading
    // position, the composer's pending files and the loaded history.
    const qint64 assistantId = m_backend.assistant().id;
    QHash<qint64, QListWidgetItem *> existing;
    for (QListWidget *w : {m_chats, m_rooms}) {
        for (int i = 0; i < w->count(); ++i)
            existing.insert(w->item(i)->data(kConversationIdRole).toLongLong(), w->item(i));
    }
    QList<QListWidgetItem *> chats;
    QList<QListWidgetItem *> rooms;
    for (const ConversationSummary &s : std::as_const(m_summaries)) {
        QListWidgetItem *item = existing.take(s.conversation.id);
        if (!item)
            item = new QListWidgetItem;
        fillConversationItem(item, s, assistantId);
        (s.conversation.kind == ConversationKind::Room ? rooms : chats).append(item);
    }
    for (QListWidgetItem *gone : std::as_const(existing))
        delete gone; // erased elsewhere, or we left it
    placeItems(m_chats, chats);
    placeItems(m_rooms, rooms);
    applyFilter();
    emit conversationsRefreshed();
}

void SidePanel::placeItems(QListWidget *list, const QList<QListWidgetItem *> &wanted)
{
    const QSignalBlocker block(list);
    const qint64 open = m_open;
    for (int i = 0; i < wanted.size(); ++i) {
        QListWidgetItem *item = wanted.at(i);
        if (list->item(i) == item)
            continue;
        const int from = list->row(item);
        if (from >= 0)
            list->takeItem(from);
        list->insertItem(i, item);
    }
    // Taking an item out clears its selection: the open conversation stays the selected one.
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(kConversationIdRole).toLongLong() == open && open) {
            if (list->currentRow() != i || !list->item(i)->isSelected())
                list->setCurrentRow(i);
        }
    }
}

void SidePanel::refreshContacts()
{
    // Invitations first, then contacts: the list is rebuilt once both are in.
    const quint64 asked = ++m_contactsAsked;
    m_backend.invitations(this, [this, asked](const Result<QList<Invitation>> &invitations) {
        if (asked != m_contactsAsked)
            return;
        if (!invitations) {
            listFailed(List::Contacts, invitations.error());
            return;
        }
        m_backend.contacts(this,
                           [this, asked, invitations](const Result<QList<Contact>> &contacts) {
                               if (asked != m_contactsAsked)
                                   return;
                               if (!contacts) {
                                   listFailed(List::Contacts, contacts.error());
                                   return;
                               }
                               listLoaded(List::Contacts);
                               showContacts(*invitations, *contacts);
                           });
    });
}

void SidePanel::showContacts(const QList<Invitation> &invitations, const QList<Contact> &contacts)
{
    const QSignalBlocker block(m_contacts);
    m_contacts->clear();
    for (const Invitation &i : invitations) {
        auto *item =
            twoLineItem(QIcon(), MainWindow::tr("%1 wants to add you").arg(i.from.displayName),
                        MainWindow::tr("%1 · press Enter to accept").arg(i.from.email));
        ConversationItemDelegate::setAvatar(item, i.from.displayName, Avatar::personKey(i.from.id));
        item->setData(ConversationItemDelegate::UnreadRole, 1);
        item->setData(kEmailRole, i.from.email);
        item->setData(kInvitationRole, true);
        m_contacts->addItem(item);
    }
    for (const Contact &c : contacts) {
        const bool bot = c.profile.kind == ProfileKind::Assistant;
        auto *item =
            twoLineItem(bot ? Theme::icon(Theme::Glyph::Bot) : QIcon(),
                        c.profile.displayName + (bot ? MainWindow::tr(" · Webhook") : QString()),
                        c.profile.email);
        if (!bot)
            ConversationItemDelegate::setAvatar(item, c.profile.displayName,
                                                Avatar::personKey(c.profile.id));
        item->setData(kEmailRole, c.profile.email);
        item->setToolTip(
            bot ? MainWindow::tr(
                      "Automated assistant: send it Help, Get my attachments or Delete me")
            : c.mutual ? QString()
                       : MainWindow::tr("Has not added you back yet"));
        m_contacts->addItem(item);
    }
    if (m_contacts->count() == 0)
        m_contacts->addItem(MainWindow::tr("No contacts yet. Use Contacts > Invite contact…"));
    applyFilter();
}

void SidePanel::refreshMeetings()
{
    const quint64 asked = ++m_meetingsAsked;
    m_backend.meetings(this, [this, asked](const Result<QList<Meeting>> &meetings) {
        if (asked != m_meetingsAsked)
            return;
        if (!meetings) {
            listFailed(List::Meetings, meetings.error());
            return;
        }
        listLoaded(List::Meetings);
        m_meetingList = *meetings;
        showMeetings();
    });
}

void SidePanel::showMeetings()
{
    ProfileCache &people = ProfileCache::of(m_backend);
    QList<qint64> organisers;
    for (const Meeting &m : std::as_const(m_meetingList))
        organisers.append(m.organiserId);
    people.want(organisers); // answered at once by the embedded backend: no second pass
    m_meetings->clear();
    for (const Meeting &m : std::as_const(m_meetingList)) {
        const auto organiser = people.find(m.organiserId);
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(m.startsAt);
        auto *item =
            twoLineItem(Theme::icon(Theme::Glyph::Meeting), m.title,
                        MainWindow::tr("%n min · organised by %1", nullptr, m.durationMinutes)
                            .arg(organiser ? organiser->displayName : MainWindow::tr("someone")),
                        QLocale().toString(start, QLocale::ShortFormat));
        m_meetings->addItem(item);
    }
    if (m_meetings->count() == 0)
        m_meetings->addItem(MainWindow::tr("No meetings. Use Meetings > Schedule…"));
}

void SidePanel::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (QListWidget *list : {m_chats, m_rooms, m_contacts}) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!needle.isEmpty() &&
                                     !list->item(i)->text().contains(needle, Qt::CaseInsensitive));
    }
}

void SidePanel::onContactActivated(QListWidgetItem *item)
{
    const QString email = item->data(kEmailRole).toString();
    if (email.isEmpty())
        return;
    if (item->data(kInvitationRole).toBool()) {
        if (m_accepting.contains(email))
            return; // Enter pressed again before the answer: accepted once
        m_accepting.insert(email);
        m_backend.acceptInvitation(email, this, [this, email](const Status &s) {
            m_accepting.remove(email);
            if (!s)
                emit problem(s.error().message);
        });
        return;
    }
    m_backend.profileByEmail(email, this, [this](const Result<Profile> &person) {
        if (!person) {
            emit problem(person.error().message);
            return;
        }
        emit personChosen(person->id);
    });
}

void SidePanel::listFailed(List list, const Error &error)
{
    if (!m_backend.isSignedIn())
        return; // signed out meanwhile: the window is closing, nothing to load
    // Error messages end with a full stop; what follows says what happens next.
    const QString text =
        list == List::Contacts   ? tr("Your contacts could not be loaded: %1 Carillon tries "
                                        "again in a few seconds.")
        : list == List::Meetings ? tr("Your meetings could not be loaded: %1 Carillon tries "
                                      "again in a few seconds.")
                                 : tr("Your chats could not be loaded: %1 Carillon tries again "
                                      "in a few seconds.");
    emit problem(text.arg(error.message));
    m_failedLists.insert(list);
    if (!m_retry->isActive())
        m_retry->start();
}

void SidePanel::retryFailedLists()
{
    const QSet<List> failed = std::exchange(m_failedLists, {});
    if (!m_backend.isSignedIn())
        return;
    if (failed.contains(List::Chats))
        refreshConversations();
    if (failed.contains(List::Contacts))
        refreshContacts();
    if (failed.contains(List::Meetings))
        refreshMeetings();
}

} // namespace carillon::ui
