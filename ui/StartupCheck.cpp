#include "StartupCheck.h"

#include "Bidi.h"
#include "AccessPolicy.h"
#include "BackupCommands.h"
#include "BackupStore.h"
#include "Backups.h"
#include "DataEvents.h"
#include "Database.h"
#include "Prompts.h"
#include "UserSettings.h"

#include <QDir>
#include <QFileInfo>

namespace {
QString shown(const QString& path)
{
    return ltrUnlessRtl(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}
} // namespace

std::unique_ptr<Database> StartupCheck::openShop(const QString& databasePath, const QString& backupFolder,
                                                 const Clock& clock, QWidget* parent)
{
    QString damage;
    {
        auto db = Database::open(databasePath);
        if (db) {
            const QStringList problems = BackupStore::quickCheck(*db.value());
            if (problems.isEmpty())
                return std::move(db).value();
            damage = tr("The database %1 is damaged: %2")
                         .arg(shown(databasePath), problems.mid(0, 3).join(QStringLiteral("; ")));
        } else if (db.error().kind == Error::Kind::Damaged) {
            damage = db.error().message;
        } else {
            Prompts::instance().warn(parent, tr("Regulars"), db.error().message);
            return nullptr;
        }
    }

    const Backups backups(databasePath, clock, backupFolder);
    const auto good = backups.newestGood();
    if (!good) {
        Prompts::instance().warn(
            parent, tr("The shop's database is damaged"),
            tr("%1\n\nNo good backup was found in %2. The damaged file was left as it is; copy it somewhere "
               "safe and ask for help to recover it, or restore a backup from elsewhere with: regulars "
               "restore FILE")
                .arg(damage, shown(backups.folder())));
        return nullptr;
    }
    const auto contents = Backups::examine(good->path);
    const QString question =
        tr("%1\n\nThe newest good backup is %2, made on %3. It holds %4.\n\nRestore it? The damaged file is "
           "kept beside it, renamed, and nothing is deleted. Sales made since the backup are not in it.")
            .arg(damage, shown(good->path), Backups::describeTime(good->madeAt),
                 contents ? BackupCommands::describeCounts(contents.value()) : QString());
    if (!Prompts::instance().confirm(parent, tr("The shop's database is damaged"), question,
                                     tr("Restore the backup"))) {
        Prompts::instance().warn(
            parent, tr("The shop's database is damaged"),
            tr("Regulars closes without changing anything. Start it again to restore the "
               "backup, or restore one with: regulars restore FILE"));
        return nullptr;
    }
    if (!restore(databasePath, good->path, clock, parent))
        return nullptr;
    auto reopened = Database::open(databasePath, Database::OpenMode::MustExist);
    if (!reopened) {
        Prompts::instance().warn(parent, tr("Regulars"), reopened.error().message);
        return nullptr;
    }
    return std::move(reopened).value();
}

bool StartupCheck::restore(const QString& databasePath, const QString& backupPath, const Clock& clock,
                           QWidget* parent)
{
    auto restored = Backups::restore(databasePath, backupPath, clock);
    if (!restored) {
        Prompts::instance().warn(parent, tr("Restore from backup"), restored.error().message);
        return false;
    }
    if (auto db = Database::open(databasePath, Database::OpenMode::MustExist))
        DataEvents::record(*db.value(), OwnerEverywhere(UserSettings::operatorName()),
                           QStringLiteral("backup.restore"), shown(backupPath),
                           BackupCommands::describeCounts(restored->contents));
    const QString kept =
        restored->setAsidePath.isEmpty()
            ? QString()
            : tr("The database it replaced is kept as %1.").arg(shown(restored->setAsidePath));
    Prompts::instance().inform(parent, tr("Restore from backup"),
                               tr("The backup %1 was restored. %2").arg(shown(backupPath), kept));
    return true;
}
