#pragma once

#include <QStringList>
#include <vector>

namespace carillon {

// Ordered schema steps. Step i brings the schema from version i to i + 1; each runs in its own
// transaction together with the version bump. Never edit a released step: append a new one.
const std::vector<QStringList> &schemaMigrations();

} // namespace carillon
