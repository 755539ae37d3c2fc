#pragma once

// What the benchmarks share: the figures they print (percentiles, medians, the "RESULT name v1
// v2 ..." lists that tests/bench/table.py reads) and the wait on the event loop.

#include "support/WaitUntil.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace carillon::bench {

// The value below which a fraction p of v lies (p = 1: the largest); v must not be empty.
inline double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// The middle value (the upper one of an even count); v must not be empty.
inline double median(std::vector<double> v)
{
    return percentile(std::move(v), 0.5);
}

// The values as a RESULT line lists them: space-separated, with digits decimals.
inline QString joined(const std::vector<double> &v, int digits = 2)
{
    QStringList parts;
    for (const double x : v)
        parts << QString::number(x, 'f', digits);
    return parts.join(QLatin1Char(' '));
}

// The wait the tests use too (support/WaitUntil.h).
using test::runFor;
using test::waitUntil;

} // namespace carillon::bench
