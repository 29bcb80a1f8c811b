#include "AuditStore.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

AuditStore::AuditStore(Database& db) : m_db(db)
{
}

Result<qint64> AuditStore::append(const AuditEntry& entry)
{
    QSqlQuery q(m_db.connection());
    q.prepare(m_db.dialect().returningId(
        QStringLiteral("INSERT INTO audit_log (at, user_name, action, subject_kind, subject_id, old_value,"
                       " new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    const QVariant none(QMetaType(QMetaType::QString));
    // A null QString binds as NULL; the text columns are NOT NULL.
    const auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    q.addBindValue(entry.atMs);
    q.addBindValue(text(entry.userName));
    q.addBindValue(text(entry.action));
    q.addBindValue(text(entry.subjectKind));
    q.addBindValue(text(entry.subjectId));
    q.addBindValue(entry.oldValue.isEmpty() ? none : QVariant(entry.oldValue));
    q.addBindValue(entry.newValue.isEmpty() ? none : QVariant(entry.newValue));
    q.addBindValue(text(entry.note));
    return m_db.insertReturningId(q);
}

QList<AuditEntry> AuditStore::find(const AuditFilter& filter) const
{
    QString sql =
        QStringLiteral("SELECT id, at, user_name, action, subject_kind, subject_id,"
                       " coalesce(old_value, ''), coalesce(new_value, ''), note FROM audit_log WHERE 1 = 1");
    QVariantList values;
    if (!filter.userName.isEmpty()) {
        sql += QStringLiteral(" AND user_name = ?");
        values.append(filter.userName);
    }
    if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        values.append(filter.action);
    }
    if (filter.fromMs > 0) {
        sql += QStringLiteral(" AND at >= ?");
        values.append(filter.fromMs);
    }
    if (filter.toMs > 0) {
        sql += QStringLiteral(" AND at < ?");
        values.append(filter.toMs);
    }
    if (!filter.text.isEmpty()) {
        // A position search rather than LIKE: the text is matched as typed, % and _ included.
        sql +=
            QStringLiteral(" AND %1 > 0")
                .arg(m_db.dialect().textPosition(
                    QStringLiteral("lower(subject_kind || ' ' || subject_id || ' ' || coalesce(old_value, '')"
                                   " || ' ' || coalesce(new_value, '') || ' ' || note)"),
                    QStringLiteral("lower(?)")));
        values.append(filter.text);
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?");
    values.append(filter.limit);
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    QList<AuditEntry> entries;
    if (!q.exec())
        return entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.atMs = q.value(1).toLongLong();
        e.userName = q.value(2).toString();
        e.action = q.value(3).toString();
        e.subjectKind = q.value(4).toString();
        e.subjectId = q.value(5).toString();
        e.oldValue = q.value(6).toString();
        e.newValue = q.value(7).toString();
        e.note = q.value(8).toString();
        entries.append(e);
    }
    return entries;
}

QStringList AuditStore::distinct(const QString& column) const
{
    QSqlQuery q(m_db.connection());
    QStringList names;
    if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY 1").arg(column)))
        while (q.next())
            names.append(q.value(0).toString());
    return names;
}

QStringList AuditStore::userNames() const
{
    return distinct(QStringLiteral("user_name"));
}

QStringList AuditStore::actions() const
{
    return distinct(QStringLiteral("action"));
}
