#include "Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace carillon::ui {

namespace Theme {

namespace {
QIcon fromPngs(const char *name)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128})
        icon.addFile(QStringLiteral(":/glyphs/%1-%2.png").arg(QLatin1String(name)).arg(size),
                     QSize(size, size));
    return icon;
}
} // namespace

const QIcon &icon(Glyph glyph)
{
    static const char *const files[] = {"carillon", "bot",    "attach", "send",  "file",
                                        "image",    "person", "room",   "group", "meeting"};
    static QIcon cache[std::size(files)];
    QIcon &slot = cache[int(glyph)];
    if (slot.isNull())
        slot = fromPngs(files[int(glyph)]);
    return slot;
}

const QIcon &windowIcon()
{
    return icon(Glyph::App);
}

void markAsError(QWidget *widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, QColor(0xdc2626));
    widget->setPalette(palette);
}

void applyScheme(Scheme scheme)
{
    static const QPalette system = QApplication::palette();
    static const QString systemStyle = QApplication::style()->name();
    if (scheme == Scheme::System) {
        QApplication::setStyle(systemStyle);
        QApplication::setPalette(system);
        return;
    }
    // Fusion draws every control from the palette, so both schemes look whole.
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette p;
    if (scheme == Scheme::Dark) {
        const QColor window(0x2b2d31), base(0x1e1f22), text(0xe6e6e6), button(0x383a40);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0x26282c));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, button);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::ToolTipBase, button);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(0x9a9ca3));
        p.setColor(QPalette::Mid, QColor(0x4a4d55));
        p.setColor(QPalette::Highlight, QColor(0x2f6fde));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x7aa7ff));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x777777));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x777777));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x777777));
    } else {
        p = QApplication::style()->standardPalette();
        p.setColor(QPalette::Highlight, QColor(0x2f6fde));
        p.setColor(QPalette::HighlightedText, Qt::white);
    }
    QApplication::setPalette(p);
}

Scheme schemeFromName(const QString &name)
{
    if (name == QLatin1String("dark"))
        return Scheme::Dark;
    if (name == QLatin1String("light"))
        return Scheme::Light;
    return Scheme::System;
}

QString schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Dark:
        return QStringLiteral("dark");
    case Scheme::Light:
        return QStringLiteral("light");
    case Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace Theme

TonedFrame::TonedFrame(Tone tone, QWidget *parent) : QFrame(parent), m_tone(tone) {}

void TonedFrame::setTone(Tone tone)
{
    m_tone = tone;
    update();
}

void TonedFrame::paintEvent(QPaintEvent *event)
{
    if (m_tone == Tone::Plain) {
        QFrame::paintEvent(event);
        return;
    }
    QColor accent;
    switch (m_tone) {
    case Tone::Info:
        accent = QColor(0x2f6fde);
        break;
    case Tone::Danger:
        accent = QColor(0xdc2626);
        break;
    case Tone::Warning:
        accent = QColor(0xd97706);
        break;
    case Tone::Success:
        accent = QColor(0x16a34a);
        break;
    case Tone::Outline:
        accent = palette().color(QPalette::Mid);
        break;
    case Tone::Plain:
        break;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(r, 6, 6);
    QColor tint = accent;
    tint.setAlphaF(m_tone == Tone::Outline ? 0.0 : 0.07);
    QColor border = accent;
    border.setAlphaF(m_tone == Tone::Outline ? 1.0 : 0.45);
    painter.fillPath(shape, tint);
    painter.setPen(QPen(border, 1));
    painter.drawPath(shape);
    if (m_tone != Tone::Outline) {
        painter.setClipPath(shape);
        painter.fillRect(QRectF(r.left(), r.top(), 4, r.height()), accent);
    }
}

QSize BadgeLabel::sizeHint() const
{
    const QSize text = fontMetrics().size(Qt::TextSingleLine, this->text());
    return QSize(text.width() + 18, text.height() + 6);
}

void BadgeLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect r = QRect(QPoint(0, 0), sizeHint()).intersected(rect());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x7a4fd6));
    painter.drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
    painter.setPen(Qt::white);
    painter.drawText(r, Qt::AlignCenter, text());
}

} // namespace carillon::ui
