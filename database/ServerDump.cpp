#include "ServerDump.h"

#include "Database.h"
#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace {
// Long enough for a large shop on a slow disk; a hung server ends the wait with a message.
constexpr int kToolTimeoutMs = 30 * 60 * 1000;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// What the tools get: the URL without its password, the password in their environment.
struct ToolRun
{
    int exitCode = -1; // -1: it could not start or did not finish
    QString errors;
};

QProcessEnvironment toolEnvironment(const QString& location)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!location.isEmpty()) {
        const QString password = Database::serverPassword(location);
        if (!password.isEmpty())
            env.insert(QStringLiteral("PGPASSWORD"), password);
    }
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    return env;
}

QString withoutPassword(const QString& location)
{
    return QUrl(location, QUrl::StrictMode).toString(QUrl::RemovePassword);
}

ToolRun runTool(const QString& program, const QStringList& arguments, const QString& location,
                QByteArray* output = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(toolEnvironment(location));
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted()) {
        run.errors = process.errorString();
        return run;
    }
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.errors = process.errorString();
        return run;
    }
    if (output)
        *output = process.readAllStandardOutput();
    run.errors = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

// One table's rows in pg_restore's plain output: `COPY public.t (a, b) FROM stdin;`, rows, `\.`.
struct CopiedTable
{
    QStringList columns;
    QList<QByteArrayList> rows;
};

QHash<QString, CopiedTable> copiedTables(const QByteArray& script)
{
    QHash<QString, CopiedTable> tables;
    CopiedTable* current = nullptr;
    for (const QByteArray& line : script.split('\n')) {
        if (current) {
            if (line == "\\.")
                current = nullptr;
            else
                current->rows.append(line.split('\t'));
            continue;
        }
        if (!line.startsWith("COPY ") || !line.endsWith(" FROM stdin;"))
            continue;
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.indexOf(')', open);
        QString name = QString::fromUtf8(line.mid(5, (open < 0 ? line.indexOf(' ', 5) : open) - 5)).trimmed();
        name = name.mid(name.lastIndexOf(u'.') + 1);
        current = &tables[name];
        if (open > 0 && close > open)
            for (const QByteArray& column : line.mid(open + 1, close - open - 1).split(','))
                current->columns.append(QString::fromUtf8(column).trimmed());
    }
    return tables;
}
} // namespace

QString ServerDump::tool(const QString& name)
{
    QString found;
    // Sorted by name, so the newest version comes last and wins: pg_dump must not be older than the server.
    for (const QString& version : QDir(QStringLiteral("/usr/lib/postgresql"))
                                      .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString candidate = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(version, name);
        if (QFileInfo(candidate).isExecutable())
            found = candidate;
    }
    return found.isEmpty() ? QStandardPaths::findExecutable(name) : found;
}

bool ServerDump::isDump(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == QByteArrayLiteral("PGDMP");
}

Result<void> ServerDump::write(const QString& location, const QString& target)
{
    const QString pgDump = tool(QStringLiteral("pg_dump"));
    if (pgDump.isEmpty())
        return makeError(
            Error::Kind::CannotOpen,
            tr("A shop on a PostgreSQL server is backed up with pg_dump, which is not installed. "
               "Install the package postgresql-client."));
    const ToolRun run =
        runTool(pgDump,
                {QStringLiteral("--format=custom"), QStringLiteral("--no-password"), QStringLiteral("--file"),
                 target, QStringLiteral("--dbname"), withoutPassword(location)},
                location);
    if (run.exitCode != 0)
        return makeError(Error::Kind::Failed,
                         tr("pg_dump could not back up %1: %2").arg(withoutPassword(location), run.errors));
    return {};
}

Result<BackupContents> ServerDump::examine(const QString& path)
{
    if (!QFileInfo::exists(path))
        return makeError(Error::Kind::NotFound, tr("There is no file %1.").arg(shown(path)));
    if (!isDump(path))
        return makeError(Error::Kind::NotRegulars, tr("%1 is not a Regulars database.").arg(shown(path)));
    const QString pgRestore = tool(QStringLiteral("pg_restore"));
    if (pgRestore.isEmpty())
        return makeError(Error::Kind::CannotOpen,
                         tr("A backup of a shop on a PostgreSQL server is read with pg_restore, which is not "
                            "installed. Install the package postgresql-client."));
    const auto damaged = [&](const QString& detail) {
        return makeError(Error::Kind::Damaged,
                         tr("%1 is damaged and cannot be used (%2).").arg(shown(path), detail));
    };
    QByteArray listing;
    const ToolRun list = runTool(pgRestore, {QStringLiteral("--list"), path}, {}, &listing);
    if (list.exitCode != 0)
        return damaged(list.errors);
    if (!listing.contains(" TABLE DATA public regulars_database "))
        return makeError(Error::Kind::NotRegulars, tr("%1 is not a Regulars database.").arg(shown(path)));

    // The data of the tables the confirmation shows, read from the archive as a script; a truncated
    // archive fails here even when its table of contents could be read.
    QStringList arguments{QStringLiteral("--data-only"), QStringLiteral("--file=-")};
    for (const char* table :
         {"regulars_database", "schema_version", "customers", "sales", "ledger", "coupons"})
        arguments << QStringLiteral("--table=%1").arg(QLatin1String(table));
    arguments << path;
    QByteArray script;
    const ToolRun data = runTool(pgRestore, arguments, {}, &script);
    if (data.exitCode != 0)
        return damaged(data.errors);
    const QHash<QString, CopiedTable> tables = copiedTables(script);
    const CopiedTable marker = tables.value(QStringLiteral("regulars_database"));
    if (marker.rows.size() != 1 || marker.rows.first().value(0).toLongLong() != Database::ApplicationId)
        return makeError(Error::Kind::NotRegulars, tr("%1 is not a Regulars database.").arg(shown(path)));

    BackupContents contents;
    contents.serverDump = true;
    const CopiedTable versions = tables.value(QStringLiteral("schema_version"));
    const qsizetype versionColumn = versions.columns.indexOf(QStringLiteral("version"));
    for (const QByteArrayList& row : versions.rows)
        contents.schemaVersion = std::max(contents.schemaVersion, row.value(versionColumn).toInt());
    if (contents.schemaVersion <= 0)
        return damaged(tr("it has no schema version"));
    if (contents.schemaVersion > Migrations::latestVersion())
        return makeError(Error::Kind::TooNew,
                         tr("%1 was written by a newer version of Regulars (database version %2; this "
                            "program knows up to %3). Install the newer Regulars to restore it.")
                             .arg(shown(path))
                             .arg(contents.schemaVersion)
                             .arg(Migrations::latestVersion()));
    contents.customers = tables.value(QStringLiteral("customers")).rows.size();
    const CopiedTable sales = tables.value(QStringLiteral("sales"));
    contents.sales = sales.rows.size();
    const qsizetype atColumn = sales.columns.indexOf(QStringLiteral("at"));
    qint64 lastSale = -1;
    for (const QByteArrayList& row : sales.rows)
        lastSale = std::max(lastSale, row.value(atColumn).toLongLong());
    if (lastSale >= 0)
        contents.lastSaleAt = QDateTime::fromMSecsSinceEpoch(lastSale, Qt::UTC);
    contents.ledgerEntries = tables.value(QStringLiteral("ledger")).rows.size();
    contents.coupons = tables.value(QStringLiteral("coupons")).rows.size();
    return contents;
}

Result<void> ServerDump::restore(const QString& location, const QString& path)
{
    const QString pgRestore = tool(QStringLiteral("pg_restore"));
    if (pgRestore.isEmpty())
        return makeError(Error::Kind::CannotOpen,
                         tr("A backup of a shop on a PostgreSQL server is restored with pg_restore, which is "
                            "not installed. Install the package postgresql-client."));
    // --clean --if-exists drops what the archive holds before creating it; --single-transaction makes a
    // failure anywhere leave the database as it was.
    const ToolRun run = runTool(pgRestore,
                                {QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                                 QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
                                 QStringLiteral("--no-owner"), QStringLiteral("--no-password"),
                                 QStringLiteral("--dbname"), withoutPassword(location), path},
                                location);
    if (run.exitCode != 0)
        return makeError(Error::Kind::Failed,
                         tr("pg_restore could not restore %1 into %2, so nothing was changed: %3")
                             .arg(shown(path), withoutPassword(location), run.errors));
    return {};
}
