#pragma once

#include "core/Result.h"

#include <QString>

namespace carillon {

// Where a profile's data lives. A profile is a named, separate data folder: "default" for
// real use, "demo" for the offline demonstration (demo data set and movable clock).
namespace AppPaths {
QString defaultProfile();
bool isDemoProfile(const QString &profile);
Result<QString> checkProfileName(const QString &profile);
// CARILLON_DATA_DIR wins, then the platform's data folder (~/.local/share/carillon/<profile>).
QString dataDirFor(const QString &profile);
} // namespace AppPaths

} // namespace carillon
