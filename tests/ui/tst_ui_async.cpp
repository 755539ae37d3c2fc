// The desktop client over a backend that answers later, as a network backend does: every
// answer and change signal arrives through the event loop after a delay (DelayedBackend). The
// window must show what was asked for, once, whatever order the answers come in, and never
// call back a dialog that was closed meanwhile.

#include "UiFixture.h"
#include "core/FolderSettings.h"
#include "support/DelayedBackend.h"
#include "ui/AssistantWait.h"
#include "ui/Dialogs.h"
#include "ui/InviteContactDialog.h"
#include "ui/NewMessageDialog.h"
#include "ui/NewRoomDialog.h"
#include "ui/QuickSwitcher.h"
#include "ui/RecipientEdit.h"
#include "ui/SafeText.h"
#include "ui/ScheduleMeetingDialog.h"
#include "ui/SearchPanel.h"
#include "ui/SettingsDialog.h"
#include "ui/SidePanel.h"

#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QStatusBar>

using namespace carillon;

namespace {
const QString kAda = QStringLiteral("ada@example.com");
const QString kGrace = QStringLiteral("grace@example.com");
const QString kLinus = QStringLiteral("linus@example.org");

// The window's parts the tests look at.
QString headerTitle(ui::ChatView *chat)
{
    return chat->findChild<ui::ElidedLabel *>(QStringLiteral("chatTitleLabel"))->fullText();
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
}

bool listShows(QListWidget *list, const QString &text)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(text))
            return true;
    }
    return false;
}

bool problemShown(QWidget *window)
{
    for (auto *box : window->findChildren<QMessageBox *>(QStringLiteral("problemBox"))) {
        if (box->isVisible())
            return true;
    }
    return false;
}
} // namespace

class TestUiAsync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<test::UiInstance> m_ui;

    // Many messages in one transaction, before anyone signs in.
    void seed(qint64 conversationId, qint64 senderId, int count)
    {
        QVERIFY(test::seedMessages(*m_ui->ws, conversationId, senderId, count));
    }

    qint64 idOf(const QString &email) const
    {
        return m_ui->ws->accounts().profileByEmail(email)->id;
    }

    QScrollBar *scrollBar() const { return m_ui->chat()->messageList()->verticalScrollBar(); }

    // Opens the conversation and waits for its first page.
    void openAndWait(qint64 conversationId)
    {
        m_ui->main()->openConversation(conversationId);
        QTRY_VERIFY(!m_ui->chat()->model()->isLoading());
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
    }

private slots:
    void init()
    {
        m_ui = std::make_unique<test::UiInstance>(
            m_dir.path() + QLatin1Char('/') + QString::fromLatin1(QTest::currentTestFunction()),
            m_clock, true, 20);
        // No window before the backend says whether a sign-in is remembered.
        QVERIFY(!m_ui->app->signInWindow());
        QVERIFY(!m_ui->main());
        QTRY_VERIFY(m_ui->app->signInWindow() && m_ui->app->signInWindow()->isVisible());
    }
    void cleanup()
    {
        m_ui.reset();
        ui::Dialogs::resetForTests();
    }

    void signInFillsTheWindowLater()
    {
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        QCOMPARE(m_ui->main()->windowTitle(), QStringLiteral("Ada Lovelace – Carillon"));
        QListWidget *chats = m_ui->main()->conversationList();
        QTRY_VERIFY(listShows(chats, QStringLiteral("Grace Hopper")));
        QTRY_VERIFY(listShows(m_ui->main()->contactList(), QStringLiteral("Linus Pauling")));
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
        QVERIFY(!problemShown(m_ui->main()));
    }

    void pagingBackWaitsForEachPage()
    {
        const qint64 chat = m_ui->directChat(kAda, kGrace);
        seed(chat, idOf(kGrace), 700);
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        m_ui->main()->resize(900, 600);
        ui::MessageModel *model = m_ui->chat()->model();
        m_ui->main()->openConversation(chat);
        // Shown at once, empty, until the first page arrives.
        QCOMPARE(m_ui->chat()->conversationId(), chat);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(model->isLoading());
        QTRY_COMPARE(model->rowCount(), ui::MessageModel::kFirstPage);
        QCOMPARE(model->messageAt(model->rowCount() - 1).body, QStringLiteral("Older message 699"));
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);

        // To the top: one older page is asked for, and asking again while it is out asks for
        // nothing more.
        const int asked = m_ui->delayed->callCount(QStringLiteral("history"));
        const qint64 top = model->messageAt(0).id;
        scrollBar()->setValue(scrollBar()->minimum());
        scrollBar()->setValue(scrollBar()->maximum() / 2);
        scrollBar()->setValue(scrollBar()->minimum());
        QCOMPARE(m_ui->delayed->callCount(QStringLiteral("history")), asked + 1);
        QCOMPARE(model->rowCount(), ui::MessageModel::kFirstPage);
        QTRY_COMPARE(model->rowCount(),
                     ui::MessageModel::kFirstPage + ui::MessageModel::kOlderPage);
        // Put in above what was read, which stays where it was on screen.
        QCOMPARE(model->rowOf(top), ui::MessageModel::kOlderPage);
        QListView *list = m_ui->chat()->messageList();
        QVERIFY(
            list->viewport()->rect().intersects(list->visualRect(model->index(model->rowOf(top)))));
        QCOMPARE(m_ui->delayed->callCount(QStringLiteral("history")), asked + 1);

        // On to the oldest message, a page per answer, each row once.
        for (int pages = 0; model->hasOlder() && pages < 20; ++pages) {
            const int before = m_ui->delayed->callCount(QStringLiteral("history"));
            scrollBar()->setValue(scrollBar()->maximum() / 2);
            scrollBar()->setValue(scrollBar()->minimum());
            QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
            QCOMPARE(m_ui->delayed->callCount(QStringLiteral("history")), before + 1);
        }
        QCOMPARE(model->messageAt(0).id, m_ui->ws->messages().historyAfter(chat, 0, 1)->first().id);
        QSet<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.insert(model->messageAt(row).id);
        QCOMPARE(int(ids.size()), model->rowCount());
        QVERIFY(model->rowCount() <= ui::MessageModel::kMaxRows);
    }

    // A search hit deep in a long history: the conversation opens, older pages come in one
    // answer at a time until the message is loaded, and it is selected.
    void aSearchHitDeepInTheHistoryIsShown()
    {
        const qint64 chat = m_ui->directChat(kAda, kGrace);
        seed(chat, idOf(kGrace), 500);
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
        const qint64 wanted = m_ui->ws->messages().historyAfter(chat, 0, 1)->first().id;
        const int asked = m_ui->delayed->callCount(QStringLiteral("history"));
        emit m_ui->main()->searchPanel()->messageChosen(chat, wanted);
        const ui::MessageModel *model = m_ui->chat()->model();
        QListView *list = m_ui->chat()->messageList();
        QTRY_VERIFY(list->currentIndex().isValid());
        QCOMPARE(model->messageAt(list->currentIndex().row()).id, wanted);
        QVERIFY(list->viewport()->rect().intersects(list->visualRect(list->currentIndex())));
        // The first page and then three older ones (60 + 3 × 200 reach the oldest of 504).
        QCOMPARE(m_ui->delayed->callCount(QStringLiteral("history")), asked + 4);
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
        QVERIFY(!problemShown(m_ui->main()));
    }

    void sentTextAppearsOnce()
    {
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        openAndWait(m_ui->directChat(kAda, kGrace));
        ui::Composer *composer = m_ui->chat()->composer();
        auto *send = m_ui->chat()->findChild<QPushButton *>(QStringLiteral("sendButton"));
        const QString text = QStringLiteral("Hello from far away");
        composer->setFocus();
        composer->setPlainText(text);
        QTest::keyClick(composer, Qt::Key_Return);
        // Until the answer: locked, and Enter again sends nothing.
        QVERIFY(composer->isLocked());
        QVERIFY(!send->isEnabled());
        QTest::keyClick(composer, Qt::Key_Return);
        send->click();
        QCOMPARE(m_ui->delayed->callCount(QStringLiteral("send")), 1);
        QTRY_VERIFY(!composer->isLocked());
        QTRY_VERIFY(composer->toPlainText().isEmpty());
        QVERIFY(send->isEnabled());
        const ui::MessageModel *model = m_ui->chat()->model();
        QTRY_COMPARE(model->messageAt(model->rowCount() - 1).body, text);
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
        int shown = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            shown += model->messageAt(row).body == text ? 1 : 0;
        QCOMPARE(shown, 1);
        QCOMPARE(m_ui->ws->messages().history(model->conversationId(), 0, 1)->first().body, text);
    }

    // New message to someone not in the contacts: each step waits for the one before (who they
    // are, the question, the invitation, the chat), then the first message goes, once.
    void aNewMessageToANewContactTakesEveryStepInTurn()
    {
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
        m_ui->main()->newMessage();
        QPointer<ui::NewMessageDialog> dialog = m_ui->main()->findChild<ui::NewMessageDialog *>();
        QVERIFY(dialog);
        dialog->recipients()->setText(QStringLiteral("sam@initech.example"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("firstMessageEdit"))
            ->setPlainText(QStringLiteral("Welcome aboard"));
        ui::Dialogs::setNextAnswer(QMessageBox::Yes); // add Sam as a contact
        okButton(dialog)->click();
        QVERIFY(!okButton(dialog)->isEnabled());
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY(ui::Dialogs::lastMessage().contains(QStringLiteral("sam@initech.example")));
        QTRY_COMPARE(headerTitle(m_ui->chat()), QStringLiteral("Sam Okafor"));
        const ui::MessageModel *model = m_ui->chat()->model();
        QTRY_VERIFY(model->rowCount() > 0 && model->messageAt(model->rowCount() - 1).body ==
                                                 QStringLiteral("Welcome aboard"));
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(m_ui->delayed->callCount(QStringLiteral("invite")), 1);
        QCOMPARE(m_ui->delayed->callCount(QStringLiteral("send")), 1);
        QVERIFY(!problemShown(m_ui->main()));
    }

    // A command to the assistant, whose answer is posted before the window has even learnt
    // that the command was sent: the wait for an answer never starts, so the composer is not
    // left saying the assistant is working on it.
    void anAnswerFasterThanTheQuestionEndsTheWait()
    {
        const qint64 ada = idOf(kAda);
        const Profile bot = m_ui->ws->assistantProfile();
        QVERIFY(m_ui->ws->contacts().invite(ada, bot.email));
        const qint64 chat = m_ui->ws->conversations().direct(ada, bot.id)->id;
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        openAndWait(chat);
        const int before = m_ui->chat()->model()->rowCount();
        m_ui->type(QStringLiteral("Help"));
        const ui::MessageModel *model = m_ui->chat()->model();
        QTRY_VERIFY(model->rowCount() > before + 1 &&
                    model->messageAt(model->rowCount() - 1).senderId == bot.id);
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
        auto *wait = m_ui->main()->findChild<ui::AssistantWait *>();
        QVERIFY(wait);
        QVERIFY(!wait->isWaiting());
        QVERIFY(!m_ui->chat()->composer()->workBar()->isVisible());
        QVERIFY(!m_ui->chat()->composer()->isLocked());
    }

    void invitedPersonOpensWhenTheAnswersArrive()
    {
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        m_ui->main()->inviteContact();
        QPointer<ui::InviteContactDialog> dialog =
            m_ui->main()->findChild<ui::InviteContactDialog *>();
        QVERIFY(dialog);
        dialog->setAddress(QStringLiteral("sam@initech.example"));
        QPushButton *ok = okButton(dialog);
        QVERIFY(ok->isEnabled());
        ok->click();
        QVERIFY(!ok->isEnabled()); // no second invitation while the first is out
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_COMPARE(headerTitle(m_ui->chat()), QStringLiteral("Sam Okafor"));
        QTRY_VERIFY(listShows(m_ui->main()->contactList(), QStringLiteral("Sam Okafor")));
        QCOMPARE(m_ui->delayed->callCount(QStringLiteral("invite")), 1);
    }

    void roomIsCreatedAndOpened()
    {
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        m_ui->main()->newRoom();
        QPointer<ui::NewRoomDialog> dialog = m_ui->main()->findChild<ui::NewRoomDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("roomNameEdit"))
            ->setText(QStringLiteral("Async room"));
        dialog->findChild<QLineEdit *>(QStringLiteral("roomMembersEdit"))->setText(kGrace);
        QPushButton *ok = okButton(dialog);
        ok->click();
        QVERIFY(!ok->isEnabled());
        dialog->accept(); // a second submit while the first is out does nothing
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_COMPARE(headerTitle(m_ui->chat()), QStringLiteral("Async room"));
        QCOMPARE(m_ui->delayed->callCount(QStringLiteral("createRoom")), 1);
        QListWidget *rooms =
            m_ui->main()->findChild<QListWidget *>(QStringLiteral("roomListWidget"));
        QTRY_VERIFY(listShows(rooms, QStringLiteral("Async room")));
        QTRY_VERIFY(rooms->currentItem() &&
                    rooms->currentItem()->text().contains(QStringLiteral("Async room")));
    }

    void meetingIsScheduledAndListed()
    {
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        m_ui->main()->scheduleMeeting();
        QPointer<ui::ScheduleMeetingDialog> dialog =
            m_ui->main()->findChild<ui::ScheduleMeetingDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("meetingTitleEdit"))
            ->setText(QStringLiteral("Async sync-up"));
        dialog->findChild<QLineEdit *>(QStringLiteral("meetingInviteesEdit"))->setText(kGrace);
        QPushButton *ok = okButton(dialog);
        ok->click();
        QVERIFY(!ok->isEnabled());
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QListWidget *meetings =
            m_ui->main()->findChild<QListWidget *>(QStringLiteral("meetingListWidget"));
        QTRY_VERIFY(listShows(meetings, QStringLiteral("Async sync-up")));
        QTRY_VERIFY(listShows(meetings, QStringLiteral("organised by Ada Lovelace")));
        QCOMPARE(m_ui->delayed->callCount(QStringLiteral("scheduleMeeting")), 1);
    }

    void aFailedWriteIsShown()
    {
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        m_ui->main()->newRoom();
        QPointer<ui::NewRoomDialog> dialog = m_ui->main()->findChild<ui::NewRoomDialog *>();
        dialog->findChild<QLineEdit *>(QStringLiteral("roomNameEdit"))
            ->setText(QStringLiteral("Nobody's room"));
        dialog->findChild<QLineEdit *>(QStringLiteral("roomMembersEdit"))
            ->setText(QStringLiteral("nobody.here@example.com"));
        okButton(dialog)->click();
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(!error->isVisible());
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(dialog->isVisible());
        QVERIFY(okButton(dialog)->isEnabled()); // ready to try again
    }

    // A list whose answer is an error says so in the status bar, keeps what it showed, and is
    // asked for again a few seconds later, with no action from the person.
    void aListThatFailsToLoadIsShownAndAskedForAgain()
    {
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        ui::SidePanel *side = m_ui->main()->sidePanel();
        QTRY_VERIFY(side->conversationList()->count() > 0);
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
        const int rows = side->conversationList()->count();
        const struct
        {
            const char *call;
            void (ui::SidePanel::*refresh)();
            const char *says;
        } lists[] = {
            {"conversations", &ui::SidePanel::refreshConversations, "Your chats could not"},
            {"contacts", &ui::SidePanel::refreshContacts, "Your contacts could not"},
            {"meetings", &ui::SidePanel::refreshMeetings, "Your meetings could not"},
        };
        for (const auto &list : lists) {
            const QString call = QLatin1String(list.call);
            const int asked = m_ui->delayed->callCount(call);
            m_ui->delayed->failNext(call);
            (side->*list.refresh)();
            QTRY_VERIFY2(
                m_ui->main()->statusBar()->currentMessage().contains(QLatin1String(list.says)),
                qPrintable(m_ui->main()->statusBar()->currentMessage()));
            QCOMPARE(side->conversationList()->count(), rows); // nothing was emptied
            QTRY_VERIFY_WITH_TIMEOUT(m_ui->delayed->callCount(call) == asked + 2, 8000);
            QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
            QCOMPARE(side->conversationList()->count(), rows);
        }
    }

    // The quick switcher offers what did load and says what did not.
    void theQuickSwitcherSaysWhatDidNotLoad()
    {
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
        m_ui->delayed->failNext(QStringLiteral("contacts"));
        QTest::keyClick(m_ui->main(), Qt::Key_K, Qt::ControlModifier);
        QPointer<ui::QuickSwitcher> switcher;
        QTRY_VERIFY((switcher = m_ui->main()->findChild<ui::QuickSwitcher *>()));
        auto *said = switcher->findChild<QLabel *>(QStringLiteral("quickSwitcherEmptyLabel"));
        QTRY_VERIFY2(said->text().contains(QLatin1String("The connection broke.")),
                     qPrintable(said->text()));
        QVERIFY(said->isVisible());
        auto *rows = switcher->findChild<QListWidget *>();
        QVERIFY(rows->count() > 0); // the conversations did load
        switcher->reject();
    }

    // A then B before A's answer: B is shown, and A's answer, arriving last, changes nothing.
    void theLastConversationOpenedWins()
    {
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
        const qint64 a = m_ui->directChat(kAda, kGrace);
        const qint64 b = m_ui->directChat(kAda, kLinus);
        m_ui->delayed->setDelay(400);
        m_ui->main()->openConversation(a);
        m_ui->delayed->setDelay(20);
        m_ui->main()->openConversation(b);
        const ui::MessageModel *model = m_ui->chat()->model();
        QTRY_VERIFY(model->rowCount() > 0);
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0); // A's answers too
        QCOMPARE(m_ui->chat()->conversationId(), b);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->messageAt(row).conversationId, b);
        QCOMPARE(model->messageAt(model->rowCount() - 1).body,
                 QStringLiteral("Thanks, I will check the totals."));
        QCOMPARE(headerTitle(m_ui->chat()), QStringLiteral("Linus Pauling"));
        const QList<QListWidgetItem *> selected = m_ui->main()->conversationList()->selectedItems();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first()->data(Qt::UserRole).toLongLong(), b);
    }

    // The folder's settings arrive after the dialog opens: their fields wait, disabled, and
    // Save waits for them; what is saved is what was shown and changed.
    void settingsWaitForTheirValues()
    {
        QVERIFY(m_ui->ws->setState(folder_settings::kLinkPortKey, QStringLiteral("48000")));
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
        m_ui->main()->showSettings();
        QPointer<ui::SettingsDialog> dialog = m_ui->main()->findChild<ui::SettingsDialog *>();
        QVERIFY(dialog);
        auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("linkPortSpinBox"));
        QVERIFY(!port->isEnabled());
        dialog->accept(); // too early: the stored values would be overwritten with defaults
        QVERIFY(dialog->isVisible());
        QVERIFY(!okButton(dialog)->isEnabled()); // Save waits for the values too
        QTRY_VERIFY(port->isEnabled());
        QCOMPARE(port->value(), 48000);
        QTRY_VERIFY(okButton(dialog)->isEnabled()); // every value in (the demo delay too)
        port->setValue(48001);
        // Long enough that a loaded machine cannot let the answer in before the next line.
        m_ui->delayed->setDelay(400);
        okButton(dialog)->click();
        QVERIFY(!okButton(dialog)->isEnabled());
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(*m_ui->ws->state(folder_settings::kLinkPortKey), QStringLiteral("48001"));
        QCOMPARE(m_ui->delayed->callCount(QStringLiteral("setFolderSetting")), 2); // and the delay
    }

    // Closed before its answer: nothing is called back, shown or opened.
    void aDialogClosedBeforeItsAnswer()
    {
        QVERIFY(test::signInThroughWindow(*m_ui->app, kAda));
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
        const qint64 open = m_ui->chat()->conversationId();
        m_ui->delayed->setDelay(200);
        m_ui->main()->newRoom();
        QPointer<ui::NewRoomDialog> dialog = m_ui->main()->findChild<ui::NewRoomDialog *>();
        dialog->findChild<QLineEdit *>(QStringLiteral("roomNameEdit"))
            ->setText(QStringLiteral("Never mind"));
        dialog->findChild<QLineEdit *>(QStringLiteral("roomMembersEdit"))->setText(kGrace);
        okButton(dialog)->click();
        QVERIFY(m_ui->delayed->outstanding() > 0); // asked, not answered yet
        QCOMPARE(m_ui->delayed->callCount(QStringLiteral("profileByEmail")), 1);
        dialog->reject();
        QTRY_VERIFY(!dialog); // closed dialogs are deleted
        QTRY_COMPARE(m_ui->delayed->outstanding(), 0);
        // Its next step was never asked for, nothing opened, and no problem was shown.
        QCOMPARE(m_ui->delayed->callCount(QStringLiteral("createRoom")), 0);
        QCOMPARE(m_ui->chat()->conversationId(), open);
        QVERIFY(!problemShown(m_ui->main()));
    }
};

QTEST_MAIN(TestUiAsync)
#include "tst_ui_async.moc"
