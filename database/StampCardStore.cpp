#include "StampCardStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString kColumns =
    QStringLiteral("id, customer_id, serial, capacity, stamps, created_at, filled_at, voucher_id");

QDateTime timeFrom(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

StampCard cardFrom(const QSqlQuery& q)
{
    StampCard c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.serial = q.value(2).toString();
    c.capacity = q.value(3).toInt();
    c.stamps = q.value(4).toInt();
    c.createdAt = timeFrom(q.value(5));
    c.filledAt = timeFrom(q.value(6));
    c.voucherId = q.value(7).toLongLong();
    return c;
}

Result<StampCard> single(QSqlQuery& q)
{
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    if (!q.next())
        return makeError(Error::Kind::NotFound, QString());
    return cardFrom(q);
}
} // namespace

StampCardStore::StampCardStore(Database& db) : m_db(db)
{
}

Result<qint64> StampCardStore::create(const StampCard& card)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        m_db.dialect().returningId(QStringLiteral("INSERT INTO stamp_cards (customer_id, serial, capacity, "
                                                  "stamps, created_at) VALUES (?, ?, ?, 0, ?)")));
    q.addBindValue(card.customerId > 0 ? QVariant(card.customerId)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(SqlValues::textOrNull(card.serial));
    q.addBindValue(card.capacity);
    q.addBindValue(card.createdAt.toMSecsSinceEpoch());
    return m_db.insertReturningId(q);
}

Result<StampCard> StampCardStore::currentCard(qint64 customerId) const
{
    auto statement =
        m_db.prepared(QStringLiteral("SELECT %1 FROM stamp_cards WHERE customer_id = ? AND filled_at IS NULL"
                                     " ORDER BY id DESC LIMIT 1")
                          .arg(kColumns));
    QSqlQuery& q = *statement;
    q.addBindValue(customerId);
    return single(q);
}

Result<StampCard> StampCardStore::bySerial(const QString& serial) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM stamp_cards WHERE serial = ?").arg(kColumns));
    q.addBindValue(serial);
    return single(q);
}

Result<StampCard> StampCardStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM stamp_cards WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    return single(q);
}

Result<void> StampCardStore::assign(qint64 cardId, qint64 customerId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE stamp_cards SET customer_id = ? WHERE id = ?"));
    q.addBindValue(customerId);
    q.addBindValue(cardId);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    return {};
}

Result<void> StampCardStore::addStamps(qint64 cardId, qint64 saleId, int stamps, const QDateTime& at,
                                       const QString& by)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO stamp_entries (card_id, sale_id, stamps, at, recorded_by) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(cardId);
    q.addBindValue(saleId > 0 ? QVariant(saleId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(stamps);
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(SqlValues::text(by));
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    q.prepare(QStringLiteral("UPDATE stamp_cards SET stamps = stamps + ? WHERE id = ?"));
    q.addBindValue(stamps);
    q.addBindValue(cardId);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    return {};
}

Result<void> StampCardStore::markFilled(qint64 cardId, const QDateTime& at, qint64 voucherId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE stamp_cards SET filled_at = ?, voucher_id = ? WHERE id = ?"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(voucherId);
    q.addBindValue(cardId);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    return {};
}

QList<QPair<qint64, int>> StampCardStore::stampsForSale(qint64 saleId) const
{
    QList<QPair<qint64, int>> list;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT card_id, sum(stamps) FROM stamp_entries WHERE sale_id = ? GROUP BY card_id"));
    q.addBindValue(saleId);
    if (q.exec()) {
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toInt()});
    }
    return list;
}

QList<qint64> StampCardStore::cardsWithWrongCount() const
{
    QList<qint64> wrong;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT c.id FROM stamp_cards c LEFT JOIN (SELECT card_id, sum(stamps) AS total"
                              " FROM stamp_entries GROUP BY card_id) e ON e.card_id = c.id"
                              " WHERE c.stamps <> coalesce(e.total, 0) OR c.stamps < 0"
                              " OR (c.filled_at IS NULL AND c.stamps >= c.capacity)"))) {
        while (q.next())
            wrong.append(q.value(0).toLongLong());
    }
    return wrong;
}

qint64 StampCardStore::highestSerialNumber(const QString& prefix) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT max(serial) FROM stamp_cards WHERE serial LIKE ? || '%'"));
    q.addBindValue(prefix);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toString().mid(prefix.size(), 12 - prefix.size()).toLongLong();
    return 0;
}
