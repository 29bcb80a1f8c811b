#include "Coupons.h"

#include "AuditLog.h"

#include "Clock.h"
#include "CouponCode.h"
#include "CustomerStore.h"
#include "Database.h"
#include "LocalDates.h"
#include "LoyaltyLedger.h"
#include "SaleStore.h"

#include <QJsonObject>
#include <QLocale>
#include <QUuid>

namespace {
// A fresh code can collide with an existing coupon or voucher (about 1 in 2^50 per code); draw again.
constexpr int kDrawsPerCode = 20;

QString shortDate(const QDate& date)
{
    return LocalDates::date(date);
}
} // namespace

QJsonObject CouponRedemption::toJson(const Money& money) const
{
    const Campaign& c = info.campaign;
    QJsonObject json{
        {QStringLiteral("code"), info.coupon.code},
        {QStringLiteral("campaign"), c.name},
        {QStringLiteral("gives"), Campaign::kindKey(c.kind)},
        {QStringLiteral("min_purchase"), money.toPlainText(c.minPurchaseMinor)},
        {QStringLiteral("redeemed_at"), info.coupon.redeemedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("till"), info.coupon.redeemedTill},
        {QStringLiteral("sale"), info.coupon.redeemedSale},
        {QStringLiteral("by"), info.coupon.redeemedBy},
    };
    switch (c.kind) {
    case Campaign::Kind::AmountOff:
        json.insert(QStringLiteral("amount"), money.toPlainText(c.amountMinor));
        break;
    case Campaign::Kind::PercentOff:
        json.insert(QStringLiteral("percent"), c.percentBp / 100.0);
        break;
    case Campaign::Kind::FreeItem:
        json.insert(QStringLiteral("item"), c.item);
        break;
    case Campaign::Kind::BonusPoints:
        json.insert(QStringLiteral("points"), c.points);
        json.insert(QStringLiteral("points_credited"), pointsCredited);
        json.insert(QStringLiteral("balance"), balance);
        break;
    }
    if (discountMinor >= 0)
        json.insert(QStringLiteral("discount"), money.toPlainText(discountMinor));
    if (info.coupon.redeemedCustomerId > 0)
        json.insert(QStringLiteral("customer"), info.coupon.redeemedCustomerId);
    return json;
}

Coupons::Coupons(Database& db, const Clock& clock, const AccessPolicy& access, LoyaltyLedger& ledger)
    : m_db(db), m_clock(clock), m_access(access), m_ledger(ledger), m_store(db)
{
}

Money Coupons::money() const
{
    return m_ledger.money();
}

QDate Coupons::today() const
{
    return m_clock.nowUtc().toLocalTime().date();
}

Result<QStringList> Coupons::createCampaign(Campaign c, int count, const QList<qint64>& customers)
{
    c.name = c.name.trimmed();
    if (c.name.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Give the campaign a name."));
    switch (c.kind) {
    case Campaign::Kind::AmountOff:
        if (c.amountMinor <= 0)
            return makeError(Error::Kind::Invalid, tr("Give an amount off above zero."));
        break;
    case Campaign::Kind::PercentOff:
        if (c.percentBp <= 0 || c.percentBp > 10000)
            return makeError(Error::Kind::Invalid, tr("Give a percentage off between 0 and 100."));
        break;
    case Campaign::Kind::FreeItem:
        c.item = c.item.trimmed();
        if (c.item.isEmpty())
            return makeError(Error::Kind::Invalid, tr("Describe the free item."));
        break;
    case Campaign::Kind::BonusPoints:
        if (c.points <= 0)
            return makeError(Error::Kind::Invalid, tr("Give a number of bonus points above zero."));
        break;
    }
    if (c.minPurchaseMinor < 0)
        return makeError(Error::Kind::Invalid, tr("The minimum purchase cannot be below zero."));
    if (c.validFrom.isValid() && c.validUntil.isValid() && c.validUntil < c.validFrom)
        return makeError(Error::Kind::Invalid, tr("The last valid day (%1) is before the first (%2).")
                                                   .arg(shortDate(c.validUntil), shortDate(c.validFrom)));
    const qint64 total = qint64(count) * std::max<qint64>(1, customers.size());
    if (count < 1 || total > MaxCouponsPerCampaign)
        return makeError(Error::Kind::Invalid,
                         tr("Make between 1 and %1 coupons.").arg(QLocale().toString(MaxCouponsPerCampaign)));

    if (!m_access.allows(AccessPolicy::Action::CreateCampaign))
        return makeError(Error::Kind::NotAllowed,
                         AccessPolicy::refusal(AccessPolicy::Action::CreateCampaign));
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    if (m_store.campaignByName(c.name))
        return makeError(Error::Kind::Duplicate,
                         tr("There is already a campaign called “%1”. Choose another name.").arg(c.name));
    CustomerStore customerStore(m_db);
    for (qint64 id : customers) {
        if (!customerStore.byId(id))
            return makeError(Error::Kind::NotFound, tr("There is no customer number %1.").arg(id));
    }
    c.createdAt = m_clock.nowUtc();
    c.createdBy = m_access.actor();
    auto campaignId = m_store.addCampaign(c);
    if (!campaignId)
        return campaignId.error();

    QStringList codes;
    codes.reserve(total);
    const QList<qint64> owners = customers.isEmpty() ? QList<qint64>{0} : customers;
    for (qint64 owner : owners) {
        for (int i = 0; i < count; ++i) {
            Coupon coupon;
            coupon.campaignId = campaignId.value();
            coupon.issuedTo = owner;
            coupon.createdAt = c.createdAt;
            Result<qint64> added = makeError(Error::Kind::Duplicate, QString());
            for (int draw = 0; draw < kDrawsPerCode && !added && added.error().kind == Error::Kind::Duplicate;
                 ++draw) {
                coupon.code = CouponCode::generate();
                added = m_store.addCoupon(coupon);
            }
            if (!added)
                return added.error();
            codes.append(coupon.code);
        }
    }
    QJsonObject made{{QStringLiteral("name"), c.name},
                     {QStringLiteral("kind"), Campaign::kindKey(c.kind)},
                     {QStringLiteral("amount_minor"), c.amountMinor},
                     {QStringLiteral("percent_bp"), c.percentBp},
                     {QStringLiteral("item"), c.item},
                     {QStringLiteral("points"), c.points},
                     {QStringLiteral("min_purchase_minor"), c.minPurchaseMinor},
                     {QStringLiteral("valid_from"), c.validFrom.toString(Qt::ISODate)},
                     {QStringLiteral("valid_until"), c.validUntil.toString(Qt::ISODate)},
                     {QStringLiteral("coupons"), codes.size()}};
    if (auto r = AuditLog(m_db, m_clock, m_access)
                     .record(QStringLiteral("campaign.create"),
                             {QStringLiteral("campaign"), QString::number(campaignId.value())}, {}, made);
        !r)
        return r.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return codes;
}

QList<Campaign> Coupons::campaigns() const
{
    return m_store.campaigns();
}

Result<Campaign> Coupons::campaign(const QString& name) const
{
    auto found = m_store.campaignByName(name.trimmed());
    if (!found && found.error().kind == Error::Kind::NotFound)
        return makeError(Error::Kind::NotFound, tr("There is no campaign called “%1”.").arg(name));
    return found;
}

QList<Coupon> Coupons::couponsOf(qint64 campaignId) const
{
    return m_store.couponsOf(campaignId);
}

CampaignCounts Coupons::counts(qint64 campaignId) const
{
    return m_store.counts(campaignId, today());
}

double Coupons::redemptionRate(const CampaignCounts& counts)
{
    const qint64 base = counts.printed > 0 ? counts.printed : counts.issued;
    return base > 0 ? double(counts.redeemed) / double(base) : 0.0;
}

Result<void> Coupons::markPrinted(qint64 campaignId)
{
    return m_store.markPrinted(campaignId, m_clock.nowUtc());
}

QString Coupons::customerName(qint64 customerId) const
{
    if (customerId <= 0)
        return QString();
    auto customer = CustomerStore(m_db).byId(customerId);
    if (!customer)
        return QString();
    return customer->name.isEmpty() ? customer->nickname : customer->name;
}

Result<CouponInfo> Coupons::find(const QString& canonical) const
{
    auto coupon = m_store.byCode(canonical);
    if (!coupon) {
        if (coupon.error().kind == Error::Kind::NotFound)
            return makeError(Error::Kind::NotFound,
                             tr("%1 is not a coupon of this shop. Check the code, or ask "
                                "where the coupon comes from.")
                                 .arg(CouponCode::display(canonical)));
        return coupon.error();
    }
    auto campaign = m_store.campaign(coupon->campaignId);
    if (!campaign)
        return campaign.error();
    return CouponInfo{coupon.value(), campaign.value(), customerName(coupon->issuedTo)};
}

Error Coupons::alreadyRedeemed(const Coupon& coupon) const
{
    const QLocale locale;
    const QString when = LocalDates::dateTime(coupon.redeemedAt, QLocale::ShortFormat, locale);
    const QString by = coupon.redeemedBy.isEmpty() ? tr("someone unnamed") : coupon.redeemedBy;
    return makeError(Error::Kind::Duplicate,
                     tr("Coupon %1 was already redeemed on %2 at till %3 by %4.")
                         .arg(CouponCode::display(coupon.code), when, coupon.redeemedTill, by));
}

Result<CouponInfo> Coupons::check(const QString& typedCode) const
{
    auto code = CouponCode::normalize(typedCode);
    if (!code)
        return code.error();
    auto info = find(code.value());
    if (!info)
        return info;
    const Campaign& c = info->campaign;
    const QString shown = CouponCode::display(code.value());
    if (info->coupon.isRedeemed())
        return alreadyRedeemed(info->coupon);
    const QDate day = today();
    if (c.validFrom.isValid() && day < c.validFrom)
        return makeError(
            Error::Kind::Invalid,
            tr("Coupon %1 is not valid yet: it can be used from %2.").arg(shown, shortDate(c.validFrom)));
    if (c.validUntil.isValid() && day > c.validUntil)
        return makeError(
            Error::Kind::Invalid,
            tr("Coupon %1 has expired: its last day was %2.").arg(shown, shortDate(c.validUntil)));
    return info;
}

Result<CouponRedemption> Coupons::redeem(const QString& typedCode, const CouponRedeemRequest& request)
{
    // Only the customer's points are written (a coupon issued to someone else takes that customer's lock
    // when it credits them); the coupon itself is used by a conditional UPDATE that one till alone wins.
    Transaction tx(m_db, ForCustomers{{request.customerId}});
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    auto info = check(typedCode);
    if (!info)
        return info.error();
    const Campaign& c = info->campaign;
    const QString shown = CouponCode::display(info->coupon.code);
    if (request.purchaseMinor >= 0 && request.purchaseMinor < c.minPurchaseMinor)
        return belowMinimum(info->coupon, c, request.purchaseMinor);
    const qint64 customerId = request.customerId > 0 ? request.customerId : info->coupon.issuedTo;
    if (c.kind == Campaign::Kind::BonusPoints && customerId <= 0)
        return makeError(
            Error::Kind::Invalid,
            tr("Coupon %1 gives bonus points: open the customer who gets them first.").arg(shown));
    if (customerId > 0 && !CustomerStore(m_db).byId(customerId))
        return makeError(Error::Kind::NotFound, tr("There is no customer number %1.").arg(customerId));

    const QDateTime at = m_clock.nowUtc();
    auto used =
        m_store.redeem(info->coupon.code, at, request.saleRef, request.tillId, m_access.actor(), customerId);
    if (!used)
        return used.error();
    if (!used.value()) {
        // Another till used it between the check and the update: it waited for that till and was told.
        auto now = m_store.byCode(info->coupon.code);
        return now ? alreadyRedeemed(now.value()) : now.error();
    }
    CouponRedemption outcome;
    if (c.kind == Campaign::Kind::BonusPoints) {
        auto balance = m_ledger.creditCouponPoints(customerId, c.points, info->coupon.code);
        if (!balance)
            return balance.error();
        outcome.pointsCredited = c.points;
        outcome.balance = balance.value();
    }
    if (request.purchaseMinor >= 0)
        outcome.discountMinor = discountFor(c, request.purchaseMinor);
    auto after = find(info->coupon.code);
    if (!after)
        return after.error();
    outcome.info = after.value();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

qint64 Coupons::discountFor(const Campaign& campaign, qint64 purchaseMinor)
{
    if (campaign.kind == Campaign::Kind::AmountOff)
        return std::min(campaign.amountMinor, purchaseMinor);
    if (campaign.kind == Campaign::Kind::PercentOff)
        return purchaseMinor * campaign.percentBp / 10000;
    return 0;
}

Error Coupons::belowMinimum(const Coupon& coupon, const Campaign& campaign, qint64 purchaseMinor) const
{
    const Money currency = money();
    return makeError(Error::Kind::Invalid,
                     tr("Coupon %1 needs a purchase of at least %2; this one is %3.")
                         .arg(CouponCode::display(coupon.code), currency.format(campaign.minPurchaseMinor),
                              currency.format(purchaseMinor)));
}

Result<SaleQuote> Coupons::quoteSale(const QString& typedCode, SaleRequest request) const
{
    auto info = check(typedCode);
    if (!info)
        return info.error();
    if (request.amountMinor > 0 && request.amountMinor < info->campaign.minPurchaseMinor)
        return belowMinimum(info->coupon, info->campaign, request.amountMinor);
    request.couponCode = info->coupon.code;
    request.couponDiscountMinor = discountFor(info->campaign, request.amountMinor);
    return m_ledger.quote(request);
}

Result<SaleOutcome> Coupons::recordSale(const QString& typedCode, SaleRequest request)
{
    if (request.tillId.isEmpty())
        request.tillId = QStringLiteral("1");
    if (request.saleRef.isEmpty()) // the coupon names the sale it was used with
        request.saleRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Transaction tx(m_db, ForCustomers{m_ledger.saleCustomers(request.customerId)});
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    // A repeated reference answers as the first time did, without trying the coupon a second time.
    if (SaleStore(m_db).byReference(request.tillId, request.saleRef))
        return m_ledger.recordSale(request);
    CouponRedeemRequest redeemRequest;
    redeemRequest.tillId = request.tillId;
    redeemRequest.saleRef = request.saleRef;
    redeemRequest.purchaseMinor = request.amountMinor;
    redeemRequest.customerId = request.customerId;
    auto used = redeem(typedCode, redeemRequest);
    if (!used)
        return used.error();
    request.couponCode = used->info.coupon.code;
    request.couponDiscountMinor = std::max<qint64>(0, used->discountMinor);
    request.couponGives = describeOffer(used->info.campaign);
    // A refused sale returns before the commit: the rollback leaves the coupon unused.
    auto sale = m_ledger.recordSale(request);
    if (!sale)
        return sale.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return sale;
}

Result<CouponInfo> Coupons::undoRedemption(const QString& typedCode, const QString& reason)
{
    if (!m_access.allows(AccessPolicy::Action::UndoRedemption))
        return makeError(Error::Kind::NotAllowed,
                         AccessPolicy::refusal(AccessPolicy::Action::UndoRedemption));
    auto code = CouponCode::normalize(typedCode);
    if (!code)
        return code.error();
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    auto info = find(code.value());
    if (!info)
        return info;
    const Coupon redeemed = info->coupon;
    if (!redeemed.isRedeemed())
        return makeError(Error::Kind::Invalid,
                         tr("Coupon %1 has not been redeemed; there is nothing to undo.")
                             .arg(CouponCode::display(redeemed.code)));
    auto undone = m_store.undoRedemption(redeemed, m_clock.nowUtc(), m_access.actor(), reason.trimmed());
    if (!undone)
        return undone.error();
    if (!undone.value())
        return makeError(Error::Kind::Duplicate,
                         tr("Coupon %1 was changed at another till a moment ago. Look it up again.")
                             .arg(CouponCode::display(redeemed.code)));
    if (info->campaign.kind == Campaign::Kind::BonusPoints && redeemed.redeemedCustomerId > 0) {
        auto reversed =
            m_ledger.reverseCouponPoints(redeemed.redeemedCustomerId, info->campaign.points, redeemed.code);
        if (!reversed)
            return reversed.error();
    }
    auto after = find(redeemed.code);
    if (!after)
        return after;
    const auto redemptionJson = [](const Coupon& c) {
        QJsonObject json{{QStringLiteral("code"), c.code}};
        if (c.isRedeemed())
            json.insert(QStringLiteral("redeemed_at"), c.redeemedAt.toString(Qt::ISODateWithMs));
        if (c.redeemedCustomerId > 0)
            json.insert(QStringLiteral("customer"), c.redeemedCustomerId);
        return json;
    };
    if (auto r =
            AuditLog(m_db, m_clock, m_access)
                .record(QStringLiteral("coupon.undo_redemption"), {QStringLiteral("coupon"), redeemed.code},
                        redemptionJson(redeemed), redemptionJson(after->coupon), reason.trimmed());
        !r)
        return r.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return after;
}

QString Coupons::describeOffer(const Campaign& c) const
{
    const QLocale locale;
    switch (c.kind) {
    case Campaign::Kind::AmountOff:
        return tr("%1 off").arg(money().format(c.amountMinor, locale));
    case Campaign::Kind::PercentOff:
        return tr("%1% off").arg(locale.toString(c.percentBp / 100.0, 'g', 4));
    case Campaign::Kind::FreeItem:
        return tr("Free: %1").arg(c.item);
    case Campaign::Kind::BonusPoints:
        return tr("%1 bonus points").arg(locale.toString(c.points));
    }
    return QString();
}

QString Coupons::describeValidity(const Campaign& c) const
{
    if (c.validFrom.isValid() && c.validUntil.isValid())
        return tr("Valid from %1 to %2").arg(shortDate(c.validFrom), shortDate(c.validUntil));
    if (c.validUntil.isValid())
        return tr("Valid until %1").arg(shortDate(c.validUntil));
    if (c.validFrom.isValid())
        return tr("Valid from %1").arg(shortDate(c.validFrom));
    return tr("No end date");
}

QString Coupons::describeTerms(const Campaign& c) const
{
    if (!c.terms.trimmed().isEmpty())
        return c.terms.trimmed();
    if (c.minPurchaseMinor > 0)
        return tr("Single use. Minimum purchase %1. Not exchangeable for cash.")
            .arg(money().format(c.minPurchaseMinor));
    return tr("Single use. Not exchangeable for cash.");
}
