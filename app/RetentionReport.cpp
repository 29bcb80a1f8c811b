#include "RetentionReport.h"

#include "PurchaseHistory.h"

#include <algorithm>
#include <vector>

MonthRange RetentionReport::span(const PurchaseHistory& history)
{
    if (history.isEmpty())
        return {};
    return {history.firstMonth(), history.lastMonth()};
}

MonthRange RetentionReport::clip(const PurchaseHistory& history, std::optional<int> from,
                                 std::optional<int> to)
{
    MonthRange range = span(history);
    if (range.isEmpty())
        return range;
    if (from)
        range.first = std::max(range.first, *from);
    if (to)
        range.last = std::min(range.last, *to);
    return range;
}

QList<RetentionReport::Month> RetentionReport::compute(const PurchaseHistory& history, MonthRange range)
{
    const MonthRange all = span(history);
    range.first = std::max(range.first, all.first);
    range.last = std::min(range.last, all.last);
    if (range.isEmpty())
        return {};
    const size_t months = size_t(all.last - all.first) + 1;
    std::vector<qint64> active(months), fresh(months), retained(months);
    for (size_t c = 0; c < history.customerCount(); ++c) {
        int previous = 0;
        bool first = true;
        for (size_t i = history.dayBegin(c); i < history.dayEnd(c); ++i) {
            const int month = history.monthOfIndex(i);
            if (!first && month == previous)
                continue;
            const size_t slot = size_t(month - all.first);
            ++active[slot];
            if (first)
                ++fresh[slot];
            else if (month == previous + 1)
                ++retained[slot];
            previous = month;
            first = false;
        }
    }
    QList<Month> rows;
    rows.reserve(range.last - range.first + 1);
    for (int m = range.first; m <= range.last; ++m) {
        const size_t slot = size_t(m - all.first);
        Month row;
        row.month = m;
        row.active = active[slot];
        row.newCustomers = fresh[slot];
        row.returning = row.active - row.newCustomers;
        row.retained = retained[slot];
        const qint64 before = m > all.first ? active[slot - 1] : 0;
        if (before > 0) {
            row.retention = double(row.retained) / double(before);
            row.churn = 1.0 - *row.retention;
        }
        rows.append(row);
    }
    return rows;
}
