#include "assistant/CommandParser.h"

#include <QRegularExpression>

namespace carillon::CommandParser {

namespace {
const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

QString collapseSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        // QChar::isSpace covers NBSP, narrow NBSP, the en/em spaces and line breaks.
        if (c.isSpace() || c == QChar(0x200B) || c == QChar(0xFEFF)) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out.append(QLatin1Char(' '));
        space = false;
        out.append(c);
    }
    return out;
}

bool isQuote(QChar c)
{
    static const QString quotes = QStringLiteral("\"'\u201C\u201D\u2018\u2019\u201E\u00AB\u00BB`");
    return quotes.contains(c);
}

// Strips trailing '.'/'!' and wrapping quotes, in any nesting ("Delete me."!, 'Help').
QString stripDecoration(QString text)
{
    for (bool changed = true; changed && !text.isEmpty();) {
        changed = false;
        while (!text.isEmpty() &&
               (text.back() == QLatin1Char('.') || text.back() == QLatin1Char('!'))) {
            text.chop(1);
            changed = true;
        }
        if (text.size() >= 2 && isQuote(text.front()) && isQuote(text.back())) {
            text = text.mid(1, text.size() - 2);
            changed = true;
        }
        const QString trimmed = text.trimmed();
        changed = changed || trimmed.size() != text.size();
        text = trimmed;
    }
    return text;
}

struct Phrase
{
    ParsedCommand::Kind kind;
    QStringList words;
};
} // namespace

QString normalizeCode(const QString &text)
{
    if (text.size() != kCodeLength)
        return {};
    // Upper-casing may lengthen the text ("ß" becomes "SS"): check the length again.
    QString code = text.toUpper();
    if (code.size() != kCodeLength)
        return {};
    for (QChar &c : code) {
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (!kAlphabet.contains(c))
            return {};
    }
    return code;
}

ParsedCommand parse(const QString &text)
{
    static const Phrase phrases[] = {
        {ParsedCommand::Kind::GetAttachments,
         {QStringLiteral("get"), QStringLiteral("my"), QStringLiteral("attachments")}},
        {ParsedCommand::Kind::DeleteMe, {QStringLiteral("delete"), QStringLiteral("me")}},
        {ParsedCommand::Kind::Help, {QStringLiteral("help")}},
    };
    const QString clean = stripDecoration(collapseSpaces(text));
    const QString lower = clean.toLower();
    for (const Phrase &phrase : phrases) {
        // Walk the words; single spaces between them (already collapsed).
        qsizetype pos = 0;
        bool matched = true;
        for (qsizetype i = 0; i < phrase.words.size() && matched; ++i) {
            if (i > 0) {
                if (pos >= lower.size() || lower.at(pos) != QLatin1Char(' ')) {
                    matched = false;
                    break;
                }
                ++pos;
            }
            matched = lower.mid(pos, phrase.words[i].size()) == phrase.words[i];
            pos += phrase.words[i].size();
        }
        if (!matched)
            continue;
        ParsedCommand parsed;
        parsed.kind = phrase.kind;
        if (pos == lower.size())
            return parsed;
        // A space, or a colon/comma/dash someone put between command and code.
        const bool spaced = QStringLiteral(" :,-").contains(lower.at(pos));
        if (spaced && lower.at(pos) != QLatin1Char(' '))
            ++pos;
        // The code may also be wrapped in quotes of its own ("Delete me 'K7Q2M9XD'").
        const QString rest = stripDecoration(clean.mid(pos).trimmed());
        const QString code = normalizeCode(rest);
        if (phrase.kind == ParsedCommand::Kind::Help)
            return {}; // "Helpful", "Help me": not the Help command
        if (!spaced && code.isEmpty())
            return {}; // "Delete meeting", "Get my attachmentsplease": a different word
        parsed.argument = code.isEmpty() ? rest.toUpper() : code;
        parsed.isCode = !code.isEmpty();
        return parsed;
    }
    return {};
}

} // namespace carillon::CommandParser
