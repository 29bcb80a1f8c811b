#include "CustomerStore.h"
#include "Database.h"
#include "Migrations.h"
#include "SearchKey.h"
#include "ShopSettings.h"
#include "SqlDialect.h"
#include "StorageLocation.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The cases about SQLite files (pragmas, bytes on disk, fixture files) say so when run on the server.
#define SKIP_ON_SERVER(why)                                                                                  \
    if (TestSupport::testsOnPostgreSql())                                                                    \
        QSKIP(why);

// The migration steps a database has recorded, in order.
QList<int> recordedVersions(Database& db)
{
    QSqlQuery q(db.connection());
    QList<int> versions;
    if (q.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version")))
        while (q.next())
            versions.append(q.value(0).toInt());
    return versions;
}

QVariant pragma(Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void newDatabaseIsSetUpSafely()
    {
        auto scratch = TestSupport::scratchDatabase();
        Database& db = *scratch->db;
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        if (TestSupport::testsOnPostgreSql()) {
            // The server's mark in place of application_id, and the server keeps foreign keys itself.
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT application_id FROM regulars_database")) && q.next());
            QCOMPARE(q.value(0).toLongLong(), qint64(Database::ApplicationId));
            QVERIFY(
                !q.exec(QStringLiteral("INSERT INTO customer_terms (customer_id, term) VALUES (999, 'x')")));
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("23503")); // foreign_key_violation
            return;
        }
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
        QVERIFY(pragma(db, QStringLiteral("busy_timeout")).toInt() >= 5000);
        QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), Database::ApplicationId);
    }

    void reopeningKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = TestSupport::scratchLocation(dir, QStringLiteral("shop.sqlite3"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            CustomerRecord c;
            c.name = QStringLiteral("Anna");
            c.phoneE164 = QStringLiteral("+79123456789");
            c.createdAt = TestSupport::fixedNow();
            CustomerStore store(*db.value());
            QVERIFY(store.insert(c).ok());
        }
        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        CustomerStore store(*db.value());
        QCOMPARE(store.count(), 1);
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    }

    void migratesAnOlderDatabaseStepByStep()
    {
        if (TestSupport::testsOnPostgreSql()) {
            // No version-1 server database was ever shipped; build one and let every later step run on it.
            QTemporaryDir dir;
            const QString url = TestSupport::scratchLocation(dir, QString());
            QVERIFY(Database::openAtVersion(url, 1).ok());
            auto db = Database::open(url, Database::OpenMode::MustExist);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QCOMPARE(recordedVersions(*db.value()), Migrations::versions());
            return;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite3"));
        QVERIFY(QFile::copy(TestSupport::dataFile(QStringLiteral("regulars-v1.sqlite3")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());

        // Every step is recorded once, in order.
        QCOMPARE(recordedVersions(*db.value()), Migrations::versions());

        // The customers of version 1 are findable by the indexes added later.
        CustomerStore store(*db.value());
        QCOMPARE(store.count(), 3);
        const auto byEnding = store.byPhoneEnding(QStringLiteral("6789"), 10, false);
        QCOMPARE(byEnding.size(), 1);
        QCOMPARE(byEnding.first().name, QStringLiteral("Анна Петрова"));
        const auto byName = store.byNameWords({SearchKey::fold(u"елкин")}, 10, false);
        QCOMPARE(byName.size(), 1);
        QCOMPARE(byName.first().phoneE164, QStringLiteral("+79261112233"));
        const auto arabic = store.byNameWords({SearchKey::fold(u"علي")}, 10, false);
        QCOMPARE(arabic.size(), 1);
        QCOMPARE(store.byCard(QStringLiteral("0420000000013"))->name, QStringLiteral("Анна Петрова"));
    }

    void refusesAFileThatIsNotADatabase()
    {
        SKIP_ON_SERVER("a file that is not a database exists only on SQLite")
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,phone\nAnna,+79123456789\n");
        f.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::NotRegulars);
        QVERIFY(db.error().message.contains(QStringLiteral("not a Regulars database")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAnotherProgramsDatabase()
    {
        SKIP_ON_SERVER("SQLite file case; test_postgres refuses another program's server database")
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite3"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO invoices (total) VALUES (100)")));
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::NotRegulars);
        QCOMPARE(fileHash(path), before);
    }

    void refusesADatabaseFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = TestSupport::scratchLocation(dir, QStringLiteral("future.sqlite3"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value()
                        ->exec(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                              "VALUES (%1, 'from the future', 0)")
                                   .arg(Migrations::latestVersion() + 1))
                        .ok());
            if (!TestSupport::testsOnPostgreSql())
                QVERIFY(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::TooNew);
        QVERIFY(db.error().message.contains(QStringLiteral("newer version of Regulars")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesADamagedDatabase()
    {
        SKIP_ON_SERVER("damaged pages of a file are SQLite's; the server checks its own pages")
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite3"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        // Keep the SQLite header, overwrite the schema page with noise.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char((i * 131) & 0xFF);
        f.seek(0);
        f.write(bytes);
        f.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().kind == Error::Kind::Damaged || db.error().kind == Error::Kind::NotRegulars,
                 qPrintable(db.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void nestedTransactionsAreSavepoints()
    {
        QTemporaryDir dir;
        auto db = Database::open(TestSupport::scratchLocation(dir, QStringLiteral("shop.sqlite3")));
        QVERIFY(db.ok());
        ShopSettings settings(*db.value());
        {
            Transaction outer(*db.value());
            QVERIFY(outer.begun().ok());
            QVERIFY(settings.setValue(ShopSettings::Key::ShopName, QStringLiteral("Outer")).ok());
            {
                Transaction inner(*db.value());
                QVERIFY(inner.begun().ok());
                QVERIFY(settings.setValue(ShopSettings::Key::Country, QStringLiteral("RU")).ok());
                // Dropped without commit: only the inner change is undone.
            }
            {
                Transaction kept(*db.value());
                QVERIFY(settings.setValue(ShopSettings::Key::CardPrefix, QStringLiteral("043")).ok());
                QVERIFY(kept.commit().ok());
            }
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(settings.value(ShopSettings::Key::ShopName), QStringLiteral("Outer"));
        QVERIFY(!settings.isSet(ShopSettings::Key::Country));
        QCOMPARE(settings.value(ShopSettings::Key::CardPrefix), QStringLiteral("043"));
        {
            Transaction outer(*db.value());
            QVERIFY(settings.setValue(ShopSettings::Key::ShopName, QStringLiteral("Gone")).ok());
            Transaction inner(*db.value());
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(settings.value(ShopSettings::Key::ShopName), QStringLiteral("Outer"));
    }

    void mustExistDoesNotCreate()
    {
        QTemporaryDir dir;
        const QString path = TestSupport::scratchLocation(dir, QStringLiteral("missing.sqlite3"));
        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::NotFound);
        if (!TestSupport::testsOnPostgreSql()) {
            QVERIFY(!QFile::exists(path));
            return;
        }
        // The empty server database stays empty: no marker, no tables.
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("peek"));
        {
            const QUrl url(path);
            admin.setHostName(url.host());
            admin.setPort(url.port());
            admin.setUserName(url.userName());
            admin.setDatabaseName(url.path().mid(1));
            QVERIFY(admin.open());
            QSqlQuery q(admin);
            QVERIFY(q.exec(SqlDialect(SqlDialect::Backend::PostgreSql).tableCountQuery()) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        admin = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void uniquePhoneAndCardAreEnforcedByTheSchema()
    {
        auto scratch = TestSupport::scratchDatabase();
        QSqlQuery q(scratch->db->connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO customers (phone_e164, created_at) VALUES ('+79123456789', 0)")));
        QVERIFY(!q.exec(
            QStringLiteral("INSERT INTO customers (phone_e164, created_at) VALUES ('+79123456789', 0)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO customers (card_number, created_at) VALUES ('0420000000013', 0)")));
        QVERIFY(!q.exec(
            QStringLiteral("INSERT INTO customers (card_number, created_at) VALUES ('0420000000013', 0)")));
    }

    // A migration is written once in SQLite's syntax; PostgreSQL gets identities, 64-bit integers, byte
    // order.
    void schemaStatementsTranslateForPostgreSql()
    {
        const QString table = QStringLiteral(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, at INTEGER NOT NULL)");
        QCOMPARE(SqlDialect(SqlDialect::Backend::Sqlite).schema(table), table);
        const SqlDialect server(SqlDialect::Backend::PostgreSql);
        QCOMPARE(server.schema(table),
                 QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                                " code TEXT COLLATE \"C\" NOT NULL UNIQUE, at BIGINT NOT NULL)"));
        // A key that is another table's id is not generated.
        QCOMPARE(server.schema(
                     QStringLiteral("CREATE TABLE b (customer_id INTEGER PRIMARY KEY REFERENCES c(id))")),
                 QStringLiteral("CREATE TABLE b (customer_id BIGINT PRIMARY KEY REFERENCES c(id))"));
        QCOMPARE(server.schema(QStringLiteral("CREATE TABLE l (id INTEGER PRIMARY KEY REFERENCES x(id))")),
                 QStringLiteral("CREATE TABLE l (id BIGINT PRIMARY KEY REFERENCES x(id))"));
    }

    void networkFoldersAreRecognised()
    {
        SKIP_ON_SERVER("network folders concern SQLite files only")
        QCOMPARE(StorageLocation::networkFilesystemOfType(0x6969), QStringLiteral("NFS"));
        QCOMPARE(StorageLocation::networkFilesystemOfType(0xFE534D42), QStringLiteral("SMB"));
        QCOMPARE(StorageLocation::networkFilesystemOfType(0xFF534D42), QStringLiteral("CIFS"));
        QCOMPARE(StorageLocation::networkFilesystemOfType(0xEF53), QString()); // ext4
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite3"));
        QCOMPARE(StorageLocation::networkFilesystem(path), QString());
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->warning(), QString());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
