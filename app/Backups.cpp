#include "Backups.h"

#include "Clock.h"
#include "Database.h"
#include "LocalDates.h"
#include "Migrations.h"
#include "OwnerOnlyFiles.h"
#include "ServerDump.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>

#include <unistd.h>

namespace {
constexpr auto kStampFormat = "yyyyMMdd-HHmmss";
const QString kPartial = QStringLiteral(".partial");
// A temporary file older than this was left by a backup that was interrupted.
constexpr qint64 kStalePartialSecs = 3600;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Writes what the operating system holds of a file to the disk, so a power cut after the rename cannot leave
// a named backup with missing pages.
bool syncToDisk(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return ::fsync(file.handle()) == 0;
}

QString freeName(const QString& wanted)
{
    if (!QFileInfo::exists(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(wanted).arg(n);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}
} // namespace

Backups::Backups(QString databasePath, const Clock& clock, QString folder)
    : m_databasePath(std::move(databasePath)), m_clock(clock),
      m_folder(folder.isEmpty() ? defaultFolder(m_databasePath) : std::move(folder))
{
}

QString Backups::defaultFolder(const QString& databasePath)
{
    // A server's database has no folder of its own on this computer.
    if (Database::isServerLocation(databasePath))
        return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
            .filePath(QStringLiteral("regulars/backups"));
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

bool Backups::ofServer() const
{
    return Database::isServerLocation(m_databasePath);
}

QString Backups::baseName() const
{
    // Databases of one name on two servers share the default folder: the server is in the name too.
    if (ofServer()) {
        const QUrl url(m_databasePath);
        return QStringLiteral("%1-%2-%3")
            .arg(url.path().mid(1), url.host().isEmpty() ? QStringLiteral("local") : url.host())
            .arg(url.port(5432));
    }
    return QFileInfo(m_databasePath).completeBaseName();
}

QString Backups::extension() const
{
    return ofServer() ? QStringLiteral(".pgdump") : QStringLiteral(".sqlite3");
}

QString Backups::filePattern() const
{
    return QStringLiteral("*") + extension();
}

QString Backups::fileNameFor(const QDateTime& at) const
{
    return QStringLiteral("%1-%2Z%3")
        .arg(baseName(), at.toUTC().toString(QString::fromLatin1(kStampFormat)), extension());
}

QString Backups::describeTime(const QDateTime& utc)
{
    return LocalDates::dateTime(utc);
}

QList<BackupFile> Backups::list() const
{
    // <database name>-YYYYMMDD-HHMMSSZ.sqlite3 (.pgdump for a server), with -N when two were made in one
    // second.
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{8}-\\d{6})Z(?:-\\d+)?%2$")
            .arg(QRegularExpression::escape(baseName()), QRegularExpression::escape(extension())));
    QList<BackupFile> found;
    const QDir dir(m_folder);
    for (const QFileInfo& info :
         dir.entryInfoList({baseName() + QStringLiteral("-*") + extension()}, QDir::Files)) {
        const auto match = pattern.match(info.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(match.captured(1), QString::fromLatin1(kStampFormat));
        at.setTimeSpec(Qt::UTC);
        if (at.isValid())
            found.append({info.absoluteFilePath(), at});
    }
    std::sort(found.begin(), found.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.path > b.path;
    });
    return found;
}

std::optional<BackupFile> Backups::newest() const
{
    const QList<BackupFile> all = list();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

std::optional<BackupFile> Backups::newestGood() const
{
    for (const BackupFile& file : list()) {
        if (examine(file.path))
            return file;
    }
    return std::nullopt;
}

bool Backups::isDue() const
{
    const auto last = newest();
    return !last || last->madeAt.secsTo(m_clock.nowUtc()) >= DueAfterSecs;
}

bool Backups::isOld() const
{
    const auto last = newest();
    return !last || last->madeAt.secsTo(m_clock.nowUtc()) > WarnAfterSecs;
}

Result<BackupContents> Backups::backUpTo(Database& db, const QString& target)
{
    if (QFileInfo::exists(target))
        return makeError(
            Error::Kind::Duplicate,
            tr("%1 exists already; a backup never replaces a file. Choose a new name.").arg(shown(target)));
    const QString partial = target + kPartial;
    QFile::remove(partial);
    if (!OwnerOnlyFiles::createEmpty(partial))
        return makeError(
            Error::Kind::CannotOpen,
            tr("Cannot write a backup to %1. Check that the folder exists and that you may write "
               "to it (a USB stick may be missing).")
                .arg(shown(QFileInfo(target).absolutePath())));
    const auto fail = [&](const Error& error) {
        QFile::remove(partial);
        return error;
    };
    if (auto copied = BackupStore::writeCopy(db, partial); !copied)
        return fail(copied.error());
    if (!syncToDisk(partial))
        return fail(makeError(Error::Kind::Failed,
                              tr("The backup %1 could not be written to the disk.").arg(shown(target))));
    auto contents = BackupStore::examine(partial);
    if (!contents)
        return fail(makeError(Error::Kind::Damaged,
                              tr("The backup just written did not pass its check, so it was deleted: %1")
                                  .arg(contents.error().message)));
    if (contents->schemaVersion != db.schemaVersion())
        return fail(makeError(Error::Kind::Damaged,
                              tr("The backup just written has database version %1 instead of %2, so it was "
                                 "deleted.")
                                  .arg(contents->schemaVersion)
                                  .arg(db.schemaVersion())));
    // Only a verified copy ever carries a backup's name.
    if (!QFile::rename(partial, target))
        return fail(makeError(Error::Kind::Failed,
                              tr("The backup could not be given its name %1.").arg(shown(target))));
    OwnerOnlyFiles::restrict(target);
    return contents;
}

Result<BackupFile> Backups::backUp(Database& db)
{
    if (!OwnerOnlyFiles::makeFolder(m_folder))
        return makeError(Error::Kind::CannotOpen,
                         tr("The backup folder %1 cannot be made. Choose another folder, or plug in the "
                            "drive it is on.")
                             .arg(shown(m_folder)));
    // Temporary files of backups that were interrupted (the program was killed) are not backups.
    const QDir dir(m_folder);
    for (const QFileInfo& info :
         dir.entryInfoList({baseName() + QStringLiteral("-*") + extension() + QStringLiteral("*") + kPartial},
                           QDir::Files)) {
        if (info.lastModified().secsTo(QDateTime::currentDateTime()) > kStalePartialSecs)
            QFile::remove(info.absoluteFilePath());
    }
    const QDateTime at = m_clock.nowUtc();
    const QString target = freeName(dir.filePath(fileNameFor(at)));
    auto made = backUpTo(db, target);
    if (!made)
        return made.error();
    if (auto rotated = rotate(); !rotated)
        return rotated.error();
    return BackupFile{QFileInfo(target).absoluteFilePath(), at.toUTC()};
}

QList<BackupFile> Backups::beyondRotation(const QList<BackupFile>& backups)
{
    QList<BackupFile> sorted = backups;
    std::sort(sorted.begin(), sorted.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.path > b.path;
    });
    QSet<QDate> days;
    QSet<int> weeks;
    QList<BackupFile> removed;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const QDate day = sorted[i].madeAt.toUTC().date();
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        const int weekKey = weekYear * 100 + week;
        bool keep = i == 0;
        if (!days.contains(day) && days.size() < KeepDaily) {
            days.insert(day);
            keep = true;
        }
        if (!weeks.contains(weekKey) && weeks.size() < KeepWeekly) {
            weeks.insert(weekKey);
            keep = true;
        }
        if (!keep)
            removed.append(sorted[i]);
    }
    return removed;
}

Result<int> Backups::rotate()
{
    int removed = 0;
    for (const BackupFile& file : beyondRotation(list())) {
        if (!QFile::remove(file.path))
            return makeError(Error::Kind::Failed,
                             tr("The old backup %1 could not be removed.").arg(shown(file.path)));
        ++removed;
    }
    return removed;
}

Result<BackupContents> Backups::examine(const QString& path)
{
    auto contents = BackupStore::examine(path);
    if (contents)
        return contents;
    Error error = contents.error();
    switch (error.kind) {
    case Error::Kind::NotRegulars:
        error.message = tr("%1 is not a Regulars backup, so it cannot be restored. Choose a file made by "
                           "Regulars' backup.")
                            .arg(shown(path));
        break;
    case Error::Kind::Damaged:
        error.message = tr("%1 Choose another backup.").arg(error.message);
        break;
    default:
        break;
    }
    return error;
}

Result<RestoreOutcome> Backups::restore(const QString& databasePath, const QString& backupPath,
                                        const Clock& clock)
{
    auto contents = examine(backupPath);
    if (!contents)
        return contents.error();
    const bool toServer = Database::isServerLocation(databasePath);
    if (toServer && !contents->serverDump)
        return makeError(
            Error::Kind::Invalid,
            tr("%1 is a backup of a shop kept in a file, and this shop is on the server %2. Open "
               "the file with --db to look at it, or move it to an empty server database with: "
               "regulars migrate --from FILE --to URL")
                .arg(shown(backupPath), databasePath));
    if (!toServer && contents->serverDump)
        return makeError(Error::Kind::Invalid,
                         tr("%1 is a backup of a shop on a PostgreSQL server, and this shop is the file %2. "
                            "Restore it into the server's database with: regulars --db postgresql://… "
                            "restore FILE")
                             .arg(shown(backupPath), shown(databasePath)));
    if (toServer)
        return restoreServer(databasePath, backupPath, contents.value(), clock);
    const QString restoring = databasePath + QStringLiteral(".restoring");
    QFile::remove(restoring);
    if (!QFile::copy(backupPath, restoring) || !OwnerOnlyFiles::restrict(restoring) ||
        !syncToDisk(restoring)) {
        QFile::remove(restoring);
        return makeError(Error::Kind::Failed,
                         tr("The backup could not be copied next to the database %1. Check the free space "
                            "and that you may write to its folder.")
                             .arg(shown(databasePath)));
    }
    if (auto copy = BackupStore::examine(restoring); !copy) {
        QFile::remove(restoring);
        return makeError(Error::Kind::Damaged,
                         tr("The copy of the backup did not pass its check: %1").arg(copy.error().message));
    }

    RestoreOutcome outcome;
    outcome.contents = contents.value();
    QStringList moved; // suffixes already set aside, to put back if a later rename fails
    const auto undo = [&] {
        for (const QString& back : moved)
            QFile::rename(outcome.setAsidePath + back, databasePath + back);
        QFile::remove(restoring);
    };
    if (QFileInfo::exists(databasePath)) {
        outcome.setAsidePath =
            freeName(QStringLiteral("%1.before-restore-%2Z")
                         .arg(databasePath, clock.nowUtc().toString(QString::fromLatin1(kStampFormat))));
        // The -wal keeps the name SQLite looks for, so the set-aside database opens with its last changes.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (!QFileInfo::exists(databasePath + suffix))
                continue;
            if (!QFile::rename(databasePath + suffix, outcome.setAsidePath + suffix)) {
                undo();
                return makeError(
                    Error::Kind::Failed,
                    tr("The current database %1 could not be set aside, so nothing was restored.")
                        .arg(shown(databasePath)));
            }
            moved.append(suffix);
        }
    }
    if (!QFile::rename(restoring, databasePath)) {
        undo();
        return makeError(Error::Kind::Failed,
                         tr("The backup could not be put in place of %1; the current database was kept.")
                             .arg(shown(databasePath)));
    }
    return outcome;
}

Result<RestoreOutcome> Backups::restoreServer(const QString& location, const QString& backupPath,
                                              const BackupContents& contents, const Clock& clock)
{
    // pg_restore --clean replaces only what the archive holds, so the tables must be the same.
    if (contents.schemaVersion != Migrations::latestVersion())
        return makeError(Error::Kind::Invalid,
                         tr("%1 has database version %2 and this Regulars writes version %3; a shop on a "
                            "server is restored only from a backup of the same version. Restore it with "
                            "the Regulars that made it, then update.")
                             .arg(shown(backupPath))
                             .arg(contents.schemaVersion)
                             .arg(Migrations::latestVersion()));
    Backups current(location, clock);
    if (!OwnerOnlyFiles::makeFolder(current.folder()))
        return makeError(Error::Kind::CannotOpen,
                         tr("The folder %1, where the current database is kept before a restore, cannot be "
                            "made, so nothing was restored.")
                             .arg(shown(current.folder())));
    RestoreOutcome outcome;
    outcome.contents = contents;
    outcome.setAsidePath = freeName(
        QDir(current.folder())
            .filePath(QStringLiteral("%1.before-restore-%2Z%3")
                          .arg(current.baseName(), clock.nowUtc().toString(QString::fromLatin1(kStampFormat)),
                               current.extension())));
    const QString partial = outcome.setAsidePath + kPartial;
    const auto keptAside = [&]() -> Result<void> {
        if (!OwnerOnlyFiles::createEmpty(partial))
            return makeError(Error::Kind::CannotOpen, QString());
        if (auto written = ServerDump::write(location, partial); !written)
            return written;
        if (auto checked = ServerDump::examine(partial); !checked || !syncToDisk(partial))
            return makeError(Error::Kind::Damaged, checked ? QString() : checked.error().message);
        if (!QFile::rename(partial, outcome.setAsidePath))
            return makeError(Error::Kind::Failed, QString());
        return {};
    }();
    if (!keptAside) {
        QFile::remove(partial);
        return makeError(keptAside.error().kind,
                         tr("The current database could not be kept as %1 before the restore, so nothing "
                            "was restored. %2")
                             .arg(shown(outcome.setAsidePath), keptAside.error().message));
    }
    if (auto restored = ServerDump::restore(location, backupPath); !restored)
        return restored.error();
    return outcome;
}
