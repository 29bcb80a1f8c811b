#include "HomeFiguresStore.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

HomeFiguresStore::HomeFiguresStore(Database& db) : m_db(db)
{
}

Result<HomeFiguresStore::Takings> HomeFiguresStore::takings(const QDateTime& from, const QDateTime& to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(amount_minor - discount_minor - refunded_minor), 0)"
                             " FROM sales WHERE at >= ? AND at < ?"));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return makeError(Error::Kind::Failed, q.lastError().text());
    return Takings{q.value(0).toInt(), q.value(1).toLongLong()};
}

Result<int> HomeFiguresStore::enrolments(const QDateTime& from, const QDateTime& to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM customers WHERE created_at >= ? AND created_at < ?"));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return makeError(Error::Kind::Failed, q.lastError().text());
    return q.value(0).toInt();
}

Result<QList<HomeFiguresStore::ExpiringPoints>> HomeFiguresStore::expiring(const QDateTime& from,
                                                                           const QDateTime& to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.customer_id, c.name, SUM(l.remaining), MIN(l.expires_at)"
                             " FROM point_lots l JOIN customers c ON c.id = l.customer_id"
                             " WHERE l.expires_at >= ? AND l.expires_at < ?"
                             " GROUP BY l.customer_id, c.name ORDER BY MIN(l.expires_at), l.customer_id"));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    QList<ExpiringPoints> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                     QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC)});
    return rows;
}
