#include "BackupCommands.h"

#include "AccessPolicy.h"
#include "Backups.h"
#include "Clock.h"
#include "CommandLine.h"
#include "DataEvents.h"
#include "Database.h"
#include "UserSettings.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

QStringList BackupCommands::commands() const
{
    return {QStringLiteral("backup"), QStringLiteral("restore")};
}

QStringList BackupCommands::valueOptions() const
{
    return {QStringLiteral("out")};
}

QStringList BackupCommands::flags() const
{
    return {QStringLiteral("yes")};
}

QString BackupCommands::help() const
{
    return tr("  backup [--out FILE]\n"
              "      a verified copy of the database, to FILE or to the backup folder (rotated: 7 daily,\n"
              "      4 weekly)\n"
              "  restore FILE [--yes]\n"
              "      put a backup in place of the database; the current file is kept beside it, renamed\n");
}

QString BackupCommands::describeCounts(const BackupContents& contents)
{
    return tr("%1, %2, %3, %4", "customers, sales, ledger entries, coupons")
        .arg(tr("%Ln customer(s)", nullptr, int(contents.customers)),
             tr("%Ln sale(s)", nullptr, int(contents.sales)),
             tr("%Ln ledger entry(ies)", nullptr, int(contents.ledgerEntries)),
             tr("%Ln coupon(s)", nullptr, int(contents.coupons)));
}

int BackupCommands::run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err)
{
    if (words.value(0) == u"backup") {
        if (words.size() != 1) {
            err << tr("Use: regulars backup [--out FILE]") << Qt::endl;
            return CommandLine::UsageError;
        }
        return backup(cli, out, err);
    }
    if (words.size() != 2) {
        err << tr("Use: regulars restore FILE") << Qt::endl;
        return CommandLine::UsageError;
    }
    return restore(cli, words[1], out, err);
}

int BackupCommands::backup(CommandLine& cli, QTextStream& out, QTextStream& err)
{
    auto db = cli.openDatabase(Database::OpenMode::MustExist, err);
    if (!db)
        return CommandLine::Refused;
    SystemClock clock;
    Backups backups(cli.databasePath(), clock,
                    UserSettings::value(UserSettings::Key::BackupFolder).toString());
    const QString target = cli.option(QStringLiteral("out"));
    QString written;
    if (target.isEmpty()) {
        auto made = backups.backUp(*db);
        if (!made) {
            err << made.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        written = made->path;
    } else {
        auto made = backups.backUpTo(*db, target);
        if (!made) {
            err << made.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        written = target;
    }
    out << tr("Backup written and checked: %1")
               .arg(QDir::toNativeSeparators(QFileInfo(written).absoluteFilePath()))
        << Qt::endl;
    return CommandLine::Success;
}

int BackupCommands::restore(CommandLine& cli, const QString& file, QTextStream& out, QTextStream& err)
{
    OwnerEverywhere access(UserSettings::operatorName());
    if (!access.allows(AccessPolicy::Action::RestoreBackup)) {
        err << AccessPolicy::refusal(AccessPolicy::Action::RestoreBackup) << Qt::endl;
        return CommandLine::Refused;
    }
    auto contents = Backups::examine(file);
    if (!contents) {
        err << contents.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    const QString shownFile = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    const QString lastSale =
        contents->lastSaleAt.isValid() ? Backups::describeTime(contents->lastSaleAt) : tr("none");
    out << tr("Backup %1: %2; last sale %3.").arg(shownFile, describeCounts(contents.value()), lastSale)
        << Qt::endl;
    // A person at a terminal confirms; a script (no terminal) has chosen by running the command.
    if (!cli.flag(QStringLiteral("yes")) && ::isatty(STDIN_FILENO)) {
        out << tr("Replace the database %1 with this backup? The current one is kept first. [y/N] ")
                   .arg(QDir::toNativeSeparators(cli.databasePath()));
        out.flush();
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != u"y" && answer != tr("y", "the yes answer to a [y/N] question")) {
            err << tr("Nothing was restored.") << Qt::endl;
            return CommandLine::Refused;
        }
    }
    SystemClock clock;
    auto restored = Backups::restore(cli.databasePath(), file, clock);
    if (!restored) {
        err << restored.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    auto db = cli.openDatabase(Database::OpenMode::MustExist, err);
    if (!db)
        return CommandLine::Refused;
    DataEvents::record(*db, cli.access(), QStringLiteral("backup.restore"), shownFile,
                       describeCounts(restored->contents));
    out << tr("Restored from %1.").arg(shownFile) << Qt::endl;
    if (!restored->setAsidePath.isEmpty())
        out << tr("The database it replaced is kept as %1.")
                   .arg(QDir::toNativeSeparators(restored->setAsidePath))
            << Qt::endl;
    return CommandLine::Success;
}
