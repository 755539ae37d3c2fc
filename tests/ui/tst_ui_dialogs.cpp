// No menu item or button blocks its caller while its dialog is open: each returns at once with
// the dialog open window-modal (AT-SPI doAction and the window stay live), and the one dialog
// seam (ui::Dialogs) answers message boxes and file choosers for tests.

#include "UiFixture.h"
#include "ui/Dialogs.h"

#include <QAction>
#include <QDialog>
#include <QFileDialog>
#include <QTimer>

using namespace carillon;
using carillon::test::UiInstance;

namespace {
const QString kAda = QStringLiteral("ada@example.com");
}

class TestUiDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<UiInstance> m_ui;

    // Runs `open` and says what it opened, failing when it ran a nested event loop: a timer
    // queued before it fires only once the caller is back in the application's loop, unless a
    // nested exec() runs it first (then it closes the dialog, so the old code ends too).
    QString opensWithoutBlocking(const std::function<void()> &open)
    {
        bool returned = false;
        bool nested = false;
        QTimer::singleShot(0, this, [&] {
            if (returned)
                return;
            nested = true;
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        open();
        returned = true;
        if (nested)
            return QStringLiteral("nested event loop");
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return QStringLiteral("no modal dialog");
        const QString name = modal->objectName();
        modal->close();
        QCoreApplication::processEvents(); // the closed dialog is deleted
        return name;
    }

private slots:
    void init()
    {
        m_ui = std::make_unique<UiInstance>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())), m_clock, true);
    }
    void cleanup()
    {
        m_ui.reset();
        ui::Dialogs::resetForTests();
    }

    void menuItemsReturnWithTheDialogOpen_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("dialog");
        QTest::newRow("settings") << "settingsAction"
                                  << "settingsDialog";
        QTest::newRow("invite") << "inviteContactAction"
                                << "inviteContactDialog";
        QTest::newRow("new message") << "newMessageAction"
                                     << "newMessageDialog";
        QTest::newRow("new room") << "newRoomAction"
                                  << "newRoomDialog";
        QTest::newRow("meeting") << "scheduleMeetingAction"
                                 << "scheduleMeetingDialog";
        QTest::newRow("advance time") << "advanceTimeAction"
                                      << "advanceTimeDialog";
        QTest::newRow("reset demo") << "resetDemoAction"
                                    << "resetDemoBox";
        QTest::newRow("help") << "assistantHelpAction"
                              << "assistantHelpBox";
        QTest::newRow("about") << "aboutAction"
                               << "aboutBox";
        QTest::newRow("attach") << "attachFilesAction"
                                << "fileChooser";
    }
    void menuItemsReturnWithTheDialogOpen()
    {
        QFETCH(QString, action);
        QFETCH(QString, dialog);
        QVERIFY(m_ui->signInAs(kAda));
        m_ui->main()->openConversation(m_ui->directChat(kAda, QStringLiteral("grace@example.com")));
        auto *item = m_ui->main()->findChild<QAction *>(action);
        QVERIFY(item);
        QCOMPARE(opensWithoutBlocking([item] { item->trigger(); }), dialog);
    }

    void createIdentityReturnsWithTheDialogOpen()
    {
        auto *create =
            m_ui->signIn()->findChild<QPushButton *>(QStringLiteral("createIdentityButton"));
        QVERIFY(create);
        QCOMPARE(opensWithoutBlocking([create] { create->click(); }),
                 QStringLiteral("createIdentityDialog"));
    }

    void aProblemReturnsWithTheBoxOpen()
    {
        QVERIFY(m_ui->signInAs(kAda));
        QCOMPARE(opensWithoutBlocking([this] { m_ui->main()->showProblem(QStringLiteral("x")); }),
                 QStringLiteral("problemBox"));
    }

    // The seam: a queued answer is used once, by the next box, which is not shown.
    void nextAnswerAndNextFilesAreUsedOnce()
    {
        QVERIFY(m_ui->signInAs(kAda));
        ui::Dialogs::setNextAnswer(QMessageBox::No);
        QMessageBox::StandardButton got = QMessageBox::NoButton;
        auto ask = [&] {
            ui::Dialogs::ask(ui::Dialogs::messageBox(m_ui->main(), QMessageBox::Question,
                                                     QStringLiteral("box"), QStringLiteral("t"),
                                                     QStringLiteral("<b>Sure?</b>"),
                                                     QMessageBox::Yes | QMessageBox::No),
                             [&got](QMessageBox::StandardButton b) { got = b; });
        };
        ask();
        QCOMPARE(got, QMessageBox::No);
        QCOMPARE(ui::Dialogs::lastMessage(), QStringLiteral("<b>Sure?</b>"));
        QVERIFY(!QApplication::activeModalWidget());
        // Nothing queued: the box opens, plain text, and answers when a button is pressed.
        got = QMessageBox::NoButton;
        ask();
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QCOMPARE(got, QMessageBox::NoButton);
        box->button(QMessageBox::Yes)->click();
        QCOMPARE(got, QMessageBox::Yes);

        ui::Dialogs::setNextFiles({QStringLiteral("/tmp/a"), QStringLiteral("/tmp/b")});
        QStringList chosen;
        ui::Dialogs::chooseFiles(m_ui->main(), ui::Dialogs::Choose::OpenFiles, QStringLiteral("t"),
                                 [&chosen](const QStringList &files) { chosen = files; });
        QCOMPARE(chosen, QStringList({QStringLiteral("/tmp/a"), QStringLiteral("/tmp/b")}));
        ui::Dialogs::chooseFiles(m_ui->main(), ui::Dialogs::Choose::Folder, QStringLiteral("t"),
                                 [&chosen](const QStringList &files) { chosen = files; });
        auto *chooser = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(chooser);
        QCOMPARE(chooser->fileMode(), QFileDialog::Directory);
        chooser->reject();
        QCOMPARE(chosen, QStringList());
    }
};

QTEST_MAIN(TestUiDialogs)
#include "tst_ui_dialogs.moc"
