#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

class CustomerDirectory;

// All customers as UTF-8 CSV (with BOM, so spreadsheets pick the encoding), the columns the import reads
// back.
class CustomerExport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerExport)

public:
    explicit CustomerExport(CustomerDirectory& directory);
    // A list meant for marketing holds only customers whose consent to offers is in force.
    void setMarketingOnly(bool marketingOnly) { m_marketingOnly = marketingOnly; }
    // id, name, phone, card, email, birthday, nickname, notes, created_at, archived_at
    static QStringList header();
    // Owner only; every export is written in the audit log.
    Result<int> write(QIODevice& out, bool includeArchived = true);
    Result<int> writeFile(const QString& path, bool includeArchived = true);

private:
    Result<int> writeRows(QIODevice& out, bool includeArchived);
    Result<void> allowed() const;
    Result<void> audit(int count, bool includeArchived, const QString& path);

    CustomerDirectory& m_directory;
    bool m_marketingOnly = false;
};
