// Other people's text is shown as typed and never takes over the window: HTML in display
// names, titles, file names and messages is not interpreted (no link, no image), bidi and
// zero-width characters in file names are shown visibly, and a 5,000-character name never
// widens the main window. Every label, button, tooltip, window title, dialog and notification
// of the real main window is walked.

#include "UiFixture.h"
#include "ui/Dialogs.h"
#include "ui/NewMessageDialog.h"
#include "ui/Notifier.h"
#include "ui/RecipientEdit.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QScreen>
#include <QTextDocument>
#include <QTimer>

using namespace carillon;
using carillon::test::UiInstance;

namespace {
const QString kAda = QStringLiteral("ada@example.com");
const QString kLink =
    QStringLiteral("<a href=\"https://evil.example/\">Grace Hopper ✔ verified</a>");
const QString kRlo = QString(QChar(0x202E));
const QString kZwsp = QString(QChar(0x200B));
const QString kMallory = kLink + QStringLiteral(" <b>x</b>") + kRlo + QStringLiteral("moc") + kZwsp;
const QString kRoom = QStringLiteral("<img src=\"https://evil.example/p.png\"><b>Room</b>") + kRlo;
const QString kMeeting = QStringLiteral("<a href=\"x\">Payroll</a> <b>meeting</b>");
const QString kBody = QStringLiteral("<b>bold?</b> <img src=\"x\"> ") + kLink;
// Reads "invoice_exe.pdf" when the override is obeyed.
const QString kFile = QStringLiteral("<img src=x>invoice_") + kRlo + QStringLiteral("fdp.exe");
const QString kLong = QString(5000, QLatin1Char('W'));
const QString kLongFile = QString(3000, QLatin1Char('F')) + QStringLiteral(".txt");

bool hasRawMarkup(const QString &text)
{
    return text.contains(QLatin1String("<a ")) || text.contains(QLatin1String("<b>")) ||
           text.contains(QLatin1String("<img"));
}
} // namespace

class TestUiHostileText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<UiInstance> m_ui;
    QStringList m_problems;
    int m_checked = 0;

    void problem(const QString &what, const QString &where)
    {
        m_problems.append(QStringLiteral("%1: %2").arg(where, what.left(160)));
    }

    // Everything a person can see in a window: labels (as markup or not), buttons, tooltips,
    // window titles, list rows and their tooltips.
    void walk(QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        const QString where = root->objectName();
        for (QWidget *w : widgets) {
            ++m_checked;
            if (auto *label = qobject_cast<QLabel *>(w)) {
                const bool rich =
                    label->textFormat() == Qt::RichText ||
                    (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
                if (rich && hasRawMarkup(label->text()))
                    problem(QStringLiteral("label read as markup: ") + label->text(),
                            where + QLatin1Char('/') + label->objectName());
                checkVisible(label->text(), where + QLatin1Char('/') + label->objectName());
            }
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                checkVisible(button->text(), where + QLatin1Char('/') + button->objectName());
            checkToolTip(w->toolTip(), where + QLatin1Char('/') + w->objectName());
            if (w->isWindow() && w->windowTitle().size() > 200)
                problem(QStringLiteral("window title too long: ") + w->windowTitle(), where);
            if (auto *list = qobject_cast<QListWidget *>(w)) {
                for (int i = 0; i < list->count(); ++i)
                    checkToolTip(list->item(i)->data(Qt::ToolTipRole).toString(),
                                 list->objectName());
            }
        }
    }
    void checkToolTip(const QString &tip, const QString &where)
    {
        // Tooltips are read as markup whenever they look like it: ours must be escaped.
        if (Qt::mightBeRichText(tip) && hasRawMarkup(tip))
            problem(QStringLiteral("tooltip read as markup: ") + tip, where);
    }
    void checkVisible(const QString &text, const QString &where)
    {
        // The file's name shows its right-to-left override as a marker, never obeys it.
        if (text.contains(QLatin1String("invoice")) && text.contains(kRlo))
            problem(QStringLiteral("file name with a hidden override: ") + text, where);
    }

    void checkWidth(const char *step)
    {
        QApplication::processEvents();
        const int screen = QGuiApplication::primaryScreen()->availableGeometry().width();
        QVERIFY2(
            m_ui->main()->width() == 1100,
            qPrintable(
                QStringLiteral("%1: %2 px").arg(QLatin1String(step)).arg(m_ui->main()->width())));
        QVERIFY2(m_ui->main()->minimumSizeHint().width() < screen,
                 qPrintable(QStringLiteral("%1: needs %2 px")
                                .arg(QLatin1String(step))
                                .arg(m_ui->main()->minimumSizeHint().width())));
    }

    // With CARILLON_SHOTS set (a folder), a PNG of the window at this step, to look at.
    static void shot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("CARILLON_SHOTS");
        if (folder.isEmpty())
            return;
        QApplication::processEvents();
        widget->window()->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    qint64 id(const QString &email) { return m_ui->ws->accounts().profileByEmail(email)->id; }

    Profile person(const QString &email, const QString &name)
    {
        static const QString hash = AccountStore::hashPassword(DemoData::password());
        auto identity = m_ui->ws->accounts().createIdentityHashed(email, name, hash);
        if (!identity)
            qFatal("%s", qPrintable(identity.error().message));
        return *m_ui->ws->accounts().ensureProfile(identity->id);
    }

private slots:
    void init()
    {
        m_problems.clear();
        m_ui = std::make_unique<UiInstance>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())), m_clock, true);
        auto &ws = *m_ui->ws;
        const qint64 ada = id(kAda);
        const Profile mallory = person(QStringLiteral("mallory@example.com"), kMallory);
        const Profile longName = person(QStringLiteral("long@example.com"), kLong);
        const Profile eve = person(QStringLiteral("eve@example.com"), kMallory);
        QVERIFY(ws.contacts().invite(ada, mallory.email).ok());
        QVERIFY(ws.contacts().invite(mallory.id, kAda).ok());
        QVERIFY(ws.contacts().invite(ada, longName.email).ok());
        QVERIFY(ws.contacts().invite(longName.id, kAda).ok());
        QVERIFY(ws.contacts().invite(eve.id, kAda).ok()); // waits for Ada: "wants to add you"
        const qint64 chat = ws.conversations().direct(ada, mallory.id)->id;
        OutgoingMessage out;
        out.body = kBody;
        out.attachments.append(NewAttachment::fromData(kFile, "MZ"));
        out.attachments.append(NewAttachment::fromData(kLongFile, "long"));
        QVERIFY(ws.messages().post(mallory.id, chat, out).ok());
        QVERIFY(ws.messages()
                    .postText(longName.id, ws.conversations().direct(ada, longName.id)->id, kLong)
                    .ok());
        QVERIFY(ws.conversations().createRoom(mallory.id, kRoom, {ada}).ok());
        // Titles are limited (120 and 200 characters); names are not.
        QVERIFY(ws.conversations()
                    .createRoom(longName.id, kLong.left(ConversationStore::kMaxTitleLength), {ada})
                    .ok());
        QVERIFY(ws.meetings()
                    .schedule(mallory.id, kMeeting, m_clock.nowMs() + 3'600'000, 30, {ada})
                    .ok());
        QVERIFY(ws.meetings()
                    .schedule(longName.id, kLong.left(200), m_clock.nowMs() + 7'200'000, 30, {ada})
                    .ok());
    }
    void cleanup() { m_ui.reset(); }

    void htmlAndHiddenCharactersAreShownAsTyped()
    {
        QVERIFY(m_ui->signInAs(kAda));
        ui::MainWindow *main = m_ui->main();
        QTRY_VERIFY(main->contactList()->count() > 3); // filled after the first frame
        QStringList notified;
        main->notifier()->enabled = true;
        main->notifier()->show = [&notified](const QString &title, const QString &body) {
            notified << title << body;
        };
        walk(main);
        // Every conversation in turn: the header, the cards, the attachment bubbles.
        for (QListWidget *list : main->findChildren<QListWidget *>()) {
            for (int i = 0; i < list->count(); ++i) {
                if (const qint64 c = list->item(i)->data(Qt::UserRole).toLongLong()) {
                    main->openConversation(c);
                    walk(main);
                }
            }
        }
        const qint64 ada = id(kAda);
        const qint64 mallory = id(QStringLiteral("mallory@example.com"));
        const qint64 malloryChat = m_ui->ws->conversations().direct(ada, mallory)->id;
        main->openConversation(malloryChat);
        shot(main, QStringLiteral("hostile-chat"));
        bool sawMarker = false; // in the whole name (the label itself may be elided)
        for (QLabel *label : main->findChildren<QLabel *>(QStringLiteral("attachmentNameLabel")))
            sawMarker = sawMarker || label->accessibleName().contains(QStringLiteral("⟨U+202E⟩"));
        if (!sawMarker)
            problem(QStringLiteral("the file name's override is not shown"),
                    QStringLiteral("card"));
        for (QLabel *label : main->findChildren<QLabel *>(QStringLiteral("messageBodyLabel"))) {
            if (label->textFormat() != Qt::PlainText)
                problem(label->text(), QStringLiteral("message body not plain text"));
        }

        // A notification of a message from Mallory while Ada reads another chat.
        main->openConversation(
            m_ui->ws->conversations().direct(ada, id(QStringLiteral("grace@example.com")))->id);
        QVERIFY(m_ui->ws->messages().postText(mallory, malloryChat, kBody).ok());
        QCOMPARE(notified.size(), 2);
        for (const QString &shown : notified) {
            if (hasRawMarkup(shown))
                problem(shown, QStringLiteral("notification with markup"));
        }
        if (!notified[1].contains(QStringLiteral("&lt;a href=")))
            problem(notified[1], QStringLiteral("notification body not escaped"));

        // An error box quoting a file name (a file that cannot be attached).
        ui::Dialogs::setOnOpen([this](QDialog *dialog) {
            walk(dialog);
            shot(dialog, QStringLiteral("hostile-problem-box"));
            dialog->reject();
        });
        const QString missing = m_dir.filePath(kFile);
        main->chatView()->addFiles({missing});
        ui::Dialogs::setOnOpen(nullptr);
        // The New message question quoting the display name of someone not yet a contact.
        // The box is looked at, then answered No, whatever it holds (a failed check must not
        // leave a modal box waiting for ever).
        QString asked;
        Qt::TextFormat askedFormat = Qt::AutoText;
        auto question = [this, &asked, &askedFormat](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            if (!box)
                return;
            walk(box);
            shot(box, QStringLiteral("hostile-question"));
            asked = box->text();
            askedFormat = box->textFormat();
            box->button(QMessageBox::No)->click();
        };
        {
            ui::NewMessageDialog dialog(m_ui->app->backend(), main);
            dialog.recipients()->setText(QStringLiteral("eve@example.com"));
            ui::Dialogs::setOnOpen(question);
            dialog.accept();
            ui::Dialogs::setOnOpen(nullptr);
        }
        // Shown as typed (shortened): a link in words only.
        if (askedFormat != Qt::PlainText || !asked.contains(kLink.left(30)))
            problem(asked, QStringLiteral("New message question"));
        QVERIFY2(m_checked > 200, "too few widgets walked");

        // Mallory's own window: the window title and the status bar carry the name.
        emit main->signOutRequested();
        QTRY_VERIFY(m_ui->signIn()->isVisible());
        QVERIFY(m_ui->signInAs(QStringLiteral("mallory@example.com")));
        walk(m_ui->main());
        shot(m_ui->main(), QStringLiteral("hostile-own-window"));
        auto *status = m_ui->main()->findChild<QLabel *>(QStringLiteral("statusIdentityLabel"));
        if (status->textFormat() != Qt::PlainText)
            problem(status->text(), QStringLiteral("status bar"));
        m_problems.removeDuplicates();
        for (const QString &p : std::as_const(m_problems))
            qWarning().noquote() << p;
        QVERIFY2(m_problems.isEmpty(), "see the warnings above");
    }

    void aLongNameNeverWidensTheWindow()
    {
        QVERIFY(m_ui->signInAs(kAda));
        ui::MainWindow *main = m_ui->main();
        QTRY_VERIFY(main->contactList()->count() > 3);
        checkWidth("side lists");
        for (QListWidget *list : main->findChildren<QListWidget *>()) {
            for (int i = 0; i < list->count(); ++i) {
                if (const qint64 c = list->item(i)->data(Qt::UserRole).toLongLong()) {
                    main->openConversation(c);
                    checkWidth(qPrintable(list->item(i)->text().left(40)));
                }
            }
        }
        // The chat header holds the whole name in its tooltip, as plain text.
        const qint64 longName = id(QStringLiteral("long@example.com"));
        main->openConversation(m_ui->ws->conversations().direct(id(kAda), longName)->id);
        shot(main, QStringLiteral("long-name-chat"));
        auto *title = main->findChild<QLabel *>(QStringLiteral("chatTitleLabel"));
        QVERIFY(title->text().size() < 1000);
        QVERIFY(title->toolTip().contains(kLong));
        QVERIFY(title->accessibleName() == kLong);
        // A card with a 3,000-character file name fits the chat.
        main->openConversation(m_ui->ws->conversations()
                                   .direct(id(kAda), id(QStringLiteral("mallory@example.com")))
                                   ->id);
        checkWidth("attachment card");
        for (QWidget *bubble : main->findChildren<QWidget *>(QStringLiteral("attachmentBubble")))
            QVERIFY2(bubble->width() <= main->chatView()->width(),
                     qPrintable(QString::number(bubble->width())));
        // Attaching a file with a long name: the pending bar stays within the window too.
        const QString file =
            m_dir.filePath(QString(200, QLatin1Char('P')) + QStringLiteral(".txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        main->chatView()->addFiles({file});
        checkWidth("pending attachment");
        shot(main, QStringLiteral("long-file-names"));

        // Dialogs quoting the name stay narrower than the screen.
        const int screen = QGuiApplication::primaryScreen()->availableGeometry().width();
        int boxWidth = -1;
        auto question = [&boxWidth](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            if (!box)
                return;
            boxWidth = box->width();
            shot(box, QStringLiteral("long-name-question"));
            box->button(QMessageBox::No)->click();
        };
        person(QStringLiteral("longer@example.com"), kLong);
        {
            ui::NewMessageDialog dialog(m_ui->app->backend(), main);
            dialog.recipients()->setText(QStringLiteral("longer@example.com"));
            ui::Dialogs::setOnOpen(question);
            dialog.accept();
            ui::Dialogs::setOnOpen(nullptr);
        }
        QVERIFY2(boxWidth > 0 && boxWidth < screen, qPrintable(QString::number(boxWidth)));

        // The long-named person's own window: window title and status bar.
        emit main->signOutRequested();
        QTRY_VERIFY(m_ui->signIn()->isVisible());
        QVERIFY(m_ui->signInAs(QStringLiteral("long@example.com")));
        checkWidth("status bar");
        shot(m_ui->main(), QStringLiteral("long-name-own-window"));
        QVERIFY(m_ui->main()->windowTitle().size() < 100);
    }
};

QTEST_MAIN(TestUiHostileText)
#include "tst_ui_hostile_text.moc"
