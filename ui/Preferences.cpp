#include "ui/Preferences.h"

#include <QSettings>

namespace carillon::ui {

Preferences Preferences::load()
{
    QSettings settings;
    Preferences p;
    p.language = settings.value(QStringLiteral("ui/language"), p.language).toString();
    p.scheme = settings.value(QStringLiteral("ui/scheme"), p.scheme).toString();
    p.notifications = settings.value(QStringLiteral("ui/notifications"), p.notifications).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.setValue(QStringLiteral("ui/scheme"), scheme);
    settings.setValue(QStringLiteral("ui/notifications"), notifications);
}

SignInPlace SignInPlace::load()
{
    QSettings settings;
    SignInPlace place;
    place.onServer = settings.value(QStringLiteral("signIn/onServer"), false).toBool();
    place.address = settings.value(QStringLiteral("signIn/serverAddress")).toString();
    return place;
}

void SignInPlace::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("signIn/onServer"), onServer);
    settings.setValue(QStringLiteral("signIn/serverAddress"), address);
}

} // namespace carillon::ui
