// The assistant's cards tell the truth: a code that was used, replaced or has expired says so
// and offers nothing that would only be refused; links say when they expired; and every card
// reads in the viewer's language, whoever delivered it. Real windows, offscreen.

#include "UiFixture.h"

#include "ui/CopyFeedback.h"
#include "ui/Dialogs.h"
#include "ui/ManifestViewer.h"

#include <QClipboard>
#include <QDateTime>
#include <QLabel>
#include <QProcess>

using namespace carillon;
using carillon::test::UiInstance;

namespace {
const QString kAda = QStringLiteral("ada@example.com");
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;
} // namespace

class TestUiCards : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<UiInstance> m_ui;

    void openAssistantChat()
    {
        Workspace &ws = *m_ui->ws;
        const qint64 ada = ws.accounts().profileByEmail(kAda)->id;
        QVERIFY(ws.contacts().invite(ada, ws.assistantProfile().email).ok());
        m_ui->main()->openConversation(
            ws.conversations().direct(ada, ws.assistantProfile().id)->id);
    }

    // Sends the command and returns the card that answers it.
    ui::MessageCard *ask(const QString &command)
    {
        const ui::MessageCard *before = m_ui->lastCard(MessageKind::ConfirmationRequest);
        m_ui->type(command);
        ui::MessageCard *card = nullptr;
        for (int waited = 0; waited < 5000 && (!card || card == before); waited += 20) {
            QTest::qWait(20);
            card = m_ui->lastCard(MessageKind::ConfirmationRequest);
        }
        return card != before ? card : nullptr;
    }

    static QString countdown(ui::MessageCard *card)
    {
        return card->findChild<QLabel *>(QStringLiteral("codeCountdownLabel"))->text();
    }
    static bool offersTheCode(ui::MessageCard *card)
    {
        bool any = false;
        for (const char *name : {"copyCodeButton", "copyCommandButton", "putInComposerButton"})
            any = any || card->findChild<QPushButton *>(QLatin1String(name))->isEnabled();
        return any;
    }
    static QString allText(QWidget *card)
    {
        QStringList texts;
        for (QLabel *label : card->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('\n'));
    }

private slots:
    void init()
    {
        m_clock.setNowMs(1'800'000'000'000);
        m_ui = UiInstance::forCurrentTest(m_dir, m_clock);
        QVERIFY(m_ui->signInAs(kAda));
        openAssistantChat();
    }
    void cleanup() { m_ui.reset(); }

    void aReplacedCodeSaysSoAndOffersNothing()
    {
        ui::MessageCard *first = ask(QStringLiteral("Get my attachments"));
        QVERIFY(first);
        QVERIFY(offersTheCode(first));
        QVERIFY(countdown(first).contains(QStringLiteral("10:00")));
        ui::MessageCard *second = ask(QStringLiteral("Get my attachments"));
        QVERIFY(second);
        QTRY_VERIFY(!offersTheCode(first));
        QVERIFY2(countdown(first).contains(QStringLiteral("newer code")),
                 qPrintable(countdown(first)));
        QVERIFY(offersTheCode(second));
    }

    void aUsedCodeSaysSoAndNeverExpires()
    {
        ui::MessageCard *card = ask(QStringLiteral("Get my attachments"));
        QVERIFY(card);
        QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("putInComposerButton")),
                          Qt::LeftButton);
        QTest::keyClick(m_ui->chat()->composer(), Qt::Key_Return);
        QTRY_VERIFY(m_ui->lastCard(MessageKind::ExportAccepted));
        QTRY_VERIFY(!offersTheCode(card));
        QVERIFY2(countdown(card).contains(QStringLiteral("used")), qPrintable(countdown(card)));
        // Long after, it still says used, not "expired, send the command again".
        m_clock.advanceMs(20 * kMinute);
        QTest::qWait(1100);
        QVERIFY(countdown(card).contains(QStringLiteral("used")));
        QVERIFY(!offersTheCode(card));
    }

    void anExpiredCodeSaysSo()
    {
        ui::MessageCard *card = ask(QStringLiteral("Delete me"));
        QVERIFY(card);
        m_clock.advanceMs(11 * kMinute);
        QTRY_VERIFY(!offersTheCode(card));
        QVERIFY(countdown(card).contains(QStringLiteral("expired")));
    }

    void deliveredLinksSayWhenTheyExpired()
    {
        ui::MessageCard *card = ask(QStringLiteral("Get my attachments"));
        QVERIFY(card);
        m_ui->type(QStringLiteral("Get my attachments ") +
                   card->findChild<QLabel *>(QStringLiteral("confirmationCodeLabel"))->text());
        QTRY_VERIFY(m_ui->lastCard(MessageKind::ExportAccepted));
        m_clock.advanceMs(kDay);
        QCOMPARE(*m_ui->assistant->exports().deliverDue(), 1);
        ui::MessageCard *delivered = nullptr;
        QTRY_VERIFY((delivered = m_ui->lastCard(MessageKind::ExportDelivered)));
        auto *facts = delivered->findChild<QLabel *>(QStringLiteral("exportFactsLabel"));
        QVERIFY(facts->text().contains(QStringLiteral("valid until")));
        QCOMPARE(delivered->tone(), ui::TonedFrame::Tone::Success);

        // The links viewer, open while the clock moves past the expiry, says so in its banner.
        ui::ManifestViewer *viewer = nullptr;
        ui::Dialogs::setOnOpen(
            [&viewer](QDialog *dialog) { viewer = qobject_cast<ui::ManifestViewer *>(dialog); });
        QTest::mouseClick(delivered->findChild<QPushButton *>(QStringLiteral("viewLinksButton")),
                          Qt::LeftButton);
        ui::Dialogs::setOnOpen(nullptr);
        QVERIFY(viewer);
        auto *banner = viewer->findChild<QLabel *>(QStringLiteral("linksExpiryLabel"));
        QVERIFY(banner && banner->isVisible());
        const QDateTime expiry = QDateTime::fromMSecsSinceEpoch(viewer->expiresAt());
        QVERIFY(expiry > QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()));
        QVERIFY2(banner->text().startsWith(QStringLiteral("Links valid until ")) &&
                     banner->text().contains(QLocale().monthName(expiry.date().month())) &&
                     banner->text().contains(QString::number(expiry.date().day())),
                 qPrintable(banner->text()));

        m_clock.advanceMs(7 * kDay);
        emit m_ui->app->backend().clockChanged(); // as Demo > Advance time does
        QVERIFY2(facts->text().contains(QStringLiteral("expired")), qPrintable(facts->text()));
        QCOMPARE(delivered->tone(), ui::TonedFrame::Tone::Warning);
        QVERIFY2(banner->text().startsWith(QStringLiteral("These links expired on ")),
                 qPrintable(banner->text()));
        QVERIFY(viewer->hasExpired());
        viewer->close();
    }

    // Copying says "Copied" on the button for a moment, then the button reads as before; what
    // was copied is on the clipboard, and the button keeps its accessible name throughout.
    void copyingSaysCopiedThenReverts()
    {
        ui::MessageCard *card = ask(QStringLiteral("Get my attachments"));
        QVERIFY(card);
        const QString code =
            card->findChild<QLabel *>(QStringLiteral("confirmationCodeLabel"))->text();
        auto *copy = card->findChild<QPushButton *>(QStringLiteral("copyCodeButton"));
        QApplication::clipboard()->clear();
        const int width = copy->width();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), code);
        QCOMPARE(copy->text(), QStringLiteral("Copied"));
        QCOMPARE(copy->accessibleName(), QStringLiteral("Copy code"));
        QTest::qWait(50);
        QVERIFY(copy->width() >= width); // the row does not jump
        // A second click restarts the moment rather than remembering "Copied" as the label.
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(copy->text(), QStringLiteral("Copied"));
        QTRY_COMPARE_WITH_TIMEOUT(copy->text(), QStringLiteral("Copy code"),
                                  ui::CopyFeedback::kShownMs * 3);

        auto *command = card->findChild<QPushButton *>(QStringLiteral("copyCommandButton"));
        QTest::mouseClick(command, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Get my attachments ") + code);
        QCOMPARE(command->text(), QStringLiteral("Copied"));
        QTRY_COMPARE_WITH_TIMEOUT(command->text(), QStringLiteral("Copy command"),
                                  ui::CopyFeedback::kShownMs * 3);
    }

    // A command-line run in German delivers the export; the English window shows an English
    // card and body, with English dates.
    void aReplyDeliveredInGermanReadsInEnglish()
    {
        const QString carillon = qEnvironmentVariable("CARILLON_BIN");
        if (carillon.isEmpty())
            QSKIP("CARILLON_BIN is not set (run through ctest)");
        // Asked two days ago, so the export is due by the command line's own (real) clock.
        m_clock.setNowMs(QDateTime::currentMSecsSinceEpoch() - 2 * kDay);
        ui::MessageCard *card = ask(QStringLiteral("Get my attachments"));
        QVERIFY(card);
        m_ui->type(QStringLiteral("Get my attachments ") +
                   card->findChild<QLabel *>(QStringLiteral("confirmationCodeLabel"))->text());
        QTRY_VERIFY(m_ui->lastCard(MessageKind::ExportAccepted));

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Tokyo"));
        cli.setProcessEnvironment(env);
        cli.start(carillon, {QStringLiteral("--data-dir"), m_ui->ws->dataDir(),
                             QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("send"),
                             QStringLiteral("--as"), QStringLiteral("grace@example.com"),
                             QStringLiteral("--to"), kAda, QStringLiteral("Hallo")});
        QVERIFY(cli.waitForFinished(30'000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

        ui::MessageCard *delivered = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((delivered = m_ui->lastCard(MessageKind::ExportDelivered)), 5000);
        // The command line stored its German text beside the payload…
        const Message stored = *m_ui->ws->messages().message(delivered->messageId());
        QVERIFY2(stored.body.contains(QStringLiteral("Links")) &&
                     !stored.body.contains(QStringLiteral("Your attachments")),
                 qPrintable(stored.body));
        // …and the window shows its own.
        const QString shown = allText(delivered);
        QVERIFY2(shown.contains(QStringLiteral("Your attachments list is ready")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("The links expire on")), qPrintable(shown));
        const QString englishMonth =
            QLocale(QLocale::English)
                .monthName(QDateTime::fromMSecsSinceEpoch(
                               ExportDeliveredPayload::fromJson(stored.payload).expiresAt)
                               .date()
                               .month());
        QVERIFY2(shown.contains(englishMonth), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("Ihre")) && !shown.contains(QStringLiteral("JST")),
                 qPrintable(shown));
    }
};

QTEST_MAIN(TestUiCards)
#include "tst_ui_cards.moc"
