#include "AtRiskReport.h"

#include "PurchaseHistory.h"

#include <algorithm>
#include <unordered_map>

std::optional<AtRiskReport::Result> AtRiskReport::compute(const PurchaseHistory& history, qint32 asOfDay,
                                                          const QSet<qint64>& marketingConsent, int limit,
                                                          const std::function<bool()>& cancelled)
{
    const std::vector<BgNbdModel::Customer> now = BgNbdModel::summarize(history, asOfDay);
    // The model needs somebody who came back; without repeat purchases there is nothing to fit.
    const bool anyRepeat =
        std::any_of(now.begin(), now.end(), [](const BgNbdModel::Customer& c) { return c.x > 0; });
    if (now.size() < 2 || !anyRepeat)
        return std::nullopt;
    Result result;
    result.asOfDay = asOfDay;
    result.fit = BgNbdModel::fit(now, cancelled);
    if (cancelled && cancelled())
        return std::nullopt;
    const BgNbdModel::Parameters& p = result.fit.parameters;

    std::vector<qint64> repeatSpend;
    for (const auto& c : now) {
        if (c.x > 0)
            repeatSpend.push_back(c.spendMinor);
    }
    std::nth_element(repeatSpend.begin(), repeatSpend.begin() + qsizetype(repeatSpend.size() / 2),
                     repeatSpend.end());
    const qint64 median = repeatSpend[repeatSpend.size() / 2];

    std::unordered_map<qint64, BgNbdModel::Customer> before;
    for (const auto& c : BgNbdModel::summarize(history, asOfDay - LookbackDays))
        before.emplace(c.id, c);

    for (const auto& c : now) {
        if (c.x == 0 || c.spendMinor < median || !marketingConsent.contains(c.id))
            continue;
        const auto earlier = before.find(c.id);
        const double pBefore =
            earlier == before.end()
                ? 1.0
                : BgNbdModel::pAlive(p, earlier->second.x, earlier->second.tx(), earlier->second.T());
        const double pNow = BgNbdModel::pAlive(p, c.x, c.tx(), c.T());
        // Customers already gone long ago do not fall any more; the list is for those slipping away now.
        if (pBefore - pNow < MinimumFall)
            continue;
        Customer row;
        row.id = c.id;
        row.spendMinor = c.spendMinor;
        row.lastPurchaseDay = asOfDay - (c.TDays - c.txDays);
        row.x = c.x;
        row.pAlive = pNow;
        row.pAliveBefore = pBefore;
        row.expected52Weeks = BgNbdModel::expectedPurchases(p, 52, c.x, c.tx(), c.T());
        result.customers.append(row);
    }
    std::sort(result.customers.begin(), result.customers.end(), [](const Customer& l, const Customer& r) {
        const double atStakeL = double(l.spendMinor) * (l.pAliveBefore - l.pAlive);
        const double atStakeR = double(r.spendMinor) * (r.pAliveBefore - r.pAlive);
        return atStakeL != atStakeR ? atStakeL > atStakeR : l.id < r.id;
    });
    if (limit > 0 && result.customers.size() > limit)
        result.customers.resize(limit);
    return result;
}
