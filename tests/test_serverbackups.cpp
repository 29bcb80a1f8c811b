#include "BackupStore.h"
#include "Backups.h"
#include "Clock.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runRegularsOn;

// Backups of a shop on a PostgreSQL server: pg_dump archives written as .partial, checked, named, rotated
// and restored in one transaction; archives and SQLite backups are never mixed up. Runs against the
// throwaway server TestSupport starts (skipped without one).
class TestServerBackups : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 sales(const QString& url)
    {
        auto db = Database::open(url, Database::OpenMode::MustExist);
        QSqlQuery q(db.value()->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM sales")) && q.next() ? q.value(0).toLongLong()
                                                                                : -1;
    }
    static int sell(const QString& url, const QString& ref)
    {
        return runRegularsOn(url, {QStringLiteral("sale"), QStringLiteral("--customer"),
                                   QStringLiteral("id:1"), QStringLiteral("--amount"),
                                   QStringLiteral("12.50"), QStringLiteral("--ref"), ref})
            .exitCode;
    }
    // A server shop with a few customers and sales.
    static QString serverShop()
    {
        const QString url = TestSupport::PostgresServer::shared()->createDatabase();
        TestSupport::createDemoShop(url, 12);
        return url;
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::skipWithoutPostgreSql(); }
    void init() { TestSupport::failOnWarnings(); }

    void backupAddSaleRestore()
    {
        const QString url = serverShop();
        const QString file = m_dir.filePath(QStringLiteral("before.pgdump"));
        const auto backedUp = runRegularsOn(url, {QStringLiteral("backup"), QStringLiteral("--out"), file});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".partial")));
        // Readable by the owner's account only.
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                                             QFile::WriteOther | QFile::ReadOwner),
                 QFile::Permissions(QFile::ReadOwner));
        auto contents = Backups::examine(file);
        QVERIFY2(contents.ok(), qPrintable(contents.ok() ? QString() : contents.error().message));
        QVERIFY(contents->serverDump);
        const qint64 before = sales(url);
        QCOMPARE(contents->sales, before);
        QVERIFY(contents->customers == 12 && before > 0);

        QCOMPARE(sell(url, QStringLiteral("after-backup")), 0);
        QCOMPARE(sales(url), before + 1);

        // A script restores without being asked; the output shows what the backup holds first.
        const auto restored = runRegularsOn(url, {QStringLiteral("restore"), file});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY2(restored.out.contains(QStringLiteral("%1 sales").arg(before)), qPrintable(restored.out));
        QCOMPARE(sales(url), before);
        const auto check = runRegularsOn(url, {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));

        // The database it replaced was kept as a checked archive that still holds the later sale.
        const QString home = qEnvironmentVariable("HOME");
        const QStringList kept =
            QDir(Backups::defaultFolder(url)).entryList({QStringLiteral("*.before-restore-*Z.pgdump")});
        QVERIFY2(!kept.isEmpty(), qPrintable(home));
        auto aside = Backups::examine(QDir(Backups::defaultFolder(url)).filePath(kept.last()));
        QVERIFY(aside.ok());
        QCOMPARE(aside->sales, before + 1);
    }

    void folderBackupsAreNamedListedAndRotated()
    {
        const QString url = serverShop();
        const QString folder = m_dir.filePath(QStringLiteral("rotated"));
        SettableClock clock(TestSupport::fixedNow());
        auto db = Database::open(url, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        Backups backups(url, clock, folder);
        QVERIFY(backups.isDue() && backups.isOld());
        QCOMPARE(backups.filePattern(), QStringLiteral("*.pgdump"));
        for (int day = 0; day < 9; ++day) {
            auto made = backups.backUp(*db.value());
            QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
            QVERIFY(QFileInfo(made->path).fileName().endsWith(QStringLiteral("Z.pgdump")));
            clock.set(clock.nowUtc().addDays(1));
        }
        const QList<BackupFile> listed = backups.list();
        QVERIFY(listed.size() < 9);
        QCOMPARE(listed.first().madeAt, TestSupport::fixedNow().addDays(8));
        for (int day = 2; day < 9; ++day)
            QVERIFY(std::any_of(listed.cbegin(), listed.cend(), [&](const BackupFile& b) {
                return b.madeAt == TestSupport::fixedNow().addDays(day);
            }));
        QVERIFY(backups.newestGood().has_value());
        QVERIFY(!backups.isOld());
        QVERIFY(QDir(folder).entryList({QStringLiteral("*.partial")}).isEmpty());
    }

    void badArchiveIsRefusedAndTheShopUnchanged()
    {
        const QString url = serverShop();
        const QString good = m_dir.filePath(QStringLiteral("good.pgdump"));
        QCOMPARE(runRegularsOn(url, {QStringLiteral("backup"), QStringLiteral("--out"), good}).exitCode, 0);
        QCOMPARE(sell(url, QStringLiteral("kept")), 0);
        const qint64 before = sales(url);

        // Cut in the middle, as a full USB stick leaves it.
        const QString cut = m_dir.filePath(QStringLiteral("cut.pgdump"));
        {
            QFile in(good), out(cut);
            QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
            out.write(in.read(in.size() * 2 / 3));
        }
        auto refused = runRegularsOn(url, {QStringLiteral("restore"), cut});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("damaged")), qPrintable(refused.err));
        // Somebody else's file with our name.
        const QString other = m_dir.filePath(QStringLiteral("other.pgdump"));
        {
            QFile out(other);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("PGDMP this is not an archive at all");
        }
        refused = runRegularsOn(url, {QStringLiteral("restore"), other});
        QVERIFY(refused.exitCode != 0);
        QCOMPARE(sales(url), before);
        QCOMPARE(runRegularsOn(url, {QStringLiteral("check")}).exitCode, 0);
    }

    void fileAndServerBackupsAreNotMixedUp()
    {
        const QString url = serverShop();
        const QString dump = m_dir.filePath(QStringLiteral("server.pgdump"));
        QCOMPARE(runRegularsOn(url, {QStringLiteral("backup"), QStringLiteral("--out"), dump}).exitCode, 0);
        const QString shopFile = m_dir.filePath(QStringLiteral("shop.sqlite3"));
        TestSupport::createDemoShop(shopFile, 5);
        const QString copy = m_dir.filePath(QStringLiteral("file-backup.sqlite3"));
        QCOMPARE(runRegularsOn(shopFile, {QStringLiteral("backup"), QStringLiteral("--out"), copy}).exitCode,
                 0);

        const qint64 before = sales(url);
        const auto fileIntoServer = runRegularsOn(url, {QStringLiteral("restore"), copy});
        QVERIFY(fileIntoServer.exitCode != 0);
        QVERIFY2(fileIntoServer.err.contains(QStringLiteral("regulars migrate")),
                 qPrintable(fileIntoServer.err));
        QCOMPARE(sales(url), before);

        const QByteArray fileBefore = [&] {
            QFile f(shopFile);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const auto serverIntoFile = runRegularsOn(shopFile, {QStringLiteral("restore"), dump});
        QVERIFY(serverIntoFile.exitCode != 0);
        QVERIFY2(serverIntoFile.err.contains(QStringLiteral("postgresql://")),
                 qPrintable(serverIntoFile.err));
        QFile f(shopFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), fileBefore);
        QVERIFY(!QFileInfo::exists(shopFile + QStringLiteral(".restoring")));
    }
};

QTEST_GUILESS_MAIN(TestServerBackups)
#include "test_serverbackups.moc"
