#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace carillon::ui {

// Runs `work` once `window` has painted its first frame (queued behind that paint, so the
// frame goes out first), or after `latestMs` if it never paints (hidden at once, never
// exposed). For start-up work nobody sees in the first frame: background services, hidden
// tabs, the tray icon. Skipped if `context` is destroyed first.
void afterFirstPaint(QWidget *window, QObject *context, std::function<void()> work,
                     int latestMs = 500);

} // namespace carillon::ui
