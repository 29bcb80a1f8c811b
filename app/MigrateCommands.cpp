#include "MigrateCommands.h"

#include "AccessPolicy.h"
#include "Clock.h"
#include "CommandLine.h"
#include "Database.h"
#include "LoyaltyLedger.h"
#include "ShopCopy.h"

#include <QDir>
#include <QFileInfo>

QStringList MigrateCommands::commands() const
{
    return {QStringLiteral("migrate")};
}

QStringList MigrateCommands::valueOptions() const
{
    return {QStringLiteral("from"), QStringLiteral("to")};
}

QString MigrateCommands::help() const
{
    return tr("  migrate --from FILE.sqlite3 --to postgresql://user@host:5432/shop\n"
              "      copy a whole shop into an empty database on a server, then check it there;\n"
              "      refuses a target that already holds a shop\n");
}

int MigrateCommands::run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err)
{
    const QString from = cli.option(QStringLiteral("from"));
    const QString to = cli.option(QStringLiteral("to"));
    if (words.size() != 1 || from.isEmpty() || to.isEmpty()) {
        err << tr("Use: regulars migrate --from FILE.sqlite3 --to postgresql://user@host:5432/shop")
            << Qt::endl;
        return CommandLine::UsageError;
    }
    if (Database::isServerLocation(from)) {
        err << tr("--from takes the shop's SQLite file.") << Qt::endl;
        return CommandLine::UsageError;
    }
    auto source = Database::open(from, Database::OpenMode::MustExist);
    if (!source) {
        err << source.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    if (!Database::isServerLocation(to) && QFileInfo::exists(to) && QFileInfo(to).size() > 0) {
        err << tr("%1 already exists, and nothing was copied: a copy never overwrites.")
                   .arg(QDir::toNativeSeparators(to))
            << Qt::endl;
        return CommandLine::Refused;
    }
    auto target = Database::open(to);
    if (!target) {
        err << target.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    auto copied = ShopCopy::copy(*source.value(), *target.value());
    if (!copied) {
        err << copied.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    for (const ShopCopy::TableCount& count : copied.value())
        out << tr("%1: %Ln row(s)", nullptr, int(qMin<qint64>(count.rows, 2147483647))).arg(count.table)
            << Qt::endl;

    // The same replay of the ledger as `regulars check`, now on the target.
    SystemClock clock;
    OwnerEverywhere access(QString{});
    const QStringList problems = LoyaltyLedger(*target.value(), clock, access).check();
    for (const QString& problem : problems)
        out << problem << Qt::endl;
    if (!problems.isEmpty()) {
        err << tr("The copy in %1 has %Ln problem(s); the file %2 is unchanged.", nullptr,
                  int(problems.size()))
                   .arg(target.value()->path(), QDir::toNativeSeparators(from))
            << Qt::endl;
        return CommandLine::Refused;
    }
    out << tr("The shop was copied to %1 and checked: no problems found. Point every till at it with --db "
              "%1.")
               .arg(target.value()->path())
        << Qt::endl;
    return CommandLine::Success;
}
