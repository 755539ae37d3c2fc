#include "ui/Theme.h"

#include "core/EnumNames.h"

#include <QApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QPointer>
#include <QProxyStyle>
#include <QResource>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>
#include <cstring>

namespace carillon::ui {

namespace Theme {

namespace {
constexpr int kGlyphSizes[] = {16, 24, 32, 48, 64, 128}; // the renditions ui/CMakeLists.txt makes
constexpr int kLargestGlyph = std::end(kGlyphSizes)[-1];

// A glyph from its renditions (raw pixels made at build time), read only when a size is first
// painted. QIcon::addFile would read every file at once and, to sniff the format, load every
// image-format plugin (and QtSvg and libjpeg with them): milliseconds at start for pixels
// nobody has asked for yet.
class GlyphEngine final : public QIconEngine
{
public:
    explicit GlyphEngine(QLatin1StringView name) : m_name(name) {}

    QIconEngine *clone() const override { return new GlyphEngine(*this); }
    QString key() const override { return QStringLiteral("carillon-glyph"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return false; }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (int side : kGlyphSizes)
            sizes.append(QSize(side, side));
        return sizes;
    }

    // Square, never larger than asked nor than the largest rendition.
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min({size.width(), size.height(), kLargestGlyph});
        return QSize(side, side);
    }

    // size is in device pixels (QIcon scales it for high-DPI screens before asking).
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const int side = actualSize(size, mode, state).width();
        if (side <= 0)
            return {};
        const QString cacheKey =
            QStringLiteral("carillon-glyph:%1:%2:%3").arg(m_name).arg(side).arg(int(mode));
        QPixmap result;
        if (QPixmapCache::find(cacheKey, &result))
            return result;
        // The smallest rendition at least that big (there is one: side <= kLargestGlyph).
        const int rendition =
            *std::lower_bound(std::begin(kGlyphSizes), std::end(kGlyphSizes), side);
        // Raw pixels (see ui/CMakeLists.txt): nothing to decode but rcc's compression.
        const QByteArray pixels =
            QResource(QStringLiteral(":/glyphs/%1-%2.argb").arg(m_name).arg(rendition))
                .uncompressedData();
        if (pixels.size() == qsizetype(rendition) * rendition * 4) {
            QImage image(rendition, rendition, QImage::Format_ARGB32_Premultiplied);
            std::memcpy(image.bits(), pixels.constData(), size_t(pixels.size()));
            result = QPixmap::fromImage(std::move(image));
        }
        if (result.isNull())
            return result;
        if (rendition != side)
            result = result.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (mode != QIcon::Normal) {
            QStyleOption option;
            option.palette = QGuiApplication::palette();
            result = QApplication::style()->generatedIconPixmap(mode, result, &option);
        }
        QPixmapCache::insert(cacheKey, result);
        return result;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pixels = pixmap(rect.size() * ratio, mode, state);
        if (pixels.isNull())
            return;
        pixels.setDevicePixelRatio(ratio);
        const QSize shown = pixels.deviceIndependentSize().toSize();
        painter->drawPixmap(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, shown, rect),
                            pixels);
    }

private:
    QString m_name;
};

// A style's standard icon, made only when first drawn. Styles make theirs with QIcon::addFile,
// which loads every image-format plugin to sniff the file type; the menu bar asks for its
// overflow arrow while it is built, so every window with a menu bar paid for the plugins at
// start even though the arrow is rarely shown.
class DeferredIconEngine final : public QIconEngine
{
public:
    DeferredIconEngine(const QStyle *style, QStyle::StandardPixmap which,
                       const QStyleOption *option, const QWidget *widget)
        : m_style(style), m_which(which), m_widget(widget)
    {
        if (option)
            m_palette = option->palette;
    }

    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }
    QString key() const override { return QStringLiteral("carillon-deferred"); }
    // Not made just to answer this (which would undo the deferral): a standard icon is
    // taken to exist until it is drawn.
    bool isNull() override { return m_made ? m_icon.isNull() : false; }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return made().availableSizes(mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return made().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return made().pixmap(size, 1.0, mode, state);
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        made().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

private:
    const QIcon &made()
    {
        if (!m_made) {
            QStyleOption option;
            option.palette = m_palette;
            // The widget may be gone by now; the styles use it only for its palette and screen.
            // So may the style (the colour scheme changed since): then the current one draws.
            const QStyle *style = m_style ? m_style.data() : QApplication::style();
            m_icon = style->standardIcon(m_which, &option, m_widget.data());
            m_made = true;
        }
        return m_icon;
    }

    QPointer<const QStyle> m_style;
    QStyle::StandardPixmap m_which;
    QPointer<const QWidget> m_widget;
    QPalette m_palette;
    QIcon m_icon;
    bool m_made = false;
};

// The desktop's style (or Fusion) with deferred standard icons.
class CarillonStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option,
                       const QWidget *widget) const override
    {
        return QIcon(new DeferredIconEngine(baseStyle(), which, option, widget));
    }
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        // GNOME's and KDE's platform themes put a tick on OK and a cross on Cancel: stock
        // pictures that say less than the buttons' own words ("Invite", "Start chat").
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};
} // namespace

QStyle *makeStyle(QStyle *base)
{
    return base ? new CarillonStyle(base) : new CarillonStyle();
}

const QIcon &icon(Glyph glyph)
{
    static const char *const files[] = {"carillon", "bot",    "attach", "send",  "file",
                                        "image",    "person", "room",   "group", "meeting"};
    static QIcon cache[std::size(files)];
    QIcon &slot = cache[int(glyph)];
    if (slot.isNull())
        slot = QIcon(new GlyphEngine(QLatin1StringView(files[int(glyph)])));
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
    static bool desktopStyleInstalled = false;
    static const QPalette system = QApplication::palette();
    if (scheme == Scheme::System) {
        // Without a base, the proxy takes the desktop's style.
        if (!desktopStyleInstalled)
            QApplication::setStyle(makeStyle());
        desktopStyleInstalled = true;
        QApplication::setPalette(system);
        return;
    }
    // Fusion draws every control from the palette, so both schemes look whole.
    QApplication::setStyle(makeStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    desktopStyleInstalled = false;
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
        // Sunken rules and frames are drawn with these: white ones glare on a dark window.
        p.setColor(QPalette::Light, QColor(0x44474e));
        p.setColor(QPalette::Midlight, QColor(0x383a40));
        p.setColor(QPalette::Dark, QColor(0x18191b));
        p.setColor(QPalette::Shadow, QColor(0x0e0f10));
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

namespace {
constexpr EnumName<Scheme> kSchemes[] = {
    {Scheme::System, "system"},
    {Scheme::Light, "light"},
    {Scheme::Dark, "dark"},
};
} // namespace

Scheme schemeFromName(const QString &name)
{
    Scheme scheme = Scheme::System; // an unknown saved name follows the system
    valueOf(kSchemes, name, &scheme);
    return scheme;
}

QString schemeName(Scheme scheme)
{
    return nameOf(kSchemes, scheme);
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
