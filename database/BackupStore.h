#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Database;

// What a backup file holds, read without changing it: whether it is a sound Regulars database and what is
// in it, for the restore confirmation.
struct BackupContents
{
    int schemaVersion = 0;
    qint64 customers = 0;
    qint64 sales = 0;
    qint64 ledgerEntries = 0;
    qint64 coupons = 0;
    QDateTime lastSaleAt;    // invalid when the shop had no sale yet
    bool serverDump = false; // a pg_dump archive of a shop on a PostgreSQL server, not an SQLite file
};

// The SQL of backups: an online copy of a live database and the read-only examination of a copy.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    // VACUUM INTO `target`, which must not exist or be empty; a consistent copy while others keep writing.
    // Runs outside any transaction of `db`. A server's database: pg_dump's archive (ServerDump).
    static Result<void> writeCopy(Database& db, const QString& target);
    // Opens `path` read-only and checks it the way a restore needs: an SQLite file, ours (application_id),
    // not newer than this program, and PRAGMA integrity_check clean; or a server's archive (ServerDump).
    // Error kinds: NotRegulars, Damaged, TooNew, NotFound.
    static Result<BackupContents> examine(const QString& path);
    // PRAGMA quick_check on an open database; empty when sound. A server checks its own pages: there only
    // a failing query shows.
    static QStringList quickCheck(Database& db);
};
