#pragma once

// Small helpers the benchmarks share: percentiles of measured figures and command-line numbers.

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace helpdesk::bench {

/// The p-th percentile (0–100) of `values`, nearest rank; 0 for none.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    auto index = static_cast<std::size_t>(p / 100.0 * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

/// The number after `name` on the command line, or `fallback`.
inline int argInt(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return std::atoi(argv[i + 1]);
    return fallback;
}

/// Whether `name` is on the command line.
inline bool argFlag(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return true;
    return false;
}

} // namespace helpdesk::bench
