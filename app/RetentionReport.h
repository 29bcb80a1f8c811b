#pragma once

#include "MonthCalendar.h"

#include <QList>

#include <optional>

class PurchaseHistory;

// Customers per month: active (bought at least once), new (first purchase ever), returning (active, not new),
// retained (also active the month before), and month-over-month retention and churn (ARCHITECTURE §5).
class RetentionReport
{
public:
    struct Month
    {
        int month = 0;
        qint64 active = 0;
        qint64 newCustomers = 0;
        qint64 returning = 0;
        qint64 retained = 0;
        // Empty when nobody was active the month before.
        std::optional<double> retention;
        std::optional<double> churn;
    };

    // Every month of 'range' (clipped to the history's months); the month before the first still counts for
    // its retention.
    static QList<Month> compute(const PurchaseHistory& history, MonthRange range);
    // The history's own span of months.
    static MonthRange span(const PurchaseHistory& history);
    // The span clipped to an optional first and last month.
    static MonthRange clip(const PurchaseHistory& history, std::optional<int> from, std::optional<int> to);
};
