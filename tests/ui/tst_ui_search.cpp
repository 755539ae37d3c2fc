// The search box: results a moment after typing stops, across every conversation the person is
// in and nowhere else, "no matches" when nothing is found, and a message result opens its
// conversation scrolled to that message, selected.

#include "UiFixture.h"
#include "ui/SearchPanel.h"

#include <QLabel>
#include <QListView>
#include <QListWidget>

using namespace carillon;
using carillon::test::UiInstance;

namespace {
const QString kAda = QStringLiteral("ada@example.com");
constexpr int kFiller = 400; // several pages: the found message is far above the first one
} // namespace

class TestUiSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<UiInstance> m_ui;
    qint64 m_chat = 0;
    qint64 m_needle = 0;

    QLineEdit *box() const
    {
        return m_ui->main()->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    }
    ui::SearchPanel *panel() const { return m_ui->main()->searchPanel(); }
    QListWidgetItem *messageResult(qint64 messageId) const
    {
        QListWidget *list = panel()->results();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(ui::SearchPanel::MessageRole).toLongLong() == messageId)
                return list->item(i);
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_ui = std::make_unique<UiInstance>(m_dir.path(), m_clock, true);
        Workspace &ws = *m_ui->ws;
        const qint64 ada = ws.accounts().profileByEmail(kAda)->id;
        const qint64 grace = ws.accounts().profileByEmail(QStringLiteral("grace@example.com"))->id;
        const qint64 linus = ws.accounts().profileByEmail(QStringLiteral("linus@example.org"))->id;
        m_chat = ws.conversations().direct(ada, grace)->id;
        m_needle = ws.messages()
                       .postText(grace, m_chat, QStringLiteral("The quasar photos are ready"))
                       ->id;
        for (int i = 0; i < kFiller; ++i)
            QVERIFY(ws.messages().postText(grace, m_chat, QStringLiteral("filler %1").arg(i)));
        // Grace's private chat with Linus: Ada must never find it.
        const qint64 privateChat = ws.conversations().direct(grace, linus)->id;
        QVERIFY(ws.messages().postText(grace, privateChat, QStringLiteral("quasar secrets")));
        QVERIFY(m_ui->signInAs(kAda));
    }
    void cleanupTestCase() { m_ui.reset(); }

    void resultsFollowTypingAfterAPause()
    {
        QLineEdit *input = box();
        QVERIFY(input);
        QCOMPARE(input->accessibleName(), QStringLiteral("Search people, rooms and messages"));
        QTest::keyClick(m_ui->main(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(input->hasFocus());
        QTest::keyClicks(input, QStringLiteral("qua"));
        // Not on every key: nothing yet, then the results.
        QVERIFY(!panel()->isVisible());
        QTRY_VERIFY(panel()->isVisible());
        QCOMPARE(panel()->searchedText(), QStringLiteral("qua"));
        QVERIFY(messageResult(m_needle));
        QVERIFY(
            !m_ui->main()->findChild<QTabWidget *>(QStringLiteral("sideTabWidget"))->isVisible());
        // Only Ada's conversations: one message, not Grace's private one.
        int messages = 0;
        for (int i = 0; i < panel()->results()->count(); ++i)
            messages +=
                panel()->results()->item(i)->data(ui::SearchPanel::MessageRole).toLongLong() > 0;
        QCOMPARE(messages, 1);

        QTest::keyClicks(input, QStringLiteral("sarx"));
        QTRY_COMPARE(panel()->searchedText(), QStringLiteral("quasarx"));
        auto *empty = panel()->findChild<QLabel *>(QStringLiteral("searchEmptyLabel"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No matches for “quasarx”")));
        QVERIFY(!panel()->results()->isVisible());

        QTest::keyClick(input, Qt::Key_Backspace);
        QTRY_COMPARE(panel()->searchedText(), QStringLiteral("quasar"));
        QVERIFY(!empty->isVisible());
        QVERIFY(messageResult(m_needle));
    }

    void aMessageResultOpensTheConversationAtIt()
    {
        QListWidgetItem *item = messageResult(m_needle);
        QVERIFY(item);
        QListWidget *list = panel()->results();
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(item).center());
        ui::ChatView *chat = m_ui->chat();
        QTRY_COMPARE(chat->conversationId(), m_chat);
        QListView *messages = chat->messageList();
        QTRY_COMPARE(messages->currentIndex().data(ui::MessageModel::MessageIdRole).toLongLong(),
                     m_needle);
        // On screen, not merely loaded.
        QTRY_VERIFY(messages->viewport()->rect().intersects(
            messages->visualRect(messages->currentIndex())));
        QVERIFY(messages->selectionModel()->isSelected(messages->currentIndex()));
    }

    void escapeEndsTheSearch()
    {
        box()->setFocus();
        QTest::keyClick(box(), Qt::Key_Down);
        QVERIFY(panel()->results()->hasFocus());
        QTest::keyClick(panel()->results(), Qt::Key_Escape);
        QVERIFY(box()->text().isEmpty());
        QVERIFY(!panel()->isVisible());
        QVERIFY(
            m_ui->main()->findChild<QTabWidget *>(QStringLiteral("sideTabWidget"))->isVisible());
    }
};

QTEST_MAIN(TestUiSearch)
#include "tst_ui_search.moc"
