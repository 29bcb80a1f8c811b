// Several tills selling at once against one PostgreSQL server: each till is a thread with its own connection
// recording sales through the ledger, as separate till computers would. Prints one JSON object: p50/p99 of a
// sale, points lost or counted twice (every customer's balance against the sum the tills were told), and
// sales stored twice although every tenth sale is sent again, as a till does after a timeout. The throwaway
// server runs without fsync (set on its command line, which ALTER SYSTEM cannot undo); `fsync` in the answer
// says which was measured, and --url names a server of your own for figures with every commit on disk.
#include "AccessPolicy.h"
#include "Clock.h"
#include "CustomerStore.h"
#include "Database.h"
#include "LedgerStore.h"
#include "LoyaltyLedger.h"
#include "TestSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench_tills: %s\n", qPrintable(message));
    std::exit(1);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

struct TimedSale
{
    qint64 customer = 0;
    qint64 startNs = 0;
    qint64 endNs = 0;
};

struct TillResult
{
    std::vector<double> saleMs;
    std::vector<TimedSale> timed;
    QHash<qint64, qint64> toldPoints; // per customer: earned + bonuses the till printed
    QString error;
};

void runTill(const QString& url, int till, int sales, int customers, const QElapsedTimer* wall,
             TillResult* result)
{
    auto db = Database::open(url, Database::OpenMode::MustExist);
    if (!db) {
        result->error = db.error().message;
        return;
    }
    SystemClock clock;
    OwnerEverywhere access(u"till %1"_s.arg(till));
    LoyaltyLedger ledger(*db.value(), clock, access);
    QRandomGenerator random{quint32(till)};
    for (int i = 0; i < sales; ++i) {
        SaleRequest request;
        request.customerId = 1 + qint64(random.bounded(customers));
        request.amountMinor = 500 + random.bounded(20000);
        request.tillId = u"T%1"_s.arg(till);
        request.saleRef = u"S%1"_s.arg(i);
        const qint64 start = wall->nsecsElapsed();
        auto outcome = ledger.recordSale(request);
        const qint64 end = wall->nsecsElapsed();
        result->saleMs.push_back(double(end - start) / 1e6);
        result->timed.push_back({request.customerId, start, end});
        if (!outcome) {
            result->error = outcome.error().message;
            return;
        }
        result->toldPoints[request.customerId] +=
            outcome->json.value(u"earned"_s).toInteger() + outcome->json.value(u"bonus"_s).toInteger();
        if (i % 10 == 0) {
            // The till did not hear the answer and sends the same sale again: it must change nothing.
            auto again = ledger.recordSale(request);
            if (!again || !again->repeated) {
                result->error = u"a repeated sale reference was recorded again"_s;
                return;
            }
        }
    }
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"tills"_s, u"tills selling at once"_s, u"N"_s, u"4"_s});
    parser.addOption({u"sales"_s, u"sales per till"_s, u"K"_s, u"1000"_s});
    parser.addOption({u"customers"_s, u"customers the sales are spread over"_s, u"C"_s, u"200"_s});
    parser.addOption(
        {u"url"_s, u"an empty database on a running server (default: a throwaway server)"_s, u"URL"_s});
    parser.addHelpOption();
    parser.process(app);
    const int tills = parser.value(u"tills"_s).toInt();
    const int sales = parser.value(u"sales"_s).toInt();
    const int customers = parser.value(u"customers"_s).toInt();
    if (tills < 1 || sales < 1 || customers < 1)
        fail(u"need --tills, --sales and --customers of at least 1"_s);

    QString url = parser.value(u"url"_s);
    if (url.isEmpty()) {
        TestSupport::skipWithoutPostgreSql();
        url = TestSupport::PostgresServer::shared()->createDatabase();
    }
    {
        auto db = Database::open(url);
        if (!db)
            fail(db.error().message);
        CustomerStore store(*db.value());
        Transaction transaction(*db.value());
        for (int i = 0; i < customers; ++i) {
            CustomerRecord customer;
            customer.name = u"Customer %1"_s.arg(i + 1);
            customer.createdAt = QDateTime::currentDateTimeUtc();
            if (auto added = store.insert(customer); !added)
                fail(added.error().message);
        }
        if (auto committed = transaction.commit(); !committed)
            fail(committed.error().message);
    }

    std::vector<TillResult> results{size_t(tills)};
    std::vector<QThread*> threads;
    QElapsedTimer wall;
    wall.start();
    for (int till = 0; till < tills; ++till) {
        TillResult* result = &results[size_t(till)];
        threads.push_back(QThread::create(runTill, url, till + 1, sales, customers, &wall, result));
        threads.back()->start();
    }
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }
    const double seconds = double(wall.elapsed()) / 1000.0;

    std::vector<double> saleMs;
    QHash<qint64, qint64> told;
    QHash<qint64, std::vector<std::pair<TimedSale, int>>> byCustomer;
    for (size_t till = 0; till < results.size(); ++till) {
        const TillResult& result = results[till];
        if (!result.error.isEmpty())
            fail(result.error);
        saleMs.insert(saleMs.end(), result.saleMs.begin(), result.saleMs.end());
        for (auto it = result.toldPoints.cbegin(); it != result.toldPoints.cend(); ++it)
            told[it.key()] += it.value();
        for (const TimedSale& sale : result.timed)
            byCustomer[sale.customer].push_back({sale, int(till)});
    }
    // Sales that met another till's sale of the same customer: the only ones that can wait for a customer's
    // lock (every other wait is for the server or the machine).
    qint64 sameCustomerOverlaps = 0;
    for (const auto& sales : std::as_const(byCustomer)) {
        for (const auto& [sale, till] : sales) {
            sameCustomerOverlaps += std::any_of(sales.begin(), sales.end(), [&](const auto& other) {
                return other.second != till && other.first.startNs < sale.endNs &&
                       sale.startNs < other.first.endNs;
            });
        }
    }

    auto db = Database::open(url, Database::OpenMode::MustExist);
    if (!db)
        fail(db.error().message);
    LedgerStore ledger(*db.value());
    qint64 lost = 0;
    qint64 doubled = 0;
    for (qint64 customer = 1; customer <= customers; ++customer) {
        const qint64 balance = ledger.balance(customer);
        lost += std::max<qint64>(0, told.value(customer) - balance);
        doubled += std::max<qint64>(0, balance - told.value(customer));
    }
    QSqlQuery q(db.value()->connection());
    QString fsync;
    if (q.exec(u"SHOW fsync"_s) && q.next())
        fsync = q.value(0).toString();
    qint64 stored = 0;
    if (q.exec(u"SELECT count(*) FROM sales"_s) && q.next())
        stored = q.value(0).toLongLong();
    const qint64 expected = qint64(tills) * sales;
    SystemClock clock;
    OwnerEverywhere access(u"bench"_s);
    const QStringList problems = LoyaltyLedger(*db.value(), clock, access).check();

    const QJsonObject report{
        {u"backend"_s, u"postgresql"_s},
        {u"tills"_s, tills},
        {u"sales"_s, qint64(saleMs.size())},
        {u"customers"_s, customers},
        {u"seconds"_s, seconds},
        {u"sales_per_s"_s, double(saleMs.size()) / seconds},
        {u"sale_p50_ms"_s, percentile(saleMs, 0.5)},
        {u"sale_p90_ms"_s, percentile(saleMs, 0.9)},
        {u"sale_p99_ms"_s, percentile(saleMs, 0.99)},
        {u"sale_max_ms"_s, percentile(saleMs, 1.0)},
        {u"lost"_s, lost + std::max<qint64>(0, expected - stored)},
        {u"doubled"_s, doubled + std::max<qint64>(0, stored - expected)},
        {u"check_problems"_s, qint64(problems.size())},
        {u"same_customer_overlaps"_s, sameCustomerOverlaps},
        {u"fsync"_s, fsync},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return lost == 0 && doubled == 0 && stored == expected && problems.isEmpty() ? 0 : 1;
}
