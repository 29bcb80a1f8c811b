#include "CohortReport.h"

#include "PurchaseHistory.h"
#include "RetentionReport.h"

#include <algorithm>
#include <vector>

QList<CohortReport::Cell> CohortReport::compute(const PurchaseHistory& history, MonthRange range)
{
    const MonthRange all = RetentionReport::span(history);
    range.first = std::max(range.first, all.first);
    range.last = std::min(range.last, all.last);
    if (range.isEmpty())
        return {};
    const size_t width = size_t(range.last - range.first) + 1;
    // counts[cohort * width + offset]; a triangle, but a square keeps the indexing trivial.
    std::vector<qint64> counts(width * width);
    std::vector<qint64> sizes(width);
    for (size_t c = 0; c < history.customerCount(); ++c) {
        const size_t begin = history.dayBegin(c);
        const int cohort = history.monthOfIndex(begin);
        if (!range.contains(cohort))
            continue;
        const size_t row = size_t(cohort - range.first);
        ++sizes[row];
        int previous = cohort - 1;
        for (size_t i = begin; i < history.dayEnd(c); ++i) {
            const int month = history.monthOfIndex(i);
            if (month == previous)
                continue;
            if (month > range.last)
                break;
            ++counts[row * width + size_t(month - cohort)];
            previous = month;
        }
    }
    QList<Cell> cells;
    for (size_t row = 0; row < width; ++row) {
        if (sizes[row] == 0)
            continue;
        for (size_t offset = 0; row + offset < width; ++offset) {
            const qint64 active = counts[row * width + offset];
            cells.append({range.first + int(row), sizes[row], int(offset), active,
                          double(active) / double(sizes[row])});
        }
    }
    return cells;
}
