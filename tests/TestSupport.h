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
// A fresh database in a temporary folder; the folder lives as long as the returned object.
struct ScratchDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QString path() const { return dir.filePath(QStringLiteral("shop.sqlite3")); }
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
// What another program (pdftoppm, zbarimg) printed on stdout, or "<failed>" when it did not run to the end.
QString programOutput(const QString& program, const QStringList& arguments);
// Each non-empty line of `text` read as a JSON object.
QList<QJsonObject> jsonLines(const QString& text);
} // namespace TestSupport
