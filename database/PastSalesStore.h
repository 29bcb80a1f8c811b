#pragma once

#include "Result.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QString>

class Database;

// Writes for bringing past sales in from another system: customers known by that system's id, and sales
// that award no points. Callers hold the transaction.
class PastSalesStore
{
public:
    explicit PastSalesStore(Database& db);

    // Customers already imported from a source, by their external reference (e.g. "cdnow:00004").
    Result<QHash<QString, qint64>> customersByExternalRef(const QString& prefix);
    Result<qint64> insertExternalCustomer(const QString& externalRef, qint64 createdAtMs);
    // The references of every sale already recorded for a till.
    Result<QSet<QString>> saleRefs(const QString& tillId);
    Result<void> insertSale(const QString& tillId, const QString& saleRef, qint64 customerId, qint64 atMs,
                            qint64 amountMinor);
    // The shop of a chain the sales were made in; the first shop unless set.
    void setShop(qint64 shopId) { m_shopId = shopId; }

private:
    Database& m_db;
    QSqlQuery m_insertSale;
    QSqlQuery m_insertCustomer;
    bool m_prepared = false;
    qint64 m_shopId = 1;
    Result<void> prepare();
};
