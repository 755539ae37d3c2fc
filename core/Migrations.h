#pragma once

#include "core/SqlDialect.h"

#include <QStringList>
#include <vector>

namespace carillon {

// Ordered schema steps. Step i brings the schema from version i to i + 1; each runs in its own
// transaction together with the version bump. Never edit a released step: append a new one.
// The same steps in either dialect (SqlDialect.h).
const std::vector<QStringList> &schemaMigrations(SqlDialect dialect = SqlDialect::Sqlite);

} // namespace carillon
