#include "BackupStore.h"

#include "Database.h"
#include "Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {
QAtomicInteger<quint64> s_examineCounter;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Removes the named Qt connection once every handle to it is gone.
struct ReadOnlyConnection
{
    QString name;
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

// The rows of an integrity or quick check other than "ok", and any error running it.
QStringList checkProblems(QSqlQuery& q, const QString& pragma)
{
    QStringList problems;
    if (!q.exec(pragma))
        return {q.lastError().text()};
    while (q.next()) {
        if (q.value(0).toString() != u"ok")
            problems.append(q.value(0).toString());
    }
    if (q.lastError().isValid())
        problems.append(q.lastError().text());
    return problems;
}

qint64 countRows(QSqlQuery& q, const QString& table)
{
    // Table names come from the fixed list in examine(), never from input.
    if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next())
        return q.value(0).toLongLong();
    return 0;
}
} // namespace

Result<void> BackupStore::writeCopy(Database& db, const QString& target)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec())
        return makeError(
            Error::Kind::Failed,
            tr("Copying the database to %1 failed: %2").arg(shown(target), q.lastError().text()));
    return {};
}

QStringList BackupStore::quickCheck(Database& db)
{
    // A server checks its own pages; a failing query is what shows damage there.
    if (db.dialect().isPostgreSql())
        return db.integrityProblems();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    return checkProblems(q, QStringLiteral("PRAGMA quick_check"));
}

Result<BackupContents> BackupStore::examine(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(Error::Kind::NotFound, tr("There is no file %1.").arg(shown(path)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::CannotOpen,
                         tr("Cannot read %1: %2").arg(shown(path), file.errorString()));
    if (file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
        return makeError(Error::Kind::NotRegulars, tr("%1 is not a Regulars database.").arg(shown(path)));
    file.close();

    const ReadOnlyConnection guard{
        QStringLiteral("regulars-examine-%1").arg(s_examineCounter.fetchAndAddRelaxed(1))};
    BackupContents contents;
    const auto damaged = [&](const QString& detail) {
        return makeError(Error::Kind::Damaged,
                         tr("%1 is damaged and cannot be used (%2).").arg(shown(path), detail));
    };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), guard.name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return makeError(Error::Kind::CannotOpen,
                             tr("Cannot open %1: %2").arg(shown(path), db.lastError().text()));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return damaged(q.lastError().text());
        if (q.value(0).toInt() != Database::ApplicationId)
            return makeError(Error::Kind::NotRegulars, tr("%1 is not a Regulars database.").arg(shown(path)));
        q.finish();
        const QStringList problems = checkProblems(q, QStringLiteral("PRAGMA integrity_check"));
        if (!problems.isEmpty())
            return damaged(problems.mid(0, 3).join(QStringLiteral("; ")));
        auto version = Migrations::currentVersion(db);
        if (!version)
            return damaged(version.error().message);
        if (version.value() <= 0)
            return damaged(tr("it has no schema version"));
        if (version.value() > Migrations::latestVersion())
            return makeError(Error::Kind::TooNew,
                             tr("%1 was written by a newer version of Regulars (database version %2; this "
                                "program knows up to %3). Install the newer Regulars to restore it.")
                                 .arg(shown(path))
                                 .arg(version.value())
                                 .arg(Migrations::latestVersion()));
        contents.schemaVersion = version.value();
        contents.customers = countRows(q, QStringLiteral("customers"));
        if (contents.schemaVersion >= 3) {
            contents.sales = countRows(q, QStringLiteral("sales"));
            if (q.exec(QStringLiteral("SELECT max(at) FROM sales")) && q.next() && !q.value(0).isNull())
                contents.lastSaleAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
        }
        if (contents.schemaVersion >= 4)
            contents.ledgerEntries = countRows(q, QStringLiteral("ledger"));
        if (contents.schemaVersion >= 6)
            contents.coupons = countRows(q, QStringLiteral("coupons"));
    }
    return contents;
}
