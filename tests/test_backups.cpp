#include "BackupStore.h"
#include "Backups.h"
#include "Clock.h"
#include "CustomerDirectory.h"
#include "Database.h"
#include "Migrations.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

bool ownerOnly(const QString& path)
{
    return QFileInfo::exists(path) && !(QFile::permissions(path) & kOthers) &&
           (QFile::permissions(path) & QFile::ReadOwner);
}

qint64 customerCount(Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next() ? q.value(0).toLongLong()
                                                                                : -1;
}

void addCustomer(Database& db, const QString& name, const QString& phone)
{
    SettableClock clock(TestSupport::fixedNow());
    CustomerDirectory directory(db, clock);
    auto id = directory.create(TestSupport::consentingDraft(name, phone));
    if (!id)
        qFatal("cannot add customer: %s", qPrintable(id.error().message));
}

QStringList fileNames(const QList<BackupFile>& files)
{
    QStringList names;
    for (const BackupFile& f : files)
        names.append(QFileInfo(f.path).fileName());
    return names;
}

// Runs one statement on a SQLite file with a plain connection, as another program (or a later Regulars)
// would.
void execOnFile(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("plain");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void backupIsVerifiedNamedAndOwnerOnly()
    {
        auto scratch = TestSupport::scratchDatabase();
        addCustomer(*scratch->db, QStringLiteral("Anna"), QStringLiteral("+79161234567"));
        SettableClock clock(QDateTime(QDate(2026, 11, 23), QTime(16, 30, 5), Qt::UTC));
        Backups backups(scratch->path(), clock);
        QCOMPARE(backups.folder(), scratch->dir.filePath(QStringLiteral("backups")));
        QVERIFY(backups.isDue());
        auto made = backups.backUp(*scratch->db);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        QCOMPARE(QFileInfo(made->path).fileName(), QStringLiteral("shop-20261123-163005Z.sqlite3"));
        QCOMPARE(made->madeAt, clock.nowUtc());
        QVERIFY(ownerOnly(made->path));
        QVERIFY(ownerOnly(scratch->path()));
        QVERIFY(ownerOnly(scratch->path() + QStringLiteral("-wal")));
        QVERIFY(ownerOnly(scratch->path() + QStringLiteral("-shm")));
        // The folder holds the backup only: no temporary file is left behind.
        QCOMPARE(QDir(backups.folder()).entryList(QDir::Files),
                 QStringList{QFileInfo(made->path).fileName()});

        auto contents = Backups::examine(made->path);
        QVERIFY(contents.ok());
        QCOMPARE(contents->customers, 1);
        QCOMPARE(contents->schemaVersion, Migrations::latestVersion());
        QVERIFY(!backups.isDue());
        QVERIFY(!backups.isOld());
        clock.advanceSecs(Backups::DueAfterSecs);
        QVERIFY(backups.isDue());
        QVERIFY(!backups.isOld());
        clock.advanceSecs(Backups::DueAfterSecs + 1);
        QVERIFY(backups.isOld());

        // Two backups in one second get distinct names.
        auto second = backups.backUp(*scratch->db);
        auto third = backups.backUp(*scratch->db);
        QVERIFY(second.ok() && third.ok());
        QVERIFY(second->path != third->path);
        QCOMPARE(backups.newest()->madeAt, clock.nowUtc());
    }

    void backupToAFileNeverReplacesOne()
    {
        auto scratch = TestSupport::scratchDatabase();
        SettableClock clock(TestSupport::fixedNow());
        Backups backups(scratch->path(), clock);
        const QString target = scratch->dir.filePath(QStringLiteral("copy.sqlite3"));
        QVERIFY(backups.backUpTo(*scratch->db, target).ok());
        QVERIFY(ownerOnly(target));
        auto again = backups.backUpTo(*scratch->db, target);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Duplicate);
    }

    void rotationKeepsSevenDailyAndFourWeekly()
    {
        auto scratch = TestSupport::scratchDatabase();
        // Monday 2026-01-05 09:00 UTC, then a backup every day for 60 days, two on each Friday.
        SettableClock clock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
        Backups backups(scratch->path(), clock);
        for (int day = 0; day < 60; ++day) {
            QVERIFY(backups.backUp(*scratch->db).ok());
            if (clock.nowUtc().date().dayOfWeek() == Qt::Friday) {
                clock.advanceSecs(3600);
                QVERIFY(backups.backUp(*scratch->db).ok());
                clock.advanceSecs(-3600);
            }
            clock.advanceSecs(24 * 3600);
        }
        // Last backup: day 59 = 2026-03-05 (a Thursday, ISO week 10).
        const QStringList kept = fileNames(backups.list());
        const QStringList expected = {
            // The 7 most recent days (Thursday 5 March back to Friday 27 February, whose later backup wins).
            QStringLiteral("shop-20260305-090000Z.sqlite3"),
            QStringLiteral("shop-20260304-090000Z.sqlite3"),
            QStringLiteral("shop-20260303-090000Z.sqlite3"),
            QStringLiteral("shop-20260302-090000Z.sqlite3"),
            QStringLiteral("shop-20260301-090000Z.sqlite3"),
            QStringLiteral("shop-20260228-090000Z.sqlite3"),
            QStringLiteral("shop-20260227-100000Z.sqlite3"),
            // Weeks 10 and 9 are covered by the days above; weeks 8 and 7 keep their Sunday's backup.
            QStringLiteral("shop-20260222-090000Z.sqlite3"),
            QStringLiteral("shop-20260215-090000Z.sqlite3"),
        };
        QCOMPARE(kept, expected);
    }

    void rotationIsAFunctionOfTheBackupsOnly()
    {
        const auto at = [](int y, int m, int d, int h = 12) {
            return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
        };
        QList<BackupFile> all;
        // A shop that was closed for a month: nothing old is removed just because time passed.
        for (const QDateTime& t : {at(2026, 1, 1), at(2026, 1, 2), at(2026, 2, 10), at(2026, 2, 10, 8)})
            all.append({t.toString(Qt::ISODate), t});
        const QList<BackupFile> removed = Backups::beyondRotation(all);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().madeAt, at(2026, 2, 10, 8));
        // Only files named as this database's backups count: other files in the folder are never touched.
        auto scratch = TestSupport::scratchDatabase();
        SettableClock clock(TestSupport::fixedNow());
        Backups backups(scratch->path(), clock);
        QVERIFY(QDir().mkpath(backups.folder()));
        for (const QString& other :
             {QStringLiteral("holiday.jpg"), QStringLiteral("other-20200101-000000Z.sqlite3"),
              QStringLiteral("shop-20200101-000000Z.sqlite3.partial")}) {
            QFile f(QDir(backups.folder()).filePath(other));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY(backups.list().isEmpty());
    }

    void restorePutsTheBackupBackAndKeepsTheCurrentFile()
    {
        auto scratch = TestSupport::scratchDatabase();
        addCustomer(*scratch->db, QStringLiteral("Anna"), QStringLiteral("+79161234567"));
        SettableClock clock(TestSupport::fixedNow());
        Backups backups(scratch->path(), clock);
        auto made = backups.backUp(*scratch->db);
        QVERIFY(made.ok());
        addCustomer(*scratch->db, QStringLiteral("Boris"), QStringLiteral("+79161234568"));
        QCOMPARE(customerCount(*scratch->db), 2);
        scratch->db.reset();

        clock.advanceSecs(60);
        auto restored = Backups::restore(scratch->path(), made->path, clock);
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->contents.customers, 1);
        QCOMPARE(QFileInfo(restored->setAsidePath).fileName(),
                 QStringLiteral("shop.sqlite3.before-restore-20260301-100100Z"));
        QVERIFY(ownerOnly(scratch->path()));
        auto reopened = Database::open(scratch->path(), Database::OpenMode::MustExist);
        QVERIFY(reopened.ok());
        QCOMPARE(customerCount(*reopened.value()), 1);
        // The replaced database, with the changes still in its -wal, opens as it was.
        auto aside = Database::open(restored->setAsidePath, Database::OpenMode::MustExist);
        QVERIFY(aside.ok());
        QCOMPARE(customerCount(*aside.value()), 2);
        QVERIFY(!QFileInfo::exists(scratch->path() + QStringLiteral(".restoring")));
    }

    void restoreRefusesWhatIsNotAGoodBackup()
    {
        auto scratch = TestSupport::scratchDatabase();
        addCustomer(*scratch->db, QStringLiteral("Anna"), QStringLiteral("+79161234567"));
        SettableClock clock(TestSupport::fixedNow());
        const QString text = scratch->dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("just some notes, long enough to be read as a header\n");
        }
        const QString foreign = scratch->dir.filePath(QStringLiteral("foreign.sqlite3"));
        execOnFile(foreign, QStringLiteral("CREATE TABLE notes (text TEXT)"));

        // A backup of a later Regulars: its schema version is beyond what this build knows.
        const QString newer = scratch->dir.filePath(QStringLiteral("newer.sqlite3"));
        QVERIFY(BackupStore::writeCopy(*scratch->db, newer).ok());
        execOnFile(newer, QStringLiteral("INSERT INTO schema_version VALUES (99, 'future', 0)"));

        // A damaged backup: a demo shop large enough to have pages in the middle to spoil.
        const QString damaged = scratch->dir.filePath(QStringLiteral("damaged.sqlite3"));
        TestSupport::createDemoShop(damaged, 300);
        TestSupport::damagePagesInTheMiddle(damaged);

        const struct
        {
            QString file;
            Error::Kind kind;
            QString says;
        } cases[] = {
            {text, Error::Kind::NotRegulars, QStringLiteral("is not a Regulars backup")},
            {foreign, Error::Kind::NotRegulars, QStringLiteral("is not a Regulars backup")},
            {newer, Error::Kind::TooNew, QStringLiteral("newer version of Regulars")},
            {damaged, Error::Kind::Damaged, QStringLiteral("is damaged")},
            {scratch->dir.filePath(QStringLiteral("missing.sqlite3")), Error::Kind::NotFound,
             QStringLiteral("There is no file")},
        };
        scratch->db.reset();
        const QByteArray before = [&] {
            QFile f(scratch->path());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        for (const auto& c : cases) {
            auto restored = Backups::restore(scratch->path(), c.file, clock);
            QVERIFY2(!restored.ok(), qPrintable(c.file));
            QCOMPARE(restored.error().kind, c.kind);
            QVERIFY2(restored.error().message.contains(c.says), qPrintable(restored.error().message));
        }
        QFile f(scratch->path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(QDir(scratch->dir.path()).entryList({QStringLiteral("*before-restore*")}), QStringList());
    }

    void commandLineBacksUpAndRestores()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shop.sqlite3"));
        auto demo = TestSupport::runRegulars({QStringLiteral("--db"), db, QStringLiteral("demo"),
                                              QStringLiteral("--customers"), QStringLiteral("20"),
                                              QStringLiteral("--region"), QStringLiteral("RU")});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY(ownerOnly(db));
        const QString out = dir.filePath(QStringLiteral("copy.sqlite3"));
        auto backup = TestSupport::runRegulars(
            {QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"), out});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        QVERIFY(ownerOnly(out));
        auto toFolder = TestSupport::runRegulars({QStringLiteral("--db"), db, QStringLiteral("backup")});
        QVERIFY2(toFolder.exitCode == 0, qPrintable(toFolder.err));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files).size(), 1);

        auto add = TestSupport::runRegulars(
            {QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("import"),
             TestSupport::dataFile(QStringLiteral("import_tab.csv")), QStringLiteral("--skip-invalid")});
        QCOMPARE(add.exitCode, 0);
        auto restore = TestSupport::runRegulars({QStringLiteral("--db"), db, QStringLiteral("restore"), out});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        QVERIFY2(restore.out.contains(QStringLiteral("20 customer")), qPrintable(restore.out));
        QVERIFY(restore.out.contains(QStringLiteral("before-restore")));
        auto opened = Database::open(db, Database::OpenMode::MustExist);
        QVERIFY(opened.ok());
        QCOMPARE(customerCount(*opened.value()), 20);

        auto refused = TestSupport::runRegulars({QStringLiteral("--db"), db, QStringLiteral("restore"),
                                                 TestSupport::dataFile(QStringLiteral("import_tab.csv"))});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("is not a Regulars backup")));
    }

    void damagedDatabaseIsFoundByTheQuickCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite3"));
        TestSupport::createDemoShop(path, 300);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(BackupStore::quickCheck(*db.value()).isEmpty());
        }
        TestSupport::damagePagesInTheMiddle(path);
        auto db = Database::open(path, Database::OpenMode::MustExist);
        // Either the open itself sees the damage, or the quick check does.
        QVERIFY(!db.ok() || !BackupStore::quickCheck(*db.value()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "test_backups.moc"
