#include "SaleStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

SaleStore::SaleStore(Database& db) : m_db(db)
{
}

Result<qint64> SaleStore::insert(const SaleRecord& sale)
{
    // A till's first sale registers it with the first shop; the sale keeps the shop its till is in now.
    {
        auto till = m_db.prepared(
            QStringLiteral("INSERT INTO tills (name, shop_id, registered_at)"
                           " VALUES (?, (SELECT min(id) FROM shops), ?) ON CONFLICT (name) DO NOTHING"));
        till->addBindValue(sale.tillId);
        till->addBindValue(sale.at.toMSecsSinceEpoch());
        if (!till->exec())
            return makeError(Error::Kind::Failed, till->lastError().text());
    }
    auto statement = m_db.prepared(m_db.dialect().returningId(
        QStringLiteral("INSERT INTO sales (till_id, sale_ref, customer_id, at, amount_minor, discount_minor,"
                       " points_redeemed, paid_with_points_minor, tier, recorded_by, result, shop_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT shop_id FROM tills WHERE name = ?))")));
    QSqlQuery& q = *statement;
    q.addBindValue(sale.tillId);
    q.addBindValue(sale.saleRef);
    q.addBindValue(sale.customerId > 0 ? QVariant(sale.customerId)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(sale.at.toMSecsSinceEpoch());
    q.addBindValue(sale.amountMinor);
    q.addBindValue(sale.discountMinor);
    q.addBindValue(sale.pointsRedeemed);
    q.addBindValue(sale.paidWithPointsMinor);
    q.addBindValue(SqlValues::text(sale.tier));
    q.addBindValue(SqlValues::text(sale.recordedBy));
    q.addBindValue(SqlValues::text(sale.result));
    q.addBindValue(sale.tillId);
    return m_db.insertReturningId(q);
}

namespace {
const QString kSaleColumns =
    QStringLiteral("id, till_id, sale_ref, customer_id, at, amount_minor, discount_minor,"
                   " points_redeemed, paid_with_points_minor, refunded_minor, tier,"
                   " recorded_by, result");

SaleRecord saleFrom(const QSqlQuery& q)
{
    SaleRecord s;
    s.id = q.value(0).toLongLong();
    s.tillId = q.value(1).toString();
    s.saleRef = q.value(2).toString();
    s.customerId = q.value(3).toLongLong();
    s.at = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    s.amountMinor = q.value(5).toLongLong();
    s.discountMinor = q.value(6).toLongLong();
    s.pointsRedeemed = q.value(7).toLongLong();
    s.paidWithPointsMinor = q.value(8).toLongLong();
    s.refundedMinor = q.value(9).toLongLong();
    s.tier = q.value(10).toString();
    s.recordedBy = q.value(11).toString();
    s.result = q.value(12).toString();
    return s;
}

Result<SaleRecord> singleSale(QSqlQuery& q)
{
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    if (!q.next())
        return makeError(Error::Kind::NotFound, QString());
    return saleFrom(q);
}
} // namespace

Result<SaleRecord> SaleStore::byReference(const QString& tillId, const QString& saleRef) const
{
    auto statement = m_db.prepared(
        QStringLiteral("SELECT %1 FROM sales WHERE till_id = ? AND sale_ref = ?").arg(kSaleColumns));
    QSqlQuery& q = *statement;
    q.addBindValue(tillId);
    q.addBindValue(saleRef);
    return singleSale(q);
}

Result<SaleRecord> SaleStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sales WHERE id = ?").arg(kSaleColumns));
    q.addBindValue(id);
    return singleSale(q);
}

Result<void> SaleStore::setResult(qint64 saleId, const QString& result)
{
    auto statement = m_db.prepared(QStringLiteral("UPDATE sales SET result = ? WHERE id = ?"));
    QSqlQuery& q = *statement;
    q.addBindValue(result);
    q.addBindValue(saleId);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    return {};
}

Result<void> SaleStore::addRefunded(qint64 saleId, qint64 amountMinor)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sales SET refunded_minor = refunded_minor + ? WHERE id = ?"
                             " AND refunded_minor + ? <= amount_minor"));
    q.addBindValue(amountMinor);
    q.addBindValue(saleId);
    q.addBindValue(amountMinor);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    if (q.numRowsAffected() != 1)
        return makeError(Error::Kind::Invalid, QStringLiteral("refund exceeds the sale"));
    return {};
}

qint64 SaleStore::spendSince(qint64 customerId, const QDateTime& since) const
{
    auto statement =
        m_db.prepared(QStringLiteral("SELECT coalesce(sum(amount_minor - refunded_minor), 0) FROM sales"
                                     " WHERE customer_id = ? AND at >= ?"));
    QSqlQuery& q = *statement;
    q.addBindValue(customerId);
    q.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<SaleRecord> SaleStore::forCustomer(qint64 customerId, int limit) const
{
    QList<SaleRecord> list;
    auto statement = m_db.prepared(
        QStringLiteral("SELECT %1 FROM sales WHERE customer_id = ? ORDER BY at DESC, id DESC LIMIT ?")
            .arg(kSaleColumns));
    QSqlQuery& q = *statement;
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            list.append(saleFrom(q));
    }
    return list;
}
