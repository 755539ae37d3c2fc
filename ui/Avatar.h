#pragma once

#include <QColor>
#include <QString>

class QPainter;
class QPalette;
class QRect;

namespace carillon::ui {

// A person's (or a room's) picture until people can set one: their initials on a colour of
// their own. Painted by the delegates, never a widget per row.
namespace Avatar {
enum class Shape
{
    Circle, // a person
    Square  // a room or a group: a rounded square, so it never passes for a person
};

// What the avatar shows, from a display name (plain text, as typed): the first letters of the
// first and last words ("Grace Brewster Hopper" -> "GH"); one character for a name written in
// Chinese, Japanese or Korean ("山田 太郎" -> "山"), where two would be half a name and too
// wide; a name of emoji only shows its first emoji, whole (skin tones and joined sequences
// included). Invisible characters (direction overrides, zero-width spaces) never count.
// "?" when nothing is left.
QString initials(const QString &displayName);

// The fill for someone, from a stable key (their profile id or address): the same on every run,
// every device and every hash seed, and spread over 48 hues and shades so that people in one
// list rarely share one. Derived from the palette: muted on a dark window, and always dark
// enough for white initials (contrast 4.5:1 or more).
QColor color(const QString &key, const QPalette &palette);

// Keys, so a person's colour is the same in the chat list, the contacts and the messages.
QString personKey(qint64 profileId);
QString conversationKey(qint64 conversationId);

void paint(QPainter *painter, const QRect &rect, const QString &displayName, const QString &key,
           const QPalette &palette, Shape shape = Shape::Circle);

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);
} // namespace Avatar

} // namespace carillon::ui
