#pragma once

#include "MonthCalendar.h"

#include <QList>
#include <optional>

class Database;

// What the loyalty programme gives and what it owes, from the points ledger: points issued, redeemed,
// expired and reversed per month, vouchers issued and used, and the points still outstanding grouped by the
// month they expire (the liability).
class ProgrammeReport
{
public:
    struct Month
    {
        int month = 0;
        qint64 issued = 0;   // earned by purchases, bonuses, activities, referrals and corrections upward
        qint64 redeemed = 0; // spent on sales
        qint64 expired = 0;
        qint64 reversed = 0; // taken back by refunds (net of points returned) and corrections downward
        qint64 vouchersIssued = 0;
        qint64 vouchersUsed = 0;
        std::optional<double> redemptionRate; // redeemed ÷ issued in the month
    };
    struct Liability
    {
        std::optional<int> month; // the month the points expire; empty: they never do
        qint64 points = 0;
        qint64 valueMinor = 0;
    };

    // Months with any movement, clipped to `range` when it is not empty.
    static QList<Month> months(Database& db, const MonthCalendar& calendar, const MonthRange& range = {});
    static QList<Liability> liability(Database& db, const MonthCalendar& calendar, qint64 pointValueMinor);
};
