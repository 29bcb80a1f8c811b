#include "OfflineTill.h"

#include "Clock.h"
#include "CouponCode.h"
#include "Coupons.h"
#include "CustomerStore.h"
#include "TillCopy.h"

#include <QJsonDocument>
#include <QUuid>

namespace {
QString newReference(const QString& prefix, const QDateTime& at)
{
    return QStringLiteral("%1-%2-%3")
        .arg(prefix, at.toString(QStringLiteral("yyyyMMddHHmmsszzz")),
             QUuid::createUuid().toString(QUuid::Id128).left(8));
}
} // namespace

OfflineTill::OfflineTill(TillCopy& copy, const Clock& clock, const AccessPolicy& access)
    : m_copy(copy), m_clock(clock), m_access(access), m_ledger(copy.database(), clock, access),
      m_directory(copy.database(), clock)
{
    m_directory.setAccess(access);
}

qint64 OfflineTill::estimatedBalance(qint64 customerId) const
{
    const TillCopyStore& store = m_copy.store();
    return store.balance(customerId) - store.expiredBy(customerId, m_clock.nowUtc()) -
           store.waitingRedeemed(customerId) + store.waitingEarned(customerId);
}

Result<OfflineTill::CouponOffer> OfflineTill::couponFor(const QString& typedCode, qint64 amountMinor) const
{
    auto code = CouponCode::normalize(typedCode);
    if (!code)
        return code.error();
    const QString shown = CouponCode::display(code.value());
    if (m_copy.store().couponWaiting(code.value()))
        return makeError(Error::Kind::Invalid,
                         tr("Coupon %1 was already used at this till while it was offline.").arg(shown));
    // The copy holds only coupons that were still unused at its last refresh.
    Coupons coupons(m_copy.database(), m_clock, m_access, m_ledger);
    auto info = coupons.check(code.value());
    if (!info)
        return info.error().kind == Error::Kind::NotFound
                   ? makeError(Error::Kind::NotFound,
                               tr("Coupon %1 is not in this till's copy: it was used already or made after "
                                  "the copy was last refreshed. It can be used when the server is back.")
                                   .arg(shown))
                   : info.error();
    if (amountMinor < info->campaign.minPurchaseMinor)
        return makeError(Error::Kind::Invalid,
                         tr("Coupon %1 needs a purchase of at least %2.")
                             .arg(shown, money().format(info->campaign.minPurchaseMinor)));
    return CouponOffer{code.value(), Coupons::discountFor(info->campaign, amountMinor),
                       coupons.describeOffer(info->campaign)};
}

Result<SaleQuote> OfflineTill::quote(const SaleRequest& request) const
{
    if (request.amountMinor <= 0)
        return makeError(Error::Kind::Invalid, tr("Type the amount of the sale; it must be above zero."));
    if (request.redeemPoints < 0)
        return makeError(Error::Kind::Invalid, tr("The points to spend cannot be below zero."));
    CustomerStore customers(m_copy.database());
    const auto customer = customers.byId(request.customerId);
    if (!customer)
        return makeError(Error::Kind::NotFound,
                         tr("There is no customer number %1.").arg(request.customerId));
    if (customer->isArchived())
        return makeError(
            Error::Kind::Invalid,
            tr("%1 is archived. Restore the customer before recording a sale.").arg(customer->name));
    SaleQuote q;
    q.amountMinor = request.amountMinor;
    if (!request.couponCode.isEmpty()) {
        auto offer = couponFor(request.couponCode, request.amountMinor);
        if (!offer)
            return offer.error();
        q.couponDiscountMinor = offer->discountMinor;
    }
    const LoyaltyProgramme p = programme();
    const TillCopyStore& store = m_copy.store();
    const TillCopyStore::Figures figures = store.figures(request.customerId);
    const LoyaltyProgramme::Tier* tier = p.tiersEnabled ? p.tierFor(figures.windowSpendMinor) : nullptr;
    q.balanceBefore = estimatedBalance(request.customerId);
    q.applyDiscounts(
        p, tier, p.discountMode == LoyaltyProgramme::DiscountMode::Cumulative ? figures.totalSpendMinor : 0);
    if (request.redeemPoints > 0) {
        if (q.balanceBefore < p.minBalanceToRedeem)
            return makeError(Error::Kind::Invalid,
                             tr("Points can be spent from a balance of %L1; this customer has %L2.")
                                 .arg(p.minBalanceToRedeem)
                                 .arg(q.balanceBefore));
        if (request.redeemPoints > q.maxRedeemable)
            return makeError(
                Error::Kind::Invalid,
                tr("Offline, at most %L1 points can pay this sale: the till's copy shows no more.")
                    .arg(q.maxRedeemable));
    }
    q.applyRedemption(p, request.redeemPoints, m_clock.nowUtc().toLocalTime().date());
    const bool firstPurchase = figures.sales == 0 && store.waitingEarned(request.customerId) == 0 &&
                               store.waitingRedeemed(request.customerId) == 0;
    if (firstPurchase && p.pointsEnabled && p.welcomeOn == LoyaltyProgramme::WelcomeOn::FirstPurchase &&
        p.welcomeBonus > 0 && !figures.welcomeGiven)
        q.welcomePoints = p.welcomeBonus;
    q.bonusPoints = q.welcomePoints;
    q.balanceAfter = q.balanceBefore - q.redeemPoints + q.earnPoints + q.bonusPoints;
    q.stampsToFill = p.stampsToFill;
    if (p.stampsEnabled) {
        q.stampsBefore = store.stamps(request.customerId);
        q.stampsAfter = q.stampsBefore + (q.amountMinor >= p.stampMinPurchaseMinor ? 1 : 0);
        q.fillsStampCard = q.stampsAfter >= p.stampsToFill;
    }
    return q;
}

Result<SaleOutcome> OfflineTill::recordSale(SaleRequest request)
{
    const QDateTime at = m_clock.nowUtc();
    if (request.tillId.isEmpty())
        request.tillId = QStringLiteral("1");
    if (request.saleRef.isEmpty())
        request.saleRef = newReference(QStringLiteral("offline"), at);
    const auto answer = [](const OutboxItem& item, bool repeated) {
        SaleOutcome outcome;
        outcome.repeated = repeated;
        outcome.json = item.inputs.value(QStringLiteral("told")).toObject();
        if (repeated)
            outcome.json.insert(QStringLiteral("repeated"), true);
        if (item.replayed())
            outcome.json.insert(QStringLiteral("confirmed"), item.result);
        return outcome;
    };
    if (auto earlier = m_copy.store().item(OutboxItem::Kind::Sale, request.tillId, request.saleRef))
        return answer(earlier.value(), true);

    auto q = quote(request);
    if (!q)
        return q.error();
    const Money currency = money();
    QString couponCode;
    QString couponGives;
    if (!request.couponCode.isEmpty()) {
        auto offer = couponFor(request.couponCode, request.amountMinor);
        if (!offer)
            return offer.error();
        couponCode = offer->code;
        couponGives = offer->gives;
    }
    OutboxItem item;
    item.kind = OutboxItem::Kind::Sale;
    item.tillId = request.tillId;
    item.ref = request.saleRef;
    item.at = at;
    item.clerk = m_access.actor();
    item.customerId = request.customerId;
    item.customerRef = m_copy.store().localRef(request.customerId);
    item.amountMinor = request.amountMinor;
    item.redeemPoints = q->redeemPoints;
    item.couponCode = couponCode;
    item.estimatedEarned = q->earnPoints + q->bonusPoints;
    QJsonObject told{
        {QStringLiteral("offline"), true},
        {QStringLiteral("customer"), request.customerId},
        {QStringLiteral("till"), request.tillId},
        {QStringLiteral("ref"), request.saleRef},
        {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
        {QStringLiteral("amount"), currency.toPlainText(q->amountMinor)},
        {QStringLiteral("discount"), currency.toPlainText(q->discountMinor + q->couponDiscountMinor)},
        {QStringLiteral("redeemed"), q->redeemPoints},
        {QStringLiteral("to_pay"), currency.toPlainText(q->toPayMinor)},
        {QStringLiteral("estimated_earned"), item.estimatedEarned},
        {QStringLiteral("estimated_balance"), q->balanceAfter},
        {QStringLiteral("currency"), currency.currencyCode()},
    };
    if (!couponCode.isEmpty()) {
        told.insert(QStringLiteral("coupon"), couponCode);
        told.insert(QStringLiteral("coupon_discount"), currency.toPlainText(q->couponDiscountMinor));
        told.insert(QStringLiteral("coupon_gives"), couponGives);
    }
    item.inputs = QJsonObject{{QStringLiteral("told"), told},
                              {QStringLiteral("coupon_discount_minor"), q->couponDiscountMinor},
                              {QStringLiteral("coupon_gives"), couponGives}};
    auto id = m_copy.store().addItem(item);
    if (!id)
        return id.error();
    return answer(item, false);
}

Result<qint64> OfflineTill::enrol(const CustomerDraft& draft, const QString& tillId, QString ref)
{
    const QDateTime at = m_clock.nowUtc();
    if (ref.isEmpty())
        ref = newReference(QStringLiteral("enrol-%1").arg(tillId), at);
    if (auto earlier = m_copy.store().item(OutboxItem::Kind::Enrolment, tillId, ref))
        return earlier->customerId;
    Transaction transaction(m_copy.database());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    // The copy's directory checks the form and that nobody in the copy has the phone or card.
    auto created = m_directory.create(draft);
    if (!created)
        return created.error();
    auto localId = m_copy.store().makeLocal(created.value(), ref);
    if (!localId)
        return localId.error();
    OutboxItem item;
    item.kind = OutboxItem::Kind::Enrolment;
    item.tillId = tillId;
    item.ref = ref;
    item.at = at;
    item.clerk = m_access.actor();
    item.customerId = localId.value();
    item.customerRef = ref;
    item.inputs = QJsonObject{
        {QStringLiteral("name"), draft.name},
        {QStringLiteral("nickname"), draft.nickname},
        {QStringLiteral("phone"), draft.phone},
        {QStringLiteral("card"), draft.card},
        {QStringLiteral("email"), draft.email},
        {QStringLiteral("birthday"), draft.birthday},
        {QStringLiteral("notes"), draft.notes},
        {QStringLiteral("data_consent"), draft.dataConsent},
        {QStringLiteral("marketing_consent"), draft.marketingConsent},
        {QStringLiteral("consent_channel"), ConsentRecord::channelKey(draft.consentChannel)},
        {QStringLiteral("recorded_by"), draft.recordedBy},
    };
    if (auto added = m_copy.store().addItem(item); !added)
        return added.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return localId;
}
