#pragma once

#include "BackupStore.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Clock;
class Database;

// One verified backup in the backup folder; its time is in its name.
struct BackupFile
{
    QString path;
    QDateTime madeAt; // UTC
};

// What a restore did: where the database that was replaced now lies, and what came back.
struct RestoreOutcome
{
    QString setAsidePath;
    BackupContents contents;
};

// The shop's backups: verified copies of the live database in a folder the owner chooses, rotated to keep 7
// daily and 4 weekly ones, and the restore that puts one back while keeping the current database aside.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int KeepDaily = 7;
    static constexpr int KeepWeekly = 4;
    static constexpr qint64 DueAfterSecs = 24 * 3600;      // an automatic backup when the last is older
    static constexpr qint64 WarnAfterSecs = 2 * 24 * 3600; // the status bar warns past this

    // `folder` empty: a `backups` folder beside the database.
    Backups(QString databasePath, const Clock& clock, QString folder = {});

    QString folder() const { return m_folder; }
    // `backups` beside a database file; for a shop on a server, in this computer's application data.
    static QString defaultFolder(const QString& databasePath);
    // The file name pattern of this shop's backups, for a file dialog: *.sqlite3, or *.pgdump for pg_dump
    // archives of a shop on a server.
    QString filePattern() const;

    // A new backup in the folder: written to a temporary name, verified, renamed, then the folder rotated.
    Result<BackupFile> backUp(Database& db);
    // A backup to exactly `target` (which must not exist), verified the same way.
    Result<BackupContents> backUpTo(Database& db, const QString& target);

    // This database's backups in the folder, newest first. Only files named as ours count; the temporary
    // file of an interrupted backup never does.
    QList<BackupFile> list() const;
    std::optional<BackupFile> newest() const;
    // Newest first; verified by examining each, so a damaged one is skipped.
    std::optional<BackupFile> newestGood() const;
    bool isDue() const;
    bool isOld() const;

    // The backups the rotation removes from `backups` (any order): it keeps the newest, and the newest of
    // each of the 7 most recent UTC days and of the 4 most recent ISO weeks that have a backup.
    static QList<BackupFile> beyondRotation(const QList<BackupFile>& backups);
    Result<int> rotate();

    // Examines a backup for restoring (our file, sound, not newer than this program).
    static Result<BackupContents> examine(const QString& path);
    // Replaces the database at `databasePath` with a copy of `backupPath`. The database must be closed by
    // every connection of this process; the current file (and its -wal/-shm) is renamed with a timestamp,
    // never deleted. A server's database is first kept as an archive in the default backup folder. A file's
    // backup is refused for a server's shop and the other way round.
    static Result<RestoreOutcome> restore(const QString& databasePath, const QString& backupPath,
                                          const Clock& clock);

    // "2026-11-23 16:30" in the local time of this computer, for messages.
    static QString describeTime(const QDateTime& utc);

private:
    QString fileNameFor(const QDateTime& at) const;
    bool ofServer() const;
    QString baseName() const;
    QString extension() const;
    // restore() for a shop on a PostgreSQL server: the current database is first kept as a verified
    // archive, then the backup replaces it in one transaction.
    static Result<RestoreOutcome> restoreServer(const QString& location, const QString& backupPath,
                                                const BackupContents& contents, const Clock& clock);

    QString m_databasePath;
    const Clock& m_clock;
    QString m_folder;
};
