#pragma once

#include "AccessPolicy.h"
#include "CouponStore.h"
#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

class Clock;
class Database;
class LoyaltyLedger;
struct SaleOutcome;
struct SaleQuote;
struct SaleRequest;

// A coupon looked up for redemption: its campaign and, for a personalised one, its customer's name.
struct CouponInfo
{
    Coupon coupon;
    Campaign campaign;
    QString customerName;
};

struct CouponRedeemRequest
{
    QString tillId;
    QString saleRef;
    qint64 purchaseMinor =
        -1;                // the purchase the coupon is used with; -1: not known here (the till applies it)
    qint64 customerId = 0; // who gets bonus points; 0: the customer the coupon was issued to
};

struct CouponRedemption
{
    CouponInfo info;
    qint64 discountMinor = -1; // money off this purchase; -1 when the purchase is not known
    qint64 pointsCredited = 0;
    qint64 balance = 0; // the customer's points after a bonus-points coupon
    QJsonObject toJson(const Money& money) const;
};

// Coupon campaigns and their single-use codes: making them, redeeming each exactly once, undoing a redemption
// (owner only) and the counts per campaign. The GUI, the command line and the tests all come through here.
class Coupons
{
    Q_DECLARE_TR_FUNCTIONS(Coupons)

public:
    static constexpr int MaxCouponsPerCampaign = 100000;

    Coupons(Database& db, const Clock& clock, const AccessPolicy& access, LoyaltyLedger& ledger);

    Money money() const;
    // Makes the campaign and its codes in one transaction: `count` coupons for anyone, or `count` for each of
    // `customers` when some are given. Returns the new codes in canonical form.
    Result<QStringList> createCampaign(Campaign campaign, int count, const QList<qint64>& customers = {});
    QList<Campaign> campaigns() const;
    Result<Campaign> campaign(const QString& name) const;
    QList<Coupon> couponsOf(qint64 campaignId) const;
    CampaignCounts counts(qint64 campaignId) const;
    // Redeemed ÷ printed (÷ made when none were printed); 0 when there are none.
    static double redemptionRate(const CampaignCounts& counts);
    Result<void> markPrinted(qint64 campaignId);
    QString customerName(qint64 customerId) const;

    // What a typed or scanned code is and whether it can be used today, without using it.
    Result<CouponInfo> check(const QString& typedCode) const;
    // Uses the coupon: succeeds once, however many tills or processes try at the same moment.
    Result<CouponRedemption> redeem(const QString& typedCode, const CouponRedeemRequest& request);
    // A sale with a coupon: the minimum purchase is checked against the sale's amount and the coupon's money
    // off lowers what the customer pays (and so what earns points). The coupon is used and the sale recorded
    // in one transaction: a refused sale leaves the coupon unused.
    Result<SaleQuote> quoteSale(const QString& typedCode, SaleRequest request) const;
    Result<SaleOutcome> recordSale(const QString& typedCode, SaleRequest request);
    // Money off `purchaseMinor` that the campaign gives (0 for a free item or bonus points).
    static qint64 discountFor(const Campaign& campaign, qint64 purchaseMinor);
    // Opens a redeemed coupon again (owner only), takes back its bonus points and records the undo.
    Result<CouponInfo> undoRedemption(const QString& typedCode, const QString& reason);

    // For people: "5.00 € off", "10% off", "Free: a coffee", "50 bonus points".
    QString describeOffer(const Campaign& campaign) const;
    QString describeValidity(const Campaign& campaign) const;
    // The short terms printed on each coupon: the owner's, else single use and the minimum purchase.
    QString describeTerms(const Campaign& campaign) const;

private:
    QDate today() const;
    Result<CouponInfo> find(const QString& canonical) const;
    Error alreadyRedeemed(const Coupon& coupon) const;
    Error belowMinimum(const Coupon& coupon, const Campaign& campaign, qint64 purchaseMinor) const;

    Database& m_db;
    const Clock& m_clock;
    const AccessPolicy& m_access;
    LoyaltyLedger& m_ledger;
    CouponStore m_store;
};
