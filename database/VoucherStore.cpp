#include "VoucherStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString kColumns = QStringLiteral("id, code, customer_id, source, description, issued_at, valid_until,"
                                        " redeemed_at, redeemed_sale_id, redeemed_till, redeemed_by");

QDateTime timeFrom(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Voucher voucherFrom(const QSqlQuery& q)
{
    Voucher v;
    v.id = q.value(0).toLongLong();
    v.code = q.value(1).toString();
    v.customerId = q.value(2).toLongLong();
    v.source = q.value(3).toString();
    v.description = q.value(4).toString();
    v.issuedAt = timeFrom(q.value(5));
    v.validUntil = timeFrom(q.value(6));
    v.redeemedAt = timeFrom(q.value(7));
    v.redeemedSaleId = q.value(8).toLongLong();
    v.redeemedTill = q.value(9).toString();
    v.redeemedBy = q.value(10).toString();
    return v;
}

Result<Voucher> single(QSqlQuery& q)
{
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    if (!q.next())
        return makeError(Error::Kind::NotFound, QString());
    return voucherFrom(q);
}
} // namespace

VoucherStore::VoucherStore(Database& db) : m_db(db)
{
}

Result<qint64> VoucherStore::issue(const Voucher& v)
{
    QSqlQuery q(m_db.connection());
    q.prepare(m_db.dialect().returningId(
        QStringLiteral("INSERT INTO vouchers (code, customer_id, source, description, issued_at, valid_until)"
                       " VALUES (?, ?, ?, ?, ?, ?)")));
    q.addBindValue(v.code);
    q.addBindValue(v.customerId > 0 ? QVariant(v.customerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(SqlValues::text(v.source));
    q.addBindValue(SqlValues::text(v.description));
    q.addBindValue(v.issuedAt.toMSecsSinceEpoch());
    q.addBindValue(v.validUntil.isValid() ? QVariant(v.validUntil.toMSecsSinceEpoch())
                                          : QVariant(QMetaType(QMetaType::LongLong)));
    return m_db.insertReturningId(q);
}

Result<Voucher> VoucherStore::byCode(const QString& code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM vouchers WHERE code = ?").arg(kColumns));
    q.addBindValue(code);
    return single(q);
}

Result<Voucher> VoucherStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM vouchers WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    return single(q);
}

QList<Voucher> VoucherStore::openForCustomer(qint64 customerId) const
{
    QList<Voucher> list;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM vouchers WHERE customer_id = ? AND redeemed_at IS NULL ORDER BY id")
            .arg(kColumns));
    q.addBindValue(customerId);
    if (q.exec()) {
        while (q.next())
            list.append(voucherFrom(q));
    }
    return list;
}

Result<bool> VoucherStore::redeem(const QString& code, const QDateTime& at, qint64 saleId,
                                  const QString& till, const QString& by)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE vouchers SET redeemed_at = ?, redeemed_sale_id = ?, redeemed_till = ?,"
                             " redeemed_by = ? WHERE code = ? AND redeemed_at IS NULL"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(saleId > 0 ? QVariant(saleId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(SqlValues::text(till));
    q.addBindValue(SqlValues::text(by));
    q.addBindValue(code);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    return q.numRowsAffected() == 1;
}

QList<std::tuple<qint64, qint64, qint64>> VoucherStore::countsByBucket(qint64 bucketMs) const
{
    QList<std::tuple<qint64, qint64, qint64>> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT b, sum(issued), sum(used) FROM ("
        " SELECT (issued_at / ?) * ? AS b, 1 AS issued, 0 AS used FROM vouchers"
        " UNION ALL SELECT (redeemed_at / ?) * ?, 0, 1 FROM vouchers WHERE redeemed_at IS NOT NULL) AS events"
        " GROUP BY b ORDER BY b"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(bucketMs);
    if (!q.exec())
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return list;
}
