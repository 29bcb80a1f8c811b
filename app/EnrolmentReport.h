#pragma once

#include "MonthCalendar.h"

#include <QHash>
#include <QList>

#include <optional>

class PurchaseHistory;

// How the programme grows: customers who joined each month, and the share of the month's sales made by
// members (sales recorded without a customer are the rest).
class EnrolmentReport
{
public:
    struct Month
    {
        int month = 0;
        qint64 newMembers = 0;
        qint64 memberSales = 0;
        qint64 allSales = 0;
        std::optional<double> memberShare; // empty in a month without sales
    };
    // joinedAtMs: when each customer joined (UTC ms), by id.
    static QList<Month> compute(const PurchaseHistory& history, const QHash<qint64, qint64>& joinedAtMs,
                                MonthRange range);
};
