#pragma once

#include <QCalendar>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

// Months first to last, both included, as MonthCalendar numbers them.
struct MonthRange
{
    int first = 0;
    int last = -1;
    bool isEmpty() const { return last < first; }
    bool contains(int month) const { return month >= first && month <= last; }
};

// How the reports cut time: a UTC instant becomes a day in the shop's time zone, and a day belongs to a month
// of the shop's calendar (Gregorian now; Jalali plugs in through the QCalendar). Months are numbered so that
// the month after m is m + 1.
class MonthCalendar
{
public:
    explicit MonthCalendar(const QTimeZone& zone = QTimeZone::systemTimeZone(),
                           QCalendar calendar = QCalendar());

    // The shop's local day of a UTC instant, as a Julian day number.
    qint32 localDay(qint64 utcMs) const;
    // The UTC instant of midday on a local date: a date-only sale lands on that date in any time zone.
    qint64 middayUtcMs(QDate date) const;
    // Local UTC instant of a local date and time.
    qint64 utcMs(QDate date, QTime time) const;

    int monthOf(QDate date) const;
    int monthOfDay(qint32 julianDay) const { return monthOf(QDate::fromJulianDay(julianDay)); }
    QDate firstDay(int month) const;
    QDate lastDay(int month) const;
    // "YYYY-MM" in the calendar's own numbering, for files and scripts.
    QString key(int month) const;
    std::optional<int> parseKey(const QString& key) const;
    // The month as people read it, e.g. "March 2026", in the locale's language and digits.
    QString label(int month, const QLocale& locale, bool shortForm = false) const;

    QCalendar calendar() const { return m_calendar; }
    QTimeZone zone() const { return m_zone; }

private:
    qint32 offsetSecondsAt(qint64 utcMs) const;

    QTimeZone m_zone;
    QCalendar m_calendar;
    int m_monthsPerYear = 12;
    // Offset changes of the zone, so converting millions of instants needs a binary search, not a tz lookup.
    std::vector<qint64> m_transitionMs;
    std::vector<qint32> m_offsetAfter;
    qint32 m_offsetBefore = 0;
};
