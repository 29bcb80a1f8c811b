#include "ReportCatalog.h"

#include "Clock.h"
#include "LoyaltyLedger.h"
#include "ProgrammeReport.h"

#include <limits>

#include "AtRiskReport.h"
#include "BgNbdModel.h"
#include "CohortReport.h"
#include "Database.h"
#include "EnrolmentReport.h"
#include "RepeatReport.h"
#include "ReportStore.h"
#include "RetentionReport.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;
using Kind = ReportTable::Kind;

namespace {
QVariant optionalValue(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

MonthRange rangeOf(const ReportData& data, const ReportRequest& request)
{
    return RetentionReport::clip(data.history, request.from, request.to);
}

ReportTable retention(const ReportData& data, const ReportRequest& request)
{
    ReportTable t(data.history.calendar());
    t.columns = {{u"month"_s, ReportCatalog::tr("Month"), Kind::Month},
                 {u"active"_s, ReportCatalog::tr("Active"), Kind::Count},
                 {u"new"_s, ReportCatalog::tr("New"), Kind::Count},
                 {u"returning"_s, ReportCatalog::tr("Returning"), Kind::Count},
                 {u"retained"_s, ReportCatalog::tr("Retained"), Kind::Count},
                 {u"retention"_s, ReportCatalog::tr("Retention"), Kind::Ratio},
                 {u"churn"_s, ReportCatalog::tr("Churn"), Kind::Ratio}};
    for (const auto& m : RetentionReport::compute(data.history, rangeOf(data, request)))
        t.rows.append({m.month, m.active, m.newCustomers, m.returning, m.retained, optionalValue(m.retention),
                       optionalValue(m.churn)});
    return t;
}

ReportTable cohorts(const ReportData& data, const ReportRequest& request)
{
    ReportTable t(data.history.calendar());
    t.columns = {{u"cohort"_s, ReportCatalog::tr("First purchase"), Kind::Month},
                 {u"size"_s, ReportCatalog::tr("Customers"), Kind::Count},
                 {u"offset"_s, ReportCatalog::tr("Months later"), Kind::Count},
                 {u"active"_s, ReportCatalog::tr("Bought again"), Kind::Count},
                 {u"share"_s, ReportCatalog::tr("Share"), Kind::Ratio}};
    for (const auto& c : CohortReport::compute(data.history, rangeOf(data, request)))
        t.rows.append({c.cohort, c.size, c.offset, c.active, c.share});
    return t;
}

ReportTable repeat(const ReportData& data, const ReportRequest& request)
{
    ReportTable t(data.history.calendar());
    t.singleRow = true;
    t.columns = {{u"customers"_s, ReportCatalog::tr("Customers"), Kind::Count},
                 {u"repeat_customers"_s, ReportCatalog::tr("Came back"), Kind::Count},
                 {u"repeat_rate"_s, ReportCatalog::tr("Repeat rate"), Kind::Ratio},
                 {u"visits"_s, ReportCatalog::tr("Visits"), Kind::Count},
                 {u"average_days_between_visits"_s, ReportCatalog::tr("Days between visits"), Kind::Decimal},
                 {u"spend_minor"_s, ReportCatalog::tr("Spent"), Kind::Money},
                 {u"average_spend_per_visit_minor"_s, ReportCatalog::tr("Spend per visit"), Kind::Money}};
    const auto s = RepeatReport::compute(data.history, rangeOf(data, request));
    t.rows.append({s.customers, s.repeatCustomers, optionalValue(s.repeatRate), s.visits,
                   optionalValue(s.averageDaysBetweenVisits), s.spendMinor,
                   optionalValue(s.averageSpendPerVisitMinor)});
    return t;
}

ReportTable enrolment(const ReportData& data, const ReportRequest& request)
{
    ReportTable t(data.history.calendar());
    t.columns = {{u"month"_s, ReportCatalog::tr("Month"), Kind::Month},
                 {u"new_members"_s, ReportCatalog::tr("New members"), Kind::Count},
                 {u"member_sales"_s, ReportCatalog::tr("Sales to members"), Kind::Count},
                 {u"all_sales"_s, ReportCatalog::tr("All sales"), Kind::Count},
                 {u"member_share"_s, ReportCatalog::tr("Member share"), Kind::Ratio}};
    for (const auto& m : EnrolmentReport::compute(data.history, data.joinedAtMs, rangeOf(data, request)))
        t.rows.append({m.month, m.newMembers, m.memberSales, m.allSales, optionalValue(m.memberShare)});
    return t;
}

ReportTable programme(const ReportData& data, Database& db, const ReportRequest& request)
{
    ReportTable t(data.history.calendar());
    t.columns = {{u"month"_s, ReportCatalog::tr("Month"), Kind::Month},
                 {u"issued"_s, ReportCatalog::tr("Points issued"), Kind::Count},
                 {u"redeemed"_s, ReportCatalog::tr("Points redeemed"), Kind::Count},
                 {u"expired"_s, ReportCatalog::tr("Points expired"), Kind::Count},
                 {u"reversed"_s, ReportCatalog::tr("Points reversed"), Kind::Count},
                 {u"redemption_rate"_s, ReportCatalog::tr("Redemption rate"), Kind::Ratio},
                 {u"vouchers_issued"_s, ReportCatalog::tr("Vouchers issued"), Kind::Count},
                 {u"vouchers_used"_s, ReportCatalog::tr("Vouchers used"), Kind::Count}};
    MonthRange range;
    if (request.from || request.to) {
        range.first = request.from.value_or(std::numeric_limits<int>::min());
        range.last = request.to.value_or(std::numeric_limits<int>::max());
    }
    qint64 issued = 0;
    qint64 redeemed = 0;
    for (const ProgrammeReport::Month& m : ProgrammeReport::months(db, data.history.calendar(), range)) {
        t.rows.append({m.month, m.issued, m.redeemed, m.expired, m.reversed, optionalValue(m.redemptionRate),
                       m.vouchersIssued, m.vouchersUsed});
        issued += m.issued;
        redeemed += m.redeemed;
    }
    t.rowsKey = u"months"_s;
    t.summary = {
        {u"issued"_s, issued},
        {u"redeemed"_s, redeemed},
        {u"redemption_rate"_s, issued > 0 ? QJsonValue(double(redeemed) / double(issued)) : QJsonValue()}};
    return t;
}

ReportTable liability(const ReportData& data, Database& db)
{
    // What a point pays under the rules in force (the currency's defaults when the owner set none).
    const SystemClock clock;
    const OwnerEverywhere reader(QString{});
    const qint64 pointValue = LoyaltyLedger(db, clock, reader).programme().pointValueMinor;
    ReportTable t(data.history.calendar());
    t.columns = {{u"expires"_s, ReportCatalog::tr("Expires in"), Kind::Month},
                 {u"points"_s, ReportCatalog::tr("Points"), Kind::Count},
                 {u"value_minor"_s, ReportCatalog::tr("Value"), Kind::Money}};
    qint64 points = 0;
    qint64 value = 0;
    for (const ProgrammeReport::Liability& l :
         ProgrammeReport::liability(db, data.history.calendar(), pointValue)) {
        t.rows.append({l.month ? QVariant(*l.month) : QVariant(), l.points, l.valueMinor});
        points += l.points;
        value += l.valueMinor;
    }
    t.rowsKey = u"by_expiry"_s;
    t.summary = {{u"outstanding_points"_s, points},
                 {u"outstanding_value_minor"_s, value},
                 {u"point_value_minor"_s, pointValue}};
    return t;
}

QJsonObject parametersJson(const BgNbdModel::Fit& fit)
{
    return {{u"r"_s, fit.parameters.r},
            {u"alpha"_s, fit.parameters.alpha},
            {u"a"_s, fit.parameters.a},
            {u"b"_s, fit.parameters.b},
            {u"log_likelihood"_s, fit.logLikelihood}};
}

Result<ReportTable> clv(const ReportData& data, const ReportRequest& request,
                        const std::function<bool()>& cancelled)
{
    ReportTable t(data.history.calendar());
    t.rowsKey = u"customers"_s;
    t.columns = {{u"id"_s, ReportCatalog::tr("Customer"), Kind::Count},
                 {u"x"_s, ReportCatalog::tr("Repeat purchases"), Kind::Count},
                 {u"t_x"_s, ReportCatalog::tr("Weeks to last purchase"), Kind::Decimal},
                 {u"T"_s, ReportCatalog::tr("Weeks as a customer"), Kind::Decimal},
                 {u"p_alive"_s, ReportCatalog::tr("Still a customer"), Kind::Ratio},
                 {u"expected_52w"_s, ReportCatalog::tr("Expected purchases, next 52 weeks"), Kind::Decimal}};
    const auto customers = BgNbdModel::summarize(data.history, ReportCatalog::asOfDay(data, request));
    if (std::none_of(customers.begin(), customers.end(), [](const auto& c) { return c.x > 0; }))
        return makeError(
            Error::Kind::Invalid,
            ReportCatalog::tr("No customer has bought twice before the calibration end, so there is "
                              "nothing to fit the model to."));
    const BgNbdModel::Fit fit = BgNbdModel::fit(customers, cancelled);
    t.summary = parametersJson(fit);
    for (const auto& c : customers)
        t.rows.append({c.id, c.x, c.tx(), c.T(), BgNbdModel::pAlive(fit.parameters, c.x, c.tx(), c.T()),
                       BgNbdModel::expectedPurchases(fit.parameters, 52, c.x, c.tx(), c.T())});
    return t;
}

Result<ReportTable> atRisk(const ReportData& data, Database& db, const ReportRequest& request,
                           const std::function<bool()>& cancelled)
{
    ReportTable t(data.history.calendar());
    t.columns = {{u"id"_s, ReportCatalog::tr("Customer"), Kind::Count},
                 {u"name"_s, ReportCatalog::tr("Name"), Kind::Text},
                 {u"phone"_s, ReportCatalog::tr("Phone"), Kind::Text},
                 {u"card"_s, ReportCatalog::tr("Card"), Kind::Text},
                 {u"last_purchase"_s, ReportCatalog::tr("Last purchase"), Kind::Day},
                 {u"spend_minor"_s, ReportCatalog::tr("Spent"), Kind::Money},
                 {u"p_alive"_s, ReportCatalog::tr("Still a customer"), Kind::Ratio},
                 {u"p_alive_before"_s, ReportCatalog::tr("Four weeks ago"), Kind::Ratio},
                 {u"expected_52w"_s, ReportCatalog::tr("Expected purchases, next 52 weeks"), Kind::Decimal}};
    const auto result = AtRiskReport::compute(data.history, ReportCatalog::asOfDay(data, request),
                                              data.marketingConsent, request.limit, cancelled);
    if (!result)
        return t;
    t.summary = parametersJson(result->fit);
    t.rowsKey = u"customers"_s;
    QList<qint64> ids;
    for (const auto& c : result->customers)
        ids.append(c.id);
    ReportStore store(db);
    const auto labels = store.customerLabels(ids);
    for (const auto& c : result->customers) {
        const auto label = labels.value(c.id);
        t.rows.append({c.id, label.name, label.phoneE164, label.cardNumber, c.lastPurchaseDay, c.spendMinor,
                       c.pAlive, c.pAliveBefore, c.expected52Weeks});
    }
    return t;
}
} // namespace

Result<ReportData> ReportData::load(Database& db, const MonthCalendar& calendar,
                                    const std::function<bool(double)>& progress, qint64 shopId)
{
    ReportStore store(db);
    const double total = double(std::max<qint64>(1, store.saleCount(shopId)));
    auto history = PurchaseHistory::load(
        store, calendar, [&](qint64 rows) { return !progress || progress(double(rows) / total); }, shopId);
    if (!history)
        return history.error();
    auto joined = store.customerCreatedAt();
    if (!joined)
        return joined.error();
    if (shopId > 0) {
        // Customers belong to the chain: one shop's members are those who bought in it.
        QHash<qint64, qint64> shopMembers;
        for (size_t c = 0; c < history->customerCount(); ++c) {
            const qint64 id = history->customerId(c);
            if (const auto found = joined->constFind(id); found != joined->cend())
                shopMembers.insert(id, found.value());
        }
        joined = std::move(shopMembers);
    }
    auto consent = store.marketingConsenters();
    if (!consent)
        return consent.error();
    return ReportData{std::move(history).value(), std::move(joined).value(), std::move(consent).value(), shopId};
}

bool ReportCatalog::isChainWide(const QString& name)
{
    return name == u"programme" || name == u"liability";
}

QStringList ReportCatalog::names()
{
    return {u"retention"_s, u"cohorts"_s, u"repeat"_s,    u"enrolment"_s,
            u"at-risk"_s,   u"clv"_s,     u"programme"_s, u"liability"_s};
}

bool ReportCatalog::contains(const QString& name)
{
    return names().contains(name);
}

QString ReportCatalog::title(const QString& name)
{
    if (name == u"retention")
        return tr("Customers coming back");
    if (name == u"cohorts")
        return tr("Cohorts");
    if (name == u"repeat")
        return tr("Repeat visits");
    if (name == u"enrolment")
        return tr("Enrolment");
    if (name == u"at-risk")
        return tr("Customers at risk");
    if (name == u"clv")
        return tr("Customer lifetime model");
    if (name == u"programme")
        return tr("Points issued and spent");
    if (name == u"liability")
        return tr("Points the shop owes");
    return name;
}

QString ReportCatalog::explanation(const QString& name)
{
    if (name == u"retention")
        return tr(
            "A customer is active in a month when they bought at least once in it. New: their first "
            "purchase ever was that month. Returning: active, and not for the first time. Retained: "
            "active this month and also the month before. Retention is the retained customers divided by "
            "the customers active the month before; churn is 100% minus retention. Months are calendar "
            "months in the shop's time zone.");
    if (name == u"cohorts")
        return tr("Customers are grouped by the month of their first purchase (one row each). Each column "
                  "counts the months since then, and a cell is the share of the group who bought in that "
                  "month; month 0 is always 100%. Point at a cell to see the counts.");
    if (name == u"repeat")
        return tr("A visit is a day a customer bought something; several sales on one day count once. Repeat "
                  "rate: the share of customers who visited on two or more days in the period. Days between "
                  "visits: the average gap between two visits of the same customer. Spend per visit: what "
                  "members spent divided by their visits.");
    if (name == u"enrolment")
        return tr("New members: customers who joined the programme in the month. Member share: sales "
                  "recorded with a customer divided by all sales of the month, including those without one.");
    if (name == u"at-risk")
        return tr(
            "Each customer's chance of still being a customer, P(alive), comes from the BG/NBD model "
            "(Fader, Hardie and Lee, 2005) fitted to this shop's own history: it weighs how often a "
            "customer bought against how long it has been since their last visit. Listed: customers who "
            "came back at least once, spent at least as much as the middle returning customer, whose "
            "P(alive) fell by five points or more in the last four weeks, and who agreed to marketing. The "
            "ones with most at stake (spend × the fall in P(alive)) come first.");
    if (name == u"clv")
        return tr(
            "The BG/NBD model fitted by maximum likelihood. Per customer: x, the days with a purchase "
            "after the first; t_x, the weeks from the first to the last purchase; T, the weeks from the "
            "first purchase to the end of calibration; P(alive), and the purchases expected in the next "
            "52 weeks.");
    if (name == u"programme")
        return tr(
            "From the points ledger. Issued: points given in the month for purchases, welcome, birthday, "
            "referral and activity bonuses and upward corrections. Redeemed: points that paid for sales, "
            "less points returned by refunds. Expired: points written off on their expiry day. Reversed: "
            "earned points taken back by refunds and downward corrections. Redemption rate: redeemed ÷ "
            "issued in the same month. Vouchers: stamp-card rewards issued and used. Points donated from "
            "one customer to another are neither issued nor spent.");
    if (name == u"liability")
        return tr("The points customers hold today and could still spend, valued at what a point pays now, "
                  "grouped by the month they expire (points that never expire last). This is what the "
                  "programme owes if every point is spent.");
    return {};
}

qint32 ReportCatalog::asOfDay(const ReportData& data, const ReportRequest& request)
{
    if (request.calibrationEnd)
        return qint32(request.calibrationEnd->toJulianDay());
    qint32 day = data.history.lastDay();
    if (request.to)
        day = std::min(day, qint32(data.history.calendar().lastDay(*request.to).toJulianDay()));
    return day;
}

Result<ReportTable> ReportCatalog::build(const QString& name, const ReportData& data, Database& db,
                                         const ReportRequest& request, const std::function<bool()>& cancelled)
{
    if (name == u"retention")
        return retention(data, request);
    if (name == u"cohorts")
        return cohorts(data, request);
    if (name == u"repeat")
        return repeat(data, request);
    if (name == u"enrolment")
        return enrolment(data, request);
    if (name == u"at-risk")
        return atRisk(data, db, request, cancelled);
    if (name == u"clv")
        return clv(data, request, cancelled);
    if (name == u"programme")
        return programme(data, db, request);
    if (name == u"liability")
        return liability(data, db);
    return makeError(Error::Kind::Invalid, tr("There is no report called %1.").arg(name));
}
