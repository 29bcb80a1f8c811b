#pragma once

#include "Clock.h"
#include "CsvTable.h"
#include "MonthCalendar.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class CustomerDirectory;
class Database;

// Past sales brought in from another system, so the reports have history. They award no points and write no
// ledger entries. Every line is checked first; any problem and nothing is written, otherwise everything is
// written in one transaction.
class PurchaseImport
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseImport)

public:
    enum class Format
    {
        Csv,   // a header line; columns phone or card, date (or date and time), amount, optional reference
        Cdnow, // the CDNOW data set: customer id, [sample id,] YYYYMMDD, number of CDs, dollar value
    };
    struct Options
    {
        Format format = Format::Csv;
        QString region;        // phone region for CSV; empty: the shop's
        CsvTable::Options csv; // encoding and delimiter; empty: detect
        qint64 shopId = 1;     // the shop of the chain where the sales were made
    };
    struct Issue
    {
        int line = 0;
        QString reason;
    };
    struct Outcome
    {
        QList<Issue> issues; // when not empty, nothing was written
        int sales = 0;
        int customersCreated = 0;
    };

    static constexpr char CsvTill[] = "import";
    static constexpr char CdnowTill[] = "cdnow";

    PurchaseImport(CustomerDirectory& directory, Database& db, const Clock& clock,
                   const MonthCalendar& calendar = MonthCalendar());

    Result<Outcome> run(const QByteArray& bytes, const Options& options);

    static std::optional<Format> formatFromName(const QString& name);
    // A decimal amount such as "12.50", "1 234,5" or "٣٫٥٠" in minor units, read exactly; nullopt when it is
    // not an amount with at most two decimals.
    static std::optional<qint64> parseAmount(const QString& text);

private:
    Result<Outcome> runCsv(const QByteArray& bytes, const Options& options);
    Result<Outcome> runCdnow(const QByteArray& bytes, qint64 shopId);

    CustomerDirectory& m_directory;
    Database& m_db;
    const Clock& m_clock;
    MonthCalendar m_calendar;
};
