#pragma once

#include "MonthCalendar.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QVariant>

// A report's numbers as one table, written the same way to JSON, CSV and text by the command line and shown
// and exported by the Reports window. Keys are the stable names scripts read; headers are for people.
class ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(ReportTable)

public:
    enum class Kind
    {
        Count,   // whole number
        Ratio,   // 0..1, shown as a percentage; null when undefined
        Month,   // MonthCalendar month number, "YYYY-MM" in files
        Day,     // Julian day, ISO date in files
        Money,   // minor units
        Decimal, // a measure such as days or weeks
        Text,
    };
    struct Column
    {
        QString key;
        QString header;
        Kind kind = Kind::Count;
    };

    explicit ReportTable(const MonthCalendar& calendar = MonthCalendar()) : m_calendar(calendar) {}

    QList<Column> columns;
    QList<QVariantList> rows;
    // Numbers about the whole report (e.g. fitted model parameters); with them, JSON is an object holding
    // these and the rows under rowsKey.
    QJsonObject summary;
    QString rowsKey;
    // One row and no list: JSON is a single object.
    bool singleRow = false;

    int columnOf(const QString& key) const;
    const MonthCalendar& calendar() const { return m_calendar; }

    QByteArray toJson() const;
    // RFC 4180 with the keys as header and C-locale numbers, for spreadsheets and scripts.
    QByteArray toCsv() const;
    // The same for people: translated headers, the locale's digits, aligned columns.
    QString toText(const QLocale& locale) const;
    // One value as people read it in the locale (percentages, months, money with two decimals).
    QString display(const QVariant& value, Kind kind, const QLocale& locale) const;
    // A share as a percentage in the locale's digits and percent sign, e.g. "12.5%" or "١٢٫٥٪".
    static QString percentText(double share, const QLocale& locale, int decimals = 1);
    // One value as files carry it.
    QString plain(const QVariant& value, Kind kind) const;

private:
    MonthCalendar m_calendar;
};
