#pragma once

#include <QFrame>
#include <QIcon>
#include <QLabel>

class QStyle;

namespace carillon::ui {

// The client's few visual accents, painted from the system palette plus translucent tints that
// read on light and dark palettes alike. No application style sheet: it would slow down the
// creation of every widget.
namespace Theme {
enum class Glyph
{
    App,
    Bot,
    Attach,
    Send,
    File,
    Image,
    Person,
    Room,
    Group,
    Meeting
};
// One shared QIcon per glyph, drawn from renditions of its SVG made at build time and read
// only at the sizes painted.
const QIcon &icon(Glyph glyph);
// The application's icon as ready-made pixels, for window decorations and the tray.
const QIcon &windowIcon();
// Carillon's style over base (the desktop's when null): standard icons made only when drawn,
// and no stock tick-and-cross pictures on dialog buttons. applyScheme() installs it.
QStyle *makeStyle(QStyle *base = nullptr);
// Red text for a problem, in any palette.
void markAsError(QWidget *widget);
// The colour scheme: the system's, or a light or dark one of Carillon's own.
enum class Scheme
{
    System,
    Light,
    Dark
};
void applyScheme(Scheme scheme);
Scheme schemeFromName(const QString &name); // "system", "light", "dark"
QString schemeName(Scheme scheme);
} // namespace Theme

// A frame with a coloured accent bar on the left and a light tint of the same colour.
class TonedFrame : public QFrame
{
    Q_OBJECT
public:
    enum class Tone
    {
        Plain,
        Info,
        Danger,
        Warning,
        Success,
        Outline
    };
    explicit TonedFrame(Tone tone = Tone::Plain, QWidget *parent = nullptr);
    void setTone(Tone tone);
    Tone tone() const { return m_tone; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Tone m_tone;
};

// The small rounded "Webhook" badge in a conversation's header.
class BadgeLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace carillon::ui
