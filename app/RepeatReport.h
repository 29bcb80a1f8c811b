#pragma once

#include "MonthCalendar.h"

#include <optional>

class PurchaseHistory;

// How often customers come back: the repeat rate (share with two or more purchase days), the average days
// between two visits of the same customer, and the average spend per visit. A visit is a day a customer
// bought something; several sales on one day are one visit.
class RepeatReport
{
public:
    struct Summary
    {
        qint64 customers = 0;
        qint64 repeatCustomers = 0;
        std::optional<double> repeatRate;
        qint64 visits = 0;
        std::optional<double> averageDaysBetweenVisits;
        qint64 spendMinor = 0;
        std::optional<double> averageSpendPerVisitMinor;
    };
    // Counts only visits in the months of 'range'.
    static Summary compute(const PurchaseHistory& history, MonthRange range);
};
