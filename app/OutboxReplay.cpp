#include "OutboxReplay.h"

#include "Clock.h"
#include "Coupons.h"
#include "CustomerDirectory.h"
#include "Database.h"
#include "LoyaltyLedger.h"
#include "OfflineReplayStore.h"
#include "SaleStore.h"
#include "TillCopy.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace {
// The clerk who did the work offline, as the ledger and the audit log name them; never the owner's rights.
class ReplayedClerk final : public AccessPolicy
{
public:
    explicit ReplayedClerk(QString name) : m_name(std::move(name)) {}
    bool allows(Action) const override { return false; }
    QString actor() const override { return m_name; }

private:
    QString m_name;
};

QJsonObject conflict(const QString& kind, qint64 customerId, const QJsonObject& details)
{
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("customer"), customerId},
                       {QStringLiteral("details"), details}};
}

CustomerDraft draftFrom(const QJsonObject& inputs)
{
    CustomerDraft draft;
    draft.name = inputs.value(QStringLiteral("name")).toString();
    draft.nickname = inputs.value(QStringLiteral("nickname")).toString();
    draft.phone = inputs.value(QStringLiteral("phone")).toString();
    draft.card = inputs.value(QStringLiteral("card")).toString();
    draft.email = inputs.value(QStringLiteral("email")).toString();
    draft.birthday = inputs.value(QStringLiteral("birthday")).toString();
    draft.notes = inputs.value(QStringLiteral("notes")).toString();
    draft.dataConsent = inputs.value(QStringLiteral("data_consent")).toBool();
    draft.marketingConsent = inputs.value(QStringLiteral("marketing_consent")).toBool();
    draft.consentChannel = ConsentRecord::channelFromKey(inputs.value(QStringLiteral("consent_channel")).toString())
                               .value_or(ConsentRecord::Channel::Paper);
    draft.recordedBy = inputs.value(QStringLiteral("recorded_by")).toString();
    return draft;
}
} // namespace

OutboxReplay::OutboxReplay(Database& server, TillCopy& copy, const Clock& clock)
    : m_server(server), m_copy(copy), m_clock(clock)
{
}

Result<OutboxReplay::ItemOutcome> OutboxReplay::replayEnrolment(const OutboxItem& item)
{
    OfflineReplayStore replayStore(m_server);
    ItemOutcome outcome;
    outcome.result = QJsonObject{{QStringLiteral("kind"), QStringLiteral("enrolment")},
                                 {QStringLiteral("ref"), item.ref},
                                 {QStringLiteral("till"), item.tillId}};
    if (const qint64 id = replayStore.customerByClientRef(item.ref); id > 0) {
        outcome.result.insert(QStringLiteral("customer"), id);
        outcome.result.insert(QStringLiteral("repeated"), true);
        return outcome;
    }
    const SettableClock then(item.at);
    const ReplayedClerk clerk(item.clerk);
    CustomerDirectory directory(m_server, then);
    directory.setAccess(clerk);
    const CustomerDraft draft = draftFrom(item.inputs);
    const QList<FieldProblem> problems = directory.validate(draft);
    for (const FieldProblem& problem : problems) {
        if (problem.existingCustomerId > 0) {
            outcome.result.insert(QStringLiteral("customer"), problem.existingCustomerId);
            outcome.conflicts.append(conflict(QStringLiteral("enrolled_elsewhere"), problem.existingCustomerId,
                                              {{QStringLiteral("name"), draft.name},
                                               {QStringLiteral("phone"), draft.phone},
                                               {QStringLiteral("card"), draft.card}}));
            return outcome;
        }
    }
    if (!problems.isEmpty()) {
        outcome.result.insert(QStringLiteral("customer"), 0);
        outcome.conflicts.append(conflict(QStringLiteral("enrolment_refused"), 0,
                                          {{QStringLiteral("name"), draft.name},
                                           {QStringLiteral("phone"), draft.phone},
                                           {QStringLiteral("message"), problems.first().message}}));
        return outcome;
    }
    auto id = directory.create(draft);
    if (!id)
        return id.error();
    if (auto r = replayStore.setClientRef(id.value(), item.ref); !r)
        return r.error();
    if (auto welcomed = LoyaltyLedger(m_server, then, clerk).enrolled(id.value()); !welcomed)
        return welcomed.error();
    outcome.result.insert(QStringLiteral("customer"), id.value());
    return outcome;
}

Result<OutboxReplay::ItemOutcome> OutboxReplay::replaySale(const OutboxItem& item)
{
    OfflineReplayStore replayStore(m_server);
    ItemOutcome outcome;
    const QJsonObject told = item.inputs.value(QStringLiteral("told")).toObject();
    outcome.result = QJsonObject{{QStringLiteral("kind"), QStringLiteral("sale")},
                                 {QStringLiteral("ref"), item.ref},
                                 {QStringLiteral("till"), item.tillId},
                                 {QStringLiteral("told"), told}};
    qint64 customerId = item.customerId;
    if (!item.customerRef.isEmpty()) {
        customerId = m_copy.store().replayedCustomer(item.customerRef);
        if (customerId <= 0)
            customerId = replayStore.customerByClientRef(item.customerRef);
    }
    outcome.result.insert(QStringLiteral("customer"), customerId);
    const SettableClock then(item.at);
    const ReplayedClerk clerk(item.clerk);
    LoyaltyLedger ledger(m_server, then, clerk);
    Coupons coupons(m_server, then, clerk, ledger);
    const Money money = ledger.money();

    SaleRequest request;
    request.customerId = customerId;
    request.amountMinor = item.amountMinor;
    request.redeemPoints = item.redeemPoints;
    request.tillId = item.tillId;
    request.saleRef = item.ref;
    request.at = item.at;

    // Replayed before (the till died before it could note it): the first answer, nothing checked again.
    if (auto earlier = SaleStore(m_server).byReference(item.tillId, item.ref)) {
        auto again = ledger.recordSale(request);
        if (!again)
            return again.error();
        outcome.result.insert(QStringLiteral("confirmed"), again->json);
        outcome.result.insert(QStringLiteral("repeated"), true);
        return outcome;
    }
    const auto refused = [&](const QString& message) {
        outcome.result.insert(QStringLiteral("recorded"), false);
        outcome.conflicts.append(conflict(QStringLiteral("sale_refused"), customerId,
                                          {{QStringLiteral("amount"), money.toPlainText(item.amountMinor)},
                                           {QStringLiteral("redeemed"), item.redeemPoints},
                                           {QStringLiteral("coupon"), item.couponCode},
                                           {QStringLiteral("message"), message}}));
        return outcome;
    };
    if (customerId <= 0)
        return refused(tr("The customer enrolled offline could not be enrolled on the server."));

    bool useCoupon = !item.couponCode.isEmpty();
    if (useCoupon) {
        if (auto usable = coupons.check(item.couponCode); !usable) {
            useCoupon = false;
            // The customer was given the money off at the till: the sale keeps it, without the coupon.
            request.couponDiscountMinor = item.inputs.value(QStringLiteral("coupon_discount_minor")).toInteger();
            request.couponGives = item.inputs.value(QStringLiteral("coupon_gives")).toString();
            outcome.conflicts.append(conflict(
                QStringLiteral("coupon_refused"), customerId,
                {{QStringLiteral("coupon"), item.couponCode},
                 {QStringLiteral("discount"), money.toPlainText(request.couponDiscountMinor)},
                 {QStringLiteral("message"), usable.error().message}}));
        }
    }
    if (request.redeemPoints > 0) {
        SaleRequest probe = request;
        probe.redeemPoints = 0;
        auto quote = useCoupon ? coupons.quoteSale(item.couponCode, probe) : ledger.quote(probe);
        if (!quote)
            return refused(quote.error().message);
        const qint64 allowed =
            quote->balanceBefore < ledger.programme().minBalanceToRedeem ? 0 : quote->maxRedeemable;
        if (request.redeemPoints > allowed) {
            const qint64 unrecovered = request.redeemPoints - allowed;
            outcome.conflicts.append(conflict(
                QStringLiteral("points_short"), customerId,
                {{QStringLiteral("asked"), request.redeemPoints},
                 {QStringLiteral("redeemed"), allowed},
                 {QStringLiteral("unrecovered"), unrecovered},
                 {QStringLiteral("value"),
                  money.toPlainText(unrecovered * ledger.programme().pointValueMinor)}}));
            request.redeemPoints = allowed;
        }
    }
    auto sale = useCoupon ? coupons.recordSale(item.couponCode, request) : ledger.recordSale(request);
    if (!sale)
        return refused(sale.error().message);
    outcome.result.insert(QStringLiteral("confirmed"), sale->json);
    return outcome;
}

Result<ReplaySummary> OutboxReplay::replay(const std::function<void(int done, int total)>& progress)
{
    QElapsedTimer timer;
    timer.start();
    ReplaySummary summary;
    const QList<OutboxItem> waiting = m_copy.store().items(true);
    OfflineReplayStore replayStore(m_server);
    const auto stop = [&](const QString& why) {
        summary.stopped = true;
        summary.stopReason = why;
    };
    for (const OutboxItem& item : waiting) {
        Transaction transaction(m_server);
        if (auto begun = transaction.begun(); !begun) {
            stop(begun.error().message);
            break;
        }
        auto outcome = item.kind == OutboxItem::Kind::Enrolment ? replayEnrolment(item) : replaySale(item);
        if (!outcome) {
            stop(outcome.error().message);
            break;
        }
        QJsonArray kinds;
        for (const QJsonObject& found : outcome->conflicts) {
            OfflineConflict c;
            c.tillId = item.tillId;
            c.itemRef = item.ref;
            c.kind = found.value(QStringLiteral("kind")).toString();
            c.happenedAt = item.at;
            c.replayedAt = m_clock.nowUtc();
            c.clerk = item.clerk;
            c.customerId = found.value(QStringLiteral("customer")).toInteger();
            c.details = found.value(QStringLiteral("details")).toObject();
            if (auto recorded = replayStore.record(c); !recorded) {
                stop(recorded.error().message);
                break;
            }
            kinds.append(c.kind);
        }
        if (summary.stopped)
            break;
        if (auto committed = transaction.commit(); !committed) {
            stop(committed.error().message);
            break;
        }
        if (m_afterCommit && !m_afterCommit(item)) {
            stop(tr("Stopped."));
            break;
        }
        QJsonObject result = outcome->result;
        result.insert(QStringLiteral("conflicts"), kinds);
        if (auto marked = m_copy.store().markReplayed(item.id, m_clock.nowUtc(), result); !marked) {
            stop(marked.error().message);
            break;
        }
        ++summary.replayed;
        summary.conflicts += int(kinds.size());
        summary.results.append(result);
        if (progress)
            progress(summary.replayed, int(waiting.size()));
    }
    summary.waiting = m_copy.store().waitingCount();
    summary.elapsedMs = timer.elapsed();
    return summary;
}
