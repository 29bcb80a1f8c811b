// How fast the retention, cohort and customer-model reports are on a large shop: a synthetic database of
// --customers customers and --sales sales over three years, the in-memory reports next to a straightforward
// SQL GROUP BY over the same sales table, and the BG/NBD fit. Prints one JSON object on stdout; progress goes
// to stderr. This is a developer tool: its messages are not translated.

#include "BgNbdModel.h"
#include "CohortReport.h"
#include "Database.h"
#include "PurchaseHistory.h"
#include "ReportStore.h"
#include "RetentionReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

namespace {
double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

bool exec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, message ? message : "");
        sqlite3_free(message);
        return false;
    }
    return true;
}

// Customers who buy at their own pace (gamma-distributed rates) from their first day to the end of the data.
bool fill(const QString& path, qint64 customers, qint64 sales)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    exec(db, "PRAGMA synchronous=OFF");
    exec(db, "BEGIN");
    const qint64 startMs = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 spanMs = qint64(3 * 365) * 86400000;
    std::mt19937_64 random(7);
    std::gamma_distribution<double> pace(0.8, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<double> cumulative(static_cast<size_t>(customers));
    std::vector<qint64> firstMs(static_cast<size_t>(customers));
    std::vector<qint64> lastMs(static_cast<size_t>(customers));
    double total = 0;
    sqlite3_stmt* customer = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO customers (id, name, created_at) VALUES (?, '', ?)", -1, &customer,
                       nullptr);
    for (qint64 c = 0; c < customers; ++c) {
        firstMs[size_t(c)] = startMs + qint64(uniform(random) * uniform(random) * double(spanMs));
        // Six in ten customers stop coming at some point; the rest stay to the end.
        const qint64 stay = startMs + spanMs - firstMs[size_t(c)];
        lastMs[size_t(c)] =
            firstMs[size_t(c)] + (uniform(random) < 0.6 ? qint64(uniform(random) * double(stay)) : stay);
        total += pace(random) * double(lastMs[size_t(c)] - firstMs[size_t(c)] + 86400000) / double(spanMs);
        cumulative[size_t(c)] = total;
        sqlite3_bind_int64(customer, 1, c + 1);
        sqlite3_bind_int64(customer, 2, firstMs[size_t(c)]);
        if (sqlite3_step(customer) != SQLITE_DONE)
            return false;
        sqlite3_reset(customer);
    }
    sqlite3_finalize(customer);
    sqlite3_stmt* sale = nullptr;
    sqlite3_prepare_v2(
        db, "INSERT INTO sales (till_id, sale_ref, customer_id, at, amount_minor) VALUES ('1', ?, ?, ?, ?)",
        -1, &sale, nullptr);
    for (qint64 i = 0; i < sales; ++i) {
        const size_t c =
            size_t(std::lower_bound(cumulative.begin(), cumulative.end(), uniform(random) * total) -
                   cumulative.begin());
        const size_t who0 = std::min(c, cumulative.size() - 1);
        const qint64 first = firstMs[who0];
        // Every customer's first sale is at their first day; the rest fall between it and their last day.
        const qint64 at = i < customers ? firstMs[size_t(i)]
                                        : first + qint64(uniform(random) * double(lastMs[who0] - first));
        const qint64 who = i < customers ? i + 1 : qint64(who0) + 1;
        sqlite3_bind_int64(sale, 1, i + 1);
        sqlite3_bind_int64(sale, 2, who);
        sqlite3_bind_int64(sale, 3, at);
        sqlite3_bind_int64(sale, 4, 100 + qint64(uniform(random) * 5000));
        if (sqlite3_step(sale) != SQLITE_DONE)
            return false;
        sqlite3_reset(sale);
        if ((i + 1) % 1000000 == 0)
            std::fprintf(stderr, "%lld sales written\n", static_cast<long long>(i + 1));
    }
    sqlite3_finalize(sale);
    const bool ok = exec(db, "COMMIT") && exec(db, "ANALYZE");
    sqlite3_close(db);
    return ok;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Retention, cohort and BG/NBD report benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("customers"), QStringLiteral("customers in the shop"),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("sales"), QStringLiteral("sales in the shop"), QStringLiteral("M"),
                      QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("keep the synthetic shop in this file and reuse it when it exists"),
                      QStringLiteral("path")});
    parser.process(app);
    const qint64 customers = parser.value(QStringLiteral("customers")).toLongLong();
    const qint64 sales = std::max(customers, parser.value(QStringLiteral("sales")).toLongLong());
    if (customers <= 0) {
        std::fprintf(stderr, "--customers takes a number above zero\n");
        return 2;
    }

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : dir.filePath(QStringLiteral("bench.sqlite3"));
    const bool reuse = QFile::exists(path);
    {
        auto created = Database::open(path);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return 1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    if (!reuse && !fill(path, customers, sales)) {
        std::fprintf(stderr, "cannot fill the database\n");
        return 1;
    }
    const double fillSeconds = seconds(timer);
    std::fprintf(stderr, "database filled in %.1f s\n", fillSeconds);

    auto db = Database::open(path, Database::OpenMode::MustExist);
    if (!db)
        return 1;
    ReportStore store(*db.value());
    const MonthCalendar calendar(QTimeZone(QByteArrayLiteral("UTC")));

    timer.restart();
    auto history = PurchaseHistory::load(store, calendar);
    const double loadSeconds = seconds(timer);
    if (!history)
        return 1;

    timer.restart();
    const auto retention = RetentionReport::compute(history.value(), RetentionReport::span(history.value()));
    const double retentionSeconds = seconds(timer);

    timer.restart();
    const auto cohorts = CohortReport::compute(history.value(), RetentionReport::span(history.value()));
    const double cohortSeconds = seconds(timer);

    timer.restart();
    auto naiveRetention = store.monthlyActiveBySql();
    const double naiveRetentionSeconds = seconds(timer);
    timer.restart();
    auto naiveCohorts = store.cohortsBySql();
    const double naiveCohortSeconds = seconds(timer);
    if (!naiveRetention || !naiveCohorts)
        return 1;

    // Both ways must give the same numbers, or the timing means nothing.
    bool agree = retention.size() == naiveRetention->size();
    for (qsizetype i = 0; agree && i < retention.size(); ++i)
        agree = retention[i].active == naiveRetention->at(i).active &&
                retention[i].retained == naiveRetention->at(i).retained;
    // SQL has no row for a cohort month nobody bought in; the report shows it as zero.
    const auto bought =
        std::count_if(cohorts.begin(), cohorts.end(), [](const auto& c) { return c.active > 0; });
    agree = agree && bought == naiveCohorts->size();

    timer.restart();
    const auto summary = BgNbdModel::summarize(history.value(), history->lastDay());
    const BgNbdModel::Fit fit = BgNbdModel::fit(summary);
    const double fitSeconds = seconds(timer);

    QJsonObject result{
        {QStringLiteral("customers"), customers},
        {QStringLiteral("sales"), sales},
        {QStringLiteral("months"), qint64(retention.size())},
        {QStringLiteral("fill_s"), fillSeconds},
        {QStringLiteral("load_s"), loadSeconds},
        {QStringLiteral("retention_s"), retentionSeconds},
        {QStringLiteral("cohorts_s"), cohortSeconds},
        {QStringLiteral("retention_with_load_s"), loadSeconds + retentionSeconds},
        {QStringLiteral("cohorts_with_load_s"), loadSeconds + cohortSeconds},
        {QStringLiteral("retention_naive_sql_s"), naiveRetentionSeconds},
        {QStringLiteral("cohorts_naive_sql_s"), naiveCohortSeconds},
        {QStringLiteral("retention_speedup"), naiveRetentionSeconds / std::max(retentionSeconds, 1e-9)},
        {QStringLiteral("cohorts_speedup"), naiveCohortSeconds / std::max(cohortSeconds, 1e-9)},
        {QStringLiteral("results_agree"), agree},
        {QStringLiteral("clv_fit_s"), fitSeconds},
        {QStringLiteral("clv_evaluations"), fit.evaluations},
        {QStringLiteral("clv_r"), fit.parameters.r},
        {QStringLiteral("clv_alpha"), fit.parameters.alpha},
        {QStringLiteral("clv_a"), fit.parameters.a},
        {QStringLiteral("clv_b"), fit.parameters.b},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return agree ? 0 : 1;
}
