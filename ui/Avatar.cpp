#include "ui/Avatar.h"

#include <QPainter>
#include <QPalette>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>

namespace carillon::ui::Avatar {

namespace {
bool invisible(char32_t c)
{
    // Direction overrides and zero-width characters would make an empty or reversed avatar;
    // the zero-width joiner stays, it holds emoji sequences (👩‍💻) together.
    const QChar::Category category = QChar::category(c);
    return (category == QChar::Other_Format && c != 0x200D) || category == QChar::Other_Control;
}

QString withoutInvisibles(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        if (!invisible(c))
            out.append(QString::fromUcs4(&c, 1));
    }
    return out;
}

char32_t firstCodePoint(const QString &text)
{
    const QList<uint> points = text.left(2).toUcs4();
    return points.isEmpty() ? 0 : points.first();
}

bool writtenInCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

// FNV-1a (32 bits) over the key's UTF-8: qHash is seeded per process, and a colour must not
// change between runs.
quint32 stableHash(const QString &key)
{
    quint32 hash = 2166136261u;
    for (const char byte : key.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash;
}

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}
} // namespace

QString initials(const QString &displayName)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList letters;
    QString firstSymbol;
    for (const QString &word : withoutInvisibles(displayName).split(spaces, Qt::SkipEmptyParts)) {
        // The word's first letter or digit as a whole grapheme (a letter with its accents, an
        // emoji with its modifiers), past any leading punctuation: "(Ada)" -> "A".
        QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, word);
        for (qsizetype start = 0, end = 0; (end = clusters.toNextBoundary()) > 0; start = end) {
            const QString cluster = word.mid(start, end - start);
            const char32_t c = firstCodePoint(cluster);
            if (QChar::isLetterOrNumber(c)) {
                letters.append(cluster);
                break;
            }
            if (QChar::category(c) == QChar::Symbol_Other) {
                if (firstSymbol.isEmpty())
                    firstSymbol = cluster;
                break;
            }
        }
    }
    if (letters.isEmpty())
        return firstSymbol.isEmpty() ? QStringLiteral("?") : firstSymbol;
    const QString first = letters.first().toUpper();
    if (letters.size() == 1 || writtenInCjk(firstCodePoint(first)))
        return first;
    return first + letters.last().toUpper();
}

QColor color(const QString &key, const QPalette &palette)
{
    const quint32 hash = stableHash(key);
    const double hue = double(hash % 24) * 15.0 / 360.0;
    const bool deeper = (hash / 24) % 2;
    // On a dark window saturated fills glare: the same hues, calmer.
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    const double saturation = dark ? 0.45 : 0.62;
    double lightness = 0.46;
    QColor fill = QColor::fromHslF(float(hue), float(saturation), float(lightness));
    // Yellows and greens are bright at any lightness: darken until white reads on them.
    while (contrast(fill, Qt::white) < 4.5 && lightness > 0.1) {
        lightness -= 0.02;
        fill = QColor::fromHslF(float(hue), float(saturation), float(lightness));
    }
    // The deeper shade of each hue after that, so the two never meet.
    return deeper ? QColor::fromHslF(float(hue), float(saturation), float(lightness - 0.09)) : fill;
}

QString personKey(qint64 profileId)
{
    return QStringLiteral("person:%1").arg(profileId);
}

QString conversationKey(qint64 conversationId)
{
    return QStringLiteral("conversation:%1").arg(conversationId);
}

void paint(QPainter *painter, const QRect &rect, const QString &displayName, const QString &key,
           const QPalette &palette, Shape shape)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color(key, palette));
    if (shape == Shape::Circle)
        painter->drawEllipse(rect);
    else
        painter->drawRoundedRect(rect, rect.width() * 0.25, rect.height() * 0.25);
    const QString text = initials(displayName);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(std::max(8, int(rect.height() * (text.size() > 1 ? 0.38 : 0.46))));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace carillon::ui::Avatar
