#include "PurchaseHistory.h"

#include "ReportStore.h"

#include <algorithm>
#include <limits>
#include <numeric>

void PurchaseHistory::add(const Sale& sale)
{
    const qint32 day = m_calendar.localDay(sale.atMs);
    ++m_saleCount;
    if (sale.customerId <= 0) {
        if (!m_anonymousDays.empty() && m_anonymousDays.back().day == day)
            ++m_anonymousDays.back().sales;
        else
            m_anonymousDays.push_back({day, 1});
        return;
    }
    if (sale.customerId != m_lastCustomer) {
        if (!m_customerIds.empty())
            m_dayStart.push_back(quint32(m_days.size()));
        m_customerIds.push_back(sale.customerId);
        m_lastCustomer = sale.customerId;
    } else if (m_days.back() == day) {
        ++m_salesPerDay.back();
        m_spendPerDay.back() += sale.amountMinor;
        return;
    } else if (m_days.back() > day) {
        // A time-zone change can move a later instant to an earlier local day; finish() sorts such customers.
        m_unordered = true;
    }
    m_days.push_back(day);
    m_salesPerDay.push_back(1);
    m_spendPerDay.push_back(sale.amountMinor);
}

void PurchaseHistory::finish()
{
    if (!m_customerIds.empty())
        m_dayStart.push_back(quint32(m_days.size()));
    if (m_unordered) {
        std::vector<quint32> starts{0};
        std::vector<qint32> days;
        std::vector<qint32> sales;
        std::vector<qint64> spend;
        days.reserve(m_days.size());
        for (size_t c = 0; c + 1 < m_dayStart.size(); ++c) {
            std::vector<size_t> order(m_dayStart[c + 1] - m_dayStart[c]);
            std::iota(order.begin(), order.end(), size_t(m_dayStart[c]));
            std::stable_sort(order.begin(), order.end(),
                             [this](size_t l, size_t r) { return m_days[l] < m_days[r]; });
            for (size_t k = 0; k < order.size(); ++k) {
                const size_t i = order[k];
                if (k > 0 && days.back() == m_days[i]) {
                    sales.back() += m_salesPerDay[i];
                    spend.back() += m_spendPerDay[i];
                } else {
                    days.push_back(m_days[i]);
                    sales.push_back(m_salesPerDay[i]);
                    spend.push_back(m_spendPerDay[i]);
                }
            }
            starts.push_back(quint32(days.size()));
        }
        m_dayStart = std::move(starts);
        m_days = std::move(days);
        m_salesPerDay = std::move(sales);
        m_spendPerDay = std::move(spend);
    }
    std::sort(m_anonymousDays.begin(), m_anonymousDays.end(),
              [](const AnonymousDay& l, const AnonymousDay& r) { return l.day < r.day; });

    qint32 minDay = std::numeric_limits<qint32>::max();
    qint32 maxDay = std::numeric_limits<qint32>::min();
    for (qint32 d : m_days) {
        minDay = std::min(minDay, d);
        maxDay = std::max(maxDay, d);
    }
    if (!m_anonymousDays.empty()) {
        minDay = std::min(minDay, m_anonymousDays.front().day);
        maxDay = std::max(maxDay, m_anonymousDays.back().day);
    }
    if (minDay > maxDay)
        return;
    m_minDay = minDay;
    m_maxDay = maxDay;
    m_monthOfDay.resize(size_t(maxDay - minDay) + 1);
    // One calendar conversion per day of the shop's life rather than one per sale.
    for (qint32 d = minDay; d <= maxDay; ++d)
        m_monthOfDay[size_t(d - minDay)] = m_calendar.monthOfDay(d);
}

int PurchaseHistory::monthOfDay(qint32 day) const
{
    if (day >= m_minDay && day <= m_maxDay && !m_monthOfDay.empty())
        return m_monthOfDay[size_t(day - m_minDay)];
    return m_calendar.monthOfDay(day);
}

Result<PurchaseHistory> PurchaseHistory::load(ReportStore& store, const MonthCalendar& calendar,
                                              const Progress& progress, qint64 shopId)
{
    PurchaseHistory history(calendar);
    bool cancelled = false;
    qint64 rows = 0;
    auto scanned = store.scanSales([&](const ReportStore::SaleRow& row) {
        history.add({row.customerId, row.atMs, row.amountMinor});
        if ((++rows & 0xFFFF) == 0 && progress && !progress(rows)) {
            cancelled = true;
            return false;
        }
        return true;
    }, shopId);
    if (!scanned)
        return scanned.error();
    if (cancelled)
        return makeError(Error::Kind::Failed, tr("The report was cancelled."));
    history.finish();
    return history;
}

PurchaseHistory PurchaseHistory::fromSales(std::vector<Sale> sales, const MonthCalendar& calendar)
{
    std::stable_sort(sales.begin(), sales.end(), [](const Sale& l, const Sale& r) {
        const qint64 lc = std::max<qint64>(l.customerId, 0);
        const qint64 rc = std::max<qint64>(r.customerId, 0);
        return lc != rc ? lc < rc : l.atMs < r.atMs;
    });
    PurchaseHistory history(calendar);
    for (const Sale& sale : sales)
        history.add(sale);
    history.finish();
    return history;
}
