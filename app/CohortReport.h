#pragma once

#include "MonthCalendar.h"

#include <QList>

class PurchaseHistory;

// Customers grouped by the month of their first purchase; for each later month, the share of the group that
// bought in it (ARCHITECTURE §5).
class CohortReport
{
public:
    struct Cell
    {
        int cohort = 0; // month of first purchase
        qint64 size = 0;
        int offset = 0; // months since the first purchase
        qint64 active = 0;
        double share = 0;
    };
    // Cohorts whose first month is in 'range', each followed up to the range's last month.
    static QList<Cell> compute(const PurchaseHistory& history, MonthRange range);
};
