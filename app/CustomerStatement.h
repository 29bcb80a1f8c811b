#pragma once

#include "LoyaltyLedger.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class CustomerDirectory;

// A customer's points statement: every ledger entry with its date, what it was for, the points and the
// running balance, in words a customer understands; as rows for the screen, CSV and printable HTML.
class CustomerStatement
{
    Q_DECLARE_TR_FUNCTIONS(CustomerStatement)

public:
    struct Row
    {
        QDateTime at;
        QString description;
        qint64 points = 0;
        qint64 balance = 0;
        QString recordedBy;
        LedgerEntry::Kind kind = LedgerEntry::Kind::Earn;
    };

    CustomerStatement(const LoyaltyLedger& ledger, CustomerDirectory& directory, qint64 customerId);

    const QList<Row>& rows() const { return m_rows; }
    // UTF-8 CSV with a header; dates in ISO 8601 (UTC), so spreadsheets sort them.
    QByteArray toCsv() const;
    // A printable page: shop, customer, balance and the table.
    QString toHtml(const QString& shopName, const QLocale& locale = QLocale()) const;

    static QString describe(const LedgerEntry& entry, const QString& counterpartName);

private:
    QList<Row> m_rows;
    QString m_customerName;
    qint64 m_balance = 0;
};
