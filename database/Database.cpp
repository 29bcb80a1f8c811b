#include "Database.h"

#include "Migrations.h"
#include "OwnerOnlyFiles.h"
#include "StorageLocation.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace {
QAtomicInteger<quint64> s_connectionCounter;
Database::PasswordPrompt& passwordPrompt()
{
    static Database::PasswordPrompt prompt;
    return prompt;
}

// Passwords people typed this run, by server URL without password; never written anywhere.
QMutex s_passwordsLock;
QHash<QString, QString>& typedPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

bool refusedForPassword(const QString& refusal)
{
    return refusal.contains(QStringLiteral("no password supplied")) ||
           refusal.contains(QStringLiteral("password authentication failed"));
}

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

Database::Database(QString path, QString connectionName, SqlDialect dialect)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_dialect(dialect)
{
}

void Database::setPasswordPrompt(PasswordPrompt prompt)
{
    passwordPrompt() = std::move(prompt);
}

QString Database::serverPassword(const QString& location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.password().isEmpty())
        return url.password();
    const QMutexLocker locker(&s_passwordsLock);
    return typedPasswords().value(url.toString(QUrl::RemovePassword));
}

bool Database::isServerLocation(const QString& location)
{
    return location.startsWith(QStringLiteral("postgresql://")) ||
           location.startsWith(QStringLiteral("postgres://"));
}

Database::~Database()
{
    // With the connection gone the kept statements cannot be freed (see forgetKeptStatements).
    if (m_dialect.isPostgreSql() && !connection().isOpen())
        forgetKeptStatements();
    m_kept.clear();
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
    if (isServerLocation(path))
        return openServer(path, mode, targetVersion);
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
    std::unique_ptr<Database> database(new Database(path, name, SqlDialect(SqlDialect::Backend::Sqlite)));
    guard.released = true;
    if (const QString network = StorageLocation::networkFilesystem(path); !network.isEmpty())
        database->m_warning =
            tr("The shop's file %1 is on a network folder (%2). SQLite cannot lock it safely there, and two "
               "computers writing it can damage it: keep the file on this computer's own disk, or move the "
               "shop "
               "to a PostgreSQL server (regulars migrate) for several tills.")
                .arg(shown, network);
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
        if (auto known = refuseNewer(db, shown); !known)
            return known.error().kind == Error::Kind::TooNew ? known.error() : damaged(known.error().message);
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

Result<void> Database::refuseNewer(const QSqlDatabase& db, const QString& shown)
{
    auto version = Migrations::currentVersion(db);
    if (!version)
        return version.error();
    if (version.value() > Migrations::latestVersion())
        return makeError(
            Error::Kind::TooNew,
            tr("The database %1 was written by a newer version of Regulars (database version %2; "
               "this program knows up to %3). Install the newer Regulars to open it.")
                .arg(shown)
                .arg(version.value())
                .arg(Migrations::latestVersion()));
    return {};
}

Result<void> Database::configure()
{
    if (m_dialect.isPostgreSql()) {
        // Notices (e.g. "already exists, skipping") would be printed on stderr by libpq.
        return exec(QStringLiteral("SET client_min_messages = warning"));
    }
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
    begin(std::nullopt);
}

Transaction::Transaction(Database& db, const ForCustomers& customers)
    : m_db(db), m_depth(db.m_transactionDepth)
{
    QList<qint64> ids;
    for (qint64 id : customers.ids) {
        if (id > 0)
            ids.append(id);
    }
    begin(ids);
}

void Transaction::begin(const std::optional<QList<qint64>>& customers)
{
    // IMMEDIATE takes the write lock up front, so two writers wait for each other instead of deadlocking.
    // Inside another transaction a savepoint nests, so a use-case can run within a larger one (a sale with
    // its coupon, the demo); it holds what the outermost one took.
    if (m_db.dialect().isPostgreSql() && !m_db.connection().isOpen()) {
        // The driver closed the connection when the server went away; ServerLink reopens it.
        m_unreachable = true;
        if (m_db.m_connectionLost)
            m_db.m_connectionLost();
        return;
    }
    const SqlDialect& dialect = m_db.dialect();
    QStringList begin;
    if (m_depth == 0) {
        begin = customers ? dialect.beginCustomerWrite(*customers) : dialect.beginWrite();
    } else if (!customers && !m_db.m_writesAlone) {
        // Waiting for every other writer while holding customers' locks could wait in a circle.
        m_beginError = QStringLiteral("a write of the whole shop cannot run inside a write of customers");
        return;
    } else {
        begin = {QStringLiteral("SAVEPOINT s%1").arg(m_depth)};
    }
    QSqlQuery query(m_db.connection());
    for (const QString& statement : begin) {
        if (!query.exec(statement)) {
            m_beginError = query.lastError().text();
            m_unreachable = m_db.noticeError(query.lastError());
            // On the server BEGIN and the locks are one statement: the transaction may have begun.
            if (m_depth == 0 && !m_unreachable && (statement != begin.first() || dialect.isPostgreSql()))
                query.exec(QStringLiteral("ROLLBACK"));
            return;
        }
    }
    if (m_depth == 0) {
        m_db.m_writesAlone = !customers || !dialect.isPostgreSql();
        m_db.m_lockedCustomers = m_db.m_writesAlone ? QList<qint64>() : *customers;
    }
    m_lockedBefore = m_db.m_lockedCustomers.size();
    m_active = true;
    ++m_db.m_transactionDepth;
    if (m_depth > 0 && customers) {
        for (qint64 id : *customers) {
            if (auto covered = cover(id); !covered) {
                m_beginError = covered.error().message;
                rollback();
                return;
            }
        }
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
    if (m_unreachable)
        return makeError(Error::Kind::Unreachable,
                         tr("The database server cannot be reached, so nothing was saved. What you typed is "
                            "kept: try again when the server is back (%1).")
                             .arg(m_beginError));
    return makeError(Error::Kind::Failed, tr("The database is busy or read-only: %1").arg(m_beginError));
}

Result<void> Transaction::cover(qint64 customerId)
{
    if (!m_active)
        return begun();
    if (customerId <= 0 || m_db.m_writesAlone || m_db.m_lockedCustomers.contains(customerId))
        return {};
    QSqlQuery query(m_db.connection());
    if (!query.exec(m_db.dialect().lockCustomer(customerId)))
        return makeError(Error::Kind::Failed,
                         tr("Saving to the database failed: %1").arg(query.lastError().text()));
    m_db.m_lockedCustomers.append(customerId);
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return begun();
    QSqlQuery query(m_db.connection());
    if (!query.exec(m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE s%1").arg(m_depth)))
        return makeError(m_db.noticeError(query.lastError()) ? Error::Kind::Unreachable : Error::Kind::Failed,
                         tr("Saving to the database failed: %1").arg(query.lastError().text()));
    finish();
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
        // Locks taken inside the savepoint may have gone with it.
        m_db.m_lockedCustomers.resize(std::min(m_db.m_lockedCustomers.size(), m_lockedBefore));
    }
    finish();
}

void Transaction::finish()
{
    m_active = false;
    --m_db.m_transactionDepth;
    if (m_depth == 0) {
        m_db.m_writesAlone = true;
        m_db.m_lockedCustomers.clear();
    }
}

bool Database::noticeError(const QSqlError& error)
{
    if (!m_dialect.isPostgreSql() || !SqlDialect::isConnectionLost(error))
        return false;
    if (m_connectionLost)
        m_connectionLost();
    return true;
}

Result<void> Database::reconnect()
{
    if (!m_dialect.isPostgreSql())
        return {};
    // The statements kept prepared belonged to the old session.
    forgetKeptStatements();
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return makeError(Error::Kind::Unreachable,
                         tr("Cannot connect to the database server %1: %2").arg(m_path, db.lastError().text()));
    return configure();
}

Result<void> Database::probe(const QString& connectionName)
{
    const QString name = QStringLiteral("regulars-probe-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    Result<void> answer;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(connectionName, name);
        // A probe gives up sooner than a till's own connection: it only asks whether the server is there.
        QStringList options = db.connectOptions().split(u';', Qt::SkipEmptyParts);
        options.removeIf([](const QString& option) { return option.startsWith(u"connect_timeout="); });
        options.append(QStringLiteral("connect_timeout=3"));
        db.setConnectOptions(options.join(u';'));
        if (!db.open()) {
            answer = makeError(Error::Kind::Unreachable, db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT 1")))
                answer = makeError(Error::Kind::Unreachable, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

Result<qint64> Database::insertReturningId(QSqlQuery& query)
{
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        return makeError(SqlDialect::isUniqueViolation(error) ? Error::Kind::Duplicate : Error::Kind::Failed,
                         error.text());
    }
    if (!m_dialect.isPostgreSql())
        return query.lastInsertId().toLongLong();
    // ON CONFLICT DO NOTHING gave no row: the UNIQUE constraint refused it, and the transaction goes on.
    if (!query.next())
        return makeError(Error::Kind::Duplicate, tr("The row is already there."));
    return query.value(0).toLongLong();
}

bool Database::forgetKeptStatements()
{
    for (const auto& [text, kept] : m_kept) {
        if (kept.lent)
            return false;
    }
    // A statement of a session that is gone cannot be freed: QtSql would send DEALLOCATE to a dead or new
    // session and warn. They are set aside for the life of the process instead (a few small objects an outage).
    static auto* gone = new std::vector<std::unique_ptr<QSqlQuery>>;
    for (auto& [text, kept] : m_kept)
        gone->push_back(std::move(kept.query));
    m_kept.clear();
    return true;
}

PreparedQuery Database::prepared(const QString& sql)
{
    QSqlDatabase db = connection();
    if (!m_dialect.isPostgreSql())
        return PreparedQuery(db, sql);
    // A connection opened again is a new server session, without the statements prepared on the old one.
    const QVariant handle = db.driver()->handle();
    const void* session = handle.isValid() ? *static_cast<void* const*>(handle.constData()) : nullptr;
    if (session != m_keptFor) {
        if (!forgetKeptStatements())
            return PreparedQuery(db, sql);
        m_keptFor = session;
    }
    KeptStatement& kept = m_kept[sql];
    if (kept.lent)
        return PreparedQuery(db, sql);
    // A statement whose last use failed is prepared again (the server may have dropped it).
    if (!kept.query || kept.query->lastError().isValid()) {
        kept.query = std::make_unique<QSqlQuery>(db);
        kept.query->setForwardOnly(true);
        kept.query->prepare(sql);
    }
    return PreparedQuery(kept.query.get(), &kept.lent);
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (m_dialect.isPostgreSql()) {
        if (!q.exec(QStringLiteral("SELECT 1")))
            problems.append(q.lastError().text());
        return problems;
    }
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

Result<std::unique_ptr<Database>> Database::openServer(const QString& location, OpenMode mode,
                                                       int targetVersion)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString databaseName = url.path().mid(1);
    // What the owner sees in messages and the status bar: never the password.
    const QString shown = url.isValid() ? url.toString(QUrl::RemovePassword) : location;
    if (!url.isValid() || databaseName.isEmpty() || databaseName.contains(u'/'))
        return makeError(Error::Kind::Invalid,
                         tr("%1 is not a PostgreSQL address Regulars understands. Write it as "
                            "postgresql://user@host:5432/shop (add ?sslmode=require for a server elsewhere).")
                             .arg(shown));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(Error::Kind::CannotOpen,
                         tr("Qt's PostgreSQL driver is not installed, so %1 cannot be opened. Install the "
                            "package libqt6sql6-psql.")
                             .arg(shown));

    const QString name = QStringLiteral("regulars-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    ConnectionGuard guard{name};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setDatabaseName(databaseName);
        // A network that drops without a word (a pulled cable) is noticed within seconds instead of when TCP
        // gives up minutes later, so a till's query never hangs the window for long.
        QStringList options = {QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=regulars"),
                               QStringLiteral("keepalives_idle=10"), QStringLiteral("keepalives_interval=5"),
                               QStringLiteral("keepalives_count=3"), QStringLiteral("tcp_user_timeout=15000")};
        const QUrlQuery query(url);
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == u"host")
                db.setHostName(value); // a Unix socket folder
            else
                options.append(QStringLiteral("%1=%2").arg(key, value));
        }
        if (!url.host().isEmpty())
            db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        if (!url.userName().isEmpty())
            db.setUserName(url.userName());
        db.setPassword(serverPassword(location));
        db.setConnectOptions(options.join(u';'));
        bool opened = db.open();
        // libpq read PGPASSWORD and ~/.pgpass itself; without either, or when the server refused the
        // password, ask the person until it is right or they give up.
        QString refusal = db.lastError().databaseText();
        const bool triedOne = !db.password().isEmpty() || qEnvironmentVariableIsSet("PGPASSWORD");
        QString shownRefusal = triedOne ? refusal.trimmed() : QString();
        bool gaveUp = false;
        while (!opened && passwordPrompt() && refusedForPassword(refusal)) {
            const std::optional<QString> password = passwordPrompt()(shown, shownRefusal);
            if (!password) {
                gaveUp = true;
                break;
            }
            db.setPassword(*password);
            opened = db.open();
            refusal = db.lastError().databaseText();
            shownRefusal = refusal.trimmed();
        }
        if (!opened && gaveUp)
            return makeError(Error::Kind::CannotOpen,
                             tr("No password was given for the database server %1, so the shop was not "
                                "opened. Type it when asked, or keep it in ~/.pgpass or PGPASSWORD.")
                                 .arg(shown));
        if (!opened)
            return makeError(
                SqlDialect::isUnreachable(db.lastError()) ? Error::Kind::Unreachable : Error::Kind::CannotOpen,
                tr("Cannot connect to the database server %1: %2").arg(shown, db.lastError().text()));
        if (!db.password().isEmpty()) {
            const QMutexLocker locker(&s_passwordsLock);
            typedPasswords().insert(shown, db.password());
        }
    }
    std::unique_ptr<Database> database(
        new Database(shown, name, SqlDialect(SqlDialect::Backend::PostgreSql)));
    guard.released = true;
    QSqlDatabase db = database->connection();
    const auto failed = [&](const QString& detail) {
        return makeError(Error::Kind::Failed, tr("The database server %1 refused: %2").arg(shown, detail));
    };
    if (auto configured = database->configure(); !configured)
        return failed(configured.error().message);

    // Two tills opening a new database at once: the second waits until the first has built the schema.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(SqlDialect::WriterLockKey)))
        return failed(query.lastError().text());
    struct Unlock
    {
        QSqlQuery& query;
        ~Unlock()
        {
            query.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(SqlDialect::WriterLockKey));
        }
    } unlock{query};

    const SqlDialect& dialect = database->dialect();
    query.prepare(dialect.tableExistsQuery());
    query.addBindValue(QStringLiteral("regulars_database"));
    if (!query.exec() || !query.next())
        return failed(query.lastError().text());
    const bool marked = query.value(0).toInt() > 0;
    if (!query.exec(dialect.tableCountQuery()) || !query.next())
        return failed(query.lastError().text());
    const int tableCount = query.value(0).toInt();
    qint64 applicationId = 0;
    if (marked) {
        if (!query.exec(QStringLiteral("SELECT application_id FROM regulars_database")) || !query.next())
            return failed(query.lastError().text());
        applicationId = query.value(0).toLongLong();
    }
    if ((marked && applicationId != ApplicationId) || (!marked && tableCount > 0))
        return makeError(Error::Kind::NotRegulars,
                         tr("The database %1 holds tables of another program, not of Regulars. It was left "
                            "untouched; name an empty database for a new shop.")
                             .arg(shown));
    if (!marked && mode == OpenMode::MustExist)
        return makeError(Error::Kind::NotFound,
                         tr("There is no Regulars shop in the database %1 yet. Move one there with: "
                            "regulars migrate --from FILE.sqlite3 --to %1")
                             .arg(shown));
    if (marked) {
        if (auto known = refuseNewer(db, shown); !known)
            return known.error().kind == Error::Kind::TooNew ? known.error() : failed(known.error().message);
    } else {
        // The server's counterpart of SQLite's application_id: a one-row table naming the program.
        for (const QString& statement :
             {QStringLiteral("CREATE TABLE regulars_database (application_id BIGINT NOT NULL)"),
              QStringLiteral("INSERT INTO regulars_database (application_id) VALUES (%1)")
                  .arg(ApplicationId)}) {
            if (!query.exec(statement))
                return failed(query.lastError().text());
        }
    }
    if (auto migrated = Migrations::migrate(db, targetVersion); !migrated)
        return migrated.error();
    return database;
}
