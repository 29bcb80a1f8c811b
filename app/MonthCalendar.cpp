#include "MonthCalendar.h"

#include <QCoreApplication>

#include <QDateTime>

#include <algorithm>

namespace {
constexpr qint64 kMsPerDay = 86400000;
// Julian day number of 1970-01-01.
constexpr qint64 kEpochJulianDay = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
} // namespace

MonthCalendar::MonthCalendar(const QTimeZone& zone, QCalendar calendar)
    : m_zone(zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("UTC"))), m_calendar(calendar),
      m_monthsPerYear(calendar.maximumMonthsInYear())
{
    const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC);
    m_offsetBefore = m_zone.offsetFromUtc(from);
    if (m_zone.hasTransitions()) {
        for (const QTimeZone::OffsetData& t : m_zone.transitions(from, to)) {
            m_transitionMs.push_back(t.atUtc.toMSecsSinceEpoch());
            m_offsetAfter.push_back(t.offsetFromUtc);
        }
    }
    if (m_transitionMs.empty())
        m_offsetBefore = m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
}

qint32 MonthCalendar::offsetSecondsAt(qint64 utcMs) const
{
    const auto it = std::upper_bound(m_transitionMs.begin(), m_transitionMs.end(), utcMs);
    if (it == m_transitionMs.begin())
        return m_offsetBefore;
    return m_offsetAfter[size_t(it - m_transitionMs.begin() - 1)];
}

qint32 MonthCalendar::localDay(qint64 utcMs) const
{
    const qint64 local = utcMs + qint64(offsetSecondsAt(utcMs)) * 1000;
    return qint32(floorDiv(local, kMsPerDay) + kEpochJulianDay);
}

qint64 MonthCalendar::utcMs(QDate date, QTime time) const
{
    return QDateTime(date, time, m_zone).toMSecsSinceEpoch();
}

qint64 MonthCalendar::middayUtcMs(QDate date) const
{
    return utcMs(date, QTime(12, 0));
}

int MonthCalendar::monthOf(QDate date) const
{
    const QCalendar::YearMonthDay parts = m_calendar.partsFromDate(date);
    return parts.year * m_monthsPerYear + parts.month - 1;
}

QDate MonthCalendar::firstDay(int month) const
{
    const int year = int(floorDiv(month, m_monthsPerYear));
    return m_calendar.dateFromParts(year, month - year * m_monthsPerYear + 1, 1);
}

QDate MonthCalendar::lastDay(int month) const
{
    return firstDay(month + 1).addDays(-1);
}

QString MonthCalendar::key(int month) const
{
    const int year = int(floorDiv(month, m_monthsPerYear));
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QChar(u'0'))
        .arg(month - year * m_monthsPerYear + 1, 2, 10, QChar(u'0'));
}

std::optional<int> MonthCalendar::parseKey(const QString& key) const
{
    const QStringList parts = key.trimmed().split(u'-');
    if (parts.size() != 2 || parts[0].size() != 4 || parts[1].size() != 2)
        return std::nullopt;
    bool yearOk = false;
    bool monthOk = false;
    const int year = parts[0].toInt(&yearOk);
    const int month = parts[1].toInt(&monthOk);
    if (!yearOk || !monthOk || month < 1 || month > m_calendar.monthsInYear(year))
        return std::nullopt;
    return year * m_monthsPerYear + month - 1;
}

QString MonthCalendar::label(int month, const QLocale& locale, bool shortForm) const
{
    // The standalone month name: a date format's "MMMM" gives Russian its genitive ("марта 2026"), which
    // reads wrong on its own as an axis label or a choice in a list.
    const QDate first = firstDay(month);
    const QCalendar::YearMonthDay ymd = m_calendar.partsFromDate(first);
    const QString name = m_calendar.standaloneMonthName(
        locale, ymd.month, ymd.year, shortForm ? QLocale::ShortFormat : QLocale::LongFormat);
    const QString year = locale.toString(first, QStringView(u"yyyy"), m_calendar);
    return QCoreApplication::translate("MonthCalendar", "%1 %2", "month name, year").arg(name, year);
}
