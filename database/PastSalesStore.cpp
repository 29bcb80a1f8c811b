#include "PastSalesStore.h"

#include "Database.h"

#include <QSqlError>
#include <QVariant>

PastSalesStore::PastSalesStore(Database& db) : m_db(db)
{
}

Result<void> PastSalesStore::prepare()
{
    if (m_prepared)
        return {};
    m_insertSale = QSqlQuery(m_db.connection());
    m_insertCustomer = QSqlQuery(m_db.connection());
    if (!m_insertSale.prepare(
            QStringLiteral("INSERT INTO sales (till_id, sale_ref, customer_id, at, amount_minor, shop_id)"
                           " VALUES (?, ?, ?, ?, ?, ?)")))
        return makeError(Error::Kind::Failed, m_insertSale.lastError().text());
    if (!m_insertCustomer.prepare(m_db.dialect().returningId(
            QStringLiteral("INSERT INTO customers (external_ref, name, created_at) VALUES (?, '', ?)"))))
        return makeError(Error::Kind::Failed, m_insertCustomer.lastError().text());
    m_prepared = true;
    return {};
}

Result<QHash<QString, qint64>> PastSalesStore::customersByExternalRef(const QString& prefix)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // A half-open range on the unique index instead of LIKE, so any backend and collation can use it.
    q.prepare(QStringLiteral(
        "SELECT external_ref, id FROM customers WHERE external_ref >= ? AND external_ref < ?"));
    q.addBindValue(prefix);
    QString end = prefix;
    end.append(QChar(0xFFFF));
    q.addBindValue(end);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    QHash<QString, qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

Result<qint64> PastSalesStore::insertExternalCustomer(const QString& externalRef, qint64 createdAtMs)
{
    if (auto ready = prepare(); !ready)
        return ready.error();
    m_insertCustomer.bindValue(0, externalRef);
    m_insertCustomer.bindValue(1, createdAtMs);
    return m_db.insertReturningId(m_insertCustomer);
}

Result<QSet<QString>> PastSalesStore::saleRefs(const QString& tillId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT sale_ref FROM sales WHERE till_id = ?"));
    q.addBindValue(tillId);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    QSet<QString> refs;
    while (q.next())
        refs.insert(q.value(0).toString());
    return refs;
}

Result<void> PastSalesStore::insertSale(const QString& tillId, const QString& saleRef, qint64 customerId,
                                        qint64 atMs, qint64 amountMinor)
{
    if (auto ready = prepare(); !ready)
        return ready;
    m_insertSale.bindValue(0, tillId);
    m_insertSale.bindValue(1, saleRef);
    m_insertSale.bindValue(2,
                           customerId > 0 ? QVariant(customerId) : QVariant(QMetaType(QMetaType::LongLong)));
    m_insertSale.bindValue(3, atMs);
    m_insertSale.bindValue(4, amountMinor);
    m_insertSale.bindValue(5, m_shopId);
    if (!m_insertSale.exec())
        return makeError(Error::Kind::Failed, m_insertSale.lastError().text());
    return {};
}
