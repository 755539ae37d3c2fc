// The desktop client's flows, driven through its real windows on the offscreen platform.

#include "UiFixture.h"
#include "ui/CreateIdentityDialog.h"
#include "ui/Dialogs.h"
#include "ui/InviteContactDialog.h"
#include "ui/NewMessageDialog.h"
#include "ui/Notifier.h"
#include "ui/Preferences.h"
#include "ui/RecipientEdit.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>

using namespace carillon;
using carillon::test::UiInstance;

namespace {
const QString kAssistant = QStringLiteral("assistant_no_reply@chime.aws");
const QString kAda = QStringLiteral("ada@example.com");
constexpr qint64 kDay = 86'400'000;

bool listContains(QListWidget *list, const QString &text)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(text))
            return true;
    }
    return false;
}
} // namespace

class TestUiFlows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<UiInstance> m_ui;

    // Opens the 1:1 with the assistant through New message > To:.
    void openAssistantChat()
    {
        ui::Dialogs::setOnOpen([](QDialog *dialog) {
            auto *d = qobject_cast<ui::NewMessageDialog *>(dialog);
            QVERIFY(d);
            d->recipients()->setText(kAssistant);
            ui::Dialogs::setNextAnswer(QMessageBox::Yes);
            d->accept();
            QVERIFY(ui::Dialogs::lastMessage().contains(kAssistant));
        });
        m_ui->main()->newMessage();
        ui::Dialogs::setOnOpen(nullptr);
    }

    QString codeOnCard(ui::MessageCard *card)
    {
        return card->findChild<QLabel *>(QStringLiteral("confirmationCodeLabel"))->text();
    }

private slots:
    void init()
    {
        m_ui = UiInstance::forCurrentTest(m_dir, m_clock);
        QVERIFY(m_ui->signInAs(kAda));
    }
    void cleanup()
    {
        m_ui.reset();
        ui::Dialogs::resetForTests();
    }

    void wrongPasswordIsRefusedWithAClearMessage()
    {
        emit m_ui->main()->signOutRequested();
        QTRY_VERIFY(m_ui->signIn()->isVisible());
        auto *window = m_ui->signIn();
        window->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(kAda);
        window->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("nope"));
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        // The slow password check runs off the GUI thread: the window shows it is busy and
        // does not take a second click meanwhile.
        QVERIFY(window->isBusy());
        QVERIFY(window->findChild<QWidget *>(QStringLiteral("signInBusyBar"))->isVisible());
        QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
        auto *error = window->findChild<QLabel *>(QStringLiteral("signInErrorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 20'000);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("password")));
        QVERIFY(!m_ui->main() || !m_ui->main()->isVisible());
    }

    void signUpHashesOffTheGuiThread()
    {
        emit m_ui->main()->signOutRequested();
        QTRY_VERIFY(m_ui->signIn()->isVisible());
        ChatBackend &backend = m_ui->app->backend();
        auto fill = [](ui::CreateIdentityDialog &d, const QString &email) {
            d.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Kim"));
            d.findChild<QLineEdit *>(QStringLiteral("newEmailEdit"))->setText(email);
            for (const char *name : {"newPasswordEdit", "repeatPasswordEdit"})
                d.findChild<QLineEdit *>(QLatin1String(name))
                    ->setText(QStringLiteral("a long password"));
        };

        // A reserved address comes back as an error in the form, and nothing is created.
        ui::CreateIdentityDialog refused(backend);
        fill(refused, QStringLiteral("assistant_no_reply@chime.aws"));
        refused.show();
        refused.accept();
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isBusy(), 20'000);
        QVERIFY(refused.isVisible());
        const auto *error = refused.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("reserved")), qPrintable(error->text()));
        QVERIFY(!backend.isSignedIn());

        // The slow hash runs elsewhere: the dialog answers at once, busy, and finishes later.
        ui::CreateIdentityDialog dialog(backend);
        fill(dialog, QStringLiteral("kim@example.com"));
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isBusy());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("createProgressLabel"))->isVisible());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("newEmailEdit"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20'000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(backend.isSignedIn());
        QCOMPARE(backend.me().email, QStringLiteral("kim@example.com"));
    }

    void rememberMeResumesWithoutThePassword()
    {
        emit m_ui->main()->signOutRequested();
        QTRY_VERIFY(m_ui->signIn()->isVisible());
        auto *window = m_ui->signIn();
        window->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"))->setChecked(true);
        QVERIFY(m_ui->signInAs(kAda));
        // The secret store holds this device's token, never the password.
        const QString device = *m_ui->ws->state(QStringLiteral("remember.devices"));
        QVERIFY(!device.isEmpty() && !device.contains(QLatin1Char(',')));
        const QByteArray token = *m_ui->ws->secrets().read(rememberMeSecretName(device));
        QVERIFY(token.size() >= 40);
        QVERIFY(!token.contains(DemoData::password().toUtf8()));
        // A second window while this one runs is another device: it does not take this one's
        // saved sign-in (which would sign this window out), it asks for a password.
        {
            EmbeddedBackend secondDevice(*m_ui->ws);
            ui::AppController second(secondDevice);
            second.start();
            QVERIFY(!second.mainWindow());
            QVERIFY(second.signInWindow() && second.signInWindow()->isVisible());
        }
        QTest::qWait(700); // longer than a device's session check
        QVERIFY(m_ui->main() && m_ui->main()->isVisible());
        QCOMPARE(*m_ui->ws->secrets().read(rememberMeSecretName(device)), token);
        // The window ends; a new start of the app (same data folder) opens the main window
        // directly.
        m_ui->app.reset();
        m_ui->backend.reset();
        EmbeddedBackend restarted(*m_ui->ws);
        ui::AppController again(restarted);
        again.start();
        QVERIFY(again.mainWindow() && again.mainWindow()->isVisible());
        QCOMPARE(again.backend().me().email, kAda);
        // Signing out forgets it.
        emit again.mainWindow()->signOutRequested();
        // Forgotten off the GUI thread, soon after.
        QTRY_VERIFY(m_ui->ws->secrets().read(rememberMeSecretName(device))->isEmpty());
        QTRY_VERIFY(m_ui->ws->state(QStringLiteral("remember.devices"))->isEmpty());
    }

    void settingsSaveAndApply()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        ui::Dialogs::setOnOpen([](QDialog *dialog) {
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("dataLocationLabel"))
                        ->text()
                        .contains(QStringLiteral("settingsSaveAndApply")));
            dialog->findChild<QSpinBox *>(QStringLiteral("linkPortSpinBox"))->setValue(48123);
            auto *scheme = dialog->findChild<QComboBox *>(QStringLiteral("schemeComboBox"));
            scheme->setCurrentIndex(scheme->findData(QStringLiteral("dark")));
            dialog->findChild<QCheckBox *>(QStringLiteral("notificationsCheckBox"))
                ->setChecked(false);
            dialog->accept();
        });
        m_ui->main()->showSettings();
        ui::Dialogs::setOnOpen(nullptr);
        QCOMPARE(*m_ui->ws->state(QStringLiteral("links.port")), QStringLiteral("48123"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(!m_ui->main()->notifier()->enabled);
        QCOMPARE(ui::Preferences::load().scheme, QStringLiteral("dark"));
        ui::Theme::applyScheme(ui::Theme::Scheme::System);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    }

    // Icons are made when first drawn (start-up time): at every size and scale asked for, and
    // still after the style that promised them was replaced by a colour scheme change.
    void iconsAreDrawnOnDemand()
    {
        const QIcon bot = ui::Theme::icon(ui::Theme::Glyph::Bot);
        QCOMPARE(bot.availableSizes().size(), 6);
        for (const int side : {16, 20, 32, 100, 128}) {
            const QPixmap pixels = bot.pixmap(QSize(side, side));
            QCOMPARE(pixels.size(), QSize(side, side));
            QVERIFY(pixels.toImage().pixelColor(side / 2, side / 2).alpha() > 0); // drawn
        }
        const QPixmap sharp = bot.pixmap(QSize(24, 24), 2.0); // a 2x screen: 48 device pixels
        QCOMPARE(sharp.size(), QSize(48, 48));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QVERIFY(!bot.pixmap(QSize(32, 32), QIcon::Disabled).isNull());

        const QIcon arrow = QApplication::style()->standardIcon(QStyle::SP_ArrowRight);
        ui::Theme::applyScheme(ui::Theme::Scheme::Dark); // deletes the style behind `arrow`
        QVERIFY(!arrow.pixmap(QSize(16, 16)).isNull());
        ui::Theme::applyScheme(ui::Theme::Scheme::System);
        QVERIFY(!QApplication::style()->standardIcon(QStyle::SP_DirIcon).pixmap(16).isNull());
    }

    void notifiesOfMessagesElsewhere()
    {
        QStringList shown;
        m_ui->main()->notifier()->enabled = true;
        m_ui->main()->notifier()->show = [&shown](const QString &title, const QString &body) {
            shown << title + QStringLiteral(": ") + body;
        };
        auto &ws = *m_ui->ws;
        const qint64 ada = ws.accounts().profileByEmail(kAda)->id;
        const qint64 grace = ws.accounts().profileByEmail(QStringLiteral("grace@example.com"))->id;
        const qint64 linus = ws.accounts().profileByEmail(QStringLiteral("linus@example.org"))->id;
        m_ui->main()->openConversation(ws.conversations().direct(ada, linus)->id);
        // Grace writes in another conversation: a notification. Ada's own message: none.
        QVERIFY(ws.messages()
                    .postText(grace, ws.conversations().direct(ada, grace)->id,
                              QStringLiteral("Lunch?"))
                    .ok());
        QVERIFY(ws.messages()
                    .postText(ada, ws.conversations().direct(ada, grace)->id, QStringLiteral("Yes"))
                    .ok());
        QCOMPARE(shown, QStringList{QStringLiteral("New message from Grace Hopper: Lunch?")});
        m_ui->main()->notifier()->enabled = false;
        QVERIFY(ws.messages()
                    .postText(grace, ws.conversations().direct(ada, grace)->id, QStringLiteral("?"))
                    .ok());
        QCOMPARE(shown.size(), 1);
    }

    void inviteAssistantByDialog()
    {
        ui::Dialogs::setOnOpen([](QDialog *dialog) {
            auto *d = qobject_cast<ui::InviteContactDialog *>(dialog);
            QVERIFY(d);
            auto *ok = d->findChild<QPushButton *>(QStringLiteral("okButton"));
            d->setAddress(QStringLiteral("not an address"));
            QVERIFY(!ok->isEnabled());
            d->setAddress(kAssistant);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        m_ui->main()->inviteContact();
        ui::Dialogs::setOnOpen(nullptr);
        QTRY_VERIFY(listContains(m_ui->main()->contactList(),
                                 QStringLiteral("Amazon Chime Assistant · Webhook")));
        // The new chat is open and selected, ready to write in, and the status bar says what
        // happened.
        const qint64 chat = m_ui->ws->conversations()
                                .direct(m_ui->ws->accounts().profileByEmail(kAda)->id,
                                        m_ui->ws->assistantProfile().id)
                                ->id;
        QCOMPARE(m_ui->chat()->conversationId(), chat);
        const QList<QListWidgetItem *> selected = m_ui->main()->conversationList()->selectedItems();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first()->data(Qt::UserRole).toLongLong(), chat);
        QVERIFY(m_ui->main()->conversationList()->isVisible());
        QVERIFY2(m_ui->main()->statusBar()->currentMessage().contains(QStringLiteral("contacts")),
                 qPrintable(m_ui->main()->statusBar()->currentMessage()));
    }

    void contactsOpenOnOneClick()
    {
        auto *tabs = m_ui->main()->findChild<QTabWidget *>(QStringLiteral("sideTabWidget"));
        QListWidget *contacts = m_ui->main()->contactList();
        tabs->setCurrentWidget(contacts);
        QTRY_VERIFY(listContains(contacts, QStringLiteral("grace@example.com")));
        QListWidgetItem *grace = nullptr;
        for (int i = 0; i < contacts->count(); ++i) {
            if (contacts->item(i)->text().contains(QStringLiteral("grace@example.com")))
                grace = contacts->item(i);
        }
        QTest::mouseClick(contacts->viewport(), Qt::LeftButton, {},
                          contacts->visualItemRect(grace).center());
        const qint64 chat =
            m_ui->ws->conversations()
                .direct(
                    m_ui->ws->accounts().profileByEmail(kAda)->id,
                    m_ui->ws->accounts().profileByEmail(QStringLiteral("grace@example.com"))->id)
                ->id;
        QCOMPARE(m_ui->chat()->conversationId(), chat);
        QCOMPARE(tabs->currentWidget(), m_ui->main()->conversationList());
    }

    // Others keep their chat with a person who used Delete me, under the former name.
    void aDeletedPersonsChatKeepsTheirName()
    {
        Workspace &ws = *m_ui->ws;
        const qint64 ada = ws.accounts().profileByEmail(kAda)->id;
        const qint64 grace = ws.accounts().profileByEmail(QStringLiteral("grace@example.com"))->id;
        const qint64 chat = ws.conversations().direct(ada, grace)->id;
        QVERIFY(ws.messages().postText(ada, chat, QStringLiteral("Are you there?")).ok());
        m_ui->main()->openConversation(chat);
        QVERIFY(ws.eraser().erase(grace, RevokeReason::ProfileDeleted).ok());
        QListWidget *chats = m_ui->main()->conversationList();
        QTRY_VERIFY(listContains(chats, QStringLiteral("Grace Hopper (deleted)")));
        QVERIFY(!listContains(chats, QStringLiteral("Only you")));
    }

    void inviteAssistantByToFieldAndMeetIt()
    {
        openAssistantChat();
        QVERIFY(m_ui->chat()->conversationId() > 0);
        QVERIFY(m_ui->chat()
                    ->findChild<QLabel *>(QStringLiteral("botBadgeLabel"))
                    ->isVisibleTo(m_ui->main()));
        QVERIFY(listContains(m_ui->main()->contactList(), QStringLiteral("Webhook")));

        m_ui->type(QStringLiteral("Hello there"));
        QCOMPARE(m_ui->chat()->composer()->toPlainText(), QString());
        // A greeting gets the introduction alone: no "did not understand" after a hello.
        QTRY_VERIFY(m_ui->lastCard(MessageKind::AssistantIntro));
        QTest::qWait(300);
        QVERIFY(!m_ui->lastCard(MessageKind::AssistantInfo));
        // From then on, what it does not understand it says so.
        m_ui->type(QStringLiteral("Hello again"));
        QTRY_VERIFY(m_ui->lastCard(MessageKind::AssistantInfo));
    }

    void deleteMeThroughTheCardSignsOutBothDevices()
    {
        // A second device, signed in as Ada on the same data folder.
        UiInstance other(m_ui->ws->dataDir(), m_clock);
        QVERIFY(other.signInAs(kAda));

        openAssistantChat();
        m_ui->type(QStringLiteral("Delete me"));
        QTRY_VERIFY(m_ui->lastCard(MessageKind::DeletionPreview));
        ui::MessageCard *card = m_ui->lastCard(MessageKind::ConfirmationRequest);
        QVERIFY(card);
        QVERIFY(card->findChild<QLabel *>(QStringLiteral("codeCountdownLabel"))
                    ->text()
                    .contains(QStringLiteral("10:00")));
        QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("putInComposerButton")),
                          Qt::LeftButton);
        // The command is in the composer; the person still presses Send.
        QCOMPARE(m_ui->chat()->composer()->toPlainText(),
                 QStringLiteral("Delete me ") + codeOnCard(card));
        QVERIFY(m_ui->ws->accounts().profileByEmail(kAda).ok());
        QTest::mouseClick(m_ui->chat()->findChild<QPushButton *>(QStringLiteral("sendButton")),
                          Qt::LeftButton);

        QTRY_VERIFY(m_ui->signIn() && m_ui->signIn()->isVisible());
        auto *notice = m_ui->signIn()->findChild<QLabel *>(QStringLiteral("signedOutNoticeLabel"));
        QVERIFY(notice->text().contains(QStringLiteral("Delete me")));
        // The other device learns it within a second.
        QTRY_VERIFY_WITH_TIMEOUT(other.signIn() && other.signIn()->isVisible(), 1000);
        QVERIFY(!other.main() || !other.main()->isVisible());
        QVERIFY(other.signIn()
                    ->findChild<QLabel *>(QStringLiteral("signedOutNoticeLabel"))
                    ->text()
                    .contains(QStringLiteral("deleted")));

        // The identity signs in again to a new, empty profile.
        QVERIFY(m_ui->signInAs(kAda));
        QCOMPARE(m_ui->main()->conversationList()->count(), 0);
    }

    void getMyAttachmentsThroughToTheDeliveredCard()
    {
        openAssistantChat();
        m_ui->type(QStringLiteral("get my attachments"));
        ui::MessageCard *card = m_ui->lastCard(MessageKind::ConfirmationRequest);
        QTRY_VERIFY((card = m_ui->lastCard(MessageKind::ConfirmationRequest)));
        QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("putInComposerButton")),
                          Qt::LeftButton);
        QTest::keyClick(m_ui->chat()->composer(), Qt::Key_Return);
        QTRY_VERIFY(m_ui->lastCard(MessageKind::ExportAccepted));
        m_clock.advanceMs(kDay);
        QCOMPARE(*m_ui->assistant->exports().deliverDue(), 1);
        QTRY_VERIFY(m_ui->lastCard(MessageKind::ExportDelivered));
        ui::MessageCard *delivered = m_ui->lastCard(MessageKind::ExportDelivered);
        QVERIFY(delivered->findChild<QLabel *>(QStringLiteral("exportFactsLabel"))
                    ->text()
                    .contains(QStringLiteral("7 links")));
        QVERIFY(delivered->findChild<QPushButton *>(QStringLiteral("viewLinksButton")));
    }

    void managedPeopleSeeRefusals_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("expected");
        QTest::newRow("team") << QStringLiteral("tomas@example.com")
                              << QStringLiteral("Orbit Labs");
        QTest::newRow("enterprise")
            << QStringLiteral("erin@initech.example") << QStringLiteral("Initech");
    }

    void managedPeopleSeeRefusals()
    {
        QFETCH(QString, email);
        QFETCH(QString, expected);
        emit m_ui->main()->signOutRequested();
        QTRY_VERIFY(m_ui->signIn()->isVisible());
        QVERIFY(m_ui->signInAs(email));
        openAssistantChat();
        m_ui->type(QStringLiteral("Delete me"));
        ui::MessageCard *refusal = nullptr;
        QTRY_VERIFY((refusal = m_ui->lastCard(MessageKind::Refusal)));
        QCOMPARE(refusal->findChild<QLabel *>(QStringLiteral("cardTitleLabel"))->text(),
                 QStringLiteral("Not available"));
        bool mentions = false;
        for (QLabel *label : refusal->findChildren<QLabel *>())
            mentions = mentions || label->text().contains(expected);
        QVERIFY(mentions);
    }

    void htmlIsShownLiterally()
    {
        m_ui->main()->openConversation(m_ui->directChat(kAda, QStringLiteral("grace@example.com")));
        const QString html = QStringLiteral("<b>not bold</b> <a href=\"x\">not a link</a>");
        m_ui->type(html);
        const ui::MessageModel *model = m_ui->chat()->model();
        QTRY_COMPARE(model->messageAt(model->rowCount() - 1).body, html);
        QVERIFY(model->data(model->index(model->rowCount() - 1), Qt::DisplayRole)
                    .toString()
                    .contains(html));
        // In a card too (attachment messages): the label shows markup as typed.
        for (QLabel *label :
             m_ui->chat()->findChildren<QLabel *>(QStringLiteral("messageBodyLabel")))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void shiftEnterKeepsTypingEnterSends()
    {
        m_ui->main()->openConversation(
            m_ui->main()->conversationList()->item(0)->data(Qt::UserRole).toLongLong());
        ui::Composer *composer = m_ui->chat()->composer();
        const int before = m_ui->chat()->model()->rowCount();
        QTest::keyClicks(composer, QStringLiteral("line one"));
        QTest::keyClick(composer, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(composer, QStringLiteral("line two"));
        QCOMPARE(composer->toPlainText(), QStringLiteral("line one\nline two"));
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE(m_ui->chat()->model()->rowCount(), before + 1);
        QCOMPARE(composer->toPlainText(), QString());
    }
};

QTEST_MAIN(TestUiFlows)
#include "tst_ui_flows.moc"
