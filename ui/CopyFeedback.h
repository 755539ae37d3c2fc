#pragma once

#include <QString>

class QPushButton;

namespace carillon::ui {

// Copying gives no sign by itself: the button that copied says "Copied" for a moment, then
// reads as before. Its width stays (the row does not jump) and so does its accessible name,
// which automation and screen readers know it by; the description says what happened.
class CopyFeedback
{
public:
    static constexpr int kShownMs = 1500;
    static void copy(QPushButton *button, const QString &text);
};

} // namespace carillon::ui
