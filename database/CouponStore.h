#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// A coupon campaign: what its coupons give, to whom and when.
struct Campaign
{
    enum class Kind
    {
        AmountOff,  // amountMinor off the purchase
        PercentOff, // percentBp (basis points) off the purchase
        FreeItem,   // the item described in `item`
        BonusPoints // `points` credited to the customer's balance
    };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::AmountOff;
    qint64 amountMinor = 0;
    int percentBp = 0;
    QString item;
    qint64 points = 0;
    qint64 minPurchaseMinor = 0;
    QDate validFrom;  // invalid: from the day it is made
    QDate validUntil; // invalid: no end; the coupon is good until the end of this local day
    QString terms;    // the short terms printed on each coupon, in the owner's words
    QDateTime createdAt;
    QString createdBy;

    // Stable names for scripts and the database: amount, percent, item, points.
    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString& key, Kind* kind);
};

struct Coupon
{
    qint64 id = 0;
    QString code;
    qint64 campaignId = 0;
    qint64 issuedTo = 0; // the customer a personalised coupon is for; 0: anyone
    QDateTime createdAt;
    QDateTime printedAt;
    QDateTime redeemedAt;
    QString redeemedSale;
    QString redeemedTill;
    QString redeemedBy;
    qint64 redeemedCustomerId = 0;
    bool isRedeemed() const { return redeemedAt.isValid(); }
};

// Per campaign: how many coupons exist, were printed, redeemed, and expired unused.
struct CampaignCounts
{
    qint64 issued = 0;
    qint64 printed = 0;
    qint64 redeemed = 0;
    qint64 expired = 0; // not redeemed and past the campaign's last day
};

// Campaigns, their coupons and undone redemptions; writes happen inside the caller's transaction.
class CouponStore
{
public:
    explicit CouponStore(Database& db);

    Result<qint64> addCampaign(const Campaign& campaign);
    Result<Campaign> campaign(qint64 id) const;
    Result<Campaign> campaignByName(const QString& name) const;
    QList<Campaign> campaigns() const;

    // Duplicate when the code is already a coupon's or a voucher's.
    Result<qint64> addCoupon(const Coupon& coupon);
    Result<Coupon> byCode(const QString& code) const;
    // A campaign's coupons in the order they were made.
    QList<Coupon> couponsOf(qint64 campaignId) const;
    Result<void> markPrinted(qint64 campaignId, const QDateTime& at);
    // The counts; coupons of campaigns that ended before `today` and were not redeemed count as expired.
    CampaignCounts counts(qint64 campaignId, const QDate& today) const;

    // Marks the coupon used; false when someone used it first (exactly one caller ever gets true).
    Result<bool> redeem(const QString& code, const QDateTime& at, const QString& saleRef, const QString& till,
                        const QString& by, qint64 customerId);
    // Opens a redeemed coupon again and records who undid it; false when it was not redeemed.
    Result<bool> undoRedemption(const Coupon& redeemed, const QDateTime& at, const QString& by,
                                const QString& reason);

private:
    Database& m_db;
};
