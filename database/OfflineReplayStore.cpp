#include "OfflineReplayStore.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
Error failed(const QSqlQuery& q)
{
    return makeError(Error::Kind::Failed, q.lastError().text());
}

QDateTime utc(const QVariant& ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}
} // namespace

OfflineReplayStore::OfflineReplayStore(Database& server) : m_server(server) {}

bool OfflineReplayStore::serverAnswers() const
{
    const QSqlDatabase connection = m_server.connection();
    if (!connection.isOpen())
        return false;
    // After a lost connection libpq may report "no connection to the server" without a code: anything but
    // a transaction already failed for another reason (25P02) means the server is not there.
    QSqlQuery q(connection);
    return q.exec(QStringLiteral("SELECT 1")) || q.lastError().nativeErrorCode() == u"25P02";
}

qint64 OfflineReplayStore::customerByClientRef(const QString& clientRef) const
{
    QSqlQuery q(m_server.connection());
    q.prepare(QStringLiteral("SELECT id FROM customers WHERE client_ref = ?"));
    q.addBindValue(clientRef);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result<void> OfflineReplayStore::setClientRef(qint64 customerId, const QString& clientRef)
{
    QSqlQuery q(m_server.connection());
    q.prepare(QStringLiteral("UPDATE customers SET client_ref = ? WHERE id = ?"));
    q.addBindValue(clientRef);
    q.addBindValue(customerId);
    if (!q.exec())
        return failed(q);
    return {};
}

Result<void> OfflineReplayStore::record(const OfflineConflict& conflict)
{
    QSqlQuery q(m_server.connection());
    q.prepare(m_server.dialect().returningId(QStringLiteral(
        "INSERT INTO offline_conflicts (till_id, item_ref, kind, happened_at, replayed_at, clerk, customer_id,"
        " details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    // NOT NULL text columns: Qt binds a null QString as NULL.
    q.addBindValue(conflict.tillId.isNull() ? QStringLiteral("") : conflict.tillId);
    q.addBindValue(conflict.itemRef.isNull() ? QStringLiteral("") : conflict.itemRef);
    q.addBindValue(conflict.kind);
    q.addBindValue(conflict.happenedAt.toMSecsSinceEpoch());
    q.addBindValue(conflict.replayedAt.toMSecsSinceEpoch());
    q.addBindValue(conflict.clerk.isNull() ? QStringLiteral("") : conflict.clerk);
    q.addBindValue(conflict.customerId > 0 ? QVariant(conflict.customerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(conflict.details).toJson(QJsonDocument::Compact)));
    auto id = m_server.insertReturningId(q);
    if (!id && id.error().kind != Error::Kind::Duplicate)
        return id.error();
    return {};
}

QList<OfflineConflict> OfflineReplayStore::conflicts(bool unseenOnly) const
{
    QSqlQuery q(m_server.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, till_id, item_ref, kind, happened_at, replayed_at, clerk, customer_id,"
                          " details, seen_at, seen_by FROM offline_conflicts%1 ORDER BY happened_at, id")
               .arg(unseenOnly ? QStringLiteral(" WHERE seen_at IS NULL") : QString()));
    QList<OfflineConflict> list;
    while (q.next()) {
        OfflineConflict c;
        c.id = q.value(0).toLongLong();
        c.tillId = q.value(1).toString();
        c.itemRef = q.value(2).toString();
        c.kind = q.value(3).toString();
        c.happenedAt = utc(q.value(4));
        c.replayedAt = utc(q.value(5));
        c.clerk = q.value(6).toString();
        c.customerId = q.value(7).toLongLong();
        c.details = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        c.seenAt = utc(q.value(9));
        c.seenBy = q.value(10).toString();
        list.append(c);
    }
    return list;
}

qint64 OfflineReplayStore::unseenCount() const
{
    QSqlQuery q(m_server.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM offline_conflicts WHERE seen_at IS NULL")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

Result<qint64> OfflineReplayStore::markAllSeen(const QDateTime& at, const QString& by)
{
    QSqlQuery q(m_server.connection());
    q.prepare(QStringLiteral("UPDATE offline_conflicts SET seen_at = ?, seen_by = ? WHERE seen_at IS NULL"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(by);
    if (!q.exec())
        return failed(q);
    return qint64(q.numRowsAffected());
}
