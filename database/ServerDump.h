#pragma once

#include "BackupStore.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

// Backups of a shop on a PostgreSQL server, made and put back with the server's own tools: pg_dump
// --format=custom and pg_restore, found beside the server programs or on PATH. The password reaches them
// through PGPASSWORD in their environment (or libpq's ~/.pgpass), never on their command line.
class ServerDump
{
    Q_DECLARE_TR_FUNCTIONS(ServerDump)

public:
    // Whether `path` starts as a pg_dump custom-format archive does ("PGDMP").
    static bool isDump(const QString& path);
    // The whole database at `location` (a postgresql:// URL) into `target`, which is created or replaced.
    static Result<void> write(const QString& location, const QString& target);
    // Reads an archive without restoring it: pg_restore --list must accept it, it must hold our marker
    // table with our application id, and its schema version and counts are read from its data. Error kinds
    // as BackupStore::examine: NotRegulars, Damaged, TooNew, NotFound, CannotOpen (no pg_restore).
    static Result<BackupContents> examine(const QString& path);
    // Replaces the database at `location` with the archive, in one transaction: all of it or nothing.
    static Result<void> restore(const QString& location, const QString& path);

private:
    // pg_dump or pg_restore: the newest beside installed server programs, else on PATH; empty if neither.
    static QString tool(const QString& name);
};
