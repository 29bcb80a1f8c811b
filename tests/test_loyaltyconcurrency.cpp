#include "CustomerDirectory.h"
#include "Database.h"
#include "LedgerStore.h"
#include "LoyaltyLedger.h"
#include "TestSupport.h"

#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

// Tills writing at the same time, each on its own connection as separate computers would: sales of
// customers whose referrals cross, both tills selling to the same customers, and the expiry job writing off
// the lots the sales draw on. On PostgreSQL sales of different customers run side by side (each holds its
// customers' locks), so this is where a lost or doubled update would show; SQLite has one writer at a time.
class TestLoyaltyConcurrency : public QObject
{
    Q_OBJECT

    static constexpr int Tills = 4;
    static constexpr int Pairs = 12;
    static constexpr int Days = 4;
    static constexpr qint64 OldGrant = 100; // per day, expiring on day 1..Days
    static constexpr qint64 FreshGrant = 500;
    static constexpr qint64 ReferrerPoints = 100;
    static constexpr qint64 ReferredPoints = 40;

    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;

    struct Pair
    {
        qint64 referred = 0; // buys for the first time during the run, which rewards the referrer
        qint64 referrer = 0;
    };

    struct Till
    {
        QHash<qint64, qint64> told; // per customer: earned + bonus - redeemed, as the sales answered
        QStringList errors;
    };

    static QDateTime start() { return TestSupport::fixedNow(); }

    static void sell(LoyaltyLedger& ledger, Till& till, const QString& tillId, qint64 customer, qint64 redeem,
                     const QDateTime& at, int number)
    {
        SaleRequest request;
        request.customerId = customer;
        request.amountMinor = 1000 + 100 * (number % 7);
        request.redeemPoints = redeem;
        request.tillId = tillId;
        request.saleRef = QStringLiteral("S%1").arg(number);
        request.at = at;
        auto outcome = ledger.recordSale(request);
        if (!outcome) {
            till.errors.append(outcome.error().message);
            return;
        }
        const QJsonObject& json = outcome->json;
        till.told[customer] += json.value(QStringLiteral("earned")).toInteger() +
                               json.value(QStringLiteral("bonus")).toInteger() -
                               json.value(QStringLiteral("redeemed")).toInteger();
    }

    // Sells every day to every pair: `referredFirst` decides who of the two this till serves first, so the
    // two tills meet on the same pair from both sides.
    static void runTill(const QString& location, const QString& tillId, const std::vector<Pair>& pairs,
                        bool referredFirst, Till* till)
    {
        auto db = Database::open(location, Database::OpenMode::MustExist);
        if (!db) {
            till->errors.append(db.error().message);
            return;
        }
        SettableClock clock(start());
        OwnerEverywhere clerk(tillId);
        LoyaltyLedger ledger(*db.value(), clock, clerk);
        int number = 0;
        for (int day = 0; day <= Days; ++day) {
            for (const Pair& pair : pairs) {
                const QDateTime at = start().addDays(day).addSecs(number);
                if (referredFirst) {
                    sell(ledger, *till, tillId, pair.referred, 0, at, ++number);
                    sell(ledger, *till, tillId, pair.referrer, 10, at, ++number);
                } else {
                    sell(ledger, *till, tillId, pair.referrer, 10, at, ++number);
                    sell(ledger, *till, tillId, pair.referred, 0, at, ++number);
                }
            }
        }
    }

    // The daily job, run again and again with its clock moving through the days the tills sell on.
    static void runExpiry(const QString& location, const std::atomic<int>* tillsSelling, QStringList* errors)
    {
        auto db = Database::open(location, Database::OpenMode::MustExist);
        if (!db) {
            errors->append(db.error().message);
            return;
        }
        SettableClock clock(start());
        OwnerEverywhere system(QStringLiteral("system"));
        LoyaltyLedger ledger(*db.value(), clock, system);
        for (int step = 0; tillsSelling->load() > 0 || step <= Days * 8; ++step) {
            clock.set(start().addSecs(3 * 3600 * std::min(step, Days * 8 + 4)));
            if (auto run = ledger.runDailyJobs(); !run)
                errors->append(run.error().message);
            QThread::msleep(2);
        }
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_scratch = TestSupport::scratchDatabase(QStringLiteral("RU"));
    }

    void cleanup() { m_scratch.reset(); }

    void crossingReferralsSalesAndExpiryKeepEveryPoint()
    {
        Database& db = *m_scratch->db;
        SettableClock clock(start());
        OwnerEverywhere owner(QStringLiteral("Olga"));
        LoyaltyLedger ledger(db, clock, owner);
        CustomerDirectory directory(db, clock);
        LoyaltyProgramme p = LoyaltyProgramme::defaults();
        p.welcomeBonus = 0;
        p.referralEnabled = true;
        p.referrerPoints = ReferrerPoints;
        p.referredPoints = ReferredPoints;
        p.expiryMonths = 12;
        QVERIFY(ledger.setProgramme(p).ok());

        std::vector<Pair> pairs;
        QHash<qint64, qint64> granted;
        for (int i = 0; i < Pairs; ++i) {
            const auto first = directory.create(TestSupport::consentingDraft(
                QStringLiteral("First %1").arg(i), QStringLiteral("+7912%1").arg(2000000 + 2 * i)));
            const auto second = directory.create(TestSupport::consentingDraft(
                QStringLiteral("Second %1").arg(i), QStringLiteral("+7912%1").arg(2000001 + 2 * i)));
            QVERIFY(first && second);
            // Half the pairs have the referrer first in id order, half last: both lock orders are met.
            const Pair pair =
                i % 2 == 0 ? Pair{first.value(), second.value()} : Pair{second.value(), first.value()};
            QVERIFY(ledger.setReferrer(pair.referred, pair.referrer).ok());
            // Lots earned a year ago fall due on the days the tills sell on; a fresh lot pays what they
            // spend.
            for (int day = 1; day <= Days; ++day) {
                clock.set(start().addMonths(-12).addDays(day));
                QVERIFY(ledger.adjust(pair.referrer, OldGrant, QStringLiteral("old points")).ok());
            }
            clock.set(start().addDays(-1));
            QVERIFY(ledger.adjust(pair.referrer, FreshGrant, QStringLiteral("fresh points")).ok());
            granted[pair.referrer] = Days * OldGrant + FreshGrant;
            pairs.push_back(pair);
        }

        // Two tills serve each pair referred customer first, two referrer first: the same customer is at two
        // tills at once, and a first purchase rewards a referrer who is buying at another till.
        std::vector<Till> tills(Tills);
        QStringList expiryErrors;
        std::atomic<int> tillsSelling{Tills};
        const QString location = m_scratch->path();
        std::vector<std::unique_ptr<QThread>> threads;
        threads.emplace_back(QThread::create(runExpiry, location, &tillsSelling, &expiryErrors));
        for (int t = 0; t < Tills; ++t) {
            threads.emplace_back(QThread::create([&, t] {
                runTill(location, QStringLiteral("T%1").arg(t + 1), pairs, t % 2 == 0, &tills[size_t(t)]);
                --tillsSelling;
            }));
        }
        for (const auto& thread : threads)
            thread->start();
        for (const auto& thread : threads)
            QVERIFY(thread->wait(QDeadlineTimer(120000)));
        QHash<qint64, qint64> told;
        for (const Till& till : tills) {
            QVERIFY2(till.errors.isEmpty(), qPrintable(till.errors.join(u'\n')));
            for (auto it = till.told.cbegin(); it != till.told.cend(); ++it)
                told[it.key()] += it.value();
        }
        QVERIFY2(expiryErrors.isEmpty(), qPrintable(expiryErrors.join(u'\n')));

        // Every sale stored once, every referral rewarded once, every old lot written off once.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sales")) && q.next());
        QCOMPARE(q.value(0).toInt(), Tills * 2 * Pairs * (Days + 1));
        LedgerStore store(db);
        for (const Pair& pair : pairs) {
            QVERIFY(store.hasEntryWithReason(pair.referrer, QStringLiteral("referral")));
            QVERIFY(q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(points), 0) FROM ledger"
                                             " WHERE customer_id = ? AND reason = 'referral'")));
            q.addBindValue(pair.referrer);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QCOMPARE(q.value(1).toLongLong(), ReferrerPoints);
            QVERIFY(q.prepare(QStringLiteral("SELECT count(*), coalesce(-sum(points), 0) FROM ledger"
                                             " WHERE customer_id = ? AND kind = 'expire'")));
            q.addBindValue(pair.referrer);
            QVERIFY(q.exec() && q.next());
            const qint64 expired = q.value(1).toLongLong();
            QVERIFY2(q.value(0).toInt() <= Days, "a lot was written off twice");
            QCOMPARE(store.balance(pair.referred), told.value(pair.referred));
            QCOMPARE(store.balance(pair.referrer),
                     granted.value(pair.referrer) + ReferrerPoints + told.value(pair.referrer) - expired);
        }
        const QStringList problems = ledger.check();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void aSaleAfterTheServerCameBackPreparesItsStatementsAgain()
    {
        if (!TestSupport::testsOnPostgreSql())
            QSKIP("statements are kept prepared on a server only");
        Database& db = *m_scratch->db;
        SettableClock clock(start());
        OwnerEverywhere owner(QStringLiteral("Olga"));
        LoyaltyLedger ledger(db, clock, owner);
        qint64 customer = 0;
        {
            CustomerDirectory directory(db, clock);
            const auto created = directory.create(
                TestSupport::consentingDraft(QStringLiteral("Vera"), QStringLiteral("+79123000001")));
            QVERIFY(created);
            customer = created.value();
        }
        SaleRequest request;
        request.customerId = customer;
        request.amountMinor = 500000;
        request.saleRef = QStringLiteral("before");
        const auto before = ledger.recordSale(request);
        QVERIFY(before.ok());
        // The server restarts: the new session has none of the statements the old one prepared, and the old
        // ones cannot be freed (QtSql would warn, which fails this test).
        TestSupport::PostgresServer* server = TestSupport::PostgresServer::shared();
        QVERIFY(server->stop());
        QVERIFY(server->start());
        QVERIFY(db.reconnect().ok());
        request.saleRef = QStringLiteral("after");
        const auto after = ledger.recordSale(request);
        QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message));
        const qint64 earned = after->json.value(QStringLiteral("earned")).toInteger();
        QVERIFY(earned > 0);
        QCOMPARE(ledger.status(customer).balance,
                 before->json.value(QStringLiteral("balance")).toInteger() + earned);
    }

    void aWriteOfTheWholeShopDoesNotNestInsideAWriteOfCustomers()
    {
        Database& db = *m_scratch->db;
        Transaction customers(db, ForCustomers{{1, 2}});
        QVERIFY(customers.begun().ok());
        Transaction whole(db);
        // One writer at a time on SQLite: nothing to refuse there.
        QCOMPARE(whole.begun().ok(), !TestSupport::testsOnPostgreSql());
        QVERIFY(customers.cover(3).ok());
        Transaction inner(db, ForCustomers{{3}});
        QVERIFY(inner.begun().ok());
    }
};

QTEST_GUILESS_MAIN(TestLoyaltyConcurrency)
#include "test_loyaltyconcurrency.moc"
