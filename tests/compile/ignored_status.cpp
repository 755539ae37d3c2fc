// Must NOT compile: ignoring a Status (or a Result) is an error in Carillon's builds, so a
// failure can never be dropped by forgetting to look at it. tests/compile/CMakeLists.txt
// builds this file and expects the compiler to refuse it for exactly that reason.
#include "core/Result.h"

namespace {
[[maybe_unused]] carillon::Status mayFail()
{
    return carillon::Error{carillon::ErrorCode::Io, QStringLiteral("disk full")};
}
[[maybe_unused]] carillon::Result<int> mayFailToo()
{
    return 1;
}
} // namespace

int main()
{
#ifdef CARILLON_PROBE_RESULT
    mayFailToo();
#else
    mayFail();
#endif
    return 0;
}
