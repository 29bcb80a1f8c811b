#pragma once

#include "AccessPolicy.h"
#include "LedgerStore.h"
#include "LoyaltyProgramme.h"
#include "Money.h"
#include "Result.h"
#include "SaleStore.h"
#include "StampCardStore.h"
#include "VoucherStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <optional>
#include <utility>

class Clock;
class Database;

// What a sale will do before it is recorded: the numbers the clerk confirms.
struct SaleQuote
{
    qint64 amountMinor = 0;
    int discountBp = 0;
    qint64 discountMinor = 0;
    qint64 couponDiscountMinor = 0; // a coupon's money off, after the member discount
    qint64 payableMinor = 0;        // after the discounts
    qint64 balanceBefore = 0;
    qint64 maxRedeemable = 0;
    qint64 redeemPoints = 0;
    qint64 redeemValueMinor = 0;
    qint64 toPayMinor = 0; // money left to pay after points
    qint64 earnPoints = 0;
    qint64 bonusPoints = 0; // welcome and referral bonuses that this purchase releases
    qint64 welcomePoints = 0;
    qint64 referredPoints = 0;
    qint64 referrerId = 0; // who recommended the customer, when this first purchase rewards them
    qint64 balanceAfter = 0;
    QString tier;
    int tierMultiplierPercent = 100;
    int stampsBefore = 0;
    int stampsAfter = 0;
    int stampsToFill = 0;
    bool fillsStampCard = false;

    // The one arithmetic of a sale's price, for a sale on the server and an offline till's estimate alike.
    // Tier, member discount, the coupon's money off (couponDiscountMinor as offered, limited here) and what
    // points may pay; amountMinor and balanceBefore must be set.
    void applyDiscounts(const LoyaltyProgramme& p, const LoyaltyProgramme::Tier* tier,
                        qint64 totalSpendMinor);
    // The points spent (already accepted) and earned on `localDay`.
    void applyRedemption(const LoyaltyProgramme& p, qint64 points, const QDate& localDay);
};

struct SaleRequest
{
    qint64 customerId = 0;
    qint64 amountMinor = 0;
    qint64 redeemPoints = 0;
    QString tillId = QStringLiteral("1");
    QString saleRef; // empty: a new unique reference is made
    QDateTime at;    // invalid: now
    // A coupon used with this sale (Coupons::recordSale redeems it in the same transaction).
    QString couponCode;
    qint64 couponDiscountMinor = 0;
    QString couponGives; // what it gives, for the receipt: "Free: a coffee"
};

struct SaleOutcome
{
    qint64 saleId = 0;
    bool repeated = false; // the reference was recorded before: this is the first answer again
    QJsonObject json;      // earned, redeemed, discount, balance, tier, stamps, vouchers, …
};

struct RefundOutcome
{
    qint64 refundedMinor = 0; // this refund
    qint64 pointsTakenBack = 0;
    qint64 pointsReturned = 0;
    qint64 pointsUnrecovered = 0; // earned points already spent, not taken back (balance kept at zero)
    int stampsRemoved = 0;
    qint64 balance = 0;
    QJsonObject toJson() const;
};

// Where a customer stands: the figures the customer page and `regulars balance` show.
struct LoyaltyStatus
{
    qint64 balance = 0;
    qint64 balanceValueMinor = 0;
    QMap<QString, qint64> expiringByMonth; // "2027-03" → points expiring that month
    QDateTime nextExpiry;
    qint64 nextExpiryPoints = 0;
    QString tier;
    qint64 windowSpendMinor = 0;
    QString nextTier;
    qint64 toNextTierMinor = 0;
    int discountBp = 0;
    int stamps = 0;
    int stampsToFill = 0;
    QList<Voucher> vouchers;
};

struct StatementLine
{
    LedgerEntry entry;
    qint64 runningBalance = 0;
};

// The loyalty programme at work: sales, refunds, grants, transfers, expiry and the integrity check, each a
// single transaction on the append-only ledger.
class LoyaltyLedger
{
    Q_DECLARE_TR_FUNCTIONS(LoyaltyLedger)

public:
    LoyaltyLedger(Database& db, const Clock& clock, const AccessPolicy& access);

    LoyaltyProgramme programme() const;
    Result<void> setProgramme(const LoyaltyProgramme& programme);
    Money money() const;

    Result<SaleQuote> quote(const SaleRequest& request) const;
    Result<SaleOutcome> recordSale(const SaleRequest& request);
    // The customers a sale to this customer writes: the customer, and the referrer a first purchase
    // rewards. A transaction around a sale is opened for them (ForCustomers).
    QList<qint64> saleCustomers(qint64 customerId) const;
    // Refunds `amountMinor` of the sale (all that is left when 0).
    Result<RefundOutcome> refund(const QString& tillId, const QString& saleRef, qint64 amountMinor);

    // Points for an activity the owner lists, or any other reason (owner only when the reason is not listed).
    Result<qint64> grant(qint64 customerId, qint64 points, const QString& reason);
    // A correction up or down (owner only).
    Result<qint64> adjust(qint64 customerId, qint64 delta, const QString& reason);
    // Points given by one customer to another (or to a cause kept as a customer).
    Result<void> transfer(qint64 fromCustomerId, qint64 toCustomerId, qint64 points);
    Result<void> setReferrer(qint64 customerId, qint64 referrerId);
    // The welcome bonus when the programme gives it on enrolment.
    Result<void> enrolled(qint64 customerId);
    Result<StampCard> registerStampCard(const QString& serial, qint64 customerId);
    Result<Voucher> redeemVoucher(const QString& typedCode, const QString& tillId, qint64 saleId);
    // A coupon's bonus points (reason "coupon", the code as note); joins the caller's transaction, so the
    // points and the coupon's redemption are written together. Returns the new balance.
    Result<qint64> creditCouponPoints(qint64 customerId, qint64 points, const QString& couponCode);
    // Takes a coupon's bonus points back when its redemption is undone; points already spent stay spent and
    // are returned as unrecovered. Joins the caller's transaction.
    Result<qint64> reverseCouponPoints(qint64 customerId, qint64 points, const QString& couponCode);

    // Writes expiry entries for every lot whose day has come, and birthday bonuses due today; returns how
    // many entries were written. Runs at start-up and daily.
    Result<int> runDailyJobs();

    LoyaltyStatus status(qint64 customerId) const;
    QList<StatementLine> statement(qint64 customerId) const;
    // The customer's sales, newest first (for refunds).
    QList<SaleRecord> salesOf(qint64 customerId, int limit) const;
    // Every problem found; empty when the cached figures equal what the ledger implies.
    QStringList check() const;

    // When points earned at `at` expire under the current programme; invalid when they never do.
    QDateTime expiryFor(const QDateTime& at) const;

private:
    struct Draw
    {
        qint64 drawn = 0;
        qint64 unrecovered = 0;
    };
    QDateTime now() const;
    Result<qint64> addPoints(const LedgerEntry& entry);
    // Points given outside a sale (an activity, a coupon), in their own transaction; returns the balance.
    Result<qint64> earnOutsideSale(qint64 customerId, qint64 points, const QString& reason,
                                   const QString& note);
    Result<void> expireLot(qint64 customerId, const PointLot& lot, const QString& by);
    Result<Draw> drawPoints(LedgerEntry entry, qint64 points, bool allowDebt, qint64 preferLot = 0);
    // The programme and the currency from one read of the settings.
    std::pair<LoyaltyProgramme, Money> rules() const;
    // dueLotsWrittenOff: the sale has just expired the customer's due lots, so none are left to leave out.
    Result<SaleQuote> quoteLocked(const SaleRequest& request, const QDateTime& at, const LoyaltyProgramme& p,
                                  const Money& currency, bool dueLotsWrittenOff) const;
    Result<QStringList> addStamps(qint64 customerId, qint64 saleId, const QDateTime& at,
                                  const LoyaltyProgramme& p);
    static QDateTime expiryAfter(const QDateTime& at, int months);
    QJsonObject saleJson(const SaleRecord& sale, qint64 earned, qint64 bonus, const QStringList& vouchers,
                         const Money& currency) const;

    Database& m_db;
    const Clock& m_clock;
    const AccessPolicy& m_access;
    LedgerStore m_ledger;
    SaleStore m_sales;
    StampCardStore m_stamps;
    VoucherStore m_vouchers;
    mutable std::optional<LoyaltyProgramme> m_cachedProgramme;
    mutable QString m_cachedProgrammeText;
};
