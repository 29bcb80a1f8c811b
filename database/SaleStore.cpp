#include "SaleStore.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

SaleStore::SaleStore(Database& db) : m_db(db)
{
}

Result<qint64> SaleStore::insert(const SaleRecord& sale)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sales (till_id, sale_ref, customer_id, at, amount_minor) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(sale.tillId);
    q.addBindValue(sale.saleRef);
    q.addBindValue(sale.customerId > 0 ? QVariant(sale.customerId)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(sale.at.toMSecsSinceEpoch());
    q.addBindValue(sale.amountMinor);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    return q.lastInsertId().toLongLong();
}

qint64 SaleStore::countForCustomer(qint64 customerId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sales WHERE customer_id = ?"));
    q.addBindValue(customerId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QDateTime SaleStore::lastSaleAt(qint64 customerId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT max(at) FROM sales WHERE customer_id = ?"));
    q.addBindValue(customerId);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    return {};
}
