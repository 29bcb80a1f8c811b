#include "CohortReport.h"
#include "CustomerDirectory.h"
#include "EnrolmentReport.h"
#include "PurchaseHistory.h"
#include "PurchaseImport.h"
#include "RepeatReport.h"
#include "ReportCatalog.h"
#include "ReportStore.h"
#include "RetentionReport.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

#include <map>
#include <set>

namespace {
const MonthCalendar& utc()
{
    static const MonthCalendar calendar(QTimeZone(QByteArrayLiteral("UTC")));
    return calendar;
}

qint64 at(int y, int m, int d, int hour = 12)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

int month(int y, int m)
{
    return *utc().parseKey(QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QChar(u'0')));
}

// Three customers over four months, small enough to count by hand:
//   1: Jan (twice on one day), Feb, Apr       2: Feb, Mar       3: Mar        plus two anonymous sales in
//   Mar.
PurchaseHistory handCounted()
{
    return PurchaseHistory::fromSales({{1, at(2026, 1, 5), 1000},
                                       {1, at(2026, 1, 5, 15), 500},
                                       {1, at(2026, 2, 10), 2000},
                                       {1, at(2026, 4, 1), 1500},
                                       {2, at(2026, 2, 20), 3000},
                                       {2, at(2026, 3, 2), 1000},
                                       {3, at(2026, 3, 31, 23), 700},
                                       {0, at(2026, 3, 3), 900},
                                       {0, at(2026, 3, 4), 100}},
                                      utc());
}

QString cdnowFile(const QString& name)
{
    return QStringLiteral(REGULARS_SHARED_DIR "/datasets/cdnow/") + name;
}
} // namespace

class TestRetentionReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void monthlyRetentionByHand()
    {
        const PurchaseHistory h = handCounted();
        QCOMPARE(h.customerCount(), size_t(3));
        QCOMPARE(h.saleCount(), qint64(9));
        const auto rows = RetentionReport::compute(h, RetentionReport::span(h));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(utc().key(rows[0].month), QStringLiteral("2026-01"));
        // Jan: 1 active, new.
        QCOMPARE(rows[0].active, 1);
        QCOMPARE(rows[0].newCustomers, 1);
        QVERIFY(!rows[0].retention);
        // Feb: 1 and 2 active; 2 is new; 1 retained from Jan → retention 1/1.
        QCOMPARE(rows[1].active, 2);
        QCOMPARE(rows[1].newCustomers, 1);
        QCOMPARE(rows[1].returning, 1);
        QCOMPARE(rows[1].retained, 1);
        QCOMPARE(*rows[1].retention, 1.0);
        // Mar: 2 and 3; 2 retained of Feb's two → 50 %.
        QCOMPARE(rows[2].active, 2);
        QCOMPARE(rows[2].retained, 1);
        QCOMPARE(*rows[2].retention, 0.5);
        QCOMPARE(*rows[2].churn, 0.5);
        // Apr: 1 only, who was not active in Mar.
        QCOMPARE(rows[3].active, 1);
        QCOMPARE(rows[3].returning, 1);
        QCOMPARE(rows[3].retained, 0);
        QCOMPARE(*rows[3].churn, 1.0);

        // A range still uses the month before it for retention.
        const auto march = RetentionReport::compute(h, {month(2026, 3), month(2026, 3)});
        QCOMPARE(march.size(), 1);
        QCOMPARE(*march[0].retention, 0.5);
    }

    void cohortsByHand()
    {
        const PurchaseHistory h = handCounted();
        const auto cells = CohortReport::compute(h, RetentionReport::span(h));
        // Jan cohort (1): offsets 0..3 → 1,1,0,1. Feb cohort (2): 1,1,0. Mar cohort (3): 1,0.
        QList<std::tuple<QString, qint64, int, qint64>> got;
        for (const auto& c : cells)
            got.append({utc().key(c.cohort), c.size, c.offset, c.active});
        const QList<std::tuple<QString, qint64, int, qint64>> expected = {
            {QStringLiteral("2026-01"), 1, 0, 1}, {QStringLiteral("2026-01"), 1, 1, 1},
            {QStringLiteral("2026-01"), 1, 2, 0}, {QStringLiteral("2026-01"), 1, 3, 1},
            {QStringLiteral("2026-02"), 1, 0, 1}, {QStringLiteral("2026-02"), 1, 1, 1},
            {QStringLiteral("2026-02"), 1, 2, 0}, {QStringLiteral("2026-03"), 1, 0, 1},
            {QStringLiteral("2026-03"), 1, 1, 0}};
        QCOMPARE(got, expected);
    }

    void repeatAndEnrolmentByHand()
    {
        const PurchaseHistory h = handCounted();
        const auto s = RepeatReport::compute(h, RetentionReport::span(h));
        QCOMPARE(s.customers, 3);
        QCOMPARE(s.repeatCustomers, 2);
        QCOMPARE(*s.repeatRate, 2.0 / 3.0);
        // Visits: 1 has 3 days (the two Jan 5 sales are one visit), 2 has 2, 3 has 1.
        QCOMPARE(s.visits, 6);
        // Gaps: 1: Jan 5 → Apr 1 = 86 days over 2 gaps; 2: Feb 20 → Mar 2 = 10 days over 1.
        QCOMPARE(*s.averageDaysBetweenVisits, 96.0 / 3.0);
        QCOMPARE(s.spendMinor, 9700);
        QCOMPARE(*s.averageSpendPerVisitMinor, 9700.0 / 6.0);

        const QHash<qint64, qint64> joined = {{1, at(2026, 1, 5)}, {2, at(2026, 2, 1)}, {3, at(2026, 2, 28)}};
        const auto rows = EnrolmentReport::compute(h, joined, RetentionReport::span(h));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1].newMembers, 2);
        QCOMPARE(rows[2].memberSales, 2);
        QCOMPARE(rows[2].allSales, 4);
        QCOMPARE(*rows[2].memberShare, 0.5);
        QCOMPARE(*rows[0].memberShare, 1.0);
    }

    void emptyAndOneCustomerShops()
    {
        const PurchaseHistory empty = PurchaseHistory::fromSales({}, utc());
        QVERIFY(empty.isEmpty());
        QVERIFY(RetentionReport::compute(empty, RetentionReport::span(empty)).isEmpty());
        QVERIFY(CohortReport::compute(empty, RetentionReport::span(empty)).isEmpty());
        QCOMPARE(RepeatReport::compute(empty, RetentionReport::span(empty)).customers, 0);
        const PurchaseHistory one = PurchaseHistory::fromSales({{7, at(2026, 2, 1), 100}}, utc());
        const auto rows = RetentionReport::compute(one, RetentionReport::span(one));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].active, 1);
    }

    void localDaysFollowTheShopsTimeZone()
    {
        // 23:30 UTC on 31 January is already 1 February in Moscow.
        const MonthCalendar moscow(QTimeZone(QByteArrayLiteral("Europe/Moscow")));
        const qint64 late = QDateTime(QDate(2026, 1, 31), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(QDate::fromJulianDay(moscow.localDay(late)), QDate(2026, 2, 1));
        QCOMPARE(QDate::fromJulianDay(utc().localDay(late)), QDate(2026, 1, 31));
        // Across a daylight-saving change.
        const MonthCalendar london(QTimeZone(QByteArrayLiteral("Europe/London")));
        const qint64 summer = QDateTime(QDate(2026, 6, 30), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(QDate::fromJulianDay(london.localDay(summer)), QDate(2026, 7, 1));
        const qint64 winter = QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(QDate::fromJulianDay(london.localDay(winter)), QDate(2026, 12, 31));
    }

    void persianMonthsPlugIn()
    {
        const MonthCalendar jalali(QTimeZone(QByteArrayLiteral("Asia/Tehran")),
                                   QCalendar(QCalendar::System::Jalali));
        // Nowruz 1405 is 21 March 2026.
        const int farvardin = jalali.monthOf(QDate(2026, 3, 21));
        QCOMPARE(jalali.key(farvardin), QStringLiteral("1405-01"));
        QCOMPARE(jalali.monthOf(QDate(2026, 3, 20)), farvardin - 1);
        QCOMPARE(jalali.firstDay(farvardin), QDate(2026, 3, 21));
        QCOMPARE(jalali.parseKey(QStringLiteral("1405-01")), farvardin);
        const PurchaseHistory h =
            PurchaseHistory::fromSales({{1, at(2026, 3, 10), 100}, {1, at(2026, 3, 25), 100}}, jalali);
        const auto rows = RetentionReport::compute(h, RetentionReport::span(h));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].retained, 1);
        // Farvardin, not a Gregorian month, and in Persian digits.
        QCOMPARE(jalali.label(farvardin, QLocale(QLocale::Persian, QLocale::Iran)),
                 QStringLiteral("فروردین ۱۴۰۵"));
    }

    void monthLabelsStandOnTheirOwn()
    {
        // Russian month names in a list or on an axis are in the nominative ("март"), not "марта".
        const MonthCalendar calendar(QTimeZone::utc());
        const int march = calendar.monthOf(QDate(2026, 3, 1));
        QCOMPARE(calendar.label(march, QLocale(QLocale::Russian, QLocale::Russia)),
                 QStringLiteral("март 2026"));
        QCOMPARE(calendar.label(march, QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("March 2026"));
    }

    void cdnowCohortsAndRetentionMatchAnIndependentCount()
    {
        QFile file(cdnowFile(QStringLiteral("CDNOW_master.txt")));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("CDNOW data set not found in " REGULARS_SHARED_DIR "/datasets/cdnow; skipping the cohort "
                  "check on real data");
        const QByteArray bytes = file.readAll();

        // Independent count straight from the text: the set of months each customer bought in.
        std::map<QByteArray, std::set<int>> months;
        for (const QByteArray& raw : bytes.split('\n')) {
            const QList<QByteArray> f = raw.simplified().split(' ');
            if (f.size() != 4 || f[1].size() != 8 || !std::isdigit(uchar(f[1][0])))
                continue;
            months[f[0]].insert(f[1].left(4).toInt() * 12 + f[1].mid(4, 2).toInt() - 1);
        }
        QCOMPARE(months.size(), size_t(23570));
        std::map<int, std::pair<qint64, qint64>> cohortCounts; // first month → (size, bought next month)
        for (const auto& [id, set] : months) {
            auto& c = cohortCounts[*set.begin()];
            ++c.first;
            c.second += set.count(*set.begin() + 1);
        }

        auto shop = TestSupport::scratchDatabase();
        SettableClock clock(TestSupport::fixedNow());
        CustomerDirectory directory(*shop->db, clock);
        PurchaseImport importer(directory, *shop->db, clock, utc());
        auto outcome = importer.run(bytes, {PurchaseImport::Format::Cdnow, {}, {}});
        QVERIFY(outcome && outcome->issues.isEmpty());
        QCOMPARE(outcome->sales, 69659);
        QCOMPARE(outcome->customersCreated, 23570);
        ReportStore store(*shop->db);
        auto history = PurchaseHistory::load(store, utc());
        QVERIFY(history);
        const auto cells = CohortReport::compute(history.value(), RetentionReport::span(history.value()));
        const qint64 published[3][2] = {{7846, 1157}, {8476, 1312}, {7248, 1032}};
        for (int m = 1; m <= 3; ++m) {
            const int cohort = month(1997, m);
            const auto& independent = cohortCounts[1997 * 12 + m - 1];
            const auto cell = std::find_if(cells.begin(), cells.end(), [&](const auto& c) {
                return c.cohort == cohort && c.offset == 1;
            });
            QVERIFY(cell != cells.end());
            QCOMPARE(cell->size, independent.first);
            QCOMPARE(cell->active, independent.second);
            QCOMPARE(cell->size, published[m - 1][0]);
            QCOMPARE(cell->active, published[m - 1][1]);
        }

        // The in-memory monthly retention agrees with the straightforward SQL over the same sales.
        const auto rows = RetentionReport::compute(history.value(), RetentionReport::span(history.value()));
        auto bySql = store.monthlyActiveBySql();
        QVERIFY(bySql);
        QCOMPARE(rows.size(), bySql->size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(utc().key(rows[i].month), bySql->at(i).month);
            QCOMPARE(rows[i].active, bySql->at(i).active);
            QCOMPARE(rows[i].retained, bySql->at(i).retained);
        }
        QCOMPARE(rows[1].active, 9633);
        QCOMPARE(rows[3].retained, 1773);
        QVERIFY(qAbs(*rows[17].retention - 0.299731) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestRetentionReport)
#include "test_retentionreport.moc"
