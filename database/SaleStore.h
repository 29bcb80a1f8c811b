#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

class Database;

// A purchase by a customer (or an anonymous one), in the shop's minor currency units.
struct SaleRecord
{
    qint64 id = 0;
    QString tillId;
    QString saleRef;
    qint64 customerId = 0; // 0: not a member
    QDateTime at;
    qint64 amountMinor = 0;
};

class SaleStore
{
public:
    explicit SaleStore(Database& db);

    Result<qint64> insert(const SaleRecord& sale);
    qint64 countForCustomer(qint64 customerId);
    // Last purchase time, invalid when the customer never bought anything.
    QDateTime lastSaleAt(qint64 customerId);

private:
    Database& m_db;
};
