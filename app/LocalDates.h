#pragma once

#include <QDateTime>
#include <QLocale>

// Dates and times as the person reads them: in their language's digits and the calendar they chose (Solar Hijri,
// Hijri or Gregorian), times in the local zone. Storage and files keep UTC and ISO dates.
namespace LocalDates {
QString date(const QDate& date, QLocale::FormatType format = QLocale::ShortFormat, const QLocale& locale = QLocale());
// The local day of an instant.
QString dayOf(const QDateTime& at, QLocale::FormatType format = QLocale::ShortFormat,
              const QLocale& locale = QLocale());
// The local date and time of an instant.
QString dateTime(const QDateTime& at, QLocale::FormatType format = QLocale::ShortFormat,
                 const QLocale& locale = QLocale());
} // namespace LocalDates
