// The main window at every size and language it allows: whole tab labels in German and Japanese
// at the minimum and the default size (PNGs of each in layout-shots/ of the build folder, to
// look at), card texts that wrap instead of being cut off in a narrow window, the end of the
// conversation kept in view across a resize, and the notice about a missing Japanese font.
// Real windows, offscreen.

#include "UiFixture.h"
#include "ui/FontNotice.h"
#include "ui/SafeText.h"

#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QStyleOptionTab>
#include <QTabBar>
#include <QTabWidget>

using namespace carillon;
using carillon::test::UiInstance;

namespace {
const QString kAda = QStringLiteral("ada@example.com");
const QString kGrace = QStringLiteral("grace@example.com");
const QSize kDefaultSize(1100, 720);
} // namespace

class TestUiLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<UiInstance> m_ui;
    int m_instance = 0;
    bool m_installedJapaneseFont = false; // before the test added one
    bool m_japaneseFont = false;

    void start(const QString &language)
    {
        ui::setUpLocale(language);
        m_ui = std::make_unique<UiInstance>(
            m_dir.filePath(QStringLiteral("data%1").arg(++m_instance)), m_clock, true);
        QVERIFY(m_ui->signInAs(kAda));
    }

    qint64 id(const QString &email) { return m_ui->ws->accounts().profileByEmail(email)->id; }

    // Tabs whose label does not fit: the label as Qt lays it out (its mnemonic underlined,
    // fallback fonts for Japanese) wider than the text rectangle the style gives the tab at
    // its present size. Qt then elides it ("Bes…") or, without elision, cuts it off.
    static QStringList elidedTabs(QTabBar *bar)
    {
        QStringList elided;
        for (int i = 0; i < bar->count(); ++i) {
            QStyleOptionTab option;
            option.initFrom(bar);
            option.shape = bar->shape();
            option.rect = bar->tabRect(i);
            option.text = bar->tabText(i);
            const QRect text = bar->style()->subElementRect(QStyle::SE_TabBarTabText, &option, bar);
            const int needed = bar->fontMetrics().size(Qt::TextShowMnemonic, option.text).width();
            if (needed > text.width())
                elided << QStringLiteral("\"%1\" needs %2 px, has %3 px")
                              .arg(option.text)
                              .arg(needed)
                              .arg(text.width());
        }
        return elided;
    }

    // Card texts cut off: a label without wrapping narrower than its text, a wrapped one lower
    // than its lines, a button narrower than its label, a card wider than the list.
    static QStringList clippedCardParts(QListView *list)
    {
        QStringList clipped;
        for (auto *card : list->findChildren<ui::MessageCard *>()) {
            if (card->geometry().right() > list->viewport()->width())
                clipped << QStringLiteral("card %1 ends at %2 in a list of %3 px")
                               .arg(card->accessibleName())
                               .arg(card->geometry().right())
                               .arg(list->viewport()->width());
            for (QLabel *label : card->findChildren<QLabel *>()) {
                // Elided labels (file names) show their whole text in a tooltip, by design.
                if (!label->isVisibleTo(card) || qobject_cast<ui::ElidedLabel *>(label) ||
                    label->text().isEmpty())
                    continue;
                const bool cut = label->wordWrap()
                                     ? label->heightForWidth(label->width()) > label->height()
                                     : label->sizeHint().width() > label->width();
                if (cut)
                    clipped << QStringLiteral("%1 \"%2\": %3x%4, needs %5x%6")
                                   .arg(label->objectName(), label->text().left(40))
                                   .arg(label->width())
                                   .arg(label->height())
                                   .arg(label->sizeHint().width())
                                   .arg(label->heightForWidth(label->width()));
            }
            for (QPushButton *button : card->findChildren<QPushButton *>()) {
                if (button->isVisibleTo(card) &&
                    button->minimumSizeHint().width() > button->width())
                    clipped << QStringLiteral("button \"%1\": %2 px, needs %3")
                                   .arg(button->text())
                                   .arg(button->width())
                                   .arg(button->minimumSizeHint().width());
            }
        }
        return clipped;
    }

    static QString shotsFolder()
    {
        QString folder = qEnvironmentVariable("CARILLON_SHOTS");
        if (folder.isEmpty())
            folder = QDir::current().filePath(QStringLiteral("layout-shots"));
        QDir().mkpath(folder);
        return folder;
    }

    static void shot(QWidget *window, const QString &name)
    {
        QApplication::processEvents();
        const QString file = shotsFolder() + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY2(window->grab().save(file), qPrintable(file));
    }

    void settle(const QSize &size)
    {
        m_ui->main()->resize(size);
        QTest::qWait(250); // the list lays out again a moment after a resize
        QApplication::processEvents();
    }

private slots:
    // Japanese needs a font with its characters: an installed one (fonts-noto-cjk, which the
    // package recommends), or the file CARILLON_CJK_FONT names, added before any window (Qt
    // keeps the fallback fonts it found). Without one every character would be a narrow box
    // and the widths measured would mean nothing.
    void initTestCase()
    {
        m_installedJapaneseFont = ui::FontNotice::hasJapaneseFont();
        m_japaneseFont = m_installedJapaneseFont;
        const QString file = qEnvironmentVariable("CARILLON_CJK_FONT");
        if (!m_japaneseFont && !file.isEmpty())
            m_japaneseFont =
                QFontDatabase::addApplicationFont(file) >= 0 && ui::FontNotice::hasJapaneseFont();
    }

    void cleanup()
    {
        m_ui.reset();
        ui::setUpLocale(QStringLiteral("en"));
        ui::FontNotice::setFontProbeForTests({});
        QSettings().remove(QLatin1String(ui::FontNotice::kDismissedKey));
    }

    // The window's answer (before the test added a font) is fontconfig's, asked independently.
    void fontCheckAgreesWithFontconfig()
    {
        QProcess fcList;
        fcList.start(QStringLiteral("fc-list"),
                     {QStringLiteral(":lang=ja"), QStringLiteral("family")});
        if (!fcList.waitForFinished(30'000) || fcList.exitCode() != 0)
            QSKIP("fc-list (package fontconfig) is not available");
        const bool fontconfigHasOne = !fcList.readAllStandardOutput().trimmed().isEmpty();
        QCOMPARE(m_installedJapaneseFont, fontconfigHasOne);
        QVERIFY(ui::FontNotice::containsJapanese(QStringLiteral("Grace: こんにちは")));
        QVERIFY(ui::FontNotice::containsJapanese(QStringLiteral("カタカナ")));
        QVERIFY(ui::FontNotice::containsJapanese(QStringLiteral("漢字")));
        QVERIFY(!ui::FontNotice::containsJapanese(QStringLiteral("Grüße, ½ café → ok")));
    }

    void fontNoticeInJapaneseOnceUntilDismissed()
    {
        ui::FontNotice::setFontProbeForTests([] { return false; });
        start(QStringLiteral("ja"));
        ui::FontNotice *notice = m_ui->main()->fontNotice();
        QTRY_VERIFY(notice->isChecked());
        QVERIFY(notice->isVisible());
        // In English: its Japanese would be boxes too.
        auto *text = notice->findChild<QLabel *>(QStringLiteral("fontNoticeLabel"));
        QVERIFY2(text->text().contains(QLatin1String("fonts-noto-cjk")), qPrintable(text->text()));
        QVERIFY(!ui::FontNotice::containsJapanese(text->text()));
        shot(m_ui->main(), QStringLiteral("font-notice-ja"));
        // Another conversation does not bring it back, nor does dismissing it leave it.
        m_ui->main()->openConversation(m_ui->directChat(kAda, kGrace));
        QTest::mouseClick(notice->dismissButton(), Qt::LeftButton);
        QVERIFY(!notice->isVisible());
        QVERIFY(QSettings().value(QLatin1String(ui::FontNotice::kDismissedKey)).toBool());

        // The next start remembers.
        m_ui.reset();
        start(QStringLiteral("ja"));
        QTRY_VERIFY(m_ui->main()->fontNotice()->isChecked());
        QVERIFY(!m_ui->main()->fontNotice()->isVisible());
    }

    void fontNoticeInEnglishOnlyForJapaneseText()
    {
        ui::FontNotice::setFontProbeForTests([] { return false; });
        start(QStringLiteral("en"));
        ui::FontNotice *notice = m_ui->main()->fontNotice();
        QTest::qWait(600); // past the check after the first frame, had there been one
        m_ui->main()->openConversation(m_ui->directChat(kAda, kGrace));
        QVERIFY(!notice->isChecked());
        QVERIFY(!notice->isVisible());
        const qint64 erinChat = m_ui->directChat(kAda, QStringLiteral("erin@initech.example"));
        QVERIFY(m_ui->ws->messages()
                    .postText(id(QStringLiteral("erin@initech.example")), erinChat,
                              QStringLiteral("今日の会議は三時からです"))
                    .ok());
        m_ui->main()->openConversation(erinChat);
        QVERIFY(notice->isVisible());
    }

    void noFontNoticeWithAFont()
    {
        ui::FontNotice::setFontProbeForTests([] { return true; });
        start(QStringLiteral("ja"));
        QTRY_VERIFY(m_ui->main()->fontNotice()->isChecked());
        QVERIFY(!m_ui->main()->fontNotice()->isVisible());
    }

    void theCheckFindsElidedTabs()
    {
        QTabWidget tabs;
        tabs.setElideMode(Qt::ElideRight);
        tabs.setUsesScrollButtons(false);
        for (const char *label : {"Ch&ats", "Rä&ume", "Kon&takte", "Bes&prechungen"})
            tabs.addTab(new QWidget, QString::fromUtf8(label));
        tabs.resize(150, 100);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QVERIFY(!elidedTabs(tabs.tabBar()).isEmpty());
    }

    void wholeTabLabels_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("minimum");
        for (const char *language : {"en", "de", "ja"}) {
            QTest::addRow("%s-minimum", language) << QString::fromLatin1(language) << true;
            QTest::addRow("%s-default", language) << QString::fromLatin1(language) << false;
        }
    }

    void wholeTabLabels()
    {
        QFETCH(QString, language);
        QFETCH(bool, minimum);
        if (language == QLatin1String("ja") && !m_japaneseFont) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("no font for Japanese: install fonts-noto-cjk");
            QSKIP("no font for Japanese: install fonts-noto-cjk or set CARILLON_CJK_FONT");
        }
        start(language);
        ui::MainWindow *main = m_ui->main();
        main->openConversation(m_ui->directChat(kAda, kGrace));
        settle(minimum ? QSize(1, 1) : kDefaultSize); // the window keeps to its minimum
        const QSize size = main->size();
        if (minimum) {
            // Room for the conversation: a few messages and the composer, not a sliver.
            QVERIFY2(
                size.width() >= 640 && size.height() >= 400,
                qPrintable(QStringLiteral("minimum %1x%2").arg(size.width()).arg(size.height())));
            QVERIFY(m_ui->chat()->messageList()->height() >= 140);
            QVERIFY(m_ui->chat()->composer()->height() >=
                    m_ui->chat()->composer()->fontMetrics().lineSpacing() * 2);
        } else {
            QCOMPARE(size, kDefaultSize);
        }
        shot(main,
             QStringLiteral("main-%1-%2x%3").arg(language).arg(size.width()).arg(size.height()));
        auto *bar = main->findChild<QTabWidget *>(QStringLiteral("sideTabWidget"))->tabBar();
        // In the language asked for ("Rooms" is "Räume", "ルーム").
        QCOMPARE(bar->tabText(1) == QLatin1String("R&ooms"), language == QLatin1String("en"));
        const QStringList elided = elidedTabs(bar);
        QVERIFY2(elided.isEmpty(), qPrintable(elided.join(QLatin1Char('\n'))));
        // The menu titles are whole too (the bar shows an extension arrow when they do not fit).
        QVERIFY(main->menuBar()->sizeHint().width() <= main->width());
    }

    void cardTextsWrapInANarrowWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void cardTextsWrapInANarrowWindow()
    {
        QFETCH(QString, language);
        start(language);
        Workspace &ws = *m_ui->ws;
        const qint64 ada = id(kAda);
        QVERIFY(ws.contacts().invite(ada, ws.assistantProfile().email).ok());
        m_ui->main()->openConversation(
            ws.conversations().direct(ada, ws.assistantProfile().id)->id);
        // A replaced code (the longest state text), a live one, and the assistant's help.
        for (const char *command : {"Get my attachments", "Get my attachments", "Help"}) {
            const int rows = m_ui->chat()->model()->rowCount();
            m_ui->type(QString::fromLatin1(command));
            QTRY_VERIFY(m_ui->chat()->model()->rowCount() >= rows + 2);
        }
        QTRY_VERIFY(m_ui->cards().size() >= 3);
        settle(QSize(760, 720));
        shot(m_ui->main(), QStringLiteral("cards-%1-%2").arg(language).arg(m_ui->main()->width()));
        const QStringList clipped = clippedCardParts(m_ui->chat()->messageList());
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }

    void theEndStaysInViewAcrossResizes()
    {
        start(QStringLiteral("en"));
        const qint64 chat = m_ui->directChat(kAda, kGrace);
        QVERIFY(m_ui->ws->db().transaction([&]() -> Status {
            for (int i = 0; i < 60; ++i) {
                if (auto m = m_ui->ws->messages().postText(
                        id(kGrace), chat,
                        QStringLiteral("Message %1, long enough to wrap onto another line when "
                                       "the window is made narrower than it was before")
                            .arg(i));
                    !m)
                    return m.error();
            }
            return {};
        }));
        m_ui->main()->openConversation(chat);
        QScrollBar *bar = m_ui->chat()->messageList()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        for (const QSize &size : {QSize(1, 1), QSize(1400, 900), kDefaultSize}) {
            const int before = bar->maximum();
            settle(size);
            QVERIFY2(bar->maximum() != before, "the resize changed no heights: nothing tested");
            QCOMPARE(bar->value(), bar->maximum());
        }
        // Someone reading older messages stays where they are.
        bar->setValue(bar->maximum() / 2);
        const QModelIndex reading = m_ui->chat()->messageList()->indexAt(QPoint(10, 10));
        settle(QSize(1, 1));
        QVERIFY(bar->value() < bar->maximum());
        QVERIFY(reading.isValid());
    }
};

QTEST_MAIN(TestUiLayout)
#include "tst_ui_layout.moc"
