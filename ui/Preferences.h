#pragma once

#include <QString>

namespace carillon::ui {

// The person's preferences for this computer (QSettings, ~/.config/carillon/carillon.conf):
// language, colour scheme and notifications. Settings that belong to a data folder (the link
// port, the demo's export delay) live in that folder instead. Secrets never live here.
struct Preferences
{
    QString language = QStringLiteral("system"); // "system", "en", "de", "ja"
    QString scheme = QStringLiteral("system");   // "system", "light", "dark"
    bool notifications = true;

    static Preferences load();
    void save() const;
};

} // namespace carillon::ui
