#pragma once

#include "Clock.h"
#include "Coupons.h"
#include "CustomerDirectory.h"
#include "Database.h"
#include "LoyaltyLedger.h"

#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace TestSupport {
// Fails the running test on any warning except the ones Qt's offscreen platform always prints.
void failOnWarnings();
// A fresh database: a file in a temporary folder that lives as long as the returned object, or, when the
// test runs with REGULARS_TEST_BACKEND=postgresql, a new database on the test's throwaway server.
struct ScratchDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QString location;
    // What --db takes: the file path or the postgresql:// URL.
    QString path() const { return location; }
};
std::unique_ptr<ScratchDatabase> scratchDatabase(const QString& region = QStringLiteral("RU"));
// A scratch shop at fixedNow() with its ledger, coupons and customers, the owner everywhere ("Olga").
struct CouponShop
{
    std::unique_ptr<ScratchDatabase> scratch;
    SettableClock clock;
    OwnerEverywhere owner;
    std::unique_ptr<LoyaltyLedger> ledger;
    std::unique_ptr<Coupons> coupons;
    std::unique_ptr<CustomerDirectory> directory;
};
std::unique_ptr<CouponShop> couponShop(const QString& region = QStringLiteral("RU"));
// Whether this run's scratch databases live on PostgreSQL (REGULARS_TEST_BACKEND=postgresql).
bool testsOnPostgreSql();
// Where a test's database goes (not yet created): `fileName` in `dir`, or with
// REGULARS_TEST_BACKEND=postgresql a new empty database on the test's PostgreSQL server.
QString scratchLocation(const QTemporaryDir& dir, const QString& fileName);

// A throwaway PostgreSQL server for this test process: initdb and pg_ctl on a free local port with its
// socket and data in a scratch folder, stopped when the process ends. As root (CI) the server runs as
// the user postgres, because initdb refuses root.
class PostgresServer
{
public:
    // The process's server, started on first use; nullptr with `whyNot` set when it cannot be started.
    static PostgresServer* shared(QString* whyNot = nullptr);
    // Whether the server programs are installed (package postgresql).
    static bool available();
    ~PostgresServer();
    // An empty database on the server, as a postgresql:// URL.
    QString createDatabase();
    // An empty database owned by a new account `user` that must sign in with `password` (the others are
    // trusted), as a postgresql:// URL without the password.
    QString createDatabaseWithPassword(const QString& user, const QString& password);
    int port() const { return m_port; }
    // Stops and starts the server with its data kept: a network outage as the tills see it.
    bool stop();
    bool start();

private:
    PostgresServer() = default;
    static QString startShared(); // the reason it could not start, or empty
    bool run(const QString& program, const QStringList& arguments, QString* output = nullptr);
    // Runs statements as the superuser on the server's maintenance database; false with `error` set.
    bool runAsAdmin(const QStringList& statements, QString* error);
    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
    int m_databases = 0;
    int m_adminConnections = 0;
};
// Leaves the test process with CTest's "skipped" code (77) and says why, when PostgreSQL cannot run here.
void skipWithoutPostgreSql();
// 2026-03-01 10:00 UTC, a fixed "now" for tests.
QDateTime fixedNow();
QString dataFile(const QString& name);
// The bytes of a file in tests/data; a missing fixture stops the test run.
QByteArray readDataFile(const QString& name);
// A new customer as the form would give it, with their consent to keep personal data recorded on paper.
CustomerDraft consentingDraft(const QString& name, const QString& phone, const QString& card = {});

// A demo shop of `customers` customers (Russian, sales only, dated around fixedNow()) in a new file at
// `path`.
void createDemoShop(const QString& path, int customers);
// Overwrites four pages in the middle of a database file with garbage, as a failing disk might.
void damagePagesInTheMiddle(const QString& path);

// What a run of the real `regulars` binary printed and how it ended.
struct CommandRun
{
    int exitCode = -1; // -1: it crashed or did not finish
    QString out;
    QString err;
};
// Runs the built `regulars` with no display at all, as a script would; `environment` adds or overrides
// variables (e.g. TZ).
CommandRun runRegulars(const QStringList& arguments, const QHash<QString, QString>& environment = {});
// The same on the shop database at `db` (--db db arguments…).
CommandRun runRegularsOn(const QString& db, const QStringList& arguments);
// Several runs of `regulars` started at once (tills working at the same moment), in the order given.
QList<CommandRun> runRegularsTogether(const QList<QStringList>& argumentLists);
// What another program (pdftoppm, zbarimg) printed on stdout, or "<failed>" when it did not run to the end.
QString programOutput(const QString& program, const QStringList& arguments);
// Each non-empty line of `text` read as a JSON object.
QList<QJsonObject> jsonLines(const QString& text);
} // namespace TestSupport
