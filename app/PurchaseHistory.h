#pragma once

#include "MonthCalendar.h"
#include "Result.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

class ReportStore;

// Every sale of the shop, compact and in memory: per customer, the distinct local days they bought on, with
// the number of sales and the spend of each day. Loaded with one ordered scan of the sales table; every
// report is then a pass over a few flat arrays.
class PurchaseHistory
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseHistory)

public:
    // Called every few thousand rows with the rows read so far; returning false cancels the load.
    using Progress = std::function<bool(qint64 rowsRead)>;

    explicit PurchaseHistory(const MonthCalendar& calendar = MonthCalendar()) : m_calendar(calendar) {}

    // With a shop id, only the sales made in that shop.
    static Result<PurchaseHistory> load(ReportStore& store, const MonthCalendar& calendar,
                                        const Progress& progress = {}, qint64 shopId = 0);

    struct Sale
    {
        qint64 customerId = 0; // 0: not a member
        qint64 atMs = 0;
        qint64 amountMinor = 0;
    };
    // Builds a history from sales given in any order (tests, benchmarks and imports).
    static PurchaseHistory fromSales(std::vector<Sale> sales, const MonthCalendar& calendar);

    const MonthCalendar& calendar() const { return m_calendar; }
    bool isEmpty() const { return m_days.empty() && m_anonymousDays.empty(); }
    size_t customerCount() const { return m_customerIds.size(); }
    qint64 customerId(size_t customer) const { return m_customerIds[customer]; }
    // The customer's purchase days are indexes [dayBegin, dayEnd) into day(), salesOn() and spendOn().
    size_t dayBegin(size_t customer) const { return m_dayStart[customer]; }
    size_t dayEnd(size_t customer) const { return m_dayStart[customer + 1]; }
    qint32 day(size_t index) const { return m_days[index]; }
    qint32 salesOn(size_t index) const { return m_salesPerDay[index]; }
    qint64 spendOn(size_t index) const { return m_spendPerDay[index]; }
    // The month of a purchase day, from a table built at load time.
    int monthOfIndex(size_t index) const { return m_monthOfDay[size_t(m_days[index] - m_minDay)]; }
    int monthOfDay(qint32 day) const;

    // Sales to people who are not members: per local day, the number of sales.
    struct AnonymousDay
    {
        qint32 day = 0;
        qint32 sales = 0;
    };
    const std::vector<AnonymousDay>& anonymousDays() const { return m_anonymousDays; }

    qint32 firstDay() const { return m_minDay; }
    qint32 lastDay() const { return m_maxDay; }
    int firstMonth() const { return monthOfDay(m_minDay); }
    int lastMonth() const { return monthOfDay(m_maxDay); }
    qint64 saleCount() const { return m_saleCount; }

private:
    void add(const Sale& sale);
    void finish();

    MonthCalendar m_calendar;
    std::vector<qint64> m_customerIds;
    std::vector<quint32> m_dayStart{0};
    std::vector<qint32> m_days;
    std::vector<qint32> m_salesPerDay;
    std::vector<qint64> m_spendPerDay;
    std::vector<AnonymousDay> m_anonymousDays;
    std::vector<int> m_monthOfDay;
    qint32 m_minDay = 0;
    qint32 m_maxDay = 0;
    qint64 m_saleCount = 0;
    qint64 m_lastCustomer = -1;
    bool m_unordered = false;
};
