#include "Migrations.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The PostgreSQL backend itself: what a postgresql:// --db opens or refuses, and moving a shop from its
// SQLite file to a server. Runs against the throwaway server TestSupport starts (skipped without one).
class TestPostgres : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { TestSupport::skipWithoutPostgreSql(); }
    void init() { TestSupport::failOnWarnings(); }

    void opensMarksAndReopensAnEmptyDatabase()
    {
        const QString url = TestSupport::PostgresServer::shared()->createDatabase();
        QCOMPARE(Database::open(url, Database::OpenMode::MustExist).error().kind, Error::Kind::NotFound);
        {
            auto db = Database::open(url);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QVERIFY(db.value()->dialect().isPostgreSql());
            QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
            QVERIFY(db.value()->integrityProblems().isEmpty());
        }
        auto again = Database::open(url, Database::OpenMode::MustExist);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->path(), url);
    }

    void refusesAnotherProgramsDatabaseAndShowsNoPassword()
    {
        const QString url = TestSupport::PostgresServer::shared()->createDatabase();
        {
            auto db = Database::open(url);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE regulars_database SET application_id = 1")));
        }
        QCOMPARE(Database::open(url).error().kind, Error::Kind::NotRegulars);

        QString withPassword = url;
        withPassword.replace(QStringLiteral("postgres@"), QStringLiteral("postgres:secret@"));
        withPassword.replace(QStringLiteral("/shop_"), QStringLiteral("/missing_"));
        const auto refused = Database::open(withPassword);
        QCOMPARE(refused.error().kind, Error::Kind::CannotOpen);
        QVERIFY(!refused.error().message.contains(QStringLiteral("secret")));
        QCOMPARE(Database::open(QStringLiteral("postgresql://host-only")).error().kind, Error::Kind::Invalid);
    }

    // A demo shop moved from its file gives the same reports and balances on the server, ids included,
    // and new rows continue after the copied ids.
    void migrateMovesAWholeShop()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.sqlite3"));
        const QString url = TestSupport::PostgresServer::shared()->createDatabase();
        const auto demo = TestSupport::runRegulars({QStringLiteral("--db"), file, QStringLiteral("demo"),
                                                    QStringLiteral("--customers"), QStringLiteral("60")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

        const auto moved = TestSupport::runRegulars(
            {QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), url});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QVERIFY(moved.out.contains(QStringLiteral("no problems found")));

        for (const QStringList& command :
             {QStringList{QStringLiteral("report"), QStringLiteral("retention")},
              QStringList{QStringLiteral("report"), QStringLiteral("cohorts")},
              QStringList{QStringLiteral("balance"), QStringLiteral("id:1")},
              QStringList{QStringLiteral("customers"), QStringLiteral("find"), QStringLiteral("a")}}) {
            const auto onFile = TestSupport::runRegulars(QStringList{QStringLiteral("--db"), file} + command);
            const auto onServer =
                TestSupport::runRegulars(QStringList{QStringLiteral("--db"), url} + command);
            QVERIFY2(onServer.exitCode == onFile.exitCode, qPrintable(onServer.err));
            QCOMPARE(onServer.out, onFile.out);
        }
        for (const QString& db : {file, url}) {
            const auto sale = TestSupport::runRegulars(
                {QStringLiteral("--db"), db, QStringLiteral("sale"), QStringLiteral("--customer"),
                 QStringLiteral("id:1"), QStringLiteral("--amount"), QStringLiteral("500"),
                 QStringLiteral("--ref"), QStringLiteral("after-move")});
            QVERIFY2(sale.exitCode == 0, qPrintable(sale.err));
        }
        const auto balanceOnFile = TestSupport::runRegulars(
            {QStringLiteral("--db"), file, QStringLiteral("balance"), QStringLiteral("id:1")});
        const auto balanceOnServer = TestSupport::runRegulars(
            {QStringLiteral("--db"), url, QStringLiteral("balance"), QStringLiteral("id:1")});
        QCOMPARE(balanceOnServer.out, balanceOnFile.out);

        // The target now holds a shop: a second copy is refused and changes nothing.
        const auto again = TestSupport::runRegulars(
            {QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), url});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("never overwrites")), qPrintable(again.err));
        QCOMPARE(TestSupport::runRegulars({QStringLiteral("--db"), url, QStringLiteral("check")}).exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "test_postgres.moc"
