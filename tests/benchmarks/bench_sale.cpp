// How long recording a sale takes on a large shop (earn + redeem + stamps + tier, with synchronous FULL, as
// at the till), and how long a heavy customer's balance takes to read. The shop is built with SQLite's C API
// for speed, consistent with the ledger's rules (regulars check would pass). Prints one JSON object on
// stdout; progress goes to stderr. A developer tool: its messages are not translated.

#include "Clock.h"
#include "Database.h"
#include "DemoShop.h"
#include "LoyaltyLedger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench_sale: %s\n", qPrintable(message));
    std::exit(1);
}

void progress(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

class Statement
{
public:
    Statement(sqlite3* db, const char* sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            fail(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_statement, i, v);
        return *this;
    }
    Statement& bind(int i, const QByteArray& v)
    {
        sqlite3_bind_text(m_statement, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& bindNull(int i)
    {
        sqlite3_bind_null(m_statement, i);
        return *this;
    }
    void run()
    {
        if (sqlite3_step(m_statement) != SQLITE_DONE)
            fail(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
        sqlite3_reset(m_statement);
    }

private:
    sqlite3_stmt* m_statement = nullptr;
};

void exec(sqlite3* db, const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        fail(QString::fromUtf8(error));
}

// Customer 1 has `heavy` entries; the others share the rest. Each history is earn/redeem pairs that close
// their lots, then three earns left open, as for a customer who spends what they earn.
void buildShop(const QString& path, qint64 customers, qint64 entries, qint64 heavy, qint64 startMs)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        fail(u"cannot open %1"_s.arg(path));
    exec(db, "PRAGMA synchronous = OFF; PRAGMA journal_mode = WAL; PRAGMA cache_size = -262144; BEGIN");
    Statement customer(
        db, "INSERT INTO customers (id, phone_e164, name, created_at, phone_rev) VALUES (?, ?, ?, ?, ?)");
    Statement ledger(db, "INSERT INTO ledger (id, customer_id, kind, points, at, lot_id, expires_at, reason,"
                         " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'sale', 'bench')");
    Statement lot(db,
                  "INSERT INTO point_lots (lot_id, customer_id, remaining, expires_at) VALUES (?, ?, ?, ?)");
    Statement balance(db, "INSERT INTO point_balances (customer_id, balance) VALUES (?, ?)");
    const QByteArray earn = "earn", redeem = "redeem";
    qint64 entryId = 0;
    const qint64 perCustomer = std::max<qint64>(3, (entries - heavy) / std::max<qint64>(1, customers - 1));
    const qint64 remainder = std::max<qint64>(0, (entries - heavy) - perCustomer * (customers - 1));
    const qint64 yearMs = 2 * 365LL * 86400 * 1000; // lots stay open well past the timed sales
    for (qint64 c = 1; c <= customers; ++c) {
        const QByteArray phone = u"+7912%1"_s.arg(c, 7, 10, QChar(u'0')).toLatin1();
        QByteArray reversed = phone.mid(1);
        std::reverse(reversed.begin(), reversed.end());
        customer.bind(1, c)
            .bind(2, phone)
            .bind(3, u"Customer %1"_s.arg(c).toUtf8())
            .bind(4, startMs)
            .bind(5, reversed)
            .run();
        const qint64 count = c == 1 ? heavy : perCustomer + (c - 1 <= remainder ? 1 : 0);
        qint64 at = startMs;
        qint64 open = 0;
        for (qint64 k = 0; k < count; ++k) {
            at += 60'000;
            const qint64 id = ++entryId;
            ledger.bind(1, id)
                .bind(2, c)
                .bind(3, earn)
                .bind(4, 10)
                .bind(5, at)
                .bindNull(6)
                .bind(7, at + yearMs)
                .run();
            if (k >= count - 3) {
                lot.bind(1, id).bind(2, c).bind(3, 10).bind(4, at + yearMs).run();
                open += 10;
            } else if (++k < count - 3) {
                ledger.bind(1, ++entryId)
                    .bind(2, c)
                    .bind(3, redeem)
                    .bind(4, -10)
                    .bind(5, at)
                    .bind(6, id)
                    .bindNull(7)
                    .run();
            } else {
                --k;
                lot.bind(1, id).bind(2, c).bind(3, 10).bind(4, at + yearMs).run();
                open += 10;
            }
        }
        balance.bind(1, c).bind(2, open).run();
        if (c % 100000 == 0)
            progress(u"  %1 customers, %2 entries"_s.arg(c).arg(entryId));
    }
    exec(db, "COMMIT");
    // The statements are still open here; close_v2 finishes closing once they are finalized.
    sqlite3_close_v2(db);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"customers"_s, u"customers in the shop"_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"entries"_s, u"ledger entries in the shop"_s, u"M"_s, u"10000000"_s});
    parser.addOption({u"sales"_s, u"sales to time"_s, u"K"_s, u"2000"_s});
    parser.addOption({u"dir"_s, u"folder for the database (default: a temporary one)"_s, u"PATH"_s});
    parser.addOption(
        {u"reuse"_s, u"time on the database left in --dir by an earlier run of the same size"_s});
    parser.addOption({u"skip-check"_s, u"do not verify the whole ledger at the end"_s});
    parser.addHelpOption();
    parser.process(app);
    const qint64 customers = parser.value(u"customers"_s).toLongLong();
    const qint64 entries = parser.value(u"entries"_s).toLongLong();
    const int sales = parser.value(u"sales"_s).toInt();
    const qint64 heavy = std::min<qint64>(10000, std::max<qint64>(3, entries / 2));
    if (customers < 2 || entries < customers || sales < 1)
        fail(u"need --customers ≥ 2, --entries ≥ customers, --sales ≥ 1"_s);

    QTemporaryDir temporary;
    const QString folder = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temporary.path();
    const QString path = folder + u"/bench-sale.sqlite3"_s;
    SettableClock clock(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
    double buildSeconds = 0;
    if (!parser.isSet(u"reuse"_s) || !QFile::exists(path)) {
        QFile::remove(path);
        {
            auto db = Database::open(path);
            if (!db)
                fail(db.error().message);
        }
        progress(u"building %1 customers and %2 ledger entries…"_s.arg(customers).arg(entries));
        QElapsedTimer build;
        build.start();
        buildShop(path, customers, entries, heavy, clock.nowUtc().addYears(-1).toMSecsSinceEpoch());
        buildSeconds = double(build.elapsed()) / 1000.0;
    }

    auto db = Database::open(path, Database::OpenMode::MustExist);
    if (!db)
        fail(db.error().message);
    OwnerEverywhere access(u"bench"_s);
    LoyaltyLedger ledger(*db.value(), clock, access);
    LoyaltyProgramme programme = LoyaltyProgramme::defaults();
    programme.tiersEnabled = true;
    programme.stampsEnabled = true;
    programme.discountMode = LoyaltyProgramme::DiscountMode::Cumulative;
    programme.maxSharePercent = 100;
    if (auto saved = ledger.setProgramme(programme); !saved)
        fail(saved.error().message);

    progress(u"timing %1 sales…"_s.arg(sales));
    QRandomGenerator random(7);
    std::vector<double> saleMs;
    qint64 redeemed = 0;
    for (int i = 0; i < sales; ++i) {
        SaleRequest request;
        request.customerId = 1 + qint64(random.bounded(quint64(customers)));
        request.amountMinor = 500 + random.bounded(20000);
        request.redeemPoints = 10; // every customer has 30 open points
        request.saleRef = u"bench-%1-%2"_s.arg(QDateTime::currentMSecsSinceEpoch()).arg(i);
        clock.advanceSecs(7);
        QElapsedTimer t;
        t.start();
        auto outcome = ledger.recordSale(request);
        saleMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!outcome)
            fail(outcome.error().message);
        redeemed += outcome->json.value(u"redeemed"_s).toInteger();
    }

    std::vector<double> balanceMs;
    std::vector<double> statusMs;
    LedgerStore store(*db.value());
    qint64 sink = 0;
    for (int i = 0; i < 1000; ++i) {
        QElapsedTimer t;
        t.start();
        sink += store.balance(1);
        balanceMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        sink += ledger.status(1).balance;
        statusMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    // The README's demo shop: 500 customers and their two years of purchases, all through the ledger.
    QElapsedTimer demoTimer;
    demoTimer.start();
    {
        const QString demoPath = folder + u"/bench-demo.sqlite3"_s;
        QFile::remove(demoPath);
        auto demoDb = Database::open(demoPath);
        if (!demoDb)
            fail(demoDb.error().message);
        SystemClock systemClock;
        DemoShop::Options demoOptions;
        demoOptions.customers = 500;
        demoOptions.region = u"GB"_s;
        if (auto made = DemoShop(*demoDb.value(), systemClock).create(demoOptions); !made)
            fail(made.error().message);
    }
    const double demoSeconds = double(demoTimer.elapsed()) / 1000.0;

    const QStringList problems = parser.isSet(u"skip-check"_s) ? QStringList() : ledger.check();

    const QJsonObject result{
        {u"customers"_s, customers},
        {u"entries"_s, entries},
        {u"heavy_customer_entries"_s, heavy},
        {u"build_s"_s, buildSeconds},
        {u"sales"_s, sales},
        {u"sale_p50_ms"_s, percentile(saleMs, 0.50)},
        {u"sale_p99_ms"_s, percentile(saleMs, 0.99)},
        {u"sale_max_ms"_s, percentile(saleMs, 1.0)},
        {u"balance_p99_ms"_s, percentile(balanceMs, 0.99)},
        {u"balance_status_p99_ms"_s, percentile(statusMs, 0.99)},
        {u"points_redeemed"_s, redeemed},
        {u"check_problems"_s, problems.size()},
        {u"synchronous"_s, u"FULL"_s},
        {u"demo_500_customers_s"_s, demoSeconds},
    };
    Q_UNUSED(sink)
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return problems.isEmpty() ? 0 : 1;
}
