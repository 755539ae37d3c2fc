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

// Where the person last signed in from the sign-in screen: this computer's data folder or a
// Carillon server (its address as typed, kept when they switch back so it need not be typed
// again). The next start opens the same place. Not a secret: the session token is in the
// keychain.
struct SignInPlace
{
    bool onServer = false;
    QString address;

    static SignInPlace load();
    void save() const;
};

} // namespace carillon::ui
