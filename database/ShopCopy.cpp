#include "ShopCopy.h"

#include "Database.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace {
Error failed(const QSqlQuery& q)
{
    return makeError(Error::Kind::Failed, q.lastError().text());
}

// The source's tables, each after the tables it refers to, so the target's foreign keys hold row by row.
Result<QStringList> tablesInDependencyOrder(const Database& from)
{
    QSqlQuery q(from.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                               " AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version' ORDER BY rowid")))
        return failed(q);
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    QHash<QString, QSet<QString>> refersTo;
    for (const QString& table : tables) {
        // PRAGMA arguments cannot be bound; the names come from sqlite_master itself.
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table)))
            return failed(q);
        while (q.next()) {
            const QString referenced = q.value(2).toString();
            if (referenced != table)
                refersTo[table].insert(referenced);
        }
    }
    QStringList ordered;
    while (ordered.size() < tables.size()) {
        const qsizetype before = ordered.size();
        for (const QString& table : tables) {
            if (ordered.contains(table))
                continue;
            bool ready = true;
            for (const QString& referenced : refersTo.value(table))
                ready = ready && (ordered.contains(referenced) || !tables.contains(referenced));
            if (ready)
                ordered.append(table);
        }
        if (ordered.size() == before)
            return makeError(Error::Kind::Failed,
                             ShopCopy::tr("The tables refer to each other in a circle."));
    }
    return ordered;
}

Result<qint64> rowCount(const Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return failed(q);
    return q.value(0).toLongLong();
}
} // namespace

Result<QList<ShopCopy::TableCount>> ShopCopy::copy(Database& from, Database& to)
{
    if (from.dialect().isPostgreSql())
        return makeError(Error::Kind::Invalid,
                         tr("A shop is copied from a SQLite file (--from FILE.sqlite3)."));
    if (from.schemaVersion() != to.schemaVersion())
        return makeError(Error::Kind::Invalid, tr("The two databases are at different versions (%1 and %2).")
                                                   .arg(from.schemaVersion())
                                                   .arg(to.schemaVersion()));
    auto tables = tablesInDependencyOrder(from);
    if (!tables)
        return tables.error();
    for (const QString& table : tables.value()) {
        auto rows = rowCount(to, table);
        if (!rows)
            return rows.error();
        // Every new database has its first shop; it is replaced by the source's shops.
        if (table == u"shops" && rows.value() == 1)
            continue;
        if (rows.value() > 0)
            return makeError(
                Error::Kind::Invalid,
                tr("The target %1 already holds a shop (%Ln row(s) in %2), and nothing was copied: a "
                   "copy never overwrites. Name an empty database.",
                   nullptr, int(qMin<qint64>(rows.value(), 1000000)))
                    .arg(to.path(), table));
    }

    Transaction transaction(to);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    QList<TableCount> counts;
    for (const QString& table : tables.value()) {
        if (table == u"shops") {
            if (auto emptied = to.exec(QStringLiteral("DELETE FROM shops")); !emptied)
                return emptied.error();
        }
        QSqlQuery read(from.connection());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)))
            return failed(read);
        const QSqlRecord columns = read.record();
        QStringList names;
        QStringList marks;
        for (int i = 0; i < columns.count(); ++i) {
            names.append(columns.fieldName(i));
            marks.append(QStringLiteral("?"));
        }
        QSqlQuery write(to.connection());
        if (!write.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
            return failed(write);
        qint64 copied = 0;
        while (read.next()) {
            for (int i = 0; i < columns.count(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec())
                return makeError(Error::Kind::Failed, tr("Copying row %1 of %2 failed: %3")
                                                          .arg(copied + 1)
                                                          .arg(table, write.lastError().text()));
            ++copied;
        }
        if (const QString reset = to.dialect().resetIdentity(table);
            !reset.isEmpty() && names.contains(QStringLiteral("id"))) {
            QSqlQuery q(to.connection());
            if (!q.exec(reset))
                return failed(q);
        }
        counts.append({table, copied});
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();

    for (const TableCount& count : counts) {
        auto source = rowCount(from, count.table);
        auto target = rowCount(to, count.table);
        if (!source || !target || source.value() != target.value() || target.value() != count.rows)
            return makeError(Error::Kind::Failed,
                             tr("After the copy, %1 holds %2 rows in the file and %3 on the target.")
                                 .arg(count.table)
                                 .arg(source ? source.value() : -1)
                                 .arg(target ? target.value() : -1));
    }
    return counts;
}
