#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

// The shop's loyalty rules, chosen by the owner on one settings page and kept as JSON in the shop settings.
// Percentages are held in basis points (1% = 100) so 2.5% is exact; money in minor units.
struct LoyaltyProgramme
{
    Q_DECLARE_TR_FUNCTIONS(LoyaltyProgramme)

public:
    enum class WelcomeOn
    {
        Enrolment,
        FirstPurchase
    };
    enum class DiscountMode
    {
        None,
        Fixed,      // the same member discount for everybody
        Cumulative, // the rate grows with the customer's total spend
    };
    struct Threshold
    {
        qint64 spendMinor = 0;
        int percentBp = 0;
    };
    struct Tier
    {
        QString name;
        qint64 spendMinor = 0;       // spend within the window that reaches this tier
        int multiplierPercent = 100; // earn multiplier: 150 = one and a half times the points
        int discountBp = 0;
    };
    struct Activity
    {
        QString reason;
        qint64 points = 0;
    };

    // Bonus points
    bool pointsEnabled = true;
    qint64 pointsPerUnit = 1;      // points given for every `unitMinor` spent
    qint64 unitMinor = 100;        // 1.00 in a two-decimal currency
    qint64 pointValueMinor = 1;    // what a point pays, in minor units
    qint64 minBalanceToRedeem = 0; // points needed before any can be spent
    int maxSharePercent = 50;      // the largest part of a sale points may pay
    bool earnOnMoneyOnly = true;   // no points on the part paid with points
    qint64 welcomeBonus = 0;
    WelcomeOn welcomeOn = WelcomeOn::FirstPurchase;
    qint64 birthdayBonus = 0;
    int expiryMonths = 12; // 0: points never expire
    QDate endsOn;          // a time-limited campaign: no points are earned after this day
    bool allowNegative = false;

    // Discount cards
    DiscountMode discountMode = DiscountMode::None;
    int fixedDiscountBp = 500;
    QList<Threshold> discountThresholds;

    // Tiers
    bool tiersEnabled = false;
    int tierWindowMonths = 12;
    QList<Tier> tiers;

    // Stamp cards
    bool stampsEnabled = false;
    int stampsToFill = 10;
    qint64 stampMinPurchaseMinor = 0;
    QString stampReward;
    int voucherValidDays = 90; // 0: vouchers do not expire

    // Referral
    bool referralEnabled = false;
    qint64 referrerPoints = 100;
    qint64 referredPoints = 50;

    // Activity rewards the owner grants by hand, and who points may be donated to.
    QList<Activity> activities;
    QList<qint64> donationRecipients;

    // Refunds above this (minor units) are owner-only; 0: any refund is.
    qint64 clerkRefundLimitMinor = 0;

    // Sensible rules for a shop whose "about one euro" is 100 minor units (cents).
    static LoyaltyProgramme defaults();
    // The same rules scaled to a currency: a point per `everydayUnitMinor`, worth a hundredth of it.
    static LoyaltyProgramme defaultsFor(qint64 everydayUnitMinor);
    QJsonObject toJson() const;
    // Reads and validates; a bad value is refused with its key named ("points.unit: …").
    static Result<LoyaltyProgramme> fromJson(const QJsonObject& json);
    Result<void> validate() const;

    // Rules (pure functions; the ledger applies them).
    // Points for `moneyMinor` paid at tier multiplier `multiplierPercent`, rounded down.
    qint64 pointsFor(qint64 moneyMinor, int multiplierPercent = 100) const;
    // The tier reached by spending `windowSpendMinor` within the window; nullptr when tiers are off or none.
    const Tier* tierFor(qint64 windowSpendMinor) const;
    const Tier* nextTier(qint64 windowSpendMinor) const;
    // Member discount rate for a customer with this total spend and tier (the larger of card and tier).
    int discountBpFor(qint64 totalSpendMinor, const Tier* tier) const;
    // The most points that may pay a sale of `payableMinor` (after discount) with `balance` points.
    qint64 maxRedeemable(qint64 payableMinor, qint64 balance) const;
    bool isOver(const QDate& today) const { return endsOn.isValid() && today > endsOn; }
};
