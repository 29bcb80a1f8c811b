#include "LedgerStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString kColumns = QStringLiteral("id, customer_id, kind, points, at, lot_id, expires_at, sale_id, "
                                        "reason, note, counterpart_id, recorded_by");

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

LedgerEntry entryFrom(const QSqlQuery& q)
{
    LedgerEntry e;
    e.id = q.value(0).toLongLong();
    e.customerId = q.value(1).toLongLong();
    LedgerEntry::kindFromName(q.value(2).toString(), &e.kind);
    e.points = q.value(3).toLongLong();
    e.at = timeFrom(q.value(4));
    e.lotId = q.value(5).toLongLong();
    e.expiresAt = timeFrom(q.value(6));
    e.saleId = q.value(7).toLongLong();
    e.reason = q.value(8).toString();
    e.note = q.value(9).toString();
    e.counterpartId = q.value(10).toLongLong();
    e.recordedBy = q.value(11).toString();
    return e;
}

Error failed(const QSqlQuery& q)
{
    return Error{Error::Kind::Failed, q.lastError().text(), 0};
}
} // namespace

QString LedgerEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Earn:
        return QStringLiteral("earn");
    case Kind::Redeem:
        return QStringLiteral("redeem");
    case Kind::Expire:
        return QStringLiteral("expire");
    case Kind::Adjust:
        return QStringLiteral("adjust");
    case Kind::Reverse:
        return QStringLiteral("reverse");
    case Kind::Transfer:
        return QStringLiteral("transfer");
    }
    return {};
}

bool LedgerEntry::kindFromName(const QString& name, Kind* kind)
{
    for (Kind k : {Kind::Earn, Kind::Redeem, Kind::Expire, Kind::Adjust, Kind::Reverse, Kind::Transfer}) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

LedgerStore::LedgerStore(Database& db) : m_db(db)
{
}

Result<qint64> LedgerStore::append(const LedgerEntry& e)
{
    auto statement = m_db.prepared(m_db.dialect().returningId(QStringLiteral(
        "INSERT INTO ledger (customer_id, kind, points, at, lot_id, expires_at, sale_id, reason,"
        " note, counterpart_id, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    QSqlQuery& q = *statement;
    q.addBindValue(e.customerId);
    q.addBindValue(LedgerEntry::kindName(e.kind));
    q.addBindValue(e.points);
    q.addBindValue(e.at.toMSecsSinceEpoch());
    q.addBindValue(idOrNull(e.lotId));
    q.addBindValue(timeOrNull(e.expiresAt));
    q.addBindValue(idOrNull(e.saleId));
    q.addBindValue(SqlValues::text(e.reason));
    q.addBindValue(SqlValues::text(e.note));
    q.addBindValue(idOrNull(e.counterpartId));
    q.addBindValue(SqlValues::text(e.recordedBy));
    // Duplicate: the partial unique indexes say a once-only bonus was already given.
    return m_db.insertReturningId(q);
}

Result<void> LedgerStore::addToBalance(qint64 customerId, qint64 delta)
{
    auto statement = m_db.prepared(QStringLiteral(
        "INSERT INTO point_balances (customer_id, balance) VALUES (?, ?)"
        " ON CONFLICT (customer_id) DO UPDATE SET balance = point_balances.balance + excluded.balance"));
    QSqlQuery& q = *statement;
    q.addBindValue(customerId);
    q.addBindValue(delta);
    if (!q.exec())
        return failed(q);
    return {};
}

Result<void> LedgerStore::openLot(qint64 lotId, qint64 customerId, qint64 points, const QDateTime& expiresAt)
{
    if (points <= 0)
        return {};
    auto statement = m_db.prepared(QStringLiteral(
        "INSERT INTO point_lots (lot_id, customer_id, remaining, expires_at) VALUES (?, ?, ?, ?)"));
    QSqlQuery& q = *statement;
    q.addBindValue(lotId);
    q.addBindValue(customerId);
    q.addBindValue(points);
    q.addBindValue(timeOrNull(expiresAt));
    if (!q.exec())
        return failed(q);
    return {};
}

Result<void> LedgerStore::drawFromLot(qint64 lotId, qint64 points)
{
    auto update = m_db.prepared(
        QStringLiteral("UPDATE point_lots SET remaining = remaining - ? WHERE lot_id = ? AND remaining > ?"));
    update->addBindValue(points);
    update->addBindValue(lotId);
    update->addBindValue(points);
    if (!update->exec())
        return failed(*update);
    if (update->numRowsAffected() == 1)
        return {};
    auto statement =
        m_db.prepared(QStringLiteral("DELETE FROM point_lots WHERE lot_id = ? AND remaining = ?"));
    QSqlQuery& q = *statement;
    q.addBindValue(lotId);
    q.addBindValue(points);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return makeError(Error::Kind::Failed,
                         QStringLiteral("lot %1 has fewer than %2 points left").arg(lotId).arg(points));
    return {};
}

qint64 LedgerStore::balance(qint64 customerId) const
{
    auto statement =
        m_db.prepared(QStringLiteral("SELECT balance FROM point_balances WHERE customer_id = ?"));
    QSqlQuery& q = *statement;
    q.addBindValue(customerId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 LedgerStore::lastEntryId(qint64 customerId, const QString& reason, const QString& note) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT max(id) FROM ledger WHERE customer_id = ? AND reason = ? AND note = ?"));
    q.addBindValue(customerId);
    q.addBindValue(reason);
    q.addBindValue(note);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<PointLot> LedgerStore::openLots(qint64 customerId) const
{
    QList<PointLot> lots;
    auto statement = m_db.prepared(
        QStringLiteral("SELECT lot_id, remaining, expires_at FROM point_lots WHERE customer_id = ?"
                       " ORDER BY expires_at IS NULL, expires_at, lot_id"));
    QSqlQuery& q = *statement;
    q.addBindValue(customerId);
    if (!q.exec())
        return lots;
    while (q.next())
        lots.append(PointLot{q.value(0).toLongLong(), q.value(1).toLongLong(), timeFrom(q.value(2))});
    return lots;
}

QList<QPair<qint64, PointLot>> LedgerStore::lotsDueBy(const QDateTime& now) const
{
    QList<QPair<qint64, PointLot>> due;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT customer_id, lot_id, remaining, expires_at FROM point_lots"
                       " WHERE expires_at IS NOT NULL AND expires_at <= ? ORDER BY expires_at, lot_id"));
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return due;
    while (q.next())
        due.append({q.value(0).toLongLong(),
                    PointLot{q.value(1).toLongLong(), q.value(2).toLongLong(), timeFrom(q.value(3))}});
    return due;
}

QList<LedgerEntry> LedgerStore::entries(qint64 customerId) const
{
    QList<LedgerEntry> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM ledger WHERE customer_id = ? ORDER BY id").arg(kColumns));
    q.addBindValue(customerId);
    if (q.exec()) {
        while (q.next())
            list.append(entryFrom(q));
    }
    return list;
}

QList<LedgerEntry> LedgerStore::entriesForSale(qint64 saleId) const
{
    QList<LedgerEntry> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM ledger WHERE sale_id = ? ORDER BY id").arg(kColumns));
    q.addBindValue(saleId);
    if (q.exec()) {
        while (q.next())
            list.append(entryFrom(q));
    }
    return list;
}

bool LedgerStore::hasEntryWithReason(qint64 customerId, const QString& reason, const QString& note) const
{
    QSqlQuery q(m_db.connection());
    if (note.isEmpty()) {
        q.prepare(QStringLiteral("SELECT 1 FROM ledger WHERE customer_id = ? AND reason = ? LIMIT 1"));
        q.addBindValue(customerId);
        q.addBindValue(reason);
    } else {
        q.prepare(
            QStringLiteral("SELECT 1 FROM ledger WHERE customer_id = ? AND reason = ? AND note = ? LIMIT 1"));
        q.addBindValue(customerId);
        q.addBindValue(reason);
        q.addBindValue(note);
    }
    return q.exec() && q.next();
}

Result<void> LedgerStore::forEachEntry(const std::function<bool(const LedgerEntry&)>& visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM ledger ORDER BY customer_id, id").arg(kColumns)))
        return failed(q);
    while (q.next()) {
        if (!visit(entryFrom(q)))
            break;
    }
    return {};
}

QHash<qint64, qint64> LedgerStore::cachedBalances() const
{
    QHash<qint64, qint64> balances;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT customer_id, balance FROM point_balances"))) {
        while (q.next())
            balances.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return balances;
}

QHash<qint64, PointLot> LedgerStore::cachedLots() const
{
    QHash<qint64, PointLot> lots;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT lot_id, remaining, expires_at FROM point_lots"))) {
        while (q.next())
            lots.insert(q.value(0).toLongLong(),
                        PointLot{q.value(0).toLongLong(), q.value(1).toLongLong(), timeFrom(q.value(2))});
    }
    return lots;
}

QList<qint64> LedgerStore::salesWithWrongRedemption() const
{
    QList<qint64> wrong;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral(
            "SELECT s.id FROM sales s LEFT JOIN (SELECT sale_id, -sum(points) AS spent FROM ledger"
            " WHERE kind = 'redeem' AND sale_id IS NOT NULL GROUP BY sale_id) l"
            " ON l.sale_id = s.id WHERE s.points_redeemed <> coalesce(l.spent, 0)"))) {
        while (q.next())
            wrong.append(q.value(0).toLongLong());
    }
    return wrong;
}

QList<LedgerStore::Flow> LedgerStore::flows(qint64 bucketMs) const
{
    QList<Flow> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT (at / ?) * ?, kind, reason, sum(points) FROM ledger"
                             " GROUP BY 1, 2, 3 ORDER BY 1"));
    q.addBindValue(bucketMs);
    q.addBindValue(bucketMs);
    if (!q.exec())
        return list;
    while (q.next()) {
        Flow f;
        f.bucketStartMs = q.value(0).toLongLong();
        LedgerEntry::kindFromName(q.value(1).toString(), &f.kind);
        f.reason = q.value(2).toString();
        f.points = q.value(3).toLongLong();
        list.append(f);
    }
    return list;
}

QList<QPair<qint64, qint64>> LedgerStore::outstandingByExpiry(qint64 bucketMs) const
{
    QList<QPair<qint64, qint64>> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT coalesce((expires_at / ?) * ?, -1), sum(remaining) FROM point_lots"
                             " GROUP BY 1 ORDER BY 1"));
    q.addBindValue(bucketMs);
    q.addBindValue(bucketMs);
    if (!q.exec())
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return list;
}
