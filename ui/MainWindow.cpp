#include "ui/MainWindow.h"

#include "ui/AdvanceTimeDialog.h"
#include "ui/AfterFirstPaint.h"
#include "ui/AssistantWait.h"
#include "ui/ChatView.h"
#include "ui/Composer.h"
#include "ui/Dialogs.h"
#include "ui/FontNotice.h"
#include "ui/InviteContactDialog.h"
#include "ui/ManifestViewer.h"
#include "ui/MessageModel.h"
#include "ui/NewMessageDialog.h"
#include "ui/NewRoomDialog.h"
#include "ui/Notifier.h"
#include "ui/Preferences.h"
#include "ui/QuickSwitcher.h"
#include "ui/RelativeTime.h"
#include "ui/SafeText.h"
#include "ui/ScheduleMeetingDialog.h"
#include "ui/SearchPanel.h"
#include "ui/SettingsDialog.h"
#include "ui/SidePanel.h"

#include "ui/Theme.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace carillon::ui {

MainWindow::MainWindow(ChatBackend &backend, QWidget *parent)
    : QMainWindow(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Theme::windowIcon());
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_side = new SidePanel(backend, splitter);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_fontNotice = new FontNotice(right);
    rightLayout->addWidget(m_fontNotice);
    m_chat = new ChatView(backend, right);
    rightLayout->addWidget(m_chat, 1);
    splitter->addWidget(m_side);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    // Neither side may be dragged away or below what its labels need (the whole tab labels,
    // the composer's buttons): the window's minimum size follows from theirs.
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({330, 770});
    setCentralWidget(splitter);

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
    connect(m_side, &SidePanel::conversationChosen, this, &MainWindow::openConversation);
    connect(m_side, &SidePanel::personChosen, this, &MainWindow::openChatWith);
    connect(m_side, &SidePanel::problem, this, &MainWindow::showProblem);
    connect(m_side, &SidePanel::conversationsRefreshed, m_chat, &ChatView::refreshHeader);
    connect(m_side->searchPanel(), &SearchPanel::messageChosen, this,
            [this](qint64 conversationId, qint64 messageId) {
                openConversation(conversationId);
                SearchPanel::showMessage(*m_chat, messageId, [this](bool found) {
                    if (!found)
                        showProblem(tr("That message is no longer in the conversation."));
                });
            });
    new AssistantWait(backend, *m_chat, this);
    connect(m_chat, &ChatView::problem, this, &MainWindow::showProblem);
    connect(m_chat, &ChatView::viewLinksRequested, this, &MainWindow::showManifest);
    connect(m_chat->model(), &MessageModel::opened, this, &MainWindow::checkFont);
    connect(&backend, &ChatBackend::clockChanged, this, &MainWindow::refreshStatus);
    connect(&backend, &ChatBackend::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 12'000); });
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &MainWindow::refreshStatus);
    tick->start(30'000);

    m_notifier = new Notifier(
        backend, this, [this] { return m_chat->conversationId(); }, this);
    m_notifier->enabled = Preferences::load().notifications;
    setWindowTitle(tr("%1 – Carillon").arg(inSentence(backend.me().displayName, 60)));
    m_side->refreshConversations();
    refreshStatus();
    m_side->refreshContacts();
    m_side->refreshMeetings();
    // The font check asks fontconfig about every installed font: after the first frame.
    afterFirstPaint(this, this,
                    [this] { m_fontNotice->check(QLocale().language() == QLocale::Japanese); });
    resize(1100, 720);
}

QListWidget *MainWindow::conversationList() const
{
    return m_side->conversationList();
}

QListWidget *MainWindow::contactList() const
{
    return m_side->contactList();
}

SearchPanel *MainWindow::searchPanel() const
{
    return m_side->searchPanel();
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
    add(message, tr("&Go to conversation…"), QStringLiteral("quickSwitcherAction"),
        &MainWindow::showQuickSwitcher, QKeySequence(QStringLiteral("Ctrl+K")));
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
}

void MainWindow::openConversation(qint64 conversationId)
{
    ++m_openAsked; // the person's newest choice wins over a chat still being started
    m_chat->open(conversationId);
    m_side->setOpenConversation(conversationId);
    m_chat->composer()->setFocus();
}

void MainWindow::checkFont()
{
    // Japanese in the conversation, on a computer without a font for it: say what to install.
    if (m_fontNotice->isChecked())
        return;
    const MessageModel *model = m_chat->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (FontNotice::containsJapanese(model->messageAt(row).body)) {
            m_fontNotice->check(true);
            return;
        }
    }
}

void MainWindow::openChatWith(qint64 profileId)
{
    const quint64 asked = ++m_openAsked;
    m_backend.openDirect(profileId, this, [this, asked](const Result<Conversation> &conv) {
        if (!conv) {
            showProblem(conv.error().message);
            return;
        }
        if (asked != m_openAsked)
            return; // the person opened something else meanwhile
        m_side->refreshConversations();
        m_side->showList(SidePanel::List::Chats);
        openConversation(conv->id);
    });
}

void MainWindow::showQuickSwitcher()
{
    auto *switcher = new QuickSwitcher(m_backend, this);
    Dialogs::open(switcher, [this, switcher](int result) {
        if (result != QDialog::Accepted)
            return;
        if (switcher->chosenConversation())
            openConversation(switcher->chosenConversation());
        else if (switcher->chosenPerson())
            openChatWith(switcher->chosenPerson());
    });
}

void MainWindow::refreshStatus()
{
    const quint64 asked = ++m_statusAsked;
    m_backend.managedStatus(this, [this, asked](const Result<Managed> &status) {
        if (asked != m_statusAsked)
            return;
        m_managed.clear();
        if (status && status->status != ManagedStatus::Unmanaged)
            m_managed = status->status == ManagedStatus::Team
                            ? tr(" · managed by the Team \"%1\"").arg(status->organisation)
                            : tr(" · managed by the Enterprise \"%1\"").arg(status->organisation);
        showIdentity();
    });
    showIdentity(); // with what was known, until the answer
    if (m_backend.isDemo()) {
        m_statusClock->setText(
            tr("Demo time: %1")
                .arg(RelativeTime::moment(QDateTime::fromMSecsSinceEpoch(m_backend.nowMs()),
                                          QDateTime::currentDateTime())));
    }
}

void MainWindow::showIdentity()
{
    const Profile me = m_backend.me();
    m_statusIdentity->setFullText(
        tr("Signed in as %1 <%2>%3").arg(me.displayName, me.email, m_managed));
}

void MainWindow::inviteContact()
{
    auto *dialog = new InviteContactDialog(m_backend, this);
    Dialogs::open(dialog, [this, dialog](int result) {
        if (result != QDialog::Accepted)
            return;
        // Someone who uses Carillon can be written to at once: their chat opens, ready to type
        // in. An invitation that waits for a newcomer has no chat yet; the status bar says so.
        statusBar()->showMessage(dialog->outcomeText(), 12'000);
        m_backend.profileByEmail(dialog->address(), this, [this](const Result<Profile> &person) {
            if (person)
                openChatWith(person->id);
        });
    });
}

void MainWindow::newMessage()
{
    auto *dialog = new NewMessageDialog(m_backend, this);
    Dialogs::open(dialog, [this, dialog](int result) {
        if (result != QDialog::Accepted)
            return;
        m_side->refreshConversations();
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
        m_side->refreshConversations();
        m_side->showList(SidePanel::List::Rooms);
        openConversation(dialog->conversationId());
    });
}

void MainWindow::scheduleMeeting()
{
    Dialogs::open(new ScheduleMeetingDialog(m_backend, this), [this](int result) {
        if (result != QDialog::Accepted)
            return;
        m_side->refreshMeetings();
        m_side->showList(SidePanel::List::Meetings);
    });
}

void MainWindow::advanceTime()
{
    auto *dialog = new AdvanceTimeDialog(this);
    Dialogs::open(dialog, [this, dialog](int result) {
        if (result != QDialog::Accepted)
            return;
        m_backend.advanceClock(dialog->durationMs(), this, [this](const Status &s) {
            if (!s)
                showProblem(s.error().message);
            refreshStatus();
        });
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
        m_backend.resetDemo(this, [this](const Status &s) {
            if (!s)
                showProblem(s.error().message);
        });
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
    m_backend.attachmentFile(
        manifest, this, [this, name = manifest.fileName](const Result<QString> &file) {
            if (!file) {
                showProblem(file.error().message);
                return;
            }
            auto *viewer =
                new ManifestViewer(*file, name, this, [this] { return m_backend.nowMs(); });
            connect(&m_backend, &ChatBackend::clockChanged, viewer, &ManifestViewer::refreshExpiry);
            // Not modal: the person may copy a link into the chat while the viewer is open.
            Dialogs::show(viewer);
        });
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
