#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <tuple>

class Database;

// A single-use reward code given to a customer (e.g. a filled stamp card).
struct Voucher
{
    qint64 id = 0;
    QString code;
    qint64 customerId = 0;
    QString source;      // stamp_card
    QString description; // what it gives, in the owner's words
    QDateTime issuedAt;
    QDateTime validUntil; // invalid: no end
    QDateTime redeemedAt;
    qint64 redeemedSaleId = 0;
    QString redeemedTill;
    QString redeemedBy;
    bool isRedeemed() const { return redeemedAt.isValid(); }
};

class VoucherStore
{
public:
    explicit VoucherStore(Database& db);

    Result<qint64> issue(const Voucher& voucher);
    Result<Voucher> byCode(const QString& code) const;
    Result<Voucher> byId(qint64 id) const;
    QList<Voucher> openForCustomer(qint64 customerId) const;
    // Vouchers issued and used per time bucket (`bucketMs` from the epoch): (bucket start, issued, used).
    QList<std::tuple<qint64, qint64, qint64>> countsByBucket(qint64 bucketMs) const;
    // Marks the code used; false when someone used it first (exactly one caller ever gets true).
    Result<bool> redeem(const QString& code, const QDateTime& at, qint64 saleId, const QString& till,
                        const QString& by);

private:
    Database& m_db;
};
