#pragma once

#include <QLocale>

namespace carillon {

// Loads Carillon's (and Qt's own) translations for the locale into the application. English
// is loaded too: it supplies the plural forms of "%n link(s)" and the like.
void installTranslations(const QLocale &locale = QLocale());

} // namespace carillon
