#pragma once

// The fuzz targets' assertion. A broken promise aborts, so libFuzzer reports it as a crash and
// saves the input that broke it; the message says which promise.

#include <cstdio>
#include <cstdlib>

namespace carillon::fuzz {

inline void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "broken promise: %s\n", what);
        std::abort();
    }
}

} // namespace carillon::fuzz
