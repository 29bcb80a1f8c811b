#include "ShopStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
Error failed(const QSqlQuery& q)
{
    return makeError(Error::Kind::Failed, q.lastError().text());
}
} // namespace

ShopStore::ShopStore(Database& db) : m_db(db)
{
}

Result<QList<ShopRecord>> ShopStore::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, coalesce(name, ''), created_at FROM shops ORDER BY id")))
        return failed(q);
    QList<ShopRecord> shops;
    QHash<qint64, qsizetype> byId;
    while (q.next()) {
        byId.insert(q.value(0).toLongLong(), shops.size());
        shops.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), {}});
    }
    if (!q.exec(QStringLiteral("SELECT shop_id, name FROM tills ORDER BY name")))
        return failed(q);
    while (q.next()) {
        const auto found = byId.constFind(q.value(0).toLongLong());
        if (found != byId.cend())
            shops[found.value()].tills.append(q.value(1).toString());
    }
    return shops;
}

Result<QList<TillRecord>> ShopStore::tills() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, shop_id, registered_at FROM tills ORDER BY name")))
        return failed(q);
    QList<TillRecord> tills;
    while (q.next())
        tills.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                      q.value(3).toLongLong()});
    return tills;
}

Result<qint64> ShopStore::add(const QString& name, qint64 createdAtMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(m_db.dialect().returningId(QStringLiteral("INSERT INTO shops (name, created_at) VALUES (?, ?)")));
    q.addBindValue(SqlValues::text(name));
    q.addBindValue(createdAtMs);
    return m_db.insertReturningId(q);
}

Result<void> ShopStore::rename(qint64 shopId, const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE shops SET name = ? WHERE id = ?"));
    q.addBindValue(SqlValues::text(name));
    q.addBindValue(shopId);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return makeError(Error::Kind::NotFound, QStringLiteral("no shop %1").arg(shopId));
    return {};
}

Result<void> ShopStore::assignTill(const QString& tillName, qint64 shopId, qint64 atMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO tills (name, shop_id, registered_at) VALUES (?, ?, ?)"
                             " ON CONFLICT (name) DO UPDATE SET shop_id = excluded.shop_id"));
    q.addBindValue(tillName);
    q.addBindValue(shopId);
    q.addBindValue(atMs);
    if (!q.exec())
        return failed(q);
    return {};
}

std::optional<qint64> ShopStore::shopOfTill(const QString& tillName) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT shop_id FROM tills WHERE name = ?"));
    q.addBindValue(tillName);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

qint64 ShopStore::firstShopId() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT min(id) FROM shops")) && q.next())
        return q.value(0).toLongLong();
    return 1;
}
