#pragma once

namespace carillon {

// Crash-consistency tests set CARILLON_FAULT=<name> to make the process die at that point, as
// a power cut would (no destructors, no rollback, no cleanup). CARILLON_FAULT_SLOW=<name>=<us>
// [,…] instead announces the point on stderr ("carillon fault point: <name>") and pauses there,
// so a test can aim a SIGKILL at the moment after it. Costs one comparison otherwise.
void faultPoint(const char *name);

} // namespace carillon
