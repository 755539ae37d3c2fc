// The embedded translations load: German and Japanese replace the assistant's sentences but keep
// its English command words, and English supplies the plural forms ("1 day", "7 days").

#include "assistant/AssistantConfig.h"
#include "core/AssistantTexts.h"
#include "translations/Translations.h"

#include <QTest>

using namespace carillon;

namespace {
constexpr qint64 kHour = 60 * AssistantConfig::kMinute;
constexpr qint64 kDay = AssistantConfig::kDay;
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QString m_notUnderstood; // the source text, read before any translation is installed

private slots:
    void initTestCase()
    {
        m_notUnderstood = AssistantTexts::notUnderstood();
        QVERIFY(m_notUnderstood.startsWith(QLatin1String("Sorry")));
    }

    void cleanupTestCase() { installTranslations(QLocale(QLocale::English)); }

    void englishPlurals()
    {
        installTranslations(QLocale(QLocale::English));
        QCOMPARE(AssistantTexts::duration(kDay), QStringLiteral("1 day"));
        QCOMPARE(AssistantTexts::duration(7 * kDay), QStringLiteral("7 days"));
        QCOMPARE(AssistantTexts::duration(kHour), QStringLiteral("1 hour"));
        QCOMPARE(AssistantTexts::duration(10 * AssistantConfig::kMinute),
                 QStringLiteral("10 minutes"));
        QCOMPARE(AssistantTexts::notUnderstood(), m_notUnderstood);
    }

    void german()
    {
        installTranslations(QLocale(QLocale::German));
        const QString reply = AssistantTexts::notUnderstood();
        QVERIFY2(reply != m_notUnderstood, qPrintable(reply));
        QVERIFY2(reply.startsWith(QLatin1String("Entschuldigung")), qPrintable(reply));
        for (const char *command : {"Help", "Get my attachments", "Delete me"})
            QVERIFY2(reply.contains(QLatin1String(command)), command);
        QCOMPARE(AssistantTexts::duration(kDay), QStringLiteral("1 Tag"));
        QCOMPARE(AssistantTexts::duration(7 * kDay), QStringLiteral("7 Tage"));
        QCOMPARE(AssistantTexts::duration(kHour), QStringLiteral("1 Stunde"));

        const AssistantConfig config;
        AssistantInfoPayload durations;
        durations.codeValidityMs = config.codeValidityMs;
        durations.exportDelayMs = config.exportDelayMs;
        durations.linkLifetimeMs = config.linkLifetimeMs;
        durations.cooldownMs = config.cooldownMs;
        const QString help = AssistantTexts::help(durations);
        QVERIFY2(help.contains(QLatin1String("alle 7 Tage")), qPrintable(help));
        QVERIFY(help.contains(QLatin1String("Get my attachments")));
        QVERIFY(help.contains(QLatin1String("Delete me")));
        QVERIFY2(!help.contains(QLatin1String("(s)")), qPrintable(help));

        DeletionPreviewPayload preview;
        preview.messages = 1;
        preview.attachments = 3;
        preview.email = QStringLiteral("a@b.c");
        const QString erased = AssistantTexts::deletionPreview(preview);
        QVERIFY2(erased.contains(QLatin1String("- 1 Nachricht,")), qPrintable(erased));
        QVERIFY2(erased.contains(QStringLiteral("- 3 Anhänge,")), qPrintable(erased));
    }

    void japanese()
    {
        installTranslations(QLocale(QLocale::Japanese));
        const QString reply = AssistantTexts::notUnderstood();
        QVERIFY2(reply != m_notUnderstood, qPrintable(reply));
        for (const char *command : {"Help", "Get my attachments", "Delete me"})
            QVERIFY2(reply.contains(QLatin1String(command)), command);
        QCOMPARE(AssistantTexts::duration(kDay), QStringLiteral("1日"));
        QCOMPARE(AssistantTexts::duration(7 * kDay), QStringLiteral("7日"));
        QCOMPARE(AssistantTexts::duration(kHour), QStringLiteral("1時間"));
    }

    // Found by fuzz_assistant_render (tests/fuzz/crashers/assistant_render/): a cooldown
    // refusal whose payload lacks a time, or whose times run backwards, read "once every %n
    // hour" (tr() leaves %n alone for a negative count), and times far apart overflowed;
    // negative counts did the same.
    void damagedPayloadsReadWell_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en") << QLocale(QLocale::English);
        QTest::newRow("de") << QLocale(QLocale::German);
        QTest::newRow("ja") << QLocale(QLocale::Japanese);
    }

    void damagedPayloadsReadWell()
    {
        QFETCH(QLocale, locale);
        installTranslations(locale);
        Message refusal;
        refusal.kind = MessageKind::Refusal;
        refusal.body = QStringLiteral("the body stored with it");
        refusal.payload = {{QStringLiteral("reason"), QStringLiteral("cooldown")},
                           {QStringLiteral("lastRequestAt"), qint64(1'800'000'000'000)}};
        QCOMPARE(AssistantTexts::render(refusal), refusal.body); // a fact is missing

        // Backwards; then so far apart that the difference overflows: for the cooldown and for
        // the wait after too many wrong codes.
        for (const char *reason : {"cooldown", "too-many-codes"}) {
            refusal.payload[QStringLiteral("reason")] = QLatin1String(reason);
            for (const qint64 last :
                 {qint64(1'800'000'000'000), qint64(-9'000'000'000'000'000'000)}) {
                refusal.payload[QStringLiteral("lastRequestAt")] = last;
                refusal.payload[QStringLiteral("availableAt")] = last > 0 ? 0 : -last;
                const QString text = AssistantTexts::render(refusal);
                QVERIFY2(text != refusal.body && !text.contains(QLatin1Char('%')),
                         qPrintable(text));
            }
        }
        QCOMPARE(AssistantTexts::duration(-kHour), AssistantTexts::duration(0));

        // Counts below zero read as none (crashers/assistant_render/negative-link-count).
        Message delivered;
        delivered.kind = MessageKind::ExportDelivered;
        delivered.payload = {{QStringLiteral("linkCount"), -3},
                             {QStringLiteral("expiresAt"), qint64(1'800'000'000'000)}};
        const QString text = AssistantTexts::render(delivered);
        QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
        delivered.payload[QStringLiteral("linkCount")] = 0;
        QCOMPARE(text, AssistantTexts::render(delivered));
    }

    void backToEnglish()
    {
        installTranslations(QLocale(QLocale::English));
        QCOMPARE(AssistantTexts::notUnderstood(), m_notUnderstood);
        QCOMPARE(AssistantTexts::duration(2 * kHour), QStringLiteral("2 hours"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
