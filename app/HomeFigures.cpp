#include "HomeFigures.h"

#include "Clock.h"

qint64 HomeFigures::Today::expiringPoints() const
{
    qint64 sum = 0;
    for (const auto& e : expiring)
        sum += e.points;
    return sum;
}

HomeFigures::HomeFigures(Database& db, const Clock& clock, const QTimeZone& zone)
    : m_db(db), m_clock(clock), m_zone(zone)
{
}

Result<HomeFigures::Today> HomeFigures::today() const
{
    const QDateTime now = m_clock.nowUtc();
    Today figures;
    figures.day = now.toTimeZone(m_zone).date();
    // The shop's day runs from its local midnight to the next, whatever the offset from UTC.
    const QDateTime dayStart = figures.day.startOfDay(m_zone);
    const QDateTime dayEnd = figures.day.addDays(1).startOfDay(m_zone);
    HomeFiguresStore store(m_db);
    auto takings = store.takings(dayStart, dayEnd);
    if (!takings)
        return takings.error();
    figures.takings = takings.value();
    auto enrolled = store.enrolments(dayStart, dayEnd);
    if (!enrolled)
        return enrolled.error();
    figures.enrolments = enrolled.value();
    auto expiring = store.expiring(now, now.addDays(ExpiryWindowDays));
    if (!expiring)
        return expiring.error();
    figures.expiring = expiring.value();
    return figures;
}
