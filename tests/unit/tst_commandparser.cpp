// The assistant's command matching (SPEC §3): forgiving about case, white space, quotes,
// trailing punctuation and a glued code; strict about different words.

#include "assistant/CommandParser.h"

#include <QTest>

using namespace carillon;
using Kind = ParsedCommand::Kind;

Q_DECLARE_METATYPE(ParsedCommand::Kind)

class TestCommandParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<bool>("isCode");
        auto row = [](const char *name, const QString &input, Kind kind,
                      const QString &argument = {}, bool isCode = false) {
            QTest::newRow(name) << input << kind << argument << isCode;
        };
        const QString code = QStringLiteral("K7Q2M9XD");
        row("help", QStringLiteral("Help"), Kind::Help);
        row("help lower", QStringLiteral("help"), Kind::Help);
        row("help upper", QStringLiteral("HELP"), Kind::Help);
        row("help dot", QStringLiteral("Help."), Kind::Help);
        row("help bang", QStringLiteral("help!!"), Kind::Help);
        row("help quoted", QStringLiteral("\"Help\""), Kind::Help);
        row("help curly quoted", QStringLiteral("\u201CHelp\u201D"), Kind::Help);
        row("help spaces", QStringLiteral("   help \t\n"), Kind::Help);
        row("get", QStringLiteral("Get my attachments"), Kind::GetAttachments);
        row("get mixed case", QStringLiteral("gEt My AtTaChMeNtS"), Kind::GetAttachments);
        row("get repeated spaces", QStringLiteral("Get   my \t attachments"), Kind::GetAttachments);
        row("get nbsp", QStringLiteral("Get\u00A0my\u00A0attachments"), Kind::GetAttachments);
        row("get narrow nbsp", QStringLiteral("Get\u202Fmy attachments"), Kind::GetAttachments);
        row("get dot", QStringLiteral("Get my attachments."), Kind::GetAttachments);
        row("get single quotes", QStringLiteral("'Get my attachments'"), Kind::GetAttachments);
        row("get curly single", QStringLiteral("\u2018Get my attachments\u2019"),
            Kind::GetAttachments);
        row("get code", QStringLiteral("Get my attachments K7Q2M9XD"), Kind::GetAttachments, code,
            true);
        row("get glued code", QStringLiteral("Get my attachmentsK7Q2M9XD"), Kind::GetAttachments,
            code, true);
        row("get lower code", QStringLiteral("get my attachments k7q2m9xd"), Kind::GetAttachments,
            code, true);
        row("get code dot", QStringLiteral("Get my attachments K7Q2M9XD."), Kind::GetAttachments,
            code, true);
        row("get quoted whole", QStringLiteral("\u201CGet my attachments K7Q2M9XD\u201D"),
            Kind::GetAttachments, code, true);
        row("get quoted code", QStringLiteral("Get my attachments \"K7Q2M9XD\""),
            Kind::GetAttachments, code, true);
        row("get colon code", QStringLiteral("Get my attachments: K7Q2M9XD"), Kind::GetAttachments,
            code, true);
        row("get look-alikes", QStringLiteral("Get my attachments K7Q2M9XO"), Kind::GetAttachments,
            QStringLiteral("K7Q2M9X0"), true);
        row("get nbsp code", QStringLiteral("Get my attachments\u00A0K7Q2M9XD"),
            Kind::GetAttachments, code, true);
        row("get garbage", QStringLiteral("Get my attachments please"), Kind::GetAttachments,
            QStringLiteral("PLEASE"), false);
        row("get short code", QStringLiteral("Get my attachments K7Q2"), Kind::GetAttachments,
            QStringLiteral("K7Q2"), false);
        row("get code with U", QStringLiteral("Get my attachments K7Q2M9XU"), Kind::GetAttachments,
            QStringLiteral("K7Q2M9XU"), false);
        row("delete", QStringLiteral("Delete me"), Kind::DeleteMe);
        row("delete bang", QStringLiteral("delete me!"), Kind::DeleteMe);
        row("delete code", QStringLiteral("Delete me K7Q2M9XD"), Kind::DeleteMe, code, true);
        row("delete glued", QStringLiteral("Delete meK7Q2M9XD"), Kind::DeleteMe, code, true);
        row("delete glued lower", QStringLiteral("delete mek7q2m9xd!"), Kind::DeleteMe, code, true);
        row("delete two codes", QStringLiteral("Delete me K7Q2M9XD K7Q2M9XD"), Kind::DeleteMe,
            QStringLiteral("K7Q2M9XD K7Q2M9XD"), false);
        // Near misses: different words, never a command.
        row("helpful", QStringLiteral("Helpful"), Kind::Unknown);
        row("help me", QStringLiteral("help me"), Kind::Unknown);
        row("delete meeting", QStringLiteral("Delete meeting"), Kind::Unknown);
        row("delete my", QStringLiteral("Delete my account"), Kind::Unknown);
        row("get attachments", QStringLiteral("Get attachments"), Kind::Unknown);
        row("get my attachment", QStringLiteral("Get my attachment"), Kind::Unknown);
        row("get my attachmentsx", QStringLiteral("Get my attachmentsplease"), Kind::Unknown);
        row("getmy", QStringLiteral("Getmy attachments"), Kind::Unknown);
        row("prefix", QStringLiteral("Please delete me"), Kind::Unknown);
        row("empty", QString(), Kind::Unknown);
        row("only quotes", QStringLiteral("\"\""), Kind::Unknown);
        row("hello", QStringLiteral("hello"), Kind::Unknown);
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(Kind, kind);
        QFETCH(QString, argument);
        QFETCH(bool, isCode);
        const ParsedCommand parsed = CommandParser::parse(input);
        QCOMPARE(parsed.kind, kind);
        QCOMPARE(parsed.argument, argument);
        QCOMPARE(parsed.isCode, isCode);
    }

    void normalizeCode()
    {
        QCOMPARE(CommandParser::normalizeCode(QStringLiteral("abcdefgh")),
                 QStringLiteral("ABCDEFGH"));
        QCOMPARE(CommandParser::normalizeCode(QStringLiteral("oOiIlL01")),
                 QStringLiteral("00111101"));
        QVERIFY(CommandParser::normalizeCode(QStringLiteral("ABCDEFGU")).isEmpty());
        QVERIFY(CommandParser::normalizeCode(QStringLiteral("ABCDEFG")).isEmpty());
        QVERIFY(CommandParser::normalizeCode(QStringLiteral("ABCDEFGHJ")).isEmpty());
        QVERIFY(CommandParser::normalizeCode(QStringLiteral("ABCD-FGH")).isEmpty());
        // Found by fuzzing: upper-casing "ß" gives "SS", one character more than was typed.
        QVERIFY(CommandParser::normalizeCode(QStringLiteral("\u00DFABCDEFG")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandParser)
#include "tst_commandparser.moc"
