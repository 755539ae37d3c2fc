// What a screen reader and an AT-SPI automation tool see, asked through Qt's accessibility
// interfaces (the ones the AT-SPI bridge serves): the assistant's cards and attachment bubbles
// are in the tree under the message list, every button named, the code and its expiry readable;
// Tab reaches the card's buttons; drop-downs and the sign-out notice say what they are.

#include "UiFixture.h"
#include "ui/SettingsDialog.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QListView>

using namespace carillon;
using carillon::test::UiInstance;

namespace {
const QString kAda = QStringLiteral("ada@example.com");

// Every interface under `root`, depth first, as a tree walker reaches them through child().
QList<QAccessibleInterface *> descendants(QAccessibleInterface *root)
{
    QList<QAccessibleInterface *> all;
    for (int i = 0; root && i < root->childCount(); ++i) {
        QAccessibleInterface *c = root->child(i);
        if (!c)
            continue;
        all.append(c);
        all += descendants(c);
    }
    return all;
}

QAccessibleInterface *find(QAccessibleInterface *root, QAccessible::Role role, const QString &name)
{
    for (QAccessibleInterface *i : descendants(root)) {
        if (i->role() == role && i->text(QAccessible::Name) == name)
            return i;
    }
    return nullptr;
}

QAccessibleInterface *findPrefix(QAccessibleInterface *root, QAccessible::Role role,
                                 const QString &prefix)
{
    for (QAccessibleInterface *i : descendants(root)) {
        if (i->role() == role && i->text(QAccessible::Name).startsWith(prefix))
            return i;
    }
    return nullptr;
}
} // namespace

class TestUiAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<UiInstance> m_ui;

    qint64 id(const QString &email) { return m_ui->ws->accounts().profileByEmail(email)->id; }

    // Ada's chat with the assistant, holding a confirmation card.
    qint64 assistantChatWithCode()
    {
        auto &ws = *m_ui->ws;
        const qint64 ada = id(kAda);
        if (!ws.contacts().invite(ada, ws.assistantProfile().email).ok())
            return 0;
        const qint64 chat = ws.conversations().direct(ada, ws.assistantProfile().id)->id;
        if (!ws.messages().postText(ada, chat, QStringLiteral("Get my attachments")).ok())
            return 0;
        m_ui->main()->openConversation(chat);
        return chat;
    }

    // The card the list shows for the newest message of `kind` (a replaced one may linger
    // until deleted later).
    ui::MessageCard *shownCard(MessageKind kind)
    {
        ui::MessageCard *any = m_ui->lastCard(kind);
        if (!any)
            return nullptr;
        const QModelIndex index =
            m_ui->chat()->model()->index(m_ui->chat()->model()->rowOf(any->messageId()));
        return qobject_cast<ui::MessageCard *>(m_ui->chat()->messageList()->indexWidget(index));
    }

private slots:
    void init()
    {
        m_ui = std::make_unique<UiInstance>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())), m_clock, true);
        QVERIFY(m_ui->signInAs(kAda));
    }
    void cleanup() { m_ui.reset(); }

    void cardButtonsAndCodeAreInTheTree()
    {
        QVERIFY(assistantChatWithCode());
        QTRY_VERIFY(shownCard(MessageKind::ConfirmationRequest));
        ui::MessageCard *card = shownCard(MessageKind::ConfirmationRequest);
        const QString code =
            card->findChild<QLabel *>(QStringLiteral("confirmationCodeLabel"))->text();
        QAccessibleInterface *list =
            QAccessible::queryAccessibleInterface(m_ui->chat()->messageList());
        QCOMPARE(list->role(), QAccessible::List);
        QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Messages"));
        QCOMPARE(list->childCount(), m_ui->chat()->model()->rowCount());
        // The card is a child of the list, and the list its parent.
        QAccessibleInterface *cardItem = QAccessible::queryAccessibleInterface(card);
        const int at = list->indexOfChild(cardItem);
        QVERIFY(at >= 0);
        QCOMPARE(list->child(at), cardItem);
        QCOMPARE(cardItem->parent(), list);
        QVERIFY2(cardItem->text(QAccessible::Name).contains(QStringLiteral("Confirm")),
                 qPrintable(cardItem->text(QAccessible::Name)));
        for (const QString &name : {QStringLiteral("Copy code"), QStringLiteral("Copy command"),
                                    QStringLiteral("Put the command in the composer")})
            QVERIFY2(find(list, QAccessible::Button, name), qPrintable(name));
        QAccessibleInterface *codeLabel =
            find(list, QAccessible::StaticText, QStringLiteral("Confirmation code %1").arg(code));
        QVERIFY(codeLabel);
        QVERIFY(findPrefix(list, QAccessible::StaticText, QStringLiteral("Valid for ")));
        // The person's own message, drawn by the delegate, is an item with its text.
        QVERIFY(findPrefix(list, QAccessible::ListItem, QStringLiteral("Ada")));
        QVERIFY(descendants(list).size() > list->childCount());
    }

    void attachmentButtonsAreInTheTree()
    {
        auto &ws = *m_ui->ws;
        const qint64 grace = id(QStringLiteral("grace@example.com"));
        const qint64 chat = ws.conversations().direct(id(kAda), grace)->id;
        OutgoingMessage out;
        out.body = QStringLiteral("the plan");
        out.attachments.append(NewAttachment::fromData(QStringLiteral("plan.txt"), "x"));
        QVERIFY(ws.messages().post(grace, chat, out).ok());
        m_ui->main()->openConversation(chat);
        QAccessibleInterface *list =
            QAccessible::queryAccessibleInterface(m_ui->chat()->messageList());
        QTRY_VERIFY(find(list, QAccessible::Button, QStringLiteral("Open plan.txt")));
        QVERIFY(find(list, QAccessible::Button, QStringLiteral("Save plan.txt as")));
    }

    // Every element a person can focus in the signed-in window has a name.
    void noFocusableElementWithoutAName()
    {
        QVERIFY(assistantChatWithCode());
        QTRY_VERIFY(m_ui->lastCard(MessageKind::ConfirmationRequest));
        QStringList unnamed;
        for (QAccessibleInterface *i :
             descendants(QAccessible::queryAccessibleInterface(m_ui->main()))) {
            const QAccessible::State s = i->state();
            if (s.focusable && !s.invisible && i->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QStringLiteral("%1 (role %2)")
                                   .arg(i->object() ? i->object()->objectName() : QString())
                                   .arg(int(i->role())));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    // Tab walks into the cards as into any other part of the window.
    void tabReachesTheCardButtons()
    {
        QVERIFY(assistantChatWithCode());
        QTRY_VERIFY(shownCard(MessageKind::ConfirmationRequest));
        ui::MessageCard *card = shownCard(MessageKind::ConfirmationRequest);
        auto *copy = card->findChild<QPushButton *>(QStringLiteral("copyCodeButton"));
        m_ui->main()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_ui->main()));
        m_ui->chat()->findChild<QPushButton *>(QStringLiteral("sendButton"))->setFocus();
        bool reached = false;
        for (int i = 0; i < 60 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached = QApplication::focusWidget() == copy;
        }
        QVERIFY2(reached, "Tab never reached Copy code");
    }

    void dropDownsAreNamedByWhatTheyChoose()
    {
        ui::SettingsDialog dialog(m_ui->app->backend());
        for (const auto &[object, name] :
             {std::pair{QStringLiteral("languageComboBox"), QStringLiteral("Language")},
              std::pair{QStringLiteral("schemeComboBox"), QStringLiteral("Colours")}}) {
            auto *combo = dialog.findChild<QComboBox *>(object);
            QAccessibleInterface *i = QAccessible::queryAccessibleInterface(combo);
            QCOMPARE(i->role(), QAccessible::ComboBox);
            QCOMPARE(i->text(QAccessible::Name), name);
            QCOMPARE(i->text(QAccessible::Value), combo->currentText());
        }
    }

    void signOutNoticeSaysWhy()
    {
        emit m_ui->main()->signOutRequested();
        QTRY_VERIFY(m_ui->signIn() && m_ui->signIn()->isVisible());
        m_ui->signIn()->showNotice(ui::SignInWindow::reasonText(RevokeReason::ProfileDeleted));
        auto *notice = m_ui->signIn()->findChild<QLabel *>(QStringLiteral("signedOutNoticeLabel"));
        const QString name = QAccessible::queryAccessibleInterface(notice)->text(QAccessible::Name);
        QVERIFY2(name.contains(QStringLiteral("Delete me")), qPrintable(name));
    }
};

QTEST_MAIN(TestUiAccessibility)
#include "tst_ui_accessibility.moc"
