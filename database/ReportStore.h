#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

class Database;

// Read-only queries the reports need: one ordered pass over every sale, and the few customer facts shown
// next to the numbers.
class ReportStore
{
public:
    explicit ReportStore(Database& db);

    struct SaleRow
    {
        qint64 customerId = 0; // 0: a sale to somebody who is not a member
        qint64 atMs = 0;       // UTC milliseconds
        qint64 amountMinor = 0;
    };
    // Every sale ordered by customer then time (sales without a customer first); 'visit' returns false to
    // stop early, which is reported as success with the rows seen so far.
    // With a shop id, only that shop's sales.
    Result<void> scanSales(const std::function<bool(const SaleRow&)>& visit, qint64 shopId = 0);
    qint64 saleCount(qint64 shopId = 0);
    // When each customer joined, by id.
    Result<QHash<qint64, qint64>> customerCreatedAt();
    // Customers whose latest marketing consent record grants it.
    Result<QSet<qint64>> marketingConsenters();
    struct CustomerLabel
    {
        QString name;
        QString phoneE164;
        QString cardNumber;
    };
    QHash<qint64, CustomerLabel> customerLabels(const QList<qint64>& ids);

    // The straightforward SQL way to count active customers per UTC month and those also active the month
    // before: the baseline the in-memory reports are measured and checked against. Keys are "YYYY-MM".
    struct MonthCount
    {
        QString month;
        qint64 active = 0;
        qint64 retained = 0;
    };
    Result<QList<MonthCount>> monthlyActiveBySql();
    // The same for cohorts: customers per month of first purchase and per month since, active in it.
    struct CohortCount
    {
        QString cohort;
        int offset = 0;
        qint64 active = 0;
    };
    Result<QList<CohortCount>> cohortsBySql();

private:
    Database& m_db;
};
