#include "LocalDates.h"

#include "Translations.h"

namespace LocalDates {
QString date(const QDate& date, QLocale::FormatType format, const QLocale& locale)
{
    return locale.toString(date, format, Translations::calendar());
}

QString dayOf(const QDateTime& at, QLocale::FormatType format, const QLocale& locale)
{
    return date(at.toLocalTime().date(), format, locale);
}

QString dateTime(const QDateTime& at, QLocale::FormatType format, const QLocale& locale)
{
    return locale.toString(at.toLocalTime(), format, Translations::calendar());
}
} // namespace LocalDates
