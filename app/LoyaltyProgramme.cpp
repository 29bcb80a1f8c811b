#include "LoyaltyProgramme.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace {
constexpr qint64 kMaxMinor = 1'000'000'000'000'000; // far beyond any shop, far below overflow

QJsonValue percentValue(int bp)
{
    return bp % 100 == 0 ? QJsonValue(bp / 100) : QJsonValue(bp / 100.0);
}

// Reads one JSON object field by field, remembering the first problem with the key's full path.
class Reader
{
public:
    Reader(const QJsonObject& object, QString path, QString* problem)
        : m_object(object), m_path(std::move(path)), m_problem(problem)
    {
    }

    QString key(const QString& name) const { return m_path.isEmpty() ? name : m_path + u'.' + name; }

    void fail(const QString& name, const QString& why) const
    {
        if (m_problem->isEmpty())
            *m_problem = LoyaltyProgramme::tr("%1: %2").arg(key(name), why);
    }

    bool boolean(const QString& name, bool fallback) const
    {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(name, LoyaltyProgramme::tr("use true or false"));
        return v.toBool(fallback);
    }

    qint64 integer(const QString& name, qint64 fallback, qint64 min, qint64 max) const
    {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || std::floor(d) != d || d < double(min) || d > double(max)) {
            fail(name, LoyaltyProgramme::tr("use a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return qint64(d);
    }

    int percentBp(const QString& name, int fallback) const
    {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1);
        const double bp = std::round(d * 100);
        if (!v.isDouble() || d < 0 || d > 100 || std::fabs(bp - d * 100) > 1e-6) {
            fail(name, LoyaltyProgramme::tr("use a percentage from 0 to 100 with at most two decimals"));
            return fallback;
        }
        return int(bp);
    }

    QString text(const QString& name, const QString& fallback) const
    {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined())
            return fallback;
        if (!v.isString())
            fail(name, LoyaltyProgramme::tr("use text in quotes"));
        return v.toString(fallback);
    }

    QJsonObject object(const QString& name) const
    {
        const QJsonValue v = m_object.value(name);
        if (!v.isUndefined() && !v.isObject())
            fail(name, LoyaltyProgramme::tr("use an object { … }"));
        return v.toObject();
    }

    QJsonArray array(const QString& name) const
    {
        const QJsonValue v = m_object.value(name);
        if (!v.isUndefined() && !v.isArray())
            fail(name, LoyaltyProgramme::tr("use a list [ … ]"));
        return v.toArray();
    }

    void refuseUnknown(const QStringList& known) const
    {
        for (const QString& k : m_object.keys()) {
            if (!known.contains(k))
                fail(k, LoyaltyProgramme::tr("not a setting Regulars knows; check its spelling"));
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString* m_problem;
};
} // namespace

LoyaltyProgramme LoyaltyProgramme::defaults()
{
    return defaultsFor(100);
}

LoyaltyProgramme LoyaltyProgramme::defaultsFor(qint64 unit)
{
    unit = std::max<qint64>(1, unit);
    LoyaltyProgramme p;
    p.unitMinor = unit;
    p.pointValueMinor = std::max<qint64>(1, unit / 100);
    p.welcomeBonus = 50;
    p.discountThresholds = {{500 * unit, 300}, {1000 * unit, 500}, {2000 * unit, 700}};
    p.tiers = {
        {tr("Silver"), 0, 100, 0}, {tr("Gold"), 500 * unit, 150, 0}, {tr("Platinum"), 1500 * unit, 200, 300}};
    p.stampReward = tr("A free item");
    p.activities = {{tr("Survey answered"), 20}, {tr("Review written"), 30}, {tr("Event attended"), 50}};
    return p;
}

QJsonObject LoyaltyProgramme::toJson() const
{
    QJsonObject points{
        {QStringLiteral("enabled"), pointsEnabled},
        {QStringLiteral("points_per_unit"), pointsPerUnit},
        {QStringLiteral("unit_minor"), unitMinor},
        {QStringLiteral("point_value_minor"), pointValueMinor},
        {QStringLiteral("min_balance_to_redeem"), minBalanceToRedeem},
        {QStringLiteral("max_share_percent"), maxSharePercent},
        {QStringLiteral("earn_on_money_only"), earnOnMoneyOnly},
        {QStringLiteral("welcome_bonus"), welcomeBonus},
        {QStringLiteral("welcome_on"),
         welcomeOn == WelcomeOn::Enrolment ? QStringLiteral("enrolment") : QStringLiteral("first_purchase")},
        {QStringLiteral("birthday_bonus"), birthdayBonus},
        {QStringLiteral("expiry_months"), expiryMonths},
        {QStringLiteral("ends_on"), endsOn.isValid() ? endsOn.toString(Qt::ISODate) : QString()},
        {QStringLiteral("allow_negative"), allowNegative},
    };
    QJsonArray thresholds;
    for (const Threshold& t : discountThresholds)
        thresholds.append(QJsonObject{{QStringLiteral("spend_minor"), t.spendMinor},
                                      {QStringLiteral("percent"), percentValue(t.percentBp)}});
    const QString mode = discountMode == DiscountMode::Fixed        ? QStringLiteral("fixed")
                         : discountMode == DiscountMode::Cumulative ? QStringLiteral("cumulative")
                                                                    : QStringLiteral("none");
    QJsonObject discount{{QStringLiteral("mode"), mode},
                         {QStringLiteral("percent"), percentValue(fixedDiscountBp)},
                         {QStringLiteral("thresholds"), thresholds}};
    QJsonArray levels;
    for (const Tier& t : tiers)
        levels.append(QJsonObject{{QStringLiteral("name"), t.name},
                                  {QStringLiteral("spend_minor"), t.spendMinor},
                                  {QStringLiteral("multiplier_percent"), t.multiplierPercent},
                                  {QStringLiteral("discount_percent"), percentValue(t.discountBp)}});
    QJsonObject tierObject{{QStringLiteral("enabled"), tiersEnabled},
                           {QStringLiteral("window_months"), tierWindowMonths},
                           {QStringLiteral("levels"), levels}};
    QJsonObject stamps{{QStringLiteral("enabled"), stampsEnabled},
                       {QStringLiteral("stamps_to_fill"), stampsToFill},
                       {QStringLiteral("min_purchase_minor"), stampMinPurchaseMinor},
                       {QStringLiteral("reward"), stampReward},
                       {QStringLiteral("voucher_valid_days"), voucherValidDays}};
    QJsonObject referral{{QStringLiteral("enabled"), referralEnabled},
                         {QStringLiteral("referrer_points"), referrerPoints},
                         {QStringLiteral("referred_points"), referredPoints}};
    QJsonArray activityList;
    for (const Activity& a : activities)
        activityList.append(
            QJsonObject{{QStringLiteral("reason"), a.reason}, {QStringLiteral("points"), a.points}});
    QJsonArray recipients;
    for (qint64 id : donationRecipients)
        recipients.append(id);
    return QJsonObject{
        {QStringLiteral("points"), points},
        {QStringLiteral("discount"), discount},
        {QStringLiteral("tiers"), tierObject},
        {QStringLiteral("stamps"), stamps},
        {QStringLiteral("referral"), referral},
        {QStringLiteral("activities"), activityList},
        {QStringLiteral("donation_recipients"), recipients},
        {QStringLiteral("clerk_refund_limit_minor"), clerkRefundLimitMinor},
    };
}

Result<LoyaltyProgramme> LoyaltyProgramme::fromJson(const QJsonObject& json)
{
    LoyaltyProgramme p;
    const LoyaltyProgramme d = defaults();
    QString problem;
    const Reader top(json, QString(), &problem);
    top.refuseUnknown({QStringLiteral("points"), QStringLiteral("discount"), QStringLiteral("tiers"),
                       QStringLiteral("stamps"), QStringLiteral("referral"), QStringLiteral("activities"),
                       QStringLiteral("donation_recipients"), QStringLiteral("clerk_refund_limit_minor")});

    const Reader points(top.object(QStringLiteral("points")), QStringLiteral("points"), &problem);
    points.refuseUnknown(
        {QStringLiteral("enabled"), QStringLiteral("points_per_unit"), QStringLiteral("unit_minor"),
         QStringLiteral("point_value_minor"), QStringLiteral("min_balance_to_redeem"),
         QStringLiteral("max_share_percent"), QStringLiteral("earn_on_money_only"),
         QStringLiteral("welcome_bonus"), QStringLiteral("welcome_on"), QStringLiteral("birthday_bonus"),
         QStringLiteral("expiry_months"), QStringLiteral("ends_on"), QStringLiteral("allow_negative")});
    p.pointsEnabled = points.boolean(QStringLiteral("enabled"), d.pointsEnabled);
    p.pointsPerUnit = points.integer(QStringLiteral("points_per_unit"), d.pointsPerUnit, 0, 1'000'000);
    p.unitMinor = points.integer(QStringLiteral("unit_minor"), d.unitMinor, 1, kMaxMinor);
    p.pointValueMinor = points.integer(QStringLiteral("point_value_minor"), d.pointValueMinor, 0, kMaxMinor);
    p.minBalanceToRedeem =
        points.integer(QStringLiteral("min_balance_to_redeem"), d.minBalanceToRedeem, 0, 1'000'000'000);
    p.maxSharePercent = int(points.integer(QStringLiteral("max_share_percent"), d.maxSharePercent, 0, 100));
    p.earnOnMoneyOnly = points.boolean(QStringLiteral("earn_on_money_only"), d.earnOnMoneyOnly);
    p.welcomeBonus = points.integer(QStringLiteral("welcome_bonus"), d.welcomeBonus, 0, 1'000'000'000);
    const QString welcomeOn = points.text(QStringLiteral("welcome_on"), QStringLiteral("first_purchase"));
    if (welcomeOn == u"enrolment")
        p.welcomeOn = WelcomeOn::Enrolment;
    else if (welcomeOn == u"first_purchase")
        p.welcomeOn = WelcomeOn::FirstPurchase;
    else
        points.fail(QStringLiteral("welcome_on"), tr("use \"enrolment\" or \"first_purchase\""));
    p.birthdayBonus = points.integer(QStringLiteral("birthday_bonus"), d.birthdayBonus, 0, 1'000'000'000);
    p.expiryMonths = int(points.integer(QStringLiteral("expiry_months"), d.expiryMonths, 0, 120));
    const QString endsOn = points.text(QStringLiteral("ends_on"), QString());
    if (!endsOn.isEmpty()) {
        p.endsOn = QDate::fromString(endsOn, Qt::ISODate);
        if (!p.endsOn.isValid())
            points.fail(QStringLiteral("ends_on"), tr("use a date like 2027-03-31, or \"\" for no end"));
    }
    p.allowNegative = points.boolean(QStringLiteral("allow_negative"), d.allowNegative);

    const Reader discount(top.object(QStringLiteral("discount")), QStringLiteral("discount"), &problem);
    discount.refuseUnknown({QStringLiteral("mode"), QStringLiteral("percent"), QStringLiteral("thresholds")});
    const QString mode = discount.text(QStringLiteral("mode"), QStringLiteral("none"));
    if (mode == u"none")
        p.discountMode = DiscountMode::None;
    else if (mode == u"fixed")
        p.discountMode = DiscountMode::Fixed;
    else if (mode == u"cumulative")
        p.discountMode = DiscountMode::Cumulative;
    else
        discount.fail(QStringLiteral("mode"), tr("use \"none\", \"fixed\" or \"cumulative\""));
    p.fixedDiscountBp = discount.percentBp(QStringLiteral("percent"), d.fixedDiscountBp);
    const QJsonValue thresholdsValue = discount.array(QStringLiteral("thresholds"));
    if (top.object(QStringLiteral("discount")).contains(QStringLiteral("thresholds"))) {
        p.discountThresholds.clear();
        const QJsonArray list = thresholdsValue.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Reader t(list[i].toObject(), QStringLiteral("discount.thresholds[%1]").arg(i), &problem);
            t.refuseUnknown({QStringLiteral("spend_minor"), QStringLiteral("percent")});
            p.discountThresholds.append({t.integer(QStringLiteral("spend_minor"), 0, 0, kMaxMinor),
                                         t.percentBp(QStringLiteral("percent"), 0)});
        }
    } else {
        p.discountThresholds = d.discountThresholds;
    }

    const QJsonObject tiersObject = top.object(QStringLiteral("tiers"));
    const Reader tiers(tiersObject, QStringLiteral("tiers"), &problem);
    tiers.refuseUnknown(
        {QStringLiteral("enabled"), QStringLiteral("window_months"), QStringLiteral("levels")});
    p.tiersEnabled = tiers.boolean(QStringLiteral("enabled"), d.tiersEnabled);
    p.tierWindowMonths = int(tiers.integer(QStringLiteral("window_months"), d.tierWindowMonths, 1, 120));
    if (tiersObject.contains(QStringLiteral("levels"))) {
        const QJsonArray list = tiers.array(QStringLiteral("levels"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Reader t(list[i].toObject(), QStringLiteral("tiers.levels[%1]").arg(i), &problem);
            t.refuseUnknown({QStringLiteral("name"), QStringLiteral("spend_minor"),
                             QStringLiteral("multiplier_percent"), QStringLiteral("discount_percent")});
            p.tiers.append({t.text(QStringLiteral("name"), QString()),
                            t.integer(QStringLiteral("spend_minor"), 0, 0, kMaxMinor),
                            int(t.integer(QStringLiteral("multiplier_percent"), 100, 0, 1000)),
                            t.percentBp(QStringLiteral("discount_percent"), 0)});
        }
    } else {
        p.tiers = d.tiers;
    }

    const Reader stamps(top.object(QStringLiteral("stamps")), QStringLiteral("stamps"), &problem);
    stamps.refuseUnknown({QStringLiteral("enabled"), QStringLiteral("stamps_to_fill"),
                          QStringLiteral("min_purchase_minor"), QStringLiteral("reward"),
                          QStringLiteral("voucher_valid_days")});
    p.stampsEnabled = stamps.boolean(QStringLiteral("enabled"), d.stampsEnabled);
    p.stampsToFill = int(stamps.integer(QStringLiteral("stamps_to_fill"), d.stampsToFill, 2, 50));
    p.stampMinPurchaseMinor =
        stamps.integer(QStringLiteral("min_purchase_minor"), d.stampMinPurchaseMinor, 0, kMaxMinor);
    p.stampReward = stamps.text(QStringLiteral("reward"), d.stampReward);
    p.voucherValidDays =
        int(stamps.integer(QStringLiteral("voucher_valid_days"), d.voucherValidDays, 0, 3650));

    const Reader referral(top.object(QStringLiteral("referral")), QStringLiteral("referral"), &problem);
    referral.refuseUnknown(
        {QStringLiteral("enabled"), QStringLiteral("referrer_points"), QStringLiteral("referred_points")});
    p.referralEnabled = referral.boolean(QStringLiteral("enabled"), d.referralEnabled);
    p.referrerPoints =
        referral.integer(QStringLiteral("referrer_points"), d.referrerPoints, 0, 1'000'000'000);
    p.referredPoints =
        referral.integer(QStringLiteral("referred_points"), d.referredPoints, 0, 1'000'000'000);

    if (json.contains(QStringLiteral("activities"))) {
        const QJsonArray list = top.array(QStringLiteral("activities"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Reader a(list[i].toObject(), QStringLiteral("activities[%1]").arg(i), &problem);
            a.refuseUnknown({QStringLiteral("reason"), QStringLiteral("points")});
            p.activities.append({a.text(QStringLiteral("reason"), QString()),
                                 a.integer(QStringLiteral("points"), 0, 1, 1'000'000'000)});
        }
    } else {
        p.activities = d.activities;
    }
    const QJsonArray recipients = top.array(QStringLiteral("donation_recipients"));
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const double id = recipients[i].toDouble(-1);
        if (id < 1 || std::floor(id) != id)
            top.fail(QStringLiteral("donation_recipients[%1]").arg(i), tr("use a customer number"));
        else
            p.donationRecipients.append(qint64(id));
    }
    p.clerkRefundLimitMinor =
        top.integer(QStringLiteral("clerk_refund_limit_minor"), d.clerkRefundLimitMinor, 0, kMaxMinor);

    if (!problem.isEmpty())
        return makeError(Error::Kind::Invalid, problem);
    if (auto valid = p.validate(); !valid)
        return valid.error();
    return p;
}

Result<void> LoyaltyProgramme::validate() const
{
    auto fail = [](const QString& key, const QString& why) {
        return makeError(Error::Kind::Invalid, tr("%1: %2").arg(key, why));
    };
    for (qsizetype i = 1; i < discountThresholds.size(); ++i) {
        if (discountThresholds[i].spendMinor <= discountThresholds[i - 1].spendMinor)
            return fail(QStringLiteral("discount.thresholds[%1].spend_minor").arg(i),
                        tr("each threshold must be above the one before"));
    }
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        if (tiers[i].name.trimmed().isEmpty())
            return fail(QStringLiteral("tiers.levels[%1].name").arg(i), tr("give every tier a name"));
        if (i > 0 && tiers[i].spendMinor <= tiers[i - 1].spendMinor)
            return fail(QStringLiteral("tiers.levels[%1].spend_minor").arg(i),
                        tr("each tier must need more spend than the one before"));
    }
    if (tiersEnabled && tiers.isEmpty())
        return fail(QStringLiteral("tiers.levels"), tr("tiers are on but none is defined"));
    if (stampsEnabled && stampReward.trimmed().isEmpty())
        return fail(QStringLiteral("stamps.reward"), tr("say what a full stamp card gives"));
    for (qsizetype i = 0; i < activities.size(); ++i) {
        if (activities[i].reason.trimmed().isEmpty())
            return fail(QStringLiteral("activities[%1].reason").arg(i), tr("give every activity a name"));
    }
    return {};
}

qint64 LoyaltyProgramme::pointsFor(qint64 moneyMinor, int multiplierPercent) const
{
    if (!pointsEnabled || moneyMinor <= 0 || unitMinor <= 0)
        return 0;
    // Whole units first, so rounding down happens once per sale and never in the customer's disfavour twice.
    const qint64 base = (moneyMinor / unitMinor) * pointsPerUnit;
    return base * multiplierPercent / 100;
}

const LoyaltyProgramme::Tier* LoyaltyProgramme::tierFor(qint64 windowSpendMinor) const
{
    if (!tiersEnabled)
        return nullptr;
    const Tier* reached = nullptr;
    for (const Tier& t : tiers) {
        if (windowSpendMinor >= t.spendMinor)
            reached = &t;
    }
    return reached;
}

const LoyaltyProgramme::Tier* LoyaltyProgramme::nextTier(qint64 windowSpendMinor) const
{
    if (!tiersEnabled)
        return nullptr;
    for (const Tier& t : tiers) {
        if (windowSpendMinor < t.spendMinor)
            return &t;
    }
    return nullptr;
}

int LoyaltyProgramme::discountBpFor(qint64 totalSpendMinor, const Tier* tier) const
{
    int rate = 0;
    if (discountMode == DiscountMode::Fixed)
        rate = fixedDiscountBp;
    else if (discountMode == DiscountMode::Cumulative) {
        for (const Threshold& t : discountThresholds) {
            if (totalSpendMinor >= t.spendMinor)
                rate = t.percentBp;
        }
    }
    if (tier)
        rate = std::max(rate, tier->discountBp);
    return rate;
}

qint64 LoyaltyProgramme::maxRedeemable(qint64 payableMinor, qint64 balance) const
{
    if (!pointsEnabled || pointValueMinor <= 0 || balance <= 0 || balance < minBalanceToRedeem)
        return 0;
    const qint64 shareMinor = payableMinor * maxSharePercent / 100;
    return std::min(balance, shareMinor / pointValueMinor);
}
