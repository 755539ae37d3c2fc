// The open conversation stays put while messages arrive: the reading position, the loaded
// history, the selection and what the person is writing survive every change. Driven through
// the real main window on the offscreen platform.

#include "UiFixture.h"

#include <QListView>
#include <QListWidget>
#include <QScrollBar>

using namespace carillon;
using carillon::test::UiInstance;

namespace {
const QString kAda = QStringLiteral("ada@example.com");
const QString kGrace = QStringLiteral("grace@example.com");
} // namespace

class TestUiConversation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<UiInstance> m_ui;
    QString m_attachment;

    qint64 idOf(const QString &email) { return m_ui->ws->accounts().profileByEmail(email)->id; }

    void seed(qint64 conversationId, qint64 senderId, int count)
    {
        QVERIFY(test::seedMessages(*m_ui->ws, conversationId, senderId, count));
    }

    QScrollBar *scrollBar() const { return m_ui->chat()->messageList()->verticalScrollBar(); }

    // Opens the conversation, loads one page of older history and leaves the view part-way up
    // with a draft and a pending attachment: what a person reading back while writing has.
    void readBackWhileWriting(qint64 conversationId)
    {
        m_ui->main()->openConversation(conversationId);
        QTest::qWait(50);
        scrollBar()->setValue(scrollBar()->minimum()); // loads the older page
        QTRY_VERIFY(m_ui->chat()->model()->rowCount() > ui::MessageModel::kFirstPage);
        scrollBar()->setValue(scrollBar()->maximum() / 3);
        m_ui->chat()->composer()->setPlainText(QStringLiteral("A draft in progress"));
        m_ui->chat()->addFiles({m_attachment});
        QTest::qWait(50);
    }

    struct Seen
    {
        int rows;
        int scroll;
        QString draft;
        QStringList files;
        qint64 selected;
    };
    Seen seen() const
    {
        const QList<QListWidgetItem *> selected = m_ui->main()->conversationList()->selectedItems();
        return {m_ui->chat()->model()->rowCount(), scrollBar()->value(),
                m_ui->chat()->composer()->toPlainText(), m_ui->chat()->pendingFiles(),
                selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong()};
    }

    void verifyUnchangedBut(const Seen &before, int newRows)
    {
        const Seen after = seen();
        QCOMPARE(after.rows, before.rows + newRows);
        QCOMPARE(after.scroll, before.scroll);
        QCOMPARE(after.draft, before.draft);
        QCOMPARE(after.files, before.files);
        QCOMPARE(after.selected, before.selected);
        QVERIFY(after.selected != 0);
    }

private slots:
    void init()
    {
        m_ui = UiInstance::forCurrentTest(m_dir, m_clock);
        QVERIFY(m_ui->signInAs(kAda));
        m_ui->main()->resize(900, 600);
        m_attachment = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(m_attachment);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("notes");
    }
    void cleanup() { m_ui.reset(); }

    void messageFromSomeoneElseChangesNothingElse()
    {
        const qint64 chat = m_ui->ws->conversations().direct(idOf(kAda), idOf(kGrace))->id;
        seed(chat, idOf(kGrace), 400);
        readBackWhileWriting(chat);
        const Seen before = seen();
        QVERIFY(before.scroll > 0 && before.scroll < scrollBar()->maximum() - 100);

        QVERIFY(m_ui->ws->messages().postText(idOf(kGrace), chat, QStringLiteral("New!")).ok());
        QTRY_COMPARE(m_ui->chat()->model()->rowCount(), before.rows + 1);
        QTest::qWait(100); // the chat list's update and any queued scrolling
        verifyUnchangedBut(before, 1);
        // The chat list row shows the new message.
        QListWidgetItem *row = m_ui->main()->conversationList()->selectedItems().first();
        QVERIFY(row->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("New!")));

        // A message in another conversation moves that row, and nothing here changes.
        const qint64 other = m_ui->ws->conversations()
                                 .direct(idOf(kAda), idOf(QStringLiteral("linus@example.org")))
                                 ->id;
        QVERIFY(m_ui->ws->messages()
                    .postText(idOf(QStringLiteral("linus@example.org")), other,
                              QStringLiteral("Elsewhere"))
                    .ok());
        QTest::qWait(100);
        QCOMPARE(m_ui->main()->conversationList()->item(0)->data(Qt::UserRole).toLongLong(), other);
        verifyUnchangedBut(before, 1);
    }

    void assistantRepliesChangeNothingElse()
    {
        const qint64 ada = idOf(kAda);
        const qint64 assistant = m_ui->ws->assistantProfile().id;
        QVERIFY(m_ui->ws->contacts().invite(ada, m_ui->ws->assistantProfile().email).ok());
        const qint64 chat = m_ui->ws->conversations().direct(ada, assistant)->id;
        seed(chat, assistant, 400); // the assistant's own messages: nothing to answer
        readBackWhileWriting(chat);
        const Seen before = seen();

        // Ada asks for help from another device: her message and the answers arrive.
        QVERIFY(m_ui->ws->messages().postText(ada, chat, QStringLiteral("Help")).ok());
        QTRY_VERIFY(m_ui->lastCard(MessageKind::AssistantInfo));
        const int added = m_ui->chat()->model()->rowCount() - before.rows;
        QVERIFY(added >= 2);
        QTest::qWait(100);
        verifyUnchangedBut(before, added);
    }

    void stayAtTheBottomWhenThere()
    {
        const qint64 chat = m_ui->ws->conversations().direct(idOf(kAda), idOf(kGrace))->id;
        seed(chat, idOf(kGrace), 100);
        m_ui->main()->openConversation(chat);
        QTest::qWait(50);
        QTRY_COMPARE(scrollBar()->value(), scrollBar()->maximum());
        m_ui->chat()->composer()->setPlainText(QStringLiteral("typing"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_ui->ws->messages()
                        .postText(idOf(kGrace), chat, QStringLiteral("line %1\nand more").arg(i))
                        .ok());
        QTRY_COMPARE(m_ui->chat()->model()->rowCount(), ui::MessageModel::kFirstPage + 3);
        QTRY_COMPARE(scrollBar()->value(), scrollBar()->maximum());
        QVERIFY(scrollBar()->maximum() > 0);
        QCOMPARE(m_ui->chat()->composer()->toPlainText(), QStringLiteral("typing"));
    }

    // A command and the assistant's cards arrive in one burst: the view follows to the end.
    void aCommandAndItsAnswersStayInView()
    {
        const qint64 ada = idOf(kAda);
        const qint64 assistant = m_ui->ws->assistantProfile().id;
        QVERIFY(m_ui->ws->contacts().invite(ada, m_ui->ws->assistantProfile().email).ok());
        const qint64 chat = m_ui->ws->conversations().direct(ada, assistant)->id;
        seed(chat, assistant, 30);
        m_ui->main()->openConversation(chat);
        QTRY_COMPARE(scrollBar()->value(), scrollBar()->maximum());
        // From another device: not the person's own message here, so only "at the bottom"
        // keeps the view there.
        QVERIFY(m_ui->ws->messages().postText(ada, chat, QStringLiteral("Delete me")).ok());
        QTRY_VERIFY(m_ui->lastCard(MessageKind::ConfirmationRequest));
        QTest::qWait(100);
        QCOMPARE(scrollBar()->value(), scrollBar()->maximum());
        QVERIFY(scrollBar()->maximum() > 0);
    }

    // Reading back through a long history and returning: the model holds a bounded window
    // of pages, and the bottom row is the newest message again.
    void historyWindowStaysBounded()
    {
        const qint64 chat = m_ui->ws->conversations().direct(idOf(kAda), idOf(kGrace))->id;
        seed(chat, idOf(kGrace), 3000);
        auto &store = m_ui->ws->messages();
        const qint64 oldest = store.historyAfter(chat, 0, 1)->first().id;
        const qint64 newest = store.history(chat, 0, 1)->first().id;
        m_ui->main()->openConversation(chat);
        const ui::MessageModel *model = m_ui->chat()->model();
        QTest::qWait(50);
        int largest = 0;
        for (int pages = 0; model->hasOlder() && pages < 100; ++pages) {
            scrollBar()->setValue(scrollBar()->minimum());
            largest = qMax(largest, model->rowCount());
        }
        QCOMPARE(model->messageAt(0).id, oldest);
        QVERIFY(model->hasNewer());
        for (int pages = 0; model->hasNewer() && pages < 100; ++pages) {
            scrollBar()->setValue(scrollBar()->maximum());
            largest = qMax(largest, model->rowCount());
        }
        QVERIFY2(largest <= ui::MessageModel::kMaxRows, qPrintable(QString::number(largest)));
        QCOMPARE(model->messageAt(model->rowCount() - 1).id, newest);
        QVERIFY(model->hasOlder());
        // Back at the end, new messages come in as usual.
        QVERIFY(store.postText(idOf(kGrace), chat, QStringLiteral("Still here")).ok());
        QTRY_COMPARE(model->messageAt(model->rowCount() - 1).body, QStringLiteral("Still here"));
    }

    // Sending from deep in the history goes to the end, where the message is.
    void sendingFromDeepInTheHistoryShowsTheEnd()
    {
        const qint64 chat = m_ui->ws->conversations().direct(idOf(kAda), idOf(kGrace))->id;
        seed(chat, idOf(kGrace), 1000);
        m_ui->main()->openConversation(chat);
        const ui::MessageModel *model = m_ui->chat()->model();
        QTest::qWait(50);
        for (int pages = 0; model->hasOlder() && pages < 100; ++pages)
            scrollBar()->setValue(scrollBar()->minimum());
        QVERIFY(model->hasNewer());
        m_ui->type(QStringLiteral("Back to the present"));
        QTRY_COMPARE(model->messageAt(model->rowCount() - 1).body,
                     QStringLiteral("Back to the present"));
        QVERIFY(!model->hasNewer());
    }
};

QTEST_MAIN(TestUiConversation)
#include "tst_ui_conversation.moc"
