#pragma once

namespace carillon {

// Crash-consistency tests set CARILLON_FAULT=<name> to make the process die at that point, as
// a power cut would (no destructors, no rollback, no cleanup). Costs one comparison otherwise.
void faultPoint(const char *name);

} // namespace carillon
