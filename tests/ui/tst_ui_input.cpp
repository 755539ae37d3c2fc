// Files come in anywhere over the conversation (dropped on the messages or the header, pasted
// with the message list focused), Esc takes back a pending attachment, and Ctrl+K goes to any
// conversation or contact from the keyboard. The real main window, offscreen.

#include "UiFixture.h"
#include "ui/QuickSwitcher.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QUrl>

using namespace carillon;
using carillon::test::UiInstance;

namespace {
const QString kAda = QStringLiteral("ada@example.com");
const QString kGrace = QStringLiteral("grace@example.com");
const QString kErin = QStringLiteral("erin@initech.example");
} // namespace

class TestUiInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<UiInstance> m_ui;

    QString file(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write("some bytes") != 10)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QMimeData *urls(const QStringList &paths)
    {
        auto *data = new QMimeData;
        QList<QUrl> list;
        for (const QString &path : paths)
            list << QUrl::fromLocalFile(path);
        data->setUrls(list);
        return data;
    }

    // A drag entering `target` and dropped on it, routed as the window system routes it: to
    // the first widget up from there that takes drops. True when the drag was accepted.
    static bool drop(QWidget *target, const QMimeData *data)
    {
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropped);
        return dropped.isAccepted();
    }

    ui::QuickSwitcher *openSwitcher()
    {
        QTest::keyClick(m_ui->main(), Qt::Key_K, Qt::ControlModifier);
        ui::QuickSwitcher *switcher = nullptr;
        for (int waited = 0; !switcher && waited < 5000; waited += 20) {
            QTest::qWait(20);
            switcher = m_ui->main()->findChild<ui::QuickSwitcher *>();
        }
        return switcher && switcher->isVisible() ? switcher : nullptr;
    }

    static QStringList shownRows(QListWidget *list)
    {
        QStringList rows;
        for (int i = 0; i < list->count(); ++i) {
            if (!list->item(i)->isHidden())
                rows << list->item(i)->text();
        }
        return rows;
    }

private slots:
    void init()
    {
        m_ui = UiInstance::forCurrentTest(m_dir, m_clock);
        QVERIFY(m_ui->signInAs(kAda));
        m_ui->main()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_ui->main()));
        m_ui->main()->openConversation(m_ui->directChat(kAda, kGrace));
    }
    void cleanup()
    {
        m_ui.reset();
        QApplication::clipboard()->clear();
    }

    void filesDroppedOnTheConversationAreAttached()
    {
        ui::ChatView *chat = m_ui->chat();
        const QString notes = file(QStringLiteral("notes.txt"));
        const QString plan = file(QStringLiteral("plan.txt"));
        std::unique_ptr<QMimeData> one(urls({notes}));
        QVERIFY(drop(chat->messageList()->viewport(), one.get()));
        QCOMPARE(chat->pendingFiles(), QStringList{notes});
        // On the header too, and on a card's text: anywhere over the conversation.
        std::unique_ptr<QMimeData> two(urls({plan}));
        QVERIFY(drop(chat->findChild<QLabel *>(QStringLiteral("chatTitleLabel")), two.get()));
        QCOMPARE(chat->pendingFiles(), (QStringList{notes, plan}));
        // Text, or a web address, is not a file: the drag is refused, nothing is attached.
        QMimeData text;
        text.setText(QStringLiteral("just words"));
        QVERIFY(!drop(chat->messageList()->viewport(), &text));
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.com/a.txt"))});
        QVERIFY(!drop(chat->messageList()->viewport(), &web));
        QCOMPARE(chat->pendingFiles().size(), 2);
        // And they are sent with the message.
        const int rows = chat->model()->rowCount();
        m_ui->type(QStringLiteral("two files"));
        QTRY_COMPARE(chat->model()->rowCount(), rows + 1);
        QCOMPARE(chat->model()->messageAt(rows).attachments.size(), 2);
        QTRY_VERIFY(chat->pendingFiles().isEmpty());
    }

    void aFilePastedOnTheMessagesIsAttached()
    {
        ui::ChatView *chat = m_ui->chat();
        const QString notes = file(QStringLiteral("pasted.txt"));
        QApplication::clipboard()->setMimeData(urls({notes}));
        chat->messageList()->setFocus();
        QTRY_VERIFY(chat->messageList()->hasFocus());
        QTest::keySequence(chat->messageList(), QKeySequence::Paste);
        QCOMPARE(chat->pendingFiles(), QStringList{notes});
        QCOMPARE(chat->composer()->toPlainText(), QString());
        // Text pasted there goes into the composer, as plain text.
        QApplication::clipboard()->setText(QStringLiteral("<b>hello</b>"));
        chat->messageList()->setFocus();
        QTest::keySequence(chat->messageList(), QKeySequence::Paste);
        QCOMPARE(chat->composer()->toPlainText(), QStringLiteral("<b>hello</b>"));
        QVERIFY(chat->composer()->hasFocus());
        // The composer pastes a file as an attachment, not as its path.
        const QString second = file(QStringLiteral("second.txt"));
        QApplication::clipboard()->setMimeData(urls({second}));
        QTest::keySequence(chat->composer(), QKeySequence::Paste);
        QCOMPARE(chat->pendingFiles(), (QStringList{notes, second}));
        QCOMPARE(chat->composer()->toPlainText(), QStringLiteral("<b>hello</b>"));
    }

    void escapeTakesBackThePendingAttachment()
    {
        ui::ChatView *chat = m_ui->chat();
        const QString a = file(QStringLiteral("a.txt"));
        const QString b = file(QStringLiteral("b.txt"));
        chat->addFiles({a, b});
        chat->composer()->setFocus();
        QTest::keyClicks(chat->composer(), QStringLiteral("draft"));
        QTest::keyClick(chat->composer(), Qt::Key_Escape);
        QCOMPARE(chat->pendingFiles(), QStringList{a}); // the last one first
        QTest::keyClick(chat->messageList(), Qt::Key_Escape);
        QCOMPARE(chat->pendingFiles(), QStringList());
        QVERIFY(!chat->findChild<QWidget *>(QStringLiteral("pendingAttachmentsBar"))->isVisible());
        QTest::keyClick(chat->composer(), Qt::Key_Escape); // nothing left: nothing happens
        QCOMPARE(chat->composer()->toPlainText(), QStringLiteral("draft"));
        // Esc in the search box still clears the search, not the attachments.
        chat->addFiles({a});
        auto *filter = m_ui->main()->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("gr"));
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(chat->pendingFiles(), QStringList{a});
    }

    void ctrlKGoesToAConversation()
    {
        const qint64 erinChat = m_ui->directChat(kAda, kErin);
        QVERIFY(m_ui->chat()->conversationId() != erinChat);
        ui::QuickSwitcher *switcher = openSwitcher();
        QVERIFY(switcher);
        QTRY_VERIFY(switcher->filterEdit()->hasFocus());
        QListWidget *list = switcher->list();
        const QStringList all = shownRows(list);
        QVERIFY2(all.size() >= 5, qPrintable(all.join(QLatin1Char('\n'))));
        // Typing filters by name or address, word by word; the first match is current.
        QTest::keyClicks(switcher->filterEdit(), QStringLiteral("erin"));
        QStringList shown = shownRows(list);
        QVERIFY2(!shown.isEmpty() && shown.size() < all.size(),
                 qPrintable(shown.join(QLatin1Char('\n'))));
        for (const QString &row : shown)
            QVERIFY2(row.contains(QLatin1String("erin"), Qt::CaseInsensitive), qPrintable(row));
        QCOMPARE(list->currentItem()->text(), shown.first());
        // Nothing matches: said so, and Enter does nothing.
        QTest::keyClicks(switcher->filterEdit(), QStringLiteral("zzz"));
        QVERIFY(shownRows(list).isEmpty());
        QVERIFY(
            switcher->findChild<QLabel *>(QStringLiteral("quickSwitcherEmptyLabel"))->isVisible());
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Return);
        QVERIFY(switcher->isVisible());
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(switcher->filterEdit(), Qt::Key_Backspace);
        QTest::keyClicks(switcher->filterEdit(), QStringLiteral("@")); // her 1:1 chat only
        QCOMPARE(shownRows(list).size(), 1);
        // Down and up move over the rows shown; Enter opens the current one.
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Down);
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Up);
        QListWidgetItem *current = list->currentItem();
        QVERIFY(current && !current->isHidden());
        const qint64 wanted = current->data(ui::QuickSwitcher::ConversationRole).toLongLong();
        QCOMPARE(wanted, erinChat);
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_ui->chat()->conversationId(), erinChat);
        QTRY_VERIFY(!m_ui->main()->findChild<ui::QuickSwitcher *>());
        // Ready to type in (once the window is active again: offscreen, nothing activates it).
        QTRY_COMPARE(m_ui->main()->focusWidget(), m_ui->chat()->composer());
    }

    void ctrlKStartsAChatWithAContact()
    {
        Workspace &ws = *m_ui->ws;
        const Profile bot = ws.assistantProfile();
        const qint64 ada = ws.accounts().profileByEmail(kAda)->id;
        QVERIFY(ws.contacts().invite(ada, bot.email).ok());
        ui::QuickSwitcher *switcher = openSwitcher();
        QVERIFY(switcher);
        QTest::keyClicks(switcher->filterEdit(), bot.email);
        QListWidgetItem *current = switcher->list()->currentItem();
        QVERIFY(current);
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Return);
        QTRY_VERIFY(m_ui->chat()->conversationId() != 0);
        auto conv = ws.conversations().direct(ada, bot.id);
        QVERIFY(conv.ok());
        QTRY_COMPARE(m_ui->chat()->conversationId(), conv->id);
    }

    void escapeClosesTheSwitcher()
    {
        const qint64 before = m_ui->chat()->conversationId();
        ui::QuickSwitcher *switcher = openSwitcher();
        QVERIFY(switcher);
        QTest::keyClicks(switcher->filterEdit(), QStringLiteral("erin"));
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!m_ui->main()->findChild<ui::QuickSwitcher *>());
        QCOMPARE(m_ui->chat()->conversationId(), before);
    }
};

QTEST_MAIN(TestUiInput)
#include "tst_ui_input.moc"
