#pragma once

#include "Clock.h"
#include "CsvTable.h"
#include "CustomerRecord.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

class CustomerDirectory;
class Database;

// Customers brought in from another system's CSV export. Nothing is written until commit(), and commit()
// writes everything or nothing.
class CustomerImport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)

public:
    enum class Field
    {
        Ignore,
        Name,
        Phone,
        Card,
        Email,
        Birthday,
        Nickname,
        Notes
    };

    struct Options
    {
        QString region;                     // phone region; empty: the shop's
        CsvTable::Options csv;              // encoding and delimiter; empty: detect
        QHash<int, Field> mappingOverrides; // column index -> field, chosen by the person in the preview
    };

    struct Issue
    {
        int line = 0;
        QString column; // header of the column at fault, empty when the whole line is
        QString reason;
    };

    struct Preview
    {
        CsvTable table;
        QList<Field> mapping;              // one per column
        QList<CustomerRecord> valid;       // ready to insert
        QList<int> validLines;             // line of each valid record
        QList<Issue> issues;               // every problem, in line order
        QList<CsvTable::Row> rejectedRows; // the rows with at least one issue
        bool hasIssues() const { return !issues.isEmpty(); }
    };

    CustomerImport(CustomerDirectory& directory, Database& db, const Clock& clock);

    static Field fieldForHeader(const QString& header);
    static QString fieldName(Field field); // translated, for the mapping preview
    static QList<Field> fields();          // every field, in the order the mapping preview offers them

    // Reads and checks the file: bad phone for the country, duplicates in the file, customers already in the
    // database, bad dates, bad card check digits. Writes nothing.
    Result<Preview> preview(const QByteArray& bytes, const Options& options);
    // Told how many of the valid customers are written so far; returning false cancels the import.
    using Progress = std::function<bool(int written, int total)>;

    // Writes the valid customers in one transaction; with issues present, only when skipInvalid is set.
    // Cancelled through `progress`, it writes nothing and says so.
    Result<int> commit(const Preview& preview, bool skipInvalid, const Progress& progress = {});
    // The rejected rows, under the original header and with a "problem" column, as UTF-8 CSV to fix and
    // re-import.
    static QByteArray rejectedCsv(const Preview& preview);

private:
    CustomerDirectory& m_directory;
    Database& m_db;
    const Clock& m_clock;
};
