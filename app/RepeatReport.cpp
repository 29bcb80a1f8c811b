#include "RepeatReport.h"

#include "PurchaseHistory.h"

RepeatReport::Summary RepeatReport::compute(const PurchaseHistory& history, MonthRange range)
{
    Summary s;
    if (range.isEmpty())
        return s;
    const qint32 from = qint32(history.calendar().firstDay(range.first).toJulianDay());
    const qint32 to = qint32(history.calendar().lastDay(range.last).toJulianDay());
    qint64 gapDays = 0;
    qint64 gaps = 0;
    for (size_t c = 0; c < history.customerCount(); ++c) {
        qint64 visits = 0;
        qint32 first = 0;
        qint32 last = 0;
        for (size_t i = history.dayBegin(c); i < history.dayEnd(c); ++i) {
            const qint32 day = history.day(i);
            if (day < from)
                continue;
            if (day > to)
                break;
            if (visits == 0)
                first = day;
            last = day;
            ++visits;
            s.spendMinor += history.spendOn(i);
        }
        if (visits == 0)
            continue;
        ++s.customers;
        s.visits += visits;
        if (visits >= 2) {
            ++s.repeatCustomers;
            // Pooled: the mean of every gap between two consecutive visits of one customer.
            gapDays += last - first;
            gaps += visits - 1;
        }
    }
    if (s.customers > 0)
        s.repeatRate = double(s.repeatCustomers) / double(s.customers);
    if (gaps > 0)
        s.averageDaysBetweenVisits = double(gapDays) / double(gaps);
    if (s.visits > 0)
        s.averageSpendPerVisitMinor = double(s.spendMinor) / double(s.visits);
    return s;
}
