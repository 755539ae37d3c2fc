#include "ui/MainWindow.h"

#include "core/AssistantTexts.h"

#include "ui/AdvanceTimeDialog.h"
#include "ui/AfterFirstPaint.h"
#include "ui/AssistantWait.h"
#include "ui/Avatar.h"
#include "ui/ChatView.h"
#include "ui/Composer.h"
#include "ui/ConversationItemDelegate.h"
#include "ui/Dialogs.h"
#include "ui/InviteContactDialog.h"
#include "ui/ManifestViewer.h"
#include "ui/NewMessageDialog.h"
#include "ui/NewRoomDialog.h"
#include "ui/Notifier.h"
#include "ui/Preferences.h"
#include "ui/RelativeTime.h"
#include "ui/SafeText.h"
#include "ui/ScheduleMeetingDialog.h"
#include "ui/SearchPanel.h"
#include "ui/SettingsDialog.h"

#include "ui/Theme.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace carillon::ui {

namespace {
constexpr int kConversationIdRole = Qt::UserRole;
constexpr int kEmailRole = Qt::UserRole + 1;
constexpr int kInvitationRole = Qt::UserRole + 2;

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

MainWindow::MainWindow(ChatBackend &backend, QWidget *parent)
    : QMainWindow(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Theme::windowIcon());
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 8, 0, 8);
    m_filter = new QLineEdit(side);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Search people, rooms and messages"));
    m_filter->setPlaceholderText(tr("Search people, rooms and messages (Ctrl+F)"));
    // No clear button: its icon comes from the icon theme, whose lookup costs ~6 ms at start.
    // Escape clears the filter instead.
    sideLayout->addWidget(m_filter);
    m_search = new SearchPanel(backend, m_filter, side);
    sideLayout->addWidget(m_search, 1);
    m_tabs = new QTabWidget(side);
    m_tabs->setObjectName(QStringLiteral("sideTabWidget"));
    m_tabs->setAccessibleName(tr("Lists"));
    m_chats = sideList(m_tabs, QStringLiteral("conversationListWidget"), tr("Chats"));
    m_rooms = sideList(m_tabs, QStringLiteral("roomListWidget"), tr("Rooms"));
    m_contacts = sideList(m_tabs, QStringLiteral("contactListWidget"), tr("Contacts"));
    m_meetings = sideList(m_tabs, QStringLiteral("meetingListWidget"), tr("Meetings"));
    // Longer words (German) must not hide a tab behind scroll arrows: elide instead.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->tabBar()->setObjectName(QStringLiteral("sideTabBar"));
    m_tabs->tabBar()->setAccessibleName(tr("Lists: chats, rooms, contacts, meetings"));
    m_tabs->addTab(m_chats, tr("Ch&ats")); // Alt+C is the Contacts menu
    m_tabs->addTab(m_rooms, tr("R&ooms"));
    m_tabs->addTab(m_contacts, tr("Con&tacts"));
    m_tabs->addTab(m_meetings, tr("Meeti&ngs"));
    sideLayout->addWidget(m_tabs, 1);
    m_chat = new ChatView(backend, splitter);
    splitter->addWidget(side);
    splitter->addWidget(m_chat);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 770});
    setCentralWidget(splitter);
    setTabOrder(m_filter, m_tabs);

    m_statusIdentity = new ElidedLabel(this);
    m_statusIdentity->setObjectName(QStringLiteral("statusIdentityLabel"));
    m_statusClock = new QLabel(this);
    m_statusClock->setObjectName(QStringLiteral("statusClockLabel"));
    statusBar()->addWidget(m_statusIdentity, 1);
    m_statusWarning = new QLabel(tr("⚠ No keychain"), this);
    m_statusWarning->setObjectName(QStringLiteral("statusWarningLabel"));
    Theme::markAsError(m_statusWarning);
    m_statusWarning->hide();
    statusBar()->addPermanentWidget(m_statusWarning);
    statusBar()->addPermanentWidget(m_statusClock);

    buildMenus();
    for (QListWidget *list : {m_chats, m_rooms}) {
        // Selection, not the current item: keyboard, mouse and accessibility tools (which
        // select cells) all change it.
        connect(list, &QListWidget::itemSelectionChanged, this, [this, list] {
            const QList<QListWidgetItem *> selected = list->selectedItems();
            if (selected.isEmpty())
                return;
            const qint64 id = selected.first()->data(kConversationIdRole).toLongLong();
            if (id && id != m_chat->conversationId())
                openConversation(id);
        });
    }
    connect(m_contacts, &QListWidget::itemActivated, this, &MainWindow::onContactActivated);
    // A click opens the chat, as in any chat app; accepting an invitation takes Enter or a
    // double-click, so a stray click does not add someone.
    connect(m_contacts, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (!item->data(kInvitationRole).toBool())
            onContactActivated(item);
    });
    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connectSearch();
    new AssistantWait(backend, *m_chat, this);
    connect(m_chat, &ChatView::problem, this, &MainWindow::showProblem);
    connect(m_chat, &ChatView::viewLinksRequested, this, &MainWindow::showManifest);
    connect(&backend, &ChatBackend::conversationsChanged, this,
            &MainWindow::scheduleConversationRefresh);
    connect(&backend, &ChatBackend::contactsChanged, this, &MainWindow::refreshContacts);
    connect(&backend, &ChatBackend::meetingsChanged, this, &MainWindow::refreshMeetings);
    connect(&backend, &ChatBackend::clockChanged, this, &MainWindow::refreshStatus);
    // "Yesterday" and the weekdays are told by that clock.
    connect(&backend, &ChatBackend::clockChanged, this, &MainWindow::scheduleConversationRefresh);
    connect(&backend, &ChatBackend::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 12'000); });
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &MainWindow::refreshStatus);
    tick->start(30'000);

    m_notifier = new Notifier(
        backend, this, [this] { return m_chat->conversationId(); }, this);
    m_notifier->enabled = Preferences::load().notifications;
    setWindowTitle(tr("%1 – Carillon").arg(inSentence(backend.me().displayName, 60)));
    refreshConversations();
    refreshStatus();
    // The Contacts and Meetings tabs are hidden at first: filled just after the first frame.
    afterFirstPaint(this, this, [this] {
        refreshContacts();
        refreshMeetings();
    });
    resize(1100, 720);
}

void MainWindow::buildMenus()
{
    auto add = [this](QMenu *menu, const QString &text, const QString &name, auto slot,
                      const QKeySequence &shortcut = {}) {
        QAction *action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, tr("S&ettings…"), QStringLiteral("settingsAction"), &MainWindow::showSettings,
        QKeySequence::Preferences);
    add(file, tr("&Sign out"), QStringLiteral("signOutAction"),
        [this] { emit signOutRequested(); });
    file->addSeparator();
    add(
        file, tr("&Quit"), QStringLiteral("quitAction"), [] { QApplication::quit(); },
        QKeySequence::Quit);

    QMenu *contacts = menuBar()->addMenu(tr("&Contacts"));
    add(contacts, tr("&Invite contact…"), QStringLiteral("inviteContactAction"),
        &MainWindow::inviteContact, QKeySequence(QStringLiteral("Ctrl+I")));
    QMenu *message = menuBar()->addMenu(tr("&Message"));
    add(message, tr("&New message…"), QStringLiteral("newMessageAction"), &MainWindow::newMessage,
        QKeySequence(QStringLiteral("Ctrl+N")));
    add(message, tr("&Attach files…"), QStringLiteral("attachFilesAction"), [this] {
        if (auto *attach = m_chat->findChild<QPushButton *>(QStringLiteral("attachButton")))
            attach->click();
    });
    QMenu *rooms = menuBar()->addMenu(tr("&Rooms"));
    add(rooms, tr("&New room…"), QStringLiteral("newRoomAction"), &MainWindow::newRoom);
    QMenu *meetings = menuBar()->addMenu(tr("M&eetings"));
    add(meetings, tr("&Schedule…"), QStringLiteral("scheduleMeetingAction"),
        &MainWindow::scheduleMeeting);
    if (m_backend.isDemo()) {
        QMenu *demo = menuBar()->addMenu(tr("&Demo"));
        demo->setObjectName(QStringLiteral("demoMenu"));
        add(demo, tr("&Advance time…"), QStringLiteral("advanceTimeAction"),
            &MainWindow::advanceTime, QKeySequence(QStringLiteral("Ctrl+Shift+T")));
        add(demo, tr("&Reset demo data"), QStringLiteral("resetDemoAction"),
            &MainWindow::resetDemo);
        add(demo, tr("&Sign in as…"), QStringLiteral("signInAsAction"),
            [this] { emit switchPersonRequested(); });
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("Assistant &commands"), QStringLiteral("assistantHelpAction"),
        &MainWindow::showAssistantHelp, QKeySequence::HelpContents);
    add(help, tr("&About Carillon"), QStringLiteral("aboutAction"), [this] {
        // Plain text: the data folder's path is whatever the person named it.
        QMessageBox *box = Dialogs::messageBox(
            this, QMessageBox::Information, QStringLiteral("aboutBox"), tr("About Carillon"),
            tr("Carillon %1\nA desktop chat client with a privacy assistant.\n\nData: %2")
                .arg(QStringLiteral(CARILLON_VERSION), m_backend.dataLocation()));
        box->setIconPixmap(Theme::windowIcon().pixmap(64, 64));
        Dialogs::ask(box);
    });
    auto *clearFilter = new QAction(m_filter);
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);
    m_filter->addAction(clearFilter);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, m_filter, qOverload<>(&QWidget::setFocus));
    addAction(focusFilter);
}

void MainWindow::openConversation(qint64 conversationId)
{
    m_chat->open(conversationId);
    for (QListWidget *list : {m_chats, m_rooms}) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(kConversationIdRole).toLongLong() == conversationId) {
                const QSignalBlocker block(list);
                list->setCurrentRow(i);
            }
        }
    }
    m_chat->composer()->setFocus();
}

void MainWindow::scheduleConversationRefresh()
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

void MainWindow::fillConversationItem(QListWidgetItem *item, const ConversationSummary &s,
                                      qint64 assistantId) const
{
    const bool withAssistant = s.conversation.memberIds.contains(assistantId);
    QString title = s.displayTitle;
    if (withAssistant)
        title += tr(" · Webhook");
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(
        s.lastMessageAt ? s.lastMessageAt : s.conversation.createdAt);
    const QString when =
        RelativeTime::listLabel(last, QDateTime::fromMSecsSinceEpoch(m_backend.nowMs()));
    QString body = s.lastMessageBody;
    if (withAssistant && s.lastMessageId) {
        // The assistant's replies read in this reader's language, whoever stored them.
        if (auto last = m_backend.message(s.lastMessageId))
            body = AssistantTexts::render(*last);
    }
    QString preview = body.section(QLatin1Char('\n'), 0, 0).left(120);
    if (preview.isEmpty())
        preview = s.lastMessageId ? tr("Attachment") : tr("No messages yet");
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
    item->setData(Qt::AccessibleTextRole,
                  tr("%1, %n unread, last message: %2", nullptr, s.unread).arg(title, preview));
}

void MainWindow::refreshConversations()
{
    auto list = m_backend.conversations();
    if (!list)
        return;
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
    for (const ConversationSummary &s : *list) {
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
    m_chat->refreshHeader();
}

void MainWindow::placeItems(QListWidget *list, const QList<QListWidgetItem *> &wanted)
{
    const QSignalBlocker block(list);
    const qint64 open = m_chat->conversationId();
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

void MainWindow::refreshContacts()
{
    const QSignalBlocker block(m_contacts);
    m_contacts->clear();
    auto invitations = m_backend.invitations();
    for (const Invitation &i : invitations ? *invitations : QList<Invitation>()) {
        auto *item = twoLineItem(QIcon(), tr("%1 wants to add you").arg(i.from.displayName),
                                 tr("%1 · press Enter to accept").arg(i.from.email));
        ConversationItemDelegate::setAvatar(item, i.from.displayName, Avatar::personKey(i.from.id));
        item->setData(ConversationItemDelegate::UnreadRole, 1);
        item->setData(kEmailRole, i.from.email);
        item->setData(kInvitationRole, true);
        m_contacts->addItem(item);
    }
    auto contacts = m_backend.contacts();
    for (const Contact &c : contacts ? *contacts : QList<Contact>()) {
        const bool bot = c.profile.kind == ProfileKind::Assistant;
        auto *item = twoLineItem(bot ? Theme::icon(Theme::Glyph::Bot) : QIcon(),
                                 c.profile.displayName + (bot ? tr(" · Webhook") : QString()),
                                 c.profile.email);
        if (!bot)
            ConversationItemDelegate::setAvatar(item, c.profile.displayName,
                                                Avatar::personKey(c.profile.id));
        item->setData(kEmailRole, c.profile.email);
        item->setToolTip(
            bot        ? tr("Automated assistant: send it Help, Get my attachments or Delete me")
            : c.mutual ? QString()
                       : tr("Has not added you back yet"));
        m_contacts->addItem(item);
    }
    if (m_contacts->count() == 0)
        m_contacts->addItem(tr("No contacts yet. Use Contacts > Invite contact…"));
    applyFilter();
}

void MainWindow::refreshMeetings()
{
    m_meetings->clear();
    auto meetings = m_backend.meetings();
    for (const Meeting &m : meetings ? *meetings : QList<Meeting>()) {
        auto organiser = m_backend.profile(m.organiserId);
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(m.startsAt);
        auto *item = twoLineItem(Theme::icon(Theme::Glyph::Meeting), m.title,
                                 tr("%n min · organised by %1", nullptr, m.durationMinutes)
                                     .arg(organiser ? organiser->displayName : tr("someone")),
                                 QLocale().toString(start, QLocale::ShortFormat));
        m_meetings->addItem(item);
    }
    if (m_meetings->count() == 0)
        m_meetings->addItem(tr("No meetings. Use Meetings > Schedule…"));
}

void MainWindow::refreshStatus()
{
    const Profile me = m_backend.me();
    QString managed;
    if (auto status = m_backend.managedStatus();
        status && status->status != ManagedStatus::Unmanaged)
        managed = status->status == ManagedStatus::Team
                      ? tr(" · managed by the Team \"%1\"").arg(status->organisation)
                      : tr(" · managed by the Enterprise \"%1\"").arg(status->organisation);
    m_statusIdentity->setFullText(
        tr("Signed in as %1 <%2>%3").arg(me.displayName, me.email, managed));
    if (m_backend.isDemo()) {
        m_statusClock->setText(
            tr("Demo time: %1")
                .arg(RelativeTime::moment(QDateTime::fromMSecsSinceEpoch(m_backend.nowMs()),
                                          QDateTime::currentDateTime())));
    }
}

void MainWindow::connectSearch()
{
    // The results take the lists' place while the box holds text.
    connect(m_search, &SearchPanel::activeChanged, m_tabs, &QWidget::setHidden);
    connect(m_search, &SearchPanel::problem, this, &MainWindow::showProblem);
    connect(m_search, &SearchPanel::conversationChosen, this, &MainWindow::openConversation);
    connect(m_search, &SearchPanel::personChosen, this, [this](qint64 profileId) {
        auto conv = m_backend.openDirect(profileId);
        if (!conv) {
            showProblem(conv.error().message);
            return;
        }
        refreshConversations();
        openConversation(conv->id);
    });
    connect(m_search, &SearchPanel::messageChosen, this,
            [this](qint64 conversationId, qint64 messageId) {
                openConversation(conversationId);
                // After the view's own scroll to the bottom, which opening queues.
                QTimer::singleShot(0, this, [this, messageId] {
                    if (!SearchPanel::showMessage(*m_chat, messageId))
                        showProblem(tr("That message is no longer in the conversation."));
                });
            });
}

void MainWindow::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (QListWidget *list : {m_chats, m_rooms, m_contacts}) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!needle.isEmpty() &&
                                     !list->item(i)->text().contains(needle, Qt::CaseInsensitive));
    }
}

void MainWindow::onContactActivated(QListWidgetItem *item)
{
    const QString email = item->data(kEmailRole).toString();
    if (email.isEmpty())
        return;
    if (item->data(kInvitationRole).toBool()) {
        if (Status s = m_backend.acceptInvitation(email); !s)
            showProblem(s.error().message);
        return;
    }
    auto person = m_backend.profileByEmail(email);
    if (!person) {
        showProblem(person.error().message);
        return;
    }
    openChatWith(*person);
}

void MainWindow::openChatWith(const Profile &person)
{
    auto conv = m_backend.openDirect(person.id);
    if (!conv) {
        showProblem(conv.error().message);
        return;
    }
    refreshConversations();
    m_tabs->setCurrentWidget(m_chats);
    openConversation(conv->id);
}

void MainWindow::inviteContact()
{
    auto *dialog = new InviteContactDialog(m_backend, this);
    Dialogs::open(dialog, [this, dialog](int result) {
        if (result != QDialog::Accepted)
            return;
        // Someone who uses Carillon can be written to at once: their chat opens, ready to type
        // in. An invitation that waits for a newcomer has no chat yet; the status bar says so.
        if (auto person = m_backend.profileByEmail(dialog->address()))
            openChatWith(*person);
        statusBar()->showMessage(dialog->outcomeText(), 12'000);
    });
}

void MainWindow::newMessage()
{
    auto *dialog = new NewMessageDialog(m_backend, this);
    Dialogs::open(dialog, [this, dialog](int result) {
        if (result != QDialog::Accepted)
            return;
        refreshConversations();
        openConversation(dialog->conversationId());
        if (!dialog->firstMessage().trimmed().isEmpty()) {
            m_chat->composer()->setPlainText(dialog->firstMessage());
            m_chat->send();
        }
    });
}

void MainWindow::newRoom()
{
    auto *dialog = new NewRoomDialog(m_backend, this);
    Dialogs::open(dialog, [this, dialog](int result) {
        if (result != QDialog::Accepted)
            return;
        refreshConversations();
        m_tabs->setCurrentWidget(m_rooms);
        openConversation(dialog->conversationId());
    });
}

void MainWindow::scheduleMeeting()
{
    Dialogs::open(new ScheduleMeetingDialog(m_backend, this), [this](int result) {
        if (result != QDialog::Accepted)
            return;
        refreshMeetings();
        m_tabs->setCurrentWidget(m_meetings);
    });
}

void MainWindow::advanceTime()
{
    auto *dialog = new AdvanceTimeDialog(this);
    Dialogs::open(dialog, [this, dialog](int result) {
        if (result != QDialog::Accepted)
            return;
        if (Status s = m_backend.advanceClock(dialog->durationMs()); !s)
            showProblem(s.error().message);
        refreshStatus();
    });
}

void MainWindow::resetDemo()
{
    QMessageBox *box = Dialogs::messageBox(
        this, QMessageBox::Question, QStringLiteral("resetDemoBox"), tr("Reset demo data"),
        tr("Restore the demo data set? Everything done on the demo profile is undone and "
           "everyone on it is signed out."),
        QMessageBox::Yes | QMessageBox::No);
    Dialogs::ask(box, [this](QMessageBox::StandardButton answer) {
        if (answer != QMessageBox::Yes)
            return;
        if (Status s = m_backend.resetDemo(); !s)
            showProblem(s.error().message);
    });
}

void MainWindow::showSettings()
{
    Dialogs::open(new SettingsDialog(m_backend, this), [this](int result) {
        if (result == QDialog::Accepted)
            m_notifier->enabled = Preferences::load().notifications;
    });
}

void MainWindow::showAssistantHelp()
{
    QMessageBox *box = Dialogs::messageBox(
        this, QMessageBox::Information, QStringLiteral("assistantHelpBox"),
        tr("Assistant commands"),
        tr("Invite %1 as a contact (Contacts > Invite contact…), open a chat with it and "
           "send one of these commands:\n\n"
           "Help – what the assistant does.\n\n"
           "Get my attachments – after you confirm with a code, a file of download "
           "links arrives in the chat about a day later. Once every 7 days.\n\n"
           "Delete me – after you confirm with a code (valid 10 minutes), your profile "
           "and data are erased and you are signed out everywhere. Your sign-in "
           "identity is kept.\n\n"
           "Not available to profiles managed by a Team or an Enterprise.")
            .arg(m_backend.assistant().email));
    Dialogs::ask(box);
}

void MainWindow::showManifest(const Attachment &manifest)
{
    auto *viewer = new ManifestViewer(m_backend.attachmentFile(manifest), manifest.fileName, this,
                                      [this] { return m_backend.nowMs(); });
    connect(&m_backend, &ChatBackend::clockChanged, viewer, &ManifestViewer::refreshExpiry);
    // Not modal: the person may copy a link into the chat while the viewer is open.
    Dialogs::show(viewer);
}

void MainWindow::setWarning(const QString &warning)
{
    m_statusWarning->setToolTip(warning);
    m_statusWarning->setAccessibleName(warning);
    m_statusWarning->setVisible(!warning.isEmpty());
}

void MainWindow::showProblem(const QString &message)
{
    statusBar()->showMessage(message, 12'000);
    Dialogs::ask(Dialogs::messageBox(this, QMessageBox::Warning, QStringLiteral("problemBox"),
                                     tr("Carillon"), message));
}

} // namespace carillon::ui
