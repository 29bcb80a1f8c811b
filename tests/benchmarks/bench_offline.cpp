// A till of a server shop going offline: how long the till's copy takes to refresh from a PostgreSQL shop of
// many customers (the first time and again), how long an offline sale takes to reach the outbox, and how fast
// the outbox is replayed once the server is back. Prints one JSON object.
#include "AccessPolicy.h"
#include "Clock.h"
#include "Database.h"
#include "LoyaltyLedger.h"
#include "OfflineTill.h"
#include "OutboxReplay.h"
#include "TestSupport.h"
#include "TillCopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench_offline: %s\n", qPrintable(message));
    std::exit(1);
}

void exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        fail(sql + u": "_s + q.lastError().text());
}

// Customers named "Customer N" with a phone, 100 points in one lot each and `salesEach` past sales, written
// by the server itself (generate_series) so that a large shop is made in seconds.
void fillShop(Database& db, int customers, int salesEach, qint64 nowMs)
{
    const QString n = QString::number(customers);
    const QString yearAgo = QString::number(nowMs - 365LL * 86400000);
    const QString inAYear = QString::number(nowMs + 365LL * 86400000);
    exec(db, u"INSERT INTO customers (id, phone_e164, phone_rev, name, created_at)"
             " SELECT g, '+7916' || lpad(g::text, 7, '0'), reverse(lpad(g::text, 7, '0')) || '6197',"
             " 'Customer ' || g, "_s + yearAgo + u" FROM generate_series(1, "_s + n + u") g"_s);
    exec(db, u"INSERT INTO customer_terms (customer_id, term) SELECT g, 'customer' FROM generate_series(1, "_s + n +
                 u") g UNION ALL SELECT g, g::text FROM generate_series(1, "_s + n + u") g"_s);
    exec(db, u"INSERT INTO sales (id, till_id, sale_ref, customer_id, at, amount_minor, result)"
             " SELECT g, 'past', 'p' || g, 1 + (g % "_s + n + u"), "_s + yearAgo + u" + g, 1000, '{}'"
             " FROM generate_series(1, "_s + QString::number(qint64(customers) * salesEach) + u") g"_s);
    exec(db, u"INSERT INTO ledger (id, customer_id, kind, points, at, expires_at, reason, recorded_by)"
             " SELECT g, g, 'earn', 100, "_s + yearAgo + u", "_s + inAYear + u", 'correction', 'bench'"
             " FROM generate_series(1, "_s + n + u") g"_s);
    exec(db, u"INSERT INTO point_lots (lot_id, customer_id, remaining, expires_at)"
             " SELECT g, g, 100, "_s + inAYear + u" FROM generate_series(1, "_s + n + u") g"_s);
    exec(db, u"INSERT INTO point_balances (customer_id, balance) SELECT g, 100 FROM generate_series(1, "_s + n +
                 u") g"_s);
    for (const QString& table : {u"customers"_s, u"sales"_s, u"ledger"_s})
        exec(db, db.dialect().resetIdentity(table));
    exec(db, u"ANALYZE"_s);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"customers"_s, u"customers in the shop"_s, u"N"_s, u"100000"_s});
    parser.addOption({u"sales-each"_s, u"past sales per customer"_s, u"S"_s, u"10"_s});
    parser.addOption({u"offline-sales"_s, u"sales made offline and replayed"_s, u"K"_s, u"1000"_s});
    parser.addHelpOption();
    parser.process(app);
    const int customers = parser.value(u"customers"_s).toInt();
    const int salesEach = parser.value(u"sales-each"_s).toInt();
    const int offlineSales = parser.value(u"offline-sales"_s).toInt();

    TestSupport::skipWithoutPostgreSql();
    const QString url = TestSupport::PostgresServer::shared()->createDatabase();
    auto server = Database::open(url);
    if (!server)
        fail(server.error().message);
    SystemClock clock;
    OwnerEverywhere owner(u"bench"_s);
    {
        LoyaltyLedger ledger(*server.value(), clock, owner);
        LoyaltyProgramme rules;
        rules.welcomeBonus = 0;
        rules.discountMode = LoyaltyProgramme::DiscountMode::None;
        if (auto set = ledger.setProgramme(rules); !set)
            fail(set.error().message);
    }
    fillShop(*server.value(), customers, salesEach, clock.nowUtc().toMSecsSinceEpoch());

    QTemporaryDir dir;
    const QString file = dir.filePath(u"till.sqlite3"_s);
    auto copy = TillCopy::open(file, url);
    if (!copy)
        fail(copy.error().message);
    auto first = copy.value()->refresh(*server.value(), clock);
    if (!first)
        fail(first.error().message);
    auto second = copy.value()->refresh(*server.value(), clock);
    if (!second)
        fail(second.error().message);

    // Offline: sales over random customers found by phone in the copy, every fifth spending 20 points.
    OfflineTill till(*copy.value(), clock, owner);
    QRandomGenerator random(42);
    std::vector<double> lookupMs;
    std::vector<double> saleMs;
    for (int i = 0; i < offlineSales; ++i) {
        const int n = 1 + int(random.bounded(customers));
        QElapsedTimer timer;
        timer.start();
        const auto hit = till.directory().findOne(u"+7916"_s + QString::number(n).rightJustified(7, u'0'));
        lookupMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!hit)
            fail(u"customer %1 not found in the copy"_s.arg(n));
        SaleRequest request;
        request.customerId = hit->id;
        request.amountMinor = 1000 + 100 * (i % 40);
        request.redeemPoints = i % 5 == 0 ? 20 : 0;
        request.tillId = u"T"_s;
        request.saleRef = u"o%1"_s.arg(i);
        timer.restart();
        if (auto sale = till.recordSale(request); !sale)
            fail(sale.error().message);
        saleMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    auto replayed = OutboxReplay(*server.value(), *copy.value(), clock).replay();
    if (!replayed)
        fail(replayed.error().message);
    QSqlQuery q(server.value()->connection());
    q.exec(u"SELECT count(*), count(DISTINCT sale_ref) FROM sales WHERE till_id = 'T'"_s);
    q.next();
    const qint64 stored = q.value(0).toLongLong();
    const qint64 distinct = q.value(1).toLongLong();
    auto again = OutboxReplay(*server.value(), *copy.value(), clock).replay();

    const QJsonObject result{
        {u"customers"_s, customers},
        {u"past_sales"_s, qint64(customers) * salesEach},
        {u"copy_refresh_ms"_s, first->elapsedMs},
        {u"copy_refresh_again_ms"_s, second->elapsedMs},
        {u"copy_mb"_s, double(QFileInfo(file).size()) / 1e6},
        {u"offline_lookup_p50_ms"_s, percentile(lookupMs, 0.5)},
        {u"offline_sale_p50_ms"_s, percentile(saleMs, 0.5)},
        {u"offline_sale_p99_ms"_s, percentile(saleMs, 0.99)},
        {u"replayed"_s, replayed->replayed},
        {u"replay_ms"_s, replayed->elapsedMs},
        {u"replay_per_s"_s, replayed->elapsedMs > 0 ? 1000.0 * replayed->replayed / double(replayed->elapsedMs) : 0.0},
        {u"conflicts"_s, replayed->conflicts},
        {u"lost"_s, offlineSales - distinct},
        {u"doubled"_s, stored - distinct},
        {u"second_replay"_s, again ? again->replayed : -1},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
