#pragma once

// Included once by every test that shows windows: the tests see the same desktop whatever the
// machine they run on. Settings go to a private temporary store (never the person's
// ~/.config/carillon, and no test sees another's), and formats and texts are English (United
// States) on a German or Japanese desktop too. Runs as soon as the application object exists,
// before any test reads a setting.

#include "ui/AppController.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

namespace carillon::test {

inline QTemporaryDir &privateSettingsFolder()
{
    static QTemporaryDir folder;
    return folder;
}

inline void isolateDesktop()
{
    const QString settings = privateSettingsFolder().path();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ui::setUpLocale(QStringLiteral("en"));
}

} // namespace carillon::test

namespace {
void isolateTestDesktop()
{
    carillon::test::isolateDesktop();
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(isolateTestDesktop)
