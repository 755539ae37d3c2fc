// How the client looks, checked on the pixels and geometry a person sees: avatars with initials
// on a colour of each person's own (the same in the chat list and beside their messages),
// message groups and day separators, times in the interface's language, the conversation's
// column on a wide window, clear empty states, the dark palette followed, and no stock
// tick-and-cross pictures on dialog buttons. Real windows, offscreen.

#include "UiFixture.h"
#include "ui/Avatar.h"
#include "ui/ConversationItemDelegate.h"
#include "ui/DialogParts.h"
#include "ui/MessageDelegate.h"
#include "ui/RelativeTime.h"
#include "ui/Theme.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHashSeed>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QProxyStyle>
#include <QStyleFactory>

using namespace carillon;
using carillon::test::UiInstance;

namespace {
const QString kAda = QStringLiteral("ada@example.com");
const QString kGrace = QStringLiteral("grace@example.com");
constexpr qint64 kMinute = 60'000;

// A desktop whose platform theme asks for pictures on dialog buttons, as GNOME's and KDE's do.
class IconsOnButtonsStyle : public QProxyStyle
{
public:
    IconsOnButtonsStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *data) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, data);
    }
};

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b2d31));
    p.setColor(QPalette::Base, QColor(0x1e1f22));
    p.setColor(QPalette::Text, QColor(0xe6e6e6));
    return p;
}

// Mean lightness (0-255) of an image, and the share of its pixels lighter than 200.
QPair<double, double> lightness(const QImage &image)
{
    double sum = 0;
    qint64 light = 0;
    const qint64 count = qint64(image.width()) * image.height();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int l = QColor(image.pixel(x, y)).lightness();
            sum += l;
            light += l > 200;
        }
    }
    return {sum / double(count), double(light) / double(count)};
}

QString u8s(const char *text)
{
    return QString::fromUtf8(text);
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 6 && std::abs(a.green() - b.green()) <= 6 &&
           std::abs(a.blue() - b.blue()) <= 6;
}
} // namespace

class TestUiLook : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<UiInstance> m_ui;

    qint64 idOf(const QString &email) { return m_ui->ws->accounts().profileByEmail(email)->id; }
    QListView *messages() const { return m_ui->chat()->messageList(); }

    // A sample of the avatar painted at rect: above its initials, inside the circle.
    static QColor avatarFill(const QImage &image, const QRect &avatar)
    {
        return image.pixelColor(avatar.center().x(), avatar.top() + 5);
    }

private slots:
    void init()
    {
        m_ui = UiInstance::forCurrentTest(m_dir, m_clock);
        QVERIFY(m_ui->signInAs(kAda));
        m_ui->main()->resize(1000, 700);
        m_ui->main()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_ui->main()));
    }
    void cleanup() { m_ui.reset(); }

    void initialsFromNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::newRow("two words") << u8s("Grace Hopper") << u8s("GH");
        QTest::newRow("first and last") << u8s("Grace Brewster Hopper") << u8s("GH");
        QTest::newRow("one word, lower case") << u8s("ada") << u8s("A");
        QTest::newRow("accents, spaces") << u8s("  émile   zola ") << u8s("ÉZ");
        QTest::newRow("combining accent stays whole") << u8s("e\u0301mile Zola") << u8s("E\u0301Z");
        QTest::newRow("punctuation first") << u8s("(Ada) \"Lovelace\"") << u8s("AL");
        QTest::newRow("Japanese") << u8s("山田 太郎") << u8s("山");
        QTest::newRow("Chinese, no space") << u8s("李小龙") << u8s("李");
        QTest::newRow("Korean") << u8s("김민준") << u8s("김");
        QTest::newRow("emoji only") << u8s("🦊") << u8s("🦊");
        QTest::newRow("joined emoji") << u8s("👩‍💻 ") << u8s("👩‍💻");
        QTest::newRow("emoji and words") << u8s("🎉 Party Planners") << u8s("PP");
        QTest::newRow("markup is text") << u8s("<b>bo</b> x") << u8s("BX");
        QTest::newRow("direction override") << u8s("\u202Eevil") << u8s("E");
        QTest::newRow("invisible only") << u8s("\u200B\u2060") << u8s("?");
        QTest::newRow("empty") << u8s("") << u8s("?");
    }
    void initialsFromNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, initials);
        QCOMPARE(ui::Avatar::initials(name), initials);
    }

    void avatarColoursAreStableDistinctAndReadable()
    {
        // The same on every run: qHash would change with the process's seed.
        const QString key = ui::Avatar::personKey(idOf(kGrace));
        const QColor first = ui::Avatar::color(key, lightPalette());
        QHashSeed::resetRandomGlobalSeed();
        QCOMPARE(ui::Avatar::color(key, lightPalette()), first);

        // The demo's people each have their own.
        QSet<QRgb> people;
        for (const char *email : {"ada@example.com", "grace@example.com", "linus@example.org",
                                  "erin@initech.example", "tomas@example.com"}) {
            const auto profile = m_ui->ws->accounts().profileByEmail(QLatin1String(email));
            QVERIFY2(profile, email);
            people.insert(
                ui::Avatar::color(ui::Avatar::personKey(profile->id), lightPalette()).rgb());
        }
        QCOMPARE(people.size(), 5);

        // Spread, readable under white initials, and calmer on a dark window.
        QSet<QRgb> spread;
        for (int i = 0; i < 500; ++i) {
            const QString k = ui::Avatar::personKey(i);
            const QColor light = ui::Avatar::color(k, lightPalette());
            const QColor dark = ui::Avatar::color(k, darkPalette());
            spread.insert(light.rgb());
            QVERIFY2(ui::Avatar::contrast(light, Qt::white) >= 4.5, qPrintable(light.name()));
            QVERIFY2(ui::Avatar::contrast(dark, Qt::white) >= 4.5, qPrintable(dark.name()));
            QVERIFY(dark.hslSaturationF() < light.hslSaturationF());
        }
        QVERIFY2(spread.size() >= 40, qPrintable(QString::number(spread.size())));
    }

    // The same colour beside Grace's messages as on her row in the chat list.
    void avatarsEverywhereWithTheSameColour()
    {
        const qint64 chat = m_ui->directChat(kAda, kGrace);
        m_ui->main()->openConversation(chat);
        QTest::qWait(50);
        const QColor expected =
            ui::Avatar::color(ui::Avatar::personKey(idOf(kGrace)), messages()->palette());

        QListWidget *list = m_ui->main()->conversationList();
        QListWidgetItem *row = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toLongLong() == chat)
                row = list->item(i);
        }
        QVERIFY(row);
        QCOMPARE(row->data(ui::ConversationItemDelegate::AvatarNameRole).toString(),
                 QStringLiteral("Grace Hopper"));
        QVERIFY(row->icon().isNull());
        const QRect r = list->visualItemRect(row).adjusted(8, 6, -8, -6);
        const QRect listAvatar(r.left(), r.top() + (r.height() - 32) / 2, 32, 32);
        const QImage listImage = list->viewport()->grab().toImage();
        // The selected row's background is the highlight; the avatar keeps its colour on it.
        QVERIFY2(near(avatarFill(listImage, listAvatar), expected),
                 qPrintable(avatarFill(listImage, listAvatar).name() + QStringLiteral(" vs ") +
                            expected.name()));

        const ui::MessageModel *model = m_ui->chat()->model();
        int graceRow = -1;
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->messageAt(i).senderId == idOf(kGrace) && model->startsGroup(i))
                graceRow = i;
        }
        QVERIFY(graceRow >= 0);
        messages()->scrollTo(model->index(graceRow));
        QTest::qWait(20);
        const QRect rowRect = messages()->visualRect(model->index(graceRow));
        const QRect column = ui::MessageDelegate::columnRect(rowRect);
        const int top = rowRect.top() + ui::MessageDelegate::kPadding / 2 +
                        (model->startsDay(graceRow) ? ui::MessageDelegate::kDayHeight : 0);
        const QRect messageAvatar(column.left() + 12, top + 2, 32, 32);
        const QImage messageImage = messages()->viewport()->grab().toImage();
        QVERIFY2(near(avatarFill(messageImage, messageAvatar), expected),
                 qPrintable(avatarFill(messageImage, messageAvatar).name()));
    }

    // Consecutive messages by one person within 5 minutes share one header; a pause, another
    // person or a new day starts a new one, and a new day gets a separator.
    void groupsAndDaySeparators()
    {
        const qint64 chat = m_ui->directChat(kAda, kGrace);
        m_clock.advanceMs(3 * 24 * 60 * kMinute); // a day of its own after the demo's messages
        struct Step
        {
            QString who;
            qint64 afterMs;
            bool header;
            bool day;
        };
        // Measured from each message to the next, as a person reads them.
        const QList<Step> steps = {
            {kGrace, 0, true, true},
            {kGrace, 2 * kMinute, false, false},
            {kGrace, 4 * kMinute, false, false},
            {kAda, kMinute, true, false},
            {kAda, 6 * kMinute, true, false},
            {kGrace, kMinute, true, false},
            {kGrace, 24 * 60 * kMinute, true, true},
        };
        for (const Step &step : steps) {
            m_clock.advanceMs(step.afterMs);
            QVERIFY(
                m_ui->ws->messages().postText(idOf(step.who), chat, QStringLiteral("Hello")).ok());
        }
        m_ui->main()->openConversation(chat);
        QTest::qWait(50);
        const ui::MessageModel *model = m_ui->chat()->model();
        const int first = model->rowCount() - int(steps.size());
        const int textHeight = messages()->fontMetrics().height();
        for (int i = 0; i < steps.size(); ++i) {
            const int row = first + i;
            QCOMPARE(model->startsGroup(row), steps[i].header);
            QCOMPARE(model->startsDay(row), steps[i].day);
            // What the delegate gives the row: room for a header and a separator, or not.
            const int height = messages()->visualRect(model->index(row)).height();
            const int expected = ui::MessageDelegate::kPadding +
                                 (steps[i].header ? ui::MessageDelegate::kHeaderHeight : 0) +
                                 (steps[i].day ? ui::MessageDelegate::kDayHeight : 0);
            QVERIFY2(height >= expected + textHeight - 2 && height <= expected + textHeight + 4,
                     qPrintable(QStringLiteral("row %1: %2").arg(i).arg(height)));
        }
    }

    void relativeTimesInTheInterfaceLanguage()
    {
        // Friday, 27 November 2026, 09:00.
        const QDateTime now(QDate(2026, 11, 27), QTime(9, 0));
        const auto at = [](int y, int m, int d, int h = 7, int min = 57) {
            return QDateTime(QDate(y, m, d), QTime(h, min));
        };
        using ui::RelativeTime::dayLabel;
        using ui::RelativeTime::listLabel;

        const QLocale en = QLocale();
        QCOMPARE(en.language(), QLocale::English);
        const QString today = listLabel(at(2026, 11, 27), now);
        QVERIFY2(today.startsWith(QStringLiteral("7:57")) && today.endsWith(QStringLiteral("AM")),
                 qPrintable(today));
        QCOMPARE(listLabel(at(2026, 11, 26, 23, 59), now), QStringLiteral("Yesterday"));
        QCOMPARE(listLabel(at(2026, 11, 26, 23, 59), QDateTime(QDate(2026, 11, 27), QTime(0, 1))),
                 QStringLiteral("Yesterday"));
        QCOMPARE(listLabel(at(2026, 11, 24), now), QStringLiteral("Tuesday"));
        QCOMPARE(listLabel(at(2026, 11, 17), now), QStringLiteral("Nov 17"));
        QCOMPARE(listLabel(at(2025, 12, 30), now), QStringLiteral("12/30/25"));
        QCOMPARE(dayLabel(QDate(2026, 11, 27), now.date()), QStringLiteral("Today"));
        QCOMPARE(dayLabel(QDate(2026, 11, 26), now.date()), QStringLiteral("Yesterday"));
        QCOMPARE(dayLabel(QDate(2026, 11, 24), now.date()), QStringLiteral("Tuesday, November 24"));
        QCOMPARE(dayLabel(QDate(2025, 12, 30), now.date()),
                 QStringLiteral("Tuesday, December 30, 2025"));

        ui::setUpLocale(QStringLiteral("de"));
        QCOMPARE(listLabel(at(2026, 11, 27), now), QStringLiteral("07:57"));
        QCOMPARE(listLabel(at(2026, 11, 26), now), QStringLiteral("Gestern"));
        QCOMPARE(listLabel(at(2026, 11, 24), now), QStringLiteral("Dienstag"));
        QCOMPARE(listLabel(at(2026, 11, 17), now), QStringLiteral("17. Nov."));
        QCOMPARE(listLabel(at(2025, 12, 30), now), QStringLiteral("30.12.25"));
        QCOMPARE(dayLabel(QDate(2026, 11, 27), now.date()), QStringLiteral("Heute"));
        QCOMPARE(dayLabel(QDate(2026, 11, 24), now.date()),
                 QStringLiteral("Dienstag, 24. November"));
        ui::setUpLocale(QStringLiteral("en"));
        QCOMPARE(dayLabel(QDate(2026, 11, 26), now.date()), QStringLiteral("Yesterday"));
    }

    // The chat list tells time by the workspace clock (the demo clock), not the machine's.
    void chatListTimesFollowTheWorkspaceClock()
    {
        const qint64 chat = m_ui->directChat(kAda, kGrace);
        QVERIFY(m_ui->ws->messages().postText(idOf(kGrace), chat, QStringLiteral("Hi")).ok());
        QListWidget *list = m_ui->main()->conversationList();
        const auto shown = [list, chat] {
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->data(Qt::UserRole).toLongLong() == chat)
                    return list->item(i)->data(ui::ConversationItemDelegate::TimeRole).toString();
            }
            return QString();
        };
        QTRY_VERIFY2(shown().endsWith(QStringLiteral("M")), qPrintable(shown())); // a time today
        m_clock.advanceMs(24 * 60 * kMinute);
        emit m_ui->app->backend().clockChanged(); // as Demo > Advance time does
        QTRY_COMPARE(shown(), QStringLiteral("Yesterday"));
    }

    // On a 1600-pixel window the messages, the cards and the composer keep to a column of
    // readable width, centred; on a narrow one they use the whole width.
    void columnHasAMaximumWidth()
    {
        m_ui->main()->openConversation(m_ui->directChat(kAda, kGrace)); // has attachment cards
        m_ui->main()->resize(1600, 900);
        QTest::qWait(100);
        const int viewport = messages()->viewport()->width();
        QVERIFY(viewport > ui::MessageDelegate::kMaxColumn + 200);
        const int bodyMax = ui::MessageDelegate::kMaxColumn - ui::MessageDelegate::kIndent -
                            ui::MessageDelegate::kRightMargin;
        const int columnLeft = (viewport - ui::MessageDelegate::kMaxColumn) / 2;
        const QList<ui::MessageCard *> cards = m_ui->cards();
        QVERIFY(!cards.isEmpty());
        for (ui::MessageCard *card : cards) {
            if (!card->isVisible())
                continue;
            QVERIFY2(card->width() <= bodyMax, qPrintable(QString::number(card->width())));
            QVERIFY2(card->x() >= columnLeft + ui::MessageDelegate::kIndent - 1,
                     qPrintable(QString::number(card->x())));
        }
        // The composer's row (attach, text, send) keeps to the same column.
        const auto row = [this] {
            const QWidget *chat = m_ui->chat();
            const auto *attach = chat->findChild<QWidget *>(QStringLiteral("attachButton"));
            const auto *send = chat->findChild<QWidget *>(QStringLiteral("sendButton"));
            return QRect(attach->mapTo(chat, QPoint(0, 0)),
                         send->mapTo(chat, QPoint(send->width() - 1, send->height() - 1)));
        };
        QVERIFY2(row().width() <= ui::MessageDelegate::kMaxColumn &&
                     row().width() >= ui::MessageDelegate::kMaxColumn - 40,
                 qPrintable(QString::number(row().width())));
        QVERIFY(std::abs(row().center().x() - m_ui->chat()->width() / 2) <= 2);

        m_ui->main()->resize(900, 700);
        QTest::qWait(100);
        QVERIFY(m_ui->chat()->width() < ui::MessageDelegate::kMaxColumn);
        QVERIFY2(row().width() >= m_ui->chat()->width() - 40,
                 qPrintable(QString::number(row().width())));
    }

    void emptyConversationSaysWhatToDo()
    {
        const auto room = m_ui->ws->conversations().createGroup(
            idOf(kAda), QStringLiteral("Quiet group"),
            {idOf(kGrace), idOf(QStringLiteral("linus@example.org"))});
        QVERIFY(room);
        m_ui->main()->openConversation(room->id);
        QTest::qWait(50);
        QCOMPARE(m_ui->chat()->model()->rowCount(), 0);
        QVERIFY2(messages()->accessibleDescription().contains(QStringLiteral("No messages yet")),
                 qPrintable(messages()->accessibleDescription()));
        // Painted, not only said: the empty list is not blank.
        const auto [mean, share] = lightness(messages()->viewport()->grab().toImage());
        Q_UNUSED(mean);
        QVERIFY(share < 0.995);

        m_ui->type(QStringLiteral("First!"));
        QTRY_COMPARE(m_ui->chat()->model()->rowCount(), 1);
        QVERIFY(messages()->accessibleDescription().isEmpty());
    }

    void darkPaletteIsFollowed()
    {
        m_ui->main()->openConversation(m_ui->directChat(kAda, kGrace));
        QTest::qWait(50);
        const auto [lightMean, lightShare] = lightness(messages()->viewport()->grab().toImage());
        ui::Theme::applyScheme(ui::Theme::Scheme::Dark);
        QTest::qWait(50);
        const QImage dark = messages()->viewport()->grab().toImage();
        const auto [darkMean, darkShare] = lightness(dark);
        ui::Theme::applyScheme(ui::Theme::Scheme::Light);
        QVERIFY2(lightMean > 180, qPrintable(QString::number(lightMean)));
        // Dark everywhere (no light fills left from a light theme), with light text on it.
        QVERIFY2(darkMean < 70, qPrintable(QString::number(darkMean)));
        QVERIFY2(darkShare > 0.002 && darkShare < 0.1, qPrintable(QString::number(darkShare)));
        // The avatars take the dark palette's colours.
        const QColor grace =
            ui::Avatar::color(ui::Avatar::personKey(idOf(kGrace)), messages()->palette());
        QVERIFY(grace != ui::Avatar::color(ui::Avatar::personKey(idOf(kGrace)), lightPalette()));
    }

    void dialogButtonsHaveNoStockPictures()
    {
        const QString previous = QApplication::style()->name();
        QApplication::setStyle(ui::Theme::makeStyle(new IconsOnButtonsStyle));
        QDialog dialog;
        QDialogButtonBox *box = ui::buttonBox(&dialog, QStringLiteral("Invite"));
        QVERIFY(box->button(QDialogButtonBox::Ok)->icon().isNull());
        QVERIFY(box->button(QDialogButtonBox::Cancel)->icon().isNull());
        QMessageBox message(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
                            QMessageBox::Yes | QMessageBox::No);
        QVERIFY(message.button(QMessageBox::Yes)->icon().isNull());
        // The desktop's own style does put them there: the check above can fail.
        QApplication::setStyle(new IconsOnButtonsStyle);
        QDialogButtonBox stock(QDialogButtonBox::Ok);
        QVERIFY(!stock.button(QDialogButtonBox::Ok)->icon().isNull());
        QApplication::setStyle(previous);
    }
};

QTEST_MAIN(TestUiLook)
#include "tst_ui_look.moc"
