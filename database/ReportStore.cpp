#include "ReportStore.h"

#include "Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace {
const char kOrderedSales[] = "SELECT customer_id, at, amount_minor FROM sales ORDER BY customer_id, at";
// One shop's, from the covering index that starts with the shop.
const char kOrderedShopSales[] =
    "SELECT customer_id, at, amount_minor FROM sales WHERE shop_id = ? ORDER BY customer_id, at";

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}
} // namespace

ReportStore::ReportStore(Database& db) : m_db(db)
{
}

Result<void> ReportStore::scanSales(const std::function<bool(const SaleRow&)>& visit, qint64 shopId)
{
    const char* sql = shopId > 0 ? kOrderedShopSales : kOrderedSales;
    // Millions of rows: SQLite's own API avoids the QVariant per column that QSqlQuery builds.
    if (sqlite3* connection = nativeHandle(m_db.connection())) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            return makeError(Error::Kind::Failed, QString::fromUtf8(sqlite3_errmsg(connection)));
        }
        if (shopId > 0)
            sqlite3_bind_int64(statement, 1, shopId);
        int step = SQLITE_ROW;
        SaleRow row;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            row.customerId = sqlite3_column_int64(statement, 0);
            row.atMs = sqlite3_column_int64(statement, 1);
            row.amountMinor = sqlite3_column_int64(statement, 2);
            if (!visit(row)) {
                step = SQLITE_DONE;
                break;
            }
        }
        sqlite3_finalize(statement);
        if (step != SQLITE_DONE)
            return makeError(Error::Kind::Failed, QString::fromUtf8(sqlite3_errstr(step)));
        return {};
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(sql));
    if (shopId > 0)
        q.addBindValue(shopId);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    SaleRow row;
    while (q.next()) {
        row.customerId = q.value(0).toLongLong();
        row.atMs = q.value(1).toLongLong();
        row.amountMinor = q.value(2).toLongLong();
        if (!visit(row))
            break;
    }
    return {};
}

qint64 ReportStore::saleCount(qint64 shopId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(shopId > 0 ? QStringLiteral("SELECT count(*) FROM sales WHERE shop_id = ?")
                         : QStringLiteral("SELECT count(*) FROM sales"));
    if (shopId > 0)
        q.addBindValue(shopId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Result<QHash<qint64, qint64>> ReportStore::customerCreatedAt()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, created_at FROM customers")))
        return makeError(Error::Kind::Failed, q.lastError().text());
    QHash<qint64, qint64> created;
    while (q.next())
        created.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return created;
}

Result<QSet<qint64>> ReportStore::marketingConsenters()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT customer_id, granted FROM consents WHERE purpose = 'marketing'"
                               " ORDER BY customer_id, at, id")))
        return makeError(Error::Kind::Failed, q.lastError().text());
    QSet<qint64> granted;
    // Rows come oldest first per customer, so the last one seen is the one in force.
    while (q.next()) {
        if (q.value(1).toInt() == 1)
            granted.insert(q.value(0).toLongLong());
        else
            granted.remove(q.value(0).toLongLong());
    }
    return granted;
}

QHash<qint64, ReportStore::CustomerLabel> ReportStore::customerLabels(const QList<qint64>& ids)
{
    QHash<qint64, CustomerLabel> labels;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, phone_e164, card_number FROM customers WHERE id = ?"));
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (q.exec() && q.next())
            labels.insert(id, {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return labels;
}

Result<QList<ReportStore::MonthCount>> ReportStore::monthlyActiveBySql()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
                    "WITH active AS (SELECT DISTINCT customer_id, %1 AS m"
                    "  FROM sales WHERE customer_id IS NOT NULL)"
                    " SELECT cur.m, count(*), count(prev.customer_id) FROM active cur"
                    " LEFT JOIN active prev ON prev.customer_id = cur.customer_id AND prev.m = cur.m - 1"
                    " GROUP BY cur.m ORDER BY cur.m")
                    .arg(m_db.dialect().utcMonthIndex(QStringLiteral("at")))))
        return makeError(Error::Kind::Failed, q.lastError().text());
    QList<MonthCount> months;
    while (q.next()) {
        const int m = q.value(0).toInt();
        months.append(
            {QStringLiteral("%1-%2").arg(m / 12, 4, 10, QChar(u'0')).arg(m % 12 + 1, 2, 10, QChar(u'0')),
             q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    return months;
}

Result<QList<ReportStore::CohortCount>> ReportStore::cohortsBySql()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("WITH active AS (SELECT DISTINCT customer_id, %1 AS m"
                           "  FROM sales WHERE customer_id IS NOT NULL),"
                           " first AS (SELECT customer_id, min(m) AS cohort FROM active GROUP BY customer_id)"
                           " SELECT first.cohort, active.m - first.cohort, count(*) FROM active"
                           " JOIN first ON first.customer_id = active.customer_id"
                           " GROUP BY first.cohort, active.m - first.cohort ORDER BY 1, 2")
                .arg(m_db.dialect().utcMonthIndex(QStringLiteral("at")))))
        return makeError(Error::Kind::Failed, q.lastError().text());
    QList<CohortCount> cells;
    while (q.next()) {
        const int m = q.value(0).toInt();
        cells.append(
            {QStringLiteral("%1-%2").arg(m / 12, 4, 10, QChar(u'0')).arg(m % 12 + 1, 2, 10, QChar(u'0')),
             q.value(1).toInt(), q.value(2).toLongLong()});
    }
    return cells;
}
