#include "EnrolmentReport.h"

#include "PurchaseHistory.h"

#include <vector>

QList<EnrolmentReport::Month> EnrolmentReport::compute(const PurchaseHistory& history,
                                                       const QHash<qint64, qint64>& joinedAtMs,
                                                       MonthRange range)
{
    if (range.isEmpty())
        return {};
    const size_t width = size_t(range.last - range.first) + 1;
    std::vector<qint64> joined(width), member(width), anonymous(width);
    for (auto it = joinedAtMs.constBegin(); it != joinedAtMs.constEnd(); ++it) {
        const int month = history.monthOfDay(history.calendar().localDay(it.value()));
        if (range.contains(month))
            ++joined[size_t(month - range.first)];
    }
    for (size_t c = 0; c < history.customerCount(); ++c) {
        for (size_t i = history.dayBegin(c); i < history.dayEnd(c); ++i) {
            const int month = history.monthOfIndex(i);
            if (range.contains(month))
                member[size_t(month - range.first)] += history.salesOn(i);
        }
    }
    for (const PurchaseHistory::AnonymousDay& d : history.anonymousDays()) {
        const int month = history.monthOfDay(d.day);
        if (range.contains(month))
            anonymous[size_t(month - range.first)] += d.sales;
    }
    QList<Month> rows;
    for (size_t slot = 0; slot < width; ++slot) {
        Month row;
        row.month = range.first + int(slot);
        row.newMembers = joined[slot];
        row.memberSales = member[slot];
        row.allSales = member[slot] + anonymous[slot];
        if (row.allSales > 0)
            row.memberShare = double(row.memberSales) / double(row.allSales);
        rows.append(row);
    }
    return rows;
}
