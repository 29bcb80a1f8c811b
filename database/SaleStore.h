#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
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
    qint64 amountMinor = 0;         // what the goods cost, before the member discount
    qint64 discountMinor = 0;       // member, cumulative or tier discount given
    qint64 pointsRedeemed = 0;      // points that paid part of it
    qint64 paidWithPointsMinor = 0; // the money those points were worth
    qint64 refundedMinor = 0;       // how much of amountMinor has been refunded so far
    QString tier;                   // the customer's tier when it was recorded
    QString recordedBy;
    QString result; // the JSON answer given the first time, returned for a repeat
};

class SaleStore
{
public:
    explicit SaleStore(Database& db);

    Result<qint64> insert(const SaleRecord& sale);
    Result<SaleRecord> byReference(const QString& tillId, const QString& saleRef) const;
    Result<SaleRecord> byId(qint64 id) const;
    Result<void> setResult(qint64 saleId, const QString& result);
    Result<void> addRefunded(qint64 saleId, qint64 amountMinor);
    // What the customer spent (net of refunds) in sales at or after `since`; all time when invalid.
    qint64 spendSince(qint64 customerId, const QDateTime& since) const;
    // The customer's recorded sales, newest first.
    QList<SaleRecord> forCustomer(qint64 customerId, int limit) const;

private:
    Database& m_db;
};
