#include "ui/SafeText.h"

#include <QEvent>
#include <QMessageBox>
#include <QTextDocument>

namespace carillon::ui {

namespace {
bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F;
}

bool isInvisible(char16_t c)
{
    return isBidiControl(c) || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

// Widest a label asks to be: whatever the text, the layout decides the rest.
constexpr int kMaxHintWidth = 320;
} // namespace

QString visibleFileName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (isInvisible(c.unicode()))
            out += QStringLiteral("⟨U+%1⟩").arg(
                QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        else
            out += c;
    }
    return out;
}

QString inSentence(const QString &text, int maxChars)
{
    QString out = text;
    if (out.size() > maxChars) {
        qsizetype cut = maxChars;
        if (out.at(cut).isLowSurrogate())
            --cut; // never split a character in two
        out = out.left(cut) + QStringLiteral("…");
    }
    if (std::any_of(out.cbegin(), out.cend(), [](QChar c) { return isBidiControl(c.unicode()); }))
        out = QChar(0x2068) + out + QChar(0x2069);
    return out;
}

QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

void makePlain(QMessageBox &box)
{
    box.setTextFormat(Qt::PlainText);
}

ElidedLabel::ElidedLabel(QWidget *parent, Qt::TextElideMode mode) : QLabel(parent), m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    // Preferred up to its (capped) hint, down to almost nothing: never a minimum from the text.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_full = text;
    setAccessibleName(text);
    elide();
    updateGeometry();
}

QSize ElidedLabel::sizeHint() const
{
    // From the full text, not the elided one, so the hint does not follow the width it got.
    const int margins = contentsMargins().left() + contentsMargins().right() + 2 * margin();
    const int wanted = fontMetrics().horizontalAdvance(oneLine()) + margins;
    return {std::min(wanted, kMaxHintWidth), QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {std::min(QLabel::minimumSizeHint().width(), 40), QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

QString ElidedLabel::oneLine() const
{
    return QString(m_full).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

void ElidedLabel::elide()
{
    const QString shown = fontMetrics().elidedText(oneLine(), m_mode, std::max(width(), 1));
    setText(shown);
    setToolTip(shown == m_full ? QString() : plainToolTip(m_full));
}

} // namespace carillon::ui
