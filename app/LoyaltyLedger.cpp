#include "LoyaltyLedger.h"

#include "AuditLog.h"

#include "CardNumber.h"
#include "Clock.h"
#include "CouponCode.h"
#include "CustomerStore.h"
#include "Database.h"
#include "LocalDates.h"
#include "ShopSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

namespace {
qint64 sumOf(const QList<LedgerEntry>& entries, LedgerEntry::Kind kind, const QString& reason = {})
{
    qint64 total = 0;
    for (const LedgerEntry& e : entries) {
        if (e.kind == kind && (reason.isEmpty() || e.reason == reason))
            total += e.points;
    }
    return total;
}

QString newSaleReference(const QDateTime& at)
{
    return QStringLiteral("auto-%1-%2")
        .arg(at.toString(QStringLiteral("yyyyMMddHHmmsszzz")))
        .arg(QRandomGenerator::system()->generate() % 1000000, 6, 10, QChar(u'0'));
}
} // namespace

QJsonObject RefundOutcome::toJson() const
{
    return QJsonObject{{QStringLiteral("points_taken_back"), pointsTakenBack},
                       {QStringLiteral("points_returned"), pointsReturned},
                       {QStringLiteral("points_unrecovered"), pointsUnrecovered},
                       {QStringLiteral("stamps_removed"), stampsRemoved},
                       {QStringLiteral("balance"), balance}};
}

LoyaltyLedger::LoyaltyLedger(Database& db, const Clock& clock, const AccessPolicy& access)
    : m_db(db), m_clock(clock), m_access(access), m_ledger(db), m_sales(db), m_stamps(db), m_vouchers(db)
{
}

QDateTime LoyaltyLedger::now() const
{
    return m_clock.nowUtc();
}

namespace {
const QList<ShopSettings::Key> kMoneyKeys = {ShopSettings::Key::Currency, ShopSettings::Key::Country,
                                             ShopSettings::Key::CurrencyDisplay};

Money moneyFrom(const QMap<ShopSettings::Key, QString>& settings)
{
    QString code = settings.value(ShopSettings::Key::Currency);
    if (code.isEmpty())
        code = Money::currencyForRegion(settings.value(ShopSettings::Key::Country));
    const bool toman = settings.value(ShopSettings::Key::CurrencyDisplay) == u"toman";
    return Money(code.isEmpty() ? QStringLiteral("EUR") : code,
                 toman ? Money::Display::Toman : Money::Display::Standard);
}
} // namespace

LoyaltyProgramme LoyaltyLedger::programme() const
{
    return rules().first;
}

std::pair<LoyaltyProgramme, Money> LoyaltyLedger::rules() const
{
    // Read every time (another till may have changed them) in one query; parsed only when the text changed.
    const auto settings = ShopSettings(m_db).values(kMoneyKeys + QList{ShopSettings::Key::Programme});
    const Money currency = moneyFrom(settings);
    const QString stored = settings.value(ShopSettings::Key::Programme);
    // Without stored rules the defaults follow the currency, so the currency is part of what is cached.
    const QString key = stored.isEmpty() ? currency.currencyCode() : stored;
    if (m_cachedProgramme && key == m_cachedProgrammeText)
        return {*m_cachedProgramme, currency};
    auto parsed = stored.isEmpty()
                      ? Result<LoyaltyProgramme>(LoyaltyProgramme::defaultsFor(currency.everydayUnitMinor()))
                      : LoyaltyProgramme::fromJson(QJsonDocument::fromJson(stored.toUtf8()).object());
    m_cachedProgramme = parsed ? parsed.value() : LoyaltyProgramme::defaultsFor(currency.everydayUnitMinor());
    m_cachedProgrammeText = key;
    return {*m_cachedProgramme, currency};
}

Result<void> LoyaltyLedger::setProgramme(const LoyaltyProgramme& programme)
{
    if (!m_access.allows(AccessPolicy::Action::ChangeProgramme))
        return makeError(Error::Kind::NotAllowed,
                         AccessPolicy::refusal(AccessPolicy::Action::ChangeProgramme));
    if (auto valid = programme.validate(); !valid)
        return valid;
    const QJsonObject before = this->programme().toJson();
    const QJsonObject after = programme.toJson();
    const QByteArray json = QJsonDocument(after).toJson(QJsonDocument::Compact);
    // The audit keeps only the parts of the rules that changed, before and after.
    QJsonObject changedBefore;
    QJsonObject changedAfter;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value()) {
            changedBefore.insert(it.key(), before.value(it.key()));
            changedAfter.insert(it.key(), it.value());
        }
    }
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun;
    if (auto saved = ShopSettings(m_db).setValue(ShopSettings::Key::Programme, QString::fromUtf8(json));
        !saved)
        return saved;
    if (!changedAfter.isEmpty()) {
        if (auto r = AuditLog(m_db, m_clock, m_access)
                         .record(QStringLiteral("programme.change"), {QStringLiteral("programme"), QString()},
                                 changedBefore, changedAfter);
            !r)
            return r;
    }
    return tx.commit();
}

Money LoyaltyLedger::money() const
{
    return moneyFrom(ShopSettings(m_db).values(kMoneyKeys));
}

QDateTime LoyaltyLedger::expiryFor(const QDateTime& at) const
{
    return expiryAfter(at, programme().expiryMonths);
}

QDateTime LoyaltyLedger::expiryAfter(const QDateTime& at, int months)
{
    if (months <= 0)
        return {};
    // Expiry is counted from the local day the points were earned, and happens at the start of that day.
    const QDate day = at.toLocalTime().date().addMonths(months);
    return QDateTime(day, QTime(0, 0)).toUTC();
}

Result<qint64> LoyaltyLedger::addPoints(const LedgerEntry& entry)
{
    const qint64 before = m_ledger.balance(entry.customerId);
    auto id = m_ledger.append(entry);
    if (!id)
        return id;
    // A balance below zero (allowed by the owner) is paid back first; only the rest can be spent later.
    const qint64 lotPoints = before < 0 ? entry.points + before : entry.points;
    if (auto r = m_ledger.openLot(id.value(), entry.customerId, lotPoints, entry.expiresAt); !r)
        return r.error();
    if (auto r = m_ledger.addToBalance(entry.customerId, entry.points); !r)
        return r.error();
    return id;
}

Result<LoyaltyLedger::Draw> LoyaltyLedger::drawPoints(LedgerEntry entry, qint64 points, bool allowDebt,
                                                      qint64 preferLot)
{
    QList<PointLot> lots = m_ledger.openLots(entry.customerId);
    for (qsizetype i = 0; i < lots.size(); ++i) {
        if (lots[i].lotId == preferLot) {
            lots.move(i, 0);
            break;
        }
    }
    Draw draw;
    qint64 left = points;
    entry.expiresAt = QDateTime();
    for (const PointLot& lot : lots) {
        if (left == 0)
            break;
        const qint64 take = std::min(lot.remaining, left);
        entry.points = -take;
        entry.lotId = lot.lotId;
        if (auto r = m_ledger.append(entry); !r)
            return r.error();
        if (auto r = m_ledger.drawFromLot(lot.lotId, take); !r)
            return r.error();
        left -= take;
        draw.drawn += take;
    }
    if (left > 0 && allowDebt) {
        entry.points = -left;
        entry.lotId = 0;
        if (auto r = m_ledger.append(entry); !r)
            return r.error();
        draw.drawn += left;
        left = 0;
    }
    draw.unrecovered = left;
    if (draw.drawn > 0) {
        if (auto r = m_ledger.addToBalance(entry.customerId, -draw.drawn); !r)
            return r.error();
    }
    return draw;
}

Result<void> LoyaltyLedger::expireLot(qint64 customerId, const PointLot& lot, const QString& by)
{
    // Dated at the expiry itself, so the statement and the reports show the day the points lapsed.
    LedgerEntry e;
    e.customerId = customerId;
    e.kind = LedgerEntry::Kind::Expire;
    e.points = -lot.remaining;
    e.at = lot.expiresAt;
    e.lotId = lot.lotId;
    e.reason = QStringLiteral("expiry");
    e.recordedBy = by;
    if (auto r = m_ledger.append(e); !r)
        return r.error();
    if (auto r = m_ledger.drawFromLot(lot.lotId, lot.remaining); !r)
        return r;
    return m_ledger.addToBalance(customerId, -lot.remaining);
}

Result<SaleQuote> LoyaltyLedger::quote(const SaleRequest& request) const
{
    const auto [p, currency] = rules();
    return quoteLocked(request, request.at.isValid() ? request.at.toUTC() : now(), p, currency, false);
}

Result<SaleQuote> LoyaltyLedger::quoteLocked(const SaleRequest& request, const QDateTime& at,
                                             const LoyaltyProgramme& p, const Money& currency,
                                             bool dueLotsWrittenOff) const
{
    if (request.amountMinor <= 0)
        return makeError(Error::Kind::Invalid, tr("Type the amount of the sale; it must be above zero."));
    CustomerStore customers(m_db);
    const auto customer = customers.byId(request.customerId);
    if (!customer)
        return makeError(Error::Kind::NotFound,
                         tr("There is no customer number %1.").arg(request.customerId));
    if (customer->isArchived())
        return makeError(
            Error::Kind::Invalid,
            tr("%1 is archived. Restore the customer before recording a sale.").arg(customer->name));
    if (request.redeemPoints < 0)
        return makeError(Error::Kind::Invalid, tr("The points to spend cannot be below zero."));

    SaleQuote q;
    q.amountMinor = request.amountMinor;
    q.balanceBefore = m_ledger.balance(request.customerId);
    // Points whose expiry has come are not spendable even if the daily job has not written them off yet.
    const QList<PointLot> lots =
        dueLotsWrittenOff ? QList<PointLot>() : m_ledger.openLots(request.customerId);
    for (const PointLot& lot : lots) {
        if (lot.expiresAt.isValid() && lot.expiresAt <= at)
            q.balanceBefore -= lot.remaining;
    }
    const LoyaltyProgramme::Tier* tier = nullptr;
    if (p.tiersEnabled)
        tier = p.tierFor(m_sales.spendSince(request.customerId, at.addMonths(-p.tierWindowMonths)));
    const qint64 totalSpend = p.discountMode == LoyaltyProgramme::DiscountMode::Cumulative
                                  ? m_sales.spendSince(request.customerId, {})
                                  : 0;
    q.couponDiscountMinor = request.couponDiscountMinor;
    q.applyDiscounts(p, tier, totalSpend);
    if (request.redeemPoints > 0) {
        if (q.balanceBefore < p.minBalanceToRedeem)
            return makeError(Error::Kind::Invalid,
                             tr("Points can be spent from a balance of %L1; this customer has %L2.")
                                 .arg(p.minBalanceToRedeem)
                                 .arg(q.balanceBefore));
        if (request.redeemPoints > q.maxRedeemable)
            return makeError(Error::Kind::Invalid,
                             tr("At most %L1 points can pay this sale (%2).")
                                 .arg(q.maxRedeemable)
                                 .arg(currency.format(q.maxRedeemable * p.pointValueMinor)));
    }
    q.applyRedemption(p, request.redeemPoints, at.toLocalTime().date());

    // The bonuses a first purchase releases; recordSale gives exactly these.
    const bool firstPurchase = m_sales.forCustomer(request.customerId, 1).isEmpty();
    if (firstPurchase && p.pointsEnabled && p.welcomeOn == LoyaltyProgramme::WelcomeOn::FirstPurchase &&
        p.welcomeBonus > 0 && !m_ledger.hasEntryWithReason(request.customerId, QStringLiteral("welcome")))
        q.welcomePoints = p.welcomeBonus;
    if (firstPurchase && p.referralEnabled) {
        const qint64 referrer = customers.referredBy(request.customerId);
        if (referrer > 0 && !m_ledger.hasEntryWithReason(request.customerId, QStringLiteral("referred"))) {
            q.referrerId = referrer;
            q.referredPoints = p.referredPoints;
        }
    }
    q.bonusPoints = q.welcomePoints + q.referredPoints;
    q.balanceAfter = q.balanceBefore - q.redeemPoints + q.earnPoints + q.bonusPoints;

    q.stampsToFill = p.stampsToFill;
    if (p.stampsEnabled) {
        auto card = m_stamps.currentCard(request.customerId);
        q.stampsBefore = card ? card->stamps : 0;
        q.stampsAfter = q.stampsBefore;
        if (q.amountMinor >= p.stampMinPurchaseMinor) {
            q.stampsAfter = q.stampsBefore + 1;
            q.fillsStampCard = q.stampsAfter >= p.stampsToFill;
        }
    }
    return q;
}

Result<QStringList> LoyaltyLedger::addStamps(qint64 customerId, qint64 saleId, const QDateTime& at,
                                             const LoyaltyProgramme& p)
{
    QStringList issued;
    auto card = m_stamps.currentCard(customerId);
    if (!card && card.error().kind != Error::Kind::NotFound)
        return card.error();
    StampCard current;
    if (card) {
        current = card.value();
    } else {
        current.customerId = customerId;
        current.capacity = p.stampsToFill;
        current.createdAt = at;
        auto id = m_stamps.create(current);
        if (!id)
            return id.error();
        current.id = id.value();
    }
    if (auto r = m_stamps.addStamps(current.id, saleId, 1, at, m_access.actor()); !r)
        return r.error();
    if (current.stamps + 1 < current.capacity)
        return issued;

    Voucher voucher;
    voucher.customerId = customerId;
    voucher.source = QStringLiteral("stamp_card");
    voucher.description = p.stampReward;
    voucher.issuedAt = at;
    if (p.voucherValidDays > 0)
        voucher.validUntil =
            QDateTime(at.toLocalTime().date().addDays(p.voucherValidDays + 1), QTime(0, 0)).toUTC();
    for (int attempt = 0; attempt < 5; ++attempt) {
        voucher.code = CouponCode::generate();
        auto id = m_vouchers.issue(voucher);
        if (id) {
            if (auto r = m_stamps.markFilled(current.id, at, id.value()); !r)
                return r.error();
            issued.append(voucher.code);
            return issued;
        }
        if (id.error().kind != Error::Kind::Duplicate)
            return id.error();
    }
    return makeError(Error::Kind::Failed, tr("Could not make a unique voucher code."));
}

QJsonObject LoyaltyLedger::saleJson(const SaleRecord& sale, qint64 earned, qint64 bonus,
                                    const QStringList& vouchers, const Money& currency) const
{
    auto card = m_stamps.currentCard(sale.customerId);
    QJsonArray codes;
    for (const QString& code : vouchers)
        codes.append(code);
    return QJsonObject{
        {QStringLiteral("sale_id"), sale.id},
        {QStringLiteral("customer"), sale.customerId},
        {QStringLiteral("till"), sale.tillId},
        {QStringLiteral("ref"), sale.saleRef},
        {QStringLiteral("amount"), currency.toPlainText(sale.amountMinor)},
        {QStringLiteral("earned"), earned},
        {QStringLiteral("bonus"), bonus},
        {QStringLiteral("redeemed"), sale.pointsRedeemed},
        {QStringLiteral("paid_with_points"), currency.toPlainText(sale.paidWithPointsMinor)},
        {QStringLiteral("discount"), currency.toPlainText(sale.discountMinor)},
        {QStringLiteral("to_pay"),
         currency.toPlainText(sale.amountMinor - sale.discountMinor - sale.paidWithPointsMinor)},
        {QStringLiteral("balance"), m_ledger.balance(sale.customerId)},
        {QStringLiteral("tier"), sale.tier},
        {QStringLiteral("stamps"), card ? card->stamps : 0},
        {QStringLiteral("vouchers"), codes},
        {QStringLiteral("currency"), currency.currencyCode()},
    };
}

Result<SaleOutcome> LoyaltyLedger::recordSale(const SaleRequest& request)
{
    const QDateTime at = request.at.isValid() ? request.at.toUTC() : now();
    const QString saleRef = request.saleRef.isEmpty() ? newSaleReference(at) : request.saleRef;
    const QString tillId = request.tillId.isEmpty() ? QStringLiteral("1") : request.tillId;
    // Only this customer's rows (and a referrer's) are read and then written: other customers' sales go on
    // at the same time at other tills.
    Transaction tx(m_db, ForCustomers{saleCustomers(request.customerId)});
    if (auto begun = tx.begun(); !begun)
        return begun.error();

    if (auto earlier = m_sales.byReference(tillId, saleRef); earlier) {
        SaleOutcome outcome;
        outcome.saleId = earlier->id;
        outcome.repeated = true;
        outcome.json = QJsonDocument::fromJson(earlier->result.toUtf8()).object();
        outcome.json.insert(QStringLiteral("repeated"), true);
        return outcome;
    } else if (earlier.error().kind != Error::Kind::NotFound) {
        return earlier.error();
    }

    // Expired points go first, so they can never pay for this sale.
    for (const PointLot& lot : m_ledger.openLots(request.customerId)) {
        if (!lot.expiresAt.isValid() || lot.expiresAt > at)
            continue;
        if (auto r = expireLot(request.customerId, lot, m_access.actor()); !r)
            return r.error();
    }

    // The rules and the currency are read once for the whole sale.
    const auto [p, currency] = rules();
    auto q = quoteLocked(request, at, p, currency, true);
    if (!q)
        return q.error();
    // A referrer recorded after saleCustomers() looked.
    if (auto covered = tx.cover(q->referrerId); !covered)
        return covered.error();

    SaleRecord sale;
    sale.tillId = tillId;
    sale.saleRef = saleRef;
    sale.customerId = request.customerId;
    sale.at = at;
    sale.amountMinor = q->amountMinor;
    sale.discountMinor = q->discountMinor + q->couponDiscountMinor;
    sale.pointsRedeemed = q->redeemPoints;
    sale.paidWithPointsMinor = q->redeemValueMinor;
    sale.tier = q->tier;
    sale.recordedBy = m_access.actor();
    auto saleId = m_sales.insert(sale);
    if (!saleId && saleId.error().kind == Error::Kind::Duplicate)
        // Another customer's sale under the same reference of the same till, recorded a moment ago.
        return makeError(
            Error::Kind::Duplicate,
            tr("Till %1 has already recorded a sale with the reference %2.").arg(tillId, saleRef));
    if (!saleId)
        return saleId.error();
    sale.id = saleId.value();

    LedgerEntry entry;
    entry.customerId = request.customerId;
    entry.at = at;
    entry.saleId = sale.id;
    entry.recordedBy = m_access.actor();
    if (q->redeemPoints > 0) {
        LedgerEntry redeem = entry;
        redeem.kind = LedgerEntry::Kind::Redeem;
        redeem.reason = QStringLiteral("sale");
        auto drawn = drawPoints(redeem, q->redeemPoints, false);
        if (!drawn)
            return drawn.error();
        if (drawn->unrecovered > 0)
            return makeError(Error::Kind::Invalid,
                             tr("The customer does not have %L1 points to spend.").arg(q->redeemPoints));
    }
    const QDateTime expires = expiryAfter(at, p.expiryMonths);
    if (q->earnPoints > 0) {
        LedgerEntry earn = entry;
        earn.kind = LedgerEntry::Kind::Earn;
        earn.points = q->earnPoints;
        earn.reason = QStringLiteral("sale");
        earn.expiresAt = expires;
        if (auto r = addPoints(earn); !r)
            return r.error();
    }
    if (q->welcomePoints > 0) {
        LedgerEntry welcome = entry;
        welcome.points = q->welcomePoints;
        welcome.reason = QStringLiteral("welcome");
        welcome.expiresAt = expires;
        if (auto r = addPoints(welcome); !r)
            return r.error();
    }
    if (const qint64 referrer = q->referrerId; referrer > 0) {
        if (q->referredPoints > 0) {
            LedgerEntry referred = entry;
            referred.points = q->referredPoints;
            referred.reason = QStringLiteral("referred");
            referred.counterpartId = referrer;
            referred.expiresAt = expires;
            if (auto r = addPoints(referred); !r)
                return r.error();
        }
        const auto referrerRecord = CustomerStore(m_db).byId(referrer);
        if (p.referrerPoints > 0 && referrerRecord && !referrerRecord->isArchived()) {
            LedgerEntry reward = entry;
            reward.customerId = referrer;
            reward.points = p.referrerPoints;
            reward.reason = QStringLiteral("referral");
            reward.counterpartId = request.customerId;
            reward.expiresAt = expires;
            if (auto r = addPoints(reward); !r)
                return r.error();
        }
    }
    QStringList vouchers;
    if (p.stampsEnabled && q->amountMinor >= p.stampMinPurchaseMinor) {
        auto issued = addStamps(request.customerId, sale.id, at, p);
        if (!issued)
            return issued.error();
        vouchers = issued.value();
    }

    SaleOutcome outcome;
    outcome.saleId = sale.id;
    outcome.json = saleJson(sale, q->earnPoints, q->bonusPoints, vouchers, currency);
    if (!request.couponCode.isEmpty()) {
        outcome.json.insert(QStringLiteral("coupon"), request.couponCode);
        outcome.json.insert(QStringLiteral("coupon_discount"), currency.toPlainText(q->couponDiscountMinor));
        outcome.json.insert(QStringLiteral("coupon_gives"), request.couponGives);
    }
    if (auto r = m_sales.setResult(
            sale.id, QString::fromUtf8(QJsonDocument(outcome.json).toJson(QJsonDocument::Compact)));
        !r)
        return r.error();
    outcome.json.insert(QStringLiteral("repeated"), false);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

QList<qint64> LoyaltyLedger::saleCustomers(qint64 customerId) const
{
    const qint64 referrer = CustomerStore(m_db).referrerAwaitingReward(customerId);
    return referrer > 0 ? QList<qint64>{customerId, referrer} : QList<qint64>{customerId};
}

Result<RefundOutcome> LoyaltyLedger::refund(const QString& tillId, const QString& saleRef, qint64 amountMinor)
{
    const QString till = tillId.isEmpty() ? QStringLiteral("1") : tillId;
    // A refund writes the points and stamps of the sale's customer only.
    const auto before = m_sales.byReference(till, saleRef);
    Transaction tx(m_db, ForCustomers{{before ? before->customerId : 0}});
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    auto sale = m_sales.byReference(till, saleRef);
    if (!sale) {
        if (sale.error().kind == Error::Kind::NotFound)
            return makeError(
                Error::Kind::NotFound,
                tr("No sale %1 was recorded at till %2. Check the receipt's reference.").arg(saleRef, till));
        return sale.error();
    }
    if (auto covered = tx.cover(sale->customerId); !covered)
        return covered.error();
    const Money currency = money();
    const qint64 left = sale->amountMinor - sale->refundedMinor;
    if (left <= 0)
        return makeError(Error::Kind::Invalid, tr("Sale %1 has already been refunded in full.").arg(saleRef));
    const qint64 amount = amountMinor == 0 ? left : amountMinor;
    if (amount < 0 || amount > left)
        return makeError(
            Error::Kind::Invalid,
            tr("At most %1 of sale %2 can still be refunded.").arg(currency.format(left), saleRef));
    const LoyaltyProgramme p = programme();
    if (amount > p.clerkRefundLimitMinor && !m_access.allows(AccessPolicy::Action::RefundAboveLimit))
        return makeError(Error::Kind::NotAllowed,
                         AccessPolicy::refusal(AccessPolicy::Action::RefundAboveLimit));

    const qint64 refundedAfter = sale->refundedMinor + amount;
    const QList<LedgerEntry> entries = m_ledger.entriesForSale(sale->id);
    qint64 earnLot = 0;
    for (const LedgerEntry& e : entries) {
        if (e.kind == LedgerEntry::Kind::Earn && e.reason == u"sale" && e.customerId == sale->customerId)
            earnLot = e.id;
    }
    const qint64 earned = sumOf(entries, LedgerEntry::Kind::Earn, QStringLiteral("sale"));
    const qint64 takenBefore = -sumOf(entries, LedgerEntry::Kind::Reverse, QStringLiteral("refund_earned"));
    const qint64 spent = -sumOf(entries, LedgerEntry::Kind::Redeem);
    const qint64 returnedBefore = sumOf(entries, LedgerEntry::Kind::Reverse, QStringLiteral("refund_spent"));
    // Proportional and cumulative: after refunding a share of the sale, that share of its points is undone,
    // rounded down each time so the parts never add up to more than the whole.
    const qint64 takeTarget = earned * refundedAfter / sale->amountMinor;
    const qint64 returnTarget = spent * refundedAfter / sale->amountMinor;

    RefundOutcome outcome;
    outcome.refundedMinor = amount;
    LedgerEntry entry;
    entry.customerId = sale->customerId;
    entry.kind = LedgerEntry::Kind::Reverse;
    entry.at = now();
    entry.saleId = sale->id;
    entry.recordedBy = m_access.actor();
    // Spent points come back before earned ones are taken, so a customer who spent them is not left short.
    if (returnTarget > returnedBefore) {
        LedgerEntry give = entry;
        give.reason = QStringLiteral("refund_spent");
        give.points = returnTarget - returnedBefore;
        give.expiresAt = expiryAfter(entry.at, p.expiryMonths);
        if (auto r = addPoints(give); !r)
            return r.error();
        outcome.pointsReturned = give.points;
    }
    if (takeTarget > takenBefore) {
        LedgerEntry take = entry;
        take.reason = QStringLiteral("refund_earned");
        auto drawn = drawPoints(take, takeTarget - takenBefore, p.allowNegative, earnLot);
        if (!drawn)
            return drawn.error();
        outcome.pointsTakenBack = drawn->drawn;
        outcome.pointsUnrecovered = drawn->unrecovered;
    }
    if (refundedAfter == sale->amountMinor) {
        // A purchase that is fully returned no longer counts towards the stamp card, unless the card it
        // filled has already given its reward.
        for (const auto& [cardId, stamps] : m_stamps.stampsForSale(sale->id)) {
            auto card = m_stamps.byId(cardId);
            if (!card || card->isFilled() || stamps <= 0)
                continue;
            const int remove = std::min(stamps, card->stamps);
            if (remove > 0) {
                if (auto r = m_stamps.addStamps(cardId, sale->id, -remove, entry.at, m_access.actor()); !r)
                    return r.error();
                outcome.stampsRemoved += remove;
            }
        }
    }
    if (auto r = m_sales.addRefunded(sale->id, amount); !r)
        return r.error();
    outcome.balance = m_ledger.balance(sale->customerId);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<qint64> LoyaltyLedger::grant(qint64 customerId, qint64 points, const QString& reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Say why the points are given, for example the activity."));
    if (points == 0)
        return makeError(Error::Kind::Invalid, tr("Give a number of points other than zero."));
    const LoyaltyProgramme p = programme();
    bool listed = false;
    for (const LoyaltyProgramme::Activity& a : p.activities)
        listed = listed || a.reason.compare(why, Qt::CaseInsensitive) == 0;
    if (!listed || points < 0)
        return adjust(customerId, points, why);

    return earnOutsideSale(customerId, points, QStringLiteral("activity"), why);
}

Result<qint64> LoyaltyLedger::earnOutsideSale(qint64 customerId, qint64 points, const QString& reason,
                                              const QString& note)
{
    Transaction tx(m_db, ForCustomers{{customerId}});
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    if (!CustomerStore(m_db).byId(customerId))
        return makeError(Error::Kind::NotFound, tr("There is no customer number %1.").arg(customerId));
    LedgerEntry e;
    e.customerId = customerId;
    e.kind = LedgerEntry::Kind::Earn;
    e.points = points;
    e.at = now();
    e.reason = reason;
    e.note = note;
    e.recordedBy = m_access.actor();
    e.expiresAt = expiryFor(e.at);
    const qint64 before = m_ledger.balance(customerId);
    if (auto r = addPoints(e); !r)
        return r.error();
    const qint64 balance = m_ledger.balance(customerId);
    // A coupon's points are part of its redemption; points for an activity are a change of their own.
    if (reason == u"activity") {
        if (auto r =
                AuditLog(m_db, m_clock, m_access)
                    .record(QStringLiteral("points.grant"), AuditSubject::customer(customerId),
                            {{QStringLiteral("balance"), before}},
                            {{QStringLiteral("balance"), balance}, {QStringLiteral("points"), points}}, note);
            !r)
            return r.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return balance;
}

Result<qint64> LoyaltyLedger::adjust(qint64 customerId, qint64 delta, const QString& reason)
{
    if (!m_access.allows(AccessPolicy::Action::AdjustPoints))
        return makeError(Error::Kind::NotAllowed, AccessPolicy::refusal(AccessPolicy::Action::AdjustPoints));
    if (reason.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Say why the balance is corrected."));
    if (delta == 0)
        return makeError(Error::Kind::Invalid, tr("Give a number of points other than zero."));
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    if (!CustomerStore(m_db).byId(customerId))
        return makeError(Error::Kind::NotFound, tr("There is no customer number %1.").arg(customerId));
    LedgerEntry e;
    e.customerId = customerId;
    e.kind = LedgerEntry::Kind::Adjust;
    e.at = now();
    e.reason = QStringLiteral("correction");
    e.note = reason.trimmed();
    e.recordedBy = m_access.actor();
    const LoyaltyProgramme p = programme();
    const qint64 before = m_ledger.balance(customerId);
    if (delta > 0) {
        e.points = delta;
        e.expiresAt = expiryAfter(e.at, p.expiryMonths);
        if (auto r = addPoints(e); !r)
            return r.error();
    } else {
        const qint64 balance = m_ledger.balance(customerId);
        if (-delta > balance && !p.allowNegative)
            return makeError(
                Error::Kind::Invalid,
                tr("The customer has %L1 points; taking %L2 would leave the balance below zero, which "
                   "the programme does not allow.")
                    .arg(balance)
                    .arg(-delta));
        if (auto r = drawPoints(e, -delta, p.allowNegative); !r)
            return r.error();
    }
    const qint64 balance = m_ledger.balance(customerId);
    if (auto r = AuditLog(m_db, m_clock, m_access)
                     .record(QStringLiteral("points.adjust"), AuditSubject::customer(customerId),
                             {{QStringLiteral("balance"), before}},
                             {{QStringLiteral("balance"), balance}, {QStringLiteral("points"), delta}},
                             reason.trimmed());
        !r)
        return r.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return balance;
}

Result<void> LoyaltyLedger::transfer(qint64 fromCustomerId, qint64 toCustomerId, qint64 points)
{
    const LoyaltyProgramme p = programme();
    if (points <= 0)
        return makeError(Error::Kind::Invalid, tr("Give a number of points above zero."));
    if (fromCustomerId == toCustomerId)
        return makeError(Error::Kind::Invalid, tr("A customer cannot give points to themselves."));
    if (!p.donationRecipients.contains(toCustomerId))
        return makeError(Error::Kind::NotAllowed,
                         tr("Points can be given only to the causes and customers the owner "
                            "lists in the programme settings."));
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    CustomerStore customers(m_db);
    if (!customers.byId(fromCustomerId) || !customers.byId(toCustomerId))
        return makeError(Error::Kind::NotFound, tr("Both customers must exist."));
    const qint64 balance = m_ledger.balance(fromCustomerId);
    if (points > balance)
        return makeError(Error::Kind::Invalid, tr("The customer has only %L1 points to give.").arg(balance));
    LedgerEntry e;
    e.kind = LedgerEntry::Kind::Transfer;
    e.at = now();
    e.reason = QStringLiteral("donation");
    e.recordedBy = m_access.actor();
    LedgerEntry out = e;
    out.customerId = fromCustomerId;
    out.counterpartId = toCustomerId;
    if (auto r = drawPoints(out, points, false); !r)
        return r.error();
    LedgerEntry in = e;
    in.customerId = toCustomerId;
    in.counterpartId = fromCustomerId;
    in.points = points;
    in.expiresAt = expiryAfter(e.at, p.expiryMonths);
    const qint64 toBefore = m_ledger.balance(toCustomerId);
    if (auto r = addPoints(in); !r)
        return r.error();
    if (auto r = AuditLog(m_db, m_clock, m_access)
                     .record(QStringLiteral("points.transfer"), AuditSubject::customer(fromCustomerId),
                             {{QStringLiteral("balance"), balance},
                              {QStringLiteral("to_customer"), toCustomerId},
                              {QStringLiteral("to_balance"), toBefore}},
                             {{QStringLiteral("balance"), m_ledger.balance(fromCustomerId)},
                              {QStringLiteral("to_customer"), toCustomerId},
                              {QStringLiteral("to_balance"), m_ledger.balance(toCustomerId)},
                              {QStringLiteral("points"), points}});
        !r)
        return r;
    return tx.commit();
}

Result<void> LoyaltyLedger::setReferrer(qint64 customerId, qint64 referrerId)
{
    if (customerId == referrerId)
        return makeError(Error::Kind::Invalid, tr("A customer cannot refer themselves."));
    CustomerStore customers(m_db);
    const auto customer = customers.byId(customerId);
    const auto referrer = customers.byId(referrerId);
    if (!customer || !referrer)
        return makeError(Error::Kind::NotFound, tr("Both customers must exist."));
    // The same person under two records (one phone or card shared) is still a self-referral.
    if ((!customer->phoneE164.isEmpty() && customer->phoneE164 == referrer->phoneE164) ||
        (!customer->cardNumber.isEmpty() && customer->cardNumber == referrer->cardNumber))
        return makeError(Error::Kind::Invalid, tr("A customer cannot refer themselves."));
    if (customers.referredBy(referrerId) == customerId)
        return makeError(Error::Kind::Invalid,
                         tr("%1 was referred by %2; two customers cannot refer each other.")
                             .arg(referrer->name, customer->name));
    auto set = customers.setReferredBy(customerId, referrerId);
    if (!set && set.error().kind == Error::Kind::Duplicate)
        return makeError(Error::Kind::Duplicate,
                         tr("%1 is already recorded as referred by someone.").arg(customer->name));
    return set;
}

Result<void> LoyaltyLedger::enrolled(qint64 customerId)
{
    const LoyaltyProgramme p = programme();
    if (!p.pointsEnabled || p.welcomeOn != LoyaltyProgramme::WelcomeOn::Enrolment || p.welcomeBonus <= 0)
        return {};
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    if (m_ledger.hasEntryWithReason(customerId, QStringLiteral("welcome")))
        return {};
    LedgerEntry e;
    e.customerId = customerId;
    e.kind = LedgerEntry::Kind::Earn;
    e.points = p.welcomeBonus;
    e.at = now();
    e.reason = QStringLiteral("welcome");
    e.recordedBy = m_access.actor();
    e.expiresAt = expiryAfter(e.at, p.expiryMonths);
    if (auto r = addPoints(e); !r)
        return r.error();
    return tx.commit();
}

Result<StampCard> LoyaltyLedger::registerStampCard(const QString& typedSerial, qint64 customerId)
{
    auto serial = CardNumber::normalize(typedSerial);
    if (!serial)
        return serial.error();
    const QString prefix = ShopSettings(m_db).value(ShopSettings::Key::StampCardPrefix);
    if (!serial->startsWith(prefix))
        return makeError(
            Error::Kind::Invalid,
            tr("%1 is not one of the shop's stamp cards; their numbers start with %2.").arg(*serial, prefix));
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    if (!CustomerStore(m_db).byId(customerId))
        return makeError(Error::Kind::NotFound, tr("There is no customer number %1.").arg(customerId));
    const auto previous = m_stamps.currentCard(customerId);
    auto existing = m_stamps.bySerial(serial.value());
    StampCard card;
    if (existing) {
        card = existing.value();
        if (card.customerId == customerId)
            return card;
        if (card.customerId != 0)
            return makeError(Error::Kind::Duplicate,
                             tr("Stamp card %1 already belongs to another customer.").arg(*serial),
                             card.customerId);
        if (auto r = m_stamps.assign(card.id, customerId); !r)
            return r.error();
        card.customerId = customerId;
    } else if (existing.error().kind == Error::Kind::NotFound) {
        card.customerId = customerId;
        card.serial = serial.value();
        card.capacity = programme().stampsToFill;
        card.createdAt = now();
        auto id = m_stamps.create(card);
        if (!id)
            return id.error();
        card.id = id.value();
    } else {
        return existing.error();
    }
    // Stamps collected in the app move onto the paper card the customer now carries.
    if (previous && previous->id != card.id && previous->stamps > 0 && !card.isFilled()) {
        const int moving = std::min(previous->stamps, card.capacity - 1 - card.stamps);
        if (moving > 0) {
            if (auto r = m_stamps.addStamps(previous->id, 0, -moving, now(), m_access.actor()); !r)
                return r.error();
            if (auto r = m_stamps.addStamps(card.id, 0, moving, now(), m_access.actor()); !r)
                return r.error();
            card.stamps += moving;
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return card;
}

Result<Voucher> LoyaltyLedger::redeemVoucher(const QString& typedCode, const QString& tillId, qint64 saleId)
{
    auto code = CouponCode::normalize(typedCode);
    if (!code)
        return code.error();
    auto voucher = m_vouchers.byCode(code.value());
    if (!voucher) {
        if (voucher.error().kind == Error::Kind::NotFound)
            return makeError(Error::Kind::NotFound,
                             tr("%1 is not a voucher of this shop.").arg(CouponCode::display(*code)));
        return voucher.error();
    }
    const QLocale locale;
    if (voucher->isRedeemed())
        return makeError(Error::Kind::Duplicate,
                         tr("Voucher %1 was already used on %2 at till %3 by %4.")
                             .arg(CouponCode::display(*code),
                                  LocalDates::dateTime(voucher->redeemedAt, QLocale::ShortFormat, locale),
                                  voucher->redeemedTill, voucher->redeemedBy));
    const QDateTime at = now();
    if (voucher->validUntil.isValid() && at >= voucher->validUntil)
        return makeError(Error::Kind::Invalid,
                         tr("Voucher %1 expired on %2.")
                             .arg(CouponCode::display(*code),
                                  LocalDates::date(voucher->validUntil.toLocalTime().date().addDays(-1),
                                                   QLocale::ShortFormat, locale)));
    auto redeemed = m_vouchers.redeem(code.value(), at, saleId, tillId, m_access.actor());
    if (!redeemed)
        return redeemed.error();
    if (!redeemed.value())
        return makeError(Error::Kind::Duplicate,
                         tr("Voucher %1 was used a moment ago at another till.").arg(*code));
    return m_vouchers.byCode(code.value());
}

Result<qint64> LoyaltyLedger::creditCouponPoints(qint64 customerId, qint64 points, const QString& couponCode)
{
    if (points <= 0)
        return makeError(Error::Kind::Invalid, tr("Give a number of points above zero."));
    return earnOutsideSale(customerId, points, QStringLiteral("coupon"), couponCode);
}

Result<qint64> LoyaltyLedger::reverseCouponPoints(qint64 customerId, qint64 points, const QString& couponCode)
{
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    LedgerEntry e;
    e.customerId = customerId;
    e.kind = LedgerEntry::Kind::Reverse;
    e.at = now();
    e.reason = QStringLiteral("coupon_undone");
    e.note = couponCode;
    e.recordedBy = m_access.actor();
    // The coupon's own lot first, so the undo takes back what the coupon gave before older points.
    const qint64 lot = m_ledger.lastEntryId(customerId, QStringLiteral("coupon"), couponCode);
    auto draw = drawPoints(e, points, false, lot);
    if (!draw)
        return draw.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return draw->unrecovered;
}

Result<int> LoyaltyLedger::runDailyJobs()
{
    const QDateTime at = now();
    const LoyaltyProgramme p = programme();
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    int written = 0;
    for (const auto& [customerId, lot] : m_ledger.lotsDueBy(at)) {
        if (auto r = expireLot(customerId, lot, QStringLiteral("system")); !r)
            return r.error();
        ++written;
    }
    if (p.pointsEnabled && p.birthdayBonus > 0 && !p.isOver(at.toLocalTime().date())) {
        const QDate today = at.toLocalTime().date();
        QStringList days = {today.toString(QStringLiteral("MM-dd"))};
        // Customers born on 29 February celebrate on the 28th in other years.
        if (today.month() == 2 && today.day() == 28 && !QDate::isLeapYear(today.year()))
            days.append(QStringLiteral("02-29"));
        CustomerStore customers(m_db);
        for (const QString& day : days) {
            for (qint64 id : customers.idsWithBirthday(day)) {
                const QString year = QString::number(today.year());
                if (m_ledger.hasEntryWithReason(id, QStringLiteral("birthday"), year))
                    continue;
                LedgerEntry e;
                e.customerId = id;
                e.kind = LedgerEntry::Kind::Earn;
                e.points = p.birthdayBonus;
                e.at = at;
                e.reason = QStringLiteral("birthday");
                e.note = year;
                e.recordedBy = QStringLiteral("system");
                e.expiresAt = expiryAfter(at, p.expiryMonths);
                if (auto r = addPoints(e); !r)
                    return r.error();
                ++written;
            }
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return written;
}

LoyaltyStatus LoyaltyLedger::status(qint64 customerId) const
{
    const LoyaltyProgramme p = programme();
    const QDateTime at = now();
    LoyaltyStatus s;
    s.balance = m_ledger.balance(customerId);
    s.balanceValueMinor = std::max<qint64>(0, s.balance) * p.pointValueMinor;
    for (const PointLot& lot : m_ledger.openLots(customerId)) {
        if (!lot.expiresAt.isValid())
            continue;
        const QString month = lot.expiresAt.toLocalTime().toString(QStringLiteral("yyyy-MM"));
        s.expiringByMonth[month] += lot.remaining;
        if (!s.nextExpiry.isValid() || lot.expiresAt < s.nextExpiry) {
            s.nextExpiry = lot.expiresAt;
            s.nextExpiryPoints = 0;
        }
        if (lot.expiresAt == s.nextExpiry)
            s.nextExpiryPoints += lot.remaining;
    }
    const LoyaltyProgramme::Tier* tier = nullptr;
    if (p.tiersEnabled) {
        s.windowSpendMinor = m_sales.spendSince(customerId, at.addMonths(-p.tierWindowMonths));
        tier = p.tierFor(s.windowSpendMinor);
        if (const LoyaltyProgramme::Tier* next = p.nextTier(s.windowSpendMinor)) {
            s.nextTier = next->name;
            s.toNextTierMinor = next->spendMinor - s.windowSpendMinor;
        }
    }
    s.tier = tier ? tier->name : QString();
    const qint64 total =
        p.discountMode == LoyaltyProgramme::DiscountMode::Cumulative ? m_sales.spendSince(customerId, {}) : 0;
    s.discountBp = p.discountBpFor(total, tier);
    s.stampsToFill = p.stampsToFill;
    if (auto card = m_stamps.currentCard(customerId))
        s.stamps = card->stamps;
    s.vouchers = m_vouchers.openForCustomer(customerId);
    return s;
}

QList<StatementLine> LoyaltyLedger::statement(qint64 customerId) const
{
    QList<StatementLine> lines;
    qint64 running = 0;
    for (const LedgerEntry& e : m_ledger.entries(customerId)) {
        running += e.points;
        lines.append(StatementLine{e, running});
    }
    return lines;
}

QList<SaleRecord> LoyaltyLedger::salesOf(qint64 customerId, int limit) const
{
    return m_sales.forCustomer(customerId, limit);
}

QStringList LoyaltyLedger::check() const
{
    QStringList problems;
    const LoyaltyProgramme p = programme();
    QHash<qint64, qint64> balances;
    QHash<qint64, PointLot> lots;
    QHash<qint64, qint64> lotOwner;
    qint64 entries = 0;
    auto walked = m_ledger.forEachEntry([&](const LedgerEntry& e) {
        ++entries;
        qint64& balance = balances[e.customerId];
        if (e.points > 0) {
            const qint64 lotPoints = balance < 0 ? e.points + balance : e.points;
            if (lotPoints > 0)
                lots.insert(e.id, PointLot{e.id, lotPoints, e.expiresAt});
            lotOwner.insert(e.id, e.customerId);
        } else if (e.lotId != 0) {
            if (lotOwner.value(e.lotId) != e.customerId)
                problems.append(
                    tr("Ledger entry %1 draws on entry %2, which is not a lot of the same customer.")
                        .arg(e.id)
                        .arg(e.lotId));
            auto lot = lots.find(e.lotId);
            const qint64 left = lot == lots.end() ? 0 : lot->remaining;
            if (-e.points > left)
                problems.append(tr("Ledger entry %1 takes %2 points from entry %3, which had only %4 left.")
                                    .arg(e.id)
                                    .arg(-e.points)
                                    .arg(e.lotId)
                                    .arg(left));
            else if (-e.points == left)
                lots.remove(e.lotId);
            else
                lot->remaining += e.points;
        }
        balance += e.points;
        return true;
    });
    if (!walked)
        problems.append(walked.error().message);

    const QHash<qint64, qint64> cached = m_ledger.cachedBalances();
    for (auto it = balances.cbegin(); it != balances.cend(); ++it) {
        if (cached.value(it.key()) != it.value())
            problems.append(tr("Customer %1: the stored balance is %2 but the ledger adds up to %3.")
                                .arg(it.key())
                                .arg(cached.value(it.key()))
                                .arg(it.value()));
        if (it.value() < 0 && !p.allowNegative)
            problems.append(
                tr("Customer %1 has a balance below zero (%2), which the programme does not allow.")
                    .arg(it.key())
                    .arg(it.value()));
    }
    for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
        if (!balances.contains(it.key()) && it.value() != 0)
            problems.append(
                tr("Customer %1: the stored balance is %2 but the customer has no ledger entries.")
                    .arg(it.key())
                    .arg(it.value()));
    }
    const QHash<qint64, PointLot> cachedLots = m_ledger.cachedLots();
    for (auto it = lots.cbegin(); it != lots.cend(); ++it) {
        const auto stored = cachedLots.find(it.key());
        if (stored == cachedLots.end() || stored->remaining != it->remaining ||
            stored->expiresAt != it->expiresAt)
            problems.append(tr("Entry %1: %2 points should be left to spend, but the stored figure is %3.")
                                .arg(it.key())
                                .arg(it->remaining)
                                .arg(stored == cachedLots.end() ? 0 : stored->remaining));
    }
    for (auto it = cachedLots.cbegin(); it != cachedLots.cend(); ++it) {
        if (!lots.contains(it.key()))
            problems.append(
                tr("Entry %1 is stored as having %2 points left, but the ledger has none left on it.")
                    .arg(it.key())
                    .arg(it->remaining));
    }
    for (qint64 sale : m_ledger.salesWithWrongRedemption())
        problems.append(
            tr("Sale %1: the points it says were spent differ from its ledger entries.").arg(sale));
    for (qint64 card : m_stamps.cardsWithWrongCount())
        problems.append(tr("Stamp card %1: its stamp count differs from its stamp entries.").arg(card));
    const QStringList databaseProblems = m_db.integrityProblems();
    problems.append(databaseProblems);
    return problems;
}

void SaleQuote::applyDiscounts(const LoyaltyProgramme& p, const LoyaltyProgramme::Tier* tier,
                               qint64 totalSpendMinor)
{
    this->tier = tier ? tier->name : QString();
    tierMultiplierPercent = tier ? tier->multiplierPercent : 100;
    discountBp = p.discountBpFor(totalSpendMinor, tier);
    discountMinor = amountMinor * discountBp / 10000;
    couponDiscountMinor = std::clamp<qint64>(couponDiscountMinor, 0, amountMinor - discountMinor);
    payableMinor = amountMinor - discountMinor - couponDiscountMinor;
    maxRedeemable = p.maxRedeemable(payableMinor, balanceBefore);
}

void SaleQuote::applyRedemption(const LoyaltyProgramme& p, qint64 points, const QDate& localDay)
{
    redeemPoints = points;
    redeemValueMinor = redeemPoints * p.pointValueMinor;
    toPayMinor = payableMinor - redeemValueMinor;
    earnPoints = p.isOver(localDay)
                     ? 0
                     : p.pointsFor(p.earnOnMoneyOnly ? toPayMinor : payableMinor, tierMultiplierPercent);
}
