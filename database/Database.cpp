#include "Database.h"

#include "Migrations.h"
#include "OwnerOnlyFiles.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QAtomicInteger<quint64> s_connectionCounter;

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Reads the first bytes of an existing file: an SQLite database starts with a fixed header.
enum class FileKind
{
    Missing,
    Empty,
    Sqlite,
    Other,
    Unreadable
};
FileKind inspect(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists())
        return FileKind::Missing;
    if (info.isDir())
        return FileKind::Other;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    const QByteArray head = file.read(16);
    if (head.isEmpty())
        return FileKind::Empty;
    return head == QByteArrayLiteral("SQLite format 3\0") ? FileKind::Sqlite : FileKind::Other;
}

struct ConnectionGuard
{
    QString name;
    bool released = false;
    ~ConnectionGuard()
    {
        if (!released)
            QSqlDatabase::removeDatabase(name);
    }
};
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto version = Migrations::currentVersion(connection());
    return version ? version.value() : 0;
}

Result<void> Database::exec(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return makeError(Error::Kind::Failed, query.lastError().text());
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    return openImpl(path, mode, Migrations::latestVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, int version)
{
    return openImpl(path, OpenMode::CreateIfMissing, version);
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString& path, OpenMode mode, int targetVersion)
{
    const QString shown = nativePath(path);
    switch (inspect(path)) {
    case FileKind::Missing:
        if (mode == OpenMode::MustExist)
            return makeError(Error::Kind::NotFound,
                             tr("There is no database at %1. Check the path, or create a demo shop there "
                                "with: regulars --db %1 demo")
                                 .arg(shown));
        if (!QFileInfo(path).absoluteDir().exists() && !QDir().mkpath(QFileInfo(path).absolutePath()))
            return makeError(
                Error::Kind::CannotOpen,
                tr("Cannot create the folder for the database %1. Choose a folder you can write to.")
                    .arg(shown));
        // Made owner-only before SQLite writes to it; SQLite gives its -wal and -shm the same mode.
        if (!OwnerOnlyFiles::createEmpty(path))
            return makeError(
                Error::Kind::CannotOpen,
                tr("Cannot create the database %1. Choose a folder you can write to.").arg(shown));
        break;
    case FileKind::Empty:
    case FileKind::Sqlite:
        break;
    case FileKind::Other:
        return makeError(
            Error::Kind::NotRegulars,
            tr("%1 is not a Regulars database. It was left untouched; choose the right file, or a "
               "new file name to start a new shop.")
                .arg(shown));
    case FileKind::Unreadable:
        return makeError(
            Error::Kind::CannotOpen,
            tr("Cannot read %1. Check that your user account may read and write this file.").arg(shown));
    }

    const QString name = QStringLiteral("regulars-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    ConnectionGuard guard{name};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return makeError(Error::Kind::CannotOpen,
                             tr("Cannot open the database %1: %2").arg(shown, db.lastError().text()));
    }
    std::unique_ptr<Database> database(new Database(path, name));
    guard.released = true;
    QSqlDatabase db = database->connection();

    const auto damaged = [&](const QString& detail) {
        return makeError(
            Error::Kind::Damaged,
            tr("The database %1 is damaged and cannot be used (%2). It was left untouched; restore "
               "your latest backup.")
                .arg(shown, detail));
    };

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return damaged(query.lastError().text());
    const int applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return damaged(query.lastError().text());
    const int objectCount = query.value(0).toInt();
    query.finish();

    if (applicationId != ApplicationId && (applicationId != 0 || objectCount > 0))
        return makeError(
            Error::Kind::NotRegulars,
            tr("%1 is a database of another program, not of Regulars. It was left untouched; choose "
               "the right file, or a new file name to start a new shop.")
                .arg(shown));

    if (applicationId == ApplicationId) {
        auto version = Migrations::currentVersion(db);
        if (!version)
            return damaged(version.error().message);
        if (version.value() > Migrations::latestVersion())
            return makeError(
                Error::Kind::TooNew,
                tr("The database %1 was written by a newer version of Regulars (database version %2; "
                   "this program knows up to %3). Install the newer Regulars to open it.")
                    .arg(shown)
                    .arg(version.value())
                    .arg(Migrations::latestVersion()));
    }

    if (auto configured = database->configure(); !configured)
        return damaged(configured.error().message);
    if (applicationId == 0) {
        if (auto marked = database->exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
            !marked)
            return marked.error();
    }
    if (auto migrated = Migrations::migrate(db, targetVersion); !migrated)
        return migrated.error();
    // A database made by an older Regulars, or copied in by hand, becomes the owner's alone.
    OwnerOnlyFiles::restrictDatabase(path);
    return database;
}

Result<void> Database::configure()
{
    // WAL lets the till read while a backup or report runs; FULL sync keeps every confirmed sale on disk.
    // A 32 MiB page cache keeps the lookup indexes of a large shop in memory instead of re-reading pages.
    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
          "PRAGMA busy_timeout = 10000", "PRAGMA cache_size = -32768"}) {
        if (auto r = exec(QString::fromLatin1(pragma)); !r)
            return r;
    }
    return {};
}

Transaction::Transaction(Database& db) : m_db(db), m_depth(db.m_transactionDepth)
{
    // IMMEDIATE takes the write lock up front, so two writers wait for each other instead of deadlocking.
    // Inside another transaction a savepoint nests, so a use-case can run within a larger batch (the demo).
    QSqlQuery query(m_db.connection());
    const QString begin =
        m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT s%1").arg(m_depth);
    if (query.exec(begin)) {
        m_active = true;
        ++m_db.m_transactionDepth;
    } else {
        m_beginError = query.lastError().text();
    }
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begun() const
{
    if (m_active)
        return {};
    return makeError(Error::Kind::Failed, tr("The database is busy or read-only: %1").arg(m_beginError));
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return begun();
    QSqlQuery query(m_db.connection());
    if (!query.exec(m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE s%1").arg(m_depth)))
        return makeError(Error::Kind::Failed,
                         tr("Saving to the database failed: %1").arg(query.lastError().text()));
    m_active = false;
    --m_db.m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db.connection());
    if (m_depth == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO s%1").arg(m_depth));
        query.exec(QStringLiteral("RELEASE s%1").arg(m_depth));
    }
    m_active = false;
    --m_db.m_transactionDepth;
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("PRAGMA quick_check"))) {
        while (q.next()) {
            if (q.value(0).toString() != u"ok")
                problems.append(q.value(0).toString());
        }
    } else {
        problems.append(q.lastError().text());
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            problems.append(tr("Row %1 of %2 refers to a missing row of %3.")
                                .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
    }
    return problems;
}
