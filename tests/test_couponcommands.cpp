#include "TestSupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

// The command-line contract of coupons: names, options, one JSON object on success, exit 1 and a reason on
// stderr otherwise, and exactly one winner when many processes redeem the same code at once.
class TestCouponCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    TestSupport::CommandRun run(QStringList arguments)
    {
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return TestSupport::runRegulars(arguments);
    }

    QStringList create(const QStringList& options)
    {
        auto created = run(QStringList{QStringLiteral("coupons"), QStringLiteral("create")} + options);
        if (created.exitCode != 0)
            qWarning("coupons create failed: %s", qPrintable(created.err));
        return created.out.split(u'\n', Qt::SkipEmptyParts);
    }

    // `processes` runs of `coupons redeem CODE` started together; how many succeeded.
    int redeemTogether(const QString& code, int processes, QStringList* refusals)
    {
        std::vector<std::unique_ptr<QProcess>> running;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        for (int i = 0; i < processes; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(REGULARS_BINARY),
                           {QStringLiteral("--db"), m_db, QStringLiteral("coupons"), QStringLiteral("redeem"),
                            code, QStringLiteral("--till"), QStringLiteral("T%1").arg(i)});
            running.push_back(std::move(process));
        }
        int succeeded = 0;
        for (auto& process : running) {
            if (!process->waitForFinished(60000) || process->exitStatus() != QProcess::NormalExit)
                return -1;
            if (process->exitCode() == 0)
                ++succeeded;
            else if (process->exitCode() == 1)
                refusals->append(QString::fromUtf8(process->readAllStandardError()));
            else
                return -1;
        }
        return succeeded;
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_db = TestSupport::scratchLocation(
            m_dir, QStringLiteral("shop-%1.sqlite3").arg(QString::fromLatin1(QTest::currentTestFunction())));
        auto scratch = Database::open(m_db);
        QVERIFY(scratch.ok());
        SystemClock clock;
        CustomerDirectory directory(*scratch.value(), clock);
        QVERIFY(directory.setShopCountry(QStringLiteral("DE")).ok());
        QVERIFY(directory
                    .create(TestSupport::consentingDraft(QStringLiteral("Anna Petrova"),
                                                         QStringLiteral("+4915112345678")))
                    .ok());
    }

    void createPrintsCodesOnePerLine()
    {
        const QStringList codes = create(
            {QStringLiteral("--campaign"), QStringLiteral("Spring"), QStringLiteral("--amount"),
             QStringLiteral("5.00"), QStringLiteral("--count"), QStringLiteral("25"),
             QStringLiteral("--valid-from"), QStringLiteral("2020-01-01"), QStringLiteral("--valid-until"),
             QStringLiteral("2099-12-31"), QStringLiteral("--min-purchase"), QStringLiteral("20")});
        QCOMPARE(codes.size(), 25);
        for (const QString& code : codes)
            QCOMPARE(code.size(), 11);
        QCOMPARE(create({QStringLiteral("--campaign"), QStringLiteral("Other"), QStringLiteral("--percent"),
                         QStringLiteral("12.5"), QStringLiteral("--count"), QStringLiteral("2")})
                     .size(),
                 2);
        QCOMPARE(create({QStringLiteral("--campaign"), QStringLiteral("Cake"), QStringLiteral("--item"),
                         QStringLiteral("A slice of cake"), QStringLiteral("--count"), QStringLiteral("1")})
                     .size(),
                 1);
        // Two kinds at once is a usage error.
        const auto both = run({QStringLiteral("coupons"), QStringLiteral("create"),
                               QStringLiteral("--campaign"), QStringLiteral("X"), QStringLiteral("--amount"),
                               QStringLiteral("1"), QStringLiteral("--points"), QStringLiteral("5"),
                               QStringLiteral("--count"), QStringLiteral("1")});
        QCOMPARE(both.exitCode, 2);
        const auto list = run({QStringLiteral("coupons"), QStringLiteral("list")});
        QCOMPARE(TestSupport::jsonLines(list.out).size(), 3);
    }

    void redeemAnswersInJsonOnceThenRefuses()
    {
        const QStringList codes =
            create({QStringLiteral("--campaign"), QStringLiteral("Points"), QStringLiteral("--points"),
                    QStringLiteral("30"), QStringLiteral("--count"), QStringLiteral("1")});
        QCOMPARE(codes.size(), 1);
        // Bonus points need a customer.
        const auto noCustomer = run({QStringLiteral("coupons"), QStringLiteral("redeem"), codes.first()});
        QCOMPARE(noCustomer.exitCode, 1);
        QVERIFY(!noCustomer.err.trimmed().isEmpty());
        QVERIFY(noCustomer.out.isEmpty());

        const auto used = run({QStringLiteral("coupons"), QStringLiteral("redeem"), codes.first().toLower(),
                               QStringLiteral("--till"), QStringLiteral("T7"), QStringLiteral("--sale"),
                               QStringLiteral("R-1"), QStringLiteral("--customer"), QStringLiteral("Anna")});
        QVERIFY2(used.exitCode == 0, qPrintable(used.err));
        const QList<QJsonObject> json = TestSupport::jsonLines(used.out);
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.first().value(QStringLiteral("code")).toString(), codes.first());
        QCOMPARE(json.first().value(QStringLiteral("points_credited")).toInteger(), 30);
        QCOMPARE(json.first().value(QStringLiteral("till")).toString(), QStringLiteral("T7"));
        QCOMPARE(json.first().value(QStringLiteral("sale")).toString(), QStringLiteral("R-1"));

        const auto again = run({QStringLiteral("coupons"), QStringLiteral("redeem"), codes.first()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already redeemed")) &&
                     again.err.contains(QStringLiteral("T7")),
                 qPrintable(again.err));
        const auto check = run({QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));

        const auto undo = run({QStringLiteral("coupons"), QStringLiteral("undo"), codes.first(),
                               QStringLiteral("--reason"), QStringLiteral("test")});
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        const auto unknown =
            run({QStringLiteral("coupons"), QStringLiteral("redeem"), QStringLiteral("ABCDE")});
        QCOMPARE(unknown.exitCode, 1);
    }

    // 20 processes at once, exactly one wins. REGULARS_STRESS_ROUNDS=1000 repeats it (kept out of the
    // default suite: it takes minutes).
    void twentyProcessesOneWinner()
    {
        const int rounds = std::max(1, qEnvironmentVariableIntValue("REGULARS_STRESS_ROUNDS"));
        const QStringList codes =
            create({QStringLiteral("--campaign"), QStringLiteral("Race"), QStringLiteral("--amount"),
                    QStringLiteral("1"), QStringLiteral("--count"), QString::number(rounds)});
        QCOMPARE(codes.size(), rounds);
        for (int round = 0; round < rounds; ++round) {
            QStringList refusals;
            const int winners = redeemTogether(codes[round], 20, &refusals);
            QCOMPARE(winners, 1);
            QCOMPARE(refusals.size(), 19);
            for (const QString& refusal : refusals)
                QVERIFY2(refusal.contains(QStringLiteral("already redeemed")), qPrintable(refusal));
        }
    }

    void personalCouponsForNamedCustomersOrAtRisk()
    {
        {
            auto db = Database::open(m_db, Database::OpenMode::MustExist);
            QVERIFY(db.ok());
            SystemClock clock;
            QVERIFY(CustomerDirectory(*db.value(), clock)
                        .create(TestSupport::consentingDraft(QStringLiteral("Boris Ivanov"),
                                                             QStringLiteral("+4915112345679")))
                        .ok());
        }
        const QStringList codes =
            create({QStringLiteral("--campaign"), QStringLiteral("Yours"), QStringLiteral("--amount"),
                    QStringLiteral("5"), QStringLiteral("--for"), QStringLiteral("+4915112345678"),
                    QStringLiteral("Boris")});
        QCOMPARE(codes.size(), 2); // one each
        {
            auto db = Database::open(m_db, Database::OpenMode::MustExist);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT code, issued_to FROM coupons ORDER BY issued_to")));
            QList<qint64> owners;
            QStringList made;
            while (q.next()) {
                made.append(q.value(0).toString());
                owners.append(q.value(1).toLongLong());
            }
            QCOMPARE(owners, (QList<qint64>{1, 2}));
            made.sort();
            QStringList printed = codes;
            printed.sort();
            QCOMPARE(made, printed);
        }
        const auto nobody =
            run({QStringLiteral("coupons"), QStringLiteral("create"), QStringLiteral("--campaign"),
                 QStringLiteral("Nobody"), QStringLiteral("--amount"), QStringLiteral("5"),
                 QStringLiteral("--for"), QStringLiteral("Zed")});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY(nobody.err.contains(QStringLiteral("Zed")));
        // No purchase history yet: nobody is at risk, and no campaign is made.
        const auto atRisk =
            run({QStringLiteral("coupons"), QStringLiteral("create"), QStringLiteral("--campaign"),
                 QStringLiteral("Come back"), QStringLiteral("--percent"), QStringLiteral("10"),
                 QStringLiteral("--at-risk")});
        QCOMPARE(atRisk.exitCode, 1);
        QCOMPARE(TestSupport::jsonLines(run({QStringLiteral("coupons"), QStringLiteral("list")}).out).size(),
                 1);
    }

    void saleUsesTheCouponOnlyWhenItIsRecorded()
    {
        const QStringList codes =
            create({QStringLiteral("--campaign"), QStringLiteral("Spring"), QStringLiteral("--amount"),
                    QStringLiteral("5.00"), QStringLiteral("--count"), QStringLiteral("2"),
                    QStringLiteral("--min-purchase"), QStringLiteral("20")});
        QCOMPARE(codes.size(), 2);
        const auto sale = run({QStringLiteral("sale"), QStringLiteral("--customer"), QStringLiteral("id:1"),
                               QStringLiteral("--amount"), QStringLiteral("30"), QStringLiteral("--coupon"),
                               codes[0].toLower()});
        QVERIFY2(sale.exitCode == 0, qPrintable(sale.err));
        const QJsonObject json = TestSupport::jsonLines(sale.out).value(0);
        QCOMPARE(json.value(QStringLiteral("to_pay")).toString(), QStringLiteral("25.00"));
        QCOMPARE(json.value(QStringLiteral("coupon")).toString(), codes[0]);
        const auto twice =
            run({QStringLiteral("sale"), QStringLiteral("--customer"), QStringLiteral("id:1"),
                 QStringLiteral("--amount"), QStringLiteral("30"), QStringLiteral("--coupon"), codes[0]});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.contains(QStringLiteral("already redeemed")));
        const auto small =
            run({QStringLiteral("sale"), QStringLiteral("--customer"), QStringLiteral("id:1"),
                 QStringLiteral("--amount"), QStringLiteral("10"), QStringLiteral("--coupon"), codes[1]});
        QCOMPARE(small.exitCode, 1);
        QVERIFY(small.err.contains(QStringLiteral("at least")));
        // Only the first sale happened, and only its coupon is used.
        const QJsonObject counts =
            TestSupport::jsonLines(run({QStringLiteral("coupons"), QStringLiteral("list")}).out).value(0);
        QCOMPARE(counts.value(QStringLiteral("redeemed")).toInt(), 1);
        const auto balance = run({QStringLiteral("balance"), QStringLiteral("id:1")});
        QVERIFY2(balance.exitCode == 0, qPrintable(balance.err));
    }
};

QTEST_GUILESS_MAIN(TestCouponCommands)
#include "test_couponcommands.moc"
