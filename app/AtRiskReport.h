#pragma once

#include "BgNbdModel.h"

#include <QList>
#include <QSet>

#include <functional>
#include <optional>

class PurchaseHistory;

// Valuable customers the shop may be losing, ready for a coupon campaign: repeat customers who spent at
// least the median of repeat customers, whose P(alive) fell by at least five points over the last four weeks,
// and who agreed to marketing. Most at stake first: spend × the fall in P(alive).
class AtRiskReport
{
public:
    static constexpr int LookbackDays = 28;
    static constexpr double MinimumFall = 0.05;

    struct Customer
    {
        qint64 id = 0;
        qint64 spendMinor = 0;
        qint32 lastPurchaseDay = 0; // local Julian day
        int x = 0;
        double pAlive = 0;
        double pAliveBefore = 0; // four weeks earlier
        double expected52Weeks = 0;
    };
    struct Result
    {
        BgNbdModel::Fit fit;
        qint32 asOfDay = 0;
        QList<Customer> customers;
    };

    // Fits the model on the history up to 'asOfDay' and lists the customers at risk, at most 'limit' (0:
    // all).
    static std::optional<Result> compute(const PurchaseHistory& history, qint32 asOfDay,
                                         const QSet<qint64>& marketingConsent, int limit,
                                         const std::function<bool()>& cancelled = {});
};
