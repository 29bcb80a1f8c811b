#include "ProgrammeReport.h"

#include "LedgerStore.h"
#include "VoucherStore.h"

#include <map>

namespace {
// Fifteen minutes: every time zone's offset is a multiple of it, so a bucket never straddles local days.
constexpr qint64 kBucketMs = 15 * 60 * 1000;
} // namespace

QList<ProgrammeReport::Month> ProgrammeReport::months(Database& db, const MonthCalendar& calendar,
                                                      const MonthRange& range)
{
    std::map<int, Month> byMonth;
    auto monthOf = [&calendar](qint64 ms) { return calendar.monthOfDay(calendar.localDay(ms)); };
    for (const LedgerStore::Flow& f : LedgerStore(db).flows(kBucketMs)) {
        Month& m = byMonth[monthOf(f.bucketStartMs)];
        switch (f.kind) {
        case LedgerEntry::Kind::Earn:
            m.issued += f.points;
            break;
        case LedgerEntry::Kind::Redeem:
            m.redeemed -= f.points;
            break;
        case LedgerEntry::Kind::Expire:
            m.expired -= f.points;
            break;
        case LedgerEntry::Kind::Adjust:
            if (f.points > 0)
                m.issued += f.points;
            else
                m.reversed -= f.points;
            break;
        case LedgerEntry::Kind::Reverse:
            // Taking back earned points counts as reversed; returning spent points undoes a redemption.
            if (f.reason == u"refund_spent")
                m.redeemed -= f.points;
            else
                m.reversed -= f.points;
            break;
        case LedgerEntry::Kind::Transfer:
            break; // points changing hands are neither issued nor spent
        }
    }
    for (const auto& [bucket, issued, used] : VoucherStore(db).countsByBucket(kBucketMs)) {
        Month& m = byMonth[monthOf(bucket)];
        m.vouchersIssued += issued;
        m.vouchersUsed += used;
    }
    QList<Month> list;
    for (auto& [month, m] : byMonth) {
        if (!range.isEmpty() && !range.contains(month))
            continue;
        m.month = month;
        if (m.issued > 0)
            m.redemptionRate = double(m.redeemed) / double(m.issued);
        list.append(m);
    }
    return list;
}

QList<ProgrammeReport::Liability> ProgrammeReport::liability(Database& db, const MonthCalendar& calendar,
                                                             qint64 pointValueMinor)
{
    std::map<int, qint64> byMonth;
    qint64 never = 0;
    for (const auto& [bucket, points] : LedgerStore(db).outstandingByExpiry(kBucketMs)) {
        if (bucket < 0)
            never += points;
        else
            // Points expire at the start of a local day: they are still owed on the day before.
            byMonth[calendar.monthOfDay(calendar.localDay(bucket))] += points;
    }
    QList<Liability> list;
    for (const auto& [month, points] : byMonth)
        list.append(Liability{month, points, points * pointValueMinor});
    if (never > 0)
        list.append(Liability{std::nullopt, never, never * pointValueMinor});
    return list;
}
